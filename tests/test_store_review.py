"""Reviews: accept/reject/edit/split/merge with an audit trail; merges are reversible."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from rasd.store import ReviewError, apply_review, explain_event, iter_events, store_results
from rasd.store.query import EventFilter, counts
from rasd.store.schema import events, reviews
from storehelp import make_record, result

HOMS = dict(location="Talbiseh", admin1="Homs", latitude=34.8406, longitude=36.7306)
DARAYYA = dict(location="Darayya", admin1="Rural Damascus", latitude=33.4583, longitude=36.2361)


def reports():
    return [
        result("p", "قصف مدفعي على تلبيسة", [make_record("p", sub_event_type="Shelling/artillery/missile attack",
                                                          actor1="Syrian Government Forces",
                                                          event_date="2016-03-01", fatalities=4, **HOMS)]),
        result("q", "قذائف على تلبيسة اليوم", [make_record("q", sub_event_type="Shelling/artillery/missile attack",
                                                             actor1="Syrian Government Forces",
                                                             event_date="2016-03-01", fatalities=6, **HOMS)]),
        result("r", "براميل متفجرة على داريا", [make_record("r", sub_event_type="Air/drone strike",
                                                             actor1="Syrian Government Forces",
                                                             event_date="2016-03-01", fatalities=2, **DARAYYA)]),
    ]


def by_place(store):
    return {e.location: e for e in iter_events(store, EventFilter(include_rejected=True))}


def test_split_undoes_an_automatic_merge_and_is_logged(store):
    store_results(store, reports())
    ev = by_place(store)["Talbiseh"]
    assert ev.n_sources == 2 and ev.fatalities == 6
    info = explain_event(store, ev.event_id)
    q_record = info["sources"][1]["record_id"]
    after = apply_review(store, ev.event_id, "split", "analyst1", record_ids=[q_record],
                         comment="two different shelling rounds")
    assert after["remaining"]["n_sources"] == 1 and after["new"]["n_sources"] == 1
    evs = [e for e in iter_events(store) if e.location == "Talbiseh"]
    assert sorted(e.fatalities for e in evs) == [4, 6]
    new = explain_event(store, after["new"]["uid"])
    assert new["sources"][0]["linked_by"] == "review:analyst1"
    assert "split out of event" in new["sources"][0]["reason"]["checks"][0]
    with store.engine.connect() as conn:
        log = conn.execute(select(reviews.c.reviewer, reviews.c.action, reviews.c.comment,
                                  reviews.c.before, reviews.c.after)).all()
    assert len(log) == 1
    assert log[0].reviewer == "analyst1" and log[0].action == "split"
    assert log[0].before["n_sources"] == 2 and log[0].comment == "two different shelling rounds"


def test_merge_then_split_restores_the_absorbed_event(store):
    store_results(store, reports())
    places = by_place(store)
    a, b = places["Talbiseh"], places["Darayya"]
    apply_review(store, a.event_id, "merge", "lead", other=b.event_id, comment="same barrel-bomb wave")
    assert counts(store)["events_live"] == 1
    merged = explain_event(store, b.event_id)["event"]
    assert merged["status"] == "merged" and merged["merged_into_uid"] == a.event_id
    assert explain_event(store, a.event_id)["event"]["n_sources"] == 3
    with pytest.raises(ReviewError):
        apply_review(store, b.event_id, "accept", "lead")
    r_id = [s["record_id"] for s in explain_event(store, a.event_id)["sources"] if s["doc_id"] == "r"]
    after = apply_review(store, a.event_id, "split", "lead", record_ids=r_id, comment="undo")
    assert after["new"]["uid"] == b.event_id            # the same event comes back, not a new one
    assert after["new"]["status"] == "active"
    assert {e.location: e.n_sources for e in iter_events(store)} == {"Talbiseh": 2, "Darayya": 1}


def test_edit_overrides_survive_new_sources(store):
    store_results(store, reports()[:1])
    ev = by_place(store)["Talbiseh"]
    apply_review(store, ev.event_id, "edit", "analyst2", changes={"actor1": "Russian Forces", "fatalities": 5})
    # a later report of the same event still links (the edited actor is compatible) ...
    store_results(store, [result("q2", "تقرير لاحق عن تلبيسة", [make_record(
        "q2", sub_event_type="Shelling/artillery/missile attack", actor1=None, event_date="2016-03-01",
        fatalities=9, **HOMS)])])
    ev2 = by_place(store)["Talbiseh"]
    assert ev2.event_id == ev.event_id and ev2.n_sources == 2
    # ... and does not undo the reviewer's fields
    assert ev2.actor1 == "Russian Forces" and ev2.fatalities == 5


def test_accept_reject_and_bad_reviews(store):
    store_results(store, reports())
    places = by_place(store)
    apply_review(store, places["Darayya"].event_id, "reject", "lead", comment="not in scope")
    assert "Darayya" not in {e.location for e in iter_events(store)}
    assert "Darayya" in by_place(store)
    apply_review(store, places["Talbiseh"].event_id, "accept", "lead")
    with store.engine.connect() as conn:
        assert set(conn.execute(select(events.c.status)).scalars()) == {"accepted", "rejected"}
    for kwargs in ({"action": "delete"}, {"action": "edit", "changes": {"uid": "x"}},
                   {"action": "split", "record_ids": [999999]}, {"action": "merge"}):
        action = kwargs.pop("action")
        with pytest.raises(ReviewError):
            apply_review(store, places["Talbiseh"].event_id, action, "lead", **kwargs)
    with pytest.raises(ReviewError):
        apply_review(store, "E-missing", "accept", "lead")



def _confidence_of(store) -> dict[str, float | None]:
    """Each event's stored confidence by uid, after checking it is the MAX over its records' JSON."""
    from sqlalchemy import func

    from rasd.store.schema import records

    best = (select(func.max(records.c.data["confidence"].as_float()))
            .where(records.c.event_id == events.c.id).scalar_subquery())
    with store.engine.connect() as conn:
        rows = conn.execute(select(events.c.uid, events.c.confidence, best)).all()
    for uid, stored, from_json in rows:
        assert stored == from_json, (uid, stored, from_json)
    return {uid: stored for uid, stored, _ in rows}


def test_event_confidence_is_the_best_records_through_linking_and_reviews(store):
    p, q, r = reports()
    p.records[0].confidence, q.records[0].confidence, r.records[0].confidence = 0.6, 0.9, 0.7
    store_results(store, [p])
    talbiseh = by_place(store)["Talbiseh"].event_id
    assert _confidence_of(store) == {talbiseh: 0.6}
    store_results(store, [q, r])  # q joins the stored event; r makes a new one
    darayya = by_place(store)["Darayya"].event_id
    assert _confidence_of(store) == {talbiseh: 0.9, darayya: 0.7}
    # two reports of a new event in one batch: the event is written before its second member joins
    later = [result(d, f"قصف على تلبيسة {d}", [make_record(
        d, sub_event_type="Shelling/artillery/missile attack", actor1="Syrian Government Forces",
        event_date="2016-05-01", confidence=c, **HOMS | {"location": "Talbiseh (May)"})])
        for d, c in (("m1", 0.5), ("m2", 0.65))]
    store_results(store, later)
    may = by_place(store)["Talbiseh (May)"]
    assert may.n_sources == 2 and _confidence_of(store)[may.event_id] == 0.65

    q_record = [s["record_id"] for s in explain_event(store, talbiseh)["sources"] if s["doc_id"] == "q"]
    after = apply_review(store, talbiseh, "split", "lead", record_ids=q_record)
    split_out = after["new"]["uid"]
    assert (after["remaining"]["confidence"], after["new"]["confidence"]) == (0.6, 0.9)
    apply_review(store, talbiseh, "merge", "lead", other=darayya)
    expected = {talbiseh: 0.7, split_out: 0.9, darayya: None, may.event_id: 0.65}  # absorbed: no records
    assert _confidence_of(store) == expected
    apply_review(store, talbiseh, "edit", "lead", changes={"fatalities": 3})
    apply_review(store, talbiseh, "accept", "lead")
    assert _confidence_of(store) == expected
    # splitting the absorbed records out again brings the event back with its confidence
    r_record = [s["record_id"] for s in explain_event(store, talbiseh)["sources"] if s["doc_id"] == "r"]
    apply_review(store, talbiseh, "split", "lead", record_ids=r_record)
    assert _confidence_of(store) == expected | {talbiseh: 0.6, darayya: 0.7}


def test_exports_read_the_events_confidence_column(store):
    # one source of truth: the column the API lists and filters on is what exports show
    p, _, _ = reports()
    p.records[0].confidence = 0.6
    store_results(store, [p])
    ev = by_place(store)["Talbiseh"]
    assert ev.confidence == 0.6
    with store.engine.begin() as conn:
        conn.execute(events.update().where(events.c.uid == ev.event_id).values(confidence=0.42))
    assert [e.confidence for e in iter_events(store) if e.event_id == ev.event_id] == [0.42]
