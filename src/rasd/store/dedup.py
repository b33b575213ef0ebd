"""Linking records from different reports into one event (cross-report deduplication).

The same air strike arrives five times from five outlets, worded five ways.
Two records tell the same event when all four hold:

1. **type**: the same ACLED sub-event type, or a pair listed in
   `data/store/subtype_links.tsv` (e.g. air strike vs shelling: "قصف" covers both);
2. **time**: their date ranges overlap, each widened by its time precision
   (precision 1: the day itself; 2: +/- 3 days; 3: +/- 15 days);
3. **place**: within a radius set by the coarser geo precision (1: 2 km, 2: 10 km,
   3: the same governorate, or 50 km when the governorate is unknown), or the
   same place name when a side has no coordinates;
4. **actors**: on each side the same actor, or one side unknown/"Unidentified ...";
   for armed clashes the sides may come in either order.

and the records come from different documents (one report's records are
distinct events by construction).

Cost: records are compared only with events that share a *block*: a key of
(type group, day, 0.2-degree grid cell | governorate | place name).  A record
looks up a handful of keys per day of its range, so linking grows linearly
with the number of records (see bench/dedup.py), never all pairs.

Casualties are combined the way UCDP combines sources, never summed (the
same deaths are being reported again):
``low`` = the highest low any source supports, ``high`` = the highest high any
source gives, ``best`` = the largest best estimate any source gives, kept
inside [low, high].  A source that gives no number does not vote.

The same code serves the store (which loads the events near a batch of new
records from the database into a `Linker`) and the benchmark (which keeps
everything in memory).
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any, Hashable, Iterable, Iterator

from rasd.model import EVENT_TYPE_OF, Record
from rasd.resources import read_tsv

#: widening of a record's date range by its time precision (days each side)
DATE_SLACK = {1: 0, 2: 3, 3: 15}
#: records whose (widened) range is longer than this are too vague to link
MAX_RANGE_DAYS = 62
#: place radius in km by the coarser of the two geo precisions
RADIUS_KM = {1: 2.0, 2: 10.0, 3: 50.0}
#: grid cell of the spatial blocks, in degrees (about 22 km: a neighbouring cell covers 10 km)
CELL_DEG = 0.2
#: how many cells around a record are searched, by its own geo precision
CELL_REACH = {1: 1, 2: 1, 3: 3}

#: sub-event types whose two sides have no direction (either may be actor1)
SYMMETRIC_TYPES = frozenset({"Armed clash", "Mob violence", "Violent demonstration"})


@lru_cache(maxsize=1)
def subtype_links() -> dict[str, frozenset[str]]:
    """Sub-event type -> the types it may merge with (itself included)."""
    out: dict[str, set[str]] = {t: {t} for t in EVENT_TYPE_OF}
    for row in read_tsv("store/subtype_links.tsv"):
        out.setdefault(row["a"], {row["a"]}).add(row["b"])
        out.setdefault(row["b"], {row["b"]}).add(row["a"])
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def subtype_groups() -> dict[str, int]:
    """Sub-event type -> id of its connected group of linkable types (the block key)."""
    links = subtype_links()
    group: dict[str, int] = {}
    for start in sorted(links):
        if start in group:
            continue
        gid, stack = len(group), [start]
        while stack:
            t = stack.pop()
            if t in group:
                continue
            group[t] = gid
            stack.extend(links.get(t, ()))
    return group


def _group_of(sub: str) -> int:
    groups = subtype_groups()
    return groups.get(sub, hash(sub))


def norm_key(s: str | None) -> str | None:
    """A place/admin name as a comparison key: case, spaces, hyphens and 'al-' do not matter."""
    if not s:
        return None
    k = " ".join(s.replace("-", " ").replace("_", " ").lower().split())
    for prefix in ("al ", "el ", "ad ", "ar ", "as ", "ash ", "at ", "az "):
        if k.startswith(prefix):
            k = k[len(prefix):]
            break
    return k or None


def _day(value: Any) -> int | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value.toordinal()
    try:
        return date.fromisoformat(str(value)[:10]).toordinal()
    except ValueError:
        return None


def is_unidentified(actor: str | None) -> bool:
    return actor is None or actor.startswith("Unidentified")


@dataclass(slots=True)
class Candidate:
    """What linking needs of one record (or of an event's merged view), in compact form.

    Dates are proleptic ordinals (`date.toordinal()`) so that ranges are plain ints.
    """

    key: Hashable
    doc: Hashable
    sub_event_type: str
    start: int | None
    end: int | None
    time_precision: int = 3
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int = 3
    admin1: str | None = None
    location: str | None = None
    actor1: str | None = None
    actor2: str | None = None
    fatalities: int | None = None
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    injured: int | None = None
    injured_low: int | None = None
    injured_high: int | None = None
    civilian_targeting: bool = False
    confidence: float = 0.5
    # the full record fields, when built from a Record (aggregation copies the best one's)
    extra: dict[str, Any] | None = None

    @property
    def event_date(self) -> int | None:
        return self.start if self.start is not None and self.start == self.end else self.start

    @property
    def linkable(self) -> bool:
        return self.start is not None and self.end is not None and self.end - self.start <= MAX_RANGE_DAYS


def candidate_from_record(rec: Record | dict[str, Any], key: Hashable, doc: Hashable,
                          keep: bool = True) -> Candidate:
    """The linking view of a record; `keep` stores the full record dict for aggregation."""
    d = rec.to_dict() if isinstance(rec, Record) else rec
    tp = int(d.get("time_precision") or 3)
    start = _day(d.get("date_start")) or _day(d.get("event_date"))
    end = _day(d.get("date_end")) or _day(d.get("event_date"))
    if start is not None and end is None:
        end = start
    if end is not None and start is None:
        start = end
    if start is not None and start == end:
        slack = DATE_SLACK.get(tp, DATE_SLACK[3])
        start, end = start - slack, end + slack
    if start is not None and end < start:
        start, end = end, start
    return Candidate(
        key=key, doc=doc, sub_event_type=d["sub_event_type"], start=start, end=end,
        time_precision=tp,
        latitude=d.get("latitude"), longitude=d.get("longitude"),
        geo_precision=int(d.get("geo_precision") or 3),
        admin1=norm_key(d.get("admin1")), location=norm_key(d.get("location") or d.get("location_text")),
        actor1=d.get("actor1"), actor2=d.get("actor2"),
        fatalities=d.get("fatalities"), fatalities_low=d.get("fatalities_low"),
        fatalities_high=d.get("fatalities_high"),
        injured=d.get("injured"), injured_low=d.get("injured_low"), injured_high=d.get("injured_high"),
        civilian_targeting=bool(d.get("civilian_targeting")),
        confidence=float(d.get("confidence") or 0.0),
        extra=d if keep else None,
    )


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


@dataclass(slots=True)
class LinkReason:
    """Why a record was put into an event: the four checks as readable sentences, and a score."""

    checks: list[str]
    score: float
    distance_km: float | None = None

    def to_json(self) -> dict[str, Any]:
        return {"checks": self.checks, "score": round(self.score, 4),
                "distance_km": None if self.distance_km is None else round(self.distance_km, 3)}


def _fmt_range(a: int, b: int) -> str:
    da, db = date.fromordinal(a).isoformat(), date.fromordinal(b).isoformat()
    return da if a == b else f"{da}..{db}"


def _actor_ok(x: str | None, y: str | None) -> bool:
    return x == y or is_unidentified(x) or is_unidentified(y)


def compare(rec: Candidate, ev: Candidate) -> LinkReason | None:
    """Whether `rec` tells the same event as `ev` (an event's merged view), and why; None if not."""
    checks: list[str] = []
    score = 0.0
    # 1. type
    if ev.sub_event_type == rec.sub_event_type:
        checks.append(f"same sub-event type ({rec.sub_event_type})")
        score += 1.0
    elif ev.sub_event_type in subtype_links().get(rec.sub_event_type, ()):
        checks.append(f"compatible sub-event types ({rec.sub_event_type} / {ev.sub_event_type})")
        score += 0.5
    else:
        return None
    # 2. time
    if rec.start is None or ev.start is None:
        return None
    lo, hi = max(rec.start, ev.start), min(rec.end, ev.end)
    if lo > hi:
        return None
    span = max(rec.end - rec.start, ev.end - ev.start) + 1
    checks.append(f"dates overlap: {_fmt_range(rec.start, rec.end)} (precision {rec.time_precision}) "
                  f"and {_fmt_range(ev.start, ev.end)} (precision {ev.time_precision})")
    score += (hi - lo + 1) / span
    # 3. place
    coarse = max(rec.geo_precision, ev.geo_precision)
    dist = None
    if rec.latitude is not None and ev.latitude is not None:
        dist = haversine_km(rec.latitude, rec.longitude, ev.latitude, ev.longitude)
        if coarse >= 3 and rec.admin1 and ev.admin1:
            if rec.admin1 != ev.admin1:
                return None
            checks.append(f"same governorate ({rec.admin1}) with a governorate-level place "
                          f"({dist:.1f} km apart)")
            score += 0.5
        else:
            limit = RADIUS_KM.get(coarse, RADIUS_KM[3])
            if dist > limit:
                return None
            checks.append(f"{dist:.1f} km apart (limit {limit:g} km for geo precision "
                          f"{rec.geo_precision}/{ev.geo_precision})")
            score += 1.0 - dist / (limit + 1e-9) * 0.5
    elif rec.location and rec.location == ev.location and (
            not rec.admin1 or not ev.admin1 or rec.admin1 == ev.admin1):
        checks.append(f"same place name ({rec.location}), no coordinates to compare")
        score += 0.75
    elif coarse >= 3 and rec.admin1 and rec.admin1 == ev.admin1:
        checks.append(f"same governorate ({rec.admin1}) with a governorate-level place")
        score += 0.5
    else:
        return None
    # 4. actors
    straight = _actor_ok(rec.actor1, ev.actor1) and _actor_ok(rec.actor2, ev.actor2)
    if straight:
        same = sum(1 for x, y in ((rec.actor1, ev.actor1), (rec.actor2, ev.actor2))
                   if x is not None and x == y and not is_unidentified(x))
        checks.append(_actors_text(rec.actor1, rec.actor2, ev.actor1, ev.actor2))
        score += 0.25 * same
    elif (rec.sub_event_type in SYMMETRIC_TYPES and _actor_ok(rec.actor1, ev.actor2)
          and _actor_ok(rec.actor2, ev.actor1)):
        checks.append(_actors_text(rec.actor1, rec.actor2, ev.actor1, ev.actor2) + " (sides swapped)")
    else:
        return None
    return LinkReason(checks, score, dist)


def _actors_text(a1, a2, b1, b2) -> str:
    def show(x):
        return x or "unknown"
    return (f"actors compatible: {show(a1)} / {show(a2)} vs {show(b1)} / {show(b2)}")


def _combine(values: list[tuple[int | None, int | None, int | None]]) -> tuple[int | None, int | None, int | None]:
    """UCDP-style (best, low, high) from each source's (best, low, high); never a sum."""
    lows, highs, bests = [], [], []
    for best, low, high in values:
        lo = low if low is not None else best
        hi = high if high is not None else best
        b = best if best is not None else low
        if lo is not None:
            lows.append(lo)
        if hi is not None:
            highs.append(hi)
        if b is not None:
            bests.append(b)
    if not (lows or highs or bests):
        return None, None, None
    low = max(lows) if lows else None
    high = max(highs) if highs else None
    if low is not None and high is not None and high < low:
        high = low
    best = max(bests) if bests else (low if low is not None else high)
    if low is not None:
        best = max(best, low)
    if high is not None:
        best = min(best, high)
    return best, low, high


def combine_casualties(members: Iterable[Candidate]) -> dict[str, int | None]:
    """Fatalities and injured of an event from its sources (see the module docstring)."""
    ms = list(members)
    fb, fl, fh = _combine([(m.fatalities, m.fatalities_low, m.fatalities_high) for m in ms])
    ib, il, ih = _combine([(m.injured, m.injured_low, m.injured_high) for m in ms])
    return {"fatalities": fb, "fatalities_low": fl, "fatalities_high": fh,
            "injured": ib, "injured_low": il, "injured_high": ih}


def _vote(values: Iterable[str | None]) -> str | None:
    """The most-cited specific value; an 'Unidentified ...' or missing one only if nothing better."""
    vals = [v for v in values if v is not None]
    specific = [v for v in vals if not is_unidentified(v)]
    pool = specific or vals
    if not pool:
        return None
    counts = Counter(pool)
    best = max(counts.values())
    return next(v for v in pool if counts[v] == best)  # first cited wins a tie: stable


def aggregate(members: list[Candidate], key: Hashable = None) -> Candidate:
    """The merged view of an event from its member records (order = order of linking)."""
    first = members[0]
    if len(members) == 1:
        m = first
        return Candidate(key=key, doc=None, sub_event_type=m.sub_event_type, start=m.start, end=m.end,
                         time_precision=m.time_precision, latitude=m.latitude, longitude=m.longitude,
                         geo_precision=m.geo_precision, admin1=m.admin1, location=m.location,
                         actor1=m.actor1, actor2=m.actor2, fatalities=m.fatalities,
                         fatalities_low=m.fatalities_low, fatalities_high=m.fatalities_high,
                         injured=m.injured, injured_low=m.injured_low, injured_high=m.injured_high,
                         civilian_targeting=m.civilian_targeting, confidence=m.confidence, extra=m.extra)
    sub = _vote(m.sub_event_type for m in members)
    dated = [m for m in members if m.start is not None]
    if dated:
        lo, hi = max(m.start for m in dated), min(m.end for m in dated)
        if lo > hi:  # no common day: keep the span they cover
            lo, hi = min(m.start for m in dated), max(m.end for m in dated)
    else:
        lo = hi = None
    tp = min(m.time_precision for m in members)
    place = min(members, key=lambda m: (m.geo_precision, m.latitude is None))
    cas = combine_casualties(members)
    return Candidate(
        key=key, doc=None, sub_event_type=sub, start=lo, end=hi, time_precision=tp,
        latitude=place.latitude, longitude=place.longitude, geo_precision=place.geo_precision,
        admin1=place.admin1 or _vote(m.admin1 for m in members), location=place.location,
        actor1=_vote(m.actor1 for m in members), actor2=_vote(m.actor2 for m in members),
        civilian_targeting=any(m.civilian_targeting for m in members),
        confidence=max(m.confidence for m in members), extra=place.extra, **cas,
    )


@dataclass(slots=True)
class EventState:
    """An event while linking: its members, the documents they came from, and the merged view."""

    key: Hashable
    members: list[Candidate]
    docs: set = field(default_factory=set)
    view: Candidate | None = None
    frozen_view: bool = False   # a reviewer's edits fix the view (the store applies them)

    def refresh(self) -> None:
        if not self.frozen_view or self.view is None:
            self.view = aggregate(self.members, self.key)


@dataclass(slots=True)
class LinkOutcome:
    """Where one record went: a new event, or an existing one and why."""

    record: Candidate
    event: EventState
    new_event: bool
    reason: LinkReason | None


class Linker:
    """Links records into events through block indices (no all-pairs comparison).

    `add_event` registers existing events (the store loads those near a
    batch); `link(record)` finds the best compatible event or starts a new one.
    """

    def __init__(self, new_key=None) -> None:
        self._cells: dict[tuple, list[EventState]] = {}
        self._admin_vague: dict[tuple, list[EventState]] = {}
        self._admin_all: dict[tuple, list[EventState]] = {}
        self._names: dict[tuple, list[EventState]] = {}
        self._indexed: dict[int, set] = {}
        self.events: list[EventState] = []
        self._new_key = new_key or (lambda rec: ("new", len(self.events)))
        self.comparisons = 0

    # -- index ---------------------------------------------------------------
    def _keys(self, v: Candidate) -> Iterator[tuple[dict, tuple]]:
        if not (v.start is not None and v.end is not None and v.end - v.start <= MAX_RANGE_DAYS):
            return
        g = _group_of(v.sub_event_type)
        cell = None
        if v.latitude is not None:
            cell = (int(math.floor(v.latitude / CELL_DEG)), int(math.floor(v.longitude / CELL_DEG)))
        for day in range(v.start, v.end + 1):
            if cell is not None:
                yield self._cells, (g, day, cell)
            if v.admin1:
                yield self._admin_all, (g, day, v.admin1)
                if v.geo_precision >= 3:
                    yield self._admin_vague, (g, day, v.admin1)
            if v.location:
                yield self._names, (g, day, v.location)

    def _index(self, ev: EventState) -> None:
        seen = self._indexed.setdefault(id(ev), set())
        for table, k in self._keys(ev.view):
            tk = (id(table), k)
            if tk in seen:
                continue
            seen.add(tk)
            table.setdefault(k, []).append(ev)

    def add_event(self, ev: EventState) -> None:
        if ev.view is None:
            ev.refresh()
        self.events.append(ev)
        self._index(ev)

    # -- lookup --------------------------------------------------------------
    def candidates(self, rec: Candidate) -> list[EventState]:
        if not rec.linkable:
            return []
        out: dict[int, EventState] = {}
        g = _group_of(rec.sub_event_type)
        cells = []
        if rec.latitude is not None:
            cy, cx = int(math.floor(rec.latitude / CELL_DEG)), int(math.floor(rec.longitude / CELL_DEG))
            reach = CELL_REACH.get(rec.geo_precision, 3)
            cells = [(cy + dy, cx + dx) for dy in range(-reach, reach + 1) for dx in range(-reach, reach + 1)]
        for day in range(rec.start, rec.end + 1):
            for c in cells:
                for ev in self._cells.get((g, day, c), ()):
                    out[id(ev)] = ev
            if rec.admin1:
                table = self._admin_all if rec.geo_precision >= 3 else self._admin_vague
                for ev in table.get((g, day, rec.admin1), ()):
                    out[id(ev)] = ev
            if rec.location:
                for ev in self._names.get((g, day, rec.location), ()):
                    out[id(ev)] = ev
        return list(out.values())

    def best_match(self, rec: Candidate) -> tuple[EventState | None, LinkReason | None]:
        best, best_reason = None, None
        for ev in self.candidates(rec):
            if rec.doc is not None and rec.doc in ev.docs:
                continue  # one report's records are distinct events
            self.comparisons += 1
            reason = compare(rec, ev.view)
            if reason and (best_reason is None or reason.score > best_reason.score):
                best, best_reason = ev, reason
        return best, best_reason

    def link(self, rec: Candidate) -> LinkOutcome:
        ev, reason = self.best_match(rec)
        if ev is None:
            ev = EventState(key=self._new_key(rec), members=[rec], docs={rec.doc})
            ev.refresh()
            self.add_event(ev)
            return LinkOutcome(rec, ev, True, None)
        ev.members.append(rec)
        ev.docs.add(rec.doc)
        ev.refresh()
        self._index(ev)
        return LinkOutcome(rec, ev, False, reason)
