"""Errors found on reports of Syria's uprising and early war, 2011-2014 (round 74): the shabiha and
the riot police as sides, accusations closing a statement. Each test is a sentence written for it,
not a report of the batch."""
from __future__ import annotations

import rasd


def test_the_shabiha_firing_on_a_crowd_are_the_governments_side_under_assad():
    text = "قتل أربعة شبان برصاص الشبيحة في حي الإنشاءات بمدينة حمص يوم الأحد."
    recs = rasd.extract(text, published="2011-09-12")
    assert recs and all(r.actor1 == "Syrian Government Forces" for r in recs)


def test_the_shabiha_after_assads_fall_are_his_loyalists():
    text = "قتل ثلاثة عناصر من الأمن العام في هجوم شنه الشبيحة على حاجز قرب مدينة بانياس مساء الخميس."
    recs = rasd.extract(text, published="2025-03-07")
    assert recs and all(r.actor1 == "Assad Loyalists" for r in recs)


def test_riot_police_among_a_bombings_dead_are_no_attacker():
    text = ("انفجرت سيارة مفخخة قرب ساحة السبع بحرات في دمشق صباح اليوم، ما أدى إلى مقتل 14 شخصاً "
            "بينهم مدنيون وعناصر من قوات حفظ النظام.")
    recs = rasd.extract(text, published="2012-03-17")
    assert recs and all(r.actor1 != "Syrian Government Forces" for r in recs)


def test_an_accusation_closing_a_defection_statement_is_no_killing():
    text = ("ظهر نقيب في تسجيل مصور اليوم الأحد معلناً انشقاقه عن الجيش، متهماً النظام بقتل "
            "المتظاهرين في درعا.")
    recs = rasd.extract(text, published="2011-11-06")
    assert not [r for r in recs if r.location_text and "درعا" in r.location_text]


def test_a_bombing_of_the_air_force_intelligence_is_no_air_strike():
    text = ("تبنى تنظيم مسلح التفجير الذي استهدف مقر الاستخبارات الجوية في مدينة حرستا أمس الأحد وأدى "
            "إلى مقتل ستة عناصر.")
    recs = rasd.extract(text, published="2012-11-05")
    assert recs and all(r.sub_event_type != "Air/drone strike" for r in recs)


def test_a_claimed_bombing_told_by_its_relative_clause_past_an_adjective_is_kept():
    text = ("تبنت جبهة النصرة التفجير المزدوج الذي استهدف حاجزاً للجيش عند مدخل مدينة إدلب مساء الخميس، "
            "والذي أدى إلى مقتل سبعة جنود.")
    recs = rasd.extract(text, published="2012-10-13")
    assert [r.actor1 for r in recs] == ["Hayat Tahrir al-Sham"]
    assert recs[0].fatalities == 7


def test_the_dead_of_shelling_told_after_a_storming_keep_the_stormed_town():
    text = ("اقتحمت قوات الجيش مدينة الرستن فجر الثلاثاء، وقتل 23 شخصاً بالقصف وبرصاص القناصة، بحسب "
            "ناشطين.")
    recs = rasd.extract(text, published="2011-10-05")
    assert max((r.fatalities or 0) for r in recs) == 23
    assert all(r.location_text and "الرستن" in r.location_text for r in recs)


def test_a_protest_dispersed_by_force_is_a_protest_with_intervention():
    text = "فرقت قوات الأمن بالقوة اعتصاماً لأهالي المعتقلين أمام مبنى المحافظة في مدينة السويداء اليوم."
    recs = rasd.extract(text, published="2012-06-20")
    assert [r.sub_event_type for r in recs] == ["Protest with intervention"]


def test_two_rebel_groups_that_took_a_town_together_did_not_take_it_from_each_other():
    text = "سيطر مقاتلو حركة أحرار الشام وكتائب معارضة على بلدة خان العسل غرب حلب يوم الإثنين."
    recs = rasd.extract(text, published="2013-07-23")
    taken = [r for r in recs if r.sub_event_type == "Non-state actor overtakes territory"]
    assert taken and all(r.actor2 not in ("Free Syrian Army", "Ahrar al-Sham") for r in taken)


def test_a_car_bomb_by_a_party_office_kills_civilians_not_an_armed_post():
    text = ("انفجرت سيارة مفخخة أمام مقر حزب البعث في مدينة السلمية صباح اليوم، ما أسفر عن مقتل تسعة "
            "أشخاص وجرح عشرين آخرين.")
    recs = rasd.extract(text, published="2013-03-11")
    assert [r.actor2 for r in recs] == ["Civilians"]
