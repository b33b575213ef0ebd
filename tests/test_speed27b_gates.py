"""Substring gates put before regexes (round speed-27b) answer what the plain code answered.

Each gate may only skip work when the regex could not have matched: the tests build random
strings from the pieces the patterns care about and compare the gated answer with the plain one.
"""
import importlib
import random
import re

from rasd.text.needles import any_in, fewest_needles
from rasd.lexicon.grammar import words

frames = importlib.import_module("rasd.extract.frames")


def test_fewest_needles_drops_repeats_and_words_holding_another():
    assert fewest_needles(["مراسلو", "مراسل", "مراسل", "مراسلي"]) == ("مراسل",)
    assert set(fewest_needles(["ردا", "سمته", "اسمته", "بحجه"])) == {"ردا", "سمته", "بحجه"}
    assert fewest_needles([]) == ()


def test_fewest_needles_answers_as_all_the_words():
    rng = random.Random(5)
    alphabet = "abcd"
    for _ in range(3_000):
        ws = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 6))]
        needles = fewest_needles(ws)
        for _ in range(10):
            s = "".join(rng.choice(alphabet + " ") for _ in range(rng.randint(0, 12)))
            assert any(w in s for w in ws) == any_in(needles, s), (ws, s)


def test_any_in_looks_only_inside_the_window():
    assert any_in(("ab",), "xxabxx", 2, 4)
    assert not any_in(("ab",), "xxabxx", 3, 6)
    assert not any_in(("ab",), "xxabxx", 0, 3)
    assert any_in(("ab",), "xxabxx", 1)


def _random_text(rng, pieces, n):
    return "".join(rng.choice(pieces) for _ in range(rng.randint(0, n)))


def _near_miss(rng, pieces, heads, tails):
    """Random pieces, often around a head word and a tail that together could make a match."""
    if rng.random() < 0.5:
        return _random_text(rng, pieces, 14)
    return _random_text(rng, pieces, 4) + rng.choice(heads) + _random_text(rng, pieces, 4) + \
        rng.choice(tails) + _random_text(rng, pieces, 2)


def test_reporter_base_gate_is_the_plain_search():
    # every match of _REPORTER_BASE holds a reporter noun as written: the window test skips
    # only windows the regex would not match
    pieces = [" ", " ", "\n", "و", "ف", "ب", "ل", "في", "ب ", "عنب", "بلدي", "ها", "x", "مراس"] + \
        list(words("reporter_noun"))
    rng = random.Random(7)
    matched = 0
    for _ in range(20_000):
        s = _near_miss(rng, pieces, [" مراسل", " ومراسلو", "مراسلي"], [" في ", " ب", " في"])
        end = rng.randint(0, len(s)) if rng.random() < 0.5 else len(s)
        lo = max(0, end - 50)
        plain = frames._REPORTER_BASE.search(s, lo, end) is not None
        matched += plain
        gated = frames.any_in(frames._REPORTER_NOUNS, s, lo, end) and frames._REPORTER_BASE.search(s, lo, end) is not None
        assert plain == gated, (s, lo, end)
    assert matched > 200   # (the strings do reach the regex)


def test_pretext_gate_is_the_plain_search():
    pieces = [" ", " ", " ", "\n", "،", "في ", "ب", "ما", "علي", "ل", "x", "حمايه", "ردا", "ر"] + \
        list(words("pretext_word"))
    rng = random.Random(9)
    matched = 0
    for _ in range(20_000):
        s = _near_miss(rng, pieces, [" بحجه ", " ردا علي ", " ما اسمته "], [" في ", " ب", " "])
        at = rng.randint(0, len(s)) if rng.random() < 0.5 else len(s)
        plain = frames._PRETEXT.search(s, max(0, at - 60), at) is not None
        matched += plain
        assert frames._pretext_before(s, at) == plain, (s, at)
    assert matched > 200


def test_whole_report_gates_answer_as_all_the_words():
    plain_pretext = tuple(max(w.split(), key=len) for w in words("pretext_word"))
    plain_reporter = tuple(w.split()[0] for w in words("reporter_noun"))
    pieces = [" ", "x", "ا", "ت", "ه", "م", "ر", "د", "س"] + list(plain_pretext + plain_reporter)
    rng = random.Random(13)
    for _ in range(5_000):
        s = _random_text(rng, pieces, 10)
        assert any(w in s for w in plain_pretext) == any_in(frames._PRETEXT_WORDS, s), s
        assert any(w in s for w in plain_reporter) == any_in(frames._REPORTER_NOUNS, s), s


def test_a_pretext_place_is_still_skipped():
    # a place inside the reason a side gives ("بحجة حماية ...") is no event place
    text = "بحجه حمايه الاهالي في "
    assert frames._pretext_before(text, len(text))
    assert not frames._pretext_before("قصف الطيران الحربي مواقع في ", len("قصف الطيران الحربي مواقع في "))
    assert re.search(frames._PRETEXT, text)


actors = importlib.import_module("rasd.extract.actors")
_ACCUSING_PIECES = [" ", " ", "\n", "و", "ف", "ه", "ت", "ي", "ل", "x", "قوات", "الاتهام", "اصابع", "حمله"] + \
    list(words("accusing_verb"))


def test_accusing_verb_in_is_the_plain_search():
    rng = random.Random(21)
    found = 0
    for _ in range(20_000):
        s = _random_text(rng, _ACCUSING_PIECES, 10)
        plain = actors._ACCUSING_WORD.search(s) is not None
        found += plain
        assert actors._accusing_verb_in(s) == plain, s
    assert found > 1_000


def test_no_accuser_window_without_an_accusing_word():
    # the report-wide gate may skip the accusation test only when no window before a side
    # could end with an accusing verb
    rng = random.Random(23)
    windows = 0
    for _ in range(20_000):
        s = _random_text(rng, _ACCUSING_PIECES, 10)
        end = rng.randint(0, len(s)) if rng.random() < 0.5 else len(s)
        lo = max(0, end - rng.choice((16, 40)))
        if actors._ACCUSING.search(s, lo, end) is not None:
            windows += 1
            assert actors._accusing_verb_in(s), (s, lo, end)
    assert windows > 100


def test_accusing_word_edges():
    assert actors._accusing_verb_in("واتهمت الحكومه قوات")
    assert actors._accusing_verb_in("اتهم الجيش")
    assert not actors._accusing_verb_in("شنت حمله اعتقالات")      # (a campaign, no verb)
    assert not actors._accusing_verb_in("تحملت")                  # (no space after it)
