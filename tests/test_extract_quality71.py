"""Errors found on reports from Sudan (2019-2025) and Libya (2011-2024) (round 71). Each test is a
sentence written for it, not a report of the batch."""
from __future__ import annotations

import rasd

from helpers import first_of


def test_a_where_clause_after_a_bare_toll_happens_at_its_place():
    text = ("وقال الأطباء إن أغلب القتلى سقطوا في مدينة بحري، حيث أطلقت القوات الرصاص الحي "
            "على المحتجين وسط الأحياء السكنية.")
    recs = rasd.extract(text, published="2022-01-18")
    assert [r.sub_event_type for r in recs] == ["Excessive force against protesters"]
    assert recs[0].location == "Khartoum North"


def test_fire_opened_is_gunfire():
    text = ("وصلت قوة من الشرطة إلى مكان الاعتصام أمام مبنى البرلمان في مدينة أم درمان، وفتحت النار "
            "على المعتصمين.")
    recs = rasd.extract(text, published="2020-07-01")
    assert [r.sub_event_type for r in recs] == ["Excessive force against protesters"]
    assert recs[0].location == "Omdurman"


def test_a_spokesman_named_with_his_rank_announces_his_sides_retaking():
    text = ("أعلن المتحدث باسم القوات المسلحة السودانية العميد خالد سعد استعادة مدينة أم روابة "
            "من قوات الدعم السريع.")
    recs = rasd.extract(text, published="2025-02-10")
    regain = first_of(recs, "Government regains territory")
    assert regain.actor1 == "Sudanese Armed Forces"
    assert regain.actor1_text is not None


def test_recovered_is_a_retaking():
    text = "واستردت القوات المسلحة، أمس الجمعة، مدينة الدلنج بعد معارك مع الحركة الشعبية."
    recs = rasd.extract(text, published="2024-03-02")
    assert [r.sub_event_type for r in recs] == ["Government regains territory"]
    assert recs[0].actor1 == "Sudanese Armed Forces"


def test_the_so_called_holder_of_a_stronghold_lost_it():
    text = ("وسيطرت الوحدات على منطقة الصابري، آخر معاقل ما يسمى مجلس شورى ثوار بنغازي، بعد "
            "معارك عنيفة، بحسب القيادة العامة للجيش الوطني الليبي.")
    recs = rasd.extract(text, published="2017-12-28")
    taken = [r for r in recs if "الصابري" in r.location_text]
    assert taken
    assert all(r.actor1 != "Benghazi Revolutionaries Shura Council" for r in taken)
    assert any(r.actor2 == "Benghazi Revolutionaries Shura Council" for r in taken)


def test_libyan_forces_of_misrata_and_the_benghazi_defence_brigades_are_named():
    text = ("هاجمت سرايا الدفاع عن بنغازي، صباح اليوم، مواقع الجيش الوطني الليبي في منطقة رأس "
            "لانوف، فيما قصفت القوة الثالثة مواقع أخرى قرب مدينة سبها.")
    recs = rasd.extract(text, published="2017-03-03")
    actors = {r.actor1 for r in recs}
    assert "Benghazi Defense Brigades" in actors
    assert "Misrata Brigades" in actors


def test_a_verb_joined_with_an_object_pronoun_acts_on_the_place_just_named():
    text = ("واقتحمت مليشيا الدعم السريع، فجر الخميس، معسكر أبو شوك للنازحين شمال الفاشر، وقصفته "
            "بالمدافع، ما أدى إلى مقتل 8 نازحين وإصابة 11 آخرين.")
    recs = rasd.extract(text, published="2025-03-14")
    assert recs
    assert all("أبو شوك" in r.location_text for r in recs)
    assert max(r.fatalities or 0 for r in recs) == 8
    assert max(r.injured or 0 for r in recs) == 11


def test_a_diplomat_killed_is_one_civilian_dead():
    text = "قتل القنصل وموظفان آخران في هجوم شنه مسلحون مجهولون على مبنى في مدينة مصراتة."
    recs = rasd.extract(text, published="2014-02-02")
    assert len(recs) == 1
    assert recs[0].fatalities == 3
    assert recs[0].actor2 == "Civilians"


def test_the_second_side_of_a_camp_is_no_other_side_when_none_is_named_after_it():
    text = ("اندلعت اشتباكات عنيفة، مساء الخميس، في منطقة عين زارة بين كتيبة ثوار طرابلس وقوة الردع "
            "من جهة، وقوات تابعة لوزير الداخلية من جهة أخرى.")
    recs = rasd.extract(text, published="2018-09-01")
    clashes = [r for r in recs if r.sub_event_type == "Armed clash"]
    assert clashes
    assert all(r.actor2 != "Special Deterrence Force" for r in clashes)


def test_bystanders_among_a_fights_dead_are_not_its_other_side():
    text = ("اندلعت اشتباكات بين مسلحي جهاز دعم الاستقرار في منطقة أبوسليم. وأعلن مركز طب الطوارئ "
            "أن حصيلة الاشتباكات بلغت 6 قتلى، بينهم مدنيون.")
    recs = rasd.extract(text, published="2023-01-20")
    clashes = [r for r in recs if r.sub_event_type == "Armed clash"]
    assert clashes
    assert all(r.actor2 != "Civilians" for r in clashes)


def test_the_town_armed_men_came_from_is_no_place_of_the_fight():
    text = ("اندلعت اشتباكات، فجر الأحد، في منطقة قصر بن غشير بين قوة الردع ومسلحين قدموا من "
            "مدينة الزاوية.")
    recs = rasd.extract(text, published="2019-01-20")
    assert recs
    assert not any("الزاوية" in r.location_text for r in recs)


def test_a_public_body_named_haya_is_no_side():
    text = ("استعاد الجيش، صباح الأحد، مقر الهيئة العامة للموانئ في مدينة سواكن بعد اشتباكات مع "
            "قوات الدعم السريع.")
    recs = rasd.extract(text, published="2023-09-10")
    assert recs
    assert all("Hayat Tahrir al-Sham" not in (r.actor1, r.actor2) for r in recs)


def test_a_looting_placed_only_by_the_dateline_is_there():
    text = ("نيالا - دارفور24: اتهم تجار في السوق الكبير مسلحين يتبعون لقوات الدعم السريع بنهب "
            "عشرات المحال التجارية، ليل الأربعاء.")
    recs = rasd.extract(text, published="2023-08-03")
    loot = first_of(recs, "Looting/property destruction")
    assert loot.location == "Nyala"


def test_a_claimed_attack_that_names_the_place_places_the_toll_told_before():
    text = ("قتل 9 أشخاص، صباح الاثنين، في تفجير تبناه تنظيم الدولة على بوابة أمنية في مدينة "
            "أجدابيا شرق ليبيا.")
    recs = rasd.extract(text, published="2018-07-02")
    assert len(recs) == 1
    assert recs[0].location_text.endswith("أجدابيا")
    assert recs[0].actor1 == "Islamic State"
    assert recs[0].fatalities == 9


def test_an_entry_after_a_withdrawal_without_a_fight_is_a_transfer():
    text = ("أعلنت قوات الجيش الوطني، السبت، دخول مدينة أوباري، بعد انسحاب مسلحي القوة الثالثة منها "
            "دون قتال.")
    recs = rasd.extract(text, published="2017-05-28")
    assert [r.sub_event_type for r in recs] == ["Non-violent transfer of territory"]
    assert "أوباري" in recs[0].location_text


def test_military_intelligence_is_the_states_force():
    text = "اختطفت قوة من الاستخبارات العسكرية، مساء الجمعة، ناشطاً من منزله في مدينة كسلا."
    recs = rasd.extract(text, published="2022-03-05")
    assert recs
    assert recs[0].actor1 == "Sudanese Armed Forces"


def test_the_side_that_repelled_an_attack_past_a_time_is_its_other_side():
    text = "صدت القوات المسلحة في مدينة الدلنج، فجر الأربعاء، هجوماً واسعاً للحركة الشعبية."
    recs = rasd.extract(text, published="2023-07-19")
    assert recs
    assert {recs[0].actor1, recs[0].actor2} == {"SPLM-N", "Sudanese Armed Forces"}


def test_the_repelling_side_after_a_dateline_is_the_attacks_other_side():
    # (and an arrest after a foiled escape is no fight: q61-55's Asayish kept their arrest)
    text = "كادقلي - التغيير: صدت القوات المسلحة في مدينة كادقلي، مساء الجمعة، هجوماً جديداً للحركة الشعبية."
    recs = rasd.extract(text, published="2023-06-24")
    assert recs
    assert {recs[0].actor1, recs[0].actor2} == {"SPLM-N", "Sudanese Armed Forces"}


def test_an_arrest_after_a_foiled_escape_keeps_its_arresting_side():
    text = ("أحبطت قوات الأمن الداخلي محاولة هروب لعناصر من تنظيم داعش من سجن غويران في الحسكة، "
            "واعتقلت ثلاثة منهم.")
    recs = rasd.extract(text, published="2023-03-01")
    arrests = [r for r in recs if r.sub_event_type == "Arrests"]
    assert arrests
    assert all(r.actor1 != "Islamic State" for r in arrests)


def test_the_darfur_bar_association_counts_no_lawyer_dead():
    text = ("هاجمت قوات الدعم السريع مدينة كتم في شمال دارفور. وأفادت هيئة محامي دارفور بأن المهاجمين "
            "نفذوا عمليات تصفية ميدانية ونهبوا المنازل.")
    recs = rasd.extract(text, published="2023-08-02")
    assert recs
    assert all(r.fatalities is None for r in recs)


def test_osman_digna_air_base_is_at_port_sudan():
    text = "قصفت مسيرات انتحارية، فجر اليوم، مخازن الذخيرة في قاعدة عثمان دقنة."
    recs = rasd.extract(text, published="2025-05-05")
    assert recs
    assert recs[0].admin1 == "Red Sea"
    assert recs[0].latitude is not None and abs(recs[0].latitude - 19.6) < 0.1
