"""Answers remembered for speed (round speed-27b) are the answers computed afresh."""
import random
from datetime import date, timedelta

from rasd.extract.actors import resolve_generic
from rasd.lexicon.load import lexicons


def test_remembered_generic_actor_is_the_computed_one():
    lex = lexicons()
    keys = sorted({r["key"] for r in lex.generic_actors}) + ["@nothing"]
    countries = sorted({r["country"] for r in lex.generic_actors if r["country"]}) + [None, "ZZ"]
    rng = random.Random(2)
    # the days around each row's bounds, where the answer changes
    bounds = sorted({date.fromisoformat(r[k]) for r in lex.generic_actors for k in ("from", "to") if r[k]})
    days = [None] + [b + timedelta(days=d) for b in bounds for d in (-1, 0, 1)] + \
        [date(2000, 1, 1) + timedelta(days=rng.randint(0, 10_000)) for _ in range(50)]
    changed = 0
    for key in keys:
        for country in countries:
            answers = set()
            for when in days:
                for _ in range(2):   # (the second time from the cache)
                    got = resolve_generic(key, country, when, lex)
                    assert got == resolve_generic.__wrapped__(key, country, when, lex), (key, country, when)
                answers.add(got)
            changed += len(answers) > 1
    assert changed > 0   # (some key does change its actor with the date: the dates are asked)


def test_generic_army_depends_on_country():
    lex = lexicons()
    assert resolve_generic("@army", "SY", None, lex) != resolve_generic("@army", "IQ", None, lex)
    assert resolve_generic("@nothing", "SY", None, lex) == "Unidentified Armed Group"
