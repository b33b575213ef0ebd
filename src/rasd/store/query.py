"""Reading merged events back: filters, export rows, DataFrames and explanations.

An event leaves the store as a `StoredEvent`, a `Record` with a few more
fields (its public uid, how many documents support it, their ids and
sources), so the same writers serve `rasd extract` (records of one run) and
`rasd export` (merged events of the store).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterator

from sqlalchemy import Select, and_, func, or_, select

from rasd.ingest import parse_date
from rasd.model import Record, Span
from rasd.store.db import Store, open_store
from rasd.store.schema import documents, event_sources, events, records, reviews


@dataclass(slots=True)
class StoredEvent(Record):
    """A merged event in record shape; `event_id` is the event's uid."""

    n_sources: int = 1
    doc_ids: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    status: str = "active"


@dataclass
class EventFilter:
    """What `rasd export` / `read_events` may narrow on; None means no restriction."""

    since: date | None = None
    until: date | None = None
    bbox: tuple[float, float, float, float] | None = None  # min_lon, min_lat, max_lon, max_lat
    type: str | None = None        # an event type or a sub-event type
    actor: str | None = None       # case-insensitive part of actor1/actor2/assoc actors
    include_rejected: bool = False

    @classmethod
    def build(cls, since=None, until=None, bbox=None, type=None, actor=None,
              include_rejected: bool = False) -> EventFilter:
        """Validate loose user input (strings from the CLI or a notebook)."""
        if isinstance(bbox, str):
            parts = [p for p in bbox.replace(" ", "").split(",") if p]
            if len(parts) != 4:
                raise ValueError("bbox is min_lon,min_lat,max_lon,max_lat (four numbers)")
            try:
                bbox = tuple(float(p) for p in parts)
            except ValueError:
                raise ValueError(f"bbox has a value that is not a number: {bbox!r}") from None
        if bbox is not None:
            bbox = tuple(float(x) for x in bbox)
            if len(bbox) != 4 or bbox[0] > bbox[2] or bbox[1] > bbox[3]:
                raise ValueError("bbox is min_lon,min_lat,max_lon,max_lat with min <= max")
        return cls(since=parse_date(since), until=parse_date(until), bbox=bbox, type=type or None,
                   actor=actor or None, include_rejected=include_rejected)

    def apply(self, q: Select) -> Select:
        c = events.c
        statuses = ["active", "accepted"] + (["rejected"] if self.include_rejected else [])
        q = q.where(c.status.in_(statuses))
        if self.since:
            q = q.where(c.event_date >= self.since)
        if self.until:
            q = q.where(c.event_date <= self.until)
        if self.bbox:
            x0, y0, x1, y1 = self.bbox
            q = q.where(and_(c.longitude >= x0, c.longitude <= x1, c.latitude >= y0, c.latitude <= y1))
        if self.type:
            q = q.where(or_(func.lower(c.event_type) == self.type.lower(),
                            func.lower(c.sub_event_type) == self.type.lower()))
        if self.actor:
            pat = f"%{self.actor.lower()}%"
            q = q.where(or_(*(func.lower(col).like(pat) for col in
                              (c.actor1, c.actor2, c.assoc_actor_1, c.assoc_actor_2))))
        return q


def _iso(v: Any) -> str | None:
    return v.isoformat() if isinstance(v, date) else v


def _sources_of(conn, event_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = {}
    if not event_ids:
        return out
    rows = conn.execute(
        select(records.c.event_id, records.c.id, records.c.data, documents.c.doc_key,
               documents.c.source, documents.c.url, documents.c.published)
        .join(documents, documents.c.id == records.c.document_id)
        .where(records.c.event_id.in_(event_ids)).order_by(records.c.id)
    ).mappings()
    for r in rows:
        out.setdefault(r["event_id"], []).append(dict(r))
    return out


def _to_stored(ev: dict[str, Any], srcs: list[dict[str, Any]]) -> StoredEvent:
    primary = (srcs[0]["data"] if srcs else {}) or {}
    # the source whose place was chosen gives the Arabic place text and the evidence
    for s in srcs:
        d = s["data"] or {}
        if d.get("latitude") == ev["latitude"] and d.get("longitude") == ev["longitude"] and \
                int(d.get("geo_precision") or 3) == ev["geo_precision"]:
            primary = d
            break
    doc_ids = list(dict.fromkeys(s["doc_key"] for s in srcs))
    names = list(dict.fromkeys(s["source"] for s in srcs if s["source"]))
    urls = list(dict.fromkeys(s["url"] for s in srcs if s["url"]))
    weapons = sorted({w for s in srcs for w in (s["data"] or {}).get("weapons") or []})
    targets = sorted({t for s in srcs for t in (s["data"] or {}).get("targets") or []})
    published = min((s["published"] for s in srcs if s["published"]), default=None)
    return StoredEvent(
        event_id=ev["uid"], doc_id=doc_ids[0] if doc_ids else "",
        event_type=ev["event_type"], sub_event_type=ev["sub_event_type"],
        actor1=ev["actor1"], actor2=ev["actor2"],
        actor1_text=primary.get("actor1_text"), actor2_text=primary.get("actor2_text"),
        location=ev["location"], location_text=primary.get("location_text"),
        admin1=ev["admin1"], admin2=ev["admin2"], admin3=ev["admin3"],
        latitude=ev["latitude"], longitude=ev["longitude"], geo_precision=ev["geo_precision"],
        event_date=_iso(ev["event_date"]), date_start=_iso(ev["date_start"]), date_end=_iso(ev["date_end"]),
        time_precision=ev["time_precision"],
        fatalities=ev["fatalities"], fatalities_low=ev["fatalities_low"], fatalities_high=ev["fatalities_high"],
        injured=ev["injured"], injured_low=ev["injured_low"], injured_high=ev["injured_high"],
        civilian_targeting=bool(ev["civilian_targeting"]), weapons=weapons, targets=targets,
        evidence=[Span(e["start"], e["end"], e["text"]) for e in primary.get("evidence") or []],
        # the column the store keeps (its best record's, as the API shows it); an event whose
        # records state none exports the best its sources' data holds, 0.0 when none does
        confidence=(float(ev["confidence"]) if ev.get("confidence") is not None else
                    max((float((s["data"] or {}).get("confidence") or 0) for s in srcs), default=0.0)),
        country=ev["country"], iso=ev["iso"], assoc_actor_1=ev["assoc_actor_1"],
        assoc_actor_2=ev["assoc_actor_2"], gazetteer_id=primary.get("gazetteer_id"),
        published=_iso(published), source="; ".join(names) or None, url=urls[0] if urls else None,
        n_sources=ev["n_sources"], doc_ids=doc_ids, sources=names, urls=urls, status=ev["status"],
    )


def iter_events(store: Store, flt: EventFilter | None = None, page: int = 1000) -> Iterator[StoredEvent]:
    """Merged events matching `flt`, by date then id, read a page at a time."""
    flt = flt or EventFilter()
    last = (None, 0)
    order_date = func.coalesce(events.c.event_date, date(1, 1, 1))
    while True:
        q = flt.apply(select(events, order_date.label("_od")))
        if last[0] is not None:
            q = q.where(or_(order_date > last[0], and_(order_date == last[0], events.c.id > last[1])))
        q = q.order_by(order_date, events.c.id).limit(page)
        with store.engine.connect() as conn:
            rows = [dict(r) for r in conn.execute(q).mappings()]
            srcs = _sources_of(conn, [r["id"] for r in rows])
        if not rows:
            return
        for r in rows:
            yield _to_stored(r, srcs.get(r["id"], []))
        last = (rows[-1]["_od"], rows[-1]["id"])
        if len(rows) < page:
            return


def read_events(db: str | None = None, **filters: Any):
    """Merged events of a store as a pandas DataFrame, one row per event (for notebooks).

        >>> df = rasd.read_events("rasd.db", since="2017-06-01", type="Air/drone strike")

    Filters: since, until, bbox=(min_lon, min_lat, max_lon, max_lat), type, actor,
    include_rejected.  Date columns are pandas datetimes.
    """
    import pandas as pd

    flt = EventFilter.build(**filters)
    with open_store(db) as store:
        rows = [e.to_dict() for e in iter_events(store, flt)]
    df = pd.DataFrame(rows)
    for col in ("event_date", "date_start", "date_end"):
        if col in df:
            df[col] = pd.to_datetime(df[col])
    return df


def find_event_id(conn, ref: str) -> int | None:
    """An event's row id from its uid (or from its number, for convenience)."""
    eid = conn.execute(select(events.c.id).where(events.c.uid == ref)).scalar_one_or_none()
    if eid is None and str(ref).isdigit():
        eid = conn.execute(select(events.c.id).where(events.c.id == int(ref))).scalar_one_or_none()
    return eid


def explain_event(store: Store, ref: str) -> dict[str, Any] | None:
    """Everything behind one event: its merged view, each source with evidence and link reason, reviews."""
    with store.engine.connect() as conn:
        eid = find_event_id(conn, ref)
        if eid is None:
            return None
        ev = dict(conn.execute(select(events).where(events.c.id == eid)).mappings().one())
        rows = conn.execute(
            select(records.c.id, records.c.data, documents.c.doc_key, documents.c.source, documents.c.url,
                   documents.c.published, documents.c.title, event_sources.c.reason,
                   event_sources.c.linked_by, event_sources.c.linked_at)
            .join(documents, documents.c.id == records.c.document_id)
            .join(event_sources, event_sources.c.record_id == records.c.id)
            .where(records.c.event_id == eid).order_by(records.c.id)
        ).mappings().all()
        revs = conn.execute(select(reviews).where(reviews.c.event_id == eid).order_by(reviews.c.id)).mappings().all()
        merged_into = None
        if ev["merged_into"]:
            merged_into = conn.execute(select(events.c.uid).where(events.c.id == ev["merged_into"])).scalar_one()
    return {
        "event": {k: _iso(v) for k, v in ev.items()} | {"merged_into_uid": merged_into},
        "sources": [{
            "record_id": r["id"], "doc_id": r["doc_key"], "source": r["source"], "url": r["url"],
            "published": _iso(r["published"]), "title": r["title"],
            "record": {k: (r["data"] or {}).get(k) for k in (
                "sub_event_type", "event_date", "time_precision", "location", "location_text",
                "latitude", "longitude", "geo_precision", "actor1", "actor2",
                "fatalities", "fatalities_low", "fatalities_high", "injured")},
            "evidence": (r["data"] or {}).get("evidence") or [],
            "linked_by": r["linked_by"], "linked_at": _iso(r["linked_at"]), "reason": r["reason"],
        } for r in rows],
        "reviews": [{k: _iso(v) for k, v in dict(x).items()} for x in revs],
    }


def counts(store: Store) -> dict[str, int]:
    """Rows per table and events by status (for summaries and tests)."""
    with store.engine.connect() as conn:
        out = {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
               for t in (documents, records, events, event_sources, reviews)}
        out["events_live"] = conn.execute(
            select(func.count()).select_from(events).where(events.c.status != "merged")).scalar_one()
    return out
