"""Round q92-fix24r (stop 31): the bare soldiers ("الجنود") as a side of a fight or a verb's subject are the
army the report named last, state's or foreign, not no one; as a casualty or an object they are no side.

Every report here is written for the test and names other places, sides and numbers than the set.
"""
from __future__ import annotations

import pytest

from helpers import extract as recs


def clashes(rs):
    return [r for r in rs if r.sub_event_type == "Armed clash"]


@pytest.mark.parametrize("first", ["دخلت عشرات الآليات العسكرية الإسرائيلية بلدة قباطية جنوب جنين ليل الأربعاء.",
                                   "اقتحم الجيش الإسرائيلي بلدة قباطية جنوب جنين ليل الأربعاء."])
def test_the_bare_soldiers_are_the_army_named_before(first):
    text = first + "\n\nوبعد منتصف الليل اندلعت اشتباكات بين الجنود ومسلحين فلسطينيين قرب مسجد البلدة.\n"
    rs = clashes(recs(text, "2024-07-11"))
    assert rs and "Israeli Forces" in (rs[0].actor1, rs[0].actor2), [(r.actor1, r.actor2) for r in rs]


def test_the_bare_soldiers_are_the_army_not_the_fighters_named_between():
    text = ("توغلت قوات من الجيش السوداني في بلدة الرهد، وتصدى لها مقاتلو الدعم السريع، "
            "ودارت معارك بين الجنود والمهاجمين عند سوق البلدة.\n")
    rs = clashes(recs(text, "2024-07-11"))
    assert rs and {rs[0].actor1, rs[0].actor2} == {"Sudanese Armed Forces", "Rapid Support Forces"}, \
        [(r.actor1, r.actor2) for r in rs]


def test_the_bare_soldiers_with_no_army_named_are_no_one():
    rs = recs("قال شهود إن الجنود أطلقوا النار على راعٍ قرب قرية عقربا جنوب نابلس فأصيب في يده.\n", "2024-07-11")
    assert all(r.actor1 != "Israeli Forces" or r.actor1_text != "الجنود" for r in rs)


def test_soldiers_as_casualties_are_no_side():
    text = ("هاجم مسلحو تنظيم داعش نقطة للجيش العراقي قرب قضاء الطارمية، وقال مصدر أمني إن اثنين من الجنود "
            "قتلا في الهجوم.\n")
    rs = [r for r in recs(text, "2021-05-02") if r.sub_event_type in ("Attack", "Armed clash")]
    assert rs and rs[0].actor1 == "Islamic State", [(r.sub_event_type, r.actor1, r.actor2) for r in rs]
