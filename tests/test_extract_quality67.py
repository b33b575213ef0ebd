"""Errors found on battle and strike reports from Yemen (2015-2022), Libya (2014-2020) and Sudan
(2023-2025) (round 67). Each test is a sentence written for it, not a report of the batch."""
from __future__ import annotations

import rasd


def test_the_dead_of_a_side_counted_after_a_battle_are_no_attack_by_that_side():
    text = ("استعادت قوات الجيش الوطني، أمس الأحد، السيطرة على مديرية حيس جنوب الحديدة بعد معارك "
            "مع الحوثيين. وقدرت مصادر عسكرية قتلى الحوثيين بنحو 40 عنصراً.")
    recs = rasd.extract(text, published="2018-12-03")
    assert recs
    assert not any(r.sub_event_type == "Attack" for r in recs)
    assert not any(r.actor2 == "Civilians" for r in recs)


def test_an_earlier_retaking_a_while_before_is_by_the_same_subject():
    text = ("أعلنت قوات الجيش الوطني الليبي، مساء الأحد، تحرير منطقة قنفودة غرب بنغازي من مسلحي مجلس "
            "شورى ثوار بنغازي، بعد أيام من استعادة منطقة القوارشة المجاورة.")
    recs = rasd.extract(text, published="2017-01-23")
    earlier = [r for r in recs if "القوارشة" in r.location_text]
    assert earlier
    assert all(r.actor1 == "Libyan National Army" for r in earlier)
    assert all(r.actor2 == "Benghazi Revolutionaries Shura Council" for r in earlier)


def test_a_strike_in_the_area_after_a_fight_is_at_the_fights_place():
    text = ("اندلعت اشتباكات عنيفة، اليوم الأحد، بين قوات الوفاق وقوات حفتر في محور عين زارة جنوب "
            "طرابلس. وشنت طائرات مسيرة تابعة لقوات حفتر غارات على تمركزات قوات الوفاق في المنطقة.")
    recs = rasd.extract(text, published="2019-05-12")
    strikes = [r for r in recs if r.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 1
    assert "عين زارة" in strikes[0].location_text
    assert strikes[0].actor1 == "Libyan National Army"


def test_a_cause_in_the_area_told_after_after_is_no_event_at_the_shelled_places():
    text = ("قصفت المدفعية التركية، صباح الخميس، قريتي سيدة وكاني بالافي في قضاء زاخو، بعد هجوم "
            "شنه مسلحو حزب العمال الكردستاني على نقطة تركية في المنطقة.")
    recs = rasd.extract(text, published="2022-06-02")
    assert recs
    assert not any(r.sub_event_type == "Armed clash" for r in recs)


def test_forces_backed_by_the_saudi_led_coalition_are_yemens_forces():
    text = ("سيطرت القوات المدعومة من التحالف العربي، مساء الخميس، على مركز مديرية التحيتا جنوب "
            "الحديدة بعد معارك مع الحوثيين.")
    recs = rasd.extract(text, published="2018-06-22")
    assert recs
    assert all(r.actor1 == "Military Forces of Yemen" for r in recs)
    assert not any(r.sub_event_type == "Non-state actor overtakes territory" for r in recs)


def test_a_toll_after_the_other_sides_denial_is_the_denied_events():
    text = ("أعلن الجيش السوداني، الجمعة، استعادة السيطرة على جبل موية غرب سنار بعد معارك مع قوات "
            "الدعم السريع. ونفت قوات الدعم السريع ذلك، وقالت إن قواتها ما زالت تنتشر في المنطقة. "
            "وقال مصدر طبي إن 7 من جنود الجيش قتلوا.")
    recs = rasd.extract(text, published="2024-10-05")
    assert len(recs) == 1
    assert recs[0].fatalities == 7


def test_a_place_freed_from_a_sides_men_was_lost_by_that_side():
    text = ("أعلنت قوات الجيش السوداني، مساء الثلاثاء، تحرير بلدة أم روابة من عناصر الدعم "
            "السريع.")
    recs = rasd.extract(text, published="2025-01-15")
    assert len(recs) == 1
    assert recs[0].actor1 == "Sudanese Armed Forces"
    assert recs[0].actor2 == "Rapid Support Forces"


def test_a_take_over_after_more_than_years_of_fighting_is_the_days_event():
    text = ("أعلن قائد قوات البنيان المرصوص، مساء الاثنين، تحرير مدينة سرت بالكامل من تنظيم داعش "
            "بعد أكثر من ستة أشهر من القتال.")
    recs = rasd.extract(text, published="2016-12-06")
    assert len(recs) == 1
    assert recs[0].sub_event_type == "Government regains territory"
    assert recs[0].event_date == "2016-12-05"
