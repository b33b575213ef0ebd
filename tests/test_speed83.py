"""What the gates of round speed-83 rely on.

- `pipeline._without_gunmen_in_uniform` asks `needles.any_before_space(_UNIFORM_ENDS, text)` before
  its loop: every match of `_UNIFORM_OF` (at any position) holds one of the words' last tokens right
  before a whitespace character; checked on random strings, and `any_before_space` against the regex
  it stands for.
- `passes.one_event_per_point` returns the drafts untouched when no two drafts of one sub-event
  type share a point key, as `merge_drafts` would have.
"""
from __future__ import annotations

import random
import re
from types import SimpleNamespace

from rasd.text.needles import any_before_space, last_token_ends
from rasd.lexicon.grammar import words

_FILLERS = ["قال", "وزير", "المركزي", "زيت", "زيد", "لباسه", "مسلحون", "قوات", "الدعم", "السريع", "ال", "و", "ب"]
_GAPS = [" ", "  ", "\n", "\t", "\u00a0", "", "،", ",", "."]


def _texts(pieces: list[str], seed: int, n: int = 5000):
    rnd = random.Random(seed)
    for _ in range(n):
        yield "".join(rnd.choice(pieces) + rnd.choice(_GAPS) for _ in range(rnd.randint(0, 9)))


def _pieces(group: str) -> list[str]:
    ws = words(group)
    return [*ws, *(t for w in ws for t in w.split()), *(p + w for p in "وفبل" for w in ws), *_FILLERS]


def test_any_before_space_is_the_regex_it_stands_for():
    needles = ("زي", "لباس", "ا")
    rx = re.compile("(?:" + "|".join(map(re.escape, needles)) + r")\s")
    for t in _texts(_pieces("uniform_of"), 83):
        assert any_before_space(needles, t) == (rx.search(t) is not None), t


def test_last_token_ends_keeps_a_token_unless_another_ends_it():
    assert last_token_ends(["يرتدون زي", "بزي", "في زي", "بلباس"]) == ("زي", "بلباس")
    assert last_token_ends(["زيت", "زي"]) == ("زي", "زيت")   # "زي" is inside "زيت", not its end


def test_uniform_gate_holds_every_match():
    from rasd.extract.pipeline import _UNIFORM_ENDS, _UNIFORM_OF
    for t in _texts(_pieces("uniform_of"), 830):
        if not any_before_space(_UNIFORM_ENDS, t):
            assert not any(_UNIFORM_OF.match(t, i) for i in range(len(t) + 1)), t


def test_one_event_per_point_gate_gives_what_merge_drafts_gives():
    """Where the gate returns the drafts, `merge_drafts` with the same keys gives the same drafts back
    (it reads nothing but the type and the key of a pair it cannot join)."""
    from rasd.extract import passes as A
    rnd = random.Random(8383)
    real = A.merge_drafts
    A.merge_drafts = lambda drafts, key=None, apart=None: "merged"
    gated = 0
    try:
        for _ in range(4000):
            places = [SimpleNamespace(i=i) for i in range(rnd.randint(1, 5))]
            points = {id(p): rnd.choice(["a", "b", None]) for p in places}
            drafts = [SimpleNamespace(sub_event_type=rnd.choice(["Attack", "Armed clash"]), place=rnd.choice(places))
                      for _ in range(rnd.randint(2, 6))]
            keys = {id(d.place): points[id(d.place)] or f"#{id(d.place)}" for d in drafts}
            got = A.one_event_per_point(drafts, lambda p: points[id(p)])
            if got is drafts and len(set(keys.values())) != len(keys):
                gated += 1   # (merge_drafts would have run before the gate)
                out = real(drafts, lambda p: keys[id(p)], A._sides_apart)
                assert len(out) == len(drafts) and all(a is b for a, b in zip(out, drafts))
            elif got is not drafts:
                assert got == "merged"
    finally:
        A.merge_drafts = real
    assert gated > 20
