"""Errors found on unseen reports from Sudan's war since April 2023, Yemen and Libya, 2023-2026
(round 62). Each test is a sentence written for it, not a report of the batch."""
from __future__ import annotations

import rasd


def test_a_drone_that_drops_a_shell_struck_and_shot_nothing_down():
    text = ("أصيب ثلاثة مدنيين، الأربعاء، بعد أن أسقطت طائرة مسيرة قذيفة على سوق شعبي في "
            "مدينة الأبيض.")
    recs = rasd.extract(text, published="2025-06-12")
    assert [r.sub_event_type for r in recs] == ["Air/drone strike"]


def test_air_defences_that_met_a_drone_attack_did_not_strike():
    text = ("تصدت الدفاعات الأرضية التابعة للجيش السوداني، فجر الأحد، لهجوم بطائرات مسيرة استهدف "
            "مطار مدينة كوستي، دون وقوع خسائر.")
    recs = rasd.extract(text, published="2025-05-11")
    assert recs
    assert all(r.sub_event_type == "Disrupted weapons use" for r in recs)
    assert all(r.actor1 == "Sudanese Armed Forces" for r in recs)


def test_people_set_free_are_no_territory_regained():
    text = ("أعلنت مديرية أمن الكفرة، الأحد، القبض على خمسة متهمين بالاتجار بالبشر، وتحرير 24 "
            "مهاجراً كانوا محتجزين في مخزن بمنطقة الشورى.")
    recs = rasd.extract(text, published="2024-10-06")
    assert recs
    assert not any(r.sub_event_type == "Government regains territory" for r in recs)


def test_a_place_word_in_the_outlet_after_a_dateline_is_no_event_place():
    text = ("لودر - عدن الغد: قتل ثلاثة جنود، مساء الخميس، بانفجار عبوة ناسفة استهدفت دورية عسكرية "
            "في وادي عومران بمديرية مودية.")
    recs = rasd.extract(text, published="2023-05-12")
    assert recs
    assert not any(r.location == "Aden" for r in recs)


def test_a_place_that_is_the_whole_label_after_a_dateline_still_places_the_event():
    text = "صنعاء - الحديدة: قتل مدنيان، الأحد، بانفجار لغم أرضي في منطقة لم تحدد."
    recs = rasd.extract(text, published="2023-05-14")
    assert any(r.location_text and "الحديدة" in r.location_text for r in recs)


def test_clashes_the_city_saw_told_as_a_protests_background_are_no_event():
    text = ("الزاوية - تظاهر مئات الأهالي، مساء السبت، في وسط مدينة الزاوية، مطالبين بإخراج المجموعات "
            "المسلحة، عقب الاشتباكات العنيفة التي شهدتها المدينة.")
    recs = rasd.extract(text, published="2025-03-02")
    assert [r.sub_event_type for r in recs] == ["Peaceful protest"]


def test_an_accusative_nationality_adjective_after_an_accusative_strike_names_who_fired():
    text = ("صعدة - قال مصدر محلي إن قصفاً مدفعياً سعودياً طال، الأربعاء، قرى في مديرية رازح "
            "الحدودية دون أن يسفر عن ضحايا.")
    recs = rasd.extract(text, published="2024-11-06")
    assert recs
    assert all(r.actor1 == "Saudi-led Coalition" for r in recs)


def test_a_capital_as_the_dateline_is_no_side_of_the_event():
    text = ("تل أبيب - سقطت شظايا صاروخ أطلق من اليمن، فجر الخميس، على منزل في مدينة أسدود، ما أدى "
            "إلى إصابة امرأتين.")
    recs = rasd.extract(text, published="2025-06-12")
    assert recs
    assert all(r.actor1 != "Israeli Forces" for r in recs)


def test_flights_suspended_are_no_air_strike():
    text = ("سقط صاروخ، مساء السبت، قرب مدينة أسدود، ما أدى إلى إصابة ثلاثة أشخاص وتعليق الرحلات "
            "الجوية في المطار لساعة.")
    recs = rasd.extract(text, published="2025-06-14")
    assert recs
    assert all(r.sub_event_type == "Shelling/artillery/missile attack" for r in recs)


def test_the_displaced_counted_in_the_accusative_are_civilians_attacked():
    text = ("زالنجي - قتل 23 نازحاً وأصيب آخرون، مساء الأربعاء، في هجوم شنته قوات الدعم السريع "
            "على معسكر الحميدية في مدينة زالنجي.")
    recs = rasd.extract(text, published="2024-09-05")
    assert recs
    assert all(r.sub_event_type == "Attack" and r.actor2 == "Civilians" for r in recs)


def test_an_updated_toll_takes_the_day_its_event_is_told_with_in_the_next_sentence():
    text = ("صنعاء (سبأ) - ارتفعت حصيلة ضحايا العدوان الأمريكي على سوق فروة في مديرية شعوب إلى 12 "
            "شهيداً.\nوكان العدوان الأمريكي قد استهدف مساء الأحد السوق بغارتين.")
    recs = rasd.extract(text, published="2025-04-22")
    assert recs
    assert all(r.event_date == "2025-04-20" for r in recs)


def test_an_accusation_names_the_striker_not_the_air_defences_that_met_some_drones():
    text = ("القضارف - استهدفت طائرات مسيرة، فجر السبت، مستودعات الوقود في مدينة القضارف.\n"
            "وقال مصدر عسكري إن المضادات الأرضية تصدت لعدد من المسيرات.\n"
            "واتهمت حكومة الولاية قوات الدعم السريع بالوقوف وراء الهجوم.")
    recs = rasd.extract(text, published="2025-05-10")
    strikes = [r for r in recs if r.sub_event_type == "Air/drone strike"]
    assert strikes
    assert all(r.actor1 == "Rapid Support Forces" for r in strikes)


def test_two_unknown_gunmen_are_the_killers_not_two_dead():
    text = ("درنة - قتل مسلحان مجهولان، مساء الثلاثاء، موظفاً في مصرف الجمهورية وسط مدينة درنة، "
            "ولاذا بالفرار.")
    recs = rasd.extract(text, published="2024-04-10")
    assert recs
    assert all(r.actor1 == "Unidentified Armed Group" and r.fatalities == 1 for r in recs)


def test_the_bullets_that_hit_a_man_count_no_wounded():
    text = ("قتل مسلحون مجهولون، مساء الأحد، مختاراً في مدينة المكلا، إذ أطلقوا عليه ثلاث رصاصات "
            "وأصيب بعدة رصاصات أخرى في الصدر.")
    recs = rasd.extract(text, published="2024-04-08")
    assert recs
    assert all((r.injured or 0) < 3 for r in recs)


def test_a_killing_told_as_earlier_is_its_own_attack_not_more_of_the_abduction():
    text = ("سنار - قالت لجنة محامي الطوارئ إن قوات الدعم السريع خطفت سبعة شبان من قرية ود العباس، "
            "يوم الخميس.\nوأضافت اللجنة أن القوات ذاتها كانت قد قتلت امرأتين في القرية نفسها الأسبوع الماضي.")
    recs = rasd.extract(text, published="2024-08-10")
    killed = [r for r in recs if r.fatalities]
    assert killed
    assert all(r.sub_event_type == "Attack" and r.actor1 == "Rapid Support Forces" for r in killed)


def test_the_side_that_left_the_arms_and_the_side_suspects_helped_are_not_the_arresters():
    text = ("سنجة (سونا) - أعلنت الشرطة، الأربعاء، العثور على ذخائر خلفتها مليشيا الدعم السريع في حي "
            "القلعة بمدينة سنجة، وتوقيف خمسة متهمين بالتعاون مع المليشيا.")
    recs = rasd.extract(text, published="2025-01-16")
    arrests = [r for r in recs if r.sub_event_type == "Arrests"]
    assert arrests
    assert all(r.actor1 != "Rapid Support Forces" for r in arrests)


def test_a_head_of_government_and_some_ministers_killed_are_counted():
    text = ("عدن - أعلنت الحكومة، الأحد، مقتل رئيس الوزراء وعدد من الوزراء في هجوم بطائرة مسيرة "
            "استهدف قصر المعاشيق في مدينة عدن.")
    recs = rasd.extract(text, published="2024-05-12")
    assert recs
    assert all(r.fatalities is not None and r.fatalities >= 4 for r in recs)


def test_houthi_media_name_the_us_and_israeli_aggression_by_its_adjective():
    us = rasd.extract("صنعاء (سبأ) - شن طيران العدوان الأمريكي، مساء الأحد، ثلاث غارات على مديرية "
                      "بني حشيش.", published="2025-03-24")
    il = rasd.extract("الحديدة (سبأ) - شن طيران العدوان الصهيوني، فجر الاثنين، عدة غارات على محطة "
                      "كهرباء رأس كثيب بمديرية الصليف.", published="2025-05-12")
    assert us and all(r.actor1 == "Military Forces of the United States" for r in us)
    assert il and all(r.actor1 == "Israeli Forces" for r in il)


def test_traders_and_workers_in_the_dual_and_plural_are_counted_civilians():
    text = ("قتل تاجرين وأصيب عاملين اثنين، مساء السبت، في قصف مدفعي استهدف سوق مدينة كادقلي.")
    recs = rasd.extract(text, published="2025-03-09")
    assert recs
    assert all(r.fatalities == 2 and r.injured == 2 and r.actor2 == "Civilians" for r in recs)


def test_vehicles_seized_after_a_fight_are_no_territory_taken():
    text = ("قالت قوات الدعم السريع إنها صدت هجوماً للجيش في محور بارا، وقتلت عشرة من عناصره واستولت "
            "على ثلاث مركبات قتالية.")
    recs = rasd.extract(text, published="2025-09-14")
    assert recs
    assert not any("territory" in r.sub_event_type for r in recs)


def test_an_unknown_quarter_followed_by_b_and_its_city_ends_before_the_city():
    text = ("طرابلس - اندلعت اشتباكات مسلحة، مساء الجمعة، بين مجموعتين مسلحتين في منطقة زناتة "
            "بطرابلس، دون أنباء عن ضحايا.")
    recs = rasd.extract(text, published="2025-07-05")
    assert recs
    assert all("بطرابلس" not in (r.location_text or "") for r in recs)


def test_the_force_whose_commander_was_killed_is_the_side_hit():
    text = ("الزاوية - اغتيل آمر كتيبة ثوار طرابلس، مساء الأحد، بإطلاق نار على سيارته في مدينة "
            "الزاوية.")
    recs = rasd.extract(text, published="2024-06-03")
    assert recs
    assert all(r.actor1 != "Tripoli Revolutionaries Brigade" for r in recs)
    assert all(r.actor2 == "Tripoli Revolutionaries Brigade" for r in recs)


def test_a_riot_the_forces_stepped_into_is_one_violent_demonstration():
    text = ("مصراتة - أحرق محتجون، مساء الأحد، إطارات أمام مقر مديرية الأمن في مدينة مصراتة ورشقوه "
            "بالحجارة، احتجاجاً على انقطاع الكهرباء.\nوتدخلت قوات الأمن لتفريق المحتجين.")
    recs = rasd.extract(text, published="2025-02-10")
    assert [r.sub_event_type for r in recs] == ["Violent demonstration"]


def test_the_killing_a_protest_is_against_after_a_comma_is_no_force_against_it():
    text = "خرج مئات الأهالي، مساء الجمعة، في مدينة الخمس، احتجاجاً على مقتل سائق شاحنة."
    recs = rasd.extract(text, published="2025-03-15")
    assert [r.sub_event_type for r in recs] == ["Peaceful protest"]
    assert recs[0].fatalities is None


def test_the_suicide_drones_told_definite_strike_from_the_air():
    text = ("كسلا - استهدفت المسيرات الانتحارية، فجر الخميس، محطة الكهرباء الرئيسية في مدينة كسلا، "
            "ما أدى إلى انقطاع التيار.")
    recs = rasd.extract(text, published="2025-06-06")
    assert recs
    assert all(r.sub_event_type == "Air/drone strike" for r in recs)


def test_a_force_of_the_interior_ministry_is_the_state_not_an_unknown_group():
    text = ("طرابلس - اندلعت، فجر السبت، اشتباكات بين قوة تابعة لوزارة الداخلية ومسلحين في منطقة "
            "تاجوراء شرق طرابلس.")
    recs = rasd.extract(text, published="2025-10-04")
    assert recs
    assert all("Military Forces of Libya" in (r.actor1, r.actor2) for r in recs)


def test_one_hit_who_died_of_it_in_the_same_clause_is_dead_not_wounded():
    text = "أصيب مدني برصاص قناص في حي الروضة بمدينة تعز وفارق الحياة على الفور، مساء الأحد."
    recs = rasd.extract(text, published="2024-03-11")
    assert recs
    assert all(r.fatalities == 1 and r.injured is None for r in recs)
