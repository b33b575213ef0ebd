"""Round speed-40b: records and drafts are built with positional arguments (cheaper for a class
than keywords); each value must still land in its own field."""
from datetime import date

import rasd
from rasd.model import EVENT_TYPE_OF, RECORD_FIELDS, Span

_REPORT = ("إدلب - قتل خمسة مدنيين وأصيب ثلاثة آخرون بقصف مدفعي لقوات النظام على بلدة كفرنبل "
           "في ريف إدلب الجنوبي يوم الاثنين.")


def test_record_values_land_in_their_fields():
    records = rasd.extract(_REPORT, "2024-03-06", doc_id="r40")
    assert len(records) == 1
    r = records[0]
    assert r.doc_id == "r40" and len(r.event_id) == 16
    assert r.sub_event_type == "Shelling/artillery/missile attack"
    assert r.event_type == EVENT_TYPE_OF[r.sub_event_type]
    assert r.actor1_text == "قوات النظام" and r.actor1 and r.actor1 != r.actor1_text
    assert r.location_text == "بلدة كفرنبل" and r.location
    assert r.geo_precision in (1, 2, 3) and r.time_precision == 1
    assert (r.event_date, r.date_start, r.date_end) == ("2024-03-04",) * 3   # the Monday before
    assert (r.fatalities, r.fatalities_low, r.fatalities_high) == (5, 5, 5)
    assert (r.injured, r.injured_low, r.injured_high) == (3, 3, 3)
    assert r.civilian_targeting is True and r.background is False
    assert isinstance(r.weapons, list) and isinstance(r.targets, list)
    assert r.evidence == [Span(0, len(_REPORT), _REPORT)]
    assert 0 < r.confidence <= 1
    assert r.trigger_text == "قصف مدفعي" and r.published == "2024-03-06"
    assert (r.assoc_actor_1, r.assoc_actor_2, r.notes, r.source, r.url) == (None,) * 5
    assert r.country == "Syria" and isinstance(r.iso, int)
    assert isinstance(r.geo_why, str) and r.gazetteer_id
    assert list(r.to_dict())[:4] == list(RECORD_FIELDS[:4])


def test_record_days_of_a_range_and_of_no_date():
    """The ISO text of a day is written once per report and shared: a record of another day in
    the same report gets its own."""
    text = ("قتل مدني بقصف مدفعي على بلدة كفرنبل في ريف إدلب يوم الاثنين. "
            "وفي سياق آخر، قتل شاب برصاص قناص في مدينة درعا يوم الأحد.")
    records = rasd.extract(text, date(2024, 3, 6))
    days = sorted((r.location_text, r.event_date) for r in records)
    assert ("بلدة كفرنبل", "2024-03-04") in days and ("مدينة درعا", "2024-03-03") in days
    undated = rasd.extract(text, None)
    assert undated and all(r.event_date is None and r.published is None for r in undated)


def test_spans_filters_answer_as_one_question_per_hit():
    """`Spans.outside` and `Spans.apart` walk the spans once for a list of hits in text order;
    they keep exactly the hits `contains` / `overlaps` asked one by one would keep."""
    import random

    from rasd.extract.match import Hit, longest_first
    from rasd.extract.mentions import Spans

    rng = random.Random(40)
    for _ in range(300):
        spans = Spans((a, a + rng.randint(0, 12)) for a in (rng.randint(0, 80) for _ in range(rng.randint(0, 6))))
        raw = sorted((Hit(a, a + rng.randint(1, 9), None, a, a + 9) for a in
                      (rng.randint(0, 90) for _ in range(rng.randint(0, 12)))), key=lambda h: (h.start, h.end))
        assert spans.outside(raw) == [h for h in raw if not spans.contains(h.start, h.end)]
        settled = longest_first(raw)
        assert spans.apart(settled) == [h for h in settled if not spans.overlaps(h.start, h.end)]
