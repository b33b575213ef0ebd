"""Errors found on reports from Syria and Lebanon, 2012-2026 (round 68). Each test is a sentence
written for it, not a report of the batch."""
from __future__ import annotations

import rasd


def test_a_place_before_a_colon_is_a_dateline_and_the_fronted_toll_keeps_its_civilians():
    text = ("إدلب: قتل تسعة مدنيين، مساء الأربعاء، في غارات شنها الطيران الروسي على حي الضبيط "
            "وسط مدينة إدلب.")
    recs = rasd.extract(text, published="2019-08-01")
    assert len(recs) == 1
    assert recs[0].actor1 == "Russian Forces"
    assert recs[0].actor2 == "Civilians"
    assert recs[0].fatalities == 9


def test_a_side_before_a_colon_still_speaks_for_itself():
    text = "قسد: مقتل اثنين من مقاتلينا بقصف تركي على قرية صيدا بريف عين عيسى"
    recs = rasd.extract(text, published="2022-12-01")
    assert recs
    assert recs[0].actor1 == "Turkish Forces"
    assert recs[0].actor2 == "Syrian Democratic Forces"


def test_an_armed_attack_carried_out_by_a_named_cell_is_that_sides():
    text = ("قتل عنصران من قوات سوريا الديمقراطية بهجوم مسلح نفذته خلية تابعة لتنظيم الدولة "
            "الإسلامية على نقطة عسكرية في بلدة الشحيل.")
    recs = rasd.extract(text, published="2024-05-02")
    assert len(recs) == 1
    assert recs[0].actor1 == "Islamic State"
    assert recs[0].actor2 == "Syrian Democratic Forces"


def test_the_crimes_those_arrested_are_involved_in_are_no_event():
    text = ("اعتقلت قوى الأمن الداخلي ثلاثة أشخاص متورطين في عمليات سرقة ونهب في مدينة جرابلس.")
    recs = rasd.extract(text, published="2025-06-11")
    assert [r.sub_event_type for r in recs] == ["Arrests"]
