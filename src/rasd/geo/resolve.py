"""Choosing one reading per place mention, the way a careful coder would.

For every mention the gazetteer gives candidate entries (same name, several
places; same place, several levels).  Each candidate is scored from evidence
a human coder would use, in this order of weight:

1. the report says what contains it (`parent_name`: "حي الجورة في مدينة دير الزور");
2. the type word (حي -> neighbourhood, بلدة -> town, حقل -> oil field ...);
3. the document: governorates and unambiguous towns named elsewhere in the
   text, the dateline, the country the extractor guessed;
4. spatial coherence: readings near the other places of the same report;
5. priors: a town over the sub-district of the same name (a point beats a
   polygon), bigger places over smaller ones.

The chosen reading's point and precision follow SPEC: 1 for the named place's
own point, 2 for "near/rural/outskirts", an inherited or approximate point, or
a district; 3 for a governorate, region or country.  A place the gazetteer does
not know is kept as written, placed (precision 3, or 2 beside a named town) on
the nearest admin the report names, or left without a point -- never invented.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Sequence
from weakref import WeakKeyDictionary

import numpy as np

from rasd.geo.entry import SETTLEMENT_LEVELS, Entry, haversine_km
from rasd.geo.gazetteer import Candidate, Gazetteer
from rasd.model import GeoResult, PlaceMention
from rasd.resources import read_tsv

_PAREN = re.compile(r"\s*\([^)]*\)")

#: type-word hint -> levels it names
KIND_LEVELS: dict[str, frozenset[str]] = {
    "neighbourhood": frozenset({"neighbourhood"}),
    "town": SETTLEMENT_LEVELS,
    "village": SETTLEMENT_LEVELS,
    "city": frozenset({"town"}),
    "governorate": frozenset({"admin1"}),
    "district": frozenset({"admin2"}),
    "subdistrict": frozenset({"admin3"}),
    "site": frozenset({"site"}),
    "oil field": frozenset({"site"}),
    "gas field": frozenset({"site"}),
    "airport": frozenset({"site"}),
    "base": frozenset({"site"}),
    "camp": frozenset({"site", "neighbourhood"}),
    "dam": frozenset({"site"}),
    "crossing": frozenset({"site"}),
    "region": frozenset({"admin1", "admin2", "admin3", "region"}),
    "area": frozenset({"admin1", "admin2", "admin3", "region", "town", "village", "neighbourhood", "site"}),
    "country": frozenset({"country"}),
}
#: prior by level when nothing else decides: a place with its own point first
LEVEL_PRIOR = {"town": 0.12, "village": 0.10, "neighbourhood": 0.06, "site": 0.08,
               "admin1": 0.10, "admin2": 0.07, "admin3": 0.04, "region": 0.05, "country": 0.09}

W_PARENT_IN, W_PARENT_OUT = 0.6, -0.35
W_KIND_OK, W_KIND_BAD = 0.3, -0.3
W_DOC_ADMIN1, W_DOC_ADMIN2, W_DATELINE = 0.25, 0.1, 0.3
W_COUNTRY_OK, W_COUNTRY_BAD, W_DOC_COUNTRY = 0.3, -0.4, 0.15
W_NEAR, NEAR_KM = 0.3, 150.0
W_RURAL_ADMIN = 0.3
#: how far from a region's point a place of the same governorate still counts as inside it
REGION_KM = 40.0

#: the fixed weights as a shown reason writes them ("+0.30"): formatting the float is most of
#: the cost of writing a reason out, and most reasons carry one of these (zero is left out:
#: -0.0 would find it and print "+0.00")
_SIGNED = {w: f"{w:+.2f}" for w in (
    *LEVEL_PRIOR.values(), W_PARENT_IN, W_PARENT_OUT, W_KIND_OK, W_KIND_BAD, W_DOC_ADMIN1,
    W_DOC_ADMIN2, W_DATELINE, W_COUNTRY_OK, W_COUNTRY_BAD, W_DOC_COUNTRY, W_NEAR, W_RURAL_ADMIN) if w}


@dataclass(slots=True)
class Reading:
    """A candidate with its score and the reasons that made it.

    Reasons are kept as (weight, template, arguments) and written out only for the readings
    that are shown (the chosen one, `rasd gazetteer lookup`): most readings of most mentions
    lose, and formatting every weighed reason of every one of them was a visible cost.
    """

    cand: Candidate
    score: float = 0.0
    reasons: list[tuple[float | None, str, tuple]] = field(default_factory=list)
    #: the candidate's entry, a plain attribute: scoring, coherence and sorting read it
    #: hundreds of times per report (given by the caller, which has it at hand: a
    #: `__post_init__` was a call more for each of some 40 readings per report)
    entry: Entry = field(default=None, repr=False, compare=False)  # type: ignore[assignment]

    def add(self, w: float, reason: str, *args: object) -> None:
        """Add weight `w`; `reason` is a str.format template filled with `args` when shown."""
        self.score += w
        if reason:
            self.reasons.append((w, reason, args))

    @property
    def why(self) -> list[str]:
        # (each reason from the table, `_reason_text` only for one not written yet: the
        #  chosen reading of every mention is written out, with half a dozen reasons)
        known = _REASON_TEXT
        return [known.get(key) or _reason_text(*key) for key in self.reasons]


#: (weight, template, arguments) -> the reason as shown; the chosen reading of every mention is
#: written out, and nearly all of its reasons recur from report to report ("country hint SY
#: +0.30", "Aleppo named in the report +0.25"); bounded, since distances vary without end
_REASON_TEXT: dict[tuple, str] = {}


def _reason_text(w: float | None, reason: str, args: tuple) -> str:
    key = (w, reason, args)
    got = _REASON_TEXT.get(key)
    if got is None:
        got = reason.format(*args) if w is None else f"{reason.format(*args)} {_SIGNED.get(w) or format(w, '+.2f')}"
        if len(_REASON_TEXT) >= 50_000:
            _REASON_TEXT.clear()
        _REASON_TEXT[key] = got
    return got


@dataclass
class DocContext:
    """What the whole report says about where it is."""

    admin1: Counter
    admin2: Counter
    countries: Counter
    anchors: list[Entry]          # places the report names unambiguously, with a point
    dateline_admin1: set[str]
    country_hint: str | None
    #: the gazetteer's caches (`_entry_facts`, `_mention_part`), fetched once per report: a
    #: weakly keyed lookup for every mention and reading was a visible cost
    facts: dict = field(default_factory=dict, repr=False)
    parts: dict = field(default_factory=dict, repr=False)
    found: dict = field(default_factory=dict, repr=False)   # (`_found_of`)
    cells: dict = field(default_factory=dict, repr=False)   # (`_cell`, `_cells_of`)
    contains: dict = field(default_factory=dict, repr=False)   # (`_contains_of`)
    #: the reason a reading gets for lying in an admin1 / admin2 the report names, per unit of
    #: `admin1` / `admin2`, written once per report by `document_context` (scoring asks for
    #: one for most readings of most mentions)
    admin1_named: dict = field(default_factory=dict, repr=False)
    admin2_named: dict = field(default_factory=dict, repr=False)
    #: `admin1` without the units of other countries than `country_hint` (`_unknown`), once a report
    own_admin1: Counter | None = field(default=None, repr=False)
    #: the one city or town a plain dateline names (its entry id), the home of the quarters the
    #: gazetteer lacks ("الجنينة - ... حي الجمارك")
    dateline_town: str | None = None
    #: (container id, entry id) pairs `_parents_abroad` found near each other in one unit
    inside_abroad: set = field(default_factory=set, repr=False)


def _admin1_of(gaz: Gazetteer, e: Entry) -> str:
    return e.admin1 or (e.id if e.level == "admin1" else "")


def _memo(store: WeakKeyDictionary, gaz: Gazetteer, limit: int | None = None) -> dict:
    """The memo `store` keeps for `gaz` (the resolver's caches are per gazetteer: its entries do
    not change once loaded, an imported gazetteer is a new one), begun again once it holds
    `limit` answers."""
    table = store.get(gaz)
    if table is None or (limit is not None and len(table) >= limit):
        table = store[gaz] = {}
    return table


def document_context(gaz: Gazetteer, ctx) -> DocContext:
    """Admins, countries and anchor points named in the text, from unambiguous names only.

    A name with readings in two governorates says nothing about which
    governorate the report is about, so it does not vote.
    """
    a1: Counter = Counter()
    a2: Counter = Counter()
    cc: Counter = Counter()
    anchors: list[Entry] = []
    text = getattr(ctx, "text", "") or ""
    votes = _memo(_VOTES, gaz)
    for hit in _cached_hits(gaz, text):
        if hit.common_word:
            continue
        vote = votes.get(hit.entry_ids)
        if vote is None:
            vote = votes[hit.entry_ids] = _vote(gaz, hit.entry_ids)
        one_country, country, gov, dist, anchor = vote
        if one_country:
            cc[country] += 1
        if gov is not None:
            a1[gov] += 1
            if dist is not None:
                a2[dist] += 1
            if anchor is not None:
                anchors.append(anchor)
    dl: set[str] = set()
    dateline = getattr(ctx, "dateline", None)
    if dateline:
        towns: set[str] = set()
        cities: set[str] = set()
        town_ids: dict[str, set[str]] = {}
        bare: set[str] = set()   # countries of the dateline's towns without an admin1 unit
        for c in gaz.lookup(dateline):
            if c.match >= 0.95 and c.entry.level != "country":
                a = _admin1_of(gaz, c.entry)
                if not a and c.entry.level in SETTLEMENT_LEVELS:
                    bare.add(c.entry.country)
                if a:
                    dl.add(a)
                    if c.entry.level in SETTLEMENT_LEVELS:
                        towns.add(a)
                        town_ids.setdefault(a, set()).add(c.entry.id)
                        if c.entry.kind == "city":
                            cities.add(a)
        hint = getattr(ctx, "country_hint", None)
        if bare and dl and hint in bare and not any(getattr(gaz.get(a), "country", None) == hint for a in dl):
            # "القاهرة - " in a report about Egypt: its capital, whose units the gazetteer lacks, not
            # Taiz's al-Qahira district; the dateline says no governorate (q88-egypt)
            dl = set()
        if len(dl) > 1 and hint:
            # "السويداء - " in a report about Syria: the Syrian city's units, not a Yemeni
            # village's of the same name
            # (a town's, not a quarter's: "السليمانية - " is Iraq's city though the report is
            #  read as Syrian, not Aleppo's quarter)
            here = {a for a in towns if (u := gaz.get(a)) is not None and u.country == hint}
            if len(here) == 1:
                dl = towns = here
        if len(dl) > 1:
            # a dateline names a city: "صنعاء - " is the capital (in Amanat al-Asimah), not the
            # governorate around it that bears its name; "الجنينة - " is Geneina's city, not a
            # Syrian village of that name; otherwise an ambiguous dateline says nothing
            dl = towns if len(towns) == 1 else cities if len(cities) == 1 else set()
    parts = _memo(_MENTION_PARTS, gaz, 200_000)
    # (a unit counted here is named: the counts are never zero)
    named1 = {a: (W_DOC_ADMIN1, "{} named in the report", (gaz.name_en(a),)) for a in a1}
    named2 = {a: (W_DOC_ADMIN2, "district {} named", (gaz.name_en(a),)) for a in a2}
    home = town_ids.get(next(iter(dl))) if dateline and len(dl) == 1 else None
    return DocContext(a1, a2, cc, anchors, dl, getattr(ctx, "country_hint", None),
                      facts=_facts_of(gaz), parts=parts, found=_found_of(gaz), cells=_cells_of(gaz),
                      contains=_memo(_CONTAINS, gaz, 200_000),
                      admin1_named=named1, admin2_named=named2,
                      dateline_town=next(iter(home)) if home and len(home) == 1 else None)


#: per gazetteer: a name's entry ids -> its vote (`_vote`); reports name the same places
#: again and again, and the vote depends on the entries only
_VOTES: WeakKeyDictionary[Gazetteer, dict[tuple[str, ...], tuple]] = WeakKeyDictionary()


def _vote(gaz: Gazetteer, entry_ids: tuple[str, ...]
          ) -> tuple[bool, str | None, str | None, str | None, Entry | None]:
    """What one name found in the text says about the report: (do its readings agree on a
    country, that country, its governorate, its district, its anchor point); the last three
    are None when the readings disagree or lack them, and the district and the anchor count
    only with the governorate."""
    ents = [gaz.entries[i] for i in entry_ids]
    govs = {_admin1_of(gaz, e) for e in ents if e.level != "country"}
    countries = {e.country for e in ents}
    one_country = len(countries) == 1
    country = next(iter(countries)) if one_country else None
    if not (len(govs) == 1 and "" not in govs):
        return one_country, country, None, None, None
    dists = {e.admin2 for e in ents if e.admin2}
    pts = [e for e in ents if e.has_point and e.level in ("town", "village", "neighbourhood", "site")]
    return (one_country, country, next(iter(govs)), next(iter(dists)) if len(dists) == 1 else None,
            max(pts, key=lambda e: e.population or 0) if pts else None)


_HIT_CACHE: dict[str, list] = {}


def _cached_hits(gaz: Gazetteer, text: str) -> list:
    """find_names over the document, memoised: the extractor resolves one report in several calls."""
    if not text:
        return []
    hits = _HIT_CACHE.get(text)
    if hits is None:
        if len(_HIT_CACHE) > 16:
            _HIT_CACHE.clear()
        hits = gaz.find_names(text)
        _HIT_CACHE[text] = hits
    return hits


def _contains(gaz: Gazetteer, outer: Entry, inner: Entry) -> bool:
    """Is `inner` part of `outer` (admin membership, parent link, or within a town's reach)?"""
    if inner.id == outer.id:
        return False
    if outer.id in (inner.admin1, inner.admin2, inner.admin3, inner.parent):
        return True
    if outer.level == "country":
        return inner.country == outer.country
    if outer.level == "region":
        # a region has no boundary in the gazetteer: what lies in its governorate and near
        # its point is taken to be in it ("دوما في الغوطة الشرقية")
        return bool(outer.admin1) and inner.admin1 == outer.admin1 and (
            not (inner.has_point and outer.has_point)
            or haversine_km(inner.lat, inner.lon, outer.lat, outer.lon) <= REGION_KM)
    if outer.level in SETTLEMENT_LEVELS and inner.has_point and outer.has_point:
        return haversine_km(inner.lat, inner.lon, outer.lat, outer.lon) <= 15.0
    return False


#: per gazetteer: (outer id, inner id) -> `_contains(gaz, outer, inner)`; the same places are
#: named inside the same containers in report after report, and a town's reach is a distance
_CONTAINS: WeakKeyDictionary[Gazetteer, dict[tuple[str, str], bool]] = WeakKeyDictionary()


def _outside(gaz: Gazetteer, e: Entry, parents: list[Entry]) -> bool:
    """Neither inside any of the named parents nor one of them (nor the seat of one).

    (A quarter is the seat of no town: "حي الأشرفية في مدينة عفرين" is not Aleppo's quarter of
    that name because Afrin lies in Aleppo governorate too.)"""
    city = gaz.get(e.parent) if e.level == "neighbourhood" and e.parent else None
    return not any(p.id == e.id or (_same_place(p, e) and not (
        city is not None and city.admin2 and p.admin2 and city.admin2 != p.admin2))
                   or _contains(gaz, p, e) for p in parents)


def _same_place(a: Entry, b: Entry) -> bool:
    """A town and the admin unit it is the seat of (same name, same governorate)."""
    return a.id != b.id and a.country == b.country and _admin_key(a) == _admin_key(b)


def _admin_key(e: Entry) -> str:
    return e.admin1 or e.id


#: per gazetteer: entry id -> the reading of an entry the extractor found the name of in the
#: text (`_candidates`); the same places are found in report after report, and a Candidate is
#: never changed once made
_FOUND: WeakKeyDictionary[Gazetteer, dict[str, Candidate]] = WeakKeyDictionary()


def _found_of(gaz: Gazetteer) -> dict[str, Candidate]:
    return _memo(_FOUND, gaz, 200_000)


#: per gazetteer: entry id -> the 0.1-degree cell of its point (`_cell`)
_CELLS: WeakKeyDictionary[Gazetteer, dict[str, tuple[float, float]]] = WeakKeyDictionary()


def _cells_of(gaz: Gazetteer) -> dict[str, tuple[float, float]]:
    return _memo(_CELLS, gaz, 200_000)


def _candidates(gaz: Gazetteer, m: PlaceMention, found: dict[str, Candidate] | None = None) -> list[Candidate]:
    """The readings of a mention; `found` is `_found_of(gaz)`, if at hand."""
    if found is None:
        found = _found_of(gaz)
    cands: dict[str, Candidate] = {}
    if m.qualifier == "rural" and m.name:
        # "ريف دمشق" is itself a governorate's name
        for c in gaz.lookup("ريف " + m.name):
            if c.match >= 0.95:
                cands[c.entry.id] = Candidate(c.entry, 1.0, "exact (with ريف)")
        if cands:
            return list(cands.values())
    for i in m.gazetteer_ids:
        c = found.get(i)
        if c is None:
            e = gaz.get(i)
            if e is None:
                continue
            c = found[i] = Candidate(e, 1.0, "found in text")
        cands[i] = c
    if m.name:
        for c in gaz.lookup(m.name):
            if c.entry.id not in cands:
                cands[c.entry.id] = c
    return list(cands.values())


#: per gazetteer: (entry id, match, how, kind, qualifier) -> the score and reasons a reading
#: has before the document is looked at (`_mention_part`)
_MENTION_PARTS: WeakKeyDictionary[Gazetteer, dict[tuple, tuple[float, tuple]]] = WeakKeyDictionary()


def _mention_part(c: Candidate, kind: str | None, qualifier: str | None) -> tuple[float, tuple]:
    """The score and reasons of a candidate from the name, the type word and the qualifier alone.

    They depend on nothing in the document, and reports name the same places with the same
    type words again and again.  The weights are added in the same order as the document's
    after them (a float sum depends on its order), starting from the match.
    """
    e = c.entry
    r = Reading(c, c.match, [(None, "name {}", (c.how,))], e)
    r.add(LEVEL_PRIOR.get(e.level, 0.0), "{}", e.level)
    if e.population:
        r.add(min(0.08, 0.012 * math.log10(e.population + 1)), "")
    levels = KIND_LEVELS.get(kind or "", None)
    if levels is not None:
        if e.level in levels:
            r.add(W_KIND_OK, "type word {}", kind)
            if kind in ("oil field", "gas field", "airport", "base", "camp", "dam", "crossing") and e.kind:
                if e.kind == kind:
                    r.add(0.1, "site kind {}", e.kind)
        else:
            r.add(W_KIND_BAD, "type word {} vs {}", kind, e.level)
    if qualifier == "rural" and e.level in ("admin1", "admin2"):
        r.add(W_RURAL_ADMIN if e.level == "admin1" else W_RURAL_ADMIN - 0.05, "ريف = the unit's countryside")
    return r.score, tuple(r.reasons)


def _score(gaz: Gazetteer, m: PlaceMention, cands: list[Candidate], doc: DocContext,
           parents: list[Entry]) -> list[Reading]:
    out = []
    parts = doc.parts
    kind, qualifier, hint = m.kind, m.qualifier, doc.country_hint
    admin1_named, admin2_named, contains = doc.admin1_named, doc.admin2_named, doc.contains
    for c in cands:
        e = c.entry
        key = (e.id, c.match, c.how, kind, qualifier)
        part = parts.get(key)
        if part is None:
            part = parts[key] = _mention_part(c, kind, qualifier)
        # the document's weights, added in order as `Reading.add` would (written out: the
        # calls were a visible share of scoring, some 40 readings per report)
        score, reasons = part[0], list(part[1])
        if parents:
            inside = []
            for p in parents:
                got = contains.get((p.id, e.id))
                if got is None:
                    got = contains[p.id, e.id] = _contains(gaz, p, e)
                if got or doc.inside_abroad and (p.id, e.id) in doc.inside_abroad:
                    inside.append(p)
            if inside:
                score += W_PARENT_IN
                reasons.append((W_PARENT_IN, "inside {}", (inside[0].name_en or inside[0].name_ar,)))
            elif not _any_same_place(parents, e):
                score += W_PARENT_OUT
                reasons.append((W_PARENT_OUT, "not inside the named parent", ()))
        a1 = e.admin1 or (e.id if e.level == "admin1" else "")   # (_admin1_of)
        named = admin1_named.get(a1) if a1 else None
        if named is not None:
            score += W_DOC_ADMIN1
            reasons.append(named)
        named = admin2_named.get(e.admin2) if e.admin2 else None
        if named is not None:
            score += W_DOC_ADMIN2
            reasons.append(named)
        if a1 and a1 in doc.dateline_admin1:
            score += W_DATELINE
            reasons.append((W_DATELINE, "dateline", ()))
        if hint:
            if e.country == hint:
                score += W_COUNTRY_OK
                reasons.append((W_COUNTRY_OK, "country hint {}", (hint,)))
            else:
                score += W_COUNTRY_BAD
                reasons.append((W_COUNTRY_BAD, "country hint {} vs {}", (hint, e.country)))
        elif doc.countries:
            top, n = doc.countries.most_common(1)[0]
            if e.country == top:
                score += W_DOC_COUNTRY
                reasons.append((W_DOC_COUNTRY, "report is about {}", (top,)))
        out.append(Reading(c, score, reasons, e))
    if len(out) > 1:   # (a sort asks the key of a lone reading too)
        out.sort(key=_best_first)
    return out


def _best_first(r: Reading) -> tuple[float, str]:
    """The order of a mention's readings: best score first, then by entry id (one function for
    every sort, not a lambda made anew for each of ~25 sorts a report)."""
    return -r.score, r.entry.id


def _any_same_place(parents: list[Entry], e: Entry) -> bool:
    """`any(_same_place(p, e) or p.id == e.id for p in parents)`, as a loop (a generator costs ~2.5 k
    instructions)."""
    for p in parents:
        if _same_place(p, e) or p.id == e.id:
            return True
    return False


def _coherence(all_readings: list[list[Reading]], doc: DocContext) -> None:
    """Prefer, for each ambiguous mention, the reading nearest to the report's other places.

    A report names the same places again and again, so the other places are taken once each
    (with how many mentions chose them), and the distances from every reading to every other
    place are computed as one array per report: the cost grows with readings x distinct
    places, not with mentions squared, and the array work is paid once, not per reading.
    """
    chosen = [rs[0].entry if rs else None for rs in all_readings]
    pool: dict[str, Entry] = {}
    times: dict[str, int] = {}
    for e in chosen:
        if e is not None and e.has_point and e.level not in ("country", "admin1"):
            pool.setdefault(e.id, e)
            times[e.id] = times.get(e.id, 0) + 1
    anchors = {a.id: a for a in doc.anchors if a.id not in pool}
    columns = list(pool.values()) + list(anchors.values())
    if not columns:
        return
    col_of = {e.id: i for i, e in enumerate(columns)}
    # per ambiguous name: its readings and the columns left out for it, in order
    todo: list[tuple[list[Reading], list[int]]] = []
    done: set[int] = set()
    cells = doc.cells
    for k, rs in enumerate(all_readings):
        if len(rs) < 2 or id(rs) in done:
            continue   # (mentions that share a readings list are adjusted once)
        done.add(id(rs))
        # all its readings in one 0.1-degree cell (a missing coordinate as 0): nothing to choose
        # by distance; settled at the first reading that differs, usually the second
        # (each entry's cell from `doc.cells`: a float rounded to a decimal is a correctly
        #  rounded conversion, some thousands of instructions, asked ~80 times a report)
        lat0, lon0 = cells.get(rs[0].entry.id) or _cell(rs[0].entry, cells)
        for r in rs:
            lat, lon = cells.get(r.entry.id) or _cell(r.entry, cells)
            if lat != lat0 or lon != lon0:
                break
        else:
            continue
        # the places chosen for the other mentions (this one's own choice only if another
        # mention chose it too), and the report's anchors that are not readings of this name
        left_out = set()
        own = chosen[k].id if chosen[k] is not None else None
        if own in pool and times[own] <= 1:
            left_out.add(col_of[own])
        for r in rs:
            if r.entry.id in anchors:
                left_out.add(col_of[r.entry.id])
        if len(left_out) < len(columns):
            todo.append((rs, sorted(left_out)))
    if not todo:
        return
    # every reading with a point: its row of the array (one per entry), and the columns left
    # out for its name (set to infinity before the minimum of each row is taken), in one pass
    rows: dict[str, int] = {}
    row_entries: list[Entry] = []
    readings: list[Reading] = []
    row_of: list[int] = []
    masked_rows: list[int] = []
    masked_cols: list[int] = []
    for rs, left_out in todo:
        for r in rs:
            e = r.entry
            if e.has_point:
                row = rows.get(e.id)
                if row is None:
                    row = rows[e.id] = len(row_entries)
                    row_entries.append(e)
                for c in left_out:
                    masked_rows.append(len(readings))
                    masked_cols.append(c)
                readings.append(r)
                row_of.append(row)
    # the array is computed at once; the few values each reading needs are then read as
    # plain floats (numpy's per-call cost on a dozen numbers outweighs the work)
    arr = _distances(row_entries, columns)
    # (a distance is finite or NaN, so the sum is NaN exactly when one is: one reduction
    #  instead of a NaN array and its any())
    if math.isnan(arr.sum()):
        # a NaN coordinate (possible only in a user's gazetteer): min() then depends on the
        # order it is asked in, so ask it column by column, as it always was
        dist = arr.tolist()
        for rs, left_out in todo:
            keep = [c for c in range(len(columns)) if c not in left_out]
            for r in rs:
                if r.entry.has_point:
                    _near(r, min(map(dist[rows[r.entry.id]].__getitem__, keep)))
            rs.sort(key=_best_first)
        return
    # the nearest other place of every reading with a point at once: its row of the array,
    # the columns left out for its name set to infinity, the minimum of each row
    near = arr[row_of]
    near[masked_rows, masked_cols] = np.inf
    for r, d in zip(readings, near.min(axis=1).tolist()):
        # (`_near`, written out: some 30 readings a report)
        w = 1.0 - d / NEAR_KM
        w = W_NEAR * (w if w > 0.0 else 0.0)
        if w > 0.01:
            r.score += w
            r.reasons.append((w, "{:.0f} km from another place of the report", (d,)))
    for rs, _ in todo:
        rs.sort(key=_best_first)


def _cell(e: Entry, cells: dict[str, tuple[float, float]]) -> tuple[float, float]:
    """The 0.1-degree cell of an entry's point (a missing coordinate as 0), remembered in
    `cells` (`DocContext.cells`: per gazetteer, whose entries do not change once loaded)."""
    got = cells[e.id] = (round(e.lat or 0, 1), round(e.lon or 0, 1))
    return got


def _near(r: Reading, d: float) -> None:
    """Weigh a reading by the distance `d` (km) to the nearest other place of the report."""
    w = 1.0 - d / NEAR_KM
    w = W_NEAR * (w if w > 0.0 else 0.0)   # (not the builtin max: ~30 readings a report)
    if w > 0.01:
        # (`Reading.add` written out: asked for some 30 readings per report)
        r.score += w
        r.reasons.append((w, "{:.0f} km from another place of the report", (d,)))


def _distances(a: list[Entry], b: list[Entry]) -> np.ndarray:
    """Great-circle km between every entry of `a` (rows) and of `b` (columns), as one array."""
    # (the same float64 arrays as np.fromiter over generators, from lists: a generator is
    #  resumed for every coordinate)
    lat1 = np.radians(np.array([e.lat for e in a], float))[:, None]
    lon1 = np.radians(np.array([e.lon for e in a], float))[:, None]
    lat2 = np.radians(np.array([e.lat for e in b], float))[None, :]
    lon2 = np.radians(np.array([e.lon for e in b], float))[None, :]
    h = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * np.arcsin(np.sqrt(np.minimum(1.0, h)))


def _parents(gaz: Gazetteer, m: PlaceMention, doc: DocContext) -> list[Entry]:
    return _parents_named(gaz, m.parent_name, doc)


def _parents_named(gaz: Gazetteer, name: str | None, doc: DocContext) -> list[Entry]:
    if not name:
        return []
    if name.startswith("ريف "):
        # "في ريف دمشق": the countryside that is a governorate of its own (Rural Damascus), else
        # the place it is the countryside of ("ريف حلب": Aleppo's)
        units = [c.entry for c in gaz.lookup(name) if c.match >= 0.99 and c.entry.level == "admin1"
                 and (not doc.country_hint or c.entry.country == doc.country_hint)]
        if units:
            return units
        name = name[4:]
    found = [c for c in gaz.lookup(name) if c.match >= 0.9]
    # "بولاية الجزيرة" in a Sudanese report: the state, not a near spelling abroad (الجزائر)
    if doc.country_hint:
        # (none there: the container is one the gazetteer lacks, "جبل الزاوية" read as الزاوية,
        #  not a same-named place abroad)
        found = [c for c in found if c.entry.country == doc.country_hint]
    best = 0.0
    for c in found:   # (the best match; a loop, not max() over a generator)
        if c.match > best:
            best = c.match
    return [c.entry for c in found if c.match >= best - 0.05]


def _parents_abroad(gaz: Gazetteer, name: str, cands: list[Candidate], doc: DocContext) -> list[Entry]:
    """A container the report names that the gazetteer knows in another country than the report's
    only, when a place of the mention's name lies inside it there: "قرب الخالدية شرق الرمادي" in a
    report read as Syrian is Iraq's Khalidiya in Ramadi's district, not Homs's quarter (round
    q91-places). Asked only for a mention whose container has no reading in the report's country."""
    out = []
    for c in gaz.lookup(name):
        p = c.entry
        if c.match < 0.99 or p.country == doc.country_hint or p.level == "country":
            continue
        inside = [k.entry for k in cands if _contains(gaz, p, k.entry) or _near_in_unit(p, k.entry)]
        if inside:
            out.append(p)
            for e in inside:   # (this report's only: the shared memo says what the gazetteer says)
                doc.inside_abroad.add((p.id, e.id))
    return out if len({p.country for p in out}) == 1 else []


def _near_in_unit(outer: Entry, inner: Entry) -> bool:
    """A settlement whose district the gazetteer does not know, in the governorate of a district
    `outer` and within 30 km of its seat ("الخالدية شرق الرمادي": Khalidiya has Anbar only)."""
    return (outer.level in ("admin2", "admin3") and not inner.admin2 and bool(inner.admin1)
            and inner.admin1 == outer.admin1 and inner.has_point and outer.has_point
            and haversine_km(inner.lat, inner.lon, outer.lat, outer.lon) <= 30.0)


def resolve(gaz: Gazetteer, places: Sequence[PlaceMention], ctx) -> list[GeoResult]:
    """One GeoResult per mention, in order."""
    doc = document_context(gaz, ctx)
    # a report names the same place again and again: mentions that agree on everything the
    # scoring looks at share one parents list and one readings list, scored once
    parents: list[list[Entry]] = []
    readings: list[list[Reading]] = []
    scored: dict[tuple, tuple[list[Entry], list[Reading]]] = {}
    # a place the report locates once ("حي الرباط في صنعاء") is in the same container when
    # named again without it
    told_in = {}
    for m in places:
        if m.parent_name:
            told_in.setdefault((m.name, m.kind), m.parent_name)
    for m in places:
        parent_name = m.parent_name or told_in.get((m.name, m.kind))
        key = (m.name, m.kind, m.qualifier, parent_name, tuple(m.gazetteer_ids))
        got = scored.get(key)
        if got is None:
            ps = _parents(gaz, m, doc) if parent_name == m.parent_name else _parents_named(gaz, parent_name, doc)
            cands = _candidates(gaz, m, doc.found)
            if not ps and parent_name and doc.country_hint:
                ps = _parents_abroad(gaz, parent_name, cands, doc)
            got = scored[key] = (ps, _score(gaz, m, cands, doc, ps))
        parents.append(got[0])
        readings.append(got[1])
    _coherence(readings, doc)
    # mentions that share their readings and are written alike get one result, built once:
    # a fifth of a report's mentions repeat another, and a result (its reasons written out,
    # its runner-up described) costs some 50,000 instructions. `_result` reads nothing else
    # of a mention than what the key holds; the shared GeoResult is never changed after.
    results: list[GeoResult] = []
    made: dict[tuple, GeoResult] = {}
    for m, rs, ps in zip(places, readings, parents):
        key = (id(rs), id(ps), m.name, m.text, m.kind, m.qualifier, m.direction, m.country)
        got = made.get(key)
        if got is None:
            got = made[key] = _result(gaz, m, rs, ps, doc)
        results.append(got)
    return results


# --------------------------------------------------------------------------- building the result

def _point_entry(gaz: Gazetteer, e: Entry) -> tuple[Entry | None, str]:
    """The entry whose point stands for `e`: itself, else its parent or smallest admin with a point."""
    if e.has_point:
        return e, ""
    for pid in (e.parent, e.admin3, e.admin2, e.admin1):
        p = gaz.get(pid) if pid else None
        if p is not None and p.has_point:
            return p, f"no point of its own: placed on {p.name_en or p.name_ar}"
    return None, "no point known"


def precision_of(e: Entry, point: Entry | None, qualifier: str | None) -> int:
    """SPEC geo_precision for the chosen entry and the entry whose point is used."""
    if point is None:
        return 3
    if point.level in ("admin1", "country") or e.level == "region":
        return 3
    if point.id != e.id or point.coord in ("inherited", "approximate", "seat"):
        p = 2
    elif point.level in ("admin2", "admin3"):
        p = 2
    else:
        p = 1
    if qualifier in ("rural", "near", "outskirts", "between") and p < 2:
        p = 2
    return p


def location_name(gaz: Gazetteer, e: Entry) -> str:
    """ACLED-style location: "City - Neighbourhood" for a quarter, the English name otherwise."""
    name = _PAREN.sub("", e.name_en).strip() or e.name_ar
    if e.level == "neighbourhood":
        city = gaz.get(e.parent) if e.parent else None
        city_name = city.name_en if city else gaz.name_en(e.admin3) or gaz.name_en(e.admin2)
        if city_name and city_name != name:
            return f"{city_name} - {name}"
    return name


def _admins(gaz: Gazetteer, e: Entry) -> tuple[str | None, str | None, str | None]:
    a1 = e.admin1 or (e.id if e.level == "admin1" else "")
    a2 = e.admin2 or (e.id if e.level == "admin2" else "")
    a3 = e.admin3 or (e.id if e.level == "admin3" else "")
    return gaz.name_en(a1), gaz.name_en(a2), gaz.name_en(a3)


def _country(gaz: Gazetteer, code: str | None) -> tuple[str | None, int | None]:
    c = gaz.country_of(code or "")
    if c is None:
        return None, None
    return c.name_en, int(c.pcode) if c.pcode.isdigit() else None


def _describe(gaz: Gazetteer, r: Reading, facts: dict | None = None) -> str:
    # (the location name from the entry's facts, worked out once per entry: a regex and lookups;
    #  the score as written from `_SCORE_TEXT`: formatting a float is most of the cost)
    e, score = r.entry, r.score
    shown = _SCORE_TEXT.get(score) if score else f"{score:.2f}"
    if shown is None:
        if len(_SCORE_TEXT) >= 50_000:
            _SCORE_TEXT.clear()
        shown = _SCORE_TEXT[score] = f"{score:.2f}"
    return f"{_entry_facts(gaz, e, facts)[2]} [{e.id}, {e.level}] score {shown}"


#: a runner-up's score -> as `_describe` writes it; the same scores recur from report to report
#: (zero is not kept: 0.0 and -0.0 are one key, written "0.00" and "-0.00")
_SCORE_TEXT: dict[float, str] = {}


@lru_cache(maxsize=1)
def _fronts() -> frozenset[tuple[str, str]]:
    """(hint, country) pairs of `data/gazetteer/fronts.tsv` (rows for every kind of place)."""
    return frozenset((r["hint"], r["country"]) for r in read_tsv("gazetteer/fronts.tsv") if not r.get("kinds"))


@lru_cache(maxsize=1)
def _front_kinds() -> dict[tuple[str, str], frozenset[str]]:
    """(hint, country) -> the kinds of place a row of `data/gazetteer/fronts.tsv` admits alone
    (PS -> LB: camps; round q92-places)."""
    return {(r["hint"], r["country"]): frozenset(r["kinds"].split("|"))
            for r in read_tsv("gazetteer/fronts.tsv") if r.get("kinds")}


@lru_cache(maxsize=1)
def front_targets() -> frozenset[str]:
    """The countries whose places reports across a front of `data/gazetteer/fronts.tsv` strike (IL):
    the extractor trusts a place rasd curated there, with its page, as it trusts a covered one."""
    return frozenset(c for _, c in _fronts())


@lru_cache(maxsize=16)
def fronts_of(hints: frozenset[str]) -> frozenset[str]:
    """The countries across a front of `data/gazetteer/fronts.tsv` from any of these countries whose
    cities the front's row admits ({"YE"} -> {"SA"}): the extractor admits their large cities as
    places before it knows the report's country."""
    return frozenset(r["country"] for r in read_tsv("gazetteer/fronts.tsv")
                     if r["hint"] in hints and (r.get("cities") or "") == "yes")


def _across_front(hint: str, best: Reading, rs: list[Reading]) -> bool:
    """Is the lone reading abroad a place across a front the report's side strikes?

    Hezbollah's "صواريخ على مدينة حيفا" names one Israeli city in a Lebanese report: the rule
    below would take it for a namesake the gazetteer lacks.  Only an exact reading of a town,
    village or site counts, and only when no reading of the name lies in the report's country.
    """
    pair = (hint, best.entry.country)
    if pair not in _fronts():
        # "اشتباكات في مخيم عين الحلوة بين فتح ومجموعات إسلامية": Palestinian factions make the report
        # Palestinian, and Lebanon's camps are where they fight; only the kinds the row names
        kinds = _front_kinds().get(pair)
        if kinds is None or best.entry.kind not in kinds:
            return False
    return (best.cand.match >= 0.99
            and best.entry.level in ("town", "village", "site")
            and all(r.entry.country != hint for r in rs))


def _result(gaz: Gazetteer, m: PlaceMention, rs: list[Reading], parents: list[Entry],
            doc: DocContext) -> GeoResult:
    foreign = m.country if m.country and m.country != doc.country_hint else None
    if foreign is not None and parents and all(p.country != foreign for p in parents):
        foreign = None   # "السفارة السورية في بيروت": the report places it in a place of its own
    if foreign is not None:
        # "القنيطرة السورية" in a Lebanese report, "موقع المالكية الإسرائيلي": the report's words
        # put the place in another country; read there, or placed nowhere (never at the dateline)
        rs = [r for r in rs if r.entry.country == foreign]
        if not rs:
            country, iso = _country(gaz, foreign)
            # (positional, in field order: GeoResult says why)
            return GeoResult(m.text or m.name, None, None, None, None, None,   # location, lat, lon, admin1-3
                             country, iso, 3, None, 0.0,   # country, iso, precision, gazetteer id, score
                             f"a place the report puts in {foreign}: not in the gazetteer")   # why
        parents = [p for p in parents if p.country == foreign]
    if not m.kind and gaz.is_common(m.name):
        # an admin unit named like a sea, a river or an ordinary word is that unit only when
        # the report says so ("ولاية البحر الأحمر"); "في البحر الأحمر" is the sea
        rs = [r for r in rs if r.entry.level not in ("admin1", "admin2", "admin3")]
    if m.kind == "neighbourhood":
        # a quarter is never a governorate or a district: "حي القادسية" in Tikrit is no Qadisiyyah
        # governorate; with nothing else of that name it is a quarter the gazetteer lacks
        rs = [r for r in rs if r.entry.level not in ("admin1", "admin2")]
    if not rs:
        return _unknown(gaz, m, parents, doc)
    best = rs[0]
    if (doc.country_hint and best.entry.country != doc.country_hint and best.entry.level != "country"
            and doc.countries.get(best.entry.country, 0) < 2 and foreign is None
            and not _across_front(doc.country_hint, best, rs)
            and not (parents and parents[0].country == best.entry.country)):
        # (but not a reading inside the container the report names abroad: `_parents_abroad`)
        # a lone foreign reading ("بادية البشري" -> Bsharri, Lebanon, in a report about Deir
        # ez-Zor) is a same-named place abroad: the place here is one the gazetteer lacks
        return _unknown(gaz, m, parents, doc)
    if (best.entry.level == "neighbourhood" or m.kind == "square" and best.entry.level in ("town", "village")) \
            and not parents and doc.dateline_admin1:
        # (and a square named like a town: "السويداء - ... في ساحة الكرامة" is the dateline
        #  city's square, not the village Al Karamah in Raqqa)
        home = _admin1_of(gaz, best.entry)
        # (the square's own reading is the only naming of its unit the report makes, at most)
        if home not in doc.dateline_admin1 and (m.kind == "square" and doc.admin1.get(home, 0) <= 1
                                                 or not doc.admin1.get(home)):
            # "دمشق - ... يقتحمون مبنى الإذاعة": a quarter of a city the report never names, in a
            # report datelined elsewhere, is a place of the dateline's the gazetteer lacks
            return _unknown(gaz, m, parents, doc)
    if (parents and (best.entry.level == "neighbourhood" or (
            m.kind in ("neighbourhood", "village", "square", "landmark", "road", "site")
            and best.entry.level in ("town", "village", "admin2", "admin3")))
            and _outside(gaz, best.entry, parents)):
        # "حي الروضة وسط مدينة مأرب": the report says what contains the place, and the only
        # place of that name the gazetteer knows is elsewhere, so the quarter is one the
        # gazetteer lacks, placed on its container; never a same-named town 80 km away, nor
        # a quarter of another city ("محور المحطة جنوبي الميادين" is not Hama's المحطة), nor a
        # square or a street named like a town ("ساحة الكرامة وسط مدينة السويداء")
        return _unknown(gaz, m, parents, doc)
    # a town and the admin unit it is the seat of are one place: do not call that a runner-up
    e = best.entry
    runner = None
    for r in rs[1:]:   # (a loop, not next() over a generator: one result per distinct mention)
        if not _same_place(r.entry, e) or r.entry.level == e.level:
            runner = r
            break
    point, note, location, (a1, a2, a3), (country, iso) = _entry_facts(gaz, e, doc.facts)
    prec = precision_of(e, point, m.qualifier)
    # (`best.why` and the note and qualifier after it, the empty ones left out, written out
    #  as one list: one result per distinct mention)
    known = _REASON_TEXT
    said = [known.get(key) or _reason_text(*key) for key in best.reasons]
    if note:
        said.append(note)
    if m.qualifier:
        said.append(f"{m.qualifier} {m.direction or ''}".strip())
    why = "; ".join(filter(None, said))
    return GeoResult(   # (positional, in field order: GeoResult says why)
        location, point.lat if point else None, point.lon if point else None,   # location, lat, lon
        a1, a2, a3, country, iso, prec, e.id,   # admin1-3, country, iso, precision, gazetteer id
        _shown_score(best.score), why,   # score, why
        _describe(gaz, runner, doc.facts) if runner else None,   # runner_up
    )


#: per gazetteer: entry id -> what a result says about the entry itself (`_entry_facts`)
_FACTS: WeakKeyDictionary[Gazetteer, dict[str, tuple]] = WeakKeyDictionary()


def _facts_of(gaz: Gazetteer) -> dict[str, tuple]:
    return _memo(_FACTS, gaz)


def _entry_facts(gaz: Gazetteer, e: Entry, facts: dict | None = None) -> tuple:
    """(point entry, note, location name, admin names, (country, iso)) of a chosen entry.

    They depend on the gazetteer alone, and reports choose the same places over and over:
    worked out once per entry, not once per mention (`facts`: the gazetteer's, if at hand).
    """
    if facts is None:
        facts = _facts_of(gaz)
    got = facts.get(e.id)
    if got is None:
        point, note = _point_entry(gaz, e)
        got = facts[e.id] = (point, note, location_name(gaz, e), _admins(gaz, e), _country(gaz, e.country))
    return got


#: a reading's score -> the result's score (`_shown_score`)
_SHOWN: dict[float, float] = {}


def _shown_score(x: float) -> float:
    """`round(_squash(x), 3)`, remembered by value: the same scores recur from report to report,
    and rounding a float to decimals is a correctly rounded conversion of some thousands of
    instructions. (0.0 and -0.0 are one key, and squash to the same 0.0.)"""
    got = _SHOWN.get(x)
    if got is None:
        if len(_SHOWN) >= 50_000:
            _SHOWN.clear()
        got = _SHOWN[x] = round(_squash(x), 3)
    return got


def _squash(x: float) -> float:
    """Map an open-ended score onto 0..1 for the record's `score`."""
    return max(0.0, min(1.0, x / 2.0))


def _elsewhere(doc: DocContext) -> bool:
    """Whether the report's places lie, by a clear majority, in a governorate other than the
    dateline's ("اللاذقية - ... غارات على ريف حمص الشمالي ... تلبيسة والرستن وبلدة الزعفرانة": a
    Russian ministry's dateline; the places are Homs's)."""
    if not doc.admin1:
        return False
    top, n = doc.admin1.most_common(1)[0]
    there = max((doc.admin1.get(a, 0) for a in doc.dateline_admin1), default=0)
    return top not in doc.dateline_admin1 and n >= 3 and n >= 2 * there


#: a town this far from every governorate of its name, in none of them, is a namesake elsewhere
#: (Pirmam, also "صلاح الدين", in Erbil), not the capital of a governorate whose city has its own
#: admin unit (صنعاء: the capital district beside Sanaa governorate)
NAMESAKE_KM = 100.0


def _far_namesake(e: Entry, govs: list[Entry]) -> bool:
    """Is `e` a namesake of the governorates `govs` that lies in none of them and far from all?"""
    return (e.has_point and all(e.admin1 != g.id for g in govs)
            and all(haversine_km(e.lat, e.lon, g.lat, g.lon) > NAMESAKE_KM for g in govs))


#: kinds of places that lie inside a town (a quarter, a square, a site; or no type word): an unknown
#: one the report puts in a town is coded at the town (not a district or a village told with its own;
#: an area told inside a town, "منطقة أبو آدم بمدينة الخرطوم", is a part of it: fix round q80-fix-sudan)
_INSIDE_A_TOWN = frozenset({None, "neighbourhood", "area", "square", "landmark", "site", "road", "base", "camp",
                            "farm", "airport"})


def _unknown(gaz: Gazetteer, m: PlaceMention, parents: list[Entry], doc: DocContext) -> GeoResult:
    """A place the gazetteer does not know: keep it as written, place it only on what the report names."""
    label = m.text or m.name
    host: Entry | None = None
    reason = ""
    named = doc.admin1
    if named and doc.country_hint and len(named) > 1:
        # the governorates of the report's own country: a namesake abroad read for one of its
        # places (a village of Sweida taken for the West Bank's) names none of them
        if doc.own_admin1 is None:
            doc.own_admin1 = Counter({a: n for a, n in named.items()
                                      if (u := gaz.get(a)) is None or u.country == doc.country_hint})
        named = doc.own_admin1
    if parents:
        # a name that is a governorate is that governorate, not a namesake town in another one
        # ("وفي صلاح الدين،": not Pirmam in Erbil, also called Salah al-Din); a town inside the
        # governorate of its name (حلب) is still the closer host
        govs = [p for p in parents if p.level == "admin1" and p.has_point]
        pool = [p for p in parents if not govs or p.level == "admin1" or not _far_namesake(p, govs)]
        host = max(pool, key=lambda p: (p.has_point, p.level in ("town", "village"), p.population or 0))
        reason = f"unknown place; inside {host.name_en or host.name_ar} as the report says"
    elif doc.dateline_admin1 and len(doc.dateline_admin1) == 1 and not _elsewhere(doc):
        host = gaz.get(next(iter(doc.dateline_admin1)))
        reason = "unknown place; governorate of the dateline"
        if m.kind == "neighbourhood" and doc.dateline_town and (town := gaz.get(doc.dateline_town)) is not None:
            host = town   # "الجنينة - ... حي الجمارك": a quarter the gazetteer lacks, of the dateline's city
            reason = "unknown quarter; in the dateline's city"
    elif len(named) == 1:
        host = gaz.get(next(iter(named)))
        reason = "unknown place; the only governorate the report names"
        if host is not None and doc.country_hint and host.country != doc.country_hint:
            host = None   # (a namesake abroad: "القادسية" in a report about Libya)
    elif named:
        # a report about one governorate names a neighbour now and then: the governorate its
        # places are in, by a clear majority (at least three of them, twice the next)
        (top, n), (_, second) = named.most_common(2)
        if n >= 3 and n >= 2 * second:
            host = gaz.get(top)
            reason = "unknown place; the governorate most of the report's places are in"
    if host is None:
        country, iso = _country(gaz, doc.country_hint or (doc.countries.most_common(1)[0][0] if doc.countries else None))
        return GeoResult(label, None, None, None, None, None,   # location, lat, lon, admin1-3 (positional)
                         country, iso, 3, None, 0.0,   # country, iso, precision, gazetteer id, score
                         "unknown place; no containing place named: no point")   # why
    point, note = _point_entry(gaz, host)
    prec = 2 if point is not None and point.level in ("town", "village") and point.coord == "exact" else 3
    a1, a2, a3 = _admins(gaz, host)
    if host.level in ("town", "village", "neighbourhood", "site"):
        a3 = a3 if prec == 2 else None
    country, iso = _country(gaz, host.country)
    if prec == 2 and parents and host.level in ("town", "village") and host.name_en and point is host \
            and m.kind in _INSIDE_A_TOWN:
        # "قرب دوار السنتر في مدينة اعزاز": a site or quarter the gazetteer lacks, inside a town the
        # report names, is coded at that town (ACLED names the nearest known place; the words of the
        # report stay in location_text) (quality-q76)
        label = host.name_en
    return GeoResult(   # (positional, in field order: GeoResult says why)
        label, point.lat if point else None, point.lon if point else None,   # location, lat, lon
        a1, a2 if host.level != "admin1" else None,   # admin1, admin2
        a3 if host.level == "admin3" or prec == 2 else None,   # admin3
        country, iso, prec, None, 0.1,   # country, iso, precision, gazetteer id, score
        "; ".join(x for x in (reason, note) if x))   # why


def rank(gaz: Gazetteer, mention: PlaceMention, ctx) -> list[Reading]:
    """All readings of one mention, best first, with their reasons (for `rasd gazetteer lookup`)."""
    doc = document_context(gaz, ctx)
    parents = _parents(gaz, mention, doc)
    readings = [_score(gaz, mention, _candidates(gaz, mention), doc, parents)]
    _coherence(readings, doc)
    return readings[0]
