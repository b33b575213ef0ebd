"""Round speed-61: the faster forms give the answers of the plain ones."""
from __future__ import annotations

import random

from rasd.text.dates import _YEAR_WORDS
from rasd.text.positions import positions_of


def _every_start(text: str, needles) -> list[int]:
    """`positions_of` as its docstring says it: one scan per needle."""
    return sorted({i for w in needles for i in range(len(text)) if text.startswith(w, i)})


def test_positions_of_finds_words_held_by_others_through_them():
    # "العام" holds "عام" at 2, "عامي" holds it at 0: found through the shorter word's scan
    text = "في العام الماضي وعامي 2015 و2016 عام السنة سنه السنه العامي"
    needles = ("السنه", "العام", "سنه", "عام", "عامي")
    assert positions_of(text, needles) == _every_start(text, needles)
    assert positions_of("العام", ["عام", "العام"]) == [0, 2]
    assert positions_of("عامي", ["عامي"]) == [0]   # (a needle alone is scanned itself)
    assert positions_of("xlax", ("lax", "la", "ax")) == [1, 2]


def test_positions_of_matches_a_scan_per_needle_on_random_strings():
    rng = random.Random(61)
    alphabet = "العمسنهي xب"
    groups = [tuple(_YEAR_WORDS), ("اتهم", "تتهم", "تحمل", "حمل", "وجه", "يتهم", "يحمل"), ".!?;\n",
              ("ab", "b", "abb", "bab", "a")]
    for _ in range(400):
        needles = rng.choice(groups)
        chars = alphabet + "".join(needles if isinstance(needles, str) else "".join(needles))
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 40)))
        assert positions_of(text, needles) == _every_start(text, needles)
        assert positions_of(text, list(needles)) == _every_start(text, needles)
