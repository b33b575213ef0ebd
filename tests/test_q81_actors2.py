"""Precision round q81-actors2 (actor attribution pooled over every gold set): each test is a sentence
written for it, not one of the sets'."""
from __future__ import annotations

from helpers import records_at


recs = records_at("2025-05-20")


def _clashes(rs):
    return [r for r in rs if r.sub_event_type == "Armed clash"]


# 1. a fight told only "with" one side ("بعد معارك مع X") after a clause whose subject is a force: the
#    force the sentence opened with is the other side (sides._sentence_subject)
def test_a_fight_told_with_one_side_is_by_the_sentence_subject():
    rs = recs("تمكنت قوات الجيش العراقي، مساء الثلاثاء، من تحرير ناحية القيارة بالكامل، بعد معارك شرسة مع "
              "عصابات داعش الإرهابية.", "2016-08-23")
    hit = _clashes(rs)
    assert hit and hit[0].actor1 == "Iraqi Security Forces" and hit[0].actor2 == "Islamic State"


def test_the_same_in_sudan():
    rs = recs("قال الجيش السوداني إن قواته دخلت حي الحلفايا في بحري، بعد أيام من الاشتباكات مع قوات الدعم "
              "السريع.", "2024-10-06")
    hit = _clashes(rs)
    assert hit and {hit[0].actor1, hit[0].actor2} == {"Sudanese Armed Forces", "Rapid Support Forces"}


def test_a_fight_with_no_other_force_in_the_sentence_keeps_its_one_side():   # (a guard)
    rs = recs("اندلعت اشتباكات عنيفة مع مسلحي تنظيم داعش في قرية البو عيثة جنوب سامراء مساء الثلاثاء.",
              "2015-06-09")
    hit = _clashes(rs)
    assert hit and "Islamic State" in (hit[0].actor1, hit[0].actor2)


def test_a_town_taken_stays_beside_its_fight_in_a_quarter():
    # (the fight now has both sides, the taker's among them; the town taken, by its bare name, is no
    #  introduction of that fight in one of its quarters: passes._told_finer)
    rs = recs("تمكن مقاتلو المجلس الوطني الانتقالي، مساء الأحد، من السيطرة على فندق المهاري وجامعة سرت، بعد "
              "معارك شرسة مع بقايا كتائب القذافي المتمركزة في الحي رقم 1 بالمدينة.", "2011-10-09")
    assert [r for r in rs if r.sub_event_type == "Non-state actor overtakes territory"]
    hit = _clashes(rs)
    assert hit and hit[0].actor1 == "National Transitional Council" and hit[0].actor2 == "Military Forces of Libya"


# 2. an arrest whose count names, after "بينهم", a member of a group: the group is the side held, not
#    the one that held them, nor are they civilians (assemble, `_AMONG_DETAINED`)
def test_a_group_named_among_the_arrested_is_the_side_held():
    rs = recs("أعلن جهاز الأمن الوطني القبض على أربعة متهمين في مدينة الرمادي، بينهم مسؤول مالي لتنظيم داعش.",
              "2024-03-12")
    hit = [r for r in rs if r.sub_event_type == "Arrests"]
    assert hit and hit[0].actor2 == "Islamic State" and hit[0].actor1 != "Islamic State"


def test_a_cell_of_a_group_among_the_arrested():
    rs = recs("أعلنت وزارة الداخلية أن وحداتها اعتقلت سبعة أشخاص في مدينة دوما، بينهم متزعم خلية تابعة لتنظيم "
              "داعش.", "2025-07-14")
    hit = [r for r in rs if r.sub_event_type == "Arrests"]
    assert hit and hit[0].actor1 == "Syrian Government Forces" and hit[0].actor2 == "Islamic State"
