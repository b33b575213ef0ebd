"""Round q92-actor2 (stop 31): the receiving side of strikes told by the place struck. Israel's strikes and shelling
in Lebanon that name no target hit Hezbollah when the report names Hezbollah (default_targets.tsv `named`);
soldiers told as the enemy's («لجنود العدو») are the teller's foe, not the state's army of the report's country."""
from __future__ import annotations

from helpers import records_at

records = records_at("2024-10-08")


def _sides(rs):
    return [(r.sub_event_type, r.actor1, r.actor2) for r in rs]


def test_strikes_on_a_beirut_suburb_hit_hezbollah_named_in_the_report():
    rs = records("بيروت - أغار الطيران الحربي الإسرائيلي فجر الثلاثاء على حي المريجة في الضاحية الجنوبية لبيروت. "
                 "وفي المقابل قال حزب الله إنه أطلق صواريخ على مستوطنة كريات شمونة.")
    strikes = [r for r in rs if r.actor1 == "Israeli Forces"]
    assert strikes and all(r.actor2 == "Hezbollah" for r in strikes), _sides(rs)


def test_shelling_of_border_villages_hits_hezbollah_named_in_the_report():
    rs = records("قصفت المدفعية الإسرائيلية أطراف بلدتي كفرشوبا وشبعا مساء الاثنين، فيما أعلن حزب الله أن مقاتليه "
                 "استهدفوا موقع رويسات العلم.")
    shelled = [r for r in rs if r.actor1 == "Israeli Forces"]
    assert shelled and all(r.actor2 == "Hezbollah" for r in shelled), _sides(rs)


def test_no_hezbollah_named_leaves_the_target_open():
    rs = records("قصفت المدفعية الإسرائيلية أطراف بلدتي كفرشوبا وشبعا مساء الاثنين.")
    assert rs and all(r.actor2 is None for r in rs), _sides(rs)


def test_civilians_counted_go_before_hezbollah():
    rs = records("قتل ثلاثة مدنيين بينهم طفلة في غارة إسرائيلية على منزل في بلدة صريفا، وقال حزب الله إنه رد "
                 "بقصف ثكنة زرعيت.")
    strikes = [r for r in rs if r.actor1 == "Israeli Forces"]
    assert strikes and all(r.actor2 == "Civilians" for r in strikes), _sides(rs)


def test_the_enemys_soldiers_are_not_the_lebanese_army():
    rs = records("قالت المقاومة الإسلامية إن مقاتليها استهدفوا تجمعا لجنود العدو قرب موقع المرج بقذائف المدفعية.")
    assert rs and all(r.actor2 == "Israeli Forces" for r in rs), _sides(rs)
