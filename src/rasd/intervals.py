"""How much of a score is the luck of which reports are in the set: bootstrap intervals for `rasd eval`.

A gold set of 20-30 reports moves by several F1 points when one report is swapped for another,
so a rule that "raised F1 by 0.01" may have done nothing. Resampling the set's *documents* (not
its events: the events of one report stand or fall together, by the same sentences) with
replacement, and re-counting hits, extras and misses each time, gives a 95 % interval for event
precision, recall and F1. Two runs on the same documents are compared *paired*: each resample
draws the same documents for both, so the interval is for the change itself and does not carry
the spread that both runs share. `better` is the share of resamples in which the new run's
figure is higher; a change whose interval holds 0 is not shown by this set.

Seeded, so the same runs print the same interval (a figure in a note can be re-made).
"""
from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from .evaluate import Scores

RESAMPLES = 2000
LEVEL = 0.95
SEED = 20261127
FIGURES = ("precision", "recall", "f1")


@dataclass(frozen=True, slots=True)
class Interval:
    """A figure with the bounds of its central LEVEL share of resamples."""

    value: float
    low: float
    high: float
    better: float | None = None   # for a paired change: share of resamples where it is > 0

    def as_dict(self) -> dict[str, float]:
        d = {"value": round(self.value, 3), "low": round(self.low, 3), "high": round(self.high, 3)}
        if self.better is not None:
            d["better"] = round(self.better, 3)
        return d


def _figures(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1, 0.0 where undefined (as the reference scorer has it)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _bounds(values: list[float], level: float) -> tuple[float, float]:
    values.sort()
    cut = (1.0 - level) / 2.0
    last = len(values) - 1
    return values[int(cut * last + 0.5)], values[int((1.0 - cut) * last + 0.5)]


def _draws(n_docs: int, resamples: int, seed: int) -> list[list[int]]:
    if n_docs == 0:
        raise ValueError("no documents were scored: there is nothing to resample")
    rng = random.Random(seed)
    return [[rng.randrange(n_docs) for _ in range(n_docs)] for _ in range(resamples)]


def _tallies(scores: Scores) -> dict[str, tuple[int, int, int]]:
    return {d.doc_id: (d.tally.tp, d.tally.fp, d.tally.fn) for d in scores.per_doc}


def _sum(rows: Sequence[tuple[int, int, int]], draw: list[int]) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for i in draw:
        a, b, c = rows[i]
        tp += a
        fp += b
        fn += c
    return _figures(tp, fp, fn)


def intervals(scores: Scores, resamples: int = RESAMPLES, level: float = LEVEL,
              seed: int = SEED) -> dict[str, Interval]:
    """Event precision, recall and F1 of one run, each with its document-bootstrap interval."""
    rows = list(_tallies(scores).values())
    samples: list[list[float]] = [[], [], []]
    for draw in _draws(len(rows), resamples, seed):
        for k, v in enumerate(_sum(rows, draw)):
            samples[k].append(v)
    ev = scores.events
    values = (ev.precision, ev.recall, ev.f1)
    return {name: Interval(values[k], *_bounds(samples[k], level)) for k, name in enumerate(FIGURES)}


def paired_change(new: Scores, old: Scores, resamples: int = RESAMPLES, level: float = LEVEL,
                  seed: int = SEED) -> dict[str, Interval]:
    """new minus old for event precision, recall and F1, over the documents both runs scored.

    Raises ValueError when the runs share no document (they are not runs on the same set).
    """
    a, b = _tallies(new), _tallies(old)
    shared = [d for d in a if d in b]
    if not shared:
        raise ValueError("the two runs have no scored document in common")
    rows_new = [a[d] for d in shared]
    rows_old = [b[d] for d in shared]
    samples: list[list[float]] = [[], [], []]
    above = [0, 0, 0]
    for draw in _draws(len(shared), resamples, seed):
        for k, (x, y) in enumerate(zip(_sum(rows_new, draw), _sum(rows_old, draw))):
            samples[k].append(x - y)
            above[k] += x > y
    whole_new = _sum(rows_new, list(range(len(shared))))
    whole_old = _sum(rows_old, list(range(len(shared))))
    return {name: Interval(whole_new[k] - whole_old[k], *_bounds(samples[k], level), above[k] / resamples)
            for k, name in enumerate(FIGURES)}
