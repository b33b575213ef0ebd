"""Fix round q88-fix16p (holdout16's false records): rasd's general faults behind its extra records.

Every sentence is written for the test and names other places and numbers than the set.
"""
from __future__ import annotations

import pytest

import rasd


def recs(text: str, published: str):
    return rasd.extract(text, published=published)


@pytest.mark.parametrize("text, place", [
    # a station, a police station and a synagogue are buildings: the place is the town or quarter they stand in,
    # never the building's common noun ("محطة"، "قسم شرطة"، "كنيس")
    ("انفجرت قنبلة بدائية قرب محطة مترو الشهداء في حي شبرا بالقاهرة، ما أدى إلى إصابة ثلاثة.", "حي شبرا"),
    ("انفجرت عبوة ناسفة قرب قسم شرطة العمرانية في الجيزة دون إصابات.", "الجيزة"),
    ("أطلق مسلح النار قرب كنيس في حي الشيخ جراح، فقتل ثلاثة.", "حي الشيخ جراح"),
    ("انفجرت عبوة ناسفة أمام قسم شرطة ثالث العريش، ما أسفر عن مقتل شرطي.", "العريش"),
])
def test_building_noun_is_no_place(text, place):
    rs = recs(text, "2015-03-02")
    assert rs, "no record"
    assert [r.location_text for r in rs] == [place]


@pytest.mark.parametrize("text", [
    "انفجرت عبوة ناسفة قرب محطة قطار بنها، ما أدى إلى مقتل شخصين.",
    "انفجرت عبوة قرب قسم شرطة الزيتون دون إصابات.",
])
def test_building_noun_alone_gives_no_place(text):
    assert all(r.location_text not in ("محطة", "قسم شرطة", "كنيس") for r in recs(text, "2015-03-02"))


@pytest.mark.parametrize("text", [
    # "سرت" at a clause's head with its indefinite subject after it: the verb (took effect, spread), not Sirte
    "قصفت المدفعية أطراف بلدة مارع، وسرت حالة من الهلع بين السكان.",
    "قتل مدني برصاص قناص في حي الكلاسة، فيما سرت أنباء عن اعتقال عدد من الشبان.",
    "قصفت المدفعية أطراف بلدة كفرنبل، وسرت شائعات عن نزوح العائلات.",
    "دارت اشتباكات عند جسر الشغور قتل فيها عنصران. في المقابل سرت هدنة هشة داخل المدينة.",
])
def test_perfect_verb_is_no_sirte(text):
    rs = recs(text, "2015-03-02")
    assert rs, "no record"
    assert all(r.location_text != "سرت" and r.country != "Libya" for r in rs), \
        [(r.location_text, r.country) for r in rs]


@pytest.mark.parametrize("text", [
    "قصفت الطائرات الحربية مدينة سرت أمس، ما أدى إلى مقتل أربعة.",
    "هاجم مسلحون حاجزاً في سرت وقتلوا جنديين.",
    "وفي المقابل، سيطرت القوات على سرت بعد اشتباكات قتل فيها خمسة.",
])
def test_sirte_the_town_stays(text):
    assert any(r.admin1 and r.country == "Libya" for r in recs(text, "2015-03-02"))


@pytest.mark.parametrize("text", [
    # tear gas dropped by drones on protesters or a sit-in: a protest broken up, no air strike
    "وأطلقت طائرات مسيرة قنابل الغاز المسيل للدموع على خيام المعتصمين في ساحة الحبوبي بالناصرية.",
    "ألقت طائرة مسيرة قنابل الغاز على المتظاهرين في ساحة الاعتصام بمدينة كفر قاسم.",
    "أطلقت طائرة مسيرة إسرائيلية قنابل غاز على المشاركين في مسيرة العودة شرق خان يونس.",
])
def test_drone_tear_gas_is_no_air_strike(text):
    types = [r.sub_event_type for r in recs(text, "2019-11-30")]
    assert types and "Air/drone strike" not in types, types


def test_drone_missiles_stay_air_strike():
    rs = recs("أطلقت طائرات مسيرة صواريخ على خيام النازحين في مواصي خان يونس، ما أدى إلى مقتل خمسة.", "2024-07-02")
    assert [r.sub_event_type for r in rs] == ["Air/drone strike"]
