"""Errors found on reports from Iraq, 2014-2026 (round 69): Iraqi security statements, Kurdistan,
attacks on bases hosting foreign forces, IS remnants, protests. Each test is a sentence written
for it, not a report of the batch."""
from __future__ import annotations

import pytest

import rasd


@pytest.mark.parametrize("text, published, side", [
    pytest.param(("سقطت ثلاثة صواريخ، مساء السبت، على معسكر التاجي الذي تتواجد فيه قوات التحالف الدولي، "
                  "من دون تسجيل إصابات."), "2020-05-10", "International Coalition",
                 id="a_site_where_a_side_is_stationed_makes_that_side_the_target"),
    pytest.param(("أعلنت القوات التركية، الأحد، مقتل جندي جراء هجوم صاروخي استهدف قاعدة زليكان شمال "
                  "الموصل."), "2021-06-05", "Turkish Forces",
                 id="an_army_telling_of_its_soldiers_killed_was_hit"),
    pytest.param("أعلن التحالف الدولي، الأحد، إصابة جنديين فرنسيين جراء هجوم صاروخي استهدف قاعدة حرير شمال أربيل.", "2021-06-05", "International Coalition",
                 id="a_foreign_force_telling_of_its_own_nations_soldiers_was_hit"),
])
def test_a_side_whose_site_or_soldiers_were_hit_is_the_side_hit(text, published, side):
    recs = rasd.extract(text, published=published)
    assert recs
    assert all(r.actor1 != side for r in recs)
    assert any(r.actor2 == side for r in recs)


def test_where_a_side_is_stationed_told_by_haythu():
    text = ("استهدفت طائرة مسيرة مفخخة، ليل الثلاثاء، مطار أربيل حيث تتمركز قوات التحالف الدولي، "
            "وألحقت أضراراً بأحد المباني.")
    recs = rasd.extract(text, published="2021-09-15")
    assert recs
    assert all(r.actor1 != "International Coalition" for r in recs)


def test_two_shepherds_in_construct_are_two_dead():
    text = "قتل راعيا ماشية، صباح اليوم، بانفجار لغم أرضي في قرية تل الذهب غربي الموصل."
    recs = rasd.extract(text, published="2019-04-02")
    assert [r.fatalities for r in recs] == [2]


def test_a_shepherd_in_the_accusative_is_one_dead():
    text = "قتل مسلحون مجهولون راعياً في أطراف ناحية الرشاد جنوب غربي كركوك."
    recs = rasd.extract(text, published="2022-10-11")
    assert recs and recs[0].fatalities == 1


def test_a_female_recruit_is_counted_with_the_soldiers():
    text = "قتل جندي فرنسي ومجندة أمريكية، أمس، بسقوط صواريخ على قاعدة بلد الجوية شمالي بغداد."
    recs = rasd.extract(text, published="2020-06-03")
    assert recs and recs[0].fatalities == 2


def test_an_attempted_assassination_counts_no_dead():
    text = "نجا مدير ناحية القيارة من محاولة اغتيال بإطلاق نار على سيارته، مساء الثلاثاء، جنوبي الموصل."
    recs = rasd.extract(text, published="2019-02-06")
    assert recs
    assert all(r.fatalities is None for r in recs)


def test_a_bomb_survived_went_off():
    text = ("تعرض موكب قائممقام قضاء الخالص لمحاولة اغتيال بعبوة ناسفة، صباح اليوم، على طريق "
            "ناحية هبهب، من دون إصابات.")
    recs = rasd.extract(text, published="2018-09-17")
    assert [r.sub_event_type for r in recs] == ["Remote explosive/landmine/IED"]


def test_a_bomb_foiled_still_did_not_go_off():
    text = "أحبطت شرطة ديالى، صباح اليوم، محاولة اغتيال بعبوة ناسفة على طريق ناحية هبهب."
    recs = rasd.extract(text, published="2018-09-17")
    assert not any(r.sub_event_type == "Remote explosive/landmine/IED" for r in recs)


def test_plural_explosive_drones_are_drones_not_car_bombs():
    text = "هاجمت طائرات مسيرة مفخخة، ليل السبت، حقل كورمور للغاز في قضاء جمجمال دون وقوع إصابات."
    recs = rasd.extract(text, published="2024-04-28")
    assert recs
    assert all("car bomb" not in r.weapons for r in recs)
    assert recs[0].sub_event_type == "Air/drone strike"


def test_an_assassination_attempt_by_drone_is_a_drone_strike():
    text = ("نجا قائد عمليات الجزيرة من محاولة اغتيال بطائرة مسيرة مفخخة استهدفت مقره في قضاء "
            "هيت غربي الأنبار، مساء الخميس.")
    recs = rasd.extract(text, published="2022-03-18")
    assert [r.sub_event_type for r in recs] == ["Air/drone strike"]


def test_an_army_telling_of_fighters_it_killed_is_still_the_killer():
    text = "أعلن الجيش العراقي، اليوم، مقتل خمسة إرهابيين وجندي باشتباك في قضاء الرطبة غربي الأنبار."
    recs = rasd.extract(text, published="2020-03-12")
    assert recs and recs[0].actor1 == "Iraqi Security Forces"


def test_the_author_of_a_statement_cited_is_no_side():
    text = ("انفجرت عبوة ناسفة، صباح الإثنين، على عجلة مدنية في قضاء المقدادية، ما أدى إلى إصابة "
            "شخصين، بحسب بيان لخلية الإعلام الأمني.")
    recs = rasd.extract(text, published="2022-05-09")
    assert recs
    assert all(r.actor1 != "Iraqi Security Forces" for r in recs)


def test_the_attackers_weapons_told_after_are_no_attack_of_their_own():
    text = ("قتل شرطيان، فجر الثلاثاء، بهجوم لمسلحي داعش على مخفر في قرية الصفرة جنوبي الحويجة. "
            "وبين مصدر أمني أن المهاجمين استخدموا بنادق قنص قبل أن يلوذوا بالفرار.")
    recs = rasd.extract(text, published="2020-09-22")
    assert recs
    assert not any(r.sub_event_type == "Attack" and r.actor2 == "Civilians" for r in recs)
    assert len(recs) == 1


def test_a_victims_part_in_a_movement_is_no_protest_that_day():
    text = ("قتل مسلحون مجهولون، ليل الأربعاء، ناشطاً بإطلاق النار عليه في حي الحسين بمدينة كربلاء، "
            "ويعد القتيل من رموز احتجاجات المدينة.")
    recs = rasd.extract(text, published="2021-05-06")
    assert recs
    assert not any(r.event_type == "Protests" for r in recs)


def test_dead_and_seized_joined_by_and_are_a_killing_and_an_abduction():
    text = ("قتل ثلاثة رعاة واختطف اثنان آخران، صباح الأربعاء، على يد مسلحي داعش في وادي حوران "
            "غربي الأنبار.")
    recs = rasd.extract(text, published="2021-02-24")
    kinds = sorted(r.sub_event_type for r in recs)
    assert kinds == ["Abduction/forced disappearance", "Attack"]
    attack = next(r for r in recs if r.sub_event_type == "Attack")
    assert attack.fatalities == 3 and attack.actor1 == "Islamic State"


def test_one_seized_told_apart_from_the_dead_makes_no_second_killing():
    text = ("قتل عنصر من الشرطة وأصيب اثنان، أمس، كما تعرض آخر للاختطاف، بهجوم لمسلحين على نقطة "
            "في قرية البو دعيج.")
    recs = rasd.extract(text, published="2021-02-24")
    assert sum(r.fatalities or 0 for r in recs) <= 1
    assert not any(r.sub_event_type == "Attack" and r.actor2 == "Civilians" for r in recs)


def test_people_hurt_by_rockets_on_a_base_are_not_taken_for_civilians():
    text = "سقطت ثلاثة صواريخ، مساء الخميس، على قاعدة بلد الجوية شمالي بغداد، ما أدى إلى إصابة شخصين."
    recs = rasd.extract(text, published="2020-03-13")
    assert recs
    assert all(r.actor2 != "Civilians" and not r.civilian_targeting for r in recs)


def test_a_second_unnamed_site_in_a_province_is_a_place_of_its_own():
    text = "استهدفت صواريخ، ليل السبت، قاعدة بلد الجوية في صلاح الدين وقاعدة في بغداد."
    recs = rasd.extract(text, published="2023-01-15")
    names = {r.location_text for r in recs}
    assert "بغداد" in names
    assert any("قاعدة بلد" in n for n in names)


def test_two_tribes_fighting_in_iraq_are_a_tribal_militia():
    text = ("قتل شخصان، مساء الخميس، في نزاع مسلح بين عشيرتين في ناحية الفهود التابعة لمحافظة ذي قار "
            "جنوبي العراق.")
    recs = rasd.extract(text, published="2022-11-04")
    assert recs and recs[0].sub_event_type == "Armed clash"
    assert recs[0].actor1 == "Unidentified Tribal Militia (Iraq)"
    assert recs[0].actor2 == "Unidentified Tribal Militia (Iraq)"


def test_the_tribes_unnamed_in_iraq_are_no_bedouin_militia():
    text = "اندلعت اشتباكات بين مسلحي العشائر، ليل الجمعة، في قضاء المدينة شمالي البصرة، أسفرت عن مقتل شخص."
    recs = rasd.extract(text, published="2022-11-05")
    assert recs and recs[0].actor1 == "Unidentified Tribal Militia (Iraq)"


def test_the_tribes_unnamed_in_syria_stay_the_bedouin_militia():
    text = "اندلعت اشتباكات بين مسلحي العشائر وقوات النظام، اليوم، في بلدة الصنمين بريف درعا الشمالي."
    recs = rasd.extract(text, published="2022-11-05")
    assert recs and recs[0].actor1 == "Bedouin Militia"


def test_iranian_artillery_is_irans_forces():
    text = "تعرضت قرى حدودية في ناحية سيدكان لقصف مدفعي إيراني، صباح الأحد، من دون إصابات."
    recs = rasd.extract(text, published="2019-07-14")
    assert recs and recs[0].actor1 == "Iranian Revolutionary Guard Corps"


def test_the_asayish_in_iraqs_kurdistan_are_the_regions_not_the_sdf():
    text = "اعتقلت قوات الأسايش، مساء الخميس، ثلاثة صحفيين في قضاء رانية التابع لمحافظة السليمانية."
    recs = rasd.extract(text, published="2021-01-08")
    assert recs
    assert all(r.actor1 != "Syrian Democratic Forces" for r in recs)
    assert recs[0].actor1 == "Peshmerga"


def test_the_asayish_in_syria_stay_the_sdf():
    text = "اعتقلت قوات الأسايش، مساء الخميس، ثلاثة شبان في حي الهلالية بمدينة القامشلي."
    recs = rasd.extract(text, published="2021-01-08")
    assert recs and recs[0].actor1 == "Syrian Democratic Forces"


def test_the_dead_a_strike_avenges_are_not_its_toll():
    text = ("قتل قيادي في فصيل مسلح، ليل الأحد، بغارة أمريكية على سيارته قرب مدينة القائم، وقال "
            "البنتاغون إن الغارة جاءت رداً على مقتل أربعة جنود أمريكيين في هجوم سابق.")
    recs = rasd.extract(text, published="2024-02-05")
    assert recs and all(r.fatalities == 1 for r in recs)


def test_fighters_neutralised_are_a_fight_between_the_two_sides():
    text = ("أعلنت وزارة الدفاع التركية، مساء الجمعة، تحييد سبعة عناصر من حزب العمال الكردستاني في "
            "منطقة العمادية شمالي العراق.")
    recs = rasd.extract(text, published="2023-06-09")
    assert [r.sub_event_type for r in recs] == ["Armed clash"]
    assert {recs[0].actor1, recs[0].actor2} == {"Turkish Forces", "PKK"}


def test_no_fight_told_past_a_time_between_commas_is_a_non_violent_transfer():
    text = "سيطرت قوات الجيش العراقي، فجر الإثنين، على قضاء سنجار من دون قتال بعد انسحاب قوات البيشمركة منه."
    recs = rasd.extract(text, published="2017-10-17")
    assert [r.sub_event_type for r in recs] == ["Non-violent transfer of territory"]


def test_an_aim_in_quotes_after_li_is_no_take_over():
    text = ('سيطرت قوات الجيش، الأحد، على بلدة القيارة دون مقاومة تذكر، بعد ساعات من إطلاق عملية '
            'لـ"تحرير" جنوب الموصل.')
    recs = rasd.extract(text, published="2016-08-25")
    assert [r.location_text for r in recs] == ["بلدة القيارة"]


def test_the_state_took_nothing_from_the_militia_beside_it():
    text = "استعادت القوات العراقية والحشد الشعبي، مساء الأحد، السيطرة على ناحية العياضية غربي تلعفر."
    recs = rasd.extract(text, published="2017-08-28")
    assert recs
    assert all(r.actor2 != "Popular Mobilization Forces" for r in recs)


def test_an_attack_on_a_place_goes_on_when_one_drone_of_it_was_downed():
    text = ("تعرض مطار أربيل، فجر الأحد، لهجوم بثلاث طائرات مسيرة، أسقطت الدفاعات الجوية اثنتين منها "
            "فيما سقطت الثالثة في محيط المطار.")
    recs = rasd.extract(text, published="2022-06-12")
    assert [r.sub_event_type for r in recs] == ["Air/drone strike"]
    assert recs[0].actor2 is None or "Unidentified" not in recs[0].actor2


def test_a_mass_grave_found_is_no_days_fight():
    text = ("عثرت فرق أمنية، صباح الثلاثاء، على مقبرة جماعية تضم رفات 25 شخصاً من ضحايا تنظيم داعش "
            "في قرية البو شجل شمالي الفلوجة.")
    recs = rasd.extract(text, published="2023-05-09")
    assert not any(r.fatalities == 25 for r in recs)
    assert not any(r.sub_event_type == "Armed clash" for r in recs)


def test_a_crowd_of_supporters_that_burns_a_party_office_is_a_riot():
    text = "أحرق مئات من أنصار حزب منافس، ليل الأحد، مقر حركة سياسية في حي الجمهورية وسط مدينة البصرة."
    recs = rasd.extract(text, published="2021-10-18")
    assert [r.sub_event_type for r in recs] == ["Violent demonstration"]


def test_the_wanted_on_terrorism_charges_are_no_civilians():
    text = "ألقت مفارز الاستخبارات، فجر الخميس، القبض على خمسة مطلوبين بتهم إرهابية في ناحية العلم شرقي تكريت."
    recs = rasd.extract(text, published="2024-09-12")
    assert recs and recs[0].sub_event_type == "Arrests"
    assert recs[0].actor2 != "Civilians"


def test_a_single_drone_downed_before_it_reached_the_place_is_no_strike_there():
    text = ("تعرض مطار أربيل، فجر الأحد، لهجوم بطائرة مسيرة أسقطتها الدفاعات الجوية قبل وصولها إلى "
            "هدفها، من دون إصابات.")
    recs = rasd.extract(text, published="2022-06-12")
    assert not any(r.sub_event_type == "Air/drone strike" for r in recs)


def test_the_governorate_office_is_a_building_in_its_city():
    text = "تظاهر العشرات من الخريجين، صباح الأحد، أمام ديوان محافظة البصرة للمطالبة بفرص عمل."
    recs = rasd.extract(text, published="2021-03-14")
    assert recs and recs[0].geo_precision == 1
    assert recs[0].location == "Basrah"
