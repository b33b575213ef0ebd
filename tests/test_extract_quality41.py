"""Errors found on unseen reports (quality round 41, Syria and Iraq): each test is a sentence
written for it."""
from __future__ import annotations

import rasd

from helpers import by_place, first_of


def test_a_verb_cut_off_by_a_time_between_commas_takes_the_place_of_the_next_clause():
    text = ("الرقة - قتلت خلايا تنظيم داعش، فجر اليوم، مدرساً متقاعداً رمياً بالرصاص "
            "في قرية الكرامة بريف الرقة الشرقي.")
    got = by_place(rasd.extract(text, published="2019-03-02"))
    assert list(got) == ["قرية الكرامة"]
    assert got["قرية الكرامة"].actor1 == "Islamic State"
    # the verb alone before the time
    text = ("الحسكة - اغتال مسلحون مجهولون، مساء أمس السبت، عنصراً من قوات سوريا الديمقراطية "
            "بإطلاق النار عليه في بلدة الشدادي جنوبي الحسكة.")
    got = by_place(rasd.extract(text, published="2019-03-03"))
    assert list(got) == ["بلدة الشدادي"]
    assert got["بلدة الشدادي"].actor2 == "Syrian Democratic Forces"


def test_the_city_points_back_to_a_city_fronted_alone_after_one_named_as_a_city():
    text = ("السليمانية - فرقت قوات الأمن بالغاز المسيل للدموع متظاهرين أمام مبنى المحافظة وسط مدينة "
            "السليمانية. وفي كويسنجق، أضرم محتجون غاضبون النار في مقر حزب سياسي في المدينة.")
    got = by_place(rasd.extract(text, published="2020-12-08"))
    assert "كويسنجق" in got
    assert got["كويسنجق"].actor1 == "Rioters"


def test_a_denial_cut_off_by_a_time_between_commas_still_denies():
    text = ("نينوى - نفت قيادة العمليات المشتركة، مساء الثلاثاء، الأنباء عن قصف مدفعي استهدف "
            "قرية بادوش غربي الموصل.")
    assert rasd.extract(text, published="2017-03-08") == []


def test_the_positions_of_the_armed_faction_are_the_target_not_the_striker():
    text = ("ديالى - شنت طائرات مسيرة غارتين على مواقع تابعة للفصيل المسلح قرب ناحية جلولاء.")
    got = rasd.extract(text, published="2023-08-02")
    assert [(r.actor1, r.actor2) for r in got] == [("Unidentified Military Forces", "Unidentified Armed Group")]


def test_a_lam_written_apart_before_a_quoted_force_still_marks_its_vehicle_as_the_target():
    text = ('الحسكة - انفجر لغم أرضي بعربة لـ "قسد" على طريق الهول، ما أدى لإصابة ثلاثة من عناصرها.')
    got = rasd.extract(text, published="2020-04-11")
    assert got and got[0].actor2 == "Syrian Democratic Forces"
    assert got[0].actor1 != "Syrian Democratic Forces"


def test_car_bombs_destroyed_by_aircraft_named_before_the_verb_are_an_air_strike():
    text = ("صلاح الدين - قال قائد عمليات سامراء إن طيران الجيش دمر ثلاث سيارات مفخخة لتنظيم داعش "
            "قبل وصولها إلى قرية مطيبيجة.")
    got = rasd.extract(text, published="2016-02-14")
    assert [r.sub_event_type for r in got] == ["Air/drone strike"]


def test_the_town_of_a_mayor_who_tells_the_news_is_no_event_place():
    text = ("أربيل - وقال رئيس بلدية سوران لوسائل إعلام محلية إن مسيرة تركية قصفت سيارة على طريق "
            "قرية بيرسياف.")
    got = by_place(rasd.extract(text, published="2021-09-03"))
    assert "سوران" not in got and got


def test_a_protest_against_repression_elsewhere_is_placed_where_the_protesters_were():
    text = ("ذي قار - أغلق عشرات المتظاهرين جسر الحضارات وسط مدينة الناصرية، احتجاجاً على قمع "
            "المحتجين في كربلاء والديوانية.")
    got = by_place(rasd.extract(text, published="2019-11-05"))
    assert "كربلاء" not in got and "الديوانية" not in got
    assert any(r.event_type == "Protests" for r in got.values())


def test_the_village_points_back_to_a_village_named_by_its_surroundings():
    text = ("حماة - دارت اشتباكات بين فصائل المعارضة وقوات النظام في محيط قرية الزلاقيات. "
            "وقصفت قوات النظام القرية بعشرات القذائف المدفعية.")
    got = rasd.extract(text, published="2019-06-10")
    shelling = first_of(got, "Shelling/artillery/missile attack")
    assert "الزلاقيات" in shelling.location_text


def test_a_fight_that_ends_in_a_change_of_control_is_that_change():
    text = ("ريف حلب - اندلعت اشتباكات عنيفة، مساء الأحد، بين هيئة تحرير الشام والجيش الوطني السوري "
            "في محيط قرية باصوفان. وتمكنت الهيئة من السيطرة على القرية بعد انسحاب عناصر الجيش الوطني منها.")
    got = rasd.extract(text, published="2022-10-13")
    assert [(r.sub_event_type, r.actor1, r.actor2) for r in got] == [
        ("Non-state actor overtakes territory", "Hayat Tahrir al-Sham", "Syrian National Army")]


def test_state_media_eliminating_a_number_of_terrorists_is_a_fight_with_three_dead():
    text = ("حماة (سانا) - دمرت وحدات من الجيش تحصينات لإرهابيي تنظيم جبهة النصرة في بلدة اللطامنة "
            "وقضت على عدد منهم.")
    got = rasd.extract(text, published="2016-10-02")
    assert [(r.sub_event_type, r.actor1, r.actor2, r.fatalities) for r in got] == [
        ("Armed clash", "Syrian Government Forces", "Hayat Tahrir al-Sham", 3)]


def test_a_number_of_them_is_three():
    text = ("كركوك - فرقت قوات مكافحة الشغب بالهراوات تجمعاً لعمال العقود أمام مبنى المحافظة، "
            "ما أدى إلى إصابة عدد منهم.")
    got = rasd.extract(text, published="2022-03-01")
    assert got and got[0].injured == 3


def test_the_general_staff_building_is_an_armed_target():
    text = ("دمشق - استهدفت غارة بطائرة مسيرة مبنى رئاسة الأركان في حي كفرسوسة، ما أسفر عن إصابة "
            "خمسة أشخاص.")
    got = rasd.extract(text, published="2025-08-20")
    assert got and got[0].actor2 != "Civilians" and not got[0].civilian_targeting


def test_a_side_announcing_its_deed_after_a_time_between_commas_did_it():
    text = ("جرابلس - أعلنت فصائل الجيش الحر، السبت، السيطرة الكاملة على بلدة الراعي بعد معارك "
            "استمرت أكثر من أسبوعين مع تنظيم داعش.")
    got = rasd.extract(text, published="2016-08-28")
    assert [(r.sub_event_type, r.actor1, r.actor2) for r in got] == [
        ("Non-state actor overtakes territory", "Free Syrian Army", "Islamic State")]


def test_the_security_media_cell_announcing_arrests_made_them():
    text = ("صلاح الدين - أعلنت خلية الإعلام الأمني، اليوم الاثنين، القبض على ثلاثة إرهابيين من "
            "عصابات داعش في قضاء الشرقاط.")
    got = rasd.extract(text, published="2021-04-12")
    assert [(r.sub_event_type, r.actor1, r.actor2) for r in got] == [
        ("Arrests", "Iraqi Security Forces", "Islamic State")]


def test_a_state_office_that_tells_a_bombing_is_no_side_of_it():
    text = ("بغداد - أفادت خلية الإعلام الأمني بأن عبوة ناسفة انفجرت قرب سوق شعبي في قضاء "
            "الطارمية، ما أسفر عن إصابة مدنيين اثنين.")
    got = rasd.extract(text, published="2021-04-12")
    assert got and got[0].actor1 != "Iraqi Security Forces"
    # ... but a force that says its own aircraft struck did it
    text = ("الفاشر - قال الجيش السوداني إن طيرانه قصف تجمعات للدعم السريع في منطقة "
            "شقرا غرب المدينة.")
    got = rasd.extract(text, published="2024-06-02")
    assert got and got[0].actor1 == "Sudanese Armed Forces"


def test_a_drone_believed_to_belong_to_a_force_was_that_forces():
    text = ("إدلب - قتل عنصران من هيئة تحرير الشام بغارة نفذتها طائرة مسيرة يعتقد أنها تابعة "
            "للتحالف الدولي على سيارة قرب بلدة أطمة.")
    got = rasd.extract(text, published="2019-11-20")
    assert [(r.actor1, r.actor2) for r in got] == [("International Coalition", "Hayat Tahrir al-Sham")]


def test_the_command_of_the_operations_to_free_a_town_is_no_take_over_of_it():
    text = ("الأنبار - قتلت القوات الأمنية 15 مسلحاً من داعش في اشتباكات بمنطقة البغدادي، بحسب "
            "قائد عمليات تحرير هيت.")
    got = by_place(rasd.extract(text, published="2016-04-02"))
    assert "هيت" not in got


def test_a_storming_of_quarters_amid_a_fight_is_that_fight():
    text = ("الرمادي - اقتحمت القوات العراقية الأحياء الشمالية لمدينة الرمادي، وسط اشتباكات عنيفة "
            "مع مسلحي تنظيم داعش.")
    got = rasd.extract(text, published="2015-12-22")
    assert [(r.sub_event_type, r.actor1, r.actor2) for r in got] == [
        ("Armed clash", "Iraqi Security Forces", "Islamic State")]


def test_an_aircraft_after_the_targeting_noun_with_its_object_next_is_the_striker():
    text = ("الحسكة - أصيب طفلان إثر استهداف طائرة مسيرة تركية منزلاً في قرية تل طويل بريف "
            "الدرباسية.")
    got = rasd.extract(text, published="2023-01-05")
    assert got and got[0].actor1 == "Turkish Forces"


def test_the_defenders_who_repelled_the_attack_fought_in_it():
    text = ("الأنبار - قتل اثنان من مقاتلي الحشد الشعبي بهجوم شنه داعش على مواقعهم في منطقة "
            "الثرثار، فيما تمكنت قوات الحشد من صد الهجوم.")
    got = rasd.extract(text, published="2020-09-14")
    assert [(r.sub_event_type, r.actor1) for r in got] == [("Armed clash", "Islamic State")]


def test_factions_of_the_ministry_of_defence_are_the_government_s():
    text = ("حماة - قتل خمسة مدنيين برصاص عناصر من فصائل تابعة لوزارة الدفاع في قرية تل الدرة "
            "بريف سلمية.")
    got = rasd.extract(text, published="2025-03-10")
    assert got and got[0].actor1 == "Syrian Government Forces"


def test_a_subject_after_the_dateline_cut_off_by_a_time_is_the_attacker():
    text = ("حمص - شنت الولايات المتحدة، فجر اليوم، ضربات صاروخية على مطار الشعيرات العسكري "
            "بريف حمص.")
    got = rasd.extract(text, published="2017-04-07")
    assert got and got[0].actor1 == "Military Forces of the United States"


def test_a_launching_verb_cut_off_from_its_projectile_by_a_time_still_launched_it():
    text = ("الحسكة - أطلق مسلحون مجهولون، ليل الأحد، ثلاث قذائف هاون على حي غويران في مدينة "
            "الحسكة.")
    got = rasd.extract(text, published="2021-05-10")
    assert [r.sub_event_type for r in got] == ["Shelling/artillery/missile attack"]


def test_the_american_base_is_no_al_qaeda():
    text = ("الحسكة - استهدفت ميليشيات موالية لإيران بطائرة مسيرة القاعدة الأمريكية في بلدة "
            "الشدادي جنوب الحسكة.")
    got = rasd.extract(text, published="2023-10-20")
    assert got and (got[0].actor1, got[0].actor2) == ("Iranian-backed Militias",
                                                     "Military Forces of the United States")


def test_qara_starts_a_name_of_two_words():
    text = "نينوى - قتل مدنيان بانفجار عبوة ناسفة في قرية قره كند التابعة لناحية بعشيقة."
    got = by_place(rasd.extract(text, published="2019-05-02"))
    assert list(got) == ["قرية قره كند"]


def test_where_the_attackers_were_about_to_withdraw_to_is_no_event_place():
    text = ("ديالى - قتل جندي بهجوم لداعش على نقطة للجيش في قرية الجبة. وقال مصدر إن المهاجمين "
            "استخدموا أسلحة قناصة قبل أن ينسحبوا باتجاه جبل حمرين.")
    got = by_place(rasd.extract(text, published="2020-02-02"))
    assert "جبل حمرين" not in got


def test_the_sinjar_resistance_units_are_a_side_not_a_place():
    text = ("نينوى - اندلعت اشتباكات بين الجيش العراقي ووحدات مقاومة سنجار في مجمع دوكري "
            "شمالي سنجار.")
    got = rasd.extract(text, published="2022-05-03")
    assert got and got[0].actor2 == "Sinjar Resistance Units"


def test_indefinite_security_forces_are_the_state_s():
    text = ("ذي قار - أطلقت قوات أمنية الرصاص الحي على متظاهرين قرب جسر الزيتون في الناصرية، "
            "ما أدى إلى مقتل ثلاثة منهم.")
    got = rasd.extract(text, published="2019-11-28")
    assert got and got[0].actor1 == "Iraqi Security Forces"


def test_arrests_told_again_keep_the_place_of_the_arrests_not_of_the_background_between():
    text = ("إدلب - شنت هيئة تحرير الشام حملة اعتقالات طالت ناشطين في بلدة كفرتخاريم، بعد أيام من "
            "مواجهات مع فصائل الجيش الحر في مدينة سلقين.\nوقال ناشطون إن عناصر الهيئة اعتقلوا ثلاثة "
            "أشخاص على الأقل من منازلهم.")
    got = rasd.extract(text, published="2019-02-20")
    arrests = {r.location_text for r in got if r.sub_event_type == "Arrests"}
    assert arrests == {"بلدة كفرتخاريم"}


def test_a_take_over_told_with_haythu_after_a_continuing_offensive_is_that_day_s():
    text = ("الرقة - قتل 12 مدنياً جراء غارات طائرات التحالف الدولي على أحياء مدينة الرقة. "
            "وتواصل قوات سوريا الديمقراطية هجومها داخل المدينة، حيث تمكنت من السيطرة على حي "
            "البريد.")
    got = rasd.extract(text, published="2017-08-30")
    taken = [r for r in got if r.sub_event_type == "Non-state actor overtakes territory"]
    assert [(r.location_text, r.actor1) for r in taken] == [("حي البريد", "Syrian Democratic Forces")]
    # the coalition whose aircraft struck lost no quarter to them
    assert taken[0].actor2 != "International Coalition"


def test_mulla_abd_x_is_one_village_name():
    text = ("كركوك - استعادت قوات البيشمركة السيطرة على قرية ملا عبد الرحمن جنوب غربي كركوك بعد "
            "معارك مع تنظيم داعش.")
    got = by_place(rasd.extract(text, published="2014-09-21"))
    assert list(got) == ["قرية ملا عبد الرحمن"]


def test_iraqi_factions_in_syria_are_iranian_backed_militias_not_the_opposition():
    text = ("دير الزور - شنت طائرات مجهولة غارات على مواقع لفصائل عراقية في مدينة الميادين، ما أسفر "
            "عن مقتل أربعة مقاتلين.")
    got = rasd.extract(text, published="2022-11-10")
    assert got and got[0].actor2 == "Iranian-backed Militias"


def test_where_people_fled_to_is_no_place_of_the_take_over():
    text = ("نينوى - سيطر مسلحو داعش على ناحية زمار بعد انسحاب قوات البيشمركة منها، ما دفع آلاف "
            "السكان إلى الفرار نحو مدينة دهوك.")
    got = by_place(rasd.extract(text, published="2014-08-03"))
    assert "مدينة دهوك" not in got and "ناحية زمار" in got


def test_a_clash_with_no_sides_after_a_killing_between_two_forces_is_between_them():
    text = ("اللاذقية - شهد ريف جبلة هجمات منسقة شنها مسلحون من فلول النظام البائد على حواجز الأمن "
            "العام في بلدة دالية، ما أدى لمقتل خمسة عناصر من الأمن العام. وردت وزارة الدفاع بإرسال "
            "تعزيزات، واندلعت اشتباكات عنيفة في قرية بستان الباشا.")
    got = by_place(rasd.extract(text, published="2025-03-07"))
    clash = got["قرية بستان الباشا"]
    assert {clash.actor1, clash.actor2} == {"Assad Loyalists", "Syrian Government Forces"}
