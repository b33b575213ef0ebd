"""Probe round q84-probe3 (round-ups, tolls, background and dates across Syria, Iraq, Yemen, Libya,
Sudan and the Levant): faults found by sentences written for the round, each test's sentences new
(names, places and numbers varied from the probes).
"""
from __future__ import annotations

from helpers import records_at

records = records_at("2022-10-12")


def test_the_cause_told_after_a_comma_keeps_its_actors():
    # "قتل N في X، جراء قصف ...": the comma splits the clause; the cause, with no place of its own,
    # is the event of the placed toll, with its own actors (as without the comma)
    text = "حلب - وكالات\nقتل 7 مدنيين في بلدة الأتارب، جراء غارات جوية روسية."
    got = [(r.sub_event_type, r.actor1, r.fatalities) for r in records(text, published="2019-05-14")]
    assert ("Air/drone strike", "Russian Forces", 7) in got, got
    text = "تعز - خاص\nأصيبت امرأتان في حي ثعبات، إثر قصف مدفعي لميليشيا الحوثي."
    got = [(r.sub_event_type, r.actor1, r.injured) for r in records(text, published="2021-09-20")]
    assert ("Shelling/artillery/missile attack", "Houthi Movement", 2) in got, got
    text = "الخرطوم - وكالات\nقتل 3 مدنيين في حي الثورة، بقصف مدفعي لقوات الدعم السريع."
    got = [(r.sub_event_type, r.actor1) for r in records(text, published="2023-08-10")]
    assert ("Shelling/artillery/missile attack", "Rapid Support Forces") in got, got
    # (a raid told as the cause is no event of the toll's: "إثر مداهمة" keeps the killing)
    text = "اللاذقية - وكالات\nقتل 14 مدنياً في قرية برابشبو، إثر مداهمة مسلحين للمنازل."
    got = [(r.sub_event_type, r.fatalities) for r in records(text, published="2025-03-09")]
    assert ("Attack", 14) in got, got


def test_a_toll_told_for_a_region_then_shared_out_over_its_towns():
    # "قتل N في <region>، بينهم a في X وb في Y وc في Z": the region's count is the whole, each town
    # keeps its own share (the region's count before it had made the shares not add up)
    text = ("حمص - وكالات\nقتل 12 مدنياً في ريف حمص الشمالي أمس، بينهم 6 في تلبيسة و4 في الرستن "
            "و2 في الحولة، جراء قصف مدفعي.")
    got = {r.location_text: r.fatalities for r in records(text, published="2016-04-11")}
    assert got.get("تلبيسة") == 6 and got.get("الرستن") == 4, got


def test_the_first_of_several_shares_told_with_minhum_is_no_lone_part():
    # "N في <region>، a منهم في X وb في Y": "منهم" opens a toll told place by place, not the one part
    # told for X alone ("17 منهم في تلبيسة وحدها" still is)
    text = ("حماة - وكالات\nقتل 13 مدنياً في ريف حماة الشمالي، 8 منهم في كفرزيتا و3 في اللطامنة "
            "و2 في مورك، جراء غارات جوية.")
    got = {r.location_text: r.fatalities for r in records(text, published="2019-06-02")}
    assert got.get("كفرزيتا") == 8 and got.get("اللطامنة") == 3 and got.get("مورك") == 2, got
