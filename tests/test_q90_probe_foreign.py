"""Probe round q90-probe-foreign (stop 29): foreign armies' statements carried in Arabic, funerals and captions.

Every sentence is written for the test; none is taken from a gold set or from the round's probes.
"""
from __future__ import annotations

import pytest

import rasd


def recs(text: str, published: str = "2024-03-12"):
    return rasd.extract(text, published=published)


def where(rs):
    return [(r.sub_event_type, r.location_text, r.fatalities, r.event_date) for r in rs]


# -- funerals: the place of the funeral is no event place ------------------------------------------------------

@pytest.mark.parametrize("text, funeral, event", [
    ("شيع المئات في مدينة خان يونس جثامين 9 شهداء سقطوا في قصف إسرائيلي على مخيم البريج فجر اليوم.",
     "خان يونس", "البريج"),
    ("شيعت حشود في بلدة النبطية جثمان شاب قضى بغارة مسيرة إسرائيلية على دراجة نارية قرب بلدة كفررمان.",
     "النبطية", "كفررمان"),
    ("ودع أهالي مدينة تعز جثامين 3 جنود قتلوا في هجوم حوثي على مواقعهم في جبهة مقبنة أمس.",
     "تعز", "مقبنة"),
    ("جنازة حاشدة في مدينة الميادين لأربعة عمال قتلوا بانفجار لغم أرضي في بادية الشولا الاثنين.",
     "الميادين", "الشولا"),
])
def test_a_funerals_place_is_not_where_the_dead_were_killed(text, funeral, event):
    rs = recs(text)
    assert rs, "no record"
    assert not any(funeral in (r.location_text or "") for r in rs), where(rs)
    assert any(event in (r.location_text or "") for r in rs), where(rs)


def test_a_funeral_in_the_town_struck_keeps_the_town():
    # the anaphor "البلدة" names the town of the funeral again: the strike was there
    rs = recs("شيع أهالي بلدة عيتا الشعب اليوم جثامين 3 شهداء قضوا في غارة إسرائيلية استهدفت منزلاً في البلدة أمس.")
    assert [r.location_text for r in rs] == ["بلدة عيتا الشعب"], where(rs)
    assert rs[0].fatalities == 3 and rs[0].event_date == "2024-03-11"


def test_a_massacre_named_after_the_funeral_word_stays_at_its_place():
    rs = recs("مشاهد من تشييع ضحايا مجزرة حي التفاح التي ارتكبها الاحتلال أمس بقصف منزل في مدينة غزة.")
    assert any("التفاح" in (r.location_text or "") for r in rs), where(rs)


@pytest.mark.parametrize("text, killed", [
    ("تشييع 6 شهداء من عائلة واحدة قضوا في غارة إسرائيلية على منزلهم في مخيم جباليا الليلة الماضية.", 6),
    ("بالصور | تشييع جثمان الشهيد خالد سعيد الذي استشهد برصاص قوات الاحتلال في بلدة عزون أمس.", 1),
])
def test_the_dead_a_funeral_buries_count_for_the_deed_that_killed_them(text, killed):
    rs = recs(text)
    assert len(rs) == 1, where(rs)
    assert rs[0].fatalities == killed, where(rs)


def test_a_funeral_turned_protest_counts_no_dead():
    # no verb of death and means after the dead: the funeral's dead are not the protest's
    rs = recs("تحول تشييع شهيدين في مدينة درعا إلى مظاهرة حاشدة طالبت بإسقاط النظام.")
    assert all(r.fatalities in (None, 0) for r in rs), where(rs)


# -- neutralised fighters: the state force that tells it did it ------------------------------------------------

@pytest.mark.parametrize("text, count", [
    ("أعلنت وزارة الدفاع التركية، الأربعاء، تحييد 6 إرهابيين من بي كا كا في منطقة زاب شمالي العراق.", 6),
    ("وزارة الدفاع التركية: تم تحييد 8 إرهابيين من بي كا كا في منطقة أفاشين شمالي العراق.", 8),
    ("تم تحييد 5 إرهابيين من بي كا كا في منطقة هاكورك شمالي العراق، بحسب وزارة الدفاع التركية.", 5),
])
def test_the_force_that_tells_it_neutralised_fighters_is_actor1(text, count):
    rs = recs(text)
    assert rs, "no record"
    assert all(r.actor1 == "Turkish Forces" and r.actor2 == "PKK" for r in rs), \
        [(r.actor1, r.actor2, r.location_text) for r in rs]
    # the count it claims is the toll, as the gold sets code it
    assert [r.fatalities for r in rs] == [count]


def test_a_running_count_of_the_neutralised_gives_no_strike_its_toll():
    rs = recs("أعلنت وزارة الدفاع التركية أن قواتها حيدت 130 إرهابياً منذ بدء العملية، وأن مقاتلاتها قصفت اليوم"
              " مواقع في قرية الدردارة.", "2019-10-20")
    assert all(r.fatalities is None for r in rs), where(rs)


# -- a force's own words in the first person plural ------------------------------------------------------------

@pytest.mark.parametrize("text, actor2", [
    ("قال الجيش الإسرائيلي في بيان: استهدفنا الليلة الماضية منشآت عسكرية لحزب الله في بلدة طيرحرفا.",
     "Hezbollah"),
    ("وقال الجيش الإسرائيلي: قصفنا مستودع أسلحة تابعاً لحماس في منطقة بيت حانون.", "Hamas Movement"),
])
def test_a_deed_told_by_a_force_as_we_is_the_forces(text, actor2):
    rs = recs(text)
    assert rs, "no record"
    assert rs[0].actor1 == "Israeli Forces" and rs[0].actor2 == actor2, [(r.actor1, r.actor2) for r in rs]


def test_we_finished_off_counts_the_dead():
    rs = recs("قال جيش الدفاع الإسرائيلي: قضينا على ثلاثة مخربين خلال نشاط عملياتي في مخيم جنين.")
    assert rs and rs[0].actor1 == "Israeli Forces" and rs[0].fatalities == 3, \
        [(r.actor1, r.actor2, r.fatalities) for r in rs]


def test_a_deed_done_to_us_is_not_the_tellers():
    # "قصفونا": they shelled us; the residents who say it did nothing
    rs = recs("قال أحد سكان بلدة الكرك: قصفونا بالمدفعية طوال الليل، وقال الجيش السوداني إن قوات الدعم السريع"
              " قصفت البلدة.")
    assert all(r.actor1 != "Civilians" for r in rs), [(r.actor1, r.actor2) for r in rs]
