"""Fix round q91-fix22p: a shooting told as a family's or a person's quarrel is no political violence event.

Sentences written for these tests (names, places and numbers varied from any report and probe)."""
from __future__ import annotations

import pytest

from helpers import records_at

records = records_at("2024-05-01")

REAL = "وقصفت طائرة مسيرة إسرائيلية سيارة في بلدة عيتا الشعب جنوب لبنان، ما أدى إلى مقتل شخصين."


def _types(text: str) -> list[tuple[str, str]]:
    return sorted((r.sub_event_type, r.location_text) for r in records(text))


@pytest.mark.parametrize("quarrel", [
    "قتل شاب وأصيب اثنان بإطلاق نار خلال شجار عائلي في بلدة الحراك شرق درعا مساء الاثنين.",
    "أصيب أربعة أشخاص بجروح إثر مشاجرة عائلية استخدمت فيها الأسلحة النارية في حي التفاح بمدينة غزة.",
    "سمع دوي إطلاق نار كثيف في مدينة الكوت، وتبين لاحقاً أنه ناتج عن خلاف عائلي على ميراث.",
    "قُتل رجل برصاص جاره في قرية عرى بريف السويداء إثر خلاف شخصي بينهما.",
    "أطلق مسلح النار على شقيقه في بلدة الجيزة بريف درعا إثر خلافات أسرية، ما أدى إلى مقتله.",
])
def test_a_family_or_personal_quarrel_is_no_event(quarrel):
    assert [t for t, _ in _types(quarrel)] == [], _types(quarrel)
    # the same report's real event is still found
    assert [t for t, _ in _types(quarrel + "\n" + REAL)] == ["Air/drone strike"]


@pytest.mark.parametrize("kept", [
    # the quarrel denied
    "اغتال مسلحون مجهولون ناشطاً في مدينة العمارة، وقال ذووه إنه لم يكن له أي خلاف شخصي مع أحد.",
    "قتل عنصر بإطلاق نار على حاجز للأمن العام في مدينة بانياس، ونفت مصادر أن يكون للحادث علاقة بخلاف شخصي.",
    # a family's quarrel grown into a clan fight
    "قتل ثلاثة في اشتباكات في ناحية الفهود بدأت بخلاف عائلي وتطورت إلى نزاع مسلح بين عشيرتين.",
])
def test_a_denied_quarrel_or_a_clan_fight_stays_an_event(kept):
    assert len(_types(kept)) == 1, _types(kept)


# a gate is what an event was near, no place's name; "opposite" describes a town, no part of its name

def test_a_gate_is_no_place_of_its_own():
    got = _types("أطلقت قوات الأمن الرصاص الحي على المحتجين قرب بوابة ساحة الخلاني في بغداد.")
    assert [p for _, p in got] and all("بوابة" not in p for _, p in got), got
    got = _types("أطلقت الشرطة الغاز المسيل للدموع على المتظاهرين عند بوابة مبنى المحافظة في مدينة الكوت.")
    assert [p for _, p in got] and all("بوابة" not in p for _, p in got), got


def test_opposite_is_no_part_of_a_towns_name():
    got = _types("سقطت قذائف صاروخية مساء الجمعة على بلدة كركميش المقابلة لجرابلس، فقتل طفلان.")
    assert got and all("المقابلة" not in p for _, p in got), got
