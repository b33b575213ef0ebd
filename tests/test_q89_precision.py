"""Precision round q89-precision (stop 28): a campaign's or the nation's running toll is no toll of the
place told before it.

Sentences written for these tests (names, places and numbers varied from any report and probe)."""
from __future__ import annotations

from helpers import records_at

records = records_at("2024-06-03")


def _tolls(rows):
    return sorted((r.sub_event_type, r.location_text, r.fatalities) for r in rows)


# --- a running toll told in a sentence opened by a campaign's mark ---------------------------

def test_a_toll_since_the_campaign_began_is_not_the_strike_s():
    rows = records("مصراتة - قصفت طائرة حربية مخزناً للذخيرة في منطقة الكراريم صباح اليوم. ومنذ إطلاق "
                   "العملية العسكرية مطلع العام، بلغت حصيلة القتلى 318 شخصاً وفق الهلال الأحمر.",
                   published="2020-03-12")
    assert _tolls(rows) == [("Air/drone strike", "منطقة الكراريم", None)], rows
    rows = records("البصرة - أطلقت قوات الأمن الرصاص الحي على محتجين في ساحة البحرية اليوم. ومنذ انطلاق "
                   "الاحتجاجات في أيلول، قتل أكثر من 190 متظاهراً بحسب المفوضية.", published="2019-12-02")
    assert all(r.fatalities is None for r in rows), rows
    assert any(r.location_text == "ساحة البحرية" for r in rows), rows


def test_a_toll_since_a_truce_collapsed_is_not_the_raid_s():
    rows = records("إدلب - قتل ثلاثة مدنيين بقصف جوي على بلدة معرة مصرين اليوم. وارتفعت حصيلة الغارات على "
                   "المحافظة منذ انهيار الهدنة إلى 74 قتيلاً.", published="2019-08-08")
    assert _tolls(rows) == [("Air/drone strike", "بلدة معرة مصرين", 3)], rows


# --- the nation's toll of the day ------------------------------------------------------------

def test_a_nationwide_toll_is_no_event_and_no_place_s():
    rows = records("الإسكندرية - تفرق الأمن بالقوة تظاهرة في منطقة سيدي بشر أمس الجمعة وقتل متظاهران. "
                   "وأعلنت وزارة الصحة أن حصيلة قتلى الجمعة في أنحاء البلاد بلغت 31 قتيلاً.",
                   published="2013-08-17")
    assert all(r.fatalities in (None, 2) for r in rows), rows
    rows = records("تعز - سقطت قذيفة على منزل في حي المسبح دون إصابات. وقالت منظمة إن عدد الضحايا المدنيين "
                   "في عموم البلاد بلغ 412 قتيلاً هذا العام.", published="2016-05-09")
    assert all(r.fatalities is None for r in rows), rows


def test_the_dead_since_a_fight_broke_out_today_stay_its_own():
    # (a guard of the rule above: right at c9ad7a77 too, kept right)
    rows = records("نيالا - تجددت المعارك بين الجيش والدعم السريع في حي الجير بمدينة نيالا. ومنذ اندلاع "
                   "المعارك صباح اليوم، قتل خمسة مدنيين بحسب شهود.", published="2023-09-14")
    assert _tolls(rows) == [("Armed clash", "حي الجير", 5)], rows


def test_protests_told_over_the_country_stay():
    # (a guard: the nation's words make a toll the nation's, not a protest told over it)
    rows = records("الخرطوم - خرجت مواكب حاشدة اليوم في القضارف وكسلا ومدن أخرى في أنحاء البلاد تطالب بالحكم المدني.",
                   published="2022-02-14")
    assert sorted(r.location_text for r in rows if r.sub_event_type == "Peaceful protest") == ["القضارف", "كسلا"], rows


def test_a_roundup_head_over_the_country_still_dates_its_items():
    # (a guard: the head counts the nation's dead and dates the lines under it)
    rows = records("الحصيلة اليومية\nالخميس 14 تشرين الثاني 2013\n\nوثقت الشبكة أمس الأربعاء مقتل 41 شخصاً في أنحاء "
                   "البلاد، وتوزع القتلى على النحو التالي:\n\nدرعا: 9 قتلى بقصف مدفعي على بلدة الحراك.\n",
                   published="2013-11-14")
    assert [(r.location_text, r.event_date) for r in rows if "الحراك" in r.location_text] == [
        ("بلدة الحراك", "2013-11-13")], rows
