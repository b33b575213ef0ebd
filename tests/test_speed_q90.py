"""What the rewrites of round q90-speed rely on: each gives the same answers as what it replaced.

The old patterns are written out here; random strings of the characters they look at (Arabic letters, و,
digits of two scripts, spaces, line breaks, tabs, punctuation and a few other letters) are asked of both.
"""
from __future__ import annotations

import random
import re

from rasd.text import normalize as N

_OLD_LONE_WAW = re.compile(r"(?<![^\W\d_])و (?=[\u0621-\u064a])")
_OLD_DIGIT_GLUE = re.compile(r"(?<=\d)(?=[\u0621-\u064a])|(?<=[\u0621-\u064a])(?=\d)")
_OLD_SPACES = re.compile("(?<=\n) +| +(?=\n)| (?= )")

_CHARS = ["و", "و", "ا", "ب", "ه", "ة", "ي", "ى", "ال", " ", " ", " ", "  ", "\n", "\t", "1", "7", "٣", "x", "_",
          ".", "،", "-", "\u064e", "\u00a0", "ـ", "٫"]


def _texts(seed: int, n: int = 20000):
    rnd = random.Random(seed)
    for _ in range(n):
        yield "".join(rnd.choice(_CHARS) for _ in range(rnd.randint(0, 14)))


def test_lone_waw_led_by_its_letter_matches_where_the_old_one_did():
    found = 0
    for t in _texts(901):
        old = [m.span() for m in _OLD_LONE_WAW.finditer(t)]
        found += bool(old)
        assert [m.start() for m in N._LONE_WAW.finditer(t)] == [s for s, _ in old], t
    assert found > 100


def test_digit_led_seams_are_the_old_glue_seams():
    found = 0
    for t in _texts(902):
        old = [m.start() for m in _OLD_DIGIT_GLUE.finditer(t)]
        found += bool(old)
        new = sorted([m.start() for m in N._LETTER_THEN_DIGIT.finditer(t)]
                     + [m.end() for m in N._DIGIT_THEN_LETTER.finditer(t)])
        assert new == old, t
        assert N._digit_seams(t) == old, t   # (the two patterns in one scan, round q94-speed)
    assert found > 500


def test_spaces_only_match_where_the_gate_lets_in():
    for t in _texts(903):
        if _OLD_SPACES.search(t):
            assert "  " in t or " \n" in t or "\n " in t, t


def test_normalize_of_random_strings_is_unchanged():
    """The whole of `normalize` against itself with the old patterns put back."""
    saved = N._LONE_WAW, N._digit_seams
    texts = list(_texts(904, 5000)) + ["و الميادين 15تشرين بـ3 قصف5  \n  مواقع\n و 3ب"]
    new = [(o.text, [o.to_orig(i) for i in range(len(o.text) + 1)]) for o in map(N.normalize, texts)]
    try:
        N._LONE_WAW = _OLD_LONE_WAW
        # (the old pattern's seams are its starts; `_digit_seams` since round q94-speed)
        N._digit_seams = lambda t: [m.start() for m in _OLD_DIGIT_GLUE.finditer(t)]
        old = [(o.text, [o.to_orig(i) for i in range(len(o.text) + 1)]) for o in map(N.normalize, texts)]
    finally:
        N._LONE_WAW, N._digit_seams = saved
    assert new == old


def test_fold_by_bytes_is_the_table():
    rnd = random.Random(905)
    alphabet = [*N._FOLD, *N._CP1256, "ی", "٣", "\u06c1", "x", "é", "\u2028", "😀"]
    for _ in range(20000):
        t = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))
        assert N._fold(t) == t.translate(N._TABLE), t
    every = N._CP1256
    assert N._fold(every) == every.translate(N._TABLE)
