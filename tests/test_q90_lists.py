"""Round q90-lists (stop 29): lists, tickers and line-broken reports.

Every report here is written for the test and names other places, sides and numbers than the probes.
"""
from __future__ import annotations

import pytest

from helpers import extract as recs


def at(rs, place_key: str):
    return [r for r in rs if place_key in (r.location_text or "")]


# --- bare counts under a toll head --------------------------------------------------------------

@pytest.mark.parametrize("sep", [": ", " - "])
def test_bare_counts_under_a_toll_head_are_its_dead(sep):
    text = ("حماة - 14 تشرين الأول 2019\n"
            "حصيلة قتلى الغارات الروسية اليوم في ريف حماة:\n"
            f"- كفرزيتا{sep}6\n"
            f"- اللطامنة{sep}2\n")
    rs = recs(text, "2019-10-14")
    kz, lt = at(rs, "كفرزيتا"), at(rs, "اللطامنة")
    assert kz and lt, [(r.sub_event_type, r.location_text) for r in rs]
    assert kz[0].fatalities == 6 and lt[0].fatalities == 2
    assert kz[0].sub_event_type == "Air/drone strike"


def test_bare_counts_under_a_wounded_head_are_its_wounded():
    text = ("صنعاء - 9 تموز 2019\n"
            "عدد الجرحى جراء القصف الحوثي على مدينة الضالع اليوم:\n"
            "- حي الوبح: 4\n"
            "- حي الجمرك: 7\n")
    rs = recs(text, "2019-07-09")
    got = sorted((r.injured or 0) for r in rs if r.injured)
    assert 4 in got and 7 in got, [(r.location_text, r.fatalities, r.injured) for r in rs]
    assert not any(r.fatalities for r in rs)


def test_bare_counts_under_a_year_head_are_no_events():
    # a running total over a year, item by item, is no event of the day
    text = ("الرقة - 2 كانون الثاني 2018\n"
            "حصيلة قتلى المدنيين خلال عام 2017 في الرقة حسب الأحياء:\n"
            "- حي الرميلة: 85\n"
            "- حي المشلب: 40\n")
    rs = recs(text, "2018-01-02")
    assert not any(r.fatalities in (85, 40) for r in rs), [(r.location_text, r.fatalities) for r in rs]


def test_a_count_with_its_noun_still_reads_as_before():
    text = ("غزة - 3 كانون الأول 2023\n"
            "عدد الشهداء جراء الغارات الإسرائيلية اليوم:\n"
            "- دير البلح: 5 شهداء\n")
    rs = recs(text, "2023-12-03")
    assert at(rs, "دير البلح") and at(rs, "دير البلح")[0].fatalities == 5


# --- the day of a list's head ---------------------------------------------------------------------

def test_a_short_head_without_a_colon_dates_its_items():
    text = ("الموصل - الخميس 11 نيسان 2019\n"
            "الخروقات الأمنية ليوم الثلاثاء\n"
            "- انفجار عبوة ناسفة على دورية للشرطة في قضاء تلعفر.\n"
            "- هجوم مسلح على نقطة للجيش في ناحية القيارة.\n")
    rs = recs(text, "2019-04-11")
    assert rs and all(str(r.event_date) == "2019-04-09" for r in rs), \
        [(r.location_text, r.event_date) for r in rs]


def test_a_bold_head_dates_its_items():
    text = ("طرابلس - الاثنين 9 أيلول 2019\n"
            "**وقائع يوم السبت:**\n\n"
            "- اشتباكات مسلحة في منطقة وادي الربيع جنوب طرابلس.\n"
            "- قصف مدفعي على منطقة عين زارة.\n")
    rs = recs(text, "2019-09-09")
    assert rs and all(str(r.event_date) == "2019-09-07" for r in rs), \
        [(r.location_text, r.event_date) for r in rs]


def test_unmarked_items_after_a_blank_line_take_the_head_day():
    text = ("دير الزور - الجمعة 12 تموز 2019\n"
            "وهذه حصيلة ما جرى يوم الأربعاء في ريف دير الزور الشرقي:\n\n"
            "قصف مدفعي لقوات النظام على بلدة الشحيل.\n"
            "اشتباكات بين قسد ومسلحين في بلدة ذيبان.\n")
    rs = recs(text, "2019-07-12")
    assert rs and all(str(r.event_date) == "2019-07-10" for r in rs), \
        [(r.location_text, r.event_date) for r in rs]


def test_a_sentence_line_before_items_is_no_head():
    # a line that ends in a full stop is a sentence, not a head: its day is only its own
    text = ("حلب - الخميس 11 نيسان 2019\n"
            "قصفت قوات النظام يوم الثلاثاء بلدة الأتارب.\n"
            "- اشتباكات في محيط بلدة خان طومان اليوم.\n")
    rs = recs(text, "2019-04-11")
    kt = at(rs, "خان طومان")
    assert kt and str(kt[0].event_date) == "2019-04-11", [(r.location_text, r.event_date) for r in rs]


# --- ticker lines ---------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "عاجل | قذائف هاون على حي الصحافة جنوب الخرطوم",
    "عاجل | أم درمان: قذائف على سوق ليبيا",
    "قذيفتان على سوق ليبيا في أم درمان",
])
def test_a_ticker_line_opened_by_shells_is_a_shelling(line):
    rs = recs(line + "\nعاجل | وزير الصحة يزور المستشفيات\n", "2023-09-01")
    assert any(r.sub_event_type == "Shelling/artillery/missile attack" for r in rs), \
        [(r.sub_event_type, r.location_text) for r in rs]


def test_shells_told_with_their_verb_are_not_doubled():
    rs = recs("قذائف الهاون سقطت على حي الصحافة جنوب الخرطوم أمس.", "2023-09-01")
    assert len(rs) == 1


def test_a_ticker_line_takes_no_mode_from_another_line():
    # a bare "تقصف" on its own ticker line is the side's shelling, not the air strike of the line after it
    text = ("عاجل | الدعم السريع تقصف الأحياء السكنية في مدينة بابنوسة\n"
            "عاجل | الطيران الحربي للجيش يقصف مواقع الدعم السريع في الضعين\n")
    rs = recs(text, "2023-09-01")
    kr = [r for r in rs if r.actor1 == "Rapid Support Forces"]
    assert kr and kr[0].sub_event_type == "Shelling/artillery/missile attack", \
        [(r.sub_event_type, r.location_text, r.actor1) for r in rs]


def test_the_next_line_label_is_no_part_of_a_name():
    text = ("عاجل | بنغازي: اشتباكات عنيفة في محيط المدينة\n"
            "عاجل | بنغازي: ارتفاع القتلى إلى 7\n")
    rs = recs(text, "2014-10-20")
    assert not any("عاجل" in (r.location_text or "") for r in rs), [r.location_text for r in rs]
