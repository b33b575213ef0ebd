"""Probe round q84-probe4: who did it to whom.

Sentences written for these tests (names, places and numbers varied from the probes)."""
from __future__ import annotations

from helpers import records_at

records = records_at("2021-07-14")


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    return [(r.actor1, r.actor2) for r in records(text)]


def test_a_commander_killed_in_his_force_is_its_casualty():
    # "قتل قائد في قوات X": X was hit, as with "قيادي في"
    text = "لحج - وكالات\nقتل قائد في قوات الحزام الأمني بانفجار عبوة ناسفة زرعت على طريق في مديرية تبن."
    sides = _sides(text)
    assert sides and all(a1 != "Security Belt Forces" for a1, _ in sides), sides
    assert any(a2 == "Security Belt Forces" for _, a2 in sides), sides
    text = "ديالى - وكالات\nأصيب قائد ميداني في الحشد الشعبي بانفجار عبوة ناسفة في ناحية العظيم."
    sides = _sides(text)
    assert sides and all(a1 != "Popular Mobilization Forces" for a1, _ in sides), sides

