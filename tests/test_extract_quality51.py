"""Errors found on unseen reports from Syria and Iraq (quality round 51): 2012-2015 wire copy,
SANA and SOHR, Iraq's war with the Islamic State and its protests, the north-east's drones.
Each test is a sentence written for it, not a report of the batch."""
from __future__ import annotations

import rasd


def test_an_agency_dateline_under_a_headline_is_no_place_of_the_event():
    text = ("حصيلة اليوم: 40 قتيلاً برصاص قوات النظام\n"
            "بيروت (رويترز) - قال ناشطون إن 40 شخصاً قتلوا اليوم برصاص قوات النظام وقصفها في مناطق "
            "متفرقة من سوريا.")
    recs = rasd.extract(text, published="2013-04-09")
    assert not any("بيروت" in r.location_text for r in recs)
    placed = ("قتل مدنيان اليوم في قصف لقوات النظام على بلدة كفرزيتا.\n"
              "عمان (أ ف ب) - قال ناشطون إن القصف استهدف سوق البلدة.")
    assert any("كفرزيتا" in r.location_text for r in rasd.extract(placed, published="2013-04-09"))


def test_state_media_our_army_is_the_countrys_army_and_the_doer():
    text = ("نفذت وحدات من جيشنا الباسل عملية نوعية ضد تجمع للإرهابيين في بلدة عربين بريف دمشق "
            "أسفرت عن مقتل 9 منهم.")
    recs = rasd.extract(text, published="2014-02-03")
    assert recs
    assert recs[0].actor1 == "Syrian Government Forces"
    assert recs[0].actor2 != "Syrian Government Forces"
    iraq = "وقال بيان لخلية الإعلام الأمني إن قطعات جيشنا قتلت 7 إرهابيين في قضاء الشرقاط."
    recs = rasd.extract(iraq, published="2016-09-12")
    assert recs and recs[0].actor1 == "Iraqi Security Forces"


def test_an_execution_after_a_fight_is_an_attack_of_its_own():
    text = ("دارت معارك عنيفة بين تنظيم داعش وفصائل الجيش الحر في قرية الطيبة. "
            "وأعدم التنظيم لاحقاً خمسة مقاتلين من الجيش الحر أسرهم في قرية الحصان.")
    recs = rasd.extract(text, published="2014-06-21")
    at = [r for r in recs if "الحصان" in r.location_text]
    assert at and at[0].sub_event_type == "Attack"
    assert at[0].fatalities == 5
    assert any(r.sub_event_type == "Armed clash" and "الطيبة" in r.location_text for r in recs)


def test_a_short_town_name_after_a_preposition_is_a_place():
    text = "وثق ناشطون مقتل ثلاثة مدنيين بينهم طفلان جراء غارات روسية على بنش شرق إدلب."
    recs = rasd.extract(text, published="2020-01-28")
    assert [r.location for r in recs] == ["Binnish"]
    assert recs[0].fatalities == 3
    text = ("قصفت قوات النظام بالمدفعية بلدة كفرنبل. وقتلت امرأة في غارة جوية على حاس ظهر اليوم.")
    recs = rasd.extract(text, published="2019-06-02")
    at = [r for r in recs if r.fatalities == 1]
    assert at and all(r.location_text == "حاس" for r in at)


def test_an_aerial_aggression_is_an_air_strike():
    text = ("دمشق - سانا\nنفذ العدو الإسرائيلي عدواناً جوياً بعد منتصف الليل على بعض النقاط في محيط "
            "مطار دمشق الدولي.")
    recs = rasd.extract(text, published="2022-06-10")
    assert recs
    assert all(r.sub_event_type == "Air/drone strike" for r in recs)
    assert recs[0].actor1 == "Israeli Forces"


def test_a_military_source_is_no_casualty():
    text = ("قصفت طائرات مسيرة مواقع للجيش في ريف حماة الشمالي. وقال مصدر عسكري إن القصف أدى إلى "
            "إصابة جنديين بجروح.")
    recs = rasd.extract(text, published="2023-10-05")
    assert recs and recs[0].injured == 2
    text = "وأفاد مصدر عسكري بأن الهجوم على حاجز قرب بلدة الصنمين أسفر عن مقتل عنصرين من الأمن."
    recs = rasd.extract(text, published="2023-10-05")
    assert recs and recs[0].fatalities == 2


def test_a_person_before_a_joined_number_is_one_more_of_it():
    text = ("قتل قيادي في الفرقة الرابعة وخمسة من عناصره بهجوم لخلايا تنظيم داعش على حاجز في "
            "بادية السخنة.")
    recs = rasd.extract(text, published="2022-11-14")
    assert recs and recs[0].fatalities == 6
    text = "قتلت امرأة و3 من أطفالها بقصف مدفعي على بلدة معرة مصرين."
    recs = rasd.extract(text, published="2020-02-11")
    assert recs and recs[0].fatalities == 4


def test_and_that_he_is_no_town():
    text = ("قال التحالف الدولي إنه نفذ ضربة جوية في حي الزنجيلي غرب الموصل وإنه يحقق في تقارير "
            "عن سقوط ضحايا مدنيين.")
    recs = rasd.extract(text, published="2017-05-30")
    assert recs and not any(r.location == "Wana" for r in recs)
    assert any("الزنجيلي" in r.location_text for r in recs)


def test_car_bombs_destroyed_beside_a_killing_are_no_bombing():
    text = ("حررت قطعات الفرقة المدرعة التاسعة قرية كوكجلي شرق الموصل، وتمكنت من قتل 18 إرهابياً "
            "وتدمير 4 عجلات مفخخة قبل وصولها إلى أهدافها.")
    recs = rasd.extract(text, published="2016-11-01")
    assert recs
    assert all(r.sub_event_type != "Remote explosive/landmine/IED" for r in recs)
    assert any(r.sub_event_type == "Government regains territory" and r.fatalities == 18 for r in recs)


def test_fighters_in_the_construct_head_a_count():
    text = ("وقال مصدر في الحشد العشائري إن 6 من مقاتلي العشائر قتلوا وأصيب 9 آخرون بهجوم لداعش "
            "على قرية البو نمر شرق هيت.")
    recs = rasd.extract(text, published="2014-10-30")
    assert recs and recs[0].fatalities == 6 and recs[0].injured == 9


def test_a_number_of_rockets_counts_no_one():
    text = "أفاد مصدر في الشرطة بسقوط أربعة صواريخ كاتيوشا قرب مطار بغداد الدولي مساء السبت."
    recs = rasd.extract(text, published="2020-03-15")
    assert recs
    assert all(r.fatalities is None for r in recs)
    text = "قتل 3 مدنيين بسقوط قذائف هاون على حي باب توما."
    recs = rasd.extract(text, published="2015-03-15")
    assert recs and recs[0].fatalities == 3


def test_an_inflicting_verb_ends_a_list_of_villages():
    text = ("قصفت المدفعية التركية قرى شيلادزي وبيكوفا وألحقت أضراراً بالمنازل دون إصابات.")
    recs = rasd.extract(text, published="2021-05-02")
    assert recs
    assert not any("الحق" in r.location_text.replace("أ", "ا") for r in recs)


def test_protesters_who_burned_in_protest_rioted():
    text = "أضرم محتجون غاضبون النار في مقر حزب سياسي بمدينة الكوت احتجاجاً على مقتل متظاهر."
    recs = rasd.extract(text, published="2019-12-02")
    assert recs and recs[0].sub_event_type == "Violent demonstration"
    text = "تظاهر المئات في مدينة الكوت احتجاجاً على إحراق مقر نقابة المعلمين."
    recs = rasd.extract(text, published="2019-12-02")
    assert recs and recs[0].sub_event_type == "Peaceful protest"


def test_restoring_security_and_stability_to_a_town_retakes_it():
    text = "دمشق - سانا\nوحدات من جيشنا الباسل تعيد الأمن والاستقرار إلى بلدة الزارة في ريف حمص الغربي."
    recs = rasd.extract(text, published="2014-03-08")
    assert recs and recs[0].sub_event_type == "Government regains territory"
    assert recs[0].actor1 == "Syrian Government Forces"
    aim = "وأكد المحافظ أن الجهود مستمرة لإعادة الأمن والاستقرار إلى بلدة الزارة."
    assert not rasd.extract(aim, published="2014-03-08")


def test_a_toll_figure_after_a_time_between_commas_counts():
    text = ("ارتفع عدد ضحايا القصف على سوق بلدة كفرنبل، مساء الثلاثاء، إلى 14 مدنياً بينهم "
            "أربعة أطفال.")
    recs = rasd.extract(text, published="2016-03-02")
    assert recs and recs[0].fatalities == 14
    assert recs[0].event_date == "2016-03-01"


def test_a_quarter_told_in_another_town_of_the_governorate_is_not_the_citys():
    text = "قتل ثلاثة مدنيين جراء قصف مدفعي استهدف حي الأشرفية في مدينة عفرين مساء الأحد."
    recs = rasd.extract(text, published="2018-03-12")
    assert recs and recs[0].location != "Aleppo - al-Ashrafiyah"
    assert abs(recs[0].latitude - 36.51) < 0.05
    text = "قتل ثلاثة مدنيين جراء قصف مدفعي استهدف حي الأشرفية في مدينة حلب مساء الأحد."
    recs = rasd.extract(text, published="2016-03-12")
    assert recs and recs[0].location == "Aleppo - al-Ashrafiyah"


def test_hoisting_the_flag_over_a_place_takes_it():
    text = ("دخلت قطعات الجيش العراقي مركز قضاء الشرقاط ورفعت العلم العراقي فوق مبنى القائممقامية "
            "صباح اليوم.")
    recs = rasd.extract(text, published="2016-09-22")
    assert recs and recs[0].sub_event_type == "Government regains territory"
    assert recs[0].actor1 == "Iraqi Security Forces"


def test_gunmen_believed_to_be_from_a_force_are_that_force():
    text = ("قتل سبعة مدنيين بهجوم شنه مسلحون يرجح أنهم من خلايا تنظيم داعش على قرية الحاوي في "
            "قضاء المقدادية.")
    recs = rasd.extract(text, published="2021-11-03")
    assert recs and recs[0].actor1 == "Islamic State"
    assert recs[0].actor2 == "Civilians" and recs[0].sub_event_type == "Attack"


def test_an_open_square_is_no_place_name():
    text = ("أفاد مصدر أمني بسقوط صاروخ في ساحة مفتوحة داخل قاعدة بلد الجوية دون خسائر بشرية.")
    recs = rasd.extract(text, published="2020-01-12")
    assert recs
    assert not any("مفتوحة" in r.location_text for r in recs)


def test_protesters_who_undertook_a_storming_rioted():
    text = ("البصرة - أقدم محتجون غاضبون، ليل الجمعة، على اقتحام مبنى مجلس المحافظة في البصرة "
            "وإحراقه بعد انسحاب عناصر الحماية منه.")
    recs = rasd.extract(text, published="2018-09-08")
    assert recs
    assert all(r.sub_event_type == "Violent demonstration" for r in recs)
    assert all(r.actor2 != "Protesters" for r in recs)


def test_a_nationality_after_civilians_names_no_force():
    text = ("وقالت الشرطة إن مسلحين يرتدون زياً عسكرياً اختطفوا فجر اليوم 16 عاملاً تركياً من موقع "
            "بناء في منطقة الحبيبية شرقي بغداد.")
    recs = rasd.extract(text, published="2015-09-02")
    assert recs and recs[0].sub_event_type == "Abduction/forced disappearance"
    assert "Turkish Forces" not in (recs[0].actor1, recs[0].actor2)


def test_a_daily_toll_dates_the_events_it_lists():
    text = ("وثق المرصد السوري استشهاد 86 شخصاً يوم أمس الأربعاء، بينهم 31 مدنياً.\n"
            "ففي محافظة إدلب استشهد 6 مواطنين جراء قصف الطيران الحربي على بلدة سرمين.")
    recs = rasd.extract(text, published="2013-05-16")
    assert recs and recs[0].event_date == "2013-05-15"


def test_soldiers_joined_to_an_officer_are_the_states():
    text = "أسفر هجوم لمسلحي داعش في قضاء الطارمية شمالي بغداد عن مقتل ضابط وجنديين."
    recs = rasd.extract(text, published="2017-06-04")
    assert recs and recs[0].fatalities == 3
    assert recs[0].actor2 == "Iraqi Security Forces"


def test_where_the_withdrawing_force_went_is_not_taken():
    text = ("سيطر مقاتلو المعارضة على بلدة خان طومان بعد انسحاب قوات النظام والميليشيات الموالية "
            "لها باتجاه بلدة الحاضر.")
    recs = rasd.extract(text, published="2016-05-06")
    assert any("خان طومان" in r.location_text for r in recs)
    assert not any("الحاضر" in r.location_text for r in recs)
