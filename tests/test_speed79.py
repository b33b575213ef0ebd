"""What the gates of round speed-79 rely on: every match of each window regex holds one of the
needles asked before it, on random windows (as tests/test_speed78.py does for speed-78's)."""
from __future__ import annotations

import random

import pytest

from rasd.text.needles import GatedSearch, any_in
from rasd.lexicon.grammar import words

_FILLERS = ["قال", "الاحياء", "التي", "5", "ال", "و", "ف", "ب", "ل", "مدينه", "قوات", "النظام", "حي"]
_GAPS = [" ", "  ", "\n", "", "،", ",", "."]


def _texts(pieces: list[str], seed: int, n: int = 4000, gaps: list[str] = _GAPS):
    """Random strings of the pieces, each with a window [lo, hi) (lo sometimes negative, as the
    call sites pass it: re clamps it to 0)."""
    rnd = random.Random(seed)
    for _ in range(n):
        t = "".join(rnd.choice(pieces) + rnd.choice(gaps) for _ in range(rnd.randint(0, 9)))
        lo = rnd.randint(-20, len(t))
        hi = rnd.choice([len(t), rnd.randint(max(lo, 0), len(t))])
        yield t, lo, hi


def _pieces(*groups: str, extra: tuple[str, ...] = ()) -> list[str]:
    ws = [w for g in groups for w in words(g)]
    return [*ws, *(t for w in ws for t in w.split()), *(p + w for p in "وفبل" for w in ws), *extra, *_FILLERS]


def _cases():
    from rasd.extract.actors import _LEADS_IT, _LEADS_NEEDLES
    from rasd.extract.assemble import _FORCE_ANAPHOR, _FORCE_ANAPHOR_NEEDLES
    from rasd.extract.sides import _FIRED_BY_POST, _FIRED_NEEDLES, _POST_AT_NEEDLES, _SHOT_AT_POST
    from rasd.extract.casualties import _SOURCE_BEFORE, _SOURCE_NEEDLES
    from rasd.extract.frames import _PAST_PERFECT_BEFORE, _PAST_PERFECT_NEEDLES
    from rasd.extract.pipeline import _KUNYA_BEFORE, _KUNYA_NEEDLES
    from rasd.extract.sides import _MADE_OF_BEFORE, _MADE_OF_NEEDLES
    from rasd.extract.frames import _PART_BEFORE, _PART_NEEDLES, _SINCE_START, SINCE_BEFORE
    _since = ["منذ", "ومنذ", "من", "ذ", "فجر", "مساء", "يوم", "السبت", "20", "اذار"]
    return [
        ("leads", _LEADS_IT, [_LEADS_NEEDLES], ["بقياده", "تقودها", "يقوده", "تقود", "قياده", "قوده"]),
        ("fired_by_post", _FIRED_BY_POST, [_FIRED_NEEDLES], _pieces("fired_by", "force_head")),
        ("shot_at_post", _SHOT_AT_POST, [_FIRED_NEEDLES, _POST_AT_NEEDLES], _pieces("fired_by", "post_at", "force_head")),
        ("force_anaphor", _FORCE_ANAPHOR, [_FORCE_ANAPHOR_NEEDLES],
         _pieces("force_anaphor", extra=tuple("ال" + w for w in words("force_anaphor")))),
        ("source_before", _SOURCE_BEFORE, [_SOURCE_NEEDLES], _pieces("source_noun")),
        ("past_perfect", _PAST_PERFECT_BEFORE, [_PAST_PERFECT_NEEDLES], _pieces("past_perfect", extra=("قد", "وقد"))),
        ("kunya", _KUNYA_BEFORE, [_KUNYA_NEEDLES], _pieces("kunya", extra=("مهدي", "المهندس", "امس", "الامن"))),
        ("made_of_before", _MADE_OF_BEFORE, [_MADE_OF_NEEDLES], _pieces("relative_pronoun", "made_of_verb")),
        ("since_before", SINCE_BEFORE, [("منذ",)], _since),
        ("since_start", _SINCE_START, [("منذ",)], [*_since, *_pieces("onset_noun")]),
        ("part_before", _PART_BEFORE, [_PART_NEEDLES], ["بينهم", "منهم", "منهن", "بين", "هم", "3", "17", "ثلاثه",
                                                        "في", "ب", "مدينه", "امدرمان"]),
    ]


@pytest.mark.parametrize("i", range(11))
def test_every_window_match_holds_a_needle_of_each_gate(i):
    name, rx, gates, pieces = _cases()[i]
    found = 0
    # (those that need a run of words between spaces: most gaps a space there)
    spaced = name in ("shot_at_post", "since_start", "part_before", "made_of_before")
    gaps = [" "] * 8 + _GAPS if spaced else _GAPS
    for t, lo, hi in _texts(pieces, 790 + i, 20000 if spaced else 4000, gaps):
        if rx.search(t, lo, hi) is not None:
            found += 1
            for needles in gates:
                assert any_in(needles, t, max(0, lo), hi), (name, t, lo, hi)
    assert found > 0, name


def test_gated_search_gives_the_regex_answer():
    from rasd.extract.frames import WITHOUT_FIGHT
    assert isinstance(WITHOUT_FIGHT, GatedSearch)
    found = 0
    for t, lo, hi in _texts(_pieces("without_fight", extra=("اتفاقات", "قتالي", "سلميا")), 799, 6000):
        for args in ((lo, hi), (lo,), ()):
            got, want = WITHOUT_FIGHT.search(t, *args), WITHOUT_FIGHT.pattern.search(t, *args)
            assert (got and got.span()) == (want and want.span()), (t, args)
            found += want is not None
    assert found > 0
