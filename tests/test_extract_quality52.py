"""Errors found on unseen reports from Yemen, Sudan and Libya (quality round 52): outlets' datelines,
Red Sea and coalition strikes, the RSF's and the army's fronts, Tripoli's armed groups. Each test is a
sentence written for it, not a report of the batch."""
from __future__ import annotations

import rasd

from helpers import first_of


def test_a_subject_after_a_dateline_and_an_outlet_opens_the_sentence():
    text = ("كادقلي - راديو دبنقا: شنت قوات الدعم السريع، صباح الثلاثاء، هجوماً على مواقع الفرقة 14 "
            "التابعة للجيش في منطقة الكرقل، واندلعت معارك استمرت ساعات.")
    recs = rasd.extract(text, published="2024-05-21")
    fight = first_of(recs, "Armed clash")
    assert fight.actor1 == "Rapid Support Forces"
    assert fight.actor2 == "Sudanese Armed Forces"


def test_a_retold_event_with_its_claim_names_the_claimant():
    text = ("لودر - قتل ضابط وجنديان من القوات الحكومية بانفجار عبوة ناسفة استهدفت عربتهم قرب مدينة لودر، "
            "في هجوم تبناه تنظيم القاعدة في جزيرة العرب.")
    recs = rasd.extract(text, published="2021-11-03")
    assert recs
    assert all(r.actor1 == "Al-Qaeda in the Arabian Peninsula" for r in recs)
    assert recs[0].fatalities == 3


def test_a_fight_between_two_unnamed_groups_has_them_on_both_sides():
    text = ("صبراتة - قتلت امرأة وأصيب طفلان، ليل الأربعاء، في اشتباكات بالأسلحة المتوسطة بين جماعتين "
            "مسلحتين وسط مدينة صبراتة.")
    recs = [r for r in rasd.extract(text, published="2017-09-21") if r.sub_event_type == "Armed clash"]
    assert recs
    assert (recs[0].actor1, recs[0].actor2) == ("Unidentified Armed Group", "Unidentified Armed Group")
    assert recs[0].fatalities == 1


def test_the_bare_militia_in_sudan_is_the_rsf_and_elsewhere_no_one():
    sudan = ("الأبيض - قالت الفرقة الخامسة مشاة إن قواتها صدت هجوماً للدعم السريع على أطراف المدينة. "
             "وأوضح البيان أن المليشيا قصفت بالمدفعية حي الصفا شرقي مدينة الأبيض، ما أدى إلى مقتل ثلاثة مواطنين.")
    recs = [r for r in rasd.extract(sudan, published="2024-03-02")
            if r.sub_event_type == "Shelling/artillery/missile attack"]
    assert recs and recs[0].actor1 == "Rapid Support Forces"
    yemen = "تعز - قصفت المليشيا بالمدفعية حي الجحملية شرقي مدينة تعز، ما أدى إلى إصابة طفلين."
    recs = rasd.extract(yemen, published="2018-03-02")
    assert recs and all(r.actor1 != "Rapid Support Forces" for r in recs)


def test_a_camp_named_by_the_revolutions_day_is_no_date():
    text = ("بنغازي - اندلعت اشتباكات، مساء الاثنين، في محيط جامعة قاريونس غرب بنغازي. "
            "وشنت طائرات حربية غارات على معسكر 17 فبراير في منطقة القوارشة.")
    recs = rasd.extract(text, published="2014-11-04")
    assert recs
    assert all(r.event_date == "2014-11-03" for r in recs)


def test_forces_loyal_to_haftar_are_the_lna():
    text = ("سرت - دارت اشتباكات، أمس الثلاثاء، بين القوات الموالية للمشير خليفة حفتر ومسلحين من "
            "كتائب مصراتة في منطقة الوشكة غرب مدينة سرت. وشن الطيران التابع لحفتر غارات على بلدة أبوقرين.")
    recs = rasd.extract(text, published="2020-01-08")
    fight = first_of(recs, "Armed clash")
    assert fight.actor1 == "Libyan National Army" and fight.actor2 == "Misrata Brigades"
    strike = first_of(recs, "Air/drone strike")
    assert strike.actor1 == "Libyan National Army"


def test_a_claim_by_a_spokesman_named_in_full_claims_the_event_told():
    text = ("الحديدة - تعرضت ناقلة نفط لهجوم بصاروخ قبالة ميناء رأس عيسى، دون وقوع إصابات بين البحارة. "
            "وتبنى المتحدث باسم القوات المسلحة التابعة لجماعة الحوثي العميد يحيى سريع الهجوم في بيان.")
    recs = rasd.extract(text, published="2024-03-10")
    assert len(recs) == 1
    assert recs[0].actor1 == "Houthi Movement"


def test_the_hotel_struck_again_is_no_village():
    text = ("حجة - قتل تسعة مدنيين في غارات جوية استهدفت فندقاً على الطريق العام في مديرية عبس. "
            "وقال شهود إن الطائرات عادت وقصفت الفندق مرة أخرى أثناء وصول المسعفين.")
    recs = rasd.extract(text, published="2016-08-16")
    assert recs
    assert all(r.location_text != "الفندق" for r in recs)
    assert any(r.fatalities == 9 and r.location == "Abs" for r in recs)


def test_an_attack_launched_to_retake_places_is_a_fight():
    text = ("سنجة - شنت القوات المسلحة، صباح السبت، هجوماً كبيراً لاستعادة مدينة سنجة من قوات الدعم "
            "السريع، ودارت معارك عنيفة عند المدخل الشمالي للمدينة.")
    recs = rasd.extract(text, published="2024-11-23")
    fight = first_of(recs, "Armed clash")
    assert fight.actor1 == "Sudanese Armed Forces"
    assert all(r.sub_event_type != "Government regains territory" for r in recs)


def test_the_army_named_after_a_clitic_is_what_the_bare_army_means():
    text = ("بنغازي - قال مصدر في غرفة عمليات الكرامة التابعة للجيش الوطني الليبي إن وحدات الجيش "
            "استعادت السيطرة على منطقة الصابري وسط مدينة بنغازي، الجمعة.")
    recs = rasd.extract(text, published="2017-11-25")
    assert recs
    assert recs[0].actor1 == "Libyan National Army"


def test_civilian_rule_demanded_is_no_civilian_side():
    text = ("عطبرة - تظاهر مئات المحتجين، الخميس، في مدينة عطبرة مطالبين بتسليم السلطة إلى الحكم "
            "المدني، وأطلقت الشرطة الغاز المسيل للدموع لتفريقهم.")
    recs = rasd.extract(text, published="2021-12-02")
    assert recs
    assert all("Civilians" not in (r.actor1, r.actor2) for r in recs)


def test_the_group_after_the_verbal_noun_of_targeting_did_it():
    text = ("الفاشر - قتل سبعة مرضى ومرافقين، مساء الأحد، إثر استهداف قوات الدعم السريع المتمردة "
            "مستشفى الولادة في مدينة الفاشر بقذائف المدفعية.")
    recs = rasd.extract(text, published="2024-06-10")
    assert recs
    assert recs[0].actor1 == "Rapid Support Forces"
    text = ("تعز - أصيب ثلاثة مواطنين جراء استهداف الحوثيين محطة وقود في منطقة الحوبان شرقي مدينة تعز.")
    recs = rasd.extract(text, published="2019-04-02")
    assert recs and recs[0].actor1 == "Houthi Movement"


def test_the_victims_of_a_killing_verb_cut_off_by_a_time_are_counted_where_they_fell():
    text = ("الضالع - قتل قناص حوثي، صباح الثلاثاء، طفلين في قرية الجب بمديرية قعطبة شمال الضالع.")
    recs = rasd.extract(text, published="2019-05-08")
    assert recs
    assert recs[0].fatalities == 2
    assert recs[0].location_text != "الضالع"


def test_dual_port_and_airport_words_introduce_both_places():
    text = ("المكلا - أعلنت جماعة الحوثي، الأحد، استهداف قاعدة العند ومطاري الريان وسيئون بطائرات مسيرة.")
    recs = rasd.extract(text, published="2022-10-23")
    places = {r.location_text for r in recs}
    assert {"الريان", "سيئون"} <= places


def test_the_town_of_a_resistance_committee_is_not_where_it_happened():
    text = ("مدني - قالت لجان مقاومة الحصاحيصا إن قوات الدعم السريع اقتحمت قرية أم عضام شرق مدينة "
            "رفاعة، ونهبت المنازل والمواشي.")
    recs = rasd.extract(text, published="2024-02-15")
    assert recs
    assert all(r.location_text != "الحصاحيصا" for r in recs)


def test_members_of_a_religious_community_are_counted_as_people():
    text = "سنجار - أعدم مسلحو تنظيم داعش 40 إيزيدياً في قرية كوجو جنوب قضاء سنجار."
    recs = rasd.extract(text, published="2014-08-16")
    assert recs and recs[0].fatalities == 40 and recs[0].civilian_targeting


def test_a_past_perfect_after_the_event_word_tells_what_came_before():
    text = ("درنة - أعدم مسلحو تنظيم الدولة ثلاثة شبان كانوا قد اعتقلوهم في حي الساحل الشرقي "
            "بمدينة درنة.")
    recs = rasd.extract(text, published="2015-06-02")
    assert recs
    assert recs[0].sub_event_type == "Attack" and recs[0].fatalities == 3


def test_a_reply_whose_subject_is_cut_off_by_a_time_is_that_subjects():
    text = ("الخرطوم - قصفت قوات الدعم السريع أحياء في مدينة الفاشر. وردت القوات المسلحة، مساء "
            "الأربعاء، بقصف مدفعي على تجمعات للدعم السريع في منطقة شقرة غرب الفاشر.")
    recs = [r for r in rasd.extract(text, published="2024-06-13") if r.location_text == "منطقة شقرة"]
    assert recs and recs[0].actor1 == "Sudanese Armed Forces"


def test_the_other_sides_reply_in_a_quarter_keeps_the_citys_event():
    text = ("نيالا - قصفت قوات الدعم السريع بالمدفعية أحياء سكنية في مدينة نيالا. وردت القوات المسلحة "
            "بقصف مدفعي على تجمعات الدعم السريع في حي كرري شمال نيالا.")
    recs = rasd.extract(text, published="2023-09-02")
    sides = {(r.actor1, r.location) for r in recs}
    assert ("Rapid Support Forces", "Nyala") in sides
    assert any(r.actor1 == "Sudanese Armed Forces" for r in recs)


def test_drones_cut_off_by_a_time_are_the_subject_of_the_strikes():
    text = ("صبراتة - شنت طائرات مسيرة تابعة لحكومة الوحدة الوطنية، ليل الأحد، ضربات على مواقع "
            "في منطقة دحمان غرب صبراتة.")
    recs = rasd.extract(text, published="2023-08-28")
    assert recs
    assert recs[0].sub_event_type == "Air/drone strike"
    assert recs[0].actor1 == "Military Forces of Libya"


def test_an_abduction_retold_as_a_campaign_of_arrests_is_one_detention():
    text = ("الحديدة - اختطف مسلحو جماعة الحوثي، الثلاثاء، عشرة صيادين في مديرية الخوخة، ضمن حملة "
            "اعتقالات طالت العشرات خلال الأيام الماضية.")
    recs = rasd.extract(text, published="2021-03-10")
    kinds = [r.sub_event_type for r in recs if r.location_text == "الخوخة"]
    assert len(kinds) == 1


def test_where_families_fled_to_is_no_event_place():
    text = ("الدلنج - شنت قوات الحركة الشعبية هجوماً على مقر اللواء 54 في مدينة الدلنج. وقال شهود "
            "عيان إن قذائف سقطت على أحياء سكنية في المدينة ما أدى إلى مقتل طفلين، ونزوح مئات الأسر "
            "نحو كادقلي.")
    recs = rasd.extract(text, published="2024-02-05")
    assert recs
    assert all(r.location != "Kadugli" for r in recs)


def test_the_popular_movement_by_its_short_name_is_the_splm_n():
    text = "كادقلي - اندلعت اشتباكات بين الجيش وقوات الحركة الشعبية في منطقة التكمة شرق كادقلي."
    recs = rasd.extract(text, published="2023-06-22")
    assert recs
    assert {recs[0].actor1, recs[0].actor2} == {"Sudanese Armed Forces", "SPLM-N"}


def test_the_rsfs_drones_stopped_in_sudan_were_stopped_by_the_army():
    text = ("عطبرة - تصدت المضادات الأرضية، مساء الجمعة، لطائرات مسيرة أطلقتها قوات الدعم السريع "
            "على مدينة عطبرة.")
    recs = rasd.extract(text, published="2024-11-09")
    assert recs
    assert recs[0].sub_event_type == "Disrupted weapons use"
    assert (recs[0].actor1, recs[0].actor2) == ("Sudanese Armed Forces", "Rapid Support Forces")


def test_the_stability_support_apparatus_by_its_other_names():
    text = ("طرابلس - دارت اشتباكات، ليل الاثنين، بين مسلحين من دعم الاستقرار وقوة الردع في منطقة "
            "أبو سليم بالعاصمة طرابلس.")
    recs = rasd.extract(text, published="2024-05-14")
    assert recs
    assert {recs[0].actor1, recs[0].actor2} == {"Stability Support Apparatus", "Special Deterrence Force"}


def test_girls_and_women_violated_are_civilians():
    text = "نيالا - قالت ناشطات إن مسلحين اغتصبوا فتيات نازحات في حي كرري بمدينة نيالا."
    recs = rasd.extract(text, published="2023-10-04")
    assert recs and recs[0].sub_event_type == "Sexual violence"
    assert recs[0].actor2 == "Civilians"


def test_a_clause_of_attribution_carries_no_count():
    text = ("الخوخة - قتل تسعة من عناصر الحوثي، السبت، في مواجهات مع القوات المشتركة في مديرية الخوخة، "
            "وفق الإعلام العسكري للقوات المشتركة.")
    recs = rasd.extract(text, published="2019-11-17")
    assert recs and recs[0].fatalities == 9


def test_the_dead_of_a_chemical_attack_are_civilians_unless_said_otherwise():
    text = ("اللطامنة - قتل 12 شخصاً وأصيب العشرات بحالات اختناق، الخميس، جراء قصف بغاز السارين على "
            "بلدة اللطامنة بريف حماة الشمالي.")
    recs = rasd.extract(text, published="2017-03-31")
    chem = first_of(recs, "Chemical weapon")
    assert chem.actor2 == "Civilians" and chem.civilian_targeting


def test_a_sides_own_dead_and_wounded_together_are_no_attack_on_civilians():
    text = ("الضالع - أعلنت القوات الجنوبية استعادة منطقة الفاخر شمال الضالع من الحوثيين. وقال مصدر "
            "عسكري إن 20 حوثياً قتلوا في المعارك، فيما سقط عدد من أفراد القوات بين قتيل وجريح.")
    recs = rasd.extract(text, published="2019-10-21")
    assert recs
    assert all(r.actor2 != "Civilians" and r.sub_event_type != "Attack" for r in recs)


def test_an_uninhabited_area_is_no_place_name():
    text = ("نجران - أعلن التحالف اعتراض طائرة مسيرة أطلقها الحوثيون باتجاه مدينة نجران، وسقوط حطامها "
            "في منطقة غير مأهولة.")
    recs = rasd.extract(text, published="2020-02-11")
    assert recs
    assert all("غير" not in r.location_text for r in recs)


def test_a_force_allied_with_the_army_did_what_it_is_said_to_have_done():
    text = ("الحصاحيصا - قال شهود إن مسلحين من قوات درع السودان المتحالفة مع الجيش أعدموا خمسة شبان في "
            "قرية التكينة، الأحد.")
    recs = rasd.extract(text, published="2025-01-13")
    assert recs and recs[0].actor1 == "Sudan Shield Forces"


def test_a_truce_that_halts_offensive_operations_tells_no_attack():
    text = ("طرابلس - دخل اتفاق وقف إطلاق النار حيز التنفيذ، ويقضي بتجميد العمليات العسكرية الهجومية "
            "في محيط مدينة سرت ومنطقة الجفرة.")
    recs = rasd.extract(text, published="2020-10-24")
    assert all(r.sub_event_type not in ("Armed clash", "Attack") for r in recs)
    text = "نجران - نفذت قوات الحوثيين عملية هجومية على مواقع الجيش السعودي في منطقة نجران."
    recs = rasd.extract(text, published="2019-09-01")
    assert any(r.sub_event_type == "Armed clash" for r in recs)


def test_drones_belonging_to_a_force_in_the_plural_are_its_strike():
    text = "الجنينة - استهدفت مسيرات تابعة للجيش مخازن للوقود في مطار الجنينة، الخميس."
    recs = rasd.extract(text, published="2024-09-20")
    assert recs and recs[0].actor1 == "Sudanese Armed Forces"


def test_another_sides_strike_inside_the_city_keeps_the_citys_shelling():
    text = ("مباشر | بابنوسة\n"
            "• 08:15 - قصف مدفعي من الدعم السريع يستهدف السوق الكبير شرق المدينة.\n"
            "• 09:30 - مقتل ثلاثة مدنيين في القصف بحسب مصادر طبية في بابنوسة.\n"
            "• 10:40 - طيران الجيش يشن غارات على تجمعات الدعم السريع في منطقة الفرشاية شمال بابنوسة.")
    recs = rasd.extract(text, published="2024-08-03")
    assert any(r.sub_event_type == "Shelling/artillery/missile attack" and r.location == "Babanusah" for r in recs)
    assert any(r.sub_event_type == "Air/drone strike" and r.actor1 == "Sudanese Armed Forces" for r in recs)


def test_a_sudanese_infantry_division_is_the_army():
    text = "الأبيض - قصفت قوات الدعم السريع بالمسيرات مقر الفرقة الخامسة مشاة في مدينة الأبيض."
    recs = rasd.extract(text, published="2024-05-03")
    assert recs and recs[0].actor2 == "Sudanese Armed Forces"


def test_a_wounding_with_its_own_victim_does_not_swallow_the_killing_after_it():
    text = ("لحج - انفجرت عبوة ناسفة بموكب مدير أمن لحج في مدينة الحوطة، ما أدى إلى إصابته ومقتل اثنين "
            "من مرافقيه.")
    recs = rasd.extract(text, published="2021-03-02")
    assert recs and recs[0].fatalities == 2 and recs[0].injured == 1


def test_families_driven_out_of_their_homes_is_no_place_regained():
    text = "بحري - قال سكان إن قوات الدعم السريع طردت العائلات من حي الصافية في مدينة بحري."
    recs = rasd.extract(text, published="2023-07-11")
    assert all(r.sub_event_type not in ("Government regains territory", "Non-state actor overtakes territory")
               for r in recs)


def test_a_tribes_notables_struck_are_civilians_not_the_tribes_militia():
    text = ("أوباري - قتل ستة أشخاص في غارة جوية استهدفت تجمعاً لوجهاء قبيلة الطوارق في مدينة أوباري، "
            "واتهم المجلس البلدي قوات حفتر بتنفيذ الغارة.")
    recs = rasd.extract(text, published="2019-09-12")
    assert recs
    assert recs[0].actor1 == "Libyan National Army" and recs[0].actor2 == "Civilians"


def test_cluster_munitions_fired_with_rockets_are_shelling():
    text = ("أجدابيا - قصفت كتائب القذافي، الأربعاء، أحياء في مدينة أجدابيا بصواريخ غراد والقنابل "
            "العنقودية.")
    recs = rasd.extract(text, published="2011-04-14")
    assert recs and recs[0].sub_event_type == "Shelling/artillery/missile attack"


def test_a_result_verb_cut_off_by_a_time_gives_its_toll_to_the_event():
    text = ("الفاشر - قالت الأمم المتحدة إن القتال بين الجيش وقوات الدعم السريع أجبر الآلاف على الفرار "
            "من مدينة الفاشر. وكان قصف بالطائرات المسيرة قد أسفر، الثلاثاء، عن مقتل 12 مدنياً في حي "
            "الوحدة.")
    recs = rasd.extract(text, published="2024-06-20")
    struck = [r for r in recs if r.location_text == "حي الوحدة"]
    assert struck and struck[0].sub_event_type == "Air/drone strike"
    assert struck[0].actor2 == "Civilians" and struck[0].fatalities == 12


def test_the_bodies_buried_and_the_sons_of_a_tribe_are_counted():
    text = ("كتم - شيع الأهالي، الخميس، جثامين سبعة من أبناء البلدة قتلوا برصاص مسلحين في سوق مدينة كتم "
            "بولاية شمال دارفور.")
    recs = rasd.extract(text, published="2023-08-04")
    assert recs and recs[0].fatalities == 7


def test_a_beheading_in_a_report_of_air_raids_is_no_air_strike():
    text = ("درنة - أظهر تسجيل مصور نشره تنظيم الدولة ذبح ثلاثة رهائن في مدينة درنة. وشنت طائرات "
            "حربية، الأحد، غارات على مواقع التنظيم في منطقة الفتائح.")
    recs = rasd.extract(text, published="2015-06-01")
    derna = [r for r in recs if r.location == "Darnah"]
    assert derna and derna[0].sub_event_type == "Attack"


def test_a_killing_after_a_raid_keeps_its_toll():
    text = ("رفاعة - داهمت قوات الدعم السريع قرية أم دقرسي شرق رفاعة، وقتلت ثلاثة من رجال القرية.")
    recs = rasd.extract(text, published="2024-10-28")
    assert any(r.sub_event_type == "Attack" and r.fatalities == 3 and r.actor1 == "Rapid Support Forces"
               for r in recs)
