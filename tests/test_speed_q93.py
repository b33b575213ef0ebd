"""Round q93-speed: a take-over's helpers (sides._losers_from_the_report) are worked out only for the
sides with an ally word in the 30 characters before them (`ActorResolver.may_be_ally`, asked through
`EndingWith.occurs`); `role_hint` can answer 'ally' of no other side.

Sentences written for these tests (names, places and numbers varied from any report)."""
from __future__ import annotations

import random

import rasd
from rasd.extract import actors
from rasd.lexicon.load import EndingWith


def test_occurs_whenever_the_words_end_the_window_or_a_part_of_it():
    words = ["بدعم", "بدعم من", "مدعومه ب", "الى جانب"]
    ending = EndingWith(words)
    pieces = ["بدعم", " من ", "مدعومه", " ب", "الى", " جانب", " ", "و", "ال", "قوات", "ل"]
    rng = random.Random(93)
    for _ in range(3_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        ends_a_part = any(ending.search(text[lo:k]) for k in range(lo, hi + 1))
        if ends_a_part:
            assert ending.occurs(text, lo, hi), (text, lo, hi)
        assert ending.occurs(text, lo, hi) == any(w in text[lo:hi] for w in words), (text, lo, hi)


def test_only_a_side_with_an_ally_word_before_it_is_read_as_an_ally(monkeypatch):
    asked: list[tuple[str, bool]] = []
    role_hint = actors.ActorResolver._role_hint

    def checked(self, ref, floor):
        got = role_hint(self, ref, floor)
        asked.append((got, self.may_be_ally(ref, floor)))
        return got

    monkeypatch.setattr(actors.ActorResolver, "_role_hint", checked)
    for text in (
        "سيطرت قوات النظام بدعم من الطيران الروسي على بلدة كفرنبودة بريف حماة بعد معارك مع فصائل المعارضة.",
        "تقدمت القوات الحكومية مدعومة بمقاتلين من العشائر وسيطرت على قرية الحمرا بعد انسحاب تنظيم داعش منها.",
        "سيطر الجيش التركي بمشاركة فصائل الجيش الوطني على قرية تل عيشة شمال الرقة صباح اليوم بعد اشتباكات مع قسد.",
    ):
        rasd.extract(text, published="2019-05-09")
    assert ("ally", True) in asked   # (the sentences hold helpers)
    assert ("ally", False) not in asked
