"""Caches and shortcuts of the geocoder (speed-27a) give what the plain computation gives.

Mentions are drawn at random from names, type words, qualifiers and spellings written for
these tests, so that reports name the same place again and again, alike and not quite alike.
"""
from __future__ import annotations

import importlib
import random
from collections import Counter

import pytest

from rasd.geo import GeoContext, get_gazetteer
from rasd.model import PlaceMention
from rasd.text.normalize import normalize, normalize_key

resolve_mod = importlib.import_module("rasd.geo.resolve")


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


def plain_resolve(gaz, places, ctx):
    """`resolve` as it was before speed-27a: one `_result` per mention, none shared."""
    r = resolve_mod
    doc = r.document_context(gaz, ctx)
    parents, readings, scored, told_in = [], [], {}, {}
    for m in places:
        if m.parent_name:
            told_in.setdefault((m.name, m.kind), m.parent_name)
    for m in places:
        parent_name = m.parent_name or told_in.get((m.name, m.kind))
        key = (m.name, m.kind, m.qualifier, parent_name, tuple(m.gazetteer_ids))
        got = scored.get(key)
        if got is None:
            ps = r._parents(gaz, m, doc) if parent_name == m.parent_name else r._parents_named(gaz, parent_name, doc)
            cands = r._candidates(gaz, m)
            if not ps and parent_name and doc.country_hint:   # (a container abroad: round q91-places)
                ps = r._parents_abroad(gaz, parent_name, cands, doc)
            got = scored[key] = (ps, r._score(gaz, m, cands, doc, ps))
        parents.append(got[0])
        readings.append(got[1])
    r._coherence(readings, doc)
    return [r._result(gaz, m, rs, ps, doc) for m, rs, ps in zip(places, readings, parents)]


_NAMES = ["حلب", "الميادين", "صوران", "مورك", "دير الزور", "عدن", "مأرب", "طرابلس", "الباب",
          "البحر الاحمر", "حماة", "اعزاز", "كفرنبل", "قرية مجهولة"]
_TEXTS = {"حلب": ["حلب", "مدينة حلب", "بحلب"], "الميادين": ["الميادين", "مدينة الميادين"],
          "قرية مجهولة": ["قرية مجهولة", "بقرية مجهولة"], "عدن": ["عدن", "مدينة عدن"]}


def _place(rng: random.Random) -> tuple:
    """What the readings of a mention depend on: name, type word, qualifier, container."""
    return (rng.choice(_NAMES), rng.choice([None, None, "city", "town", "governorate", "neighbourhood"]),
            rng.choice([None, None, None, "rural", "near"]),
            rng.choice([None, None, None, normalize_key("حلب"), normalize_key("دير الزور")]))


def _mention(rng: random.Random, place: tuple) -> PlaceMention:
    """A mention of `place`, written one way or another, with or without a compass word or a
    nationality adjective."""
    name, kind, qualifier, parent = place
    return PlaceMention(
        name=normalize_key(name), text=rng.choice(_TEXTS.get(name, [name])), start=0, end=0,
        kind=kind, qualifier=qualifier, direction=rng.choice([None, None, "الشرقي"]), parent_name=parent,
        country=rng.choice([None, None, None, "LB"]),
    )


@pytest.mark.parametrize("seed", range(4))
def test_shared_results_equal_the_plain_ones(gaz, seed):
    rng = random.Random(seed)
    repeated = 0
    for _ in range(40):
        pool = [_place(rng) for _ in range(rng.randint(1, 5))]
        places = [_mention(rng, rng.choice(pool)) for _ in range(rng.randint(1, 12))]
        places += [rng.choice(places) for _ in range(rng.randint(0, 4))]   # told again, alike
        repeated += len(places) - len({id(p) for p in places})
        ctx = GeoContext(text=normalize(rng.choice(["", "قصف على حلب وريفها", "اشتباكات في دير الزور"])).text,
                         country_hint=rng.choice([None, "SY", "YE"]))
        got = gaz.resolve(places, ctx)
        assert got == plain_resolve(gaz, places, ctx)
    assert repeated > 20


def test_mentions_written_differently_keep_their_own_result(gaz):
    ctx = GeoContext(text="", country_hint="SY")
    a = PlaceMention(name=normalize_key("حلب"), text="حلب", start=0, end=3)
    b = PlaceMention(name=normalize_key("حلب"), text="مدينة حلب", start=9, end=18)
    c = PlaceMention(name=normalize_key("حلب"), text="حلب", start=30, end=33, qualifier="near")
    ra, rb, rc, ra2 = gaz.resolve([a, b, c, a], ctx)
    assert ra is ra2
    assert rb.location == ra.location and rb is not ra
    assert rc.geo_precision == 2 and ra.geo_precision == 1


def plain_find_names(gaz, norm_text):
    """`Gazetteer._find_names` as it was before speed-27a: facts asked by call, NameHit(...)."""
    from rasd.extract.match import longest_first
    from rasd.geo import NameHit
    import rasd.geo.gazetteer as gaz_mod

    matcher, construct = gaz.matcher, gaz._construct
    found = []
    for start, end, key, ws, _ in matcher.raw(norm_text):
        clitics = norm_text[ws:start]
        if (key in construct and clitics.endswith("ال")) or clitics.endswith("ك"):
            continue
        if key in gaz_mod._short_found_names() and not (
                ws == start and norm_text.endswith("في ", 0, start) or clitics == "و"):
            continue   # (round q91-bullets: the two-letter names only after "في" or glued to و)
        ids, levels, common = gaz._facts(key)
        if not common and ws != start and clitics.endswith("ال") and "ال" + key in gaz._common:
            common = True   # (quality-75's article-form rule, as `_find_names` has it since)
        found.append(NameHit(start, end, key, ids, levels, common))
    return [h for h in longest_first(found) if h.entry_ids]


def _as_fields(hits):
    from rasd.geo import NameHit

    assert all(type(h) is NameHit for h in hits)
    return [(h.start, h.end, h.key, h.entry_ids, h.levels, h.common_word) for h in hits]


def test_names_found_as_the_plain_loop_finds_them(gaz):
    rng = random.Random(7)
    keys = [k for k in list(gaz._by_key)[:20000] if len(k) >= 3]
    clitics = ["", "", "", "و", "ب", "ال", "وال", "لل", "ك", "بال"]
    found = 0
    for _ in range(300):
        words = [rng.choice(clitics) + rng.choice(keys) + rng.choice(["", "", "ي", "ها"])
                 for _ in range(rng.randint(1, 10))]
        text = "".join(w + rng.choice([" ", " ", "، ", ". ", ""]) for w in words)
        gaz._last_names = None   # (not the remembered answer for the last text)
        got = gaz.find_names(text)
        assert _as_fields(got) == _as_fields(plain_find_names(gaz, text)), text
        assert got == plain_find_names(gaz, text)
        found += len(got)
    assert found > 500


def plain_candidates(gaz, m):
    """`_candidates` as it was before speed-27a: a new "found in text" Candidate every time."""
    from rasd.geo.gazetteer import Candidate

    cands = {}
    if m.qualifier == "rural" and m.name:
        for c in gaz.lookup("ريف " + m.name):
            if c.match >= 0.95:
                cands[c.entry.id] = Candidate(c.entry, 1.0, "exact (with ريف)")
        if cands:
            return list(cands.values())
    for i in m.gazetteer_ids:
        e = gaz.get(i)
        if e is not None:
            cands[i] = Candidate(e, 1.0, "found in text")
    if m.name:
        for c in gaz.lookup(m.name):
            if c.entry.id not in cands:
                cands[c.entry.id] = c
    return list(cands.values())


def test_candidates_as_the_plain_form_gives_them(gaz):
    rng = random.Random(9)
    ids = list(gaz.entries)
    for _ in range(400):
        name = rng.choice(_NAMES + [""])
        found = tuple(rng.sample(ids, rng.randint(0, 3))) + tuple(["no-such-id"] * rng.randint(0, 1))
        m = PlaceMention(name=normalize_key(name), text=name, start=0, end=0, gazetteer_ids=found,
                         qualifier=rng.choice([None, "rural"]))
        for _ in range(2):   # (the second time from what the first remembered)
            got = resolve_mod._candidates(gaz, m)
            assert got == plain_candidates(gaz, m)
            assert [(c.entry.id, c.match, c.how) for c in got] == \
                [(c.entry.id, c.match, c.how) for c in plain_candidates(gaz, m)]


def test_admin_reasons_are_those_of_the_units_the_report_names(gaz):
    rng = random.Random(4)
    texts = ["قصف على حلب وريفها", "اشتباكات في دير الزور والميادين", "غارة على مأرب وصنعاء", ""]
    seen = 0
    for _ in range(60):
        ctx = GeoContext(text=normalize(rng.choice(texts)).text, country_hint=rng.choice([None, "SY"]))
        doc = resolve_mod.document_context(gaz, ctx)
        place = _place(rng)
        m = _mention(rng, place)
        for r in resolve_mod._score(gaz, m, resolve_mod._candidates(gaz, m), doc, []):
            e = r.entry
            a1 = e.admin1 or (e.id if e.level == "admin1" else "")
            want1 = [(resolve_mod.W_DOC_ADMIN1, "{} named in the report", (gaz.name_en(a1),))] \
                if a1 and doc.admin1.get(a1) else []
            want2 = [(resolve_mod.W_DOC_ADMIN2, "district {} named", (gaz.name_en(e.admin2),))] \
                if e.admin2 and doc.admin2.get(e.admin2) else []
            assert [x for x in r.reasons if x[1] == "{} named in the report"] == want1
            assert [x for x in r.reasons if x[1] == "district {} named"] == want2
            seen += bool(want1) + bool(want2)
    assert seen > 20


# ----------------------------------------------------------------------------- coherence

from rasd.geo.resolve import Reading, _distances, _near  # noqa: E402
from rasd.geo.entry import Entry  # noqa: E402
from rasd.geo.gazetteer import Candidate  # noqa: E402
import numpy as np  # noqa: E402


def plain_coherence(all_readings: list[list[Reading]], doc: DocContext) -> None:
    """`_coherence` as it was before speed-27a: each reading's cell rounded where asked."""
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
    for k, rs in enumerate(all_readings):
        if len(rs) < 2 or id(rs) in done:
            continue   # (mentions that share a readings list are adjusted once)
        done.add(id(rs))
        # all its readings in one 0.1-degree cell (a missing coordinate as 0): nothing to choose
        # by distance; settled at the first reading that differs, usually the second
        e0 = rs[0].entry
        lat0, lon0 = round(e0.lat or 0, 1), round(e0.lon or 0, 1)
        for r in rs:
            if round(r.entry.lat or 0, 1) != lat0 or round(r.entry.lon or 0, 1) != lon0:
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
    rows: dict[str, int] = {}
    row_entries: list[Entry] = []
    for rs, _ in todo:
        for r in rs:
            if r.entry.has_point and r.entry.id not in rows:
                rows[r.entry.id] = len(row_entries)
                row_entries.append(r.entry)
    # the array is computed at once; the few values each reading needs are then read as
    # plain floats (numpy's per-call cost on a dozen numbers outweighs the work)
    arr = _distances(row_entries, columns)
    if np.isnan(arr).any():
        # a NaN coordinate (possible only in a user's gazetteer): min() then depends on the
        # order it is asked in, so ask it column by column, as it always was
        dist = arr.tolist()
        for rs, left_out in todo:
            keep = [c for c in range(len(columns)) if c not in left_out]
            for r in rs:
                if r.entry.has_point:
                    _near(r, min(map(dist[rows[r.entry.id]].__getitem__, keep)))
            rs.sort(key=lambda r: (-r.score, r.entry.id))
        return
    # the nearest other place of every reading with a point at once: its row of the array,
    # the columns left out for its name set to infinity, the minimum of each row
    readings: list[Reading] = []
    row_of: list[int] = []
    masked_rows: list[int] = []
    masked_cols: list[int] = []
    for rs, left_out in todo:
        for r in rs:
            if r.entry.has_point:
                for c in left_out:
                    masked_rows.append(len(readings))
                    masked_cols.append(c)
                readings.append(r)
                row_of.append(rows[r.entry.id])
    near = arr[row_of]
    near[masked_rows, masked_cols] = np.inf
    for r, d in zip(readings, near.min(axis=1).tolist()):
        _near(r, d)
    for rs, _ in todo:
        rs.sort(key=lambda r: (-r.score, r.entry.id))




def _entry(rng: random.Random, k: int) -> Entry:
    def coord(lo, hi):
        x = rng.choice([None, float("nan"), rng.uniform(lo, hi), rng.uniform(lo, hi), round(rng.uniform(lo, hi), 1)])
        return x
    return Entry(id=f"t{k}", level=rng.choice(["town", "village", "admin2", "country"]), country="SY",
                 lat=coord(32, 37), lon=coord(35, 42))


def _copy(all_readings):
    return [[Reading(r.cand, r.score, list(r.reasons), r.entry) for r in rs] for rs in all_readings]


def test_coherence_as_the_plain_form_weighs_it():
    rng = random.Random(12)
    changed = 0
    for _ in range(300):
        entries = [_entry(rng, k) for k in range(rng.randint(1, 8))]
        # some entries twice in a report, as readings of different names
        all_readings = []
        for _ in range(rng.randint(1, 6)):
            rs = [Reading(Candidate(e, 1.0, "exact"), rng.random(), [], e)
                  for e in rng.sample(entries, rng.randint(1, len(entries)))]
            all_readings.append(rs)
        doc = resolve_mod.DocContext(Counter(), Counter(), Counter(), anchors=rng.sample(entries, rng.randint(0, min(2, len(entries)))),
                                     dateline_admin1=set(), country_hint=None)
        fast, slow = _copy(all_readings), _copy(all_readings)
        resolve_mod._coherence(fast, doc)
        plain_coherence(slow, doc)
        assert [[(r.entry.id, r.score, r.reasons) for r in rs] for rs in fast] == \
               [[(r.entry.id, r.score, r.reasons) for r in rs] for rs in slow]
        changed += any(r.reasons for rs in fast for r in rs)
    assert changed > 30
