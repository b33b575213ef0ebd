"""Probe round q88-probe-roundup: weekly and monthly round-ups that walk through the days, and incident
lists and tables.

Every sentence is written for the test; places, forces and numbers vary from the probes the faults were
found with.
"""
from __future__ import annotations

import pytest

import rasd


def recs(text: str, published: str):
    return list(rasd.extract(text, published=published))


# 1. "غارات على بلدات X وY، ويوم الثلاثاء قتل ...": a time word after a list's "، و" opens the next clause,
#    it is not one more (unknown) member of the list
@pytest.mark.parametrize("text, time_word, place, killed", [
    ("درعا - 12 نيسان\nقصفت قوات النظام بلدات الحراك وبصر الحرير، ويوم الأربعاء قتل 6 مدنيين في قصف على بلدة "
     "ناحتة.", "يوم", "ناحته", 6),
    ("صور - 9 تشرين الأول\nشنت الطائرات الإسرائيلية غارات على قرى طيردبا وصديقين، ومساء الخميس استشهد 3 "
     "مواطنين في غارة على بلدة قانا.", "مساء", "قانا", 3),
    ("إدلب - 20 شباط\nاستهدف القصف قرى كنصفرة وسرجة، وفجر الاثنين قتل طفلان بغارة على مدينة أريحا.",
     "فجر", "اريحا", 2),
])
def test_a_time_word_after_a_list_of_places_is_no_place(text, time_word, place, killed):
    rs = recs(text, "2019-04-12")
    assert all(r.location_text not in (time_word, "و" + time_word) for r in rs)
    hit = [r for r in rs if place in r.location_text.replace("أ", "ا").replace("ة", "ه")]
    assert hit and hit[0].fatalities == killed


# 2. "يوم الأحد ... وفي اليوم التالي ...": the next day is the day after the day told before it, not the
#    report's day (relative_dates.tsv kind `next`)
@pytest.mark.parametrize("text, published, day", [
    ("حمص - 24 أيار\nيوم الثلاثاء قتل مسلحون مجهولون شاباً في حي الوعر، وفي اليوم التالي دهمت قوات الأمن "
     "الحي واعتقلت 12 شخصاً.", "2025-05-24", "2025-05-21"),
    ("الموصل - 4 تموز\nفجرت خلية لداعش عبوة ناسفة يوم الخميس في قضاء تلعفر، وصباح اليوم التالي اعتقلت القوات "
     "الأمنية ثلاثة مشتبه بهم في ناحية ربيعة.", "2017-07-04", "2017-06-30"),
])
def test_the_next_day_follows_the_day_told_before_it(text, published, day):
    rs = recs(text, published)
    arrests = [r for r in rs if r.sub_event_type == "Arrests"]
    assert arrests and str(arrests[0].event_date) == day


def test_the_next_day_with_no_day_before_it_stays_the_reports_day():
    rs = recs("درعا - 3 آب\nوفي اليوم التالي اعتقلت قوات النظام 7 شبان في بلدة نوى.", "2018-08-03")
    assert rs and all(str(r.event_date) == "2018-08-03" for r in rs)


# 3. "خلال الأسبوع الماضي قتل أكثر من 90 مدنياً في ...": a week's or month's toll told after its period is a
#    tally, as it is told before it ("قتل 90 مدنياً خلال الأسبوع الماضي"); the days told after it keep theirs
@pytest.mark.parametrize("text, published", [
    ("حمص - 6 أيار\nخلال الأسبوع الماضي قتل أكثر من 90 مدنياً في ريف حمص الشمالي. ففي يوم الثلاثاء قصفت قوات "
     "النظام مدينة الرستن وقتلت 11 شخصاً.", "2017-05-06"),
    ("الفاشر - 12 أغسطس\nوخلال الشهر الماضي قتل 230 شخصاً على الأقل في ولاية شمال دارفور، وفي يوم الأحد قصفت "
     "قوات الدعم السريع سوق مدينة الفاشر وقتلت 8 مدنيين.", "2024-08-12"),
])
def test_a_period_before_a_bare_toll_is_a_tally(text, published):
    rs = recs(text, published)
    assert rs and all(r.sub_event_type == "Shelling/artillery/missile attack" for r in rs)
    assert all(r.fatalities is None or r.fatalities < 20 for r in rs)


# 4. "- الجمعة 7/3: ..." in a round-up's list: a day and month with no year, led by a weekday or "يوم/بتاريخ",
#    is that day (the last one on or before the report, within two months of it), not the report's day
@pytest.mark.parametrize("text, published, day", [
    ("دير الزور - 15 آذار\n- السبت 8/3: اعتقال 9 شبان في حملة دهم لقسد في بلدة الصور.\n"
     "- الثلاثاء 11/3: مقتل مدني بانفجار لغم في بلدة الكسرة.", "2025-03-15", "2025-03-08"),
    ("بنغازي - 3 يناير\nحوادث الأسبوع: بتاريخ 29/12 خطف مسلحون مجهولون ناشطاً في منطقة الليثي.",
     "2022-01-03", "2021-12-29"),
])
def test_a_day_and_month_without_a_year_dates_the_line(text, published, day):
    rs = recs(text, published)
    assert rs and str(rs[0].event_date) == day


def test_a_day_and_month_far_from_the_report_is_no_date():
    rs = recs("حماة - 19 تشرين الأول\nالسبت 4/2: قصف مدفعي على بلدة كفرزيتا.", "2019-10-19")
    assert rs and str(rs[0].event_date).startswith("2019-10-")


# 5. "وثق المرصد مقتل 52 مدنياً خلال الشهر الماضي في محافظة درعا بسبب قصف قوات النظام": the period's toll told
#    with its cause (جراء/بسبب/نتيجة) is a tally of that cause, no shelling of one day; a day's toll with its
#    cause stays an event
def test_a_periods_toll_with_its_cause_is_a_tally():
    rs = recs("درعا - 2 حزيران\nوثق المرصد مقتل 52 مدنياً وإصابة 80 آخرين خلال الأسبوع الماضي في محافظتي درعا "
              "والقنيطرة جراء قصف قوات النظام.", "2018-06-02")
    assert rs == []


def test_a_days_toll_with_its_cause_stays_an_event():
    rs = recs("درعا - 2 حزيران\nقتل 4 مدنيين في بلدة الحراك جراء قصف مدفعي لقوات النظام.", "2018-06-02")
    assert len(rs) == 1 and rs[0].fatalities == 4


# 6. "اعتقلت القوات 140 شخصاً خلال الأسبوع الماضي في محافظتي ...": a week's or month's count of people held (in
#    figures, 10-999) is that period's tally; one named man held in the week stays an event
@pytest.mark.parametrize("text", [
    "رام الله - 20 آب\nأفاد نادي الأسير بأن قوات الاحتلال اعتقلت 140 مواطناً خلال الأسبوع الماضي في محافظتي "
    "طولكرم وقلقيلية.",
    "بغداد - 20 آب\nخلال الشهر الماضي اعتقلت القوات الأمنية 63 مطلوباً في محافظتي كركوك وصلاح الدين.",
])
def test_a_periods_count_of_arrests_is_a_tally(text):
    assert recs(text, "2023-08-20") == []


def test_one_man_held_in_the_week_stays_an_event():
    rs = recs("جنين - 20 آب\nاعتقلت قوات الاحتلال خلال الأسبوع الماضي الأسير المحرر سامي حسن من بلدة يعبد.",
              "2023-08-20")
    assert len(rs) == 1 and rs[0].sub_event_type == "Arrests"


# 7. "قصفت المدفعية قرى: X، Y، وZ": a colon after a plural type word opens its list; every member is a place
def test_a_colon_after_a_plural_type_word_opens_its_list():
    rs = recs("حماة - 9 أيلول\nقصفت قوات النظام بالمدفعية قرى: معركبة، لحايا، والزكاة، ما أدى لمقتل مدني.",
              "2019-09-09")
    assert {r.location_text for r in rs} >= {"معركبة", "لحايا", "الزكاة"}
