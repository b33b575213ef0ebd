"""The map's and the API's event filters: parsed from query strings, applied as SQL.

The store's `EventFilter` already knows dates, bounding box and actors (what
`rasd export` needs); the web adds what an analyst narrows on while looking
at a map: exact event and sub-event types, governorate and district, free
text (the report's words as well as the coded fields), the extractor's
confidence and the review status.  `ApiFilter.apply` keeps the signature of
`EventFilter.apply`, so the store's own `iter_events` streams exports of
exactly what the page shows.

Every bad value raises `FilterError` naming the parameter, which the API
turns into a 422 with that message.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import Date, Float, Select, bindparam, exists, func, or_

from rasd.model import EVENT_TYPE_OF
from rasd.store.query import EventFilter
from rasd.store.schema import documents, events, records

EVENT_TYPES: tuple[str, ...] = tuple(dict.fromkeys(EVENT_TYPE_OF.values()))
SUB_EVENT_TYPES: tuple[str, ...] = tuple(EVENT_TYPE_OF)
#: review statuses a reader may ask for ("active" = not reviewed yet); merged events are
#: never listed: they live on inside the event that absorbed them
STATUSES: tuple[str, ...] = ("active", "accepted", "rejected")
STATUS_ALIASES = {"unreviewed": ("active",), "all": STATUSES, "live": ("active", "accepted")}
DEFAULT_STATUSES: tuple[str, ...] = ("active", "accepted")


class FilterError(ValueError):
    """A filter value the API refuses; `param` is the query parameter at fault."""

    def __init__(self, param: str, message: str):
        super().__init__(f"{param}: {message}")
        self.param = param
        self.message = message


def _one_of(param: str, value: str | None, allowed: tuple[str, ...]) -> str | None:
    if value is None or not value.strip():
        return None
    by_lower = {a.lower(): a for a in allowed}
    got = by_lower.get(value.strip().lower())
    if got is None:
        raise FilterError(param, f"{value!r} is not one of: {', '.join(allowed)}")
    return got


@dataclass
class ApiFilter:
    """All the narrowing the API offers; None / empty means no restriction.

    Dates, bounding box and actor mean what they mean in the store's
    `EventFilter` (and are parsed by it); `tests/test_api.py` checks that both
    select the same events.
    """

    base: EventFilter = field(default_factory=EventFilter)
    event_type: str | None = None
    sub_event_type: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    text: str | None = None
    min_confidence: float | None = None
    statuses: tuple[str, ...] = DEFAULT_STATUSES

    @classmethod
    def parse(cls, *, bbox: str | None = None, since: str | None = None, until: str | None = None,
              event_type: str | None = None, sub_event_type: str | None = None, actor: str | None = None,
              admin1: str | None = None, admin2: str | None = None, q: str | None = None,
              min_confidence: float | str | None = None, status: str | None = None) -> ApiFilter:
        """Validate loose query-string values; raises FilterError with a readable message."""
        try:
            bb = EventFilter.build(bbox=bbox or None).bbox
        except ValueError as e:
            raise FilterError("bbox", str(e)) from None
        if bb and not (-180 <= bb[0] <= 180 and -180 <= bb[2] <= 180 and -90 <= bb[1] <= 90 and -90 <= bb[3] <= 90):
            raise FilterError("bbox", "longitudes must be within -180..180 and latitudes within -90..90")
        dates = {}
        for name, value in (("since", since), ("until", until)):
            try:
                dates[name] = EventFilter.build(since=value).since
            except ValueError as e:
                raise FilterError(name, f"{e} (expected YYYY-MM-DD)") from None
        if dates["since"] and dates["until"] and dates["since"] > dates["until"]:
            raise FilterError("until", f"{until} is before since={since}")
        conf = None
        if min_confidence not in (None, ""):
            try:
                conf = float(min_confidence)
            except (TypeError, ValueError):
                raise FilterError("min_confidence", f"{min_confidence!r} is not a number") from None
            if not 0.0 <= conf <= 1.0:
                raise FilterError("min_confidence", f"{conf} is outside 0..1")
        for name, value in (("actor", actor), ("admin1", admin1), ("admin2", admin2), ("q", q)):
            if value is not None and len(value) > 200:
                raise FilterError(name, "at most 200 characters")
        return cls(
            base=EventFilter(since=dates["since"], until=dates["until"], bbox=bb,
                             actor=(actor or "").strip() or None, include_rejected=True),
            event_type=_one_of("event_type", event_type, EVENT_TYPES),
            sub_event_type=_one_of("sub_event_type", sub_event_type, SUB_EVENT_TYPES),
            admin1=(admin1 or "").strip() or None, admin2=(admin2 or "").strip() or None,
            text=(q or "").strip() or None, min_confidence=conf, statuses=parse_statuses(status),
        )

    def values(self) -> dict[str, Any]:
        """The bound values of this filter, keyed like the parameters of `conditions`."""
        b = self.base
        out: dict[str, Any] = {"statuses": list(self.statuses)}
        if b.since:
            out["since"] = b.since
        if b.until:
            out["until"] = b.until
        if b.bbox:
            out.update(zip(("x0", "y0", "x1", "y1"), b.bbox))
        if b.actor:
            out["actor"] = f"%{_like_escape(b.actor.lower())}%"
        if self.event_type:
            out["event_type"] = self.event_type
        if self.sub_event_type:
            out["sub_event_type"] = self.sub_event_type
        if self.admin1:
            out["admin1"] = self.admin1.lower()
        if self.admin2:
            out["admin2"] = self.admin2.lower()
        if self.min_confidence is not None:
            out["min_confidence"] = self.min_confidence
        if self.text:
            out["text_low"] = f"%{_like_escape(self.text.lower())}%"
            out["text"] = f"%{_like_escape(self.text)}%"
        return out

    def shape(self) -> frozenset[str]:
        """Which conditions apply (the SQL is built once per shape and cached)."""
        keys = set(self.values())
        return frozenset({"bbox" if k in ("x0", "y0", "x1", "y1") else k for k in keys})

    def apply(self, q: Select) -> Select:
        """Narrow a SELECT over `events` (same contract as the store's EventFilter.apply)."""
        return q.where(*conditions(self.shape())).params(self.values())

    def without_dates(self) -> ApiFilter:
        """The same filter over all dates (the time histogram shows where the range sits)."""
        from dataclasses import replace

        return replace(self, base=replace(self.base, since=None, until=None))


def _like_escape(s: str) -> str:
    """User text matched literally inside LIKE (its % and _ are not wildcards)."""
    return s.replace("/", "//").replace("%", "/%").replace("_", "/_")


@lru_cache(maxsize=256)
def conditions(shape: frozenset[str]) -> tuple:
    """WHERE conditions with bound parameters for one combination of filters.

    Why cached: building SQLAlchemy expressions costs more than running these
    indexed queries on SQLite, and the map sends the same few shapes over and
    over with different values (see bench/api.py).
    """
    c = events.c
    out = [c.status.in_(bindparam("statuses", expanding=True))]
    if "since" in shape:
        out.append(c.event_date >= bindparam("since", type_=Date))
    if "until" in shape:
        out.append(c.event_date <= bindparam("until", type_=Date))
    if "bbox" in shape:
        out += [c.longitude >= bindparam("x0", type_=Float), c.longitude <= bindparam("x1", type_=Float),
                c.latitude >= bindparam("y0", type_=Float), c.latitude <= bindparam("y1", type_=Float)]
    if "actor" in shape:
        out.append(or_(*(func.lower(col).like(bindparam("actor"), escape="/") for col in
                         (c.actor1, c.actor2, c.assoc_actor_1, c.assoc_actor_2))))
    if "event_type" in shape:
        out.append(c.event_type == bindparam("event_type"))
    if "sub_event_type" in shape:
        out.append(c.sub_event_type == bindparam("sub_event_type"))
    if "admin1" in shape:
        out.append(func.lower(c.admin1) == bindparam("admin1"))
    if "admin2" in shape:
        out.append(func.lower(c.admin2) == bindparam("admin2"))
    if "min_confidence" in shape:  # the best source's, kept on the event by the store
        out.append(c.confidence >= bindparam("min_confidence", type_=Float))
    if "text" in shape:
        coded = [func.lower(col).like(bindparam("text_low"), escape="/") for col in
                 (c.location, c.admin1, c.admin2, c.admin3, c.actor1, c.actor2, c.sub_event_type, c.uid)]
        # the report's own words: an Arabic place or actor name finds its events
        in_reports = exists().where(records.c.event_id == c.id, documents.c.id == records.c.document_id,
                                    documents.c.text.like(bindparam("text"), escape="/"))
        out.append(or_(*coded, in_reports))
    return tuple(out)


def parse_statuses(value: str | None) -> tuple[str, ...]:
    """`status=accepted,rejected` / `status=all` / nothing (= not rejected)."""
    if value is None or not value.strip():
        return DEFAULT_STATUSES
    out: list[str] = []
    for part in value.split(","):
        p = part.strip().lower()
        if not p:
            continue
        if p in STATUS_ALIASES:
            out.extend(STATUS_ALIASES[p])
        elif p in STATUSES:
            out.append(p)
        else:
            raise FilterError("status", f"{part.strip()!r} is not one of: "
                                        f"{', '.join(STATUSES + tuple(STATUS_ALIASES))}")
    return tuple(dict.fromkeys(out)) or DEFAULT_STATUSES


def filter_params(flt: ApiFilter) -> dict[str, Any]:
    """The filter back as query parameters (for `next` links)."""
    b = flt.base
    out: dict[str, Any] = {
        "bbox": ",".join(f"{x:g}" for x in b.bbox) if b.bbox else None,
        "since": b.since.isoformat() if b.since else None,
        "until": b.until.isoformat() if b.until else None,
        "event_type": flt.event_type, "sub_event_type": flt.sub_event_type, "actor": b.actor,
        "admin1": flt.admin1, "admin2": flt.admin2, "q": flt.text,
        "min_confidence": flt.min_confidence,
        "status": ",".join(flt.statuses) if flt.statuses != DEFAULT_STATUSES else None,
    }
    return {k: v for k, v in out.items() if v is not None}


__all__ = ["ApiFilter", "FilterError", "EVENT_TYPES", "SUB_EVENT_TYPES", "STATUSES",
           "conditions", "filter_params", "parse_statuses"]
