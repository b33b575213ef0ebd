"""Round q94-probe-civic2 (parliamentary sessions and cabinet minutes, press-freedom and aid-worker reports, elections,
holidays, sports and culture with security in them): each test is a sentence written for it, not one of the gold sets'."""
from __future__ import annotations

import pytest

import rasd

PUB = "2022-05-15"


def _records(text: str, published: str = PUB):
    return rasd.extract(text, published=published)


def _kept(text: str, published: str = PUB):
    return [r for r in _records(text, published) if not r.background]


# 1. an old deed named in a "الذي وقع قبل عامين" clause after its noun is of that time: no event of the session's day
@pytest.mark.parametrize("text", [
    "طالب النائب خلال جلسة البرلمان بتعويض أسر ضحايا الهجوم على حاجز الأمن في مدينة العريش الذي وقع قبل عامين.",
    "وذكر الوزير أمام المجلس أن التفجير في سوق مدينة الصدر الذي حصل قبل ثلاث سنوات ما زال دون محاسبة.",
])
def test_an_old_deed_in_its_own_clause_is_not_today(text):
    assert [(r.sub_event_type, r.event_date) for r in _kept(text) if r.event_date == PUB] == [], text


def test_a_deed_of_today_keeps_its_day_beside_the_clause():
    rs = _kept("قتل جنديان بانفجار عبوة ناسفة في مدينة العريش صباح اليوم، بعد عامين من هجوم مماثل.")
    assert [(r.sub_event_type, r.event_date) for r in rs] == [("Remote explosive/landmine/IED", PUB)]


# 2. a year's count told "خلال عام 2021" is a yearly total, no event of a day in that year
@pytest.mark.parametrize("text", [
    "قال تقرير اتحاد الصحفيين إن قوات الأمن اعتقلت 30 صحفياً خلال عام 2021 في محافظة البصرة.",
    "أحصت المنظمة مقتل 14 عامل إغاثة طيلة عام 2021 في ولاية جنوب دارفور.",
])
def test_a_yearly_total_is_no_event(text):
    # (a report at the year's end: the year's count was read as one deed in mid-year)
    assert [(r.sub_event_type, r.event_date) for r in _kept(text, "2021-12-20")] == [], text


def test_a_detention_of_today_in_a_yearly_report_is_kept():
    rs = _kept("وقالت النقابة إن قوات الأمن اعتقلت صباح اليوم الصحفي علي حسن من منزله في مدينة البصرة.")
    assert [(r.sub_event_type, r.location) for r in rs] == [("Arrests", "Basrah")]


# 3. an office or a polling centre a shell fell near is no place's name
@pytest.mark.parametrize("text, place", [
    ("سقطت قذيفة هاون قرب مكتب الصحيفة في حي باب توما بدمشق ظهر اليوم.", "مكتب"),
    ("استهدف هجوم بقذائف الهاون محيط المركزين الانتخابيين في قضاء الحويجة صباح اليوم.", "المركزين"),
])
def test_an_office_is_no_place(text, place):
    rs = _kept(text)
    assert rs and not any((r.location_text or "").startswith(place) for r in rs), [(r.location, r.location_text) for r in rs]


# 4. holding to account asked for names a deed the reader knows: no event of the session's day
@pytest.mark.parametrize("text", [
    "طالب عضو مجلس النواب خلال الجلسة بمحاسبة المسؤولين عن قتل الصيادين في محافظة البصرة.",
    "دعا رئيس الوزراء إلى معاقبة مرتكبي جريمة اغتيال المحامي في مدينة الزاوية.",
])
def test_a_demand_for_accountability_is_no_event(text):
    assert [(r.sub_event_type, r.location) for r in _kept(text)] == [], text


def test_a_killing_told_beside_the_demand_is_kept():
    rs = _kept("قتل مسلحون مجهولون صياداً في محافظة البصرة صباح اليوم، وطالب نواب بمحاسبة المسؤولين عن الهجوم.")
    assert [r.sub_event_type for r in rs] == ["Attack"]
