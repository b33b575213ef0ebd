"""Coverage round q89-coverage2 (stop 28): places the first wave's probes found unknown or lost in lists, each with
its source in `curated/places_q89-coverage2.tsv`: south Lebanon's Dibbine and Blat (Marjayoun), the West Bekaa's
Sohmor, Aleppo's al-Salihin quarter; Daraa's Nawa after a preposition (grammar_words
`bare_short_town`); the bare «بلاط» and «الصالحين» as ordinary words (common_words.tsv).

Every sentence is written for the test and names other numbers than the probes and the sets.
"""
from __future__ import annotations

import pytest

import rasd


def recs(text: str, published: str):
    return rasd.extract(text, published=published)


def places(rs):
    return {r.location for r in rs}


def test_marjayoun_villages_in_a_list_each_get_a_record():
    rs = recs("مرجعيون - الوكالة الوطنية\nأغارت مسيرات إسرائيلية على أطراف بلدات دبين وبلاط والقليعة بعد ظهر اليوم.",
              "2024-11-03")
    assert {"Dibbine", "Blat"} <= places(rs), [(r.location_text, r.location) for r in rs]
    assert all(r.country == "Lebanon" for r in rs)


def test_sohmor_is_placed_in_the_beqaa():
    rs = recs("البقاع - مراسلنا\nقتل ستة أشخاص في غارة إسرائيلية دمرت منزلاً في سحمر ليل أمس.", "2024-10-17")
    assert rs, "no record"
    r = [r for r in rs if "سحمر" in (r.location_text or "")][0]
    assert r.location == "Sohmor" and r.admin1 == "Beqaa", (r.location, r.admin1)


def test_aleppo_salihin_quarter_in_a_list():
    rs = recs("حلب - مراسلنا\nألقت مروحيات النظام براميل متفجرة على أحياء الصالحين والكلاسة وبستان القصر.", "2015-06-21")
    assert any(r.location == "Aleppo - al-Salihin" for r in rs), [(r.location_text, r.location) for r in rs]


def test_nawa_after_a_preposition():
    rs = recs("درعا - مراسلنا\nقتل مسلحون مجهولون رئيس بلدية سابقاً بإطلاق نار عليه في نوى.", "2021-09-12")
    assert any(r.location == "Nawa" for r in rs), [(r.location_text, r.location) for r in rs]


@pytest.mark.parametrize("text", [
    # the ordinary words stay words
    "دمشق - مراسلنا\nقتل ثلاثة عناصر من الجيش في كمين قرب تدمر، ورحم الله الشهداء وألحقهم بالصالحين.",
    "عمان - مراسلنا\nقال مصدر في البلاط الملكي إن وفداً سيزور بغداد، بعد مقتل خمسة جنود في هجوم قرب الموصل.",
])
def test_ordinary_words_make_no_place(text):
    rs = recs(text, "2019-04-02")
    assert not {"Blat", "Aleppo - al-Salihin"} & places(rs), [(r.location_text, r.location) for r in rs]
