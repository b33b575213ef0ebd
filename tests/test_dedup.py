"""Cross-report linking on hand-written Arabic report pairs.

Each report below was written for these tests in the style of Syrian field
reporting.  The extractor is being rewritten, so the records are built here
the way a correct extractor shapes them (the comment under each report says
what it yields); `test_dedup_e2e.py` runs the reports through `rasd.extract`.
Coordinates are approximate test values, not gazetteer data.
"""
from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from rasd.store.dedup import (
    Candidate, Linker, aggregate, candidate_from_record, combine_casualties, compare,
)
from storehelp import make_record

MAYADIN = dict(location="Al-Mayadin", location_text="الميادين", admin1="Deir ez-Zor",
               latitude=35.0196, longitude=40.4517)
KAFRNABUDA = dict(location="Kafr Nabuda", location_text="كفرنبودة", admin1="Hama",
                  latitude=35.4306, longitude=36.4983)
QALAAT_MADIQ = dict(location="Qalaat al-Madiq", location_text="قلعة المضيق", admin1="Hama",
                    latitude=35.4100, longitude=36.3900)

# --- one air strike, three reports -------------------------------------------------------------
REPORT_NUMBER = ("شنّت طائرات حربية روسية صباح اليوم الثلاثاء غارات جوية على مدينة الميادين في ريف دير الزور "
                 "الشرقي، ما أدى إلى مقتل 23 مدنياً بينهم أطفال ونساء وإصابة آخرين بجروح.")
# -> Air/drone strike, Russian Forces vs Civilians, Al-Mayadin, 2017-06-20 (published), killed 23
REPORT_DOZENS = ("قُتل عشرات المدنيين جراء غارات للطيران الروسي استهدفت الأحياء السكنية في الميادين شرقي "
                 "دير الزور، وسط حالة من الذعر بين الأهالي.")
# -> same, killed "dozens": fatalities 10 (SPEC: عشرات -> 10), range 10..99
REPORT_YESTERDAY = ("ارتفعت حصيلة ضحايا القصف الجوي الذي طال مدينة الميادين أمس إلى 27 قتيلاً، فيما لا يزال "
                    "عدد من الجرحى في حالة حرجة بحسب مصادر طبية في المدينة.")
# -> published 2017-06-21, "أمس" -> event 2017-06-20; unattributed air strike, killed 27


def strike_reports():
    a = make_record("a", text=REPORT_NUMBER, actor1="Russian Forces", actor2="Civilians",
                    event_date="2017-06-20", fatalities=23, fatalities_low=23, fatalities_high=23,
                    civilian_targeting=True, **MAYADIN)
    b = make_record("b", text=REPORT_DOZENS, actor1="Russian Forces", actor2="Civilians",
                    event_date="2017-06-20", fatalities=10, fatalities_low=10, fatalities_high=99,
                    civilian_targeting=True, **MAYADIN)
    c = make_record("c", text=REPORT_YESTERDAY, actor1="Unidentified Military Forces", actor2="Civilians",
                    event_date="2017-06-20", published="2017-06-21", fatalities=27, fatalities_low=27,
                    fatalities_high=27, **MAYADIN)
    return a, b, c


def cand(rec, key=None):
    return candidate_from_record(rec, key or rec.doc_id, rec.doc_id)


def link_all(records):
    linker = Linker()
    outs = [linker.link(cand(r, i)) for i, r in enumerate(records)]
    return linker, outs


def test_three_reports_of_one_strike_become_one_event():
    linker, outs = link_all(strike_reports())
    assert len(linker.events) == 1
    assert [o.new_event for o in outs] == [True, False, False]
    ev = linker.events[0]
    assert len(ev.members) == 3 and ev.docs == {"a", "b", "c"}
    # the attributed actor wins over "Unidentified Military Forces"
    assert ev.view.actor1 == "Russian Forces"
    # UCDP-style casualties: low = highest low (27), high = highest high (99), best = largest best (27);
    # a sum would be 60
    assert (ev.view.fatalities, ev.view.fatalities_low, ev.view.fatalities_high) == (27, 27, 99)


def test_merge_reason_names_every_check():
    a, b, _ = strike_reports()
    reason = compare(cand(b), aggregate([cand(a)]))
    assert reason is not None
    text = " | ".join(reason.checks)
    assert "same sub-event type (Air/drone strike)" in text
    assert "dates overlap: 2017-06-20" in text
    assert "0.0 km apart (limit 2 km" in text
    assert "actors compatible: Russian Forces / Civilians" in text


def test_yesterday_report_merges_only_when_its_date_was_resolved():
    a, _, c = strike_reports()
    # an extractor that missed "أمس" would date the event on the publication day: a different day
    c_unresolved = make_record("c", text=REPORT_YESTERDAY, actor1="Unidentified Military Forces",
                               actor2="Civilians", event_date="2017-06-21", fatalities=27, **MAYADIN)
    assert compare(cand(c), aggregate([cand(a)])) is not None
    assert compare(cand(c_unresolved), aggregate([cand(a)])) is None
    # ... unless it says the date is uncertain (precision 2: +/- 3 days)
    c_vague = make_record("c", actor1="Unidentified Military Forces", actor2="Civilians",
                          event_date="2017-06-21", time_precision=2, fatalities=27, **MAYADIN)
    assert compare(cand(c_vague), aggregate([cand(a)])) is not None


# --- pairs that must NOT merge -------------------------------------------------------------------
SHELLING_DAY1 = ("قصفت قوات النظام بالمدفعية الثقيلة بلدة كفرنبودة في ريف حماة الشمالي صباح اليوم، "
                 "ما أدى إلى مقتل امرأة وطفلها.")
# -> Shelling, Syrian Government Forces vs Civilians, Kafr Nabuda, 2019-05-10, killed 2
SHELLING_DAY3 = ("جددت قوات الأسد قصفها المدفعي على كفرنبودة اليوم الأحد، وسط نزوح متواصل للأهالي "
                 "نحو المناطق الحدودية.")
# -> Shelling, Syrian Government Forces, Kafr Nabuda, 2019-05-12 (another day: another event)
SHELLING_OTHER_TOWN = ("استهدفت مدفعية النظام قلعة المضيق بعشرات القذائف صباح اليوم، دون ورود "
                       "أنباء عن إصابات.")
# -> Shelling, Syrian Government Forces, Qalaat al-Madiq (about 10 km away), 2019-05-10
CLASH_SAME_TOWN = ("اندلعت اشتباكات عنيفة بين فصائل المعارضة وقوات النظام على أطراف كفرنبودة، "
                   "وسط قصف متبادل بين الطرفين.")
# -> Armed clash, Syrian Government Forces vs Free Syrian Army, Kafr Nabuda, 2019-05-10


def shelling(doc, date_, place, **kw):
    return make_record(doc, sub_event_type="Shelling/artillery/missile attack",
                       actor1="Syrian Government Forces", actor2=kw.pop("actor2", "Civilians"),
                       event_date=date_, **place, **kw)


def test_same_town_different_day_does_not_merge():
    r1 = shelling("d1", "2019-05-10", KAFRNABUDA, text=SHELLING_DAY1, fatalities=2)
    r2 = shelling("d2", "2019-05-12", KAFRNABUDA, text=SHELLING_DAY3, actor2=None)
    linker, _ = link_all([r1, r2])
    assert len(linker.events) == 2


def test_same_day_different_town_does_not_merge():
    r1 = shelling("d1", "2019-05-10", KAFRNABUDA, text=SHELLING_DAY1, fatalities=2)
    r2 = shelling("d2", "2019-05-10", QALAAT_MADIQ, text=SHELLING_OTHER_TOWN, actor2=None)
    linker, _ = link_all([r1, r2])
    assert len(linker.events) == 2


def test_different_sub_event_types_do_not_merge():
    r1 = shelling("d1", "2019-05-10", KAFRNABUDA, text=SHELLING_DAY1, fatalities=2)
    r2 = make_record("d2", text=CLASH_SAME_TOWN, sub_event_type="Armed clash",
                     actor1="Syrian Government Forces", actor2="Free Syrian Army",
                     event_date="2019-05-10", **KAFRNABUDA)
    linker, _ = link_all([r1, r2])
    assert len(linker.events) == 2


def test_conflicting_named_actors_do_not_merge():
    r1 = shelling("d1", "2019-05-10", KAFRNABUDA, fatalities=2)
    r2 = make_record("d2", sub_event_type="Shelling/artillery/missile attack", actor1="Turkish Forces",
                     actor2="Civilians", event_date="2019-05-10", **KAFRNABUDA)
    assert compare(cand(r2), aggregate([cand(r1)])) is None


def test_records_of_one_report_never_merge_with_each_other():
    r1 = shelling("same", "2019-05-10", KAFRNABUDA)
    r2 = shelling("same", "2019-05-10", KAFRNABUDA, n=1)
    linker = Linker()
    linker.link(candidate_from_record(r1, 1, "same"))
    linker.link(candidate_from_record(r2, 2, "same"))
    assert len(linker.events) == 2


# --- looser but legitimate merges ---------------------------------------------------------------
def test_shelling_and_air_strike_reports_of_one_bombardment_merge():
    r1 = shelling("d1", "2019-05-10", KAFRNABUDA, fatalities=2)
    r2 = make_record("d2", sub_event_type="Air/drone strike", actor1="Unidentified Military Forces",
                     actor2="Civilians", event_date="2019-05-10", **KAFRNABUDA)
    reason = compare(cand(r2), aggregate([cand(r1)]))
    assert reason is not None and "compatible sub-event types" in reason.checks[0]


def test_clash_sides_in_either_order_merge():
    r1 = make_record("d1", sub_event_type="Armed clash", actor1="Hayat Tahrir al-Sham",
                     actor2="Syrian National Army", event_date="2020-01-03", **KAFRNABUDA)
    r2 = make_record("d2", sub_event_type="Armed clash", actor1="Syrian National Army",
                     actor2="Hayat Tahrir al-Sham", event_date="2020-01-03", **KAFRNABUDA)
    reason = compare(cand(r2), aggregate([cand(r1)]))
    assert reason is not None and "sides swapped" in reason.checks[-1]


def test_governorate_level_report_joins_a_precise_event_in_that_governorate_only():
    precise = shelling("d1", "2019-05-10", KAFRNABUDA, fatalities=2)
    vague = make_record("d2", sub_event_type="Shelling/artillery/missile attack",
                        actor1="Syrian Government Forces", event_date="2019-05-10",
                        location="Hama", admin1="Hama", latitude=35.13, longitude=36.75, geo_precision=3)
    elsewhere = make_record("d3", sub_event_type="Shelling/artillery/missile attack",
                            actor1="Syrian Government Forces", event_date="2019-05-10",
                            location="Idlib", admin1="Idlib", latitude=35.93, longitude=36.63, geo_precision=3)
    linker, outs = link_all([precise, vague, elsewhere])
    assert [o.new_event for o in outs] == [True, False, True]
    assert linker.events[0].view.geo_precision == 1  # the precise place is kept


def test_place_name_links_records_without_coordinates():
    r1 = make_record("d1", actor1="Russian Forces", event_date="2017-06-20", location="Al-Mayadin",
                     admin1="Deir ez-Zor", geo_precision=1)
    r2 = make_record("d2", actor1="Russian Forces", event_date="2017-06-20", location="al mayadin",
                     admin1="Deir ez-Zor", geo_precision=1)
    r3 = make_record("d3", actor1="Russian Forces", event_date="2017-06-20", location="Al-Bukamal",
                     admin1="Deir ez-Zor", geo_precision=1)
    linker, outs = link_all([r1, r2, r3])
    assert [o.new_event for o in outs] == [True, False, True]


# --- casualties ----------------------------------------------------------------------------------
@pytest.mark.parametrize("sources, expected", [
    ([(5, None, None), (7, None, None)], (7, 7, 7)),               # two counts: never 12
    ([(10, 10, 99), (23, 23, 23)], (23, 23, 99)),                   # "dozens" and a number
    ([(None, None, None), (4, 3, 6)], (4, 3, 6)),                   # a source without a number abstains
    ([(None, None, None)], (None, None, None)),
    ([(3, 3, None), (None, None, 8)], (3, 3, 8)),                   # "up to 8" raises only the high
    ([(2, 2, 2), (None, 6, None)], (6, 6, 6)),                      # best is never below the low
])
def test_casualties_combine_ucdp_style(sources, expected):
    members = [Candidate(key=i, doc=i, sub_event_type="Attack", start=1, end=1,
                         fatalities=b, fatalities_low=lo, fatalities_high=hi)
               for i, (b, lo, hi) in enumerate(sources)]
    got = combine_casualties(members)
    assert (got["fatalities"], got["fatalities_low"], got["fatalities_high"]) == expected


# --- cost: blocking, not all pairs -----------------------------------------------------------------
def test_blocking_keeps_comparisons_near_linear():
    rng = random.Random(7)
    places = [(33 + 0.1 * i, 36 + 0.1 * j) for i in range(20) for j in range(20)]  # 10 km apart
    day0 = date(2018, 1, 1)
    recs = []
    for i in range(6000):
        lat, lon = places[rng.randrange(len(places))]
        recs.append(make_record(f"d{i}", sub_event_type=rng.choice(["Air/drone strike", "Armed clash", "Attack"]),
                                event_date=(day0 + timedelta(days=rng.randrange(365))).isoformat(),
                                latitude=lat, longitude=lon, admin1=f"A{int(lat)}"))
    linker, _ = link_all(recs)
    n = len(recs)
    assert linker.comparisons < 5 * n, linker.comparisons   # all pairs would be ~18 million
    # and it still finds the duplicates that exist: same place, day and type
    keys = {(r.latitude, r.longitude, r.event_date, r.sub_event_type) for r in recs}
    assert len(linker.events) == len(keys)
