"""Round speed-50b: the shortcuts it added give what the plain forms gave.

- a clause with no casualty word, nothing carried over and nothing spilling in after it counts
  nobody (and still marks civilians told after "بينهم");
- `clause_casualties` with the clause's discourse marks handed in counts as without them;
- `Sorted.per_window` is `within` per window, in order or not;
- `_opens_with` is the slice-and-strip test it replaced;
- the subject among the sides no word gives a role is still picked in each word order.
"""
import random
from datetime import date

import rasd
from rasd.extract.casualties import clause_casualties, counts_anyone
from rasd.extract.frames import _opens_with
from rasd.extract.mentions import Sorted, find_mentions
from rasd.lexicon.load import lexicons
from rasd.text.normalize import normalize


def _comma(text: str) -> int:
    """The first comma (normalisation may write the Arabic comma as ",")."""
    return min(i for i in (text.find(","), text.find("،")) if i >= 0)


def _mentions(raw: str):
    text = normalize(raw).text
    return text, find_mentions(text, lexicons(), date(2020, 1, 1))


def test_a_clause_without_a_casualty_word_counts_nobody_but_marks_civilians_among_them():
    text, m = _mentions("وصلت حافلة تقل 20 شخصاً بينهم طفلان إلى المدينة.")
    got = clause_casualties(text, 0, len(text), m)
    assert got.killed is None and got.injured is None and got.spans == []
    assert got.civilian_victims   # ("بينهم طفلان": children among those counted)
    text, m = _mentions("وصل 20 شخصاً إلى المدينة.")
    got = clause_casualties(text, 0, len(text), m)
    assert got.killed is None and got.injured is None and not got.civilian_victims


def test_a_kind_carried_over_or_spilling_in_still_counts():
    text, m = _mentions("قتل 5 مدنيين في بلدة كفرنبل، وشخصان في بلدة حزانو.")
    comma = _comma(text)
    first = clause_casualties(text, 0, comma, m)
    assert first.killed is not None and first.killed.best == 5
    # "وشخصان في بلدة حزانو": no casualty word of its own, the kind of the clause before
    start = text.index("و", comma)   # (the clause opens with و)
    second = clause_casualties(text, start, len(text), m, "killed")
    assert second.killed is not None and second.killed.best == 2
    assert clause_casualties(text, start, len(text), m).killed is None   # (nothing carried)
    # "4 مدنيين في قرية X، استشهدوا": the result verb opening the next clause
    text, m = _mentions("وأفادت مصادر بأن 4 مدنيين في قرية الهبيط، استشهدوا جراء القصف.")
    comma = _comma(text)
    got = clause_casualties(text, 0, comma, m)
    assert got.killed is not None and got.killed.best == 4


REPORTS = [
    "قصفت قوات النظام بلدة كفرنبل بريف إدلب، ما أدى لمقتل ثلاثة مدنيين بينهم طفلان وإصابة آخرين.",
    "اندلعت اشتباكات بين الفصائل وقوات النظام في محيط مدينة درعا، وقتل 12 عنصراً من قوات النظام و5 من الفصائل.",
    "ارتفعت حصيلة قتلى الغارة إلى 57 شخصاً، بينهم 20 طفلاً، وأصيب آخرون في بلدة سرمين.",
    "وصلت حافلة تقل 20 شخصاً بينهم طفلان إلى المدينة، وقتل شاب برصاص قناص.",
]


def test_handing_in_the_marks_counts_the_same():
    rng = random.Random(50)
    counted = 0
    for raw in REPORTS:
        text, m = _mentions(raw)
        for _ in range(300):
            s = rng.randint(0, len(text))
            e = rng.randint(s, len(text))
            if not counts_anyone(m, s, e):
                continue
            carry = rng.choice([None, "killed", "injured"])
            got = clause_casualties(text, s, e, m, carry, m.discourse.within(s, e))
            assert got == clause_casualties(text, s, e, m, carry), (raw, s, e, carry)
            counted += got.killed is not None or got.injured is not None
    assert counted > 50


class _Item:
    __slots__ = ("start", "end")

    def __init__(self, start: int, end: int):
        self.start, self.end = start, end


def test_per_window_is_within_per_window():
    rng = random.Random(7)
    for _ in range(300):
        # settled items (in order, none overlapping) and items that overlap (no order of ends)
        pos, items = 0, []
        for _ in range(rng.randint(0, 12)):
            pos += rng.randint(0, 6)
            end = pos + rng.randint(1, 5)
            items.append(_Item(pos, end))
            pos = end
        overlapping = [_Item(s, s + rng.randint(1, 9)) for s in sorted(rng.randint(0, 60) for _ in range(8))]
        for sorted_ in (Sorted(items, settled=True), Sorted(overlapping)):
            cuts = sorted(rng.randint(-3, 70) for _ in range(rng.randint(1, 10)))
            windows = list(zip(cuts, cuts[1:] + [75]))
            if rng.random() < 0.3:
                rng.shuffle(windows)   # (out of order: the walk starts again)
            assert sorted_.per_window(windows) == [sorted_.within(s, e) for s, e in windows]


def test_opens_with_is_the_strip_and_startswith_test():
    rng = random.Random(3)
    alphabet = [" ", ",", "،", "ح", "ي", "ث", "x", "\n"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        pos = rng.randint(0, len(text) + 1)
        assert _opens_with(text, pos, "حيث") == text[pos:].lstrip(" ,،").startswith("حيث"), (text, pos)


def test_the_subject_in_each_word_order():
    # verb first, the present tense after its subject, and a subject after "إن"
    for raw, actor in [("قصفت قوات النظام بلدة كفرنبل بريف إدلب.", "Syrian Government Forces"),
                       ("قوات النظام تقصف بلدة كفرنبل بريف إدلب.", "Syrian Government Forces"),
                       ("وقال ناشطون إن الطيران الروسي قصف بلدة كفرنبل بريف إدلب.", "Russian Forces")]:
        records = rasd.extract(raw, "2020-01-01")
        assert records and records[0].actor1 == actor, (raw, records)
