"""Reviews: a person accepts, rejects, edits, splits or merges events, and the store remembers.

Every action writes one `reviews` row with who, when, what, the event as it
was before and after (JSON) and a comment, so the audit trail answers "why
does this event look like this?".  Automatic merges are reversible: `split`
takes records out of an event into a new one (the new event's link reason
says it was a reviewer), `merge` folds one event into another and marks the
absorbed one `merged` (its sources move; splitting them out again restores
it as a separate event).  The web review calls these functions.
"""
from __future__ import annotations

from typing import Any, Iterable

from sqlalchemy import func, select, update
from sqlalchemy.engine import Connection

from rasd.store.db import Store
from rasd.store.linking import EDITABLE_FIELDS, event_uid, now, relink_event
from rasd.store.schema import documents, event_sources, events, records, reviews

ACTIONS = ("accept", "reject", "edit", "split", "merge")


class ReviewError(ValueError):
    """A review that cannot be applied (unknown event, wrong records, bad field)."""


def _snapshot(conn: Connection, event_id: int) -> dict[str, Any]:
    row = conn.execute(select(events).where(events.c.id == event_id)).mappings().one()
    snap = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in row.items()}
    snap["record_ids"] = list(conn.execute(
        select(records.c.id).where(records.c.event_id == event_id).order_by(records.c.id)).scalars())
    return snap


def _event_id(conn: Connection, ref: int | str) -> int:
    col = events.c.id if isinstance(ref, int) else events.c.uid
    eid = conn.execute(select(events.c.id).where(col == ref)).scalar_one_or_none()
    if eid is None:
        raise ReviewError(f"no event {ref!r}")
    return eid


def _log(conn, event_id, reviewer, action, before, after, comment) -> int:
    return conn.execute(reviews.insert().values(
        event_id=event_id, reviewer=reviewer, created_at=now(), action=action,
        before=before, after=after, comment=comment,
    ).returning(reviews.c.id)).scalar_one()


def _move_records(conn: Connection, record_ids: list[int], target: int, reviewer: str, why: str) -> None:
    ts = now()
    conn.execute(update(records).where(records.c.id.in_(record_ids)).values(event_id=target))
    conn.execute(update(event_sources).where(event_sources.c.record_id.in_(record_ids)).values(
        event_id=target, linked_by=f"review:{reviewer}", linked_at=ts,
        reason={"checks": [why], "score": None, "distance_km": None}))


def _absorbed_event(conn: Connection, eid: int, ids: list[int]) -> int | None:
    """The event that a merge folded into `eid` with exactly these records, if any."""
    for oid in conn.execute(select(events.c.id).where(events.c.merged_into == eid)).scalars():
        snap = conn.execute(
            select(reviews.c.before).where(reviews.c.event_id == oid, reviews.c.action == "merge")
            .order_by(reviews.c.id.desc()).limit(1)).scalar_one_or_none()
        if snap and sorted(snap.get("record_ids") or []) == ids:
            return oid
    return None


def _new_event_for(conn: Connection, record_id: int, before: dict[str, Any]) -> int:
    first = conn.execute(
        select(documents.c.content_hash, records.c.ordinal)
        .join(documents, documents.c.id == records.c.document_id)
        .where(records.c.id == record_id)).one()
    n = conn.execute(select(func.count()).select_from(reviews)).scalar_one()
    ts = now()
    return conn.execute(events.insert().values(
        uid=event_uid(first.content_hash, (first.ordinal + 1) * 100000 + n), status="active",
        event_type=before["event_type"], sub_event_type=before["sub_event_type"],
        geo_precision=3, time_precision=3, civilian_targeting=False, n_sources=0,
        created_at=ts, updated_at=ts,
    ).returning(events.c.id)).scalar_one()


def apply_review(store: Store, event: int | str, action: str, reviewer: str, *,
                 changes: dict[str, Any] | None = None, record_ids: Iterable[int] | None = None,
                 other: int | str | None = None, comment: str | None = None) -> dict[str, Any]:
    """Apply one review action to `event` (id or uid) and log it; returns the event after.

    - accept / reject: set the status (rejected events stay out of exports by default);
    - edit: `changes` = {field: value} for fields in EDITABLE_FIELDS, kept as overrides
      that later merges do not undo;
    - split: move `record_ids` out of `event` into a new event;
    - merge: fold event `other` into `event`.
    """
    if action not in ACTIONS:
        raise ReviewError(f"unknown action {action!r}; one of {', '.join(ACTIONS)}")
    if not reviewer:
        raise ReviewError("a review needs a reviewer name")
    with store.engine.begin() as conn:
        eid = _event_id(conn, event)
        before = _snapshot(conn, eid)
        if before["status"] == "merged":
            raise ReviewError(f"event {before['uid']} was merged into another event; review that one")
        result_id = eid
        if action in ("accept", "reject"):
            conn.execute(update(events).where(events.c.id == eid).values(
                status="accepted" if action == "accept" else "rejected", updated_at=now()))
        elif action == "edit":
            bad = sorted(set(changes or {}) - set(EDITABLE_FIELDS))
            if not changes or bad:
                raise ReviewError(f"edit needs changes to editable fields; not editable: {bad}")
            ov = dict(before.get("overrides") or {})
            ov.update(changes)
            conn.execute(update(events).where(events.c.id == eid).values(overrides=ov))
            relink_event(conn, eid)
        elif action == "split":
            ids = sorted(set(record_ids or ()))
            members = set(before["record_ids"])
            if not ids or not set(ids) <= members:
                raise ReviewError(f"split needs record ids of this event; it has {sorted(members)}")
            if set(ids) == members:
                raise ReviewError("split must leave at least one record in the event")
            new_id = _absorbed_event(conn, eid, ids)
            if new_id is not None:  # undoing a reviewer's merge: the absorbed event comes back
                conn.execute(update(events).where(events.c.id == new_id).values(
                    status="active", merged_into=None, updated_at=now()))
            else:
                new_id = _new_event_for(conn, ids[0], before)
            _move_records(conn, ids, new_id, reviewer, f"split out of event {before['uid']} by {reviewer}")
            relink_event(conn, eid)
            relink_event(conn, new_id)
            result_id = new_id
        elif action == "merge":
            if other is None:
                raise ReviewError("merge needs the other event")
            oid = _event_id(conn, other)
            if oid == eid:
                raise ReviewError("cannot merge an event into itself")
            other_snap = _snapshot(conn, oid)
            _move_records(conn, other_snap["record_ids"], eid, reviewer,
                          f"merged from event {other_snap['uid']} by {reviewer}")
            conn.execute(update(events).where(events.c.id == oid).values(
                status="merged", merged_into=eid, updated_at=now()))
            relink_event(conn, eid)
            relink_event(conn, oid)  # no records left: no sources, no confidence
            _log(conn, oid, reviewer, "merge", other_snap, _snapshot(conn, oid), comment)
        after = _snapshot(conn, result_id)
        if action == "split":
            after = {"remaining": _snapshot(conn, eid), "new": after}
        _log(conn, eid, reviewer, action, before, after, comment)
        return after
