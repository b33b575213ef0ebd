"""Shortcuts of speed-40a give what the plain computation gives.

Texts are drawn at random from words written for these tests and from the packaged keys.
"""
from __future__ import annotations

import random

from rasd.extract.match import CombinedMatcher
from rasd.geo import get_gazetteer
from rasd.geo.entry import Entry
from rasd.geo.gazetteer import Gazetteer
from rasd.lexicon.load import lexicons


def _fields(hits):
    return [(h.start, h.end, h.key, h.entry_ids, h.levels, h.common_word) for h in hits]


def _own_scan(gaz: Gazetteer, text: str):
    """`find_names` with the gazetteer's own automaton, not the shared scan."""
    scanner, gaz._scanner = gaz._scanner, None
    try:
        gaz._last_names = None
        return gaz.find_names(text)
    finally:
        gaz._scanner = scanner
        gaz._last_names = None


def test_the_names_found_in_the_lexicons_scan_are_those_of_the_own_automaton():
    gaz = get_gazetteer()
    assert gaz._scanner is lexicons().place_words.scanner
    rng = random.Random(40)
    names = [k for k in list(gaz._by_key)[:15000] if len(k) >= 3]
    words = [k for k in lexicons().place_words.scanner._compiled()._auto.keys()]
    clitics = ["", "", "", "و", "ب", "ال", "وال", "لل", "ك", "بال"]
    found = 0
    for _ in range(250):
        parts = [rng.choice(clitics) + rng.choice(names if rng.random() < 0.5 else words)
                 + rng.choice(["", "", "ي", "ها", "ات"]) for _ in range(rng.randint(1, 12))]
        text = "".join(w + rng.choice([" ", " ", "، ", ". ", "\n", ""]) for w in parts)
        gaz._last_names = None
        shared = gaz.find_names(text)
        assert _fields(shared) == _fields(_own_scan(gaz, text)), text
        found += len(shared)
    # (the sample must find names at all; how many moves with every gazetteer or lexicon row added:
    #  399 after q80-levant's places and words, so the bound is not an exact count)
    assert found > 350


def _tiny(name_ar: str) -> Gazetteer:
    return Gazetteer([Entry(id="t:1", name_ar=name_ar, name_en="T", level="town", country="SY",
                            lat=35.0, lon=38.0)])


def test_a_later_gazetteer_takes_the_shared_scan_over_and_the_first_finds_its_own_names():
    scanner = CombinedMatcher()
    words = scanner.lexicon("words")([("قصف", "bomb")])
    text = "قصف على كفرزيتا وعلى مورك"
    assert [h.payload for h in words.find(text)] == ["bomb"]   # (compiled, and this text cached)
    first, second = _tiny("كفرزيتا"), _tiny("مورك")
    first.share_scan(scanner)
    assert [h.key for h in first.find_names(text)] == ["كفرزيتا"]   # (not the answer cached before)
    second.share_scan(scanner)
    assert scanner.owner("gazetteer names") is second
    assert [h.key for h in second.find_names(text)] == ["مورك"]
    first._last_names = None
    assert [h.key for h in first.find_names(text)] == ["كفرزيتا"]   # its own automaton now
    assert [h.payload for h in words.find(text)] == ["bomb"]


def test_containment_remembered_per_gazetteer_scores_as_computed_afresh():
    import importlib
    from rasd.geo import GeoContext
    from rasd.model import PlaceMention
    from rasd.text.normalize import normalize_key

    r = importlib.import_module("rasd.geo.resolve")
    gaz = get_gazetteer()
    rng = random.Random(41)
    towns = [e for e in gaz.entries.values() if e.level in ("town", "village", "neighbourhood")
             and e.country == "SY" and e.name_ar][:3000]
    parents = [e for e in gaz.entries.values() if e.level in ("town", "admin1", "admin2", "region")
               and e.country == "SY" and e.name_ar][:600]
    doc = r.document_context(gaz, GeoContext(text="", country_hint="SY"))
    assert doc.contains is r._memo(r._CONTAINS, gaz, 200_000)
    inside = 0
    for _ in range(300):
        t = rng.choice(towns)
        # (half of the time the town's own governorate or district: a parent that contains it)
        own = gaz.get(rng.choice([t.admin1, t.admin2]) or "") if rng.random() < 0.5 else None
        p = own if own is not None and own.name_ar else rng.choice(parents)
        m = PlaceMention(name=normalize_key(t.name_ar), text=t.name_ar, start=0, end=1,
                         parent_name=normalize_key(p.name_ar))
        ps = r._parents(gaz, m, doc)
        cands = r._candidates(gaz, m)
        warm = r._score(gaz, m, cands, doc, ps)
        again = r._score(gaz, m, cands, doc, ps)   # (every pair remembered now)
        doc.contains = {}
        fresh = r._score(gaz, m, cands, doc, ps)
        doc.contains = r._memo(r._CONTAINS, gaz, 200_000)
        for rs in (warm, again):
            assert [(x.entry.id, x.score, x.reasons) for x in rs] == \
                [(x.entry.id, x.score, x.reasons) for x in fresh]
        inside += sum(any(w == r.W_PARENT_IN for w, _, _ in x.reasons) for x in fresh)
    assert inside > 50
