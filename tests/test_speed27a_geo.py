"""Caches and shortcuts of the geocoder (speed-27a) give what the plain computation gives.

Mentions are drawn at random from names, type words, qualifiers and spellings written for
these tests, so that reports name the same place again and again, alike and not quite alike.
"""
from __future__ import annotations

import importlib
import random

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
            got = scored[key] = (ps, r._score(gaz, m, r._candidates(gaz, m), doc, ps))
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

    matcher, construct = gaz.matcher, gaz._construct
    found = []
    for start, end, key, ws, _ in matcher.raw(norm_text):
        clitics = norm_text[ws:start]
        if (key in construct and clitics.endswith("ال")) or clitics.endswith("ك"):
            continue
        ids, levels, common = gaz._facts(key)
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
