"""The striker told by a nationality adjective after a support verb, and the generic sides of a clash
after a named group (fix round q80-fix-nat): each test is a report written for it (none is a sentence
of eval/written/ or of another set); each rule's test fails at 74a9980, the guards (the readings a rule
must keep) pass before and after."""
from __future__ import annotations

import pytest

import rasd


def _sides(got, sub):
    return [(r.actor1, r.actor2) for r in got if r.sub_event_type == sub]


# --- the subject of "شن/نفذ" past the aircraft or the guns it names by their nationality -----------

@pytest.mark.parametrize("text, published, sub, striker", [
    ("الرقة - مراسلنا\n\nنفذت طائرات أردنية، فجر اليوم، ضربة جوية على مخابئ تنظيم داعش قرب بلدة الكسرة "
     "بريف دير الزور الغربي.", "2015-02-06", "Air/drone strike", "Military Forces of Jordan"),
    ("بنغازي - مراسلنا\n\nشنت طائرات F-16 مصرية غارات على مخزن لأنصار الشريعة قرب منطقة الصابري.",
     "2015-02-17", "Air/drone strike", "Military Forces of Egypt"),
    ("الأنبار - خلية الإعلام الأمني\n\nنفذت المدفعية العراقية قصفاً مكثفاً على مخبأ لداعش في صحراء الرطبة.",
     "2019-09-14", "Shelling/artillery/missile attack", "Iraqi Security Forces"),
])
def test_a_nationality_adjective_after_the_weapon_names_who_launched(text, published, sub, striker):
    got = rasd.extract(text, published=published)
    sides = _sides(got, sub)
    assert sides and sides[0][0] == striker, [(r.sub_event_type, r.actor1, r.actor2) for r in got]


def test_the_subject_right_after_the_launching_verb_still_launched():   # (a guard)
    text = ("إدلب - مراسلنا\n\nشن الطيران الروسي غارات على بلدة كفرنبل في ريف إدلب الجنوبي، "
            "وقصفت المدفعية التركية قرى في ريف منبج.")
    got = rasd.extract(text, published="2019-05-20")
    assert [s for s in _sides(got, "Air/drone strike") if s[0] == "Russian Forces"], got
    assert [s for s in _sides(got, "Shelling/artillery/missile attack") if s[0] == "Turkish Forces"], got


# --- a side's dens and hideouts struck: that side was hit -----------------------------------------

def test_the_side_whose_dens_were_struck_is_the_target():
    text = ("أبين - مراسلنا\n\nنفذت المقاتلات الإماراتية سلسلة غارات على أوكار عناصر القاعدة في مديرية المحفد.")
    got = rasd.extract(text, published="2017-08-03")
    sides = _sides(got, "Air/drone strike")
    assert sides and sides[0] == ("Military Forces of the United Arab Emirates",
                                  "Al-Qaeda in the Arabian Peninsula"), sides


def test_an_iraqi_strike_on_a_den_of_the_organisation():
    text = ("ديالى - خلية الإعلام الأمني\n\n"
            "نفذت الطائرات العراقية ضربة جوية على وكر لعصابات داعش في منطقة المطيبيجة شرقي صلاح الدين.")
    got = rasd.extract(text, published="2021-03-22")
    sides = _sides(got, "Air/drone strike")
    assert sides and sides[0] == ("Iraqi Security Forces", "Islamic State"), sides


# --- the generic words for the group a report named ------------------------------------------------

def test_the_terrorist_gangs_after_the_named_group():
    text = ("كركوك - قيادة العمليات المشتركة\n\n"
            "أحبطت قواتنا هجوماً لعصابات داعش الإرهابية على قرية في ناحية الرياض. "
            "وقصفت طائرات القوة الجوية العراقية مضافات العصابات الإرهابية في وادي الشاي جنوبي كركوك.")
    got = rasd.extract(text, published="2020-11-04")
    sides = _sides(got, "Air/drone strike")
    assert sides and sides[0][1] == "Islamic State", sides


def test_the_definite_gunmen_of_a_clash_after_the_named_group():
    text = ("الموصل - مراسلنا\n\n"
            "هاجم مسلحو تنظيم داعش مقراً للشرطة في قضاء بيجي مساء الأحد. "
            "واندلعت بعدها اشتباكات بين القوات الأمنية والمسلحين في ناحية الصينية غربي بيجي.")
    got = rasd.extract(text, published="2014-06-09")
    sides = [(r.actor1, r.actor2) for r in got if r.sub_event_type == "Armed clash" and "الصينية" in (r.location_text or "")]
    assert sides and set(sides[0]) == {"Iraqi Security Forces", "Islamic State"}, sides


def test_the_definite_gunmen_with_no_group_named_stay_unidentified():   # (a guard)
    text = ("طرابلس - مراسلنا\n\nاندلعت اشتباكات بين قوة أمنية والمسلحين في منطقة جنزور غرب طرابلس.")
    got = rasd.extract(text, published="2022-08-27")
    sides = _sides(got, "Armed clash")
    assert sides and "Unidentified Armed Group" in sides[0], sides


def test_the_bare_units_of_an_army_statement():
    text = ("نينوى - قيادة العمليات المشتركة\n\n"
            "طردت القوات الأمنية عصابات داعش من قرية الشورة جنوب الموصل. "
            "وأضاف البيان أن القطعات تخوض اشتباكات عنيفة مع الإرهابيين قرب ناحية حمام العليل.")
    got = rasd.extract(text, published="2016-10-27")
    sides = _sides(got, "Armed clash")
    assert sides and sides[0] == ("Iraqi Security Forces", "Islamic State"), sides


def test_the_units_a_convoy_was_sent_to_reinforce_did_not_strike_it():   # (a guard)
    text = ("صلاح الدين - مصدر أمني\n\n"
            "انفجرت عبوة ناسفة مساء اليوم على رتل عسكري كان في طريقه لتعزيز القطعات في قضاء الشرقاط، "
            "ما أدى إلى إصابة ثلاثة جنود.")
    got = rasd.extract(text, published="2019-02-11")
    rs = [r for r in got if r.sub_event_type == "Remote explosive/landmine/IED"]
    assert rs and rs[0].actor1 != "Iraqi Security Forces", [(r.actor1, r.actor2) for r in rs]


def test_the_definite_gunmen_counted_among_the_dead_are_still_counted():   # (a guard)
    text = ("بعقوبة - مراسلنا\n\n"
            "اندلعت اشتباكات بين قوات الجيش العراقي وعناصر من تنظيم داعش في ناحية العظيم شمال ديالى، "
            "وقال مصدر أمني إن ستة من المسلحين قتلوا.")
    got = rasd.extract(text, published="2015-04-18")
    rs = [r for r in got if r.sub_event_type == "Armed clash"]
    assert rs and rs[0].fatalities == 6, [(r.actor1, r.actor2, r.fatalities) for r in rs]
