"""Round q89-left-types (stop 28): event types of constructions the first wave left.

- a take-over verb on a ship ("استولى ... على سفينة") is the ship's seizure, an abduction, no territory
  (`pipeline._ship_seizures`);
- an agreement reached or signed ("توصلت لجان المصالحة إلى اتفاق تسوية في X") is ACLED's Agreement
  (`pipeline._agreements_reached`, cue `agreed`);
- a clash told by its own word beside arrests at the same place and day ("وسط اشتباكات مع المقاومين واعتقال
  العشرات") is no retelling of the arrests (`passes.drop_bare_attacks`).

Every sentence is written for the test and names other places, actors and numbers than the probes and the sets.
"""
from __future__ import annotations

import rasd


def types(text: str, published: str) -> list[str]:
    return [r.sub_event_type for r in rasd.extract(text, published=published)]


def test_ship_seized_is_no_territory():
    ts = types("الحديدة - 4 مارس\nاستولت جماعة الحوثي صباح اليوم على ناقلة غاز قبالة ميناء رأس عيسى واقتادتها إلى الساحل.",
               "2024-03-04")
    assert "Non-state actor overtakes territory" not in ts, ts
    assert "Abduction/forced disappearance" in ts, ts


def test_ship_seized_verb_sitara_is_no_territory():
    ts = types("عدن - 9 يونيو\nسيطر مسلحون قراصنة على السفينة التجارية قبالة سواحل شقرة واحتجزوا بحارتها.",
               "2023-06-09")
    assert "Non-state actor overtakes territory" not in ts, ts
    assert "Abduction/forced disappearance" in ts, ts


def test_town_taken_stays_a_takeover():
    ts = types("عدن - 9 يونيو\nسيطر مسلحو القاعدة على مدينة شقرة بعد معارك مع قوات الحزام الأمني.", "2016-06-09")
    assert any("overtakes territory" in t for t in ts), ts


def test_settlement_reached_is_an_agreement():
    ts = types("درعا - 2 أغسطس\nتوصل وجهاء مدينة جاسم والجانب الروسي إلى اتفاق تسوية يقضي بتسليم الأسلحة المتوسطة.",
               "2018-08-02")
    assert ts == ["Agreement"], ts


def test_signed_agreement_is_an_agreement():
    ts = types("حماة - 14 مايو\nوقعت فصائل ريف حماة الجنوبي اتفاقا مع الجانب الروسي في بلدة حربنفسه.", "2018-05-14")
    assert "Agreement" in ts, ts


def test_agreement_called_for_or_named_is_none():
    ts = types("درعا - 2 أغسطس\nطالب مجلس الأمن الأطراف بالالتزام ببنود الاتفاق الموقع في مدينة طفس.", "2018-08-02")
    assert "Agreement" not in ts, ts
    ts = types("درعا - 2 أغسطس\nوقع الانفجار بعد يومين من الاتفاق في مدينة نوى، دون أن يسفر عن ضحايا.", "2018-08-02")
    assert "Agreement" not in ts, ts


def test_clash_beside_arrests_in_a_raid_stays():
    ts = types("طوباس - 11 مارس\nتواصل قوات الاحتلال عمليتها العسكرية في مخيم الفارعة لليوم الثالث، وسط اشتباكات مع المقاومين"
               " واعتقال 14 شابا.", "2024-03-11")
    assert "Armed clash" in ts and "Arrests" in ts, ts
