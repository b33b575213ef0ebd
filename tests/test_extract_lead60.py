"""Errors found on reports written for round 60 (stop 16): each test is a sentence written for it."""
from __future__ import annotations

import rasd

from helpers import fields_at


sides = fields_at("2024-05-02", "sub_event_type", "actor1", "actor2", "civilian_targeting")


def test_a_commander_killed_at_his_house_is_his_forces_not_a_civilian():
    # the house says where he was shot; "قيادياً في <force>" says whom the gunmen hit
    out = sides("اغتال مسلحون مجهولون يستقلون سيارة، مساء الثلاثاء، قيادياً في مجلس منبج العسكري التابع "
                "لقوات سوريا الديمقراطية، بإطلاق النار عليه قرب منزله في قرية العون بريف منبج.")
    assert out == [("Attack", "Unidentified Armed Group", "Syrian Democratic Forces", False)]


def test_fighters_among_a_larger_toll_keep_the_civilians():
    out = sides("قصفت طائرة مسيرة منزلاً في بلدة الطيبة، ما أسفر عن مقتل ستة أشخاص بينهم عناصر من "
                "حزب الله.", "2024-10-11")
    assert [(t, a2) for t, _, a2, _ in out] == [("Air/drone strike", "Civilians")]


def test_the_parent_of_the_force_hit_is_not_the_subject_of_the_next_verb():
    # "التابع لقوات سوريا الديمقراطية" names the victim's force again; it must not become the
    # subject of "بإطلاق النار" and turn the gunmen into the side hit
    out = sides("قتل مسلحون مجهولون يستقلون سيارة، مساء الثلاثاء، قيادياً في مجلس منبج العسكري التابع "
                "لقوات سوريا الديمقراطية، بإطلاق النار عليه قرب منزله في قرية العون بريف منبج.")
    assert [(a1, a2) for _, a1, a2, _ in out] == [("Unidentified Armed Group", "Syrian Democratic Forces")]


def test_wire_copys_plain_words_for_rebels_name_the_opposition():
    out = sides("قتل خمسة مسلحين معارضين في اشتباكات مع القوات الحكومية قرب مدينة داريا.", "2014-02-20")
    assert [(t, a2) for t, _, a2, _ in out] == [("Armed clash", "Free Syrian Army")]


def test_a_siege_since_a_year_describes_the_place_not_the_shelling():
    out = sides("وتعرضت أحياء مدينة داريا المحاصرة منذ أكثر من عام لقصف مدفعي عنيف صباح اليوم.", "2014-01-09")
    assert [t for t, *_ in out] == ["Shelling/artillery/missile attack"]


def test_a_toll_after_a_fight_and_the_arrest_that_set_it_off_is_the_fights():
    out = rasd.extract("اندلعت اشتباكات عنيفة بين كتيبة ثوار طرابلس وقوة الردع في منطقة سوق الجمعة بطرابلس، إثر "
                       "اعتقال قوة الردع لأحد قادة الكتيبة في مدينة الزاوية. وأعلنت وزارة الصحة ارتفاع حصيلة "
                       "القتلى إلى 12 قتيلاً و40 جريحاً.", published="2022-05-17")
    by_type = {r.sub_event_type: (r.fatalities, r.injured) for r in out}
    assert by_type["Armed clash"] == (12, 40)
    assert by_type.get("Arrests", (None, None)) == (None, None)


def test_a_district_of_another_governorate_is_not_told_finer_by_a_village_elsewhere():
    # the village lies in a district the gazetteer reads only at district precision; it still
    # says where the village is, and Hayran (Hajjah) is not it; the strike on the citizen's car is
    # the same air force's
    out = rasd.extract("شن طيران العدوان السعودي الأمريكي 6 غارات على مديرية حيران بمحافظة حجة، وغارتين على منطقة "
                       "خولان بمحافظة صنعاء. وأوضح مصدر أن إحدى الغارتين استهدفت سيارة مواطن في منطقة الأعروش "
                       "بمديرية خولان، ما أدى إلى استشهاده.", published="2017-02-14")
    got = [(r.location, r.actor1) for r in out]
    assert got[0] == ("Hayran", "Saudi-led Coalition")
    assert all(a1 == "Saudi-led Coalition" for _, a1 in got)


def test_houthi_medias_saudi_enemy_is_the_coalition():
    out = rasd.extract("قصف العدو السعودي بالمدفعية والصواريخ مناطق متفرقة من مديرية رازح الحدودية.", published="2019-02-03")
    assert [(r.sub_event_type, r.actor1) for r in out] == [("Shelling/artillery/missile attack", "Saudi-led Coalition")]


def test_a_town_entered_after_an_agreement_changed_hands_without_a_fight():
    out = rasd.extract("دخلت قوات النظام بلدة طفس إثر اتفاق مع فصائل المعارضة برعاية روسية.", published="2018-07-20")
    assert [r.sub_event_type for r in out] == ["Non-violent transfer of territory"]


def test_the_side_whose_defences_collapsed_lost_the_ground():
    out = rasd.extract("اقتحمت فصائل المعارضة بلدة خان شيخون، بعد انهيار دفاعات قوات النظام، وسيطرت على البلدة بالكامل.",
                       published="2015-05-30")
    assert [(r.sub_event_type, r.actor2) for r in out] == [("Non-state actor overtakes territory", "Syrian Government Forces")]


def test_fighting_that_goes_on_is_the_days_fight_unless_told_as_daily():
    on = rasd.extract("وتتواصل الاشتباكات بين قوات النظام وفصائل المعارضة على محور بلدة اللطامنة.", published="2019-06-03")
    assert [r.sub_event_type for r in on] == ["Armed clash"]
    daily = rasd.extract("وتواصل قوات النظام قصفها اليومي على بلدة اللطامنة.", published="2019-06-03")
    assert daily == []


def test_what_happened_before_something_else_keeps_its_own_actor_and_toll():
    out = rasd.extract("قصفت قوات القذافي بالدبابات أحياء في مدينة مصراتة، ما أدى إلى مقتل 12 شخصاً، قبل أن تتدخل طائرات "
                       "بريطانية وتدمر عدداً من الدبابات في محيط المدينة.", published="2011-04-20")
    assert [(r.sub_event_type, r.actor1, r.fatalities) for r in out] == [
        ("Shelling/artillery/missile attack", "Military Forces of Libya", 12)]


def test_state_medias_terrorists_before_hts_existed_are_no_hts():
    early = rasd.extract("قتل خمسة أشخاص بانفجار عبوة ناسفة زرعتها المجموعات الإرهابية المسلحة في حي القابون بدمشق.",
                         published="2013-04-02")
    late = rasd.extract("قتل خمسة أشخاص بانفجار عبوة ناسفة زرعتها المجموعات الإرهابية المسلحة في حي القابون بدمشق.",
                        published="2019-04-02")
    assert [r.actor1 for r in early] == ["Unidentified Armed Group"]
    assert [r.actor1 for r in late] == ["Hayat Tahrir al-Sham"]


def test_a_dateline_with_its_filing_day_is_still_a_dateline():
    from rasd.extract.frames import plain_dateline
    from rasd.text.normalize import normalize
    assert plain_dateline(normalize("حماة في 9 شوال 1434 هـ - قصفت ...").text) == "حماه"
    assert plain_dateline(normalize("درعا، 12 آذار/مارس 2013 - قتل ...").text) == "درعا"
    out = rasd.extract("حمص في 9 شوال 1434 هـ - قتل سبعة أشخاص، أمس، إثر انفجار سيارة مفخخة يقودها انتحاري في "
                       "حي الزهراء بحمص.")
    assert [(r.sub_event_type, r.location, r.fatalities) for r in out] == [("Suicide bomb", "Homs - al-Zahra", 7)]


def test_clearing_mines_is_no_explosion_but_a_mine_that_kills_a_deminer_is():
    out = rasd.extract("أعلنت الشرطة تحرير حي الشفاء في مدينة الموصل. وقال المتحدث باسمها إن عمليات تمشيط الحي من "
                       "الألغام جارية.", published="2017-07-12")
    assert [r.sub_event_type for r in out] == ["Government regains territory"]
    out = rasd.extract("قتل ثلاثة من عناصر الهندسة بانفجار لغم أثناء عمليات تمشيط حي الشفاء في مدينة الموصل.",
                       published="2017-07-12")
    assert [(r.sub_event_type, r.fatalities) for r in out] == [("Remote explosive/landmine/IED", 3)]


def test_iraqi_statements_members_of_the_forces_are_counted_and_are_the_side_hit():
    out = rasd.extract("استشهد منتسبان في الشرطة الاتحادية وأصيب ثالث بانفجار عبوة ناسفة في قضاء الطارمية.",
                       published="2020-03-04")
    assert [(r.actor1, r.actor2, r.fatalities, r.injured) for r in out] == [
        ("Unidentified Armed Group", "Iraqi Security Forces", 2, 1)]


def test_captives_executed_after_a_take_over_are_a_killing_of_their_own():
    out = rasd.extract("سيطر مسلحو تنظيم داعش على بلدة الشرقاط بعد انسحاب القوات الأمنية منها. وقال شهود إن التنظيم "
                       "أعدم عشرين رجلاً في أحياء البلدة.", published="2014-06-12")
    by_type = {r.sub_event_type: r.fatalities for r in out}
    assert by_type == {"Non-state actor overtakes territory": None, "Attack": 20}


def test_south_of_a_city_is_near_it_not_at_its_point():
    near = rasd.extract("شنت طائرات التحالف غارة على مواقع للتنظيم جنوبي مدينة الموصل.", published="2016-10-20")
    at = rasd.extract("شنت طائرات التحالف غارة على مواقع للتنظيم وسط مدينة الموصل.", published="2016-10-20")
    assert [(r.location, r.geo_precision) for r in near] == [("Mosul", 2)]
    assert [(r.location, r.geo_precision) for r in at] == [("Mosul", 1)]


def test_the_cause_told_after_on_the_background_of_is_no_event_at_the_fights_place():
    out = rasd.extract("قتل ثلاثة عناصر من الشرطة في اشتباكات مع مسلحين من عشيرة البو حمد في بلدة هيت، مساء الأحد، على خلفية "
                       "اعتقال أحد أبناء العشيرة.", published="2021-03-08")
    assert [r.sub_event_type for r in out] == ["Armed clash"]


def test_goods_seized_are_no_place_taken():
    spoils = rasd.extract("هاجمت خلايا التنظيم نقطة لقوات النظام في بادية المسرب. وانسحب المهاجمون بعد أن استولوا على "
                          "سيارة عسكرية وكمية من الذخائر.", published="2023-09-04")
    assert [r.sub_event_type for r in spoils] == ["Armed clash"]
    seized = rasd.extract("استولى مسلحون مجهولون على سيارة تابعة لمنظمة إغاثية في مدينة الرقة.", published="2023-09-04")
    assert [r.sub_event_type for r in seized] == ["Looting/property destruction"]


def test_a_verb_that_runs_into_the_aircrafts_name_is_still_the_strike():
    out = rasd.extract("دمرت طائرات التحالف ثلاث آليات للحوثيين في مديرية حرض.", published="2018-03-02")
    assert [(r.sub_event_type, r.actor1) for r in out] == [("Air/drone strike", "Saudi-led Coalition")]


def test_a_roundups_list_counts_its_heads_kind_and_fighters_by_means_are_the_side_hit():
    out = rasd.extract("وثق المرصد السوري مقتل 4 أشخاص اليوم، وهم: ثلاثة عناصر من قوات سوريا الديمقراطية بهجوم لخلايا "
                       "التنظيم في بلدة الشحيل، وامرأة برصاص مجهولين في مدينة الرقة.", published="2022-10-03")
    got = {r.location: (r.actor2, r.fatalities) for r in out}
    assert got["al-Shuhayl"] == ("Syrian Democratic Forces", 3)
    assert got["Ar Raqqah"] == ("Civilians", 1)


def test_the_attackers_who_burned_the_protesters_tents_are_no_rioters():
    out = rasd.extract("قتل 12 متظاهراً في هجوم شنه مسلحون مجهولون على المعتصمين في ساحة الحبوبي. وأحرق المهاجمون "
                       "الخيام التي نصبها المحتجون في الساحة.", published="2019-11-29")
    assert "Violent demonstration" not in [r.sub_event_type for r in out]


def test_warships_shell_they_do_not_strike_from_the_air():
    out = rasd.extract("قصفت البوارج الحربية التابعة للتحالف مواقع الحوثيين في مديرية التحيتا.", published="2018-06-20")
    assert [(r.sub_event_type, "warship" in r.weapons) for r in out] == [("Shelling/artillery/missile attack", True)]


def test_the_side_that_announces_a_deed_past_a_time_did_it():
    out = rasd.extract("أعلنت جماعة أنصار الله، مساء الخميس، تنفيذ هجوم بطائرات مسيرة استهدف مطار جازان في "
                       "السعودية.", published="2021-11-05")
    assert [(r.sub_event_type, r.actor1) for r in out] == [("Air/drone strike", "Houthi Movement")]


def test_a_country_glued_to_bi_after_a_place_is_where_the_target_lies():
    out = rasd.extract("صنعاء - نفذت طائرات مسيرة هجوماً استهدف منشأة نفطية في منطقة جازان بالسعودية.",
                       published="2022-03-20")
    assert [r.actor1 for r in out] and all(r.actor1 != "Saudi-led Coalition" for r in out)


def test_the_force_that_shot_the_drones_down_did_not_strike():
    out = rasd.extract("تعرض مقر قيادة العمليات المشتركة في بغداد لهجوم بطائرتين مسيرتين مفخختين، أسقطت القوات الأمنية "
                       "إحداهما، فيما سقطت الأخرى قرب المقر.", published="2022-05-02")
    assert out and all(r.actor1 != "Iraqi Security Forces" for r in out)


def test_a_verbs_object_between_a_time_and_the_means_joins_the_event_under_a_dateline():
    out = rasd.extract("الرقة - اغتال مسلحون مجهولون يستقلون دراجة نارية، مساء الأحد، قيادياً في قوات سوريا "
                       "الديمقراطية، بإطلاق النار عليه قرب منزله في بلدة الكرامة.", published="2024-02-12")
    assert [(r.location, r.actor2) for r in out] == [("Al Karamah", "Syrian Democratic Forces")]


def test_a_fight_that_took_a_toll_of_civilians_is_no_civilian_targeting():
    out = rasd.extract("طرابلس - اندلعت اشتباكات عنيفة بين جهاز دعم الاستقرار وقوة الردع في منطقة أبو سليم، إثر احتجاز "
                       "قوة الردع لأحد قادة الجهاز في مطار معيتيقة. وأعلن مركز طب الطوارئ ارتفاع حصيلة القتلى إلى 20 "
                       "قتيلاً و60 جريحاً.", published="2024-08-12")
    assert [(r.sub_event_type, r.civilian_targeting) for r in out if r.sub_event_type == "Armed clash"] == [
        ("Armed clash", False)]


def test_areas_of_control_are_a_state_not_a_take_over():
    out = rasd.extract("وتشهد مناطق سيطرة فصائل المعارضة في ريف حلب الشمالي انفجارات جراء عبوات ناسفة.",
                       published="2019-02-10")
    assert "Non-state actor overtakes territory" not in [r.sub_event_type for r in out]


def test_two_aims_governed_by_one_lam_are_both_aims():
    out = rasd.extract("هاجم مسلحون حاجزاً للجيش في قرية الحصن، ما أدى إلى مقتل جندي. وأطلقت قوات الانتقالي عملية "
                       "للسيطرة على المديرية وطرد عناصر التنظيم منها.", published="2022-09-01")
    assert [r.sub_event_type for r in out if "territory" in r.sub_event_type] == []


def test_forces_that_burned_the_sit_ins_tents_make_no_riot():
    out = rasd.extract("فضت قوات الأمن بالقوة اعتصام المحتجين أمام مبنى المحافظة في مدينة الناصرية، مستخدمة الرصاص الحي، "
                       "ما أسفر عن مقتل 4 أشخاص، فيما أحرقت القوات خيام المعتصمين.", published="2019-11-30")
    assert [r.sub_event_type for r in out] == ["Excessive force against protesters"]


def test_gaddafis_security_brigades_are_his_army():
    out = rasd.extract("اشتبك الثوار مع الكتائب الأمنية الموالية للقذافي في منطقة سوق الجمعة بطرابلس.", published="2011-08-22")
    assert [(r.sub_event_type, r.actor2) for r in out] == [("Armed clash", "Military Forces of Libya")]


def test_an_embassy_is_no_place_of_its_own():
    out = rasd.extract("بغداد - سقطت ثلاثة صواريخ كاتيوشا داخل المنطقة الخضراء وسط بغداد قرب مجمع السفارة الأمريكية، "
                       "دون أن تسفر عن إصابات.", published="2020-02-16")
    assert [r.location for r in out] == ["Baghdad - Green Zone"]


def test_the_town_villages_are_told_around_is_no_event_place_when_they_are_named():
    named = rasd.extract("سيطرت فصائل المعارضة على قرى (تل حاصل، تل عرن والحمام) جنوبي مدينة السفيرة.",
                         published="2013-09-20")
    assert "As Safirah" not in [r.location for r in named]
    alone = rasd.extract("سيطرت فصائل المعارضة على ثلاث قرى جنوبي مدينة السفيرة.", published="2013-09-20")
    assert [(r.location, r.geo_precision) for r in alone] == [("As Safirah", 2)]


def test_a_river_is_no_place_of_the_event():
    out = rasd.extract("أعلنت قيادة العمليات المشتركة أن القوات الأمنية سيطرت على الضفة الشرقية لنهر دجلة في مدينة تكريت.",
                       published="2015-03-30")
    assert "Dijla" not in [r.location for r in out]


def test_a_curated_place_abroad_counts_when_the_report_names_its_country():
    out = rasd.extract("صنعاء - تبنت جماعة الحوثي هجوماً بطائرات مسيرة استهدف منشأة أرامكو في بقيق بالمنطقة الشرقية "
                       "في السعودية.", published="2019-09-14")
    assert [r.location for r in out] == ["Abqaiq"]


def test_a_fire_brought_under_control_is_no_take_over():
    out = rasd.extract("المكلا - استهدف هجوم بطائرة مسيرة مستودعاً للوقود في مدينة المكلا، ما أدى إلى اندلاع حريق.\n"
                       "وقالت السلطات المحلية إن الحرائق في المستودع تمت السيطرة عليها.", published="2021-04-03")
    assert "Non-state actor overtakes territory" not in [r.sub_event_type for r in out]
    assert "Government regains territory" not in [r.sub_event_type for r in out]


def test_an_event_told_two_days_before_by_another_of_its_words_is_dated_back():
    out = rasd.extract("وجاء القصف بعد يومين من مقتل قائد ميداني بغارة جوية على بلدة الهبيط.", published="2019-05-20")
    assert [(r.sub_event_type, r.event_date) for r in out] == [("Air/drone strike", "2019-05-18")]


def test_forces_named_after_a_burning_verb_are_no_rioters():
    out = rasd.extract("كسلا - فضت قوات الدعم السريع والشرطة بالقوة اعتصام المحتجين أمام مقر الحكومة، فجر الأربعاء، "
                       "مستخدمة الرصاص الحي، ما أسفر عن مقتل ثلاثة أشخاص على الأقل، فيما أحرقت القوات خيام المعتصمين.",
                       published="2020-06-10")
    assert "Violent demonstration" not in [r.sub_event_type for r in out]


def test_a_force_that_arrested_two_is_the_arrester():
    out = rasd.extract("اعتقلت قوات الأمن اثنين من عناصر داعش في قضاء الطارمية شمال بغداد.", published="2021-03-02")
    assert [(r.sub_event_type, r.actor1, r.actor2) for r in out] == [
        ("Arrests", "Iraqi Security Forces", "Islamic State")]


def test_what_the_teller_announced_after_which_gives_the_event_no_places():
    out = rasd.extract("طرطوس - قتل 12 عنصراً من الأمن العام وعدد من المدنيين، مساء الجمعة، في هجمات شنها مسلحون من فلول "
                       "النظام على حواجز أمنية في ريف بانياس، بحسب وزارة الداخلية، التي أعلنت فرض حظر تجول في مدينتي "
                       "طرطوس وحمص.", published="2025-03-08")
    assert [r.location for r in out] == ["Banyas"]


def test_gunmen_of_a_group_open_a_fight_between_two_sides():
    out = rasd.extract("اندلعت اشتباكات بين مسلحين من أبناء العشائر البدوية وفصائل محلية درزية في بلدة المزرعة بريف "
                       "السويداء.", published="2025-07-14")
    assert [(r.actor1, r.actor2) for r in out] == [("Bedouin Militia", "Druze Militia")]


def test_forces_firing_on_rioting_protesters_is_one_violent_demonstration():
    out = rasd.extract("أحرق محتجون غاضبون مقر الحزب الحاكم في مدينة الدامر، الأربعاء. وقالت مصادر إن قوات الأمن أطلقت "
                       "الرصاص الحي لتفريق المتظاهرين، ما أدى إلى مقتل شاب.", published="2018-12-21")
    assert [(r.sub_event_type, r.fatalities) for r in out] == [("Violent demonstration", 1)]
