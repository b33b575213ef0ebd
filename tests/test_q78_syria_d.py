"""Errors found on unseen Syrian reports (quality round q78-syria-d: monitors' tallies 2013-2023 and the
fighting after December 2024): each test is a sentence written for it, not one of the set's."""
from __future__ import annotations

from helpers import at, records_at


recs = records_at("2014-05-06")


# 1. a dual type word names two places, both also common words
def test_a_dual_town_word_names_two_towns_that_are_also_common_words():
    rs = recs("قصفت قوات النظام بالمدفعية الثقيلة، صباح اليوم، بلدتي خطاب وأرزة في ريف حماة.", "2016-09-12")
    names = {r.location_text for r in rs}
    assert any("خطاب" in n for n in names) and any("أرزة" in n for n in names)


def test_a_speech_after_the_dual_is_still_no_place():
    rs = recs("ألقى الرئيس خطاب النصر في مدينتي حماة وحمص.", "2016-09-12")
    assert all("خطاب" not in (r.location_text or "") for r in rs)


# 2. a tally's dashed lines each open with their own count, whatever words follow
def test_dashed_tally_lines_share_out_the_header_toll():
    text = ("وثق المرصد السوري مقتل 9 أشخاص في ريف إدلب اليوم، توزعوا على النحو التالي:\n"
            "- 4 مدنيين بغارات من الطيران الحربي على بلدة كنصفرة.\n"
            "- مقاتل من الفصائل خلال اشتباكات مع قوات النظام في محيط بلدة كفرنبل.\n"
            "- 4 مقاتلين من الفصائل باشتباكات مع قوات النظام في قرية الهبيط.\n")
    rs = recs(text, "2019-06-20")
    kill = {r.location_text: r.fatalities for r in rs}
    assert [v for k, v in kill.items() if "كنصفرة" in k] == [4]
    assert [v for k, v in kill.items() if "كفرنبل" in k] == [1]
    assert [v for k, v in kill.items() if "الهبيط" in k] == [4]


def test_dashed_lines_that_do_not_add_up_keep_no_shared_toll():
    text = ("وثق المرصد السوري مقتل 12 شخصاً في ريف إدلب اليوم، توزعوا على النحو التالي:\n"
            "- 4 مدنيين بغارات من الطيران الحربي على بلدة كنصفرة.\n"
            "- 3 مقاتلين من الفصائل باشتباكات مع قوات النظام في قرية الهبيط.\n")
    rs = recs(text, "2019-06-20")
    assert all(r.fatalities != 3 for r in at(rs, "الهبيط"))


# 3. death under torture is a killing by the force that held the detainee
def test_death_under_torture_in_a_forces_prison_is_its_attack():
    rs = recs("توفي شاب من أبناء الحسكة تحت التعذيب في سجن تابع لقوات سوريا الديمقراطية في مدينة الشدادي.",
              "2019-02-11")
    atk = [r for r in rs if r.sub_event_type == "Attack"]
    assert atk and atk[0].actor1 == "Syrian Democratic Forces" and atk[0].actor2 == "Civilians"
    assert atk[0].fatalities == 1


def test_detention_centres_are_no_arrest():
    rs = recs("وسلمت السلطات ذوي المعتقلين شهادات وفاة لعشرات ممن قضوا في مراكز الاحتجاز، بينهم أبناء من بلدة "
              "معضمية الشام.", "2018-07-20")
    assert not [r for r in rs if r.sub_event_type == "Arrests"]


# 4. a time between the subject "عناصر من X" and the object does not make X the one arrested
def test_men_of_a_group_who_arrested_someone_yesterday_are_the_arresters():
    rs = recs("اعتقل عناصر من هيئة تحرير الشام، مساء أمس، ناشطاً مدنياً في مدينة الدانا شمال إدلب.", "2020-03-04")
    arr = [r for r in rs if r.sub_event_type == "Arrests"]
    assert arr and arr[0].actor1 == "Hayat Tahrir al-Sham"


def test_men_of_a_group_arrested_on_a_day_before_an_object_named():
    rs = recs("اعتقلت عناصر من الجيش الوطني يوم السبت الماضي ثلاثة شبان في مدينة جنديرس.", "2021-10-12")
    arr = [r for r in rs if r.sub_event_type == "Arrests"]
    assert arr and arr[0].actor1 == "Syrian National Army"


# 5. a list header's day dates the list's items
def test_a_list_header_with_a_day_dates_its_numbered_items():
    text = ("ووثقت الشبكة يوم أمس الخميس:\n"
            "1- مقتل 3 مدنيين بقصف مدفعي لقوات النظام على بلدة الحراك.\n"
            "2- مقتل شاب برصاص مسلحين مجهولين في مدينة طفس.\n")
    rs = recs(text, "2014-05-09")
    assert rs and {r.event_date for r in rs} == {"2014-05-08"}


def test_a_header_without_a_day_leaves_the_items_on_the_publication_day():
    text = ("وتوزعت الأحداث على النحو الآتي:\n"
            "1- مقتل 3 مدنيين بقصف مدفعي لقوات النظام على بلدة الحراك.\n")
    rs = recs(text, "2014-05-09")
    assert rs and {r.event_date for r in rs} == {"2014-05-09"}


# 6. a toll shared out by town in brackets, the rest told with "والبقية في"
def test_bracketed_tolls_by_town_and_the_rest():
    text = ("قتل 40 مدنياً اليوم جراء غارات جوية على مدن وبلدات ريف حمص الشمالي، وتوزعت الحصيلة كالتالي: "
            "تلبيسة (18)، الرستن (12)، والبقية في الحولة وتلدو.")
    rs = recs(text, "2017-04-03")
    tol = {r.location_text: (r.fatalities, r.fatalities_high) for r in rs}
    assert [v for k, v in tol.items() if "تلبيسة" in k] == [(18, 18)]
    assert [v for k, v in tol.items() if "الرستن" in k] == [(12, 12)]
    assert all(v[0] <= 10 and (v[1] or 0) <= 10 for k, v in tol.items() if "تلدو" in k or "الحولة" in k)


def test_brackets_that_do_not_add_up_leave_one_toll():
    text = ("قتل 40 مدنياً اليوم جراء غارات جوية على مدينتي تلبيسة والرستن (3).")
    rs = recs(text, "2017-04-03")
    assert sum(r.fatalities or 0 for r in rs) == 40


# 7. towns of the tallies the gazetteer lacked (curated/places_q78_syria_d.tsv)
def test_beit_sawa_in_the_ghouta_is_placed():
    rs = recs("سقطت قذائف هاون أطلقتها قوات النظام على بلدة بيت سوى في الغوطة الشرقية، ما أدى إلى إصابة طفلين.",
              "2017-11-20")
    r = next(r for r in rs if "بيت سوى" in (r.location_text or ""))
    assert r.location == "Beit Sawa" and abs(r.latitude - 33.538) < 0.01


def test_al_yadudah_west_of_daraa_is_placed():
    rs = recs("انفجرت عبوة ناسفة بسيارة مدنية على الطريق الرئيسي في بلدة اليادودة بريف درعا الغربي.", "2021-08-02")
    r = next(r for r in rs if "اليادودة" in (r.location_text or ""))
    assert r.location == "Al-Yadudah" and r.admin1 is not None


# 8. the men after "على يد" killed; they are not members of the toll shared out after "بينهم"
def test_killers_after_by_the_hand_of_are_not_the_dead_among_them():
    rs = recs("قتل 11 مدنياً بينهم ثلاثة أطفال في قرية برابشبو بريف اللاذقية على يد عناصر من فصائل تابعة لوزارة "
              "الدفاع.", "2025-03-11")
    atk = [r for r in rs if r.sub_event_type == "Attack"]
    assert atk and atk[0].actor1 == "Syrian Government Forces" and atk[0].actor2 == "Civilians"


def test_fighters_counted_after_among_them_are_still_the_dead():
    rs = recs("قتل 7 أشخاص بينهم 5 من عناصر الأمن العام برصاص مسلحين مجهولين في بلدة الصنمين.", "2025-03-11")
    assert rs and all(r.actor2 == "Syrian Government Forces" for r in rs)
