"""Errors found on reports written for round 27 (Iraq, Syria, Yemen, Sudan): each test is a
sentence written for it, not one of those reports."""
from __future__ import annotations

from helpers import first_of, one_at, records_at


records = records_at("2022-03-05")
one = one_at("2022-03-05")


def test_the_coalition_is_not_a_yemeni_village_that_places_the_report():
    r = one("سقطت قذيفة هاون قرب مقر لقوات التحالف في الرمادي دون وقوع إصابات.")
    assert r.admin1 == "Al-Anbar"


def test_a_bomb_told_elsewhere_in_the_report_is_not_how_gunmen_raided_a_village():
    out = records("انفجرت عبوة ناسفة بسيارة مدنية على طريق بعقوبة. وفي كركوك، قتل راعيان بهجوم شنه "
                  "مسلحون على قرية تل الورد في قضاء الحويجة.")
    raid = [r for r in out if r.fatalities == 2]
    assert len(raid) == 1
    assert raid[0].sub_event_type == "Attack"


def test_gunmen_of_a_group_who_launched_the_attack_are_not_its_dead():
    r = one("قتل مزارع بهجوم شنه مسلحون من داعش على قرية في قضاء خانقين بمحافظة ديالى.")
    assert r.actor1 == "Islamic State"
    assert r.actor2 == "Civilians"


def test_the_security_media_cell_tells_the_event_it_does_not_do_it():
    r = one("أفادت خلية الإعلام الأمني بأن صاروخ كاتيوشا سقط قرب مطار بغداد الدولي دون خسائر.")
    assert r.actor1 != "Iraqi Security Forces"


def test_two_car_bombs_in_the_dual_are_car_bombs():
    r = one("فجر التنظيم سيارتين مفخختين عند مدخل بلدة الشدادي جنوبي الحسكة.", "2016-02-20")
    assert r.sub_event_type in ("Remote explosive/landmine/IED", "Suicide bomb")


def test_the_town_is_the_one_named_by_its_countryside_not_the_dateline():
    out = records("حماة - اندلعت اشتباكات بين قوات النظام والفصائل في ريف بلدة مورك الشرقي، وفجرت "
                  "الفصائل عربة مفخخة في محيط البلدة.", "2017-04-02")
    bomb = [r for r in out if r.sub_event_type in ("Remote explosive/landmine/IED", "Suicide bomb")]
    assert bomb and bomb[0].location == "Murak"


def test_the_group_refers_back_to_the_group_named_before():
    out = records("شنت طائرات إسرائيلية غارات على ميناء الحديدة الخاضع لسيطرة الحوثيين. وكانت الجماعة قد "
                  "أعلنت أمس استهداف مدينة إيلات بصاروخ باليستي.", "2024-07-21")
    eilat = [r for r in out if r.location_text and "إيلات" in r.location_text]
    assert eilat and eilat[0].actor1 == "Houthi Movement"


def test_a_region_strike_is_no_introduction_to_another_days_attack_by_someone_else():
    out = records("شنت طائرات بريطانية غارات على محافظة الحديدة، وفق ما أفادت قناة المسيرة التابعة للجماعة. "
                  "وكانت الجماعة قد أعلنت أمس استهداف سفينة في خليج عدن بطائرة مسيرة.", "2024-02-03")
    places = {r.location_text for r in out}
    assert "محافظة الحديدة" in places


def test_a_shell_told_after_ongoing_battles_is_a_shelling_of_its_own():
    out = records("تواصلت الاشتباكات بين الجيش وقوات الدعم السريع في محيط سلاح المدرعات جنوبي الخرطوم. "
                  "وقال سكان إن قذيفة سقطت على منزل في حي الكلاكلة، ما أدى إلى مقتل طفلين.", "2023-08-20")
    shell = [r for r in out if r.fatalities == 2]
    assert len(shell) == 1
    assert shell[0].sub_event_type == "Shelling/artillery/missile attack"
    assert any(r.sub_event_type == "Armed clash" for r in out)


def test_warplanes_are_no_rebels_though_rebels_acted_in_the_sentence_before():
    out = records("درعا - قصفت فصائل المعارضة بقذائف الهاون حي المحطة في مدينة درعا. في حين نفذ الطيران "
                  "الحربي غارات على بلدة طفس.", "2016-03-01")
    air = first_of(out, "Air/drone strike")
    assert air.actor1 != "Free Syrian Army"


def test_a_count_whose_verb_follows_it_is_that_verbs():
    r = one("ريف حمص - قال ناشطون إن أربعة مدنيين قضوا وأصيب آخرون جراء قصف مدفعي على مدينة الرستن.",
            "2015-05-05")
    assert r.fatalities == 4
    assert r.injured is None


def test_where_the_losers_withdrew_to_is_no_battlefield():
    out = records("أعلنت قوات الجيش السيطرة على بلدة الحمرا بعد معارك مع المسلحين الذين انسحبوا باتجاه "
                  "مدينة الضبعة.", "2019-03-03")
    assert all("الضبعة" not in (r.location_text or "") for r in out)


def test_the_occupation_forces_in_palestine_are_israels():
    r = one("نابلس - اقتحمت قوات الاحتلال مخيم بلاطة شرقي نابلس واعتقلت أربعة شبان.", "2023-03-01")
    assert r.actor1 == "Israeli Forces"


def test_the_victims_bodies_told_later_count_no_new_dead():
    out = records("ألقت مروحيات النظام برميلين متفجرين على بلدة كفرزيتا دون ورود أنباء عن إصابات. وقال "
                  "الدفاع المدني إن فرقه انتشلت جثث الضحايا من تحت الأنقاض.", "2015-06-06")
    assert all(r.fatalities is None for r in out)


def test_a_toll_of_the_last_24_hours_across_regions_is_a_tally():
    out = records("وأعلنت وزارة الصحة أن الغارات على قرى الجنوب والبقاع أسفرت خلال الساعات الـ24 الماضية "
                  "عن مقتل 20 شخصاً وإصابة 80.", "2024-10-10")
    assert all(r.fatalities != 20 for r in out)


def test_the_toll_goes_to_the_district_not_the_city_that_holds_it():
    r = one("عدن - قتل جندي برصاص مسلحين مجهولين، مساء أمس، في مديرية المنصورة في عدن.", "2021-02-02")
    assert r.fatalities == 1


def test_gunmen_before_an_active_verb_are_its_subject_not_its_dead():
    r = one("نيالا - أفادت مصادر محلية بأن مسلحين اغتالوا قائد شرطة المدينة مساء أمس.", "2024-01-09")
    assert r.fatalities == 1


def test_the_dead_of_the_fighting_told_before_are_its_toll_not_a_new_clash():
    out = records("مصراتة - قصفت كتائب القذافي أحياء مدينة مصراتة بصواريخ غراد صباح اليوم. وقال طبيب في "
                  "المستشفى إن 12 شخصاً قتلوا في المعارك.", "2011-04-20")
    assert len(out) == 1
    assert out[0].sub_event_type == "Shelling/artillery/missile attack"
    assert out[0].fatalities == 12


def test_the_bombs_that_led_to_a_takeover_are_its_subjects():
    out = records("سيطر تنظيم داعش على بلدة البغدادي، بعد هجوم بثلاث سيارات مفخخة يقودها انتحاريون، ما أدى "
                  "إلى مقتل عشرات من عناصر الشرطة.", "2015-02-13")
    bomb = first_of(out, "Suicide bomb")
    assert bomb.actor1 == "Islamic State"


def test_killings_told_after_a_takeover_are_no_part_of_it():
    out = records("استعادت القوات الحكومية السيطرة على بلدة القرداحة. كما وثق ناشطون مقتل 8 مدنيين في قرية "
                  "المختارية على يد مسلحين.", "2025-03-09")
    village = [r for r in out if r.fatalities == 8]
    assert village and village[0].sub_event_type == "Attack"


def test_a_quarter_of_a_city_the_report_never_names_is_not_placed_there():
    # (Aleppo has a quarter called after its radio station; this building is Damascus's)
    # (q82-types2: a storming with nothing done to anyone makes no record, so the stormers fire here)
    r = one("دمشق - اقتحم مسلحون مبنى الإذاعة والتلفزيون فجر اليوم وأطلقوا النار على الموظفين.", "2012-07-01")
    assert r.admin1 == "Damascus"


def test_ras_lanuf_is_the_oil_port_in_sirte():
    r = one("شنت طائرات حربية غارتين على ميناء رأس لانوف النفطي صباح اليوم.", "2016-09-12")
    assert r.admin1 == "Sirte"
    assert abs(r.latitude - 30.479) < 0.05 and abs(r.longitude - 18.566) < 0.05


def test_a_quarter_told_inside_a_city_does_not_vote_for_its_namesakes_country():
    r = one("قتل ثلاثة مدنيين بقذائف هاون سقطت على حي اليرموك في مدينة الموصل.", "2017-02-02")
    assert r.admin1 == "Ninewa"


def test_the_occupations_aircraft_in_gaza_are_israels():
    r = one("رفح - استشهد ثلاثة مواطنين بغارة شنتها طائرات الاحتلال على منزل في حي تل السلطان غربي رفح.",
            "2024-02-12")
    assert r.actor1 == "Israeli Forces"


def test_an_accusation_in_the_next_sentence_names_who_did_an_unattributed_event():
    r = one("درعا - انفجرت عبوة ناسفة بسيارة عسكرية عند مدخل مدينة نوى. واتهمت مصادر محلية خلايا تنظيم "
            "الدولة بزرعها.", "2020-05-05")
    assert r.actor1 == "Islamic State"


def test_the_other_sides_strike_on_a_city_is_no_introduction_to_the_first_sides():
    out = records("طرابلس - شنت طائرات الوفاق غارات على مواقع في بلدة قصر بن غشير. في المقابل، قصفت طائرة "
                  "مسيرة تابعة لقوات حفتر معسكراً في مصراتة.", "2019-08-08")
    assert any(r.location == "Misratah" and r.actor1 == "Libyan National Army" for r in out)


def test_a_restaurant_is_a_target_not_a_place():
    out = records("الموصل - فجر انتحاري حزامه الناسف قرب مطعم شعبي في حي الزهور شرقي الموصل.", "2017-03-03")
    assert [r.location_text for r in out] == ["حي الزهور"]
    assert "restaurant" in out[0].targets


def test_aircraft_that_destroyed_something_struck_it():
    r = one("دمرت طائرات مسيرة تركية منظومة دفاع جوي لقوات النظام قرب بلدة كفرنبل.", "2020-03-01")
    assert r.sub_event_type == "Air/drone strike"
    assert r.actor1 == "Turkish Forces"


def test_the_only_governorate_named_is_no_host_when_it_is_abroad():
    # (القادسية is an Iraqi governorate; the report is about Libya)
    r = one("ليبيا - اندلعت اشتباكات عنيفة قرب ملعب القادسية في منطقة غوط الشعال بطرابلس الليبية.",
            "2014-09-01")
    assert r.admin1 != "Al-Qadissiya"


def test_protesters_dispersed_with_tear_gas_are_a_protest_with_intervention():
    r = one("أطلقت قوات الأمن قنابل الغاز المسيل للدموع لتفريق المحتجين أمام مبنى مجلس المحافظة في مدينة "
            "الكوت.", "2019-10-26")
    assert r.sub_event_type == "Protest with intervention"
    assert r.actor1 == "Protesters"
    assert r.actor2 == "Iraqi Security Forces"


def test_protesters_killed_by_live_fire_are_excessive_force():
    r = one("أطلقت قوات الأمن الرصاص الحي على المحتجين في مدينة الكوت، ما أدى إلى مقتل متظاهرين اثنين.",
            "2019-10-26")
    assert r.sub_event_type == "Excessive force against protesters"


def test_a_protest_broken_up_with_batons_is_a_protest_with_intervention():
    r = one("اعتصم العشرات من المعلمين أمام مبنى وزارة التربية في عدن، قبل أن تفرقهم قوات الأمن "
            "بالهراوات.", "2021-11-11")
    assert r.sub_event_type == "Protest with intervention"


def test_an_unknown_village_lies_where_the_reports_places_are_not_at_the_dateline():
    out = records("دمشق - قالت وزارة الدفاع إن طائراتها قصفت مواقع في ريف إدلب الجنوبي، في مدينتي خان شيخون "
                  "ومعرة النعمان وقرية الخوينة الصغرى.", "2019-08-01")
    village = [r for r in out if "الخوينة" in (r.location_text or "")]
    assert village and village[0].admin1 == "Idleb"


def test_todays_shelling_of_a_continuing_campaign_with_its_own_dead_is_an_event():
    r = one("حمص: تواصل قوات النظام اليوم قصفها لأحياء حمص القديمة المحاصرة بقذائف الهاون، ما أدى إلى "
            "مقتل رجل وإصابة طفلين.", "2013-08-20")
    assert r.sub_event_type == "Shelling/artillery/missile attack"
    assert r.fatalities == 1


def test_a_continuing_campaign_without_a_day_and_a_toll_stays_no_event():
    assert records("تواصل قوات النظام قصفها لأحياء حمص القديمة المحاصرة منذ أشهر.", "2013-08-20") == []


def test_the_other_sides_reply_is_its_own_event_not_more_places_of_the_first():
    out = records("الخرطوم - قصف الجيش بالمدفعية تمركزات الدعم السريع في حي شمبات، بينما ردت قوات الدعم "
                  "السريع على مواقع الجيش في منطقة كرري.", "2023-09-09")
    sides = {r.location_text: r.actor1 for r in out}
    assert sides.get("منطقة كرري") == "Rapid Support Forces"
    assert any(a == "Sudanese Armed Forces" for a in sides.values())


def test_shots_fired_into_the_air_to_disperse_protesters_are_an_intervention():
    r = one("أطلقت قوات الأمن الرصاص الحي في الهواء لتفريق المحتجين أمام مبنى المحافظة في مدينة الديوانية.",
            "2019-11-04")
    assert r.sub_event_type == "Protest with intervention"
    assert r.civilian_targeting is False


def test_dignitys_forces_are_the_libyan_national_army():
    r = one("بنغازي - شن الطيران التابع لعملية الكرامة غارات على مواقع في منطقة الليثي.", "2015-01-10")
    assert r.actor1 == "Libyan National Army"


def test_burning_tyres_told_after_the_police_is_the_rioters_not_the_police():
    out = records("الناصرية - قال مصدر أمني إن قوات الأمن انتشرت في محيط الجسر، وإن محتجين أغلقوا جسر "
                  "الحضارات بعد أن أضرموا النيران في إطارات السيارات.", "2019-12-01")
    riot = first_of(out, "Violent demonstration")
    assert riot.actor1 == "Rioters"


def test_a_reply_told_with_wa_radda_is_the_other_sides_own_event():
    out = records("قتل أربعة جنود أتراك بقصف مدفعي لقوات النظام على نقطة مراقبة تركية في بلدة الترنبة، وردت "
                  "القوات التركية بقصف مواقع قوات النظام في ريف حلب الغربي.", "2020-02-03")
    assert {r.actor1 for r in out} == {"Syrian Government Forces", "Turkish Forces"}


def test_a_police_station_struck_is_the_polices_not_the_attackers():
    r = one("قتل أربعة من عناصر الشرطة بتفجير انتحاري استهدف مخفراً للشرطة في مدينة الحسكة، وتبنى تنظيم "
            "الدولة الهجوم.", "2016-07-27")
    assert r.actor1 == "Islamic State"


def test_a_roundups_section_head_holds_the_villages_told_under_it():
    text = ("المرصد السوري:\nمحافظة حمص: قصفت القوات النظامية مناطق في قرية الغجرية.\n"
            "محافظة درعا: قصفت القوات النظامية مناطق في قرية الصفصافة.")
    out = records(text, "2014-06-01")
    govs = {r.location_text: r.admin1 for r in out}
    assert govs == {"قرية الغجرية": "Homs", "قرية الصفصافة": "Dar'a"}


def test_troops_a_base_holds_are_hit_and_the_claimant_struck():
    r = one("استهدفت طائرتان مسيرتان قاعدة حرير الجوية التي تضم قوات أمريكية في أربيل، وأعلنت المقاومة "
            "الإسلامية في العراق مسؤوليتها عن الهجوم.", "2023-11-02")
    assert r.sub_event_type == "Air/drone strike"
    assert r.actor2 == "Military Forces of the United States"
    assert r.actor1 == "Islamic Resistance in Iraq"


def test_a_yard_in_a_port_lies_in_the_ports_city_not_at_the_dateline():
    r = one("دمشق - استهدفت غارة إسرائيلية ساحة الحاويات في ميناء طرطوس فجر اليوم.", "2023-05-05")
    assert r.admin1 == "Tartous"


def test_doctors_without_borders_negate_nothing():
    r = one("حلب - قتل ثمانية أشخاص بينهم ممرضان في منظمة أطباء بلا حدود إثر استهداف مستشفى في بلدة "
            "الأتارب بصاروخين.", "2016-02-20")
    assert r.fatalities == 8


def test_the_asayish_without_the_article_are_the_sdf():
    r = one("اندلعت اشتباكات بين قوى الأمن الداخلي (أسايش) وقوات الدفاع الوطني في حي حلكو بمدينة القامشلي.",
            "2021-04-20")
    assert "Syrian Democratic Forces" in (r.actor1, r.actor2)


def test_the_bombing_an_attack_began_with_is_the_attackers():
    out = records("الحسكة - شن تنظيم الدولة هجوماً على حي غويران في مدينة الحسكة، بدأ بتفجير انتحاري بعربة "
                  "مفخخة استهدف حاجزاً لقوات النظام.", "2015-07-01")
    bomb = first_of(out, "Suicide bomb")
    assert bomb.actor1 == "Islamic State"


def test_fighters_who_repelled_a_force_fought_it():
    r = one("قال حزب الله إن مقاتليه تصدوا لقوة إسرائيلية حاولت التقدم نحو بلدة مارون الراس.", "2024-10-05")
    assert r.sub_event_type == "Armed clash"
    assert {r.actor1, r.actor2} == {"Hezbollah", "Israeli Forces"}


def test_an_entry_after_driving_the_enemy_out_of_months_of_fighting_is_todays_takeover():
    r = one("دخلت قوات سوريا الديمقراطية مدينة الطبقة بعد طرد تنظيم الدولة منها إثر معارك استمرت أكثر "
            "من شهر.", "2017-05-10")
    assert r.sub_event_type == "Non-state actor overtakes territory"
    assert r.actor1 == "Syrian Democratic Forces"


def test_a_country_in_an_actors_name_says_nothing_of_the_reports_country():
    r = one("الرقة - هاجم مقاتلو الدولة الإسلامية في العراق والشام مقراً لحركة أحرار الشام في مدينة الرقة.",
            "2014-01-05")
    assert r.location == "Ar Raqqah"


def test_a_security_building_of_a_force_was_hit_and_the_claimant_bombed_it():
    r = one("قتل 20 شخصاً بتفجير شاحنة مفخخة قرب مبنى أمني للأسايش في مدينة القامشلي، وتبنى تنظيم الدولة "
            "الهجوم.", "2016-07-27")
    assert r.actor1 == "Islamic State"
    assert r.actor2 == "Syrian Democratic Forces"


def test_an_operation_named_after_its_aim_takes_nothing():
    out = records("أعلن الجيش العراقي انطلاق عملية تحرير مدينة تلعفر، وتمكنت قواته من استعادة قرية الكسك غربي "
                  "الموصل.", "2017-08-20")
    assert [r.location_text for r in out if r.sub_event_type == "Government regains territory"] == ["قرية الكسك"]
