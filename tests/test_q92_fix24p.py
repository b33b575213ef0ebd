"""Fix round q92-fix24p (stop 31): false records found on holdout24. Each test is a sentence written for it."""
from __future__ import annotations

import pytest

import rasd

PUB = "2024-05-01"


def _types(text: str) -> list[str]:
    return [r.sub_event_type for r in rasd.extract(text, published=PUB) if not r.background]


# 1. a vehicle or convoy held or stopped (احتجز، أوقف، احتجاز + قافلة/شاحنة/سيارة/حافلة) is no arrest: no person was held
@pytest.mark.parametrize("text", [
    "احتجزت قوات الأمن قافلة مساعدات تضم عشر شاحنات عند حاجز قرب مدينة الأبيض يومين قبل أن تسمح لها بالعبور.",
    "احتُجزت شاحنتان محملتان بالأدوية عند معبر قرب بلدة حرض لساعات.",
    "احتجز الجيش الإسرائيلي سيارة إسعاف تابعة للهلال الأحمر عند حاجز قلنديا ثلاث ساعات.",
    "أوقفت دورية للحوثيين سيارة إسعاف عند مدخل مدينة ذمار ومنعتها من المرور.",
    "أفادت منظمة إغاثية باحتجاز قافلة وقود عند نقطة تفتيش في مدينة الضالع.",
    "احتجزت ميليشيا محلية قافلة تجارية من خمس شاحنات قرب مدينة غريان.",
    "أوقفت قوة عسكرية قافلة مساعدات أممية في ولاية جنوب كردفان قرب مدينة كادوقلي.",
])
def test_a_held_vehicle_is_no_arrest(text):
    assert "Arrests" not in _types(text)


# guards: people held, riders of a vehicle held, or held in one, are still arrested
@pytest.mark.parametrize("text", [
    "احتجزت القوات الإسرائيلية سائق شاحنة عند حاجز قرب بلدة ترقوميا.",
    "احتجزت قوات الاحتلال خمسة شبان عند حاجز قرب بلدة عزون.",
    "احتجزت قوات الأمن ركاب الحافلة قرب مدينة كسلا لساعات.",
    "أوقفت الشرطة سائق سيارة إسعاف في مدينة الخليل واقتادته إلى جهة مجهولة.",
    "احتجزت قوات الأمن ثلاثة شبان في سيارة عند مدخل مدينة درعا.",
])
def test_people_held_at_a_vehicle_are_still_arrested(text):
    assert "Arrests" in _types(text)
