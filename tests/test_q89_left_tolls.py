"""Round q89-left-tolls (stop 28): a ship's or a building's damage after a verbal noun of hitting is no wounded
person ("أدى إلى إصابتها بأضرار", `casualties._DAMAGED`); a captive killed by those who took him ("اختطفوا ... ثم
قتلوه") is an Attack with one dead, not an abduction (`casualties.tsv` قتلوه/اعدموه, `event_types`).

Every sentence is written for the test and names other places, actors and numbers than the probes and the sets.
"""
from __future__ import annotations

import pytest

import rasd


def recs(text: str, published: str):
    return rasd.extract(text, published=published)


@pytest.mark.parametrize("text", [
    "المخا - 9 مارس\nتعرضت ناقلة نفط لهجوم بطائرة مسيرة قبالة ميناء المخا، ما أدى إلى إصابتها بأضرار محدودة.",
    "إدلب - 4 نيسان\nسقطت قذيفة صاروخية على مبنى المجلس المحلي في مدينة سراقب وأدت إلى إصابته بأضرار كبيرة.",
])
def test_damage_after_a_hit_is_no_wounded(text):
    rs = recs(text, "2024-03-09")
    assert rs, "no record"
    assert all(not r.injured for r in rs), [(r.location_text, r.injured) for r in rs]


def test_one_wounded_by_a_verbal_noun_still_counts():
    rs = recs("حلب - 4 نيسان\nاستهدف قناص من قوات النظام شابا في حي بستان القصر ما أدى إلى إصابته بجروح.", "2015-04-04")
    assert rs and rs[0].injured == 1, [(r.location_text, r.injured) for r in rs]


@pytest.mark.parametrize("text,place", [
    ("الزاوية - 12 مايو\nخطف مسلحون مجهولون سائق أجرة في مدينة الزاوية ثم قتلوه وتركوا جثته في سيارته.", "الزاوية"),
    ("دير الزور - 12 أيار\nاختطف مسلحون مجهولون معلما من بلدة الشحيل ثم أعدموه ميدانيا.", "الشحيل"),
])
def test_abducted_then_killed_is_an_attack(text, place):
    rs = recs(text, "2021-05-12")
    assert len(rs) == 1, [(r.sub_event_type, r.location_text) for r in rs]
    assert rs[0].sub_event_type == "Attack", rs[0].sub_event_type
    assert rs[0].fatalities == 1, rs[0].fatalities
    assert place in rs[0].location_text, rs[0].location_text


def test_abduction_alone_stays_an_abduction():
    rs = recs("الزاوية - 12 مايو\nخطف مسلحون مجهولون سائق أجرة في مدينة الزاوية واقتادوه إلى جهة مجهولة.", "2021-05-12")
    assert rs and rs[0].sub_event_type == "Abduction/forced disappearance", [r.sub_event_type for r in rs]


@pytest.mark.parametrize("text,town", [
    ("حماة - 8 تموز\nدارت اشتباكات عنيفة بين قوات النظام وهيئة تحرير الشام في قرية الزكاة. وقتل مسلحون مجهولون 4 مدنيين"
     " بينهم طفل في بلدة كفرزيتا.", "كفرزيتا"),
    ("تعز - 8 يوليو\nتجددت المواجهات بين الجيش الوطني والحوثيين في مديرية حيفان، كما قتل مسلحون مجهولون 6 مدنيين في"
     " مديرية حيفان.", "حيفان"),
])
def test_killing_by_other_gunmen_after_a_fight_is_an_attack(text, town):
    rs = recs(text, "2019-07-08")
    att = [r for r in rs if r.sub_event_type == "Attack" and town in r.location_text]
    assert att, [(r.sub_event_type, r.location_text, r.fatalities) for r in rs]
    assert att[0].actor2 == "Civilians", att[0].actor2
    assert any(r.sub_event_type == "Armed clash" for r in rs), [r.sub_event_type for r in rs]


def test_killing_by_a_side_of_the_fight_stays_its_toll():
    rs = recs("حماة - 8 تموز\nدارت اشتباكات عنيفة بين قوات النظام وهيئة تحرير الشام في قرية الزكاة، وقتلت قوات النظام"
              " 9 من عناصر الهيئة.", "2019-07-08")
    assert [r.sub_event_type for r in rs] == ["Armed clash"], [(r.sub_event_type, r.location_text) for r in rs]
