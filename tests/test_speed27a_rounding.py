"""Rounded scores and confidences remembered by value (speed-27a) are what rounding them
again gives, written the same way (`repr`: 0.0 and -0.0 are one dict key)."""
from __future__ import annotations

import importlib
import itertools
import math
import random
from types import SimpleNamespace

resolve_mod = importlib.import_module("rasd.geo.resolve")
pipeline = importlib.import_module("rasd.extract.pipeline")


def test_shown_score_is_the_rounded_squashed_score():
    rng = random.Random(2)
    pool = [rng.uniform(-1, 3) for _ in range(200)] + [0.0, -0.0, 2.0, 1.9995, 0.0005, -1e-300, math.inf]
    for x in [rng.choice(pool) for _ in range(5000)] + [-0.0, 0.0, -0.0]:
        assert repr(resolve_mod._shown_score(x)) == repr(round(resolve_mod._squash(x), 3)), x


def plain_confidence(d, geo):
    """`_confidence` without the remembered rounding (the form of round q82-confidence:
    additions up to the top, then deductions, no lower than 0.05)."""
    base, weights = pipeline.confidence_weights()
    ws = [weights.get(s, 0.0) for s in pipeline.confidence_signs(d, geo)]
    c = min(base + sum(w for w in ws if w > 0), pipeline.CONFIDENCE_TOP) + sum(w for w in ws if w < 0)
    return round(max(0.05, c), 2)


def test_confidence_as_the_plain_form_gives_it():
    geos = [None, SimpleNamespace(latitude=None, geo_precision=3, gazetteer_id=None, score=0.1)] + \
        [SimpleNamespace(latitude=33.5, geo_precision=p, gazetteer_id="x", score=s) for p in (1, 2, 3)
         for s in (1.0, 0.8)]
    seen = set()
    for flags in itertools.product([False, True], repeat=8):
        place = SimpleNamespace(anaphor=flags[5], from_cue=flags[6])
        d = SimpleNamespace(actor1_inferred=flags[0], place_inherited=flags[1], date_explicit=flags[2],
                            background=flags[3], time_precision=2 if flags[4] else 1, place=place,
                            killed=None, injured=None if flags[7] else 3,
                            cue="airstrike" if flags[7] else "kill")
        for g in geos:
            for _ in range(2):   # (the second time from what the first remembered)
                got = pipeline._confidence(d, g)
                assert repr(got) == repr(plain_confidence(d, g))
                seen.add(got)
    assert len(seen) > 10
