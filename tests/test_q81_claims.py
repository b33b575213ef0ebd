"""Precision round q81-claims: what a side tells in the sentence of its own denial.

Sentences written for these tests (names, places and numbers varied from any report)."""
from __future__ import annotations

from helpers import records_at

records = records_at("2021-06-09")


def _kinds(text: str) -> list[tuple[str, str]]:
    return sorted((r.sub_event_type, r.location_text) for r in records(text))


def test_a_deniers_counter_charge_is_not_coded():
    # the side denies shelling the town and blames the other side: its defence, no event
    text = ("قصفت مدفعية مجهولة، اليوم الأربعاء، سوق مدينة الحوطة ما أدى إلى مقتل أربعة مدنيين. "
            "ونفى المتحدث باسم الجماعة عبد الله الشامي استهداف السوق، متهماً قوات الحزام الأمني "
            "بقصف حي الوهط لتشويه صورة مقاتليه.")
    kinds = _kinds(text)
    assert not any("الوهط" in p for _, p in kinds), kinds
    assert any("الحوطة" in p for _, p in kinds), kinds


def test_a_deniers_own_version_is_not_coded():
    # the council denies breaking up the sit-in and says the raid targeted a nearby quarter
    text = ("ونفى المجلس العسكري في بيان أن يكون قد أمر بفض اعتصام الأبيض، وقال إن العملية استهدفت "
            "حي الشاطئ المجاور الذي وصفه بأنه وكر للمهربين.")
    kinds = _kinds(text)
    assert not kinds, kinds
    # a denial of a withdrawal, with arrests the denier says it made at a place of their own: since round
    # q89-left-events these are coded (as iraq-17's gold codes a command's "مؤكدة أنها اعتقلت" arrests)
    text = ("ونفت قيادة شرطة محافظة ميسان انسحاب قواتها من ساحة الاعتصام، مؤكدة أنها اعتقلت عدداً من "
            "المشتبه بهم في ناحية المشرح.")
    kinds = _kinds(text)
    assert any(t == "Arrests" for t, _ in kinds), kinds


def test_a_bare_disowning_of_a_known_attack_is_not_coded():
    text = "ونفت عصائب الحق مسؤوليتها عن هجوم قاعدة بلد، متوعدة بالرد على أي اتهام."
    kinds = _kinds(text)
    assert not kinds, kinds


def test_a_disowned_attack_told_with_its_victims_and_fighting_after_a_denial_stay():
    # an attack disowned with its toll is the attack
    text = ("ونفى الجيش مسؤوليته عن انفجار في سوق بلدة الكرامة قتل فيه ستة مدنيين، "
            "وقال إنه ناجم عن قذيفة أطلقها المسلحون.")
    kinds = _kinds(text)
    assert any("الكرامة" in p for _, p in kinds), kinds
    # a fall denied, the fighting the denier says goes on
    text = ("في المقابل، نفت مصادر عسكرية سقوط مدينة البيضاء، مؤكدة أن الاشتباكات لا تزال مستمرة "
            "مع مسلحي الحركة على أطراف مدينة البيضاء.")
    kinds = _kinds(text)
    assert any(t == "Armed clash" for t, _ in kinds), kinds
