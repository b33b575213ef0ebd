"""Round q89-left-events (stop 28): events lost to a cumulative mark in a later clause of a fight told with its
own day (`frames._day_told_before_mark`), to the plural "هجمات" launched by a named side (`frames._attacks_cue`),
to a march that went out ("خرجت مسيرات"; `frames._gather_cue`, `march_struck_lead`) and to a headline's present
verb of demanding with protesters opening it (`frames._demand_cue`).

Every sentence is written for the test and names other places, sides and numbers than the probes and the sets.
"""
from __future__ import annotations

import rasd


def recs(text: str, published: str):
    return rasd.extract(text, published=published)


def kinds(rs):
    return [(r.sub_event_type, r.location_text) for r in rs]


def test_fight_of_the_day_before_a_running_count_since_the_war_began():
    rs = recs("إدلب - تجددت المعارك صباح اليوم في بلدة كفرنبل بين قوات النظام وهيئة تحرير الشام، وقال ناشطون إن "
              "القتال أوقع 87 قتيلاً منذ اندلاع الحرب في المنطقة.", "2019-06-11")
    assert any(r.sub_event_type == "Armed clash" for r in rs), kinds(rs)
    clash = next(r for r in rs if r.sub_event_type == "Armed clash")
    assert clash.fatalities in (None, 0), clash.fatalities
    assert str(clash.event_date) == "2019-06-11"


def test_fight_of_yesterday_then_a_comparison_with_the_war():
    rs = recs("مأرب - اندلعت مواجهات عنيفة أمس في مديرية صرواح بين القوات الحكومية والحوثيين، هي الأعنف منذ "
              "بدء المعارك في المديرية.", "2021-02-17")
    assert any(r.sub_event_type == "Armed clash" for r in rs), kinds(rs)


def test_a_running_count_alone_is_still_no_event():
    rs = recs("حمص - قالت مصادر طبية إن عدد القتلى في المدينة ارتفع إلى 420 منذ بدء المعارك.", "2012-05-02")
    assert not rs, kinds(rs)


def test_a_named_side_that_launched_attacks_on_a_place():
    rs = recs("الحسكة - شن تنظيم الدولة هجمات على بلدة الهول صباح اليوم.", "2018-03-05")
    assert rs, "no record"
    assert rs[0].actor1 == "Islamic State", rs[0].actor1


def test_attacks_launched_in_the_present_stay_a_pattern():
    rs = recs("الحسكة - وتشن خلايا التنظيم هجمات على مواقع قسد في ريف المحافظة بين حين وآخر.", "2018-03-05")
    assert not rs, kinds(rs)


def test_marches_that_went_out_demanding_are_a_protest_not_drones():
    rs = recs("الحديدة - خرجت مسيرات في مدينة زبيد اليوم تطالب برفع الحصار.", "2020-08-21")
    assert [r.sub_event_type for r in rs] == ["Peaceful protest"], kinds(rs)


def test_a_headline_of_protesters_demanding():
    rs = recs("محتجون في الديوانية يطالبون بتوفير فرص العمل\nالديوانية - تجمع العشرات أمام مبنى المحافظة.",
              "2019-07-09")
    assert any(r.sub_event_type == "Peaceful protest" for r in rs), kinds(rs)


def test_others_demanding_are_no_protest():
    rs = recs("بغداد - قال النائب إن الأهالي يطالبون بتعويضات عن منازلهم، فيما تطالب الحكومة بمزيد من الوقت.",
              "2019-07-09")
    assert not any(r.sub_event_type == "Peaceful protest" for r in rs), kinds(rs)


def test_arrests_a_denier_says_it_made_instead_with_their_own_place():
    rs = recs("الرقة - نفت قوى الأمن الداخلي تعذيب المحتجزين، وقالت إن عناصرها اعتقلوا سبعة مطلوبين في بلدة "
              "الكرامة.", "2021-04-03")
    assert [r.sub_event_type for r in rs] == ["Arrests"], kinds(rs)


def test_a_denied_arrest_campaign_alone_is_no_event():
    rs = recs("الرقة - نفت قوى الأمن الداخلي شن حملة اعتقالات في بلدة الكرامة.", "2021-04-03")
    assert not any(r.sub_event_type == "Arrests" for r in rs), kinds(rs)
