"""Round q90-verbs (stop 29): clause structure that lost the event or its sides.

Every sentence is written for the test; none is taken from a gold set.
"""
from __future__ import annotations

import pytest

import rasd


def recs(text: str, published: str):
    return rasd.extract(text, published=published)


@pytest.mark.parametrize("text,published,side,place", [
    ("أعلنت وزارة الدفاع الروسية أن الطائرات الروسية نفذت 70 طلعة، ودمرت مخازن أسلحة في بلدة كفرنبل.",
     "2016-02-12", "Russian Forces", "كفرنبل"),
    ("المقاتلات الروسية نفذت 45 طلعة، ودمرت مقرات للمسلحين في مدينة معرة النعمان.",
     "2016-03-02", "Russian Forces", "معرة النعمان"),
    ("قال الجيش الإسرائيلي إن طائراته الحربية نفذت 40 طلعة، ودمرت مواقع لحزب الله في بلدة الخيام.",
     "2024-03-11", "Israeli Forces", "الخيام"),
])
def test_a_destroying_verb_after_a_sortie_tally_is_the_aircraft_strike(text, published, side, place):
    # "نفذت N طلعة، ودمرت ...": the aircraft of the tally are the subject across its comma
    rs = recs(text, published)
    hit = [r for r in rs if place in (r.location_text or "")]
    assert hit, [(r.sub_event_type, r.location_text) for r in rs]
    assert all(r.sub_event_type == "Air/drone strike" and r.actor1 == side for r in hit), \
        [(r.sub_event_type, r.actor1) for r in hit]


@pytest.mark.parametrize("text,published,side,place", [
    ("قالت وزارة الدفاع الروسية إن المقاتلات نفذت 16 طلعة، وقصفت مواقع لتنظيم داعش في محيط مدينة تدمر.",
     "2016-03-20", "Russian Forces", "تدمر"),
    ("أعلن التحالف الدولي أن طائراته نفذت 20 طلعة جوية، واستهدفت مقرات لتنظيم الدولة في مدينة الميادين.",
     "2017-09-14", "International Coalition", "الميادين"),
    ("أعلن الجيش السوداني أن طيرانه الحربي نفذ عدة طلعات، وقصف تجمعات لقوات الدعم السريع في مدينة الضعين.",
     "2024-02-05", "Sudanese Armed Forces", "الضعين"),
])
def test_a_tellers_sortie_tally_is_the_subject_of_the_strike_after_it(text, published, side, place):
    # "قالت الوزارة إن المقاتلات نفذت N طلعة، وقصفت ...": not a teller's clause apart from the deed
    rs = recs(text, published)
    hit = [r for r in rs if place in (r.location_text or "")]
    assert hit, [(r.sub_event_type, r.location_text) for r in rs]
    assert all(r.sub_event_type == "Air/drone strike" and r.actor1 == side for r in hit), \
        [(r.sub_event_type, r.actor1) for r in hit]


def test_a_tellers_clause_without_a_sortie_still_tells_nothing_of_its_own():
    # the guard: a teller announcing a toll is no subject of a strike
    rs = recs("قالت وزارة الصحة إن الحصيلة ارتفعت، وقصفت المدفعية حي الشيخ مقصود في حلب.", "2016-04-10")
    assert not any(r.actor1 == "Ministry of Health" for r in rs)


@pytest.mark.parametrize("text,published,side,place", [
    ("تعرضت بلدة مضايا لقذائف هاون مصدرها قوات النظام صباح اليوم.", "2015-08-11", "Syrian Government Forces", "مضايا"),
    ("تعرضت قرية أم الكيف لقذائف مدفعية مصدرها القوات التركية.", "2021-10-04", "Turkish Forces", "أم الكيف"),
    ("تعرضت بلدة عيترون لقذائف مدفعية إسرائيلية مساء أمس.", "2024-05-20", "Israeli Forces", "عيترون"),
    ("تعرض حي الحتانة في مدينة أم درمان لصواريخ مصدرها قوات الدعم السريع.", "2023-09-02", "Rapid Support Forces",
     "الحتانة"),
])
def test_shells_a_place_came_under_are_its_shelling(text, published, side, place):
    rs = recs(text, published)
    hit = [r for r in rs if place in (r.location_text or "")]
    assert hit, [(r.sub_event_type, r.location_text) for r in rs]
    assert all(r.sub_event_type == "Shelling/artillery/missile attack" and r.actor1 == side for r in hit), \
        [(r.sub_event_type, r.actor1) for r in hit]


def test_a_depot_for_shells_is_no_shelling():
    rs = recs("عثرت الشرطة على مستودع لقذائف الهاون في بلدة الزبداني.", "2017-05-10")
    assert not any(r.sub_event_type == "Shelling/artillery/missile attack" for r in rs)
