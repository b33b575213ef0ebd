"""Errors found on unseen reports (quality round 23): each test is a sentence written for it."""
from __future__ import annotations

import rasd

from helpers import one_at


one = one_at("2017-01-29")


def test_a_meeting_of_a_group_is_what_was_hit_not_who_struck():
    r = one("البيضاء - استهدفت طائرة بدون طيار اجتماعاً لتنظيم القاعدة في منطقة يكلا بمديرية ولد ربيع، "
            "ما أسفر عن مقتل 4 من عناصره.")
    assert r.sub_event_type == "Air/drone strike"
    assert r.actor1 == "Unidentified Military Forces"
    assert r.actor2 == "Al-Qaeda in the Arabian Peninsula"
    assert r.fatalities == 4


def test_the_groups_own_fighters_told_with_a_pronoun_keep_the_group_as_the_side_hit():
    # (a mosque hosted the meeting; the dead are "its members", the group's, not civilians)
    r = one("شبوة - قصفت طائرة أمريكية مسيرة تجمعاً لعناصر تنظيم القاعدة قرب مسجد في مديرية الصعيد، "
            "ما أدى إلى مقتل 6 من عناصره.", "2016-05-04")
    assert r.actor1 == "Military Forces of the United States"
    assert r.actor2 == "Al-Qaeda in the Arabian Peninsula"


def test_a_defused_or_found_bomb_is_no_event():
    for text in ("عدن - فككت فرق الهندسة التابعة للقوات الحكومية 15 عبوة ناسفة زرعها الحوثيون في الطريق "
                 "الرئيسي بمديرية حيس.",
                 "تعز - أبطلت وحدة الهندسة مفعول عبوة ناسفة زرعت قرب سوق في مديرية المسراخ.",
                 "كركوك - عثرت القوات الأمنية على عبوتين ناسفتين في قرية البشير جنوب المدينة."):
        assert rasd.extract(text, published="2021-03-04") == [], text


def test_a_deminer_killed_while_defusing_is_the_explosion():
    r = one("لحج - قتل نازع ألغام من مشروع مسام أثناء تفكيك لغم أرضي زرعه الحوثيون في مديرية كرش، "
            "بعد انفجاره به.", "2021-03-04")
    assert r.sub_event_type == "Remote explosive/landmine/IED"
    assert r.fatalities == 1


def test_a_person_burned_alive_is_an_attack_with_one_dead():
    r = one("الرقة - أحرق مسلحو التنظيم الأسير الكردي أحمد علي حياً أمام الأهالي في مدينة الرقة.", "2015-02-04")
    assert r.sub_event_type == "Attack"
    assert r.fatalities == 1
    r = one("دير الزور - أقدم مسلحو التنظيم على حرق شاب حتى الموت في بلدة الشحيل.", "2015-02-04")
    assert r.sub_event_type == "Attack"


def test_burning_houses_of_civilians_stays_property_destruction():
    r = one("أحرق مسلحون مجهولون منازل المدنيين في قرية الجديدة بريف دير الزور.", "2015-02-04")
    assert r.sub_event_type == "Looting/property destruction"
    assert r.fatalities is None


def test_a_campaign_of_months_retold_is_no_one_day_clash():
    assert rasd.extract("حلب - قتل العشرات في معارك استمرت أربعة أشهر في محيط مخيم حندرات شمال المدينة.",
                        published="2016-08-10") == []
    # (a fight that lasted until dawn is today's)
    r = one("حلب - قتل 12 عنصراً من قوات النظام في معارك عنيفة استمرت حتى ساعات الفجر في محيط مخيم حندرات.",
            "2016-08-10")
    assert r.sub_event_type == "Armed clash"


def test_the_last_pocket_eliminated_is_a_take_over_by_who_announced_it():
    r = one("الرقة - أعلنت قوات سوريا الديمقراطية القضاء على آخر جيب لتنظيم داعش في بلدة الكسرة، "
            "بعد معارك دامت أسابيع.", "2018-05-02")
    assert r.sub_event_type == "Non-state actor overtakes territory"
    assert (r.actor1, r.actor2) == ("Syrian Democratic Forces", "Islamic State")


def test_a_quarter_told_with_bi_right_before_another_quarter_is_inside_it():
    r = one("درعا - قصفت قوات النظام حي الأربعين بدرعا البلد بعشرات القذائف.", "2018-07-01")
    assert r.location_text == "حي الأربعين"


def test_air_defences_that_stop_a_houthi_missile_are_the_coalitions():
    r = one("أعلن التحالف بقيادة السعودية أن الدفاعات الجوية اعترضت صاروخاً باليستياً أطلقته ميليشيا الحوثي "
            "باتجاه مدينة نجران.", "2021-11-02")
    assert r.sub_event_type == "Disrupted weapons use"
    assert (r.actor1, r.actor2) == ("Saudi-led Coalition", "Houthi Movement")


def test_air_defences_that_down_a_us_drone_over_yemen_are_the_houthis():
    r = one("صنعاء - أعلن المتحدث العسكري باسم جماعة الحوثي أن الدفاعات الجوية أسقطت طائرة مسيرة أمريكية "
            "من نوع MQ9 في أجواء محافظة مأرب.", "2024-02-20")
    assert (r.actor1, r.actor2) == ("Houthi Movement", "Military Forces of the United States")


def test_a_saudi_city_whose_name_ends_like_a_pronoun_is_still_a_place():
    # (أبها ends in "ها", which marks a pronoun on most words; the gazetteer knows the name)
    r = one("أعلن التحالف إصابة 5 مدنيين في هجوم بطائرة مسيرة حوثية على مطار أبها في السعودية.", "2021-02-10")
    assert r.sub_event_type == "Air/drone strike"
    assert r.location == "Abha"
    assert r.actor1 == "Houthi Movement"


def test_an_explosive_laden_drone_intercepted_is_disrupted_weapons_use_not_a_car_bomb():
    r = one("اعترضت الدفاعات الجوية طائرة مسيرة مفخخة أطلقها الحوثيون باتجاه مدينة أبها جنوب السعودية.",
            "2021-02-10")
    assert r.sub_event_type == "Disrupted weapons use"
    assert (r.actor1, r.actor2) == ("Saudi-led Coalition", "Houthi Movement")
    r = one("مأرب - هاجمت ميليشيا الحوثي بطائرة مسيرة مفخخة معسكراً للجيش في مديرية صرواح.", "2021-02-10")
    assert r.sub_event_type == "Air/drone strike"


def test_a_ship_attacked_in_a_gulf_is_at_sea_not_in_its_namesake_city():
    r = one("صنعاء - أعلنت جماعة الحوثي استهداف ناقلة نفط في خليج عدن بصاروخ بحري.", "2024-03-01")
    assert r.location == "Gulf of Aden"
    assert r.admin1 is None
    r = one("الحديدة - استهدفت قوات الحوثي سفينة شحن يونانية في البحر الأحمر بطائرات مسيرة.", "2024-03-01")
    assert r.location == "Red Sea"
    assert r.latitude is None   # (the sea's printed point lies off Sudan, not Yemen)


def test_the_red_sea_state_of_a_sudanese_report_stays_the_state():
    r = one("بورتسودان - قصفت مسيرات تابعة للدعم السريع مطار بورتسودان في ولاية البحر الأحمر.", "2025-05-05")
    assert r.location == "Port Sudan"
    assert r.admin1 == "Red Sea"


def test_a_recon_plane_downed_by_a_groups_air_defences_is_the_groups_act():
    r = one("صنعاء - أعلنت جماعة الحوثي أن دفاعاتها الجوية أسقطت طائرة استطلاع تابعة للتحالف في أجواء "
            "مديرية كتاف بمحافظة صعدة.", "2019-04-20")
    assert r.sub_event_type == "Disrupted weapons use"
    assert (r.actor1, r.actor2) == ("Houthi Movement", "Saudi-led Coalition")


def test_captives_executed_by_shooting_are_an_attack():
    r = one("الرقة - أعدم تنظيم داعش أربعة رجال رمياً بالرصاص في دوار النعيم وسط مدينة الرقة بتهمة "
            "التخابر مع قسد.", "2015-03-03")
    assert r.sub_event_type == "Attack"
    assert r.fatalities == 4
