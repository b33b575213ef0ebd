"""Errors found on unseen SHORT reports of round 56 (Syria, Iraq, Yemen, Sudan, Libya): breaking-news
urgents, one-line wire items, Telegram-style posts, corrections and updates.
Each test is a sentence written for it, not a report of the batch."""
from __future__ import annotations

import rasd


def test_a_correction_that_states_the_toll_with_huwa_gives_the_figure():
    text = ("تصحيح: عدد قتلى انفجار السيارة المفخخة في سوق بلدة الراعي بريف حلب أمس "
            "هو 12 وليس 21 كما ورد في الخبر السابق.")
    recs = rasd.extract(text, published="2017-01-09")
    assert recs
    assert recs[0].fatalities == 12


def test_an_urgent_in_the_present_tense_says_the_assassinated_man_was_killed():
    text = "عاجل | مسلحون مجهولون يغتالون مختار قرية في ريف الحسكة الجنوبي."
    recs = rasd.extract(text, published="2021-04-03")
    assert recs
    assert recs[0].fatalities == 1


def test_a_hospital_named_after_a_town_told_west_of_a_city_is_coded_at_the_town():
    text = "تحديث | ارتفاع عدد ضحايا القصف المدفعي على مستشفى معرة النعمان جنوبي إدلب إلى 5 قتلى."
    recs = rasd.extract(text, published="2019-08-11")
    assert [r.location for r in recs] == ["Maarrat an Numan"]
    assert recs[0].fatalities == 5


def test_a_street_named_after_a_city_inside_the_city_of_the_report_is_not_that_city():
    text = ("قصفت الكتائب الأحد أحياء في مدينة مصراتة بصواريخ غراد. وأضاف المتحدث أن الثوار صدوا "
            "هجوماً للكتائب على شارع بنغازي وسط المدينة.")
    recs = rasd.extract(text, published="2011-04-20")
    assert "Benghazi" not in [r.location for r in recs]


def test_a_man_shot_by_the_men_of_a_checkpoint_of_a_force_is_that_force_attacking_a_civilian():
    text = "عاجل | مقتل شاب برصاص عناصر حاجز تابع للأمن العسكري عند مدخل مدينة طفس غربي درعا."
    recs = rasd.extract(text, published="2023-05-09")
    assert recs
    assert (recs[0].sub_event_type, recs[0].actor1, recs[0].actor2) == ("Attack", "Syrian Government Forces", "Civilians")


def test_an_attack_on_a_checkpoint_of_a_force_still_makes_the_force_its_target():
    text = "هاجم مسلحون مجهولون حاجزاً تابعاً للأمن العسكري عند مدخل مدينة طفس غربي درعا."
    recs = rasd.extract(text, published="2023-05-09")
    assert recs
    assert recs[0].actor2 == "Syrian Government Forces"


def test_the_side_whose_dead_are_told_before_an_attack_on_the_others_posts_made_the_attack():
    text = "البيضاء | مصرع وإصابة عناصر من الحوثيين في هجوم فاشل على مواقع الجيش الوطني في مديرية ناطع."
    recs = rasd.extract(text, published="2020-03-02")
    assert recs
    assert (recs[0].actor1, recs[0].actor2) == ("Houthi Movement", "Military Forces of Yemen")


def test_a_road_named_like_a_village_abroad_told_inside_a_city_is_placed_in_the_city():
    text = "أغلق محتجون غاضبون طريق الشط في طرابلس بالإطارات المشتعلة احتجاجاً على نقص الوقود."
    recs = rasd.extract(text, published="2022-07-02")
    assert recs
    assert recs[0].admin1 == "Tripoli"


def test_a_dateline_that_is_a_city_and_a_village_abroad_holds_an_unknown_quarter_in_the_city():
    text = "الرمادي - فجر انتحاري نفسه بحزام ناسف وسط تجمع للمصلين في حي الضباط، ما أدى إلى مقتل 4 أشخاص."
    recs = rasd.extract(text, published="2014-11-21")
    assert recs
    assert recs[0].admin1 == "Al-Anbar"


def test_a_thrown_hand_grenade_is_a_grenade_event():
    text = "مسلحون مجهولون يلقون قنبلة يدوية على منزل مختار بلدة الجيزة شرقي درعا دون وقوع إصابات."
    recs = rasd.extract(text, published="2021-09-14")
    assert [r.sub_event_type for r in recs] == ["Grenade"]


def test_grenades_seized_are_no_blast():
    text = "ضبطت دورية للأمن الداخلي أسلحة خفيفة وقنابل يدوية في مستودع بمدينة القامشلي."
    assert [r.sub_event_type for r in rasd.extract(text, published="2021-09-14")
            if r.sub_event_type == "Grenade"] == []


def test_a_shell_told_noun_first_after_inna_is_one_shelling_not_a_second_one_at_the_dateline():
    text = "نيالا - قال شهود عيان إن قذيفة سقطت على منزل بحي كرري، ما أدى إلى مقتل 3 من أسرة واحدة."
    recs = rasd.extract(text, published="2024-02-11")
    assert len(recs) == 1
    assert recs[0].fatalities == 3


def test_a_dateline_is_not_a_second_place_of_a_frame_that_names_its_own():
    text = "الفاشر - أفادت مصادر محلية بأن صاروخين سقطا على منزل في حي الثورة، ما أدى إلى مقتل 4 أشخاص."
    recs = rasd.extract(text, published="2024-06-02")
    assert [r.location_text for r in recs] == ["حي الثورة"]


def test_a_channels_place_before_a_bar_is_the_dateline_not_a_second_event_place():
    text = "الفاشر | مسيرة تقصف مركز إيواء في حي الوحدة وسقوط ضحايا."
    recs = rasd.extract(text, published="2024-07-08")
    assert [r.location_text for r in recs] == ["حي الوحدة"]
    assert recs[0].admin1 == "North Darfur"


def test_a_quarter_the_gazetteer_lacks_is_placed_on_the_dateline_city_not_its_governorate():
    text = "الموصل - فجر مسلحون عبوة ناسفة قرب سوق شعبي في حي النجار، ما أدى إلى مقتل شخصين."
    recs = rasd.extract(text, published="2019-02-03")
    assert recs
    assert recs[0].geo_precision == 2
    assert abs(recs[0].latitude - 36.34) < 0.05
