"""Round q91-speed: whole-report needles found by one Aho-Corasick scan of the report
(`needles.read_report`) give the answers of `in`, whether or not the text asked is the report."""
import random

from rasd.text import needles
from rasd.text.needles import any_in, has, occurs_any, read_report, watched

_LETTERS = "ابتلمنهيوسقط :\n,"
_WORDS = watched(("بين", "بينهم", "منهم", "نهم", "سقط", "ساقط", "ال", "الس", ":\n", ", وه", "يوما", "ايام"))


def _text(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_LETTERS) for _ in range(n))


def test_has_and_any_in_agree_with_in_on_random_reports():
    rng = random.Random(91)
    asked = list(_WORDS) + ["x", "تم", "ب", "\n"]   # (and needles nobody watched)
    for _ in range(400):
        text = _text(rng, rng.randint(0, 120))
        read_report(text)
        for w in asked:
            assert has(text, w) == (w in text), (text, w)
        for _ in range(5):
            group = tuple(rng.sample(asked, rng.randint(1, 4)))
            assert any_in(group, text) == any(w in text for w in group), (text, group)
            a, b = sorted(rng.randint(0, len(text)) for _ in range(2))
            assert any_in(group, text, a, b) == any(w in text[a:b] for w in group)


def test_another_text_is_scanned_not_answered_from_the_report():
    read_report("قتل اثنان بينهم طفل")
    other = "سقط صاروخ"   # (not the report read last: asked with `in`)
    assert has(other, "سقط") and not has(other, "بينهم")
    assert any_in(("بينهم", "سقط"), other) and not any_in(("بينهم",), other)
    equal = "".join(["قتل اثنان ", "بينهم طفل"])   # (an equal string that is another object)
    assert has(equal, "بينهم") and not has(equal, "سقط")


def test_occurs_any_answers_alike_from_the_scan():
    rng = random.Random(7)
    test = occurs_any(["الساقط", "بينهم", "ايام", "ال"])
    for _ in range(300):
        text = _text(rng, rng.randint(0, 80))
        before = test(text)
        read_report(text)
        assert test(text) == before == any(w in text for w in ["الساقط", "بينهم", "ايام", "ال"])


def test_a_needle_watched_after_the_scan_was_built_is_found():
    read_report("نص اول")
    late = watched(("متاخره",))
    text = "كلمه متاخره هنا"
    read_report(text)
    assert has(text, late[0]) and any_in(late, text)
    assert needles._report[0] is text


def test_a_needle_watched_during_a_report_is_asked_with_in():
    text = "كلمه جديده هنا"
    read_report(text)
    new = watched(("جديده",))
    assert has(text, new[0]) and any_in(new, text)
