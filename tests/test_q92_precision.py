"""Precision round q92-precision (the pooled extras of stop 31): a take-over claim the other side denies in the same
sentence, and criminal armed robbery read as looting. Each sentence is written for the test, not one of the sets'."""
from __future__ import annotations

import pytest

import rasd

PUB = "2024-05-01"
_TERRITORY = ("Non-state actor overtakes territory", "Government regains territory")


def _subs(text: str) -> list[str]:
    return [r.sub_event_type for r in rasd.extract(text, published=PUB) if not r.background]


# 1. a take-over one side claims and the other denies after a contrast in the same sentence is no event
@pytest.mark.parametrize("text", [
    "أعلنت قوات الدعم السريع السيطرة على مدينة بارا بشمال كردفان، فيما نفى الجيش ذلك وقال إن قواته تنتشر داخلها.",
    "الحوثيون يعلنون السيطرة على مديرية حريب، والقوات الحكومية تنفي وتؤكد أن المعارك مستمرة.",
    "قالت وسائل إعلام النظام إن الجيش استعاد بلدة كفرنبودة، إلا أن فصائل المعارضة نفت ذلك.",
    "أكدت هيئة تحرير الشام سيطرتها على قرية الحويز بعد معارك مع قوات النظام، بينما تنفي دمشق ذلك.",
])
def test_denied_takeover_claim_gives_no_takeover(text):
    assert not set(_subs(text)) & set(_TERRITORY)


# ... while a denial of something else after the take-over leaves it
@pytest.mark.parametrize("text", [
    "سيطرت قوات سوريا الديمقراطية على قرية الدشيشة بعد اشتباكات مع داعش، فيما نفى التنظيم مقتل قائده في المعارك.",
    "سيطرت قوات الدعم السريع على مدينة الفولة، ونفى الجيش اتهامات بقصف الأحياء السكنية.",
])
def test_other_denial_keeps_takeover(text):
    assert set(_subs(text)) & set(_TERRITORY)


# 2. a criminal armed robbery is no looting event
@pytest.mark.parametrize("text", [
    "أقدم مسلحون مجهولون على سلب سيارة مواطن تحت تهديد السلاح على طريق درعا - بصرى الشام مساء أمس.",
    "سرقة محل مجوهرات تحت تهديد السلاح في شارع الجمهورية بمدينة البصرة مساء أمس.",
    "سطا مسلحون على فرع مصرف في مدينة الزاوية وسرقوا خزنته.",
    "سطا لصوص مسلحون على محل للصرافة في مدينة الحسكة وسرقوا مبلغاً من المال قبل أن يلوذوا بالفرار.",
])
def test_armed_robbery_is_no_looting(text):
    assert "Looting/property destruction" not in _subs(text)


# ... while a force's looting, with نهب or a stealing verb, stays
@pytest.mark.parametrize("text", [
    "نهب عناصر من الدعم السريع سيارات المواطنين تحت تهديد السلاح في حي الثورة بأم درمان.",
    "سرق عناصر من الميليشيا محتويات المستشفى في مدينة ود مدني.",
    "نهب عناصر من قوات الدعم السريع محتويات السوق الرئيسي في مدينة الأبيض بعد دخولهم إليها يوم الجمعة.",
])
def test_force_looting_stays(text):
    assert "Looting/property destruction" in _subs(text)
