"""Round speed-60's fast paths answer what the plain code answered."""
import random

from rasd.extract.needles import occurs_any
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
