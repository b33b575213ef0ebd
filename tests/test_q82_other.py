"""Precision round q82-other: lone extras of the other types (territory, looting, arrests, protests ...).

Sentences written for these tests (names, places and numbers varied from any report)."""
from __future__ import annotations

from helpers import records_at

records = records_at("2019-03-14")

_TAKEN = ("Government regains territory", "Non-state actor overtakes territory", "Non-violent transfer of territory")


def _kinds(text: str) -> list[tuple[str, str]]:
    return sorted((r.sub_event_type, r.location_text) for r in records(text))


def test_control_going_on_is_no_take_over():
    # who still holds a town is a state, not a change of control that day
    text = "أكدت مصادر محلية استمرار سيطرة التنظيم على مدينة الميادين بشكل كامل رغم القصف."
    kinds = _kinds(text)
    assert not any(t in _TAKEN for t, _ in kinds), kinds


def test_a_place_going_out_of_control_in_a_description_is_no_second_take_over():
    # the take-over is told in the first clause; "تخرج عن سيطرة النظام بعد X" describes it
    text = ("أعلنت هيئة تحرير الشام سيطرتها على مدينة سراقب، "
            "لتكون ثاني مدينة تخرج عن سيطرة النظام بعد معرة النعمان.")
    kinds = _kinds(text)
    assert ("Non-state actor overtakes territory", "مدينة سراقب") in kinds, kinds
    assert not any(t == "Government regains territory" for t, _ in kinds), kinds
    assert not any("معره" in p or "معرة" in p for _, p in kinds), kinds
    text = ("أعلنت فصائل المعارضة سيطرتها الكاملة على مدينة دير الزور أمس بعد معارك مع القوات النظامية، "
            "لتصبح ثالث مركز محافظة يخرج عن سيطرة النظام.")
    kinds = _kinds(text)
    assert [t for t, _ in kinds if t in _TAKEN] == ["Non-state actor overtakes territory"], kinds


def test_the_months_a_control_lasted_are_no_take_over():
    text = ("استعادت القوات الحكومية السيطرة على مدينة الباب أمس، "
            "منهية ستة أشهر من سيطرة التنظيم على المدينة.")
    kinds = _kinds(text)
    assert [t for t, _ in kinds if t in _TAKEN] == ["Government regains territory"], kinds


def test_a_take_over_by_a_militia_fighting_beside_the_state_is_a_regain():
    # the Giants Brigades fight for the government: its take-over from the Houthis regains ground
    text = "أعلنت ألوية العمالقة السيطرة الكاملة على مطار المخا بعد معارك عنيفة مع ميليشيا الحوثي استمرت يومين."
    kinds = _kinds(text)
    assert ("Government regains territory", "مطار المخا") in kinds, kinds
    assert not any(t == "Non-state actor overtakes territory" for t, _ in kinds), kinds
    text = ("وأعلن اللواء 444 قتال سيطرته على معسكر التكبالي في طرابلس بعد اشتباكات مع مسلحين "
            "من جهاز دعم الاستقرار.")
    kinds = _kinds(text)
    assert any(t == "Government regains territory" for t, _ in kinds), kinds
    assert not any(t == "Non-state actor overtakes territory" for t, _ in kinds), kinds


def test_a_militia_taking_ground_from_its_own_state_is_a_non_state_take_over():
    # (a guard) against the government's own forces the allied militia is a non-state side
    text = ("سيطرت ألوية العمالقة وقوات دفاع شبوة على مدينة عتق بعد اشتباكات مع قوات الأمن الخاصة "
            "التابعة للحكومة.")
    kinds = _kinds(text)
    assert not any(t == "Government regains territory" for t, _ in kinds), kinds


def test_a_take_over_claimed_and_denied_in_one_sentence_is_not_coded():
    text = ("وكانت قوات الدعم السريع قد أعلنت الأحد سيطرتها على مطار الأبيض ومقر الفرقة الخامسة، "
            "وهو ما نفاه الجيش.")
    kinds = _kinds(text)
    assert not any(t in _TAKEN for t, _ in kinds), kinds
    text = ("في المقابل، قال التنظيم في بيان إن مقاتليه استعادوا قرية الخضر وقتلوا العشرات، "
            "وهو ما نفته قيادة العمليات.")
    kinds = _kinds(text)
    assert not any(t in _TAKEN for t, _ in kinds), kinds


def test_a_denied_charge_after_a_take_over_leaves_the_take_over():
    # (guards) the denial answers the accusation told between; a denied strike is still coded
    text = ("سيطرت قوات الدعم السريع على مطار الأبيض، واتهمت لجان المقاومة عناصرها بنهب المنازل، "
            "وهو ما نفته قيادة الدعم السريع.")
    kinds = _kinds(text)
    assert ("Non-state actor overtakes territory", "مطار الأبيض") in kinds, kinds
    text = ("وكان 12 مدنياً قد قتلوا مساء الجمعة جراء قصف جوي تركي استهدف مستشفى جنديرس، "
            "وهو ما نفته رئاسة الأركان التركية.")
    kinds = _kinds(text)
    assert any(t == "Air/drone strike" for t, _ in kinds), kinds
