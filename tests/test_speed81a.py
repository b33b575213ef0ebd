"""What the gates of round speed-81a rely on: every match of each regex holds what is asked before
it, on random strings (as tests/test_speed78.py and tests/test_speed79.py do for theirs)."""
from __future__ import annotations

import random

from rasd.extract.dating import _PLUPERFECT_OPENING, _pluperfect_sentence
from rasd.extract.places import _AND_ONE_MORE_SITE, _CONJ_ONLY, _VERB_FIRST, _after_type_word
from rasd.lexicon.grammar import words
from rasd.text.segment import _ASIDE_OPENINGS, _MEMBER_ASIDE, Sentence

_FILLERS = ["قال", "التي", "5", "35", "ال", "و", "ف", "ب", "في", "مدينه", "قوات", "طفلا", "حي", "قاعده"]
_GAPS = [" ", "  ", "\n", "", "،", ",", ".", "\t"]


def _texts(pieces: list[str], seed: int, n: int = 4000, gaps: list[str] = _GAPS):
    rnd = random.Random(seed)
    for _ in range(n):
        yield "".join(rnd.choice(pieces) + rnd.choice(gaps) for _ in range(rnd.randint(0, 9)))


def test_a_member_aside_opens_with_one_of_its_openings():
    pieces = ["بينهم", "منهم", "من", "بين", "هم", " من", " بينهم", " منهم", " ", ",", ", ", "35",
              *words("aside_verb"), *(" " + w for w in words("aside_verb")), *_FILLERS]
    rnd = random.Random(81)
    hits = 0
    for _ in range(6000):
        t = "".join(rnd.choice(pieces) + rnd.choice(["", "", " ", ","]) for _ in range(rnd.randint(0, 10)))
        for mk in range(len(t) + 1):
            if _MEMBER_ASIDE.match(t, mk) is not None:
                hits += 1
                assert t.startswith(_ASIDE_OPENINGS, mk), (t, mk)
    assert hits > 20


def test_a_pluperfect_opening_before_at_holds_qad_before_it():
    pieces = ["كان", "كانت", "كانوا", "وكانت", "فكان", "قد", "قد", "وقد", "الاحداث", "بدات", "يوم", "(", *_FILLERS]
    rnd = random.Random(82)
    hits = 0
    for t in _texts(pieces, 82, n=20000, gaps=[" ", " ", " ", "\n", ",", "."]):
        s = rnd.choice([0, 0, 0, rnd.randint(0, len(t))])
        e = rnd.randint(s, len(t))
        at = rnd.randint(0, len(t) + 3)
        mo = _PLUPERFECT_OPENING.match(t, s, e)
        expected = mo is not None and mo.end() <= at
        hits += expected
        assert _pluperfect_sentence(t, Sentence(s, e), at) == expected, (t, s, e, at)
    assert hits > 20


def test_a_lone_conjunction_ends_with_waw():
    pieces = ["و", " ", "\n", "وال", "ب", "قريه", *_FILLERS]
    hits = 0
    for t in _texts(pieces, 83):
        for pos in range(len(t) + 1):
            for end in range(len(t) + 1):
                if _CONJ_ONLY.fullmatch(t, pos, end) is not None:
                    hits += 1
                    assert end > pos and t[end - 1] == "و", (t, pos, end)
    assert hits > 20


def test_one_more_site_holds_waw():
    pieces = ["وقاعده", "وموقع", "والقاعده", "في", "ب", "بمدينه", *_FILLERS]
    hits = 0
    for gap in _texts(pieces, 84, n=20000, gaps=[" ", " ", "\n", ""]):
        if _AND_ONE_MORE_SITE.fullmatch(gap) is not None:
            hits += 1
            assert "و" in gap, gap
        if _AND_ONE_MORE_SITE.fullmatch(" " + gap) is not None:
            hits += 1
    assert hits > 20


def test_verb_position_letters():
    assert _VERB_FIRST == ("ت", "ي")


def test_not_inside_longer_is_the_comprehension_it_replaced():
    from rasd.extract.match import Hit, longest_first
    from rasd.extract.mentions import _not_inside_longer

    rnd = random.Random(85)
    kept = 0
    for _ in range(3000):
        def hits(k):
            out = []
            for _ in range(k):
                s = rnd.randint(0, 40)
                e = s + rnd.randint(1, 8)
                out.append(Hit(s, e, None, s, e))
            return longest_first(out)
        hs, outer = hits(rnd.randint(0, 8)), hits(rnd.randint(0, 8))
        expected = [h for h in hs if not any(o.start <= h.start and h.end <= o.end
                                             and o.end - o.start > h.end - h.start for o in outer)]
        got = _not_inside_longer(hs, outer)
        assert got == expected, (hs, outer)
        kept += len(hs) - len(got)
    assert kept > 100


def test_after_type_word_gate():
    rnd = random.Random(86)
    pieces = ["مدينه", "ال", "و", "ب", " ", "  ", "\n", "حلب", "قريه"]
    for _ in range(3000):
        t = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
        ends = {rnd.randint(0, len(t)) for _ in range(rnd.randint(0, 4))}
        for pos in range(len(t) + 1):
            expected = False
            for back in range(1, 6):
                if pos - back in ends and t[pos - back:pos].strip() in ("", "ال", "و", "ب"):
                    expected = True
                    break
            assert _after_type_word(t, pos, ends) == expected


def test_place_colon_item_gate_is_the_regex():
    from rasd.extract.discourse import _PLACE_COLON_ITEM, _place_colon_item

    pieces = ["ريف", "حلب", "حمص", ":", ": ", " ", "  ", "\t", "\n", "استشهد", "5", "-", "قال", ","]
    rnd = random.Random(87)
    hits = 0
    for _ in range(6000):
        t = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        for ls in range(len(t) + 1):
            expected = _PLACE_COLON_ITEM.match(t, ls) is not None
            hits += expected
            assert _place_colon_item(t, ls) == expected, (t, ls)
    assert hits > 100
