"""Patterns rewritten for speed (a character class first, the look-behind after it) find the
same spans as their plain forms, on random strings of the characters that matter."""
import importlib
import random
import re

import pytest

from rasd.text.positions import positions_of

dates = importlib.import_module("rasd.text.dates")
numbers = importlib.import_module("rasd.text.numbers")
segment = importlib.import_module("rasd.text.segment")

PLAIN = [
    (dates._ISO, r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)", "0123456789-/. a١"),
    (dates._DMY, r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)", "0123456789-/. a١"),
    (numbers._DIGITS, r"(?<![\d.,A-Za-z])(?<![A-Za-z]-)\d{1,3}(?:,\d{3})+(?![\d])"
                      r"|(?<![\d.,A-Za-z])(?<![A-Za-z]-)\d+(?:\.\d+)?(?![\dA-Za-z])", "0123456789,.-aZ ١"),
    # (a dot after an initial standing alone, then a space, ends nothing: "(ع. ح)")
    (segment._SENT_END, r"(?<!\d)\.(?!\d)(?!(?<=\([^\W\d_]\.)[^\W\d_](?![^\W\d_])|(?:(?<=[ (][^\W\d_]\.)|(?<=^[^\W\d_]\.))[^\W\d_]\))"
                        r"(?:(?<![ (][^\W\d_]\.)(?<!^[^\W\d_]\.)|(?! ))|[!?;\n]+"
                        r"|\.(?=\s|$)(?:(?<![ (][^\W\d_]\.)(?<!^[^\W\d_]\.)|(?! ))", ".!?;\n 1a\t()"),
]


@pytest.mark.parametrize("fast,plain,alphabet", PLAIN, ids=["iso", "dmy", "digits", "sentence_end"])
def test_same_spans_as_the_plain_pattern(fast, plain, alphabet):
    rng = random.Random(11)
    slow = re.compile(plain)
    for _ in range(20_000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        assert [(m.span(), m.groups()) for m in fast.finditer(s)] == \
               [(m.span(), m.groups()) for m in slow.finditer(s)], s


def test_known_spans():
    assert [m.group() for m in numbers._DIGITS.finditer("قتل 12 و1,500 وF16 وS-300 و3.5")] == ["12", "1,500", "3.5"]
    assert [m.groups() for m in dates._ISO.finditer("في 2019-05-12 و12019-05-12")] == [("2019", "05", "12")]
    assert [m.groups() for m in dates._DMY.finditer("في 12/5/2019 و112/5/2019")] == [("12", "5", "2019")]


def test_a_numeric_date_always_holds_a_digit_a_separator_and_a_digit():
    # _explicit skips the ISO and day/month/year scans when the gate finds nothing
    rng = random.Random(3)
    alphabet = "0123456789-/. a١"
    for _ in range(20_000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        if dates._ISO.search(s) or dates._DMY.search(s):
            assert dates._DIGIT_SEP_DIGIT.search(s), s


def test_word_starts_found_without_a_second_regex():
    places = importlib.import_module("rasd.extract.places")
    token = re.compile(r"\w+")

    def plain_at(text, pos):
        for p in (pos, pos + 1):
            m = token.match(text, p)
            if m is not None and (p == 0 or token.match(text, p - 1) is None):
                return m.span()
        return None

    rng = random.Random(7)
    alphabet = "اب _1١,.\u064b-x"
    for _ in range(20_000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        pos = rng.randint(0, len(s) + 1)
        assert places._Tokens(s).at(pos) == plain_at(s, pos), (s, pos)


def test_clause_punctuation_ends_where_the_plain_pattern_ends():
    rng = random.Random(5)
    slow = re.compile(r"[,:]| - | -|- ")
    for _ in range(40_000):
        s = "".join(rng.choice(",:- .a\n") for _ in range(rng.randint(0, 24)))
        assert [m.end() for m in segment._CLAUSE_PUNCT.finditer(s)] == [m.end() for m in slow.finditer(s)], s


def test_digit_separator_digit_found_where_the_plain_pattern_finds_one():
    rng = random.Random(9)
    slow = re.compile(r"\d[-/.]\d")
    for _ in range(20_000):
        s = "".join(rng.choice("0123456789-/. a١\n") for _ in range(rng.randint(0, 24)))
        assert (dates._DIGIT_SEP_DIGIT.search(s) is None) == (slow.search(s) is None), s


def test_spans_of_days_found_as_with_the_look_behind():
    # the pattern with its look-behind back in front, as it was written before
    slow = re.compile(r"(?<![\u0621-\u064a])" + dates._SPAN_DAYS.pattern)
    rng = random.Random(13)
    pieces = ["خلال", "علي", "مدي", "طوال", " ", "  ", "\n", "ايام", "يوما", "يومين", "ال", "ثلاثه", "3",
              "و", "ب", "x"]
    found = 0
    for _ in range(20_000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        want = [(m.span(), m.groups()) for m in slow.finditer(s)]
        assert [(m.span(), m.groups()) for m in dates._span_days_matches(s)] == want, s
        found += bool(want)
    assert found > 100   # (the strings do hold stretches of days, with and without a letter before)


def test_digit_separator_digit_without_the_regex():
    rng = random.Random(17)
    for _ in range(20_000):
        s = "".join(rng.choice("0123456789-/. a١\n") for _ in range(rng.randint(0, 24)))
        assert dates._has_digit_sep_digit(s) == (dates._DIGIT_SEP_DIGIT.search(s) is not None), s


def test_year_words_found_where_finditer_finds_them():
    rng = random.Random(19)
    pieces = ["العام", "عام", "سنه", "ال", " ", "  ", "2019", "20190", "١٩٩٠", "1995", "و", "x", "\n"]
    found = 0
    for _ in range(20_000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        want = [(m.span(), m.groups()) for m in dates._YEAR_ONLY.finditer(s)]
        got = dates._matches_at(dates._YEAR_ONLY, s, positions_of(s, dates._YEAR_WORDS))
        assert [(m.span(), m.groups()) for m in got] == want, s
        found += bool(want)
    assert found > 100


def test_sentence_ends_and_clause_marks_without_the_regex():
    rng = random.Random(23)
    for _ in range(40_000):
        s = "".join(rng.choice(".!?;\n ,:-1a\t١(ع)") for _ in range(rng.randint(0, 24)))
        assert segment._sentence_ends(s) == [m.end() for m in segment._SENT_END.finditer(s)], s
        assert segment._clause_marks(s) == [m.end() for m in segment._CLAUSE_PUNCT.finditer(s)], s


def test_quote_marks_without_the_regex():
    pipeline = importlib.import_module("rasd.extract.pipeline")
    ot = importlib.import_module("rasd.text.normalize").normalize
    rng = random.Random(29)
    for _ in range(5_000):
        s = "".join(rng.choice("\"“”„«»″‘’‚ اب1'") for _ in range(rng.randint(0, 20)))
        assert pipeline._quote_marks(ot(s)) == [m.start() for m in pipeline._QUOTES.finditer(s)], s


def test_positions_of_is_every_start_of_every_needle_once():
    text = "قصف، قصف. قصفت - منذ منذ"
    assert positions_of(text, ["قصف", "منذ"]) == [m.start() for m in re.finditer("قصف|منذ", text)]
    assert positions_of(text, "،.") == [text.index("،"), text.index(".")]
    assert positions_of("aaa", ["aa"]) == [0, 1]   # (overlapping starts, unlike finditer)
    assert positions_of("", ["x"]) == []


def test_year_spans_found_where_finditer_finds_them():
    rng = random.Random(31)
    pieces = ["بين", "عامي", "العام", " ", "  ", "\n", "2011", "2015", "20150", "و", "-", "الي", "x", "ب"]
    found = 0
    for _ in range(20_000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 4)))
        for _ in range(rng.randint(0, 3)):   # (spans of years, whole or broken, among the noise)
            s += rng.choice(["", " ", "x"]) + "بين" + rng.choice([" ", "", " عامي "]) + rng.choice(["2011", "201"]) \
                + rng.choice([" و", "و", "-", " الي ", "x"]) + rng.choice(["2015", "20150"]) \
                + "".join(rng.choice(pieces) for _ in range(rng.randint(0, 3)))
        want = [(m.span(), m.groups()) for m in dates._YEAR_SPAN.finditer(s)]
        assert [(m.span(), m.groups()) for m in dates._year_span_matches(s)] == want, s
        found += bool(want)
    assert found > 100
