"""What the fast paths of round speed-78 rely on: each gate or rewritten pattern gives the answer
of the regex it stands in front of, on random windows."""
from __future__ import annotations

import random

from rasd.extract.actors import _AMONG_TOLL
from rasd.extract.frames import _SOURCE_HOSPITAL_IN


def _windows(pieces: list[str], seed: int):
    """Random strings of the pieces, each with a random window [lo, hi)."""
    rnd = random.Random(seed)
    for _ in range(3000):
        t = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 16)))
        lo = rnd.randint(0, len(t))
        yield t, lo, rnd.randint(lo, len(t))


def test_every_source_hospital_match_holds_its_word():
    words = ["وقال", "مصدر", "ومصادر", "طبي", "في", "مستشفى", "بمستشفى", "مستشف", "الرازي", "مدينه", "بمدينه",
             "ب", "قال", "\n", "الطلح"]
    rnd = random.Random(781)
    found = 0
    for _ in range(6000):
        t = " ".join(rnd.choice(words) for _ in range(rnd.randint(0, 9))) + rnd.choice(["", " ", " ب", " في "])
        lo = rnd.randint(0, len(t) // 3)
        hi = rnd.choice([len(t), rnd.randint(lo, len(t))])
        m = _SOURCE_HOSPITAL_IN.search(t, lo, hi)
        if m is not None:
            found += 1
            assert "مستشف" in t[lo:hi], t
    assert found > 0


def test_every_shared_out_toll_match_holds_its_word():
    pieces = [" ", "بينهم", "منهم", "نهم", "بين", "من", "5", "قوات", "النظام", ".", "،", "\n", "و"]
    found = 0
    for t, lo, hi in _windows(pieces, 782):
        m = _AMONG_TOLL.search(t, lo, hi)
        if m is not None:
            found += 1
            assert t.find("نهم", lo, hi) >= 0, t
    assert found > 0


def test_every_match_of_a_grammar_alternation_holds_a_last_token():
    from rasd.extract.actors import _EXCEPT_HELD, _EXCEPT_NEEDLES
    from rasd.extract.casualties import _RIVAL_NEEDLES, _RIVAL_SOURCE
    from rasd.text.needles import any_in
    from rasd.lexicon.grammar import words
    rnd = random.Random(783)
    for rx, needles, group in ((_RIVAL_SOURCE, _RIVAL_NEEDLES, "rival_source"),
                               (_EXCEPT_HELD, _EXCEPT_NEEDLES, "except_word")):
        pieces = [*words(group), *(t for w in words(group) for t in w.split()), "قال", "الاحياء", "التي", "5"]
        found = 0
        for _ in range(4000):
            t = "".join(rnd.choice(pieces) + rnd.choice([" ", "  ", "\n", "", "،"])
                        for _ in range(rnd.randint(0, 8)))
            lo = rnd.randint(0, len(t))
            hi = rnd.choice([len(t), rnd.randint(lo, len(t))])
            if rx.search(t, lo, hi) is not None:
                found += 1
                assert any_in(needles, t, lo, hi), t
        assert found > 0, group
