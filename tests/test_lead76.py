"""Rules the lead found with the written set 'mixed' (stop 18); sentences written for these tests."""
from __future__ import annotations

import rasd


def places(text: str, published: str = "2021-04-12") -> list[tuple[str, str, int]]:
    return [(r.location_text, r.sub_event_type, r.geo_precision) for r in rasd.extract(text, published=published)]


def test_a_word_around_a_place_is_no_part_of_its_name_but_keeps_its_precision():
    got = places("قصفت قوات النظام بالمدفعية الثقيلة محيط بلدة كفرنبل جنوبي إدلب اليوم.")
    assert [(t, p) for t, _, p in got] == [("بلدة كفرنبل", 2)]
    got = places("اندلعت اشتباكات عنيفة بين الجيش والحوثيين على جبهة مريس شمال الضالع اليوم.", "2019-05-02")
    assert [t for t, _, _ in got] == ["مريس"]
    got = places("قصفت المدفعية التركية تخوم مدينة تل تمر اليوم.", "2022-11-21")
    assert [t for t, _, _ in got] == ["مدينة تل تمر"]


def test_an_unknown_place_behind_such_a_word_is_named_by_its_name():
    # a village no gazetteer holds: its `location` is its name as written, not "أطراف ..."
    recs = rasd.extract("وسقطت قذائف هاون على أطراف قرية الشويحة الغربية شرق حماة اليوم.", published="2016-03-03")
    assert recs and not recs[0].location.startswith("أطراف") and recs[0].location_text.startswith("قرية")
