"""Errors found on reports read by their form (round 72): daily roundups told place by place,
background-heavy pieces, claims and denials, sieges and dates. Each test is a sentence written for
it, not a report of the batch."""
from __future__ import annotations

import rasd

from helpers import first_of


def test_a_campaigns_running_toll_told_after_the_days_strike_keeps_the_strike():
    text = ("قال الدفاع المدني إن 17 مدنياً قتلوا الثلاثاء بغارات جوية على بلدتي عربين وزملكا، "
            "مشيراً إلى أن حصيلة الضحايا منذ بدء الحملة قبل أسبوعين تجاوزت 600 قتيل.")
    recs = rasd.extract(text, published="2018-02-28")
    strikes = [r for r in recs if r.sub_event_type == "Air/drone strike"]
    assert {r.location_text for r in strikes} >= {"عربين", "زملكا"}
    assert max(r.fatalities or 0 for r in strikes) == 17


def test_a_roundups_day_total_is_not_the_last_events_toll():
    text = ("قتل ثمانية مدنيين بقصف مدفعي على مدينة تلبيسة في ريف حمص. وفي ريف إدلب، قتل مدنيان "
            "بغارة على بلدة كفرنبل. وبذلك ترتفع حصيلة ضحايا اليوم إلى 10 قتلى.")
    recs = rasd.extract(text, published="2016-04-12")
    last = [r for r in recs if "كفرنبل" in r.location_text]
    assert last and all(r.fatalities == 2 for r in last)
    assert not any(r.fatalities == 10 for r in recs)


def test_a_bloody_day_before_the_news_is_not_todays_toll():
    text = ("قتل 12 مدنياً اليوم الأربعاء برصاص قوات الأمن في مدينة دير الزور، بعد يوم دام قتل "
            "فيه نحو 60 شخصاً في المدينة.")
    recs = rasd.extract(text, published="2011-08-10")
    today = [r for r in recs if r.event_date == "2011-08-10"]
    assert today and all(r.fatalities == 12 for r in today)


def test_the_movements_adjective_counts_houthi_fighters():
    text = "قتل 15 حوثياً في معارك مع قوات الجيش الوطني في جبهة نهم شرقي صنعاء، يوم السبت."
    recs = rasd.extract(text, published="2020-01-19")
    assert recs
    assert any("Houthi Movement" in (r.actor1, r.actor2) for r in recs)


def test_the_syrian_revolution_general_commission_is_no_hts():
    text = "وقالت الهيئة العامة للثورة السورية إن 35 شخصاً قتلوا اليوم الجمعة في مدينة حمص."
    recs = rasd.extract(text, published="2013-04-02")
    assert recs
    assert not any("Hayat Tahrir al-Sham" in (r.actor1, r.actor2) for r in recs)


def test_a_claim_opening_a_roundups_item_tells_a_new_attack():
    text = ("تبنى تنظيم الدولة الهجوم الذي استهدف حاجزاً لقوات النظام في مدينة السخنة شرقي حمص. "
            "وفي العراق، تبنى التنظيم تفجير عبوة ناسفة استهدفت دورية للجيش العراقي قرب مدينة سامراء، "
            "ما أسفر عن مقتل جنديين.")
    recs = rasd.extract(text, published="2018-04-22")
    bomb = first_of(recs, "Remote explosive/landmine/IED")
    assert bomb.location == "Samarra"
    assert bomb.fatalities == 2


def test_marwahin_in_a_list_is_a_village_not_a_helicopter():
    text = ("قصف الجيش الإسرائيلي بالمدفعية أطراف بلدتي الضهيرة ومروحين في جنوب لبنان، صباح "
            "الأربعاء.")
    recs = rasd.extract(text, published="2023-11-01")
    assert any(r.location == "Marwahin" for r in recs)
    assert all(r.sub_event_type == "Shelling/artillery/missile attack" for r in recs)


def test_a_helicopter_still_drops_barrels():
    text = "ألقت مروحيتان تابعتان لقوات النظام براميل متفجرة على بلدة اللطامنة بريف حماة."
    recs = rasd.extract(text, published="2015-06-01")
    assert recs and all(r.sub_event_type == "Air/drone strike" for r in recs)


def test_a_fighter_jet_named_by_its_model_carries_its_nations_adjective():
    text = "قصفت طائرات F-16 العراقية، مساء الخميس، أوكاراً لعناصر داعش في جبال حمرين."
    recs = rasd.extract(text, published="2021-03-19")
    assert recs
    assert all(r.sub_event_type == "Air/drone strike" for r in recs)
    assert all(r.actor1 == "Iraqi Security Forces" for r in recs)


def test_a_strike_that_caused_no_casualties_still_happened():
    text = "لم تسفر الغارة التي استهدفت أطراف بلدة كنصفرة في جبل الزاوية عن أي إصابات، وفق ناشطين."
    recs = rasd.extract(text, published="2020-06-09")
    assert recs
    assert all(r.fatalities is None and r.injured is None for r in recs)


def test_a_negated_strike_is_still_no_event():
    text = "لم تقصف الطائرات الروسية بلدة كنصفرة اليوم، بحسب ناشطين."
    assert rasd.extract(text, published="2020-06-09") == []


def test_the_holder_of_places_left_out_of_a_take_over_lost_nothing():
    text = ("سيطرت فصائل المعارضة على مدينة منبج باستثناء القرى التي تسيطر عليها قسد، بعد انسحاب "
            "قوات النظام منها.")
    recs = rasd.extract(text, published="2024-12-08")
    taken = [r for r in recs if r.sub_event_type == "Non-state actor overtakes territory"]
    assert taken
    assert all(r.actor2 != "Syrian Democratic Forces" for r in taken)


def test_a_dateline_with_its_day_on_a_line_of_its_own_dates_the_report():
    text = ("الموصل – 7 تموز (يوليو)\n"
            "قتل ثلاثة جنود عراقيين بانفجار عبوة ناسفة استهدفت دوريتهم في حي الزنجيلي غربي الموصل.")
    recs = rasd.extract(text, published="2017-07-08")
    assert recs
    assert all(r.event_date == "2017-07-07" for r in recs)


def test_a_dateline_date_inside_a_sentence_is_read_as_before():
    text = "الموصل – 7 تموز قتل ثلاثة جنود عراقيين بانفجار عبوة ناسفة في حي الزنجيلي غربي الموصل."
    recs = rasd.extract(text, published="2017-07-08")
    assert recs and all(r.event_date == "2017-07-07" for r in recs)


def test_a_countrys_toll_shared_out_by_governorate_is_no_event_at_each():
    text = ("وثق ناشطون مقتل 95 شخصاً في سوريا يوم الجمعة، بينهم 40 في حمص و30 في درعا و25 في "
            "حلب.")
    assert rasd.extract(text, published="2012-06-01") == []


def test_a_toll_shared_out_by_town_with_its_strike_stays():
    text = "قتل 20 مدنياً بينهم 5 في دوما و15 في حرستا بقصف مدفعي لقوات النظام."
    recs = rasd.extract(text, published="2014-02-01")
    assert sorted((r.location_text, r.fatalities) for r in recs) == [("حرستا", 15), ("دوما", 5)]


def test_a_toll_shared_out_item_by_item_gives_each_item_its_own_dead():
    text = ("وثق المرصد مقتل 9 مدنيين يوم الأحد، توزعوا على النحو التالي: خمسة في حلب بغارات روسية "
            "على حي الشعار، وأربعة في إدلب بقصف مدفعي لقوات النظام على بلدة سراقب.")
    recs = rasd.extract(text, published="2016-08-14")
    got = sorted((r.location_text, r.fatalities) for r in recs)
    assert ("حي الشعار", 5) in got and ("بلدة سراقب", 4) in got
    assert not any(r.fatalities == 9 for r in recs)
