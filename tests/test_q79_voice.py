"""Who speaks and whose forces a pronoun or an affiliation names (fix round q79-voice): each test is
a sentence written for it (none is a sentence of the written sets)."""
from __future__ import annotations

import rasd


def sides(records):
    return {(r.actor1, r.actor2) for r in records}


def test_our_forces_in_a_statement_are_the_force_named_in_its_header():
    text = ("بيان صادر عن قوات سوريا الديمقراطية\n\n"
            "تمكنت قواتنا مساء أمس الثلاثاء من صد هجوم شنه مسلحو تنظيم داعش على نقاط في بلدة الشحيل "
            "بريف دير الزور، وقتلت خمسة من المهاجمين.")
    got = rasd.extract(text, published="2019-03-06")
    assert got and any("Syrian Democratic Forces" in (r.actor1, r.actor2) for r in got)


def test_our_fighters_are_the_force_whose_media_office_signs_the_post():
    text = ("استشهاد ثلاثة من مقاتلينا في قصف مدفعي لقوات النظام على محور كبانة بريف اللاذقية فجر اليوم.\n"
            "المكتب الإعلامي لهيئة تحرير الشام")
    got = rasd.extract(text, published="2019-05-12")
    assert got and any(r.actor2 == "Hayat Tahrir al-Sham" for r in got)


def test_our_forces_after_a_spokesman_of_a_force_in_the_same_line():
    text = ("14:20 - المتحدث باسم قوات الدعم السريع: قواتنا تسيطر على مقر اللواء 92 في مدينة المجلد "
            "بعد معارك مع الجيش.")
    got = rasd.extract(text, published="2024-01-20")
    assert got and any(r.actor1 == "Rapid Support Forces" for r in got)



def test_aircraft_belonging_to_a_side_named_after_them_are_that_sides():
    text = ("قتل ثلاثة مدنيين في غارة جوية لطيران تابع لقوات الدعم السريع استهدفت سوقاً شعبياً في "
            "مدينة الدلنج، ظهر اليوم السبت.")
    got = rasd.extract(text, published="2024-11-09")
    assert got and got[0].actor1 == "Rapid Support Forces"


def test_indefinite_aircraft_of_theirs_are_the_side_named_before():
    text = ("أرسلت قوات سوريا الديمقراطية تعزيزات إلى ريف منبج، فيما شنت طائرات مسيرة تابعة لها "
            "غارات على مواقع الفصائل قرب قرية عون الدادات صباح اليوم.")
    got = rasd.extract(text, published="2024-12-20")
    strikes = [r for r in got if r.sub_event_type == "Air/drone strike"]
    assert strikes and strikes[0].actor1 == "Syrian Democratic Forces"



def test_a_bomber_before_the_verb_is_its_subject_and_the_side_after_it_was_hit():
    text = ("انتحاري يستهدف قوات سوريا الديمقراطية في الشدادي\n\n"
            "قالت مصادر محلية إن انفجاراً هز حاجزاً عند المدخل الجنوبي لمدينة الشدادي بريف الحسكة صباح "
            "اليوم، ما أدى إلى مقتل عنصرين.")
    got = rasd.extract(text, published="2019-07-14")
    assert got and all(r.actor1 != "Syrian Democratic Forces" for r in got)


def test_the_council_in_a_councils_statement_is_that_council():
    text = ("بيان صادر عن مجلس شورى مجاهدي درنة\n\n"
            "قصفت سرايا المدفعية التابعة للمجلس بقذائف الهاون تمركزات قوات حفتر في منطقة الظهر الحمر "
            "جنوب مدينة درنة مساء أمس.")
    got = rasd.extract(text, published="2017-09-03")
    assert got and got[0].actor1 == "Mujahideen Shura Council of Derna"


def test_the_bare_council_in_a_news_report_names_no_one():
    text = ("قال المجلس في جلسته إن قوات حفتر قصفت بقذائف الهاون منازل في منطقة الظهر الحمر جنوب "
            "مدينة درنة مساء أمس.")
    got = rasd.extract(text, published="2017-09-03")
    assert got and got[0].actor1 == "Libyan National Army"


def test_aircraft_of_the_defence_ministry_named_before_are_the_countrys_army():
    text = ("بغداد - دفعت وزارة الدفاع بتعزيزات عسكرية إلى قضاء الطارمية شمال بغداد، فيما شنت طائرات "
            "تابعة لها غارات على أوكار لعناصر داعش في جزر الطارمية فجر اليوم.")
    got = rasd.extract(text, published="2021-03-11")
    strikes = [r for r in got if r.sub_event_type == "Air/drone strike"]
    assert strikes and strikes[0].actor1 == "Iraqi Security Forces"


def test_aircraft_of_another_countrys_defence_ministry_are_not_the_local_army():
    text = ("بغداد - أعلنت وزارة الدفاع التركية إرسال تعزيزات إلى الحدود، فيما شنت طائرات مسيرة "
            "تابعة لها غارات على مواقع في قضاء سنجار غرب الموصل فجر اليوم.")
    got = rasd.extract(text, published="2021-03-11")
    assert all(r.actor1 != "Iraqi Security Forces" for r in got)


def test_a_live_blogs_first_entries_are_no_headline_lending_their_side():
    text = ("مباشر | معارك بنغازي.. اليوم الثالث\n\n"
            "08:20 - تعليق الرحلات في مطار بنينة الدولي بعد غارة جوية لسلاح الجو التابع لقوات الوفاق "
            "استهدفت مخزناً للذخيرة، دون إصابات.\n\n"
            "09:30 - اشتباكات متقطعة بين قوات الوفاق وقوات حفتر في محور القوارشة.\n\n"
            "10:10 - وزارة الصحة: ارتفاع حصيلة القتلى منذ بدء المعارك إلى 30 قتيلاً.\n\n"
            "10:50 - المتحدث باسم البلدية: إغلاق المدارس حتى إشعار آخر.\n\n"
            "11:20 - البعثة الأممية تدعو إلى وقف إطلاق النار.\n\n"
            "11:40 - الهلال الأحمر: مقتل متطوع إثر استهداف سيارة إسعاف بالرصاص في منطقة الهواري.\n")
    got = rasd.extract(text, published="2019-05-10")
    shot = [r for r in got if r.sub_event_type == "Attack"]
    assert shot and shot[0].actor1 != "Military Forces of Libya"
