"""Type confusions and a second type at one place (precision round q82-types2): each test is a report
written for it (none is a sentence of eval/written/ or of the dev set); the rule's tests fail at 2de38fc,
the guards pass before and after."""
from __future__ import annotations

import rasd


def _of(got, sub):
    return sorted(r.location_text or "" for r in got if r.sub_event_type == sub)


# -- a storming told with no weapon, no toll and no harm done in its sentence is no Attack ----------------

def test_bare_storming_of_a_building_is_no_attack():
    text = ("بيروت - مراسلنا\n\n"
            "وقال شهود إن مجهولين اقتحموا مقر القنصلية الفرنسية في حي الأشرفية فجر اليوم وبعثروا أوراقها.")
    got = rasd.extract(text, published="2021-05-14")
    assert not _of(got, "Attack"), got


def test_bare_storming_of_a_quarter_by_an_army_is_no_attack():
    text = ("الرقة - مراسلنا\n\n"
            "أعلنت قيادة العمليات أن قوات النخبة اقتحمت حي الرميلة في الجهة الشرقية لمدينة الرقة صباح الأربعاء.")
    got = rasd.extract(text, published="2017-07-12")
    assert not _of(got, "Attack"), got


def test_storming_with_gunfire_in_its_sentence_stays_an_attack():   # (a guard)
    text = ("نيالا - مراسلنا\n\n"
            "اقتحم مسلحون على جمال قرية أم دافوق، وأطلقوا النار على السكان العزل في السوق.")
    got = rasd.extract(text, published="2023-08-20")
    assert _of(got, "Attack"), got


def test_storming_with_a_toll_stays_an_attack():   # (a guard)
    text = ("الفاشر - مراسلنا\n\n"
            "قتل 12 مدنياً عندما اقتحمت مجموعات مسلحة قرية شقرة غرب المدينة أمس الثلاثاء.")
    got = rasd.extract(text, published="2024-06-04")
    assert _of(got, "Attack"), got


# -- an Attack or a clash told again at the place of excessive force against protesters is that force -----

def test_funeral_toll_of_protesters_shot_is_no_second_attack():
    text = ("البصرة - وكالات\n\n"
            "شيع المئات في مدينة البصرة، اليوم السبت، جثامين ضحايا مجزرة ساحة البحرية، حيث ارتفعت حصيلة القتلى "
            "الذين سقطوا أمس الجمعة برصاص قوات مكافحة الشغب إلى 14 متظاهراً وأكثر من 90 جريحاً.")
    got = rasd.extract(text, published="2020-02-08")
    assert _of(got, "Excessive force against protesters"), got
    assert not _of(got, "Attack"), got


def test_headline_clash_over_protesters_killed_is_the_force():
    text = ("قتلى وجرحى بمواجهات وسط كربلاء\n"
            "قالت مصادر طبية، الأحد، إن متظاهرَين اثنين قتلا وأصيب 40 آخرون من جراء مواجهات مع قوات الأمن وسط كربلاء.")
    got = rasd.extract(text, published="2019-11-03")
    assert _of(got, "Excessive force against protesters"), got
    assert not _of(got, "Armed clash"), got


def test_named_gunmen_beside_protesters_shot_keep_their_attack():   # (a guard)
    text = ("حمص - مراسلنا\n\n"
            "أطلقت قوات الأمن النار على المتظاهرين في مدينة تلكلخ بعد صلاة الجمعة فقتلت ستة منهم. "
            "وقالت وكالة الأنباء الرسمية إن مسلحين أطلقوا النار على مواطنين في تلكلخ ما أدى إلى مقتل شرطي.")
    got = rasd.extract(text, published="2011-05-14")
    assert _of(got, "Excessive force against protesters"), got
    assert _of(got, "Attack"), got
