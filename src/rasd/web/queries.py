"""What the API reads from the store: event pages, one event with its evidence, stats, history.

Built on the store's own query layer (`explain_event`, `iter_events`,
`find_event_id`) and its tables; nothing here writes.  List pages read only
the `events` table (each event's best confidence included, which the store
keeps there), never the records' JSON, so a map of thousands of events stays
cheap; the detail view reads everything about one event.
"""
from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Integer, bindparam, func, select

from rasd.store.db import Store
from rasd.store.query import explain_event, find_event_id
from rasd.store.schema import documents, events, records, reviews
from rasd.web.filters import ApiFilter, conditions

#: the columns of an event in list pages, in this order
LIST_COLUMNS = (
    "uid", "status", "event_type", "sub_event_type", "actor1", "actor2", "location",
    "admin1", "admin2", "admin3", "country", "latitude", "longitude", "geo_precision",
    "event_date", "date_start", "date_end", "time_precision",
    "fatalities", "fatalities_low", "fatalities_high", "injured", "civilian_targeting", "n_sources",
)


def _plain(v: Any) -> Any:
    return v.isoformat() if isinstance(v, (date, datetime)) else v


#: names of a list row's values, in the order `_columns()` selects them
_ROW_KEYS = ("id", *LIST_COLUMNS[1:], "edited", "confidence")


def _row(r: Any) -> dict[str, Any]:
    """A list row; dates stay `date`s (the JSON encoder writes them as ISO days)."""
    out = dict(zip(_ROW_KEYS, r))
    out["edited"] = bool(out["edited"])
    conf = out["confidence"]
    out["confidence"] = None if conf is None else round(float(conf), 3)
    return out


def _columns():
    return [events.c[k] for k in LIST_COLUMNS] + [events.c.overrides, events.c.confidence]


@lru_cache(maxsize=256)
def _page_statement(shape: frozenset[str]):
    # newest first; the tie-breakers follow ix_events_date_place (date, longitude, latitude) so that
    # SQLite walks that index in order and tests the bounding box inside it, without a sort
    c = events.c
    return (select(*_columns()).where(*conditions(shape))
            .order_by(c.event_date.desc().nulls_last(), c.longitude.desc(), c.latitude.desc(), c.id.desc())
            .limit(bindparam("limit", type_=Integer)).offset(bindparam("offset", type_=Integer)))


@lru_cache(maxsize=256)
def _count_statement(shape: frozenset[str]):
    return select(func.count()).select_from(events).where(*conditions(shape))


def list_events(store: Store, flt: ApiFilter, limit: int, offset: int) -> tuple[int, list[dict[str, Any]]]:
    """(total matching, one page of events newest first)."""
    shape, values = flt.shape(), flt.values()
    with store.engine.connect() as conn:
        rows = [_row(r) for r in conn.execute(_page_statement(shape), values | {"limit": limit, "offset": offset})]
        if 0 < len(rows) < limit or (offset == 0 and not rows):
            total = offset + len(rows)  # a short page is the last one: no need to count
        else:
            total = conn.execute(_count_statement(shape), values).scalar_one()
    return total, rows


@lru_cache(maxsize=1)
def _summary_statement():
    return select(*_columns()).where(events.c.id == bindparam("eid"))


def event_summary(store: Store, ref: str) -> dict[str, Any] | None:
    """One event as it appears in list pages (any status)."""
    with store.engine.connect() as conn:
        eid = find_event_id(conn, ref)
        if eid is None:
            return None
        r = conn.execute(_summary_statement(), {"eid": eid}).one()
    return _row(r)


def _counts(conn, q, values) -> list[dict[str, Any]]:
    return [{"key": _plain(k), "n": n} for k, n in conn.execute(q, values)]


@lru_cache(maxsize=64)
def _stats_statements(shape: frozenset[str]) -> dict[str, Any]:
    sub = (select(events.c.id, events.c.event_date, events.c.event_type, events.c.sub_event_type,
                  events.c.admin1, events.c.status, events.c.fatalities)
           .where(*conditions(shape)).subquery())

    def by(col):
        return select(col, func.count()).group_by(col).order_by(func.count().desc(), col)

    return {
        "totals": select(func.count(), func.coalesce(func.sum(sub.c.fatalities), 0)),
        "by_day": select(sub.c.event_date, func.count()).where(sub.c.event_date.is_not(None))
        .group_by(sub.c.event_date).order_by(sub.c.event_date),
        "by_event_type": by(sub.c.event_type),
        "by_sub_event_type": by(sub.c.sub_event_type),
        "by_admin1": by(sub.c.admin1),
        "by_status": by(sub.c.status),
    }


def stats(store: Store, flt: ApiFilter) -> dict[str, Any]:
    """Counts by day, type, sub-event type, governorate and status, for the page's charts."""
    qs, values = _stats_statements(flt.shape()), flt.values()
    with store.engine.connect() as conn:
        total, killed = conn.execute(qs["totals"], values).one()
        out: dict[str, Any] = {"total": total, "fatalities": int(killed or 0)}
        for key in ("by_day", "by_event_type", "by_sub_event_type", "by_admin1", "by_status"):
            out[key] = _counts(conn, qs[key], values)
    return out


def event_detail(store: Store, ref: str) -> dict[str, Any] | None:
    """One event, every source with its evidence and a link to its document, and its reviews."""
    info = explain_event(store, ref)
    if info is None:
        return None
    ev = info["event"]
    rec_ids = [s["record_id"] for s in info["sources"]]
    with store.engine.connect() as conn:
        extra = {r.id: r for r in conn.execute(
            select(records.c.id, records.c.document_id, records.c.data["confidence"].as_float().label("confidence"),
                   records.c.data["actor1_text"].as_string().label("actor1_text"),
                   records.c.data["actor2_text"].as_string().label("actor2_text"))
            .where(records.c.id.in_(rec_ids)))} if rec_ids else {}
    sources = []
    for s in info["sources"]:
        x = extra[s["record_id"]]
        sources.append({
            "record_id": s["record_id"],
            "document": {"id": x.document_id, "href": f"/api/documents/{x.document_id}", "doc_id": s["doc_id"],
                         "title": s["title"], "source": s["source"], "url": s["url"], "published": s["published"]},
            "record": s["record"] | {"actor1_text": x.actor1_text, "actor2_text": x.actor2_text,
                                    "confidence": x.confidence},
            "evidence": s["evidence"],
            "linked_by": s["linked_by"], "linked_at": s["linked_at"], "reason": s["reason"],
        })
    event = {k: v for k, v in ev.items() if k not in ("id", "uid", "merged_into", "merged_into_uid", "location_key")}
    conf = ev["confidence"]  # the best source's, as in list pages
    event = {"id": ev["uid"], **event, "merged_into": ev["merged_into_uid"],
             "confidence": None if conf is None else round(conf, 3)}
    return {"event": event, "sources": sources, "history": [history_entry(r) for r in info["reviews"]],
            "links": {"self": f"/api/events/{ev['uid']}", "history": f"/api/events/{ev['uid']}/history"}}


#: snapshot keys that are bookkeeping, not something a reviewer changed
_NOT_CHANGES = {"updated_at", "created_at", "id", "location_key"}


def _diff(before: dict | None, after: dict | None) -> list[dict[str, Any]]:
    before, after = before or {}, after or {}
    keys = [k for k in dict.fromkeys([*before, *after]) if k not in _NOT_CHANGES]
    return [{"field": k, "before": before.get(k), "after": after.get(k)}
            for k in keys if before.get(k) != after.get(k)]


def history_entry(r: dict[str, Any]) -> dict[str, Any]:
    """A review row with the fields that changed spelled out (before -> after)."""
    before, after = r.get("before"), r.get("after")
    new_event = None
    if isinstance(after, dict) and "remaining" in after:  # a split: the event kept, the event made
        new_event = (after.get("new") or {}).get("uid")
        after = after.get("remaining")
    return {"id": r["id"], "reviewer": r["reviewer"], "created_at": _plain(r["created_at"]),
            "action": r["action"], "comment": r["comment"], "changes": _diff(before, after),
            "new_event": new_event, "before": r.get("before"), "after": r.get("after")}


def event_history(store: Store, ref: str) -> list[dict[str, Any]] | None:
    with store.engine.connect() as conn:
        eid = find_event_id(conn, ref)
        if eid is None:
            return None
        rows = conn.execute(select(reviews).where(reviews.c.event_id == eid).order_by(reviews.c.id)).mappings().all()
    return [history_entry(dict(r)) for r in rows]


def document(store: Store, doc_id: int) -> dict[str, Any] | None:
    """A stored report: its original text unchanged, where it came from, and the events it supports."""
    with store.engine.connect() as conn:
        row = conn.execute(select(documents).where(documents.c.id == doc_id)).mappings().one_or_none()
        if row is None:
            return None
        uids = list(conn.execute(
            select(events.c.uid).join(records, records.c.event_id == events.c.id)
            .where(records.c.document_id == doc_id).distinct().order_by(events.c.uid)).scalars())
    return {"id": row["id"], "doc_id": row["doc_key"], "title": row["title"], "source": row["source"],
            "url": row["url"], "published": _plain(row["published"]), "ingested_at": _plain(row["ingested_at"]),
            "status": row["status"], "status_reason": row["status_reason"], "content_hash": row["content_hash"],
            "events": uids, "text": row["text"]}
