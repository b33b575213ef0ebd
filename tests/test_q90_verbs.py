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


@pytest.mark.parametrize("text,published,first,second", [
    ("اندلعت اشتباكات عنيفة بين قوات النظام وتنظيم داعش في محيط مدينة السخنة، إثر هجوم شنه التنظيم على حواجز النظام.",
     "2017-06-04", "Islamic State", "Syrian Government Forces"),
    ("دارت اشتباكات بين الجيش العراقي ومسلحي داعش في ناحية العلم، بعد هجوم للمسلحين على نقطة للجيش.",
     "2015-03-09", "Islamic State", "Iraqi Security Forces"),
    ("اندلعت اشتباكات بين قوات الأمن ومسلحين تسللوا إلى مدينة سامراء فجر اليوم.",
     "2014-06-06", "Unidentified Armed Group", "Iraqi Security Forces"),
    ("اندلعت اشتباكات بين الجيش السوداني وقوات الدعم السريع التي هاجمت مدينة بابنوسة من المحور الغربي.",
     "2024-01-22", "Rapid Support Forces", "Sudanese Armed Forces"),
    ("اندلعت اشتباكات بين الجيش وقوات الدعم السريع في مدينة كادقلي، وتمكن الجيش من صد الهجوم.",
     "2023-07-16", "Rapid Support Forces", "Sudanese Armed Forces"),
])
def test_the_side_told_attacking_after_a_clash_pair_is_actor1(text, published, first, second):
    # "اشتباكات بين X وY" does not say who attacked; the rest of the sentence may
    rs = [r for r in recs(text, published) if r.sub_event_type == "Armed clash"]
    assert rs, "no clash"
    assert all((r.actor1, r.actor2) == (first, second) for r in rs), [(r.actor1, r.actor2) for r in rs]


@pytest.mark.parametrize("text,published,first,second", [
    ("اندلعت اشتباكات بين قوات النظام وفصائل المعارضة في حي جوبر بدمشق.", "2014-03-18",
     "Syrian Government Forces", "Free Syrian Army"),
    ("هاجم تنظيم داعش مواقع قوات النظام في محيط مدينة دير الزور، وتمكنت القوات من صد الهجوم.", "2016-11-07",
     "Islamic State", "Syrian Government Forces"),
])
def test_a_clash_whose_sentence_tells_no_attacker_keeps_its_order(text, published, first, second):
    rs = [r for r in recs(text, published) if r.sub_event_type == "Armed clash"]
    assert rs, "no clash"
    assert all((r.actor1, r.actor2) == (first, second) for r in rs), [(r.actor1, r.actor2) for r in rs]
