"""Round q93-recall (stop 32): missed events. Each test is a sentence written for it."""
from __future__ import annotations

import pytest

import rasd

PUB = "2023-06-10"


def _places(text: str) -> list[str]:
    return [r.location_text for r in rasd.extract(text, published=PUB) if not r.background]


# 1. «مدني» (Wad Madani), a town_after_in name, joined by «و» to a known town is the town, not the civilian noun
@pytest.mark.parametrize("text", [
    "خرج مئات المحتجين صباح اليوم في الخرطوم ومدني رافضين قرارات الحكومة.",
    "نظمت لجان المقاومة مواكب اليوم في أم درمان وبحري ومدني وكسلا.",
    "قصفت طائرة مسيرة مواقع للدعم السريع في سنار ومدني أمس.",
    "تظاهر الطلاب اليوم في القضارف ومدني احتجاجاً على رفع الرسوم.",
    "أغلق محتجون الطرق الرئيسية اليوم في الأبيض وكوستي ومدني.",
])
def test_madani_listed_with_towns(text):
    assert "مدني" in _places(text)


# guards: a civilian joined to a soldier or a child, or the adjective «مدني», stays no place
@pytest.mark.parametrize("text", [
    "قتل جندي ومدني في قصف على الفاشر اليوم.",
    "أصيب مقاتل ومدني بجروح في اشتباك في نيالا اليوم.",
    "قتل في الهجوم على الفاشر طفل ومدني آخر.",
    "طالب المتظاهرون في الخرطوم اليوم بحكم مدني ودستور جديد.",
    "قتل جنديان ومدني اليوم في هجوم على حاجز في الموصل.",
])
def test_civilian_noun_is_no_place(text):
    assert "مدني" not in _places(text)
