"""Errors found on unseen reports (quality round 28): each test is a sentence written for it."""
from __future__ import annotations

from datetime import date

import rasd
from rasd.text.dates import find_dates
from rasd.text.normalize import normalize

from helpers import one_at


one = one_at("2024-01-10")


def test_a_plural_execution_verb_counts_its_victims():
    r = one("تكريت - قال شهود إن مسلحي داعش أعدموا نحو 12 شخصاً في قرية البو عجيل شرقي تكريت.",
            "2014-07-02")
    assert r.fatalities == 12


def test_a_count_told_before_a_passive_execution_verb_is_the_toll():
    r = one("الموصل - قالت مصادر محلية إن تسعة رجال أعدموا رمياً بالرصاص في حي الزنجيلي.",
            "2016-11-20")
    assert r.fatalities == 9


def test_a_day_and_month_after_a_unit_or_street_noun_is_a_name():
    anchor = date(2015, 3, 2)
    assert [d for d in find_dates(normalize("هاجم مسلحون مقر كتيبة 17 فبراير في المدينة").text, anchor) if d.date_start] == []
    assert [d for d in find_dates(normalize("سقطت قذيفة قرب جسر 14 تموز وسط بغداد").text, anchor) if d.date_start] == []
    kept = [d for d in find_dates(normalize("هاجم مسلحون مقر الكتيبة في 17 فبراير").text, anchor) if d.date_start]
    assert [d.date_start for d in kept] == [date(2015, 2, 17)]


def test_a_brigade_named_after_a_date_does_not_date_the_event():
    r = one("بنغازي - قتل جنديان في اشتباكات مع مسلحين من كتيبة 17 فبراير في منطقة قاريونس.",
            "2015-03-02")
    assert r.event_date == "2015-03-02"


def test_the_parent_a_named_force_belongs_to_is_not_the_other_side():
    r = one("سيطرت قوات الحزام الأمني التابعة للمجلس الانتقالي الجنوبي على معسكر بدر في مدينة عدن أمس.",
            "2019-08-12")
    assert r.actor1 == "Security Belt Forces"
    assert r.actor2 != "Southern Transitional Council"


def test_yemeni_and_libyan_force_names_of_the_war_years():
    r = one("تعز - قتل ثلاثة جنود من قوات الحماية الرئاسية في هجوم شنته الميليشيا الحوثية على موقعهم في جبل حبشي.",
            "2016-05-03")
    assert {r.actor1, r.actor2} == {"Houthi Movement", "Military Forces of Yemen"}
    r = one("درنة - اندلعت اشتباكات عنيفة بين قوات الكرامة ومجلس شورى مجاهدي درنة في حي شيحا.", "2017-06-10")
    assert {r.actor1, r.actor2} == {"Libyan National Army", "Mujahideen Shura Council of Derna"}


def test_fighters_counted_as_terrorists_are_the_side_hit():
    r = one("الفلوجة - قتلت قوات الجيش العراقي 22 إرهابياً في منطقة الصقلاوية شمال الفلوجة.", "2016-05-30")
    assert r.sub_event_type == "Armed clash"
    assert r.actor2 == "Islamic State"
    assert r.fatalities == 22
    assert not r.civilian_targeting


def test_a_car_bomb_destroyed_on_the_ground_did_not_go_off():
    text = "تكريت - دمرت قوات الحشد الشعبي عجلتين مفخختين قبل وصولهما إلى قرية العوجة جنوب تكريت."
    assert rasd.extract(text, published="2015-03-08") == []
    r = one("تكريت - دمرت طائرات الجيش العراقي عجلتين مفخختين قرب قرية العوجة جنوب تكريت.", "2015-03-08")
    assert r.actor1 == "Iraqi Security Forces"


def test_car_bombs_in_the_dual_are_bombs_and_one_destroyed_after_is_none():
    r = one("كركوك - انفجرت عجلتان مفخختان قرب سوق شعبي في حي الواسطي، ما أسفر عن مقتل سبعة أشخاص.",
            "2016-02-11")
    assert r.sub_event_type == "Remote explosive/landmine/IED"
    assert r.fatalities == 7
    text = "سامراء - حاول التنظيم مهاجمة نقطة للجيش بعجلتين مفخختين قرب قرية المعتصم، تم تدميرهما قبل وصولهما."
    assert [r.sub_event_type for r in rasd.extract(text, published="2016-02-11")
            if r.sub_event_type == "Remote explosive/landmine/IED"] == []


def test_a_town_fronted_alone_before_a_comma_is_a_place_though_its_name_is_a_word():
    text = ("الخرطوم - تواصلت الاشتباكات في أم درمان أمس.\n"
            "وفي الأبيض، سقطت قذائف أطلقتها قوات الدعم السريع على سوق المدينة، ما أدى لمقتل امرأتين.")
    got = [r for r in rasd.extract(text, published="2024-03-02") if r.location == "El Obeid"]
    assert len(got) == 1 and got[0].fatalities == 2
    # a compass noun or a word pointing back is no fronted town
    text = "قصفت مسيرة سوقاً في مدينة حمص.\nوفي الجنوب، قصفت مسيرة سيارة مدنية."
    assert all(r.location_text != "الجنوب" for r in rasd.extract(text, published="2024-03-02"))


def test_a_quarter_told_by_its_side_of_the_city_is_no_earlier_place_pointed_back_to():
    text = ("اغتال مسلحون مجهولون مساء الاثنين مختار بلدة في مدينة إنخل بريف درعا الشمالي.\n"
            "وقال مراسل شبكة محلية في درعا إن المسلحين أطلقوا النار على المختار أمام منزله في الحي "
            "الغربي من المدينة، ما أدى لمقتله.")
    got = rasd.extract(text, published="2022-03-08")
    assert [r.location for r in got] == ["Inkhil"]


def test_two_allies_before_from_one_side_fight_the_force_after_it():
    r = one("اندلعت اشتباكات بين حركة أحرار الشام وفيلق الشام من جهة، وقوات النظام من جهة أخرى، "
            "على محور بلدة اللطامنة.", "2018-02-04")
    assert r.actor1 in ("Ahrar al-Sham", "Faylaq al-Sham")
    assert r.actor2 == "Syrian Government Forces"


def test_a_teller_right_after_its_verb_who_says_it_did_the_event_is_actor1():
    r = one("رفح - قال جيش الاحتلال إنه قتل مسلحين اثنين خلال اشتباكات في حي تل السلطان غربي رفح.",
            "2024-06-20")
    assert r.actor1 == "Israeli Forces"
    assert r.actor2 != "Israeli Forces"


def test_the_accusative_israeli_adjective_names_who_fired():
    r = one("صور - قالت مصادر محلية إن قصفاً مدفعياً إسرائيلياً استهدف أطراف بلدة الناقورة.", "2024-06-20")
    assert r.actor1 == "Israeli Forces"


def test_the_occupation_forces_of_palestinian_media_are_israel_unless_named_otherwise():
    r = one("نابلس - اقتحمت قوات الاحتلال بلدة بيتا جنوب نابلس واعتقلت ثلاثة شبان.", "2023-05-10")
    assert r.actor1 == "Israeli Forces"
    r = one("الحسكة - قصفت قوات الاحتلال التركي قرية أم الكيف في ريف تل تمر.", "2023-05-10")
    assert r.actor1 == "Turkish Forces"


def test_a_hospital_named_after_nasser_is_not_a_sudanese_town():
    for r in rasd.extract("غزة - قصفت طائرات إسرائيلية محيط مستشفى ناصر.", published="2024-01-20"):
        assert r.admin1 is None or r.admin1 not in ("Khartoum", "Upper Nile")
        assert r.latitude is None or r.latitude > 30


def test_government_medias_terrorists_are_the_organisation_the_report_named():
    text = ("حمص - تتابع وحدات الجيش عملياتها ضد تنظيم داعش في البادية، وأحكمت سيطرتها على بلدة "
            "السخنة بعد القضاء على آخر تجمعات الإرهابيين فيها.")
    r = one(text, "2017-08-07")
    assert r.actor2 == "Islamic State"


def test_a_mass_march_is_a_protest_and_houthis_counted_by_their_name_are_fighters():
    r = one("إب - خرج الآلاف من أبناء مدينة إب في مسيرة جماهيرية حاشدة تنديداً بانتهاكات الميليشيا.",
            "2017-02-10")
    assert r.sub_event_type == "Peaceful protest"
    r = one("مأرب - لقي أكثر من 20 حوثياً مصرعهم في معارك مع قوات الجيش الوطني في جبهة رغوان.", "2020-03-02")
    assert r.fatalities == 21
    # the adjective after a noun is no second person ("قناص حوثي", "عنصراً حوثياً")
    r = one("تعز - قتل 12 عنصراً حوثياً في اشتباكات مع قوات الجيش في جبهة الكدحة.", "2020-03-02")
    assert r.fatalities == 12 and r.injured is None


def test_the_rebel_militia_of_sudanese_army_statements_is_the_rsf():
    r = one("الأبيض - قصفت الميليشيا المتمردة أحياء سكنية في مدينة الأبيض، ما أدى لمقتل أربعة مدنيين.",
            "2024-06-01")
    assert r.actor1 == "Rapid Support Forces"


def test_a_claim_naming_the_kind_of_event_claims_the_last_event_of_that_kind():
    text = ("بعقوبة - قتل سبعة أشخاص في تفجير انتحاري بحزام ناسف استهدف مجلس عزاء في قضاء الخالص.\n"
            "وفي حادث آخر، أصيب شرطيان بانفجار عبوة ناسفة في ناحية كنعان.\n"
            "وتبنى تنظيم داعش التفجير الانتحاري.")
    got = {r.sub_event_type: r.actor1 for r in rasd.extract(text, published="2016-08-01")}
    assert got["Suicide bomb"] == "Islamic State"
    assert got["Remote explosive/landmine/IED"] != "Islamic State"


def test_storming_a_town_the_forces_fled_is_a_take_over():
    r = one("تكريت - اجتاح مسلحو تنظيم داعش مدينة بيجي مساء الأربعاء، بعد أن فرت قوات الشرطة من مراكزها.",
            "2014-06-12")
    assert r.sub_event_type == "Non-state actor overtakes territory"
    assert r.actor1 == "Islamic State"
    assert rasd.extract("إدلب - فرت عشرات العائلات من بلدة خان شيخون باتجاه الشمال.", published="2019-05-02") == []


def test_the_plural_seizing_verb_is_a_take_over():
    r = one("سرت - استولت عناصر تنظيم داعش على مطار القرضابية جنوب مدينة سرت.", "2015-05-29")
    assert r.sub_event_type == "Non-state actor overtakes territory"


def test_migrants_killed_are_counted_civilians():
    r = one("صعدة - قتل مهاجر صومالي بقصف مدفعي سعودي على منطقة الرقو الحدودية.", "2019-05-02")
    assert r.fatalities == 1
    assert r.actor2 == "Civilians"


def test_a_take_over_that_protesters_demand_is_no_event():
    text = ("إب - خرج الآلاف في مظاهرة حاشدة وسط مدينة إب.\n"
            "ورفع المشاركون لافتات تطالب بفك الحصار وتحرير المدينة.")
    got = rasd.extract(text, published="2016-03-12")
    assert [r.sub_event_type for r in got] == ["Peaceful protest"]


def test_a_two_word_town_whose_second_word_is_a_civilian_noun_is_a_place_without_its_type_word():
    r = one("شن طيران الجيش غارات على تجمعات لقوات الدعم السريع في ود مدني، ما أدى إلى مقتل 9 من عناصرها.",
            "2024-12-20")
    assert r.location == "Wad Medani"
    assert r.actor2 == "Rapid Support Forces"
    r = one("ود مدني - قصفت مسيرة تابعة للجيش تجمعات لقوات الدعم السريع في مدينة الحصاحيصا.", "2024-12-20")
    assert r.actor2 == "Rapid Support Forces"


def test_sudanese_movements_and_libyan_air_forces_by_name():
    r = one("الدلنج - هاجمت الحركة الشعبية لتحرير السودان شمال مواقع للجيش في منطقة هبيلا.", "2024-03-20")
    assert r.actor1 == "SPLM-N"
    r = one("طرابلس - شن طيران الوفاق غارات على تمركزات لقوات حفتر في منطقة وادي الربيع.", "2019-05-02")
    assert (r.actor1, r.actor2) == ("Military Forces of Libya", "Libyan National Army")


def test_those_entrenched_in_the_place_taken_lost_it():
    text = ("الموصل - قال المتحدث باسم العملية إن قواته سيطرت على المباني التي كان يتحصن فيها "
            "عناصر التنظيم في حي الشفاء.")
    r = one(text, "2017-06-20")
    assert r.actor1 != "Islamic State"
    assert r.actor2 == "Islamic State"


def test_a_teller_who_says_with_a_participle_that_it_did_the_event_is_actor1():
    text = ("بنغازي - أعلنت قوات الجيش الوطني الليبي، السبت، التصدي لهجوم شنه مجلس شورى ثوار بنغازي، "
            "مؤكدة أنها سيطرت على منطقة القوارشة غرب المدينة.")
    got = [r for r in rasd.extract(text, published="2015-06-06") if r.sub_event_type.endswith("territory")]
    assert got and got[0].actor1 == "Libyan National Army"
    assert got[0].actor2 == "Benghazi Revolutionaries Shura Council"


def test_the_last_fighters_driven_out_lost_the_place():
    text = "حمص - أعلنت قوات النظام، الأحد، سيطرتها على مدينة تدمر بعد طرد آخر عناصر تنظيم داعش منها."
    r = one(text, "2017-03-05")
    assert r.sub_event_type == "Government regains territory"
    assert (r.actor1, r.actor2) == ("Syrian Government Forces", "Islamic State")


def test_the_nationality_of_soldiers_counted_is_of_those_hit():
    r = one("إدلب - قتل خمسة جنود أتراك وأصيب ثلاثة في قصف على نقطة مراقبة قرب بلدة تفتناز.", "2020-02-10")
    assert r.actor1 != "Turkish Forces"
    r = one("إدلب - قتل 12 جندياً تركياً في غارة جوية على منطقة سراقب.", "2020-02-10")
    assert r.actor1 != "Turkish Forces"
    assert r.actor2 == "Turkish Forces"


def test_an_unknown_village_named_with_its_mountain_is_one_name():
    text = "حلب - سيطرت الفصائل على بلدتي حور الجبل وعويجل في ريف حلب الغربي."
    names = [r.location_text for r in rasd.extract(text, published="2024-11-28")]
    assert "حور الجبل" in names and "عويجل" in names, names


def test_where_attackers_came_from_is_not_where_they_fought():
    text = ("الهرمل - اشتبك الجيش اللبناني مع مسلحين قادمين من جرود عرسال حاولوا التسلل إلى مواقعه في "
            "بلدة القاع، ما أدى إلى مقتل جنديين.")
    got = rasd.extract(text, published="2015-01-20")
    assert [r.location_text for r in got] == ["بلدة القاع"]


def test_a_body_found_shot_is_a_shooting_even_in_a_report_of_bombs():
    text = ("درعا - عثر الأهالي على جثة رجل مقتولاً بطلق ناري في بلدة تل شهاب غرب درعا.\n"
            "وفي بلدة نصيب، انفجرت عبوة ناسفة بسيارة مدنية دون وقوع إصابات.")
    got = {r.location_text: r.sub_event_type for r in rasd.extract(text, published="2022-06-08")}
    assert got.get("بلدة تل شهاب") == "Attack", got


def test_a_ship_hit_directly_is_no_wounded_person():
    r = one("صنعاء - أعلن الحوثيون استهداف سفينة تجارية في البحر الأحمر بصاروخ، ما أدى إلى إصابتها إصابة مباشرة.",
            "2024-02-20")
    assert r.injured is None


def test_a_claim_with_the_claimant_between_its_verb_and_responsibility_is_no_event():
    text = ("أربيل - تعرضت قاعدة حرير لهجوم بطائرة مسيرة مساء الأحد دون وقوع إصابات.\n"
            "وأعلنت “المقاومة الإسلامية في العراق” مسؤوليتها عن الهجوم في بيان.")
    got = rasd.extract(text, published="2024-01-22")
    assert len(got) == 1 and got[0].actor1 == "Islamic Resistance in Iraq"


def test_a_bombing_nobody_claimed_is_told_once():
    text = ("جرابلس - انفجرت دراجة نارية مفخخة قرب سوق الخضار في مدينة جرابلس، ما أدى إلى مقتل ثلاثة مدنيين.\n"
            "وفي مدينة الباب، اختطف مسلحون مجهولون صيدلانياً من منزله.\n"
            "ولم تتبن أي جهة التفجير حتى الآن، فيما اتهمت الحكومة التركية وحدات حماية الشعب بالوقوف وراءه.")
    got = [r for r in rasd.extract(text, published="2021-06-10") if r.sub_event_type.startswith("Remote")]
    assert len(got) == 1


def test_migrants_who_drowned_are_no_conflict_event():
    text = "زوارة - لقي 30 مهاجراً حتفهم إثر غرق قاربهم قبالة سواحل مدينة زوارة غرب طرابلس."
    assert rasd.extract(text, published="2019-08-06") == []


def test_one_as_the_adjective_of_a_family_counts_no_one():
    r = one("سرت - قتل أربعة مدنيين من أسرة واحدة وأصيب آخرون بقصف على حي السواوة.", "2019-08-06")
    assert r.fatalities == 4
    r = one("دمشق - قتل واحد من عناصر الشرطة في هجوم على حاجز في بلدة الضمير.", "2019-08-06")
    assert r.fatalities == 1


def test_a_take_over_whose_place_follows_a_fronted_time_and_a_withdrawal_keeps_its_place():
    text = ("سيطرت قوات الحشد الشعبي، الثلاثاء، على بلدة آمرلي بعد انسحاب عناصر داعش منها.\n"
            "ودارت اشتباكات بين الحشد والتنظيم في قرية البو حسن.")
    got = [r.location_text for r in rasd.extract(text, published="2014-09-03")
           if r.sub_event_type.endswith("territory")]
    assert got == ["بلدة آمرلي"], got


def test_a_city_named_as_the_dateline_and_again_as_a_city_is_no_region():
    text = ("إدلب - سيطرت فصائل المعارضة، السبت، على مدينة إدلب ومبنى المحافظة، بعد انسحاب قوات النظام منها.\n"
            "وشهدت بلدة الفوعة اشتباكات بين الطرفين.")
    got = [r.location for r in rasd.extract(text, published="2015-03-29") if r.sub_event_type.endswith("territory")]
    assert got == ["Idlib"], got


def test_a_weekday_after_sheikh_in_a_village_name_dates_nothing():
    anchor = date(2017, 10, 17)
    assert [d for d in find_dates(normalize("في قرية رجم شيخ الخميس جنوب المدينة").text, anchor)
            if d.date_start] == []


def test_the_dateline_gives_way_to_the_places_told_after_a_fronted_time():
    text = "جرابلس - قصفت الطائرات التركية، السبت، قرى العمارنة وعين البيضا في ريف جرابلس، ما أدى لمقتل مدنيين."
    got = [r for r in rasd.extract(text, published="2019-05-05")]
    assert "Jarabulus" not in [r.location for r in got], [r.location for r in got]
    assert sorted(r.fatalities or 0 for r in got) == [0, 2]


def test_southern_libyan_communal_militias_by_name():
    r = one("سبها - اندلعت اشتباكات بين مسلحين من الطوارق وقبائل التبو في منطقة القرضة.", "2019-01-12")
    assert {r.actor1, r.actor2} == {"Tuareg Ethnic Militia (Libya)", "Tebu Ethnic Militia (Libya)"}


def test_a_teller_whose_forces_did_the_event_is_actor1():
    r = one("إدلب - قالت هيئة تحرير الشام إن مقاتليها أسقطوا طائرة استطلاع روسية فوق بلدة كبانة.",
            "2019-07-02")
    assert r.actor1 == "Hayat Tahrir al-Sham"


def test_deeds_committed_against_counted_victims_are_the_days_killings():
    text = "بانياس - قال ناشطون إن مسلحين موالين للأسد نفذوا عمليات إعدام بحق 14 مدنياً في قرية البيضا."
    r = one(text, "2013-05-03")
    assert r.sub_event_type == "Attack" and r.fatalities == 14
    # a tally told with "في عمليات اغتيال" stays a tally
    text = "إدلب - قتل أكثر من 30 شخصاً في عمليات اغتيال منذ بداية العام في مدينة إدلب."
    assert rasd.extract(text, published="2019-05-03") == []


def test_a_killing_by_aircraft_after_a_take_over_is_an_air_strike():
    text = ("الشرقاط - حررت القوات العراقية قرية الحاج علي.\n"
            "وقال مصدر إن طيران الجيش العراقي قتل 18 إرهابياً في قرية الخانوكة.")
    got = {r.location_text: r.sub_event_type for r in rasd.extract(text, published="2016-09-22")}
    assert got.get("قرية الخانوكة") == "Air/drone strike", got


def test_the_other_camp_after_from_one_side_may_open_the_next_clause():
    r = one("حماة - دارت اشتباكات عنيفة في محيط بلدة كفرنبودة بين جيش العزة من جهة، وقوات النظام من جهة أخرى.",
            "2019-05-22")
    assert (r.actor1, r.actor2) == ("Jaysh al-Izza", "Syrian Government Forces")


def test_a_claim_that_first_tells_the_attack_is_the_attack():
    text = ("حلب - تبنى تنظيم داعش هجوماً انتحارياً بسيارة مفخخة استهدف حاجزاً للجيش الحر في بلدة الراعي، "
            "ما أدى إلى مقتل خمسة مقاتلين.")
    r = one(text, "2017-01-02")
    assert r.sub_event_type == "Suicide bomb" and r.actor1 == "Islamic State"


def test_a_killing_by_shells_after_air_strikes_is_a_shelling_of_its_own():
    text = ("أم درمان - قصف الطيران الحربي للجيش تجمعات لقوات الدعم السريع في حي الثورة.\n"
            "وأفاد مسعفون بمقتل ثلاثة مدنيين جراء قذائف سقطت على منازل في حي العباسية.")
    got = {r.location_text: (r.sub_event_type, r.actor1) for r in rasd.extract(text, published="2023-06-02")}
    assert got.get("حي العباسية", ("",))[0] == "Shelling/artillery/missile attack", got


def test_a_killing_after_a_take_over_is_a_killing_of_its_own_elsewhere():
    text = ("تلعفر - سيطر مسلحو تنظيم داعش على قضاء تلعفر بعد انسحاب القوات الأمنية.\n"
            "وقالت مصادر محلية إن التنظيم أعدم 15 رجلاً في قرية المحلبية.")
    got = {r.location_text: r.sub_event_type for r in rasd.extract(text, published="2014-06-17")}
    assert got.get("قرية المحلبية") == "Attack", got


def test_egypt_and_the_emirates_as_the_sides_that_struck():
    r = one("درنة - وردت مصر بشن غارات جوية على مواقع للتنظيم في منطقة الفتائح شرق درنة.", "2017-05-27")
    assert r.actor1 == "Military Forces of Egypt"


def test_two_explosive_laden_drones_are_drones_not_car_bombs():
    r = one("مأرب - هاجم الحوثيون بطائرتين مسيرتين مفخختين معسكراً للجيش في مديرية صرواح.", "2020-11-21")
    assert r.sub_event_type == "Air/drone strike"


def test_the_accusative_american_adjective_names_who_fired():
    r = one("دير الزور - استهدف 30 صاروخاً أمريكياً مواقع للميليشيات الإيرانية في مدينة البوكمال.", "2018-06-18")
    assert r.actor1 == "Military Forces of the United States"


def test_an_entry_whose_place_follows_a_fronted_time_after_the_others_withdrew_is_a_take_over():
    text = ("منبج - دخلت قوات مجلس منبج العسكري، مساء الجمعة، مدينة منبج بعد انسحاب عناصر داعش منها.")
    r = one(text, "2016-08-13")
    assert r.sub_event_type == "Non-state actor overtakes territory"
    assert r.actor2 == "Islamic State"


def test_a_looting_after_a_take_over_in_the_same_town_is_its_own_event():
    text = ("منبج - سيطرت قوات مجلس منبج العسكري على مدينة منبج بعد طرد عناصر داعش منها.\n"
            "وقام مسلحون بنهب محال تجارية في المدينة.")
    got = sorted(r.sub_event_type for r in rasd.extract(text, published="2016-08-13"))
    assert got == ["Looting/property destruction", "Non-state actor overtakes territory"], got


def test_a_three_letter_town_fronted_before_a_comma_is_a_place():
    text = ("درعا - قصفت قوات النظام بلدة اليادودة بقذائف الهاون.\n"
            "وفي طفس، اغتال مسلحون مجهولون شاباً أمام منزله.")
    got = {r.sub_event_type: r.location for r in rasd.extract(text, published="2021-07-15")}
    assert got.get("Attack") == "Tafas", got


def test_shells_that_fell_with_their_count_between_are_a_shelling():
    r = one("بنغازي - سقطت أربع قذائف هاون على حي الصابري وسط المدينة دون وقوع إصابات.", "2016-02-05")
    assert r.sub_event_type == "Shelling/artillery/missile attack"
    got = rasd.extract("دمشق - احتفل الأهالي بسقوط النظام في ساحة الأمويين.", published="2024-12-09")
    assert not any(r.event_type == "Explosions/Remote violence" for r in got)


def test_the_occupations_tanks_and_boats_are_israels():
    r = one("خان يونس - قصفت زوارق الاحتلال قوارب الصيادين قبالة سواحل خان يونس.", "2024-06-06")
    assert r.actor1 == "Israeli Forces"


def test_syrian_rebel_coalitions_of_2015_by_name():
    r = one("إدلب - سيطرت فصائل جيش الفتح على مدينة جسر الشغور بعد معارك مع قوات النظام.", "2015-04-25")
    assert r.actor1 == "Jaish al-Fatah"
    r = one("دمشق - اشتبك عناصر كتائب أكناف بيت المقدس مع مسلحي داعش في شارع الثلاثين.", "2015-04-02")
    assert {r.actor1, r.actor2} == {"Aknaf Bayt al-Maqdis", "Islamic State"}
