"""Linking a batch of new records to the events already in the database.

The database holds the events; `rasd.store.dedup.Linker` decides.  For each
batch this module loads only the events whose date range touches the new
records' ranges (an indexed range query), with their member records, links
the new records in order, and writes back new events, changed merged views
and one `event_sources` row per record saying why it is where it is.

Everything happens inside the caller's transaction, so a batch is linked and
stored completely or not at all.
"""
from __future__ import annotations

import hashlib
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import and_, or_, select, update
from sqlalchemy.engine import Connection

from rasd.model import EVENT_TYPE_OF
from rasd.store.dedup import (
    MAX_RANGE_DAYS, Candidate, EventState, LinkOutcome, Linker, aggregate, candidate_from_record,
)
from rasd.store.schema import event_sources, events, records

#: fields a reviewer's edit may fix on an event (they override the merged view)
EDITABLE_FIELDS = (
    "event_type", "sub_event_type", "actor1", "actor2", "assoc_actor_1", "assoc_actor_2",
    "location", "admin1", "admin2", "admin3", "country", "iso", "latitude", "longitude", "geo_precision",
    "event_date", "date_start", "date_end", "time_precision",
    "fatalities", "fatalities_low", "fatalities_high", "injured", "injured_low", "injured_high",
    "civilian_targeting",
)


def now() -> datetime:
    return datetime.now(timezone.utc)


def event_uid(content_hash: str, ordinal: int) -> str:
    """The public id of an event: derived from its first record, so the same input gives the same id."""
    return "E" + hashlib.sha1(f"{content_hash}:{ordinal}".encode()).hexdigest()[:15]


def _iso(day: int | None) -> date | None:
    return None if day is None else date.fromordinal(day)


def _as_date(v: Any) -> date | None:
    if v in (None, ""):
        return None
    if isinstance(v, date):
        return v
    try:
        return date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def best_confidence(members: list[Candidate]) -> float | None:
    """The event's confidence: that of its surest record, None when no record states one.

    Why a stored column and not a query: the map lists hundreds of events per request with
    their confidence and filters on it; reading it out of every record's JSON made that the
    larger part of the query.  Read from the record as stored (`extra`), so that a record
    without a confidence counts as unknown, not as 0, exactly as a MAX over the JSON does
    (migration 0003 fills older stores that way).
    """
    vals = []
    for m in members:
        v = m.extra.get("confidence") if m.extra is not None else m.confidence
        if v is not None:
            vals.append(float(v))
    return max(vals) if vals else None


def event_columns(view: Candidate, members: list[Candidate], overrides: dict | None = None) -> dict[str, Any]:
    """The `events` row of a merged view: display fields come from the records themselves.

    The one place an event's row is computed from its records: linking on ingest and every
    review (edit, split, merge) write what this returns, then the reviewer's overrides win.
    """
    place = view.extra or {}
    precise = min(members, key=lambda m: m.time_precision)
    ed = _as_date((precise.extra or {}).get("event_date")) or _iso(view.start)
    start, end = _iso(view.start), _iso(view.end)
    if ed and start and end and not (start <= ed <= end):
        ed = start
    assoc1 = next((m.extra.get("assoc_actor_1") for m in members if m.extra and m.extra.get("assoc_actor_1")), None)
    assoc2 = next((m.extra.get("assoc_actor_2") for m in members if m.extra and m.extra.get("assoc_actor_2")), None)
    row = {
        "event_type": EVENT_TYPE_OF.get(view.sub_event_type, place.get("event_type") or "Strategic developments"),
        "sub_event_type": view.sub_event_type,
        "actor1": view.actor1, "actor2": view.actor2,
        "assoc_actor_1": assoc1, "assoc_actor_2": assoc2,
        "location": place.get("location") or place.get("location_text"),
        "location_key": view.location,
        "admin1": place.get("admin1"), "admin2": place.get("admin2"), "admin3": place.get("admin3"),
        "country": place.get("country"), "iso": place.get("iso"),
        "latitude": view.latitude, "longitude": view.longitude, "geo_precision": view.geo_precision,
        "event_date": ed, "date_start": start, "date_end": end, "time_precision": view.time_precision,
        "fatalities": view.fatalities, "fatalities_low": view.fatalities_low,
        "fatalities_high": view.fatalities_high,
        "injured": view.injured, "injured_low": view.injured_low, "injured_high": view.injured_high,
        "civilian_targeting": bool(view.civilian_targeting),
        "n_sources": len({m.doc for m in members}),
        "confidence": best_confidence(members),
    }
    for k, v in (overrides or {}).items():
        if k in EDITABLE_FIELDS:
            row[k] = _as_date(v) if k in ("event_date", "date_start", "date_end") else v
    if overrides and "sub_event_type" in overrides and "event_type" not in overrides:
        row["event_type"] = EVENT_TYPE_OF.get(row["sub_event_type"], row["event_type"])
    return row


def view_with_overrides(view: Candidate, overrides: dict | None) -> Candidate:
    """The merged view as linking should see it once a reviewer fixed some fields."""
    if not overrides:
        return view
    from dataclasses import replace

    from rasd.store.dedup import norm_key

    changes: dict[str, Any] = {}
    for k in ("sub_event_type", "actor1", "actor2", "latitude", "longitude", "geo_precision",
              "time_precision"):
        if k in overrides:
            changes[k] = overrides[k]
    if "location" in overrides:
        changes["location"] = norm_key(overrides["location"])
    if "admin1" in overrides:
        changes["admin1"] = norm_key(overrides["admin1"])
    for k, attr in (("date_start", "start"), ("date_end", "end")):
        if k in overrides and _as_date(overrides[k]):
            changes[attr] = _as_date(overrides[k]).toordinal()
    return replace(view, **changes)


def load_members(conn: Connection, event_ids: list[int]) -> dict[int, list[Candidate]]:
    """Member records of events, as linking candidates, in the order they were stored."""
    out: dict[int, list[Candidate]] = {}
    for i in range(0, len(event_ids), 500):
        chunk = event_ids[i:i + 500]
        rows = conn.execute(
            select(records.c.id, records.c.document_id, records.c.event_id, records.c.data)
            .where(records.c.event_id.in_(chunk)).order_by(records.c.id)
        )
        for rid, doc_id, eid, data in rows:
            out.setdefault(eid, []).append(candidate_from_record(data, rid, doc_id))
    return out


def _windows(cands: list[Candidate]) -> list[tuple[int, int]]:
    spans = sorted((c.start, c.end) for c in cands if c.linkable)
    merged: list[list[int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e) for s, e in merged]


def load_nearby(conn: Connection, cands: list[Candidate]) -> Linker:
    """A Linker primed with the stored events whose dates overlap the new records' ranges."""
    linker = Linker()
    wins = _windows(cands)
    if not wins:
        return linker
    conds = [and_(events.c.date_start <= _iso(e), events.c.date_end >= _iso(s)) for s, e in wins]
    rows = conn.execute(
        select(events.c.id, events.c.overrides)
        .where(events.c.status != "merged", events.c.date_start.is_not(None), or_(*conds))
        .order_by(events.c.id)
    ).all()
    members = load_members(conn, [r.id for r in rows])
    for r in rows:
        ms = members.get(r.id)
        if not ms:
            continue
        ev = EventState(key=r.id, members=ms, docs={m.doc for m in ms})
        ev.view = view_with_overrides(aggregate(ms, r.id), r.overrides)
        ev.frozen_view = bool(r.overrides)
        linker.add_event(ev)
    return linker


def link_batch(conn: Connection, new: list[tuple[Candidate, str, int]]) -> tuple[int, int]:
    """Link new records (candidate, content hash, ordinal) and write the outcome.

    Returns (events created, records merged into an existing event).
    """
    cands = [c for c, _, _ in new]
    linker = load_nearby(conn, cands)
    origin = {id(c): (h, o) for c, h, o in new}
    outcomes: list[LinkOutcome] = [linker.link(c) for c in cands]

    ts = now()
    created = merged = 0
    touched: dict[int, EventState] = {}
    fresh: list[EventState] = []
    for out in outcomes:
        if out.new_event:
            fresh.append(out.event)
        elif isinstance(out.event.key, int):
            touched[out.event.key] = out.event
    # new events first, so that records of this batch that joined them can point at their ids
    for ev in fresh:
        h, o = origin[id(ev.members[0])]
        row = event_columns(ev.view, ev.members)
        eid = conn.execute(
            events.insert().values(uid=event_uid(h, o), status="active", created_at=ts, updated_at=ts, **row)
            .returning(events.c.id)
        ).scalar_one()
        ev.key = eid
        created += 1
    for eid, ev in touched.items():
        ov = conn.execute(select(events.c.overrides).where(events.c.id == eid)).scalar_one()
        conn.execute(update(events).where(events.c.id == eid)
                     .values(updated_at=ts, **event_columns(ev.view, ev.members, ov)))
    # fresh events that gained members later in the same batch need their final view written
    for ev in fresh:
        if len(ev.members) > 1:
            conn.execute(update(events).where(events.c.id == ev.key)
                         .values(**event_columns(ev.view, ev.members)))
    src_rows = []
    for out in outcomes:
        rec = out.record
        if out.new_event:
            reason = {"checks": ["first report of this event"], "score": None, "distance_km": None}
        else:
            reason = out.reason.to_json()
            merged += 1
        conn.execute(update(records).where(records.c.id == rec.key).values(event_id=out.event.key))
        src_rows.append({"event_id": out.event.key, "record_id": rec.key, "document_id": rec.doc,
                         "linked_by": "dedup", "reason": reason, "linked_at": ts})
    if src_rows:
        conn.execute(event_sources.insert(), src_rows)
    return created, merged


def relink_event(conn: Connection, event_id: int) -> None:
    """Recompute an event's merged view from its current members (after an edit, split or merge).

    An event left without records (one a merge absorbed) keeps its last view for the audit
    trail, but no longer has sources nor a confidence of its own.
    """
    ms = load_members(conn, [event_id]).get(event_id, [])
    if not ms:
        conn.execute(update(events).where(events.c.id == event_id)
                     .values(n_sources=0, confidence=None, updated_at=now()))
        return
    ov = conn.execute(select(events.c.overrides).where(events.c.id == event_id)).scalar_one()
    conn.execute(update(events).where(events.c.id == event_id)
                 .values(updated_at=now(), **event_columns(aggregate(ms, event_id), ms, ov)))


__all__ = ["EDITABLE_FIELDS", "best_confidence", "event_columns", "event_uid", "link_batch", "load_members",
           "load_nearby", "relink_event", "MAX_RANGE_DAYS"]
