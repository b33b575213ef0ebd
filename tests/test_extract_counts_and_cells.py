"""Counts told by a dual or by a number after its noun, and cells that belong to a force:
each test is a sentence written for it."""
from __future__ import annotations

import pytest

import rasd


def one(text: str, published: str = "2023-06-10"):
    records = rasd.extract(text, published=published)
    assert len(records) == 1, [(r.sub_event_type, r.location_text) for r in records]
    return records[0]


@pytest.mark.parametrize("dual", ["صحفيان", "طبيبان", "وزيران"])
def test_a_dual_in_an_is_two(dual):
    r = one(f"حلب - قتل {dual} بقصف مدفعي استهدف حي صلاح الدين في مدينة حلب اليوم.")
    assert r.fatalities == 2


def test_the_dual_of_a_noun_with_a_broken_plural_is_two():
    r = one("إدلب - قصفت قوات النظام مستوصفاً في بلدة سرمين، ما أدى إلى مقتل طبيبين.")
    assert r.fatalities == 2


def test_a_number_after_its_plural_noun_counts_it():
    r = one("غزة - استشهد مسعفين اثنين في غارة إسرائيلية على مخيم جباليا شمالي القطاع.")
    assert r.fatalities == 2
    assert r.actor2 == "Civilians"


def test_a_number_after_a_noun_is_not_read_across_a_preposition():
    r = one("درعا - أصيب عنصر من الشرطة برصاص مجهولين في بلدة نصيب في الثالث من الشهر الجاري.")
    assert r.injured == 1


def test_an_assassination_of_two_counts_two():
    r = one("اغتال مسلحون مجهولون قياديين اثنين في الجيش الحر بمدينة جاسم في ريف درعا.")
    assert r.fatalities == 2
    r = one("اغتال مسلحون مجهولون طبيبين في مدينة جاسم بريف درعا.")
    assert r.fatalities == 2


def test_an_assassination_with_no_count_is_one_victim():
    r = one("اغتال مسلحون مجهولون مختار بلدة الغارية في ريف درعا الشرقي.")
    assert r.fatalities == 1


def test_fighters_of_a_force_right_after_the_verb_are_its_subject():
    r = one("اغتال عناصر من هيئة تحرير الشام عنصرين من الجيش الوطني في بلدة دارة عزة.")
    assert r.actor1 == "Hayat Tahrir al-Sham"
    assert r.actor2.startswith("Syrian National Army")


def test_killed_fighters_of_a_force_are_still_the_side_hit():
    r = one("دير الزور - قتل عناصر من قوات سوريا الديمقراطية بهجوم لمسلحين في بلدة ذيبان.")
    assert r.actor2 == "Syrian Democratic Forces"


def test_a_cell_that_belongs_to_a_force_attacks_for_it():
    r = one("هاجمت خلية تابعة لتنظيم الدولة نقطة لقوات سوريا الديمقراطية في بلدة البصيرة.")
    assert r.actor1 == "Islamic State"
    assert r.actor2 == "Syrian Democratic Forces"


def test_a_cell_arrested_is_the_side_hit():
    r = one("أعلنت قوات الأمن الداخلي القبض على خلية تابعة لتنظيم الدولة في مدينة الحسكة.")
    assert r.sub_event_type == "Arrests"
    assert r.actor2 == "Islamic State"
