"""Round q91-actors (stop 30): actor errors. A claim told after the deed with the deed as a definite word that is no
event word ("وتبنت كتائب شهداء الأقصى العملية") names its doer; an army spokesman named alone ("أدرعي:") stands for
his army."""
from __future__ import annotations

from helpers import records_at

records = records_at("2024-01-20")


def _doers(rs):
    return [(r.sub_event_type, r.actor1) for r in rs]


def test_a_claim_of_the_operation_after_a_comma_names_the_bomber():
    rs = records("طولكرم - فجر مقاومون عبوة ناسفة بجرافة عسكرية إسرائيلية خلال اقتحام مخيم نور شمس فجر الأحد، "
                 "وتبنت كتائب شهداء الأقصى العملية.")
    assert rs and all(r.actor1 == "Al-Aqsa Martyrs' Brigades" for r in rs), _doers(rs)


def test_a_claim_of_the_operation_after_fima_names_the_attackers():
    rs = records("العريش - هاجم مسلحون نقطة تفتيش للجيش جنوب مدينة العريش، الخميس، فيما تبنى تنظيم ولاية سيناء "
                 "العملية في بيان.", "2016-02-11")
    assert rs and all(r.actor1 == "Islamic State" for r in rs), _doers(rs)


def test_a_claim_of_the_incident_in_the_next_sentence_names_the_attackers():
    rs = records("رفح - استهدف مسلحون مدرعة للجيش بقذيفة صاروخية جنوب مدينة رفح، الأحد. "
                 "ثم تبنى تنظيم ولاية سيناء الحادث عبر وكالة أعماق.", "2016-03-06")
    assert rs and all(r.actor1 == "Islamic State" for r in rs), _doers(rs)


def test_a_claim_told_before_its_deed_in_a_clause_of_its_own_is_no_claim_of_this_one():
    # (the claim of another, earlier operation, then today's deed by unknown men: the claimant is not its doer)
    rs = records("نابلس - أطلق مسلحون مجهولون النار على حاجز عسكري إسرائيلي قرب بلدة بيتا، الأحد، "
                 "ولم تعلن أي جهة مسؤوليتها عن العملية.")
    assert rs and all(r.actor1 != "Al-Aqsa Martyrs' Brigades" for r in rs), _doers(rs)


def test_the_israeli_spokesman_named_alone_stands_for_his_army():
    rs = records("غزة - أدرعي: قواتنا قتلت ثمانية مسلحين من حماس في اشتباكات بحي الشجاعية شرق مدينة غزة.")
    assert rs and all(r.actor1 == "Israeli Forces" for r in rs), _doers(rs)


def test_our_forces_after_a_force_and_a_colon_are_the_tellers():
    rs = records("بنغازي - قالت القيادة العامة للجيش الوطني الليبي: قواتنا قصفت مواقع لمجلس شورى ثوار بنغازي في منطقة قنفودة.", "2016-05-10")
    assert rs and all(r.actor1 == "Libyan National Army" for r in rs), _doers(rs)
