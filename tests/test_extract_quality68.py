"""Errors found on reports from Syria and Lebanon, 2012-2026 (round 68). Each test is a sentence
written for it, not a report of the batch."""
from __future__ import annotations

import rasd

from helpers import first_of


def test_a_place_before_a_colon_is_a_dateline_and_the_fronted_toll_keeps_its_civilians():
    text = ("إدلب: قتل تسعة مدنيين، مساء الأربعاء، في غارات شنها الطيران الروسي على حي الضبيط "
            "وسط مدينة إدلب.")
    recs = rasd.extract(text, published="2019-08-01")
    assert len(recs) == 1
    assert recs[0].actor1 == "Russian Forces"
    assert recs[0].actor2 == "Civilians"
    assert recs[0].fatalities == 9


def test_a_side_before_a_colon_still_speaks_for_itself():
    text = "قسد: مقتل اثنين من مقاتلينا بقصف تركي على قرية صيدا بريف عين عيسى"
    recs = rasd.extract(text, published="2022-12-01")
    assert recs
    assert recs[0].actor1 == "Turkish Forces"
    assert recs[0].actor2 == "Syrian Democratic Forces"


def test_an_armed_attack_carried_out_by_a_named_cell_is_that_sides():
    text = ("قتل عنصران من قوات سوريا الديمقراطية بهجوم مسلح نفذته خلية تابعة لتنظيم الدولة "
            "الإسلامية على نقطة عسكرية في بلدة الشحيل.")
    recs = rasd.extract(text, published="2024-05-02")
    assert len(recs) == 1
    assert recs[0].actor1 == "Islamic State"
    assert recs[0].actor2 == "Syrian Democratic Forces"


def test_the_crimes_those_arrested_are_involved_in_are_no_event():
    text = ("اعتقلت قوى الأمن الداخلي ثلاثة أشخاص متورطين في عمليات سرقة ونهب في مدينة جرابلس.")
    recs = rasd.extract(text, published="2025-06-11")
    assert [r.sub_event_type for r in recs] == ["Arrests"]


def test_the_revolutions_general_commission_tells_and_fights_nothing():
    text = ("قالت الهيئة العامة للثورة السورية إن 12 شخصاً قتلوا اليوم بقصف مدفعي لقوات النظام على "
            "مدينة الرستن.")
    recs = rasd.extract(text, published="2012-06-20")
    assert len(recs) == 1
    assert recs[0].actor1 == "Syrian Government Forces"
    assert recs[0].actor2 != "Hayat Tahrir al-Sham"


def test_the_bare_hayah_is_hts_only_after_its_founding():
    text = "قصفت الهيئة بالمدفعية مواقع قوات النظام في بلدة كفرنبل."
    later = rasd.extract(text, published="2020-02-02")
    assert later and later[0].actor1 == "Hayat Tahrir al-Sham"
    earlier = rasd.extract(text, published="2014-02-02")
    assert earlier and earlier[0].actor1 != "Hayat Tahrir al-Sham"


def test_the_afrin_liberation_forces_are_a_side_not_a_take_over():
    text = ("قصفت المدفعية التركية، اليوم، قرية مرعناز بريف حلب الشمالي، التي تنتشر فيها قوات تحرير "
            "عفرين.")
    recs = rasd.extract(text, published="2021-09-14")
    assert [r.sub_event_type for r in recs] == ["Shelling/artillery/missile attack"]
    claimed = rasd.extract("تبنت قوات تحرير عفرين هجوماً على نقطة للجيش التركي في قرية كلجبرين.",
                           published="2021-09-14")
    assert claimed and claimed[0].actor1 == "Afrin Liberation Forces"


def test_the_civil_defence_that_tells_is_no_side_of_the_raids_told_after():
    text = ("قتل أربعة مدنيين بغارات روسية على بلدة كنصفرة. وقال الدفاع المدني إن غارات أخرى استهدفت "
            "أطراف بلدة بليون دون وقوع إصابات.")
    recs = rasd.extract(text, published="2020-01-20")
    later = [r for r in recs if "بليون" in r.location_text]
    assert later
    assert later[0].actor1 == "Russian Forces"


def test_a_nationality_after_a_known_town_is_no_part_of_its_name():
    text = "سقطت قذائف مصدرها الأراضي السورية على أطراف بلدة عرسال اللبنانية، اليوم، دون إصابات."
    recs = rasd.extract(text, published="2013-06-02")
    assert recs
    assert recs[0].location_text.endswith("عرسال")
    assert recs[0].latitude is not None and recs[0].geo_precision <= 2


def test_the_quarters_of_lebanese_tripoli_take_the_citys_point():
    text = ("تجددت الاشتباكات، اليوم، بين مسلحين في منطقة جبل محسن ومسلحين في باب التبانة بمدينة "
            "طرابلس شمالي لبنان.")
    recs = rasd.extract(text, published="2013-05-22")
    assert recs
    assert all(abs(r.latitude - 34.43) < 0.05 and abs(r.longitude - 35.84) < 0.05 for r in recs)


def test_a_clash_told_after_a_strike_borrows_neither_its_victims_nor_its_aircraft():
    text = ("قتلت امرأة وطفلها بغارة للطيران الحربي السوري على بلدة عرسال، في وقت تجددت الاشتباكات "
            "في منطقة جبل محسن بطرابلس.")
    recs = rasd.extract(text, published="2013-10-25")
    clash = [r for r in recs if r.sub_event_type == "Armed clash"]
    assert clash
    assert clash[0].actor1 != "Syrian Government Forces"
    assert clash[0].actor2 != "Civilians"
    shelled = rasd.extract("قتل طفلان بقذائف هاون أطلقتها قوات النظام على حي المنشية، وسط اشتباكات "
                           "متقطعة على أطراف حي السبيل.", published="2021-08-12")
    clash = first_of(shelled, "Armed clash")
    assert clash.actor2 != "Civilians"


def test_a_town_named_like_a_common_word_in_a_list_of_towns_is_a_place():
    picked = rasd.extract("قصفت المدفعية الإسرائيلية عدة بلدات حدودية، منها الخيام وكفركلا.",
                          published="2024-10-09")
    assert any("الخيام" in r.location_text for r in picked)
    dual = rasd.extract("شنت طائرات إسرائيلية غارات على بلدتي الخيام وكفركلا.", published="2024-10-09")
    assert any("الخيام" in r.location_text for r in dual)
    regions = rasd.extract("شن الطيران الإسرائيلي غارات على بلدات الجنوب والبقاع.", published="2024-10-09")
    assert not any(r.location_text == "الجنوب" for r in regions)


def test_the_bare_force_refers_back_to_the_force_named_before():
    text = ("توغلت قوة إسرائيلية مؤلفة من أربع آليات في قرية الرفيد بريف القنيطرة الجنوبي، وفتشت عدداً "
            "من المنازل. واعتقلت القوة ثلاثة رعاة من أبناء القرية.")
    recs = rasd.extract(text, published="2025-03-04")
    arrest = first_of(recs, "Arrests")
    assert arrest.actor1 == "Israeli Forces"


def test_state_media_counts_of_terrorists_hit_and_groups_finished_off():
    text = ("أوقعت وحدات من الجيش أعداداً من الإرهابيين قتلى ومصابين في بلدة إنخل بريف درعا. "
            "وذكر مصدر عسكري أن وحدة أخرى من الجيش قضت على مجموعة إرهابية في محيط بلدة جاسم.")
    recs = rasd.extract(text, published="2015-04-12")
    by_place = {r.location_text.split()[-1]: r for r in recs}
    assert by_place["إنخل"].actor1 == "Syrian Government Forces"
    assert "جاسم" in by_place and by_place["جاسم"].actor1 == "Syrian Government Forces"


def test_an_attack_on_a_position_by_a_force_with_a_default_target_names_it():
    text = ("قال حزب الله في بيان إن مقاتليه استهدفوا موقع المالكية قبالة بلدة عيترون بالأسلحة "
            "المناسبة، اليوم الثلاثاء.")
    recs = rasd.extract(text, published="2023-11-21")
    assert recs
    assert recs[0].actor1 == "Hezbollah"
    assert recs[0].actor2 == "Israeli Forces"


def test_a_dateline_named_like_a_town_abroad_is_the_report_countrys():
    text = ("السويداء - اعتصم العشرات، اليوم الأحد، في ساحة الكرامة، مطالبين بالإفراج عن المعتقلين في "
            "سجون النظام السوري.")
    recs = rasd.extract(text, published="2023-10-01")
    assert recs
    assert recs[0].admin1 == "As-Sweida"
    assert recs[0].location != "Al Karamah"


def test_the_city_pointed_back_to_is_no_square_or_hospital():
    text = ("درعا - تظاهر العشرات، اليوم الأحد، في ساحة الكرامة وسط المدينة، مطالبين بالكشف عن مصير "
            "المعتقلين في سجون النظام السوري.")
    recs = rasd.extract(text, published="2023-10-08")
    assert recs
    assert recs[0].location != "Al Karamah"
    assert recs[0].admin1 == "Dar'a"


def test_another_unit_is_the_army_named_before():
    text = ("دمرت وحدات من جيشنا الباسل تحصينات للإرهابيين في بلدة الشيخ مسكين. وذكر مصدر عسكري أن "
            "وحدة أخرى قضت على مجموعة إرهابية قرب بلدة إبطع.")
    recs = rasd.extract(text, published="2015-11-03")
    later = [r for r in recs if "إبطع" in r.location_text]
    assert later and later[0].actor1 == "Syrian Government Forces"


def test_the_time_bodies_were_found_is_not_the_day_of_the_attack():
    text = ("ارتفعت حصيلة قتلى الهجوم الذي شنه عناصر تنظيم داعش على رعاة أغنام في بادية الشولا إلى تسعة، "
            "بعد العثور على جثتي اثنين منهم صباح اليوم. وكان مسلحو التنظيم قد هاجموا الرعاة، مساء "
            "الأربعاء، بالأسلحة الرشاشة.")
    recs = rasd.extract(text, published="2023-04-14")
    dated = {r.event_date for r in recs}
    assert "2023-04-12" in dated
    assert "2023-04-14" not in dated
