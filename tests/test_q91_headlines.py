"""Round q91-headlines (stop 30): events told in passing behind a funeral or a memory, and tolls told by kin.

Every sentence is written for the test (other places, sides and numbers than the round's probes).
"""
from __future__ import annotations

import pytest

from helpers import extract as recs


def show(rs):
    return [(r.sub_event_type, r.location_text, r.event_date, r.fatalities, r.injured) for r in rs]


@pytest.mark.parametrize("text", [
    'يقول عمر من مدينة تكريت: "بحرب 2003 الطيارات قصفت جسر المدينة ومات عمي"، ويبيع عمر اليوم الخضار.',
    'تقول أم حسين من حي الصالحين في حلب: "من أيام 2015 البراميل هدمت الحارة وقتلت جارتنا".',
    'قال رجل من مدينة سرت: "بحرب 2016 الدواعش فجروا سيارة قدام الجامع ومات ثلاثة من أولاد الحارة".',
    'يروي أبو ياسر من مدينة الحديدة: "من أيام 2018 الطيران قصف الميناء وقتل عشرة صيادين".',
])
def test_a_memory_dated_by_a_war_or_an_era_is_history(text):
    rs = [r for r in recs(text, "2024-05-14") if not r.background]
    assert rs == [], show(rs)


@pytest.mark.parametrize("text", [
    'صيدا - قتل 12 شخصاً اليوم في غارات إسرائيلية على بلدة الغازية، في أعنف قصف منذ حرب 2006.',
    'دير البلح - استشهد 9 مواطنين اليوم في قصف إسرائيلي على مخيم المغازي، وهو الأعنف منذ حرب 2014.',
])
def test_a_war_after_since_does_not_date_the_event(text):
    rs = recs(text, "2024-05-14")
    assert len(rs) == 1 and rs[0].event_date == "2024-05-14" and not rs[0].background, show(rs)


@pytest.mark.parametrize("text,dead", [
    ('قلقيلية - قالت والدة الشاب: "قتلوا ابني على الحاجز عند مدخل بلدة عزون صباح اليوم".', 1),
    ('الفاشر - يقول آدم: "قتلوا أخي في سوق مدينة كتم أمس".', 1),
    ('حمص - قال رجل من حي الوعر: "ماتت زوجتي وبنتي بالقصف المدفعي على الحي اليوم الصبح".', 2),
    ('مصراتة - قال أحد السكان: "مات خويا بقذيفة سقطت على حي الزروق أمس".', 1),
])
def test_kin_killed_with_no_number_are_counted(text, dead):
    rs = recs(text, "2024-05-14")
    assert len(rs) == 1 and rs[0].fatalities == dead, show(rs)


def test_a_funeral_in_a_town_for_the_dead_of_its_camp_is_no_event():
    rs = recs('شيع المئات في مدينة طولكرم اليوم جثامين ثلاثة شبان قتلوا فجر أمس في غارة إسرائيلية على مخيم '
              'طولكرم.', "2024-05-14")
    assert [r.location_text for r in rs] == ["مخيم طولكرم"], show(rs)


def test_a_town_that_buries_in_a_head_line_is_no_event_place():
    rs = recs('قلقيلية تشيّع ضحايا الغارة على مخيم عسكر\nاستشهد ثلاثة شبان أمس الأحد في غارة نفذتها طائرة مسيرة '
              'إسرائيلية على مخيم عسكر.', "2024-05-14")
    assert [r.location_text for r in rs] == ["مخيم عسكر"], show(rs)
    assert rs[0].fatalities == 3, show(rs)
