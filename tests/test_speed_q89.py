"""What the gates of round q89-speed rely on.

Each pattern below is now asked only where a cheap test says it may match: a window's needles, the
words a match opens or ends with, or a report-wide substring asked once.  Every string the pattern
matches (random strings of its words, their tokens, clitics, fillers and whitespace runs) passes its
test; where the test replaces the pattern outright, the two give the same answers.
"""
from __future__ import annotations

import random

from rasd.text.needles import any_in
from rasd.lexicon.grammar import words

_FILLERS = ["قال", "في", "من", "علي", "ال", "و", "ف", "ب", "ل", "قد", "x", "1", "ابو", "الجيش", "قوات", "يه", "ي"]
_GAPS = [" ", "  ", "\n", "\t", "\u00a0", "", "،", ",", ".", " " * 30]


def _pieces(*groups: str, extra: tuple[str, ...] = ()) -> list[str]:
    ws = [w for g in groups for w in words(g)]
    return [*ws, *(t for w in ws for t in w.split()), *(p + w for p in ("و", "ف", "ب", "ل", "ال") for w in ws),
            *extra, *_FILLERS]


def _texts(pieces: list[str], seed: int, n: int = 5000):
    rnd = random.Random(seed)
    for _ in range(n):
        yield "".join(rnd.choice(_GAPS[:5]) * rnd.randint(0, 1) + rnd.choice(pieces) + rnd.choice(_GAPS)
                      for _ in range(rnd.randint(0, 8)))


def test_flown_over_window_holds_a_flight_word_and_over():
    from rasd.extract.frames import _FLIGHT_NEEDLES, _FLOWN_OVER, _OVER_NEEDLES
    matched = 0
    pieces = [*words("flight_verb"), "فوق", "في اجواء", "في سماء", "مسيره", "بلده", "و", "."]
    for t in _texts(pieces, 891):
        if _FLOWN_OVER.search(t):
            matched += 1
            assert any_in(_FLIGHT_NEEDLES, t) and any_in(_OVER_NEEDLES, t), t
    assert matched > 100


def test_adjective_ends_as_its_gate_says():
    from rasd.extract.actors import _ADJECTIVE
    rnd = random.Random(895)
    pieces = ["ال", "روس", "ي", "يه", " ", "ه", "ة", "ا"]
    matched = 0
    for _ in range(20000):
        t = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 6)))
        if _ADJECTIVE.fullmatch(t):
            matched += 1
            assert t.endswith(("ي", "يه")), t
    assert matched > 100


def test_media_before_window_ends_with_a_body():
    from rasd.extract.frames import _MEDIA_BEFORE, _MEDIA_BODIES
    matched = 0
    for t in _texts(_pieces("media_body"), 899):
        for at in range(len(t) + 1):
            lo = at - 12 if at > 12 else 0
            if _MEDIA_BEFORE.search(t, lo, at):
                matched += 1
                assert t[lo:at].rstrip().endswith(_MEDIA_BODIES), (t, at)
    assert matched > 100


def test_taker_verb_before_answers_as_the_search():
    from rasd.extract.sides import _TAKER_VERB_BEFORE, _taker_verb_before
    matched = 0
    for t in _texts(_pieces("taker_verb_stem", extra=("سيطرت", "دخلت", "واصلت", "تمكنت")), 8910):
        for at in range(len(t) + 1):
            want = _TAKER_VERB_BEFORE.search(t, at - 24 if at > 24 else 0, at) is not None
            matched += want
            assert _taker_verb_before(t, at) == want, (t, at)
    assert matched > 100


def test_joint_patterns_open_as_their_gates_say():
    from rasd.extract.sides import _AND_FORCES_OF, _MADE_OF
    m1 = m2 = 0
    for t in (*_texts(_pieces("force_head"), 8911, 10000),
              *_texts([*words("relative_pronoun"), *words("made_of_verb"), "جبهه"], 8914, 10000)):
        j = t.strip()
        if _AND_FORCES_OF.fullmatch(j):
            m1 += 1
            assert j.startswith("و"), j
        if _MADE_OF.fullmatch(j):
            m2 += 1
            assert j.startswith(("ال", ",", "،")), j
    assert m1 > 50 and m2 > 50


def test_no_item_mark_after_a_letter():
    from rasd.text.segment import ITEM_MARK, item_line
    for c in range(0x621, 0x64B):
        for rest in ("1. x", "- x", "• x", " 3) x", "🔴 x"):
            assert ITEM_MARK.match(chr(c) + rest) is None
    assert item_line("x\n1- خبر", 5) == 2
    assert item_line("x\nخبر", 4) is None


def test_aircraft_drops_hold_an_aircraft_needle():
    from rasd.extract.mentions import _AIRCRAFT_DROPS, _DROPPING_AIRCRAFT_NEEDLES
    matched = 0
    for t in _texts(_pieces("dropping_aircraft", "aircraft_drop_verb"), 8912):
        for m in _AIRCRAFT_DROPS.finditer(t):
            matched += 1
            assert any_in(_DROPPING_AIRCRAFT_NEEDLES, m.group(1)), t
    assert matched > 100


def test_unit_word_needles_are_in_every_match():
    from rasd.extract.actors import _UNIT_NEEDLES, _UNIT_WORD
    matched = 0
    for t in _texts(_pieces("patrol_word", extra=("تابعه", "ل", "التابعه")), 8913):
        if _UNIT_WORD.search(t):
            matched += 1
            assert any_in(_UNIT_NEEDLES, t), t
    assert matched > 100
