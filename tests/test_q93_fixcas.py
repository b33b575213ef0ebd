"""Round q93-fixcas (stop 32): obituaries and bulletins tell one dead as a relative clause after the person
("تنعى العائلة ابنها X، الذي استشهد أمس برصاص ..."); the comma cut the clause from its antecedent, and the verb
alone, with no count and no person after it, counted no one. Sentences are the round's own probes."""
from __future__ import annotations

import pytest

from helpers import records_at

records = records_at("2024-05-01")


@pytest.mark.parametrize("text", [
    "تنعى عائلة ناصر ابنها الشاب خالد ناصر، الذي استشهد صباح اليوم برصاص قوات الاحتلال قرب قرية بيتا.",
    "نعت حركة الجهاد الإسلامي القيادي سامر عودة، الذي استشهد فجر اليوم في غارة إسرائيلية على مخيم النصيرات.",
    "تنعى نقابة المهندسين الزميل المهندس فادي حمدان، الذي ارتقى مساء أمس جراء قصف مدفعي على حي الزيتون.",
    "قالت العائلة إن ابنتها سلمى، التي استشهدت صباح اليوم في قصف على منزلها في دير البلح، كانت طالبة في الجامعة.",
    "تنعى عائلة الحسن ابنها مازن الحسن، الذي قضى برصاص قناص في حي الجحملية بمدينة تعز صباح اليوم.",
])
def test_one_told_of_in_a_relative_clause_is_one_dead(text):
    rs = records(text)
    assert [r.fatalities for r in rs] == [1], [(r.sub_event_type, r.fatalities) for r in rs]


def test_the_one_who_died_beside_the_wounded_of_the_same_strike():
    rs = records("تنعى عائلة الشيخ ابنتها المعلمة هبة الشيخ، التي ارتقت اليوم في قصف على مدرسة في جباليا، "
                 "وأصيب في القصف خمسة آخرون.")
    assert [(r.fatalities, r.injured) for r in rs] == [(1, 5)]


@pytest.mark.parametrize("text, killed", [
    # the pronoun refers to the place: those counted after "فيه" are the dead, no one more
    ("استهدفت غارة إسرائيلية المنزل الذي استشهد فيه ثلاثة أشقاء في بلدة بيت حانون صباح اليوم.", 3),
    # the one dead with his companions stays three, not four
    ("ننعى الشهيد خالد سرور الذي ارتقى مع اثنين من رفاقه في غارة على بلدة عيتا الشعب اليوم.", 3),
    # a bulletin's one dead, wounded the week before: one dead, no wounded
    ("أعلنت وزارة الصحة استشهاد الشاب رامي عساف (24 عاما)، الذي أصيب برصاص الاحتلال الأسبوع الماضي في نابلس.", 1),
])
def test_the_relative_clause_counts_no_one_twice(text, killed):
    rs = records(text)
    assert [(r.fatalities, r.injured) for r in rs] == [(killed, None)]
