"""Errors found on unseen Sudanese reports of 2023-2025 (quality round q77-sudan2): each test is a
sentence written for it, not one of the set's."""
from __future__ import annotations

from helpers import records_at


recs = records_at("2025-03-12")


# 1. "جسر خزان X": the dam after a bridge is a type word too, the place is X (not a place "جسر خزان")
def test_bridge_of_the_dam_of_a_known_town_is_that_town():
    rs = recs("استعادت القوات المسلحة السودانية اليوم السيطرة على جسر خزان سنار بعد معارك مع قوات الدعم السريع.")
    assert rs and all(r.location_text != "جسر خزان" for r in rs)
    assert any(r.location in ("Sennar", "Sinnar") for r in rs)


def test_a_water_or_fuel_tank_is_no_place():
    rs = recs("قصفت قوات الدعم السريع بالمدفعية خزان الوقود في مدينة الدمازين مساء الثلاثاء ما أدى إلى إصابة عاملين.")
    assert rs and not any("خزان" in (r.location_text or "") for r in rs)
    rs = recs("قصفت مسيرة خزان المياه الرئيسي في مدينة كوستي أمس ما أدى إلى مقتل ثلاثة مدنيين.")
    assert rs and not any("خزان" in (r.location_text or "") for r in rs)


# 2. the ground air defences "fired" at the drones: no ground attack of the army's on whoever flew them
def test_air_defences_firing_at_drones_is_no_attack():
    rs = recs("أفاد شهود بأن مسيرة قصفت محيط محطة الكهرباء في مدينة شندي فجر اليوم. وقالوا إن المضادات الأرضية "
              "أطلقت النار بكثافة لأكثر من ساعة. ويحمّل الجيش قوات الدعم السريع مسؤولية مثل هذه الهجمات.",
              "2025-02-09")
    assert [r.sub_event_type for r in rs] == ["Air/drone strike"]


# 3. "انسحب X من مدينة Y، وسيطرت عليها Z": the takeover's "عليها" is the place the other side left
def test_takeover_of_the_town_the_other_side_left():
    rs = recs("انسحبت قوات الدعم السريع من بلدة أم روابة، وسيطر عليها الجيش السوداني صباح الأربعاء بعد قصف مدفعي.",
              "2025-01-23")
    took = [r for r in rs if r.sub_event_type == "Government regains territory"]
    assert [(r.actor1, r.location_text, r.event_date) for r in took] == [
        ("Sudanese Armed Forces", "بلدة أم روابة", "2025-01-22")]


# 4. "قتلوا N واغتصبوا نساء": the killing is an Attack with the toll, the rape a Sexual violence record beside it
def test_killing_and_rape_in_one_raid_are_two_records():
    rs = recs("قالت لجان مقاومة الحصاحيصا إن قوات الدعم السريع قتلت 6 مدنيين واغتصبت فتيات في قرية طيبة "
              "الحسناب مساء الأحد.", "2024-08-06")
    got = sorted((r.sub_event_type, r.fatalities) for r in rs)
    assert ("Attack", 6) in got and ("Sexual violence", None) in got
