"""Errors found on reports of protests, riots and their repression (round 75): road blocks,
burning tyres, protest movements named as places. Each test is a sentence written for it, not a
report of the batch."""
from __future__ import annotations

import rasd


def test_the_participle_leading_to_is_no_district_of_that_name():
    # "المؤدية" ("leading to") holds the key of Yemen's district مودية behind its article
    text = "أغلق محتجون الطرق المؤدية إلى مصفاة الشعيبة صباح اليوم."
    recs = rasd.extract(text, published="2018-07-20")
    assert all(r.location_text not in ("المؤدية", "مؤدية") for r in recs)
    assert all(r.admin1 != "Abyan" for r in recs)


def test_the_bare_district_name_is_still_a_place():
    text = "قتل جنديان في هجوم لمسلحين على نقطة عسكرية في مودية اليوم."
    recs = rasd.extract(text, published="2016-05-02")
    assert any(r.location_text == "مودية" for r in recs)


def test_a_road_blocked_by_a_counted_crowd_of_protesters_is_a_protest():
    text = "أغلق عشرات المحتجين طريق المطار في مدينة الديوانية، اليوم الثلاثاء، للمطالبة بفرص عمل."
    recs = rasd.extract(text, published="2020-02-11")
    assert [r.actor1 for r in recs if r.event_type == "Protests"] == ["Protesters"]


def test_a_road_blocked_by_a_count_of_gunmen_is_no_protest():
    text = "قطع عشرات المسلحين الطريق الساحلي غرب مدينة مصراتة، اليوم الأحد."
    recs = rasd.extract(text, published="2014-03-09")
    assert not any(r.event_type in ("Protests", "Riots") for r in recs)


def test_burning_tyres_at_a_road_block_make_a_violent_demonstration():
    # ACLED: road-blocking with burning tires is a violent demonstration
    text = "قطع متظاهرون الطريق الدولي في مدينة صيدا بالإطارات المشتعلة مساء اليوم."
    recs = rasd.extract(text, published="2019-10-19")
    assert [(r.sub_event_type, r.actor1) for r in recs] == [("Violent demonstration", "Rioters")]


def test_police_dispersing_a_tyre_burning_road_block_are_the_other_side():
    text = ("تظاهر العشرات من المزارعين أمام مبنى مديرية الزراعة في الكوت، وأغلقوا الشارع "
            "بحرق الإطارات، قبل أن تفرقهم قوات الأمن بالهراوات.")
    recs = rasd.extract(text, published="2021-06-03")
    riots = [r for r in recs if r.sub_event_type == "Violent demonstration"]
    assert riots and all(r.actor1 == "Rioters" for r in riots)
    assert any(r.actor2 == "Iraqi Security Forces" for r in riots)


def test_the_southern_movement_is_a_protest_movement_not_a_place():
    text = "نظم أنصار الحراك الجنوبي مسيرة حاشدة في مدينة المكلا، اليوم السبت، للمطالبة بفك الارتباط."
    recs = rasd.extract(text, published="2014-05-17")
    assert [(r.sub_event_type, r.actor1) for r in recs] == [("Peaceful protest", "Protesters")]
    assert all(r.location_text != "الحراك" for r in recs)


def test_a_toll_of_a_million_man_march_is_the_forces_excessive_force():
    text = ("قالت لجنة الأطباء إن حصيلة قتلى مليونية السبت ارتفعت إلى تسعة في مدينة أم درمان، بعد أن "
            "أطلقت قوات الأمن الرصاص الحي على المتظاهرين.")
    recs = rasd.extract(text, published="2022-01-16")
    assert [(r.sub_event_type, r.fatalities) for r in recs] == [("Excessive force against protesters", 9)]


def test_security_men_who_shot_a_protester_are_the_state_not_unknown():
    text = "قتل متظاهر برصاص عناصر الأمن أمام مبنى المحافظة في مدينة درعا اليوم الجمعة."
    recs = rasd.extract(text, published="2011-04-08")
    assert [(r.sub_event_type, r.actor1) for r in recs] == [
        ("Excessive force against protesters", "Syrian Government Forces")]


def test_the_side_whose_headquarters_were_burned_is_the_target():
    text = "تم إحراق مقار الحشد الشعبي في مدينة الكوت ليل الأحد."
    recs = rasd.extract(text, published="2019-11-25")
    assert recs and all(r.actor1 != "Popular Mobilization Forces" for r in recs)


def test_a_sit_in_named_by_the_army_command_is_no_army_side():
    text = "فضت قوات الدعم السريع اعتصام القيادة العامة في مدينة ود مدني صباح اليوم."
    recs = rasd.extract(text, published="2019-06-05")
    assert recs and all(r.actor2 != "Sudanese Armed Forces" and r.actor1 != "Sudanese Armed Forces" for r in recs)
    assert any("Rapid Support Forces" in (r.actor1, r.actor2) for r in recs)


def test_a_strike_told_in_the_accusative_is_a_peaceful_protest():
    text = "نفذ موظفو دائرة الكهرباء إضراباً عن العمل في مدينة الديوانية اليوم الاثنين للمطالبة بتثبيتهم."
    recs = rasd.extract(text, published="2012-03-05")
    assert [(r.sub_event_type, r.actor1) for r in recs] == [("Peaceful protest", "Protesters")]
