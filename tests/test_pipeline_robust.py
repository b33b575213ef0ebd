"""The extractor never crashes and never quotes evidence wrongly, whatever Arabic it is given.

Texts are assembled at random from words of every lexicon (so the rules fire in odd
combinations), plus punctuation, digits, quotes, brackets, diacritics and tatweel.
"""
from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings, strategies as st

from rasd import Document
from rasd.extract.pipeline import default_extractor
from rasd.resources import read_tsv

_WORDS: list[str] = []
for name in ("actors", "triggers", "weapons", "targets", "casualties", "persons", "place_types",
             "quantifiers", "numbers", "months", "weekdays", "relative_dates", "discourse"):
    for row in read_tsv(f"lexicon/{name}.tsv"):
        w = (row.get("pattern") or "").strip("*+")
        if w:
            _WORDS.append(w)
_WORDS += ["حلب", "دير الزور", "الميادين", "قرية", "بلدة", "حي", "في", "على", "و", "من", "12", "٣٠",
           "،", ".", "؛", "(", ")", "“", "”", "\"", "\n", "ـــ", "َ", "ً", " - ", "?"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=80), st.integers(0, 2**31 - 1))
def test_random_reports_never_crash_and_quote_exactly(words, seed):
    rnd = random.Random(seed)
    text = "".join(w + rnd.choice([" ", " ", " ", "", "\n", "، "]) for w in words)
    if not any("\u0621" <= c <= "\u064a" for c in text):
        text = "قصف " + text
    records = default_extractor().extract(Document(id="fuzz", text=text))
    for r in records:
        assert r.evidence, "every record quotes its evidence"
        for span in r.evidence:
            assert text[span.start:span.end] == span.text
        assert r.event_type and r.sub_event_type
        assert 0.0 <= r.confidence <= 1.0
        if r.fatalities is not None and r.fatalities_low is not None:
            assert r.fatalities_low <= r.fatalities or r.fatalities_low == 0
