"""What the rewrites of round q94-speed rely on: each gives the same answers as what it replaced.

- `dates._YEAR_BA` opens with its "ب" and asks the clause's opening behind it (the old pattern, written out here,
  opened with the look-behinds and was tried at every position);
- `normalize._digit_seams` finds both digit seams in one scan (the two patterns' seams);
- `sides._shot_down_by` asks its trigger windows only in a report with an intercepting trigger (the flag
  `ActorResolver.intercepting`, worked out when first asked), and answers as the windows did;
- `actors._without_bases` returns the sides as they are when none is a bare base noun.
The random strings are of the characters the patterns look at; the sentences are my own.
"""
from __future__ import annotations

import random
import re

import rasd
from rasd.extract import actors, sides
from rasd.text import dates as D
from rasd.text import normalize as N

_OLD_YEAR_BA = re.compile(r"(?:(?<![^\n.,;:!?])|(?<=[\n.,;:!?] )|(?<=[\n.,;:!?] [\"«]))ب[\u0640 ]?"
                          r"((?:19|20)\d\d)(?=\s+[\u0621-\u064a])")

_YEAR_CHARS = ["ب", "ب", "بـ", "ب ", "ـ", " ", " ", "\n", ". ", ".", "،", ",", ": ", '"', "«", "2006", "1999", "2014",
               "20", "0", "1", "٣", " فقد", "ف", "x", "\t"]


def _texts(seed: int, chars: list[str], n: int = 30000):
    rnd = random.Random(seed)
    for _ in range(n):
        yield "".join(rnd.choice(chars) for _ in range(rnd.randint(0, 16)))


def test_year_ba_led_by_its_letter_matches_where_the_old_one_did():
    found = 0
    for t in _texts(941, _YEAR_CHARS):
        old = [(m.span(), m.group(1)) for m in _OLD_YEAR_BA.finditer(t)]
        found += bool(old)
        assert [(m.span(), m.group(1)) for m in D._YEAR_BA.finditer(t)] == old, t
    assert found > 100


def test_digit_seams_in_one_scan_are_the_two_patterns_seams():
    chars = ["ب", "ه", "ال", "1", "7", "٣", "x", " ", "\n", ".", "ـ", "\u064e"]
    found = 0
    for t in _texts(942, chars):
        old = sorted([m.start() for m in N._LETTER_THEN_DIGIT.finditer(t)]
                     + [m.end() for m in N._DIGIT_THEN_LETTER.finditer(t)])
        found += bool(old)
        assert N._digit_seams(t) == old, t
    assert found > 1000


def test_shot_down_by_answers_as_its_windows(monkeypatch):
    """Every answer of `_shot_down_by` is what the two trigger windows give, and the flag is false only in
    reports with no intercepting trigger."""
    answers: list[tuple[bool, bool]] = []
    flags: list[tuple[bool, bool]] = []
    shot = sides._shot_down_by

    def checked(res, r):
        got = shot(res, r)
        saved = res.intercepting
        res.intercepting = True   # (the windows asked whatever the flag says)
        answers.append((got, shot(res, r)))
        res.intercepting = saved
        flags.append((bool(saved), any(h.payload == "intercept" for h in res.mentions.triggers)))
        return got

    monkeypatch.setattr(sides, "_shot_down_by", checked)
    for text in ("أسقطت الدفاعات الجوية السورية طائرة مسيرة فوق مدينة حماة، فيما قصفت قوات النظام قرية كفرنبودة.",
                 "الجيش يسقط مسيرات استهدفت مدينة الحسكة، وقتل ثلاثة مدنيين بقصف لقوات النظام على بلدة التمانعة.",
                 "قصفت قوات النظام بلدة كفرنبل بالمدفعية الثقيلة، وقتل مدنيان، واستهدفت فصائل المعارضة مواقعها."):
        rasd.extract(text, published="2019-05-09")
    assert answers and all(a == b for a, b in answers)
    assert all(f == told for f, told in flags)
    assert any(f for f, _ in flags) and not all(f for f, _ in flags)


def test_without_bases_keeps_the_sides_when_none_is_a_base_noun():
    class Ref:
        def __init__(self, text):
            self.text, self.name = text, text

    refs = [Ref("الجيش"), Ref("قوات النظام")]
    assert actors._without_bases("", refs) is refs
