"""Errors found on reports written for round 50 (stop 15): each test is a sentence written for it."""
from __future__ import annotations

import rasd

from helpers import fields_at


recs = fields_at("2025-07-16", "sub_event_type", "actor1", "location")


def test_a_city_named_alone_is_not_an_introduction_to_another_sides_event():
    # the bare name حماة is the city and its governorate; another side's shelling of a village, told
    # with بينما, is another story, not the strike told more finely
    out = recs("شنت طائرات إسرائيلية غارات على مستودع في حماة، بينما قصفت مدفعية الجيش قرية الطيبة.")
    assert ("Air/drone strike", "Israeli Forces", "Hamah") in out
    assert any(t == "Shelling/artillery/missile attack" and a == "Syrian Government Forces" for t, a, _ in out)


def test_a_region_told_by_the_same_side_is_still_an_introduction():
    out = recs("شنت طائرات حربية روسية غارات على ريف إدلب الجنوبي، استهدفت بلدتي كفرنبل وحاس.", "2019-06-02")
    assert sorted(loc for _, _, loc in out) == ["Has", "Kafranbel"]


def test_charged_with_contact_is_no_verb_of_continuing():
    # "بتهمة التواصل مع ..." holds the letters of تواصل (continued), which marks a habitual clause
    out = rasd.extract("اعتقلت الأسايش ثلاثة شبان في بلدة الصور بتهمة التواصل مع جهات معادية.",
                       published="2024-03-11")
    assert [(r.sub_event_type, r.actor1) for r in out] == [("Arrests", "Syrian Democratic Forces")]


def test_a_generic_force_then_its_name_in_brackets_is_that_force():
    out = rasd.extract("داهمت قوى الأمن الداخلي (الأسايش) منزلاً في مدينة القامشلي واعتقلت شابين.",
                       published="2025-04-09")
    assert [(r.sub_event_type, r.actor1, r.actor2) for r in out] == [("Arrests", "Syrian Democratic Forces", "Civilians")]


def test_a_vehicle_after_near_is_no_place():
    out = rasd.extract("قتل سبعة أشخاص بانفجار سيارة مفخخة قرب سيارة تقل عمالاً على أطراف مدينة جرابلس.",
                       published="2023-10-02")
    assert [(r.sub_event_type, r.location, r.fatalities) for r in out] == [
        ("Remote explosive/landmine/IED", "Jarabulus", 7)]
    out = rasd.extract("أصيب أربعة أشخاص بانفجار عبوة ناسفة قرب شاحنة على طريق مدينة الباب.", published="2023-10-02")
    assert "شاحنة" not in [r.location_text for r in out]


def test_a_cell_said_to_follow_a_group_with_the_verb_is_the_one_arrested():
    out = rasd.extract("ألقت قوى الأمن القبض على خلية تتبع لتنظيم داعش في مدينة الصنمين.", published="2025-06-05")
    assert [(r.sub_event_type, r.actor1, r.actor2) for r in out] == [
        ("Arrests", "Syrian Government Forces", "Islamic State")]


def test_armed_factions_loyal_to_the_government_are_its_forces():
    out = rasd.extract("جبلة - أعدم عناصر من الفصائل المسلحة الموالية للحكومة ستة مدنيين في قرية الدالية.",
                       published="2025-03-09")
    assert [(r.actor1, r.actor2) for r in out] == [("Syrian Government Forces", "Civilians")]


def test_arrests_told_after_a_repelled_attack_are_the_states():
    out = rasd.extract("أحبطت قوات الأمن العام هجوماً لمجموعة من فلول النظام على حاجز في مدينة القرداحة، "
                       "وقتلت اثنين من عناصرها واعتقلت ثلاثة آخرين.", published="2025-03-20")
    arrests = [(r.actor1, r.actor2) for r in out if r.sub_event_type == "Arrests"]
    assert arrests == [("Syrian Government Forces", "Assad Loyalists")]


def test_a_name_cut_to_initials_does_not_end_the_sentence():
    out = rasd.extract("اعتقلت قوات الأمن العام الضابط السابق (م. ع) في مدينة سراقب بتهمة ارتكاب انتهاكات.",
                       published="2025-10-20")
    assert [(r.sub_event_type, r.location) for r in out] == [("Arrests", "Saraqib")]


def test_a_protest_the_forces_broke_up_is_one_event():
    out = rasd.extract("تظاهر العشرات من أهالي حي الأشرفية، اليوم الإثنين، أمام حاجز للأمن العام عند مدخل الحي "
                       "احتجاجاً على اعتقال شابين، قبل أن يتدخل عناصر الحاجز ويطلقوا النار في الهواء لتفريقهم.",
                       published="2025-07-28")
    assert [r.sub_event_type for r in out] == ["Protest with intervention"]


def test_a_containing_citys_other_name_in_brackets_is_no_second_place():
    out = rasd.extract("قتل ثلاثة مقاتلين بقصف مدفعي تركي على قرية زور مغار غرب مدينة كوباني (عين العرب).",
                       published="2024-08-02")
    assert [(r.sub_event_type, r.location_text) for r in out] == [
        ("Shelling/artillery/missile attack", "قرية زور مغار")]


def test_gunmen_who_fired_are_not_the_armed_dead():
    out = rasd.extract("قتل رجل برصاص مسلحين مجهولين في بلدة الرستن مساء أمس.", published="2024-09-12")
    assert [(r.sub_event_type, r.actor1, r.actor2, r.fatalities, r.civilian_targeting) for r in out] == [
        ("Attack", "Unidentified Armed Group", "Civilians", 1, True)]


def test_a_days_roundup_tells_the_events_of_its_day():
    text = ("حصيلة يوم الخميس 3 تموز/يوليو 2025\n\n"
            "في ريف حماة، قتل رجل برصاص مسلحين مجهولين في بلدة كفرزيتا.\n")
    out = rasd.extract(text, published="2025-07-04")
    assert [(r.location, r.event_date) for r in out] == [("Kafr Zayta", "2025-07-03")]


def test_the_date_of_a_truce_is_not_the_date_of_its_breach():
    out = rasd.extract("قصفت قوات النظام بلدة معرشورين بقذائف المدفعية، في خرق جديد لاتفاق وقف إطلاق النار "
                       "الموقع في 5 آذار.", published="2020-04-02")
    assert [r.event_date for r in out] == ["2020-04-02"]


def test_two_bodies_in_the_construct_dual_are_two_dead():
    out = rasd.extract("عثر الأهالي على جثتي شابين مقتولين بالرصاص قرب بلدة القصير.", published="2025-05-28")
    assert [(r.sub_event_type, r.fatalities) for r in out] == [("Attack", 2)]
    out = rasd.extract("استقبل مستشفى المدينة جثامين ستة من عناصر الشرطة بعد هجوم مسلح على حاجز في بلدة الرطبة.",
                       published="2016-03-02")
    assert [r.fatalities for r in out] == [6]


def test_a_toll_since_the_fall_of_a_regime_is_a_running_count():
    out = rasd.extract("أصيب ثلاثة أطفال بانفجار لغم من مخلفات الحرب في بلدة التمانعة.\n\n"
                       "ويقول الدفاع المدني إن مخلفات الحرب قتلت أكثر من 150 مدنياً منذ سقوط النظام.",
                       published="2025-06-30")
    assert [(r.fatalities, r.injured) for r in out] == [(None, 3)]


def test_a_patrol_right_after_its_verb_is_who_acted():
    out = rasd.extract("اعتقلت دورية إسرائيلية راعياً قرب قرية الرفيد في ريف القنيطرة.", published="2025-10-01")
    assert [(r.sub_event_type, r.actor1) for r in out] == [("Arrests", "Israeli Forces")]
    # after a verb of targeting, the patrol is what was hit
    out = rasd.extract("استهدف مسلحون مجهولون دورية تابعة لقسد في بلدة ذيبان.", published="2025-10-01")
    assert [(r.actor1, r.actor2) for r in out] == [("Unidentified Armed Group", "Syrian Democratic Forces")]


def test_bulldozing_land_is_property_destruction_and_jurf_stays_a_place():
    out = rasd.extract("جرفت قوات الاحتلال الإسرائيلي أراضي زراعية في محيط بلدة جباتا الخشب.", published="2025-11-18")
    assert [(r.sub_event_type, r.actor1) for r in out] == [("Looting/property destruction", "Israeli Forces")]
    out = rasd.extract("قصفت طائرات مسيرة مواقع للحشد الشعبي في جرف الصخر.", published="2024-02-01")
    assert [r.sub_event_type for r in out] == ["Air/drone strike"]


def test_a_military_source_counts_no_soldier():
    out = rasd.extract("أفاد مصدر عسكري بمقتل عنصرين من الجيش في هجوم على حاجز قرب بلدة السخنة.",
                       published="2025-02-08")
    assert [r.fatalities for r in out] == [2]
    out = rasd.extract("قال مصدر عسكري إن جنديين قتلا في هجوم على حاجز قرب بلدة السخنة.", published="2025-02-08")
    assert [r.fatalities for r in out] == [2]


def test_fighting_on_its_twentieth_day_is_an_event_of_today():
    for day in ("العشرين", "الـ 20"):
        out = rasd.extract(f"تتواصل الاشتباكات لليوم {day} على التوالي في محيط بلدة مارع بين قسد وفصائل الجيش الوطني.",
                           published="2024-12-28")
        assert [(r.sub_event_type, r.event_date) for r in out] == [("Armed clash", "2024-12-28")], day


def test_a_faction_of_the_ministry_of_defence_is_the_governments():
    out = rasd.extract("بانياس - أعدم عناصر من فصيل مسلح تابع لوزارة الدفاع خمسة رجال ميدانياً في قرية المرقب.",
                       published="2025-03-10")
    assert [(r.sub_event_type, r.actor1, r.actor2, r.fatalities) for r in out] == [
        ("Attack", "Syrian Government Forces", "Civilians", 5)]


def test_syrian_bodies_named_by_their_own_names():
    out = rasd.extract("اعتقل جهاز الاستخبارات العامة ثلاثة أشخاص في مدينة السلمية.", published="2025-05-01")
    assert [r.actor1 for r in out] == ["Syrian Government Forces"]
    out = rasd.extract("هاجم مقاتلو قوات الصناديد نقطة لتنظيم داعش قرب بلدة اليعربية.", published="2019-02-11")
    assert "Syrian Democratic Forces" in [r.actor1 for r in out] + [r.actor2 for r in out]


def test_the_toll_of_a_week_of_fighting_is_no_event_of_today_and_peaceful_is_no_town():
    out = rasd.extract("دخلت قافلة مساعدات إلى مدينة جاسم بعد أسبوع من المعارك التي خلفت أكثر من مئتي قتيل.",
                       published="2025-07-21")
    assert out == []
    out = rasd.extract("تظاهر العشرات في مدينة جبلة قبل أن تتفرق المظاهرة بشكل سلمي.", published="2025-02-19")
    assert [r.location for r in out] == ["Jablah"]


def test_the_military_operations_command_before_and_after_the_fall():
    out = rasd.extract("أعلنت إدارة العمليات العسكرية دخول مقاتليها مدينة حمص بعد معارك مع قوات النظام.",
                       published="2024-12-07")
    assert [(r.actor1, r.actor2) for r in out] == [("Hayat Tahrir al-Sham", "Syrian Government Forces")]
    out = rasd.extract("اعتقلت إدارة العمليات العسكرية ثلاثة أشخاص في مدينة حمص.", published="2025-01-20")
    assert [r.actor1 for r in out] == ["Syrian Government Forces"]


def test_the_operation_an_actor_fights_in_is_its_own_side():
    out = rasd.extract("سيطرت فصائل المعارضة المسلحة ضمن معركة \"ردع العدوان\" على معظم أحياء مدينة حلب، اليوم السبت، "
                       "بعد انسحاب قوات النظام منها، كما سيطرت على مطار حلب الدولي.", published="2024-11-30")
    assert {(r.actor1, r.actor2) for r in out} == {("Free Syrian Army", "Syrian Government Forces")}
