"""The shared empty count (round speed-27b): a clause that counts nobody is told so by one
bisection, and the shared value it is then given is never kept or changed."""
import random
from datetime import date

import rasd
from rasd.extract.casualties import NOBODY, Casualties, clause_casualties, counts_anyone
from rasd.extract.mentions import find_mentions
from rasd.lexicon.load import lexicons
from rasd.text.normalize import normalize

REPORTS = [
    "قصفت قوات النظام بلدة كفرنبل بريف إدلب، ما أدى لمقتل ثلاثة مدنيين وإصابة آخرين، وفي مدينة حلب، سقطت قذيفة.",
    "وفي بلدة الهبيط، شنت الطائرات الحربية غارات جوية. وأسفر القصف عن مقتل طفلين.",
    "اندلعت اشتباكات بين الفصائل وقوات النظام في محيط مدينة درعا، وقتل 12 عنصراً من قوات النظام و5 من الفصائل.",
    "أعلنت الشرطة اعتقال شخصين في حي الكرادة، ثم انفجرت عبوة ناسفة قرب سوق شعبي دون وقوع إصابات.",
]


def test_a_clause_that_counts_nobody_counts_nobody():
    lex = lexicons()
    rng = random.Random(31)
    empty = counted = 0
    for raw in REPORTS:
        text = normalize(raw).text
        m = find_mentions(text, lex, date(2020, 1, 1))
        for _ in range(400):
            s = rng.randint(0, len(text))
            e = rng.randint(s, len(text))
            got = clause_casualties(text, s, e, m)
            if not counts_anyone(m, s, e):
                empty += 1
                assert got == Casualties(), (raw, s, e)
            else:
                counted += got.killed is not None or got.injured is not None
    assert empty > 100 and counted > 50


def test_the_shared_empty_count_stays_empty():
    for raw in REPORTS:
        rasd.extract(raw, "2020-01-01")
    assert NOBODY == Casualties()
    assert NOBODY.soldiers == set() and NOBODY.spans == []
