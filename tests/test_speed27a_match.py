"""The matcher's candidate loop (`Matcher._walk`), rewritten for speed, finds the same hits in
the same order as its plain form below, on random lexicons and random strings of the letters,
clitics and separators that matter, and on the packaged lexicons."""
from __future__ import annotations

import random
from collections import defaultdict

import pytest

from rasd.extract.match import CombinedMatcher, Hit, Matcher
from rasd.lexicon.load import lexicons


def plain_walk(m: Matcher, text: str, grouped: bool):
    """The candidate loop as it was written before speed-27a: every edge checked per entry,
    each hit made by calling `Hit`."""
    if m._empty:
        return defaultdict(list) if grouped else []
    prefixes, verb_prefixes, suffixes = m._aff.prefixes, m._aff.verb_prefixes, m._aff.suffixes
    n = len(text)
    out = []
    groups = defaultdict(list)
    for end_idx, (takes_ending, entries) in m._auto.iter(text):
        end = end_idx + 1
        if end < n and text[end].isalnum():
            if not takes_ending:
                continue
            we = end + 1
            while we < n and text[we].isalnum():
                we += 1
            ending = text[end:we]
            if ending not in suffixes:
                continue
        else:
            we = end
            ending = ""
        for e in entries:
            if ending and not e.suffix_ok:
                continue
            start = end - e.length
            if e.needs_lam and (start == 0 or text[start - 1] != "ل"):
                continue
            ws = start
            while ws > 0 and text[ws - 1].isalnum():
                ws -= 1
            if ws != start:
                prefix = text[ws:start]
                if e.needs_lam:
                    if prefix not in ("ل", "ول", "فل"):
                        continue
                elif prefix not in prefixes and not (e.verb_ok and prefix in verb_prefixes):
                    continue
            elif e.needs_lam:
                continue
            if not grouped:
                out.append((start, end, e.payload, ws, we))
            else:
                kind, payload = e.payload
                groups[kind].append(Hit(start, end, payload, ws, we))
    return groups if grouped else out


def _fields(h: Hit) -> tuple:
    assert type(h) is Hit
    return (h.start, h.end, h.payload, h.word_start, h.word_end)


def assert_same(m: Matcher, text: str) -> int:
    """Compare the three ways of asking; the number of hits found."""
    assert m.raw(text) == plain_walk(m, text, grouped=False), text
    fast, slow = m.grouped(text), plain_walk(m, text, grouped=True)
    assert list(fast) == list(slow), text      # kinds in the order first found
    for kind in slow:
        assert [_fields(h) for h in fast[kind]] == [_fields(h) for h in slow[kind]], (text, kind)
        assert fast[kind] == slow[kind]        # equal (and so hash alike) as the plain Hits
    assert [_fields(h) for h in m.find(text)] == [_fields(Hit(*t)) for t in plain_walk(m, text, False)]
    return len(m.raw(text))


#: letters the clitics and endings are made of, a few others, and what separates words
_LETTERS = "البوفكتيناهمسقصرظ"
_TEXT_CHARS = _LETTERS * 3 + "   ..،-1a"


def _random_pattern(rng: random.Random) -> str:
    core = "".join(rng.choice(_LETTERS) for _ in range(rng.randint(1, 5)))
    if rng.random() < 0.3:
        core = "ال" + core
    if rng.random() < 0.15:
        core += " " + "".join(rng.choice(_LETTERS) for _ in range(rng.randint(1, 3)))
    return ("+" if rng.random() < 0.3 else "") + core + ("*" if rng.random() < 0.4 else "")


@pytest.mark.parametrize("seed", range(6))
def test_same_hits_as_the_plain_loop_on_random_lexicons(seed):
    rng = random.Random(seed)
    rows = [(_random_pattern(rng), (rng.choice("abc"), i)) for i in range(rng.randint(20, 60))]
    m = Matcher(rows)
    found = 0
    for _ in range(1500):
        text = "".join(rng.choice(_TEXT_CHARS) for _ in range(rng.randint(0, 40)))
        found += assert_same(m, text)
    assert found > 50   # (the strings do hold hits)


def test_same_hits_as_the_plain_loop_with_the_packaged_lexicons():
    combined = lexicons().actors._combined._compiled()
    # (the lexicons' own keys: the automaton also holds the gazetteer's names once the
    #  gazetteer shares its scan, speed-40a)
    keys = [k for k in combined._auto.keys()
            if any(e.payload[0] != "gazetteer names" for e in combined._auto.get(k)[1])]
    rng = random.Random(5)
    clitics = ["", "", "", "و", "ب", "ال", "وال", "لل", "ي", "سي", "م"]
    endings = ["", "", "", "ت", "وا", "ها", "ات", "ي", "ين"]
    found = 0
    for _ in range(800):
        words = [rng.choice(clitics) + rng.choice(keys) + rng.choice(endings) for _ in range(rng.randint(1, 12))]
        seps = [rng.choice([" ", " ", " ", "، ", ". ", "-", ""]) for _ in words]
        found += assert_same(combined, "".join(w + s for w, s in zip(words, seps)))
    assert found > 3000


def test_the_plain_loop_is_a_real_check():
    # the comparison sees a hit that differs in one field, or one made differently
    m = Matcher([("قصف", ("k", 1))])
    text = "وقصف"
    hits = m.grouped(text)["k"]
    assert [_fields(h) for h in hits] == [(1, 4, 1, 0, 4)]
    wrong = Hit(1, 4, 1, 1, 4)
    assert hits != [wrong]


def test_combined_views_give_the_grouped_hits():
    cm = CombinedMatcher()
    a = cm.lexicon("a")([("قصف*", "bomb"), ("النظام", "regime")])
    b = cm.lexicon("b")([("حلب", "aleppo")])
    text = "قصفت قوات النظام وللنظام بحلب"
    assert [(text[h.start:h.end], h.payload, h.word_start) for h in a.find(text)] == \
        [("قصف", "bomb", 0), ("النظام", "regime", 10), ("لنظام", "regime", 17)]
    assert [(text[h.start:h.end], h.payload, text[h.word_start:h.word_end]) for h in b.find(text)] == \
        [("حلب", "aleppo", "بحلب")]
