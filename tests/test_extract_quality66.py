"""Errors found on unseen reports of the Syrian and Iraqi battles of 2012-2017 (round 66): sieges,
offensives, liberation communiqués of Iraqi state media. Each test is a sentence written for it,
not a report of the batch."""
from __future__ import annotations

import rasd


def test_a_storming_that_inflicted_losses_on_a_named_armed_side_is_a_fight_with_it():
    # "وكبدت X خسائر": the side that took losses was fighting, so the storming is no attack on the
    # people of the quarter
    text = ("اقتحمت قوات الجيش العراقي صباح اليوم حي الزهراء شرقي مدينة الموصل، "
            "وكبدت مسلحي داعش خسائر كبيرة في الأرواح.")
    recs = rasd.extract(text, published="2016-11-20")
    assert recs
    assert all(r.sub_event_type != "Attack" and r.actor2 != "Civilians" for r in recs)
    assert any(r.actor2 == "Islamic State" and not r.civilian_targeting for r in recs)


def test_a_quarter_named_like_a_governorate_is_no_governorate():
    # "حي القادسية" is a quarter of several cities; the governorate of that name is no quarter
    # (no container told: the dateline's city is the quarter's)
    text = ("سامراء - قتل جنديان وأصيب ثلاثة آخرون بانفجار عبوة ناسفة زرعها مسلحو داعش "
            "على طريق في حي القادسية، بحسب مصدر أمني.")
    recs = rasd.extract(text, published="2015-02-08")
    assert recs
    assert all(r.admin1 != "Al-Qadissiya" for r in recs)
    assert any(r.admin1 == "Salah Al-Din" for r in recs)


def test_ground_taken_is_not_taken_from_the_civilians_who_live_on_it():
    text = ("أفاد ناشطون بأن قوات النظام سيطرت صباح اليوم على دوار الليرمون، "
            "الذي كان يربط الأحياء الشرقية لمدينة حلب حيث يقيم نحو 200 ألف مدني بريفها الشمالي.")
    recs = rasd.extract(text, published="2016-07-20")
    taken = [r for r in recs if r.sub_event_type == "Government regains territory"]
    assert taken
    assert all(r.actor2 != "Civilians" for r in taken)


def test_ground_taken_with_no_side_named_in_a_regains_sentence_is_that_regains_step():
    text = ("أعلن قائد العمليات تحرير مدينة بيجي من عصابات داعش الإرهابية، "
            "بعد السيطرة على حي العصري آخر معاقل التنظيم شمالي المدينة.")
    recs = rasd.extract(text, published="2016-09-22")
    assert recs
    assert all(r.actor1 != "Unidentified Armed Group" for r in recs)
    assert all(r.sub_event_type == "Government regains territory" for r in recs)


def test_a_higher_toll_another_source_gives_is_the_top_of_the_range():
    text = ("قصفت قوات النظام بلدة عين ترما بالصواريخ، ما أدى إلى مقتل 17 مدنياً بحسب الدفاع المدني، "
            "فيما قالت شبكة حقوقية إن الحصيلة بلغت 26 قتيلاً.")
    recs = rasd.extract(text, published="2014-03-02")
    assert recs
    r = recs[0]
    assert r.fatalities == 17
    assert r.fatalities_high == 26
