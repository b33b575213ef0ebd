"""Errors found on reports from Yemen, Saudi Arabia and the Red Sea (2015-2026) (round 70). Each
test is a sentence written for it, not a report of the batch."""
from __future__ import annotations

import pytest

import rasd


def test_a_saudi_city_struck_from_yemen_is_an_event_place_when_the_country_is_named():
    text = "سقط صاروخ باليستي أطلقه الحوثيون على نجران في السعودية مساء الاثنين، ما أدى إلى إصابة طفلين."
    recs = rasd.extract(text, published="2019-03-12")
    assert [r.location for r in recs] == ["Najran"]
    assert recs[0].actor1 == "Houthi Movement"


def test_a_capital_named_as_a_government_is_no_event_place():
    # (the large-city rule holds only for the countries of `struck_abroad`, not Turkey)
    text = ("قالت أنقرة في تركيا إن قواتها قصفت مواقع لوحدات حماية الشعب في قرية تل رفعت بريف حلب "
            "الشمالي اليوم.")
    recs = rasd.extract(text, published="2018-03-01")
    assert recs
    assert not any(r.location == "Ankara" for r in recs)


def test_the_base_of_a_saudi_city_is_not_a_yemeni_village_of_its_first_word():
    text = ("أعلنت جماعة الحوثي في اليمن، الثلاثاء، أنها استهدفت قاعدة خميس مشيط الجوية في السعودية "
            "بطائرة مسيرة.")
    recs = rasd.extract(text, published="2021-08-03")
    assert [r.location for r in recs] == ["Khamis Mushait"]


def test_shada_district_is_read_as_written_in_yemeni_reports():
    text = "أصيب مواطنان بقصف مدفعي سعودي على مديرية شدا الحدودية بمحافظة صعدة، اليوم الخميس."
    recs = rasd.extract(text, published="2020-10-01")
    assert len(recs) == 1
    assert recs[0].location == "Shada'a"


def test_a_projectile_that_fell_is_shelling():
    text = "أصيب خمسة مدنيين، الأحد، جراء سقوط مقذوف أطلقته جماعة الحوثي على قرية حدودية في مديرية رازح بصعدة."
    recs = rasd.extract(text, published="2019-02-10")
    assert recs
    assert recs[0].sub_event_type == "Shelling/artillery/missile attack"
    assert recs[0].injured == 5


def test_the_southern_separatists_and_the_transitional_councils_forces_are_the_stc():
    text = ("اندلعت مواجهات عنيفة، اليوم الأحد، بين قوات الانتقالي والقوات الحكومية في مدينة "
            "شقرة بمحافظة أبين.")
    recs = rasd.extract(text, published="2020-05-17")
    assert recs
    assert "Southern Transitional Council" in (recs[0].actor1, recs[0].actor2)
    text = "سيطر الانفصاليون الجنوبيون على معسكر في مدينة زنجبار بعد اشتباكات مع الجيش الحكومي أمس."
    recs = rasd.extract(text, published="2019-08-30")
    assert recs
    assert any(r.actor1 == "Southern Transitional Council" for r in recs)


def test_sanaa_forces_are_the_houthis_and_no_place():
    text = "قالت مصادر عسكرية إن قوات صنعاء شنت هجوماً على مواقع القوات الحكومية في مديرية حريب بمأرب اليوم."
    recs = rasd.extract(text, published="2021-09-20")
    assert recs
    assert all(r.actor1 == "Houthi Movement" for r in recs)
    assert not any(r.location == "Sanaa" for r in recs)


def test_a_crowd_crush_is_no_attack():
    text = "لقي 12 شخصاً حتفهم وأصيب 30 آخرون، اليوم، في تدافع أمام مركز لتوزيع الغذاء في مدينة إب."
    assert rasd.extract(text, published="2021-01-05") == []


def test_the_port_a_distance_at_sea_is_counted_from_is_no_event_place():
    text = ("تعرضت ناقلة نفط لهجوم بصاروخ حوثي في خليج عدن على بعد نحو 60 ميلاً بحرياً من ميناء عدن، "
            "مساء الخميس.")
    recs = rasd.extract(text, published="2024-02-09")
    assert [r.location for r in recs] == ["Gulf of Aden"]


def test_two_schools_near_the_blast_are_no_place():
    text = "أصيب تسعة طلاب في انفجار عبوة ناسفة في منطقة سعوان بصنعاء قرب مدرستين، صباح الثلاثاء."
    recs = rasd.extract(text, published="2019-04-09")
    assert len(recs) == 1
    assert "مدرستين" not in recs[0].location_text


def test_the_shelling_retold_at_another_place_keeps_its_side():
    text = ("أصيب ثلاثة مواطنين جراء قصف مدفعي سعودي استهدف منازل المواطنين في مديرية منبه بمحافظة صعدة، "
            "اليوم. وأوضح مصدر محلي أن القصف طال أيضاً مناطق متفرقة من مديرية قطابر.")
    recs = rasd.extract(text, published="2020-01-01")
    assert len(recs) == 2
    assert all(r.actor1 == "Saudi-led Coalition" for r in recs)


def test_the_houthis_drone_force_named_by_their_spokesman_is_the_houthis():
    text = ("أعلن بيان عسكري في صنعاء أن سلاح الجو المسير نفذ عملية هجومية بطائرتين مسيرتين "
            "استهدفت مطار جازان في السعودية، مساء السبت.")
    recs = rasd.extract(text, published="2021-02-15")
    assert recs
    assert all(r.actor1 == "Houthi Movement" for r in recs)


def test_missiles_of_launchers_struck_are_no_shelling():
    text = ("قالت اللجنة الدولية للصليب الأحمر إن مستشفى تدعمه في صعدة استقبل جثث 12 طفلاً قتلوا في ضربة "
            "جوية أصابت حافلة في سوق بمنطقة مجز، الأحد. وقال التحالف إن الضربة استهدفت منصات إطلاق صواريخ.")
    recs = rasd.extract(text, published="2018-09-03")
    assert [r.sub_event_type for r in recs] == ["Air/drone strike"]


def test_a_civilian_ministry_named_by_its_states_adjective_only_tells_the_news():
    text = ("أعلنت وزارة الطاقة السعودية أن محطة لتوزيع الوقود في جازان تعرضت فجر الأحد لهجوم بطائرة مسيرة، "
            "وتبنت جماعة الحوثي الهجوم.")
    recs = rasd.extract(text, published="2021-03-01")
    assert recs
    assert all(r.actor1 == "Houthi Movement" for r in recs)


def test_the_toll_of_an_air_forces_aggression_is_its_air_strike():
    text = "ارتفعت حصيلة العدوان الصهيوني على محطة كهرباء حزيز جنوب صنعاء إلى 4 شهداء و30 جريحاً."
    recs = rasd.extract(text, published="2025-05-07")
    assert [r.sub_event_type for r in recs] == ["Air/drone strike"]
    assert recs[0].actor1 == "Israeli Forces"


def test_ras_isa_port_is_in_hodeidah():
    text = "شنت طائرات أمريكية ثلاث غارات على ميناء رأس عيسى النفطي غرب اليمن، فجر الجمعة."
    recs = rasd.extract(text, published="2025-04-18")
    assert len(recs) == 1
    assert recs[0].location == "Ras Isa port"
    assert recs[0].admin1 == "Al Hudaydah"


@pytest.mark.parametrize("text, published, actor", [
    pytest.param(("قتل تسعة مجندين في هجوم انتحاري بسيارة مفخخة أمام منزل قائد قوات الأمن في مدينة عتق، الاثنين، "
                  "وتبنى تنظيم القاعدة الهجوم."), "2017-06-12", "Al-Qaeda in the Arabian Peninsula",
                 id="the_house_of_a_forces_commander_names_the_side_hit"),
    pytest.param("اختطف مسلحون يتبعون جماعة الحوثي، الخميس، ثلاثة معلمين من قرية في مديرية جبل حبشي غرب تعز.", "2021-02-04", "Houthi Movement",
                 id="gunmen_who_follow_a_side_are_that_side"),
    pytest.param("سيطرت القوات الموالية للمجلس الانتقالي الجنوبي، الخميس، على معسكر في مدينة زنجبار.", "2019-08-29", "Southern Transitional Council",
                 id="the_forces_loyal_to_the_transitional_council_are_the_stc"),
])
def test_a_side_named_by_who_follows_or_houses_it_is_actor1(text, published, actor):
    recs = rasd.extract(text, published=published)
    assert recs
    assert recs[0].actor1 == actor


def test_a_passenger_plane_that_landed_is_no_air_strike():
    text = ("قتل 15 شخصاً في انفجارات هزت مطار عدن لحظة وصول طائرة تقل وزراء الحكومة، اليوم الأربعاء.")
    recs = rasd.extract(text, published="2020-12-30")
    assert recs
    assert all(r.sub_event_type != "Air/drone strike" for r in recs)


def test_dhahban_north_of_sanaa_is_a_place():
    text = "استهدفت غارات إسرائيلية محطة كهرباء ذهبان شمال العاصمة صنعاء، مساء الخميس."
    recs = rasd.extract(text, published="2025-08-22")
    assert [r.location for r in recs] == ["Dhahaban"]


def test_decimal_degrees_printed_alone_are_read_as_decimals():
    from rasd.geo.printed import parse_printed
    got = parse_printed("14.51234°N 43.99876°E")
    assert (got.lat, got.lon, got.precision) == (14.51234, 43.99876, "decimal")


@pytest.mark.parametrize("text, published, actor", [
    pytest.param(("تعرضت ناقلة نفط لهجوم صاروخي في خليج عدن مساء الاثنين، في هجوم أعلنت جماعة الحوثي "
                  "مسؤوليتها عنه."), "2024-01-29", "Houthi Movement",
                 id="a_claim_whose_claimant_is_told_before_its_pronoun_names_the_attacker"),
    pytest.param(("قتل تسعة أشخاص في انفجارات هزت ميناء المخا، مساء الأحد، واتهمت الحكومة جماعة الحوثي "
                  "باستهداف الميناء بصواريخ باليستية."), "2022-09-12", "Houthi Movement",
                 id="an_accusation_told_by_the_deeds_own_word_names_the_accused"),
    pytest.param(("قتل سبعة مدنيين في انفجار هز سوقاً شعبياً في مديرية بني الحارث بصنعاء، مساء السبت. وتبادل "
                  "الحوثيون والقوات الحكومية الاتهامات بالمسؤولية عن الانفجار."), "2019-06-02", "Unidentified Armed Group",
                 id="sides_that_trade_accusations_name_no_perpetrator"),
])
def test_a_claim_or_accusation_names_the_perpetrator_or_none(text, published, actor):
    recs = rasd.extract(text, published=published)
    assert len(recs) == 1
    assert recs[0].actor1 == actor


def test_a_military_commander_is_one_person_of_the_states_army():
    text = "قتل قائد عسكري واثنان من مرافقيه، صباح الأحد، بانفجار عبوة ناسفة استهدفت سيارتهم في مدينة لودر بأبين."
    recs = rasd.extract(text, published="2019-05-12")
    assert len(recs) == 1
    assert recs[0].fatalities == 3
    assert recs[0].actor2 == "Military Forces of Yemen"


def test_the_dailami_air_base_is_at_sanaa_airport_and_a_family_name_is_no_place():
    text = "استهدفت غارات جوية قاعدة الديلمي الجوية شمال العاصمة صنعاء، فجر الأحد."
    recs = rasd.extract(text, published="2024-02-04")
    assert [r.location for r in recs] == ["Al-Dailami Air Base"]
    assert abs(recs[0].latitude - 15.476) < 0.01
    text = "قال المحلل عبدالله الديلمي إن طائرات أمريكية قصفت مطار الحديدة اليوم."
    assert all(r.location != "Al-Dailami Air Base" for r in rasd.extract(text, published="2024-02-04"))


def test_explosive_laden_drones_in_the_plural_strike_from_the_air():
    text = "قال وزير النفط إن طائرات مسيرة مفخخة هاجمت محطة ضخ للنفط في مديرية صرواح بمأرب، صباح الثلاثاء."
    recs = rasd.extract(text, published="2019-05-14")
    assert [r.sub_event_type for r in recs] == ["Air/drone strike"]


def test_drones_named_right_before_the_verb_of_attacking_strike_from_the_air():
    text = "قال مسؤول محلي إن طائرات مسيرة هاجمت معسكراً في مديرية حريب بمأرب، مساء الجمعة."
    recs = rasd.extract(text, published="2021-09-11")
    assert [r.sub_event_type for r in recs] == ["Air/drone strike"]


def test_forces_of_a_side_right_after_the_verb_are_that_side_acting():
    text = "سيطرت قوات تابعة للمجلس الانتقالي الجنوبي، فجر الخميس، على مدينة سيئون في وادي حضرموت."
    recs = rasd.extract(text, published="2025-12-04")
    assert recs
    assert recs[0].actor1 == "Southern Transitional Council"
    assert recs[0].actor2 != "Southern Transitional Council"


def test_the_southern_armed_forces_are_the_stc():
    text = "قتل جنديان من القوات المسلحة الجنوبية في هجوم للحوثيين على مواقعهم في جبهة مريس بالضالع، الأحد."
    recs = rasd.extract(text, published="2020-03-08")
    assert recs
    assert recs[0].actor2 == "Southern Transitional Council"


def test_the_missile_force_of_houthi_statements_is_the_houthis():
    text = "وأضاف المتحدث أن القوة الصاروخية أطلقت صاروخاً باليستياً على معسكر في مديرية صرواح، مساء الاثنين."
    recs = rasd.extract(text, published="2021-03-02")
    assert recs
    assert recs[0].actor1 == "Houthi Movement"
    assert recs[0].sub_event_type == "Shelling/artillery/missile attack"


def test_the_stcs_support_brigades_and_islahs_men_in_houthi_media():
    text = "اندلعت اشتباكات بين قوات الدعم والإسناد ومسلحين قبليين في مديرية خور مكسر بعدن، مساء الجمعة."
    recs = rasd.extract(text, published="2020-07-11")
    assert recs
    assert "Southern Transitional Council" in (recs[0].actor1, recs[0].actor2)
    text = "تصدى الجيش واللجان الشعبية لزحف واسع لمرتزقة الإصلاح في مديرية صرواح بمأرب، اليوم."
    recs = rasd.extract(text, published="2020-07-11")
    assert recs
    assert "Military Forces of Yemen" in (recs[0].actor1, recs[0].actor2)


def test_the_urban_districts_of_hodeidah_lie_at_the_city_not_the_governorates_point():
    text = "شن طيران التحالف غارتين على مديرية الحوك في مدينة الحديدة، مساء الأحد."
    recs = rasd.extract(text, published="2018-11-12")
    assert len(recs) == 1
    assert abs(recs[0].latitude - 14.798) < 0.02 and abs(recs[0].longitude - 42.955) < 0.02
