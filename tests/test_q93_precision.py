"""Round q93-precision (stop 32): a tank named as what an air strike hit ("غارات على دبابات ومدرعات") is no shelling
weapon: the strike gives one air record, not a second shelling one. Tanks that fire, and tanks after ب (the weapon),
stay shelling."""
from __future__ import annotations

from helpers import records_at

records = records_at("2024-05-01")

SHELL = "Shelling/artillery/missile attack"
AIR = "Air/drone strike"


def _types(text: str) -> list[str]:
    return sorted(r.sub_event_type for r in records(text))


def test_strikes_on_tanks_are_one_air_strike():
    assert _types("شنت الطائرات الإسرائيلية غارات على دبابات ومدرعات تابعة للجيش قرب بلدة نوى مساء أمس.") == [AIR]


def test_a_strike_on_one_tank_is_no_shelling():
    assert SHELL not in _types("نفذت مسيرة غارة جوية على دبابة للجيش عند أطراف بلدة الشيخ مسكين صباح اليوم.")


def test_tanks_that_fire_stay_shelling():
    assert _types("قصفت الدبابات الإسرائيلية أطراف بلدة كفركلا بعدة قذائف صباح اليوم.") == [SHELL]


def test_tanks_after_bi_are_the_weapon():
    assert _types("استهدفت قوات الاحتلال بالدبابات منازل المواطنين في بلدة بيت حانون صباح اليوم.") == [SHELL]


def test_tanks_as_subject_of_a_strike_verb_stay_shelling():
    assert _types("استهدفت دبابات الاحتلال بقذائفها منازل المواطنين في بلدة بيت لاهيا صباح اليوم.") == [SHELL]
