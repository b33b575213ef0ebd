"""Round speed-60's fast paths answer what the plain code answered."""
import random

from rasd.text.needles import occurs_any
from rasd.extract.pipeline import _RANK_LAST, _rank_in
from rasd.text.dates import _AGREEMENT_DATED_WORDS, _agreement_dated_in


def test_occurs_any_answers_as_a_substring_test_of_every_word():
    rng = random.Random(60)
    # the article, letters of the words, a space and a regex metacharacter (escaped in the pattern)
    alphabet = ["ال", "ا", "ل", "م", "ع", "ن", " ", ".", "و"]
    for _ in range(2_000):
        ws = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 6))]
        test = occurs_any(ws)
        for _ in range(10):
            s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
            assert test(s) == any(w in s for w in ws), (ws, s)


def test_occurs_any_of_nothing_is_false():
    assert not occurs_any([])("النص")


def test_the_report_wide_tests_answer_as_their_words():
    rng = random.Random(61)
    for words, test in ((_AGREEMENT_DATED_WORDS, _agreement_dated_in), (_RANK_LAST, _rank_in)):
        for w in words:
            assert test(f"قال {w} امس")
            # the word cut short, or with its article alone, is no hit
            assert test(f"قال {w[:-1]} امس") == any(v in f"قال {w[:-1]} امس" for v in words)
        pieces = list(words) + ["ال", "قال", " ", "ن", "امس", "المع"]
        for _ in range(500):
            s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
            assert test(s) == any(w in s for w in words), s


def test_every_stretch_of_days_ends_with_a_unit_the_gate_asks_for():
    # `_spans_of_days` returns early for a text without "ايام", "يوما" or "يومين": every match of
    # the pattern must hold one of them
    from rasd.lexicon.grammar import words
    from rasd.text.dates import _span_days_matches, _spans_of_days
    rng = random.Random(62)
    pieces = list(words("span_lead")) + ["ايام", "يوما", "يومين", "يوم", "اليوم", "ال", "3", "ثلاثه",
                                         "خمسه", " ", " ", "و"]
    seen = 0
    for _ in range(3_000):
        s = rng.choice(("", " ")).join(rng.choice(pieces) for _ in range(rng.randint(1, 9)))
        for m in _span_days_matches(s):
            seen += 1
            assert any(u in m.group(0) for u in ("ايام", "يوما", "يومين")), s
        if not any(u in s for u in ("ايام", "يوما", "يومين")):
            assert _spans_of_days(s, None) == []
    assert seen > 50   # (the pieces do make stretches of days)


def test_the_toward_gate_holds_for_every_match():
    # `fled_to` searches `_TOWARD_END` only in a window that holds one of its words
    from rasd.extract.frames import _TOWARD_END, _TOWARD_NEEDLES
    rng = random.Random(63)
    pieces = list(_TOWARD_NEEDLES) + ["مدينه", "قوات", " ", " ", "\n", "ب", "اتجاه", "نح"]
    seen = 0
    for _ in range(3_000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        m = _TOWARD_END.search(s)
        if m is not None:
            seen += 1
            assert any(w in s for w in _TOWARD_NEEDLES), s
    assert seen > 50
