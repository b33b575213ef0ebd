"""`Sorted.within`, rewritten for speed (speed-27a), answers what its plain form answers, on
random hits: settled (as `longest_first` leaves them), overlapping, and with equal starts."""
from __future__ import annotations

import random
from bisect import bisect_left, bisect_right

import pytest

from rasd.extract.match import Hit, longest_first
from rasd.extract.mentions import Sorted


def plain_within(sorted_: Sorted, s: int, e: int) -> list:
    """Items that start in [s, e) and end by e, as `within` found them before speed-27a."""
    starts = sorted_._starts
    i = bisect_left(starts, s)
    if i == len(starts) or starts[i] >= e:
        return []
    j = bisect_left(starts, e, i + 1)
    if sorted_._ends is not None:
        return sorted_.items[i:bisect_right(sorted_._ends, e, i, j)]
    return [h for h in sorted_.items[i:j] if h.end <= e]


def by_definition(items: list, s: int, e: int) -> list:
    return [h for h in items if s <= h.start < e and h.end <= e]


def _hits(rng: random.Random, n: int) -> list[Hit]:
    out = []
    for k in range(n):
        a = rng.randint(0, 80)
        out.append(Hit(a, a + rng.randint(1, 12), k, a, a + 12))   # (no key is empty)
    return out


@pytest.mark.parametrize("seed", range(5))
def test_same_items_as_the_plain_form(seed):
    rng = random.Random(seed)
    nonempty = 0
    for _ in range(300):
        raw = _hits(rng, rng.randint(0, 25))
        for sorted_ in (Sorted(longest_first(raw), settled=True), Sorted(raw)):
            for _ in range(40):
                s = rng.randint(-3, 95)
                e = s + rng.randint(-2, 40)
                got = sorted_.within(s, e)
                assert got == plain_within(sorted_, s, e), (s, e)
                assert got == by_definition(sorted_.items, s, e)
                nonempty += bool(got)
    assert nonempty > 1000


def test_the_run_stops_at_an_item_that_ends_too_late():
    items = [Hit(0, 3, "a", 0, 3), Hit(4, 9, "b", 4, 9), Hit(10, 12, "c", 10, 12)]
    sorted_ = Sorted(items, settled=True)
    assert [h.payload for h in sorted_.within(0, 8)] == ["a"]
    assert [h.payload for h in sorted_.within(0, 12)] == ["a", "b", "c"]
    assert [h.payload for h in sorted_.within(4, 11)] == ["b"]
    assert sorted_.within(5, 30) == [items[2]]
    assert sorted_.within(4, 8) == []
