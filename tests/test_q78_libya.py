"""Errors found on unseen Libya reports, 2011-2024 (quality round q78-libya): each test is a sentence
written for it (none is a sentence of eval/written/q78-libya)."""
from __future__ import annotations

import rasd

from helpers import by_place


def test_the_transitional_councils_forces_are_the_ntc_in_libya_2011():
    text = ("بني وليد - قصفت قوات الانتقالي بصواريخ الغراد تمركزات الكتائب الموالية للقذافي في منطقة "
            "المردوم جنوب المدينة، صباح اليوم الأحد.")
    got = rasd.extract(text, published="2011-09-25")
    assert got and all(r.actor1 == "National Transitional Council" for r in got)


def test_the_transitional_councils_forces_stay_the_stc_in_yemen():
    text = ("عدن - قصفت قوات الانتقالي بالمدفعية مواقع ألوية الحماية الرئاسية في مديرية دار سعد، "
            "مساء اليوم الخميس.")
    got = rasd.extract(text, published="2019-08-08")
    assert got and all(r.actor1 == "Southern Transitional Council" for r in got)


def test_the_national_transitional_council_by_its_full_name():
    text = ("أعلنت قوات المجلس الوطني الانتقالي اليوم الاثنين سيطرتها على بلدة الأصابعة بعد معارك مع "
            "كتائب القذافي.")
    got = rasd.extract(text, published="2011-08-15")
    assert got and got[0].actor1 == "National Transitional Council"


def test_wagner_mercenaries_are_the_wagner_group_not_russias_army():
    text = ("طرابلس - قتل طفلان إثر انفجار لغم زرعه مرتزقة شركة فاغنر الروسية في مزرعة بمنطقة "
            "خلة الفرجان، وفق جهاز الإسعاف، مساء اليوم.")
    got = rasd.extract(text, published="2020-06-20")
    assert got and got[0].actor1 == "Wagner Group"


def test_a_day_and_month_after_martyrs_name_a_brigade_not_a_date():
    text = ("قالت مصادر محلية إن مسلحين هاجموا مقر كتيبة شهداء 17 فبراير في منطقة الكيش ببنغازي، "
            "ما أدى إلى مقتل حارسين.")
    got = rasd.extract(text, published="2013-11-25")
    assert got and all(r.event_date == "2013-11-25" for r in got)


def test_martyrs_in_a_brigades_name_count_no_one():
    text = ("هاجمت قوات الصاعقة اليوم الثلاثاء معسكر كتيبة شهداء بوعطني في منطقة الهواري ببنغازي.")
    got = rasd.extract(text, published="2014-10-14")
    assert got and all(r.fatalities is None for r in got)


def test_fighting_that_spread_on_before_it_ended_is_fighting_at_each_place():
    text = ("اندلعت اشتباكات عنيفة فجر اليوم بين قوة الردع وجهاز دعم الاستقرار في منطقة قصر بن غشير، "
            "قبل أن تمتد إلى مناطق عين زارة والسواني.")
    got = {r.location_text.removeprefix("منطقة ") for r in rasd.extract(text, published="2022-05-16")
           if r.sub_event_type == "Armed clash"}
    assert {"قصر بن غشير", "عين زارة", "السواني"} <= got


def test_what_happened_next_after_before_that_adds_no_places():
    text = ("قصفت قوات حفتر بالمدفعية منطقة عين زارة، قبل أن تنسحب آلياتها نحو مدينة ترهونة.")
    got = {r.location_text for r in rasd.extract(text, published="2019-09-02")}
    assert "مدينة ترهونة" not in got and "ترهونة" not in got


def test_tripoli_quarters_of_the_militia_wars_are_in_tripoli():
    text = ("طرابلس - تجددت الاشتباكات مساء اليوم بين مسلحين في منطقة الفرناج وشارع الزاوية "
            "وسط العاصمة.")
    got = {r.location_text.removeprefix("منطقة "): r for r in rasd.extract(text, published="2023-05-29")}
    assert got["شارع الزاوية"].admin1 == "Tripoli" and got["الفرناج"].admin1 == "Tripoli"


def test_the_airport_flights_were_diverted_to_is_no_event_place():
    text = ("سقطت خمس قذائف صاروخية على مدرج مطار معيتيقة فجر اليوم، أطلقتها قوات حفتر، ما تسبب في "
            "إيقاف الملاحة الجوية وتحويل الرحلات إلى مطار مصراتة الدولي.")
    got = rasd.extract(text, published="2019-12-02")
    assert got and not any("مصراتة" in r.location_text or r.location in ("Misratah", "Misrata") for r in got)


def test_a_hashtags_words_are_no_place():
    text = ("#عملية_بركان_الغضب | قواتنا تصد تقدماً لميليشيات حفتر في محور اليرموك.\n"
            "#عملية_بركان_الغضب | مدفعية حفتر تقصف منازل المواطنين في منطقة الهضبة ما أدى إلى إصابة طفلين.")
    got = rasd.extract(text, published="2019-10-20")
    assert got and not any("بركان" in r.location_text for r in got)


def test_a_media_offices_sign_off_is_no_place():
    text = ("ميليشيات حفتر تقصف بصواريخ الغراد منطقة أبوسليم وإصابة امرأة.\n"
            "المجد للشهداء والنصر لقواتنا")
    got = rasd.extract(text, published="2019-12-10")
    assert got and not any(r.location_text.startswith("المجد") for r in got)


def test_reinforcements_sent_to_repel_any_attack_are_no_clash():
    text = ("دفعت حكومة الوحدة الوطنية، اليوم الخميس، بتعزيزات عسكرية إلى منطقة الهيرة جنوب العاصمة "
            "لصد أي هجوم قد تشنه المجموعات المسلحة القادمة من الجبل.")
    got = rasd.extract(text, published="2022-05-19")
    assert not any(r.sub_event_type in ("Armed clash", "Attack") for r in got)


def test_an_attack_repelled_is_still_a_clash():
    text = ("تمكنت قوات الوفاق، مساء اليوم، من صد هجوم لقوات حفتر على محور الطويشة جنوب طرابلس.")
    got = rasd.extract(text, published="2019-07-11")
    assert any(r.sub_event_type == "Armed clash" for r in got)


def test_gaddafis_security_brigades_are_libyas_forces_in_2011():
    text = ("اندلعت اشتباكات عنيفة، صباح اليوم، بين الثوار والكتائب الأمنية عند البوابة الشرقية لمدينة "
            "الزاوية، قتل فيها ثلاثة من الثوار.")
    got = rasd.extract(text, published="2011-03-04")
    assert got and got[0].actor2 == "Military Forces of Libya"


def test_the_air_base_is_not_al_qaeda():
    text = ("سبها - قالت مصادر محلية إن مسلحين هاجموا القاعدة الجوية في منطقة براك الشاطئ فجر اليوم، "
            "ما أدى إلى مقتل أربعة جنود.")
    got = rasd.extract(text, published="2017-05-18")
    assert got and not any("Qaeda" in (r.actor1 or "") or "Qaeda" in (r.actor2 or "") for r in got)


def test_a_report_called_baseless_after_it_is_told_is_no_event():
    text = ("وفي منطقة الجفرة، أكد آمر القاعدة أن الأنباء المتداولة عن سيطرة قوات الوفاق على بلدة "
            "سوكنة عارية عن الصحة.")
    got = rasd.extract(text, published="2020-06-10")
    assert not any(r.sub_event_type.endswith("territory") for r in got)


def test_a_burned_portrait_is_no_attack():
    text = ("أظهر مقطع مصور متداول اليوم إحراق مسلحين لصورة كبيرة للعقيد معمر القذافي في ساحة "
            "بمدينة سرت.")
    got = rasd.extract(text, published="2011-10-21")
    assert not any(r.sub_event_type == "Attack" for r in got)


def test_a_toll_of_fighting_continuing_for_days_does_not_replace_the_days_dead():
    text = ("قتل تسعة أشخاص اليوم في اشتباكات بين مسلحين من التبو وأولاد سليمان في حي المنشية بمدينة "
            "سبها، لترتفع حصيلة المواجهات المستمرة منذ أسبوعين إلى أكثر من خمسين قتيلاً.")
    got = rasd.extract(text, published="2018-03-05")
    assert got and got[0].fatalities == 9


def test_shells_told_noun_first_after_that_fell_on_a_place():
    text = ("وأفاد شهود عيان بأن قذائف سقطت على منازل في منطقة جنزور غرب العاصمة مساء اليوم، دون معرفة "
            "مصدرها.")
    got = rasd.extract(text, published="2014-08-02")
    assert [r.sub_event_type for r in got] == ["Shelling/artillery/missile attack"]


def test_libyan_armed_groups_by_their_names():
    text = ("الكفرة - قتل أربعة أشخاص اليوم في اشتباكات بين مسلحين من قبيلة الزوية ومقاتلين من التبو في "
            "حي الشورى، فيما واصلت قوة حماية درنة صد هجمات الجيش الوطني الليبي على منطقة الساحل الشرقي.")
    got = rasd.extract(text, published="2018-05-30")
    sides = {r.actor1 for r in got} | {r.actor2 for r in got}
    assert {"Zway Tribal Militia (Libya)", "Derna Protection Force"} <= sides
