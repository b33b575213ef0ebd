"""Round q88-egypt: a report about Egypt (a country rasd does not cover) names no covered country, but
names Egypt, its capital or Sinai: Egypt's places are then admitted and win over their namesakes in
covered countries (Cairo over Taiz's al-Qahira district, Giza over Daraa's, Alexandria over Babil's
al-Iskandariya); Egypt's generic forces are its army and police. In any other report Egypt's places stay
out (pipeline `_EGYPT_CUE`).

Every sentence is written for the test and names other places and numbers than the sets and the probes.
"""
from __future__ import annotations

import pytest

import rasd


def recs(text: str, published: str):
    return rasd.extract(text, published=published)


@pytest.mark.parametrize("text, published, admin1", [
    # a Cairo dateline and a Cairo square: Egypt's capital (its governorate), not Taiz's al-Qahira district
    ("القاهرة - وكالات\nاعتقلت الشرطة 14 ناشطاً خلال وقفة احتجاجية في ميدان طلعت حرب بوسط القاهرة.",
     "2016-05-03", "Cairo"),
    # Giza: Egypt's, not the Daraa village
    ("الجيزة - وكالات\nانفجرت قنبلة بدائية الصنع قرب مركز شرطة في الجيزة، ما أدى إلى إصابة 3 مجندين.",
     "2015-03-11", "Giza"),
    # Alexandria: Egypt's, not Babil's al-Iskandariya
    ("الإسكندرية - أ ش أ\nفرقت قوات الأمن مسيرة لطلاب جامعيين في الإسكندرية وأوقفت 11 منهم.",
     "2014-11-28", "Alexandria"),
])
def test_egypt_report_places_in_egypt(text, published, admin1):
    rs = recs(text, published)
    assert rs, "no record"
    assert all(r.country == "Egypt" for r in rs), [(r.location_text, r.country, r.admin1) for r in rs]
    assert all(r.admin1 == admin1 for r in rs)


def test_sheikh_zuweid_attack_gives_record():
    rs = recs("العريش - وكالات\nهاجم مسلحون نقطة للجيش في الشيخ زويد بشمال سيناء، فقتل 4 مجندين وأصيب ضابط.",
              "2016-08-19")
    got = [r for r in rs if "الشيخ زويد" in (r.location_text or "")]
    assert len(got) == 1, [(r.location_text, r.country) for r in rs]
    assert got[0].admin1 == "North Sinai"
    assert "Military Forces of Egypt" in (got[0].actor1, got[0].actor2)


def test_police_are_egypts_in_cairo():
    rs = recs("القاهرة - رويترز\nألقت قوات الأمن القبض على 22 شخصاً شاركوا في مسيرة بحي شبرا في القاهرة.",
              "2019-09-27")
    assert rs and all(r.country == "Egypt" for r in rs)
    assert any("Police Forces of Egypt" in (r.actor1, r.actor2) for r in rs)


def test_a_surname_is_no_egypt():
    # "المصري" as a man's surname in a report whose town can only be Syria's or Lebanon's
    rs = recs("قتل مدنيان بقصف مدفعي على مدينة القصير، بينهم الحاج خالد المصري.", "2013-05-20")
    assert rs and all(r.country != "Egypt" for r in rs), [(r.location_text, r.country) for r in rs]


def test_taiz_qahira_stays_in_yemen():
    # a Yemeni report naming Taiz's al-Qahira district keeps it in Yemen
    rs = recs("تعز - خاص\nقتل مدنيان بقذيفة أطلقها الحوثيون على حي في مديرية القاهرة بمدينة تعز.", "2018-03-02")
    assert rs and all(r.country == "Yemen" for r in rs), [(r.location_text, r.country) for r in rs]
