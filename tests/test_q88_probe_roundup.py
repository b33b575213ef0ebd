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
