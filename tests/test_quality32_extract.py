"""Errors found on unseen reports (quality round 32): each test is a sentence written for it."""
from __future__ import annotations

import rasd

from helpers import by_place


def test_a_later_sentence_with_no_time_keeps_the_day_the_report_told():
    text = ("حماة - قتل مدنيان وأصيب أربعة آخرون، يوم السبت، جراء قصف مدفعي استهدف مدينة اللطامنة. "
            "كما طال القصف بلدة كفرزيتا.")
    got = by_place(rasd.extract(text, published="2013-06-10"))
    assert got["مدينة اللطامنة"].event_date == "2013-06-08"
    assert got["بلدة كفرزيتا"].event_date == "2013-06-08"


def test_the_day_of_a_cause_told_after_baad_is_not_carried_on():
    text = ("الرقة - سيطرت قوات سوريا الديمقراطية على قرية الكالطة بعد هجوم شنه تنظيم داعش "
            "الأربعاء الماضي. كما قتل ثلاثة مدنيين في قرية حزيمة على يد مسلحين.")
    got = by_place(rasd.extract(text, published="2017-05-20"))
    assert got["قرية حزيمة"].event_date == "2017-05-20"


def test_a_day_later_than_the_report_is_not_carried_on():
    text = ("الموصل - قصفت طائرات التحالف، في الثلاثين من رجب 1437 هـ، مواقع للتنظيم في بلدة القيارة. "
            "وشنت طائرات أخرى غارات على قرية الشورة.")
    got = by_place(rasd.extract(text, published="2016-05-05"))
    assert got["قرية الشورة"].event_date == "2016-05-05"


def test_a_retelling_that_names_a_town_outside_the_quarter_struck_is_a_new_place():
    text = ("حمص - قتل مدنيان، يوم السبت، جراء غارات استهدفت حي الوعر. "
            "كما طالت الغارات بلدة تلبيسة.")
    got = by_place(rasd.extract(text, published="2013-06-10"))
    assert set(got) == {"حي الوعر", "بلدة تلبيسة"}
    # the city that holds the quarter is still no second place
    text = ("حمص - قتل مدنيان، يوم السبت، جراء غارات استهدفت حي الوعر. "
            "كما طالت الغارات مدينة حمص.")
    assert set(by_place(rasd.extract(text, published="2013-06-10"))) == {"حي الوعر"}


def test_a_gezira_village_of_the_curated_list_is_coded_at_its_own_point():
    text = ("الحصاحيصا - هاجمت قوات الدعم السريع، يوم الأربعاء، قرية ود النورة بولاية الجزيرة "
            "وقتلت عشرات المدنيين.")
    r = by_place(rasd.extract(text, published="2024-06-07"))["قرية ود النورة"]
    assert r.geo_precision == 1 and r.admin1 == "Gezira"
    assert abs(r.latitude - 14.516) < 0.01 and abs(r.longitude - 32.511) < 0.01


def test_a_role_word_before_a_name_with_its_article_still_tells_the_role():
    # "مسلحين" is written without the article in actors.tsv: "مواقع المسلحين" is the side hit
    text = "سرت - شنت طائرات حربية، صباح الأحد، غارات على مواقع المسلحين في منطقة الظهير."
    r = by_place(rasd.extract(text, published="2016-03-13"))["منطقة الظهير"]
    assert r.actor1 == "Unidentified Military Forces"
    assert r.actor2 == "Unidentified Armed Group"
