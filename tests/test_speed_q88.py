"""What the gate of round q88-speed relies on.

`mentions` runs `_SLOGAN` over a report only where its gate says yes: one of "شعار"، "هتا"، "هتف"، "ردد",
or "لافت"/"اسم" with a one-word slogan word that holds none of those four (`_SLOGAN_OTHER`) or a phrase of
the slogan and name-label words side by side (`needles.phrase_gate`).  Every text that passed the gate before
(any of the six substrings) and in which `_SLOGAN` matches passes it (random strings of the words, their tokens, clitics, fillers and whitespace runs,
some longer than `phrase_gate`'s 40-character window).
"""
from __future__ import annotations

import random

from rasd.text.needles import phrase_gate
from rasd.lexicon.grammar import words

_FILLERS = ["قال", "اسم", "عليه", "تحت", "علي", "لافتات", "تقول", "كتب", "ها", "ال", "و", "ب", "شعر", "هاتف"]
_GAPS = [" ", "  ", "\n", "\t", "\u00a0", "", "،", ",", ".", " " * 45, "\n" * 38 + " "]


def _texts(pieces: list[str], seed: int, n: int = 6000):
    rnd = random.Random(seed)
    for _ in range(n):
        yield "".join(rnd.choice(pieces) + rnd.choice(_GAPS) for _ in range(rnd.randint(0, 9)))


def _pieces() -> list[str]:
    ws = [*words("slogan_word"), *words("name_label")]
    return [*ws, *(t for w in ws for t in w.split()), *(p + w for p in "وفبل" for w in ws), *_FILLERS]


def _gate(t: str) -> bool:
    from rasd.extract.mentions import _SLOGAN_OTHER, _SLOGAN_PHRASES
    from rasd.text.needles import any_in
    return "شعار" in t or "هتا" in t or "هتف" in t or "ردد" in t or (
        ("لافت" in t or "اسم" in t) and (any_in(_SLOGAN_OTHER, t) or _SLOGAN_PHRASES(t)))


def _OLD(t: str) -> bool:
    """The gate before: any of six substrings."""
    return "شعار" in t or "هتا" in t or "هتف" in t or "لافت" in t or "ردد" in t or "اسم" in t


def test_slogan_gate_holds_every_match():
    from rasd.extract.mentions import _SLOGAN
    matched = 0
    for t in _texts(_pieces(), 88):
        if _OLD(t) and _SLOGAN.search(t):
            matched += 1
            assert _gate(t), t
    assert matched > 500


def test_phrase_gate_sees_the_phrase_only_side_by_side():
    gate = phrase_gate(["عليه اسم", "تحت اسم"])
    assert gate("لافتة عليه\n  اسم الشهيد")
    assert gate("اسم" + " " * 3 + "x" * 0) is False
    assert not gate("عليه السلام وقال اسم الشهيد")
    assert gate("x" * 50 + "عليه" + " " * 60 + "اسم")   # (a run longer than the window: asked anyway)
    assert gate("تحت اسم")
