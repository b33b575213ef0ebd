"""Errors found on Palestinian and Lebanese reports (round 73): West Bank confrontations in which
the forces fire tear gas and rubber bullets at unarmed youths, raids with arrests, strikes on Gaza
and south Lebanon. Each test is a sentence written for it, not a report of the batch."""
from __future__ import annotations

import rasd


def test_confrontations_with_rubber_bullets_and_tear_gas_are_a_protest_broken_up():
    text = ("أصيب 20 شاباً بالرصاص المعدني المغلف بالمطاط والغاز المسيل للدموع، مساء أمس، خلال "
            "مواجهات مع قوات الاحتلال عند مدخل بلدة سلواد شرق رام الله.")
    recs = rasd.extract(text, published="2016-02-06")
    assert recs
    assert not any(r.sub_event_type == "Armed clash" for r in recs)
    assert any(r.event_type == "Protests" and r.sub_event_type == "Protest with intervention" for r in recs)


def test_confrontations_where_the_forces_killed_are_excessive_force_not_a_battle():
    text = ("استشهد شاب وأصيب آخرون خلال مواجهات اندلعت مع قوات الاحتلال في بلدة عزون شرق قلقيلية، "
            "أطلق خلالها الجنود الرصاص الحي والرصاص المطاطي وقنابل الغاز.")
    recs = rasd.extract(text, published="2015-11-20")
    assert not any(r.sub_event_type == "Armed clash" for r in recs)
    assert any(r.sub_event_type == "Excessive force against protesters" for r in recs)


def test_troops_sent_to_break_up_a_fight_keep_the_fight_a_battle():
    # a dispersal verb is not riot-control fire: the fight between two armed sides stays one
    text = ("اندلعت اشتباكات بين مسلحين من عشيرتين في بلدة الكرامة، وأرسل الجيش وحدات من قواته "
            "لفض الاشتباكات.")
    recs = rasd.extract(text, published="2021-09-03")
    assert any(r.sub_event_type == "Armed clash" for r in recs)
    assert not any(r.event_type == "Protests" for r in recs)


def test_arrests_in_a_raid_told_after_a_wide_roundup_are_at_the_raids_place():
    text = ("اعتقلت قوات الاحتلال، فجر اليوم، 20 مواطناً من مختلف محافظات الضفة الغربية. وقالت "
            "مصادر محلية إن القوات اقتحمت مدينة قلقيلية واعتقلت ثلاثة شبان.")
    recs = rasd.extract(text, published="2019-06-11")
    assert any(r.sub_event_type == "Arrests" and r.location_text and "قلقيلية" in r.location_text
               for r in recs)
    assert not any(r.sub_event_type == "Attack" for r in recs)


def test_a_weekly_march_broken_up_is_a_protest_not_a_drone_strike():
    text = ("أصيب خمسة مواطنين بحالات اختناق خلال قمع قوات الاحتلال مسيرة بلدة نعلين الأسبوعية "
            "المناهضة للاستيطان غرب رام الله.")
    recs = rasd.extract(text, published="2012-05-04")
    assert recs
    assert not any(r.sub_event_type == "Air/drone strike" for r in recs)
    assert any(r.event_type == "Protests" for r in recs)


def test_the_march_of_return_shot_at_is_excessive_force_with_one_record():
    text = ("استشهد 4 مواطنين وأصيب 300 آخرون برصاص قوات الاحتلال خلال مسيرات العودة شرق مخيم "
            "البريج وسط قطاع غزة. وقالت الوزارة إن بين الشهداء طفلين.")
    recs = rasd.extract(text, published="2018-06-08")
    assert [r.sub_event_type for r in recs] == ["Excessive force against protesters"]
    assert recs[0].actor1 == "Israeli Forces" and recs[0].fatalities == 4


def test_a_groups_own_word_for_its_fighters_keeps_it_the_attacker():
    text = ("أعلن حزب الله في بيان أن مجاهديه استهدفوا تجمعاً لقوات جيش العدو الإسرائيلي في محيط "
            "ثكنة برانيت بصلية صاروخية.")
    recs = rasd.extract(text, published="2024-03-02")
    assert recs
    assert all(r.actor1 == "Hezbollah" and r.actor2 == "Israeli Forces" for r in recs)


def test_a_clash_in_a_city_and_fire_on_protesters_in_its_quarter_are_one_event():
    text = ("استشهد شابان خلال مواجهات مع قوات الاحتلال في أحياء مدينة الخليل، حيث أطلق جنود الاحتلال "
            "الرصاص الحي والمطاطي على الشبان المحتجين في حي جبل جوهر.")
    recs = rasd.extract(text, published="2016-10-14")
    assert [r.sub_event_type for r in recs] == ["Excessive force against protesters"]
    assert recs[0].fatalities == 2 and recs[0].latitude is not None


def test_a_named_camp_where_fighters_posts_were_hit_is_a_place_not_a_civilian_target():
    text = ("ردت طائرات الاحتلال بقصف مواقع لكتائب القسام في مدينة رفح ومخيم النصيرات، دون أن "
            "يبلغ عن إصابات.")
    recs = rasd.extract(text, published="2021-02-03")
    assert recs
    assert all(r.actor2 == "Hamas Movement" and not r.civilian_targeting for r in recs)


def test_a_strike_on_a_named_camp_alone_still_hits_civilians():
    text = "قتل أربعة مدنيين في غارة جوية إسرائيلية على مخيم النصيرات وسط قطاع غزة."
    recs = rasd.extract(text, published="2024-06-08")
    assert recs and all(r.actor2 == "Civilians" and r.civilian_targeting for r in recs)


def test_a_man_shot_by_soldiers_at_their_checkpoint_is_an_attack_not_a_fight():
    text = "استشهد شاب برصاص جنود الاحتلال عند حاجز قلنديا شمال القدس، فجر اليوم."
    recs = rasd.extract(text, published="2016-01-30")
    assert recs and all(r.sub_event_type == "Attack" and r.actor2 == "Civilians" for r in recs)


def test_confrontations_with_the_forces_that_came_to_crush_a_march_are_that_protest():
    text = ("أصيب 3 شبان بالرصاص الحي خلال مواجهات اندلعت مع جنود الاحتلال عقب اقتحامهم قرية بلعين "
            "غرب رام الله لقمع المسيرة الأسبوعية.")
    recs = rasd.extract(text, published="2010-07-09")
    assert recs and not any(r.sub_event_type == "Armed clash" for r in recs)
    assert any(r.event_type == "Protests" for r in recs)
