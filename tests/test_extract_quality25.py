"""Errors found on unseen reports (quality round 25): each test is a sentence written for it."""
from __future__ import annotations

import rasd

from helpers import one_at


one = one_at("2024-01-10")


def test_a_missile_launched_at_a_ship_is_a_missile_attack():
    r = one("صنعاء - أطلق الحوثيون صاروخاً باليستياً على ناقلة نفط في خليج عدن مساء أمس.")
    assert r.sub_event_type == "Shelling/artillery/missile attack"
    assert r.actor1 == "Houthi Movement"
    assert "oil tanker" in r.targets


def test_a_missile_a_drone_launches_is_a_drone_strike():
    r = one("أطلقت طائرة مسيرة صاروخاً على دراجة نارية في بلدة حولا جنوبي لبنان.", "2024-05-02")
    assert r.sub_event_type == "Air/drone strike"


def test_launching_fire_past_the_subject_is_a_shooting():
    r = one("درعا - أطلق مسلحون مجهولون النار على منزل في بلدة المسيفرة شرقي درعا.", "2022-02-01")
    assert r.sub_event_type == "Attack"
    assert r.actor2 == "Civilians"


def test_launching_what_is_no_weapon_is_no_event():
    for text in ("أطلقت السلطات سراح 40 موقوفاً من سجن مدينة حماة.",
                 "أطلق الجيش حملة لإزالة الأنقاض في مدينة الرقة."):
        assert rasd.extract(text, published="2024-01-10") == [], text


def test_a_nations_ship_was_hit_not_the_striker():
    r = one("الحديدة - أعلن الحوثيون استهداف سفينة أمريكية في البحر الأحمر بعدد من الصواريخ.")
    assert r.actor1 == "Houthi Movement"
    assert r.actor2 == "Military Forces of the United States"


def test_protesters_who_go_out_or_gather_are_a_protest():
    r = one("البصرة - تجمع عشرات المحتجين أمام مبنى المحافظة في مدينة البصرة للمطالبة بتوفير الكهرباء.",
            "2019-07-15")
    assert r.sub_event_type == "Peaceful protest"
    assert r.actor1 == "Protesters"
    r = one("خرج مئات المتظاهرين في ساحة السراي وسط مدينة جبلة مساء الجمعة.", "2024-01-10")
    assert r.sub_event_type == "Peaceful protest"


def test_others_going_out_or_protesters_as_a_genitive_make_no_protest():
    assert rasd.extract("خرج المسلحون من حي الوعر في مدينة حمص بموجب اتفاق.", published="2017-05-20") == []
    r = one("استهدفت قوات الأمن تجمعاً للمتظاهرين في ساحة التحرير ببغداد.", "2019-10-05")
    assert r.sub_event_type == "Excessive force against protesters"


def test_an_ordinal_after_a_casualty_verb_is_one_more_person():
    r = one("إدلب - قتل رجلان وأصيب ثالث بقصف مدفعي على بلدة كنصفرة في جبل الزاوية.", "2020-03-01")
    assert (r.fatalities, r.injured) == (2, 1)
    r = one("حماة - قتل طفلان وأصيبت ثالثة بجروح خطيرة بانفجار لغم في قرية الحويز.", "2020-03-01")
    assert (r.fatalities, r.injured) == (2, 1)


def test_another_one_wounded_with_its_own_verb_adds_to_the_count():
    r = one("حلب - أصيب رجلان وأصيب ثالث بقصف مدفعي على بلدة حيان شمالي حلب.", "2020-03-01")
    assert r.injured == 3


def test_an_ordinal_adjective_of_a_bomb_counts_no_one():
    r = one("دير الزور - انفجرت عبوة ثانية قرب مقر لقسد في بلدة الصور، ما أدى لمقتل 3 عناصر.", "2021-05-01")
    assert r.fatalities == 3


def test_what_the_side_hit_is_said_to_have_done_is_not_who_was_hit():
    r = one("السويداء - نفذت طائرات حربية غارة على مجموعة مسلحة قالت إنها اعتدت على مدنيين في قرية "
            "الثعلة غربي السويداء.", "2025-07-16")
    assert r.sub_event_type == "Air/drone strike"
    assert r.actor2 != "Civilians"
    assert not r.civilian_targeting


def test_a_storming_met_by_armed_resistance_is_a_clash_with_the_resisters():
    r = one("الفلوجة - اقتحمت قوات الرد السريع حي الجولان شمالي الفلوجة، وسط مقاومة عنيفة من مسلحي داعش.",
            "2016-06-20")
    assert r.sub_event_type == "Armed clash"
    assert r.actor2 == "Islamic State"


def test_a_storming_resisted_by_its_people_stays_an_attack():
    r = one("اقتحم مسلحو داعش قرية تل الشاير جنوبي الموصل رغم مقاومة الأهالي.", "2014-08-03")
    assert r.sub_event_type == "Attack"
    assert r.actor2 == "Civilians"


def test_the_accuser_told_between_the_verb_and_the_charge_is_no_side():
    r = one("عدن - قتل 6 أشخاص في انفجار عبوة ناسفة استهدفت سوقاً شعبياً في مديرية الشيخ عثمان، ووجهت "
            "قوات الحزام الأمني الاتهام لجماعة الحوثي.", "2019-02-11")
    assert "Security Belt Forces" not in (r.actor1, r.actor2)
    assert r.fatalities == 6


def test_where_the_people_taken_come_from_is_not_where_they_were_taken():
    r = one("حماة - اعتقلت قوات النظام ثلاثة شبان من بلدة كفرزيتا على حاجز مدينة محردة.", "2019-03-02")
    assert r.sub_event_type == "Arrests"
    assert "محردة" in r.location_text


def test_the_home_town_alone_still_places_the_arrest():
    r = one("حماة - اعتقلت قوات النظام ثلاثة شبان من بلدة كفرزيتا.", "2019-03-02")
    assert "كفرزيتا" in r.location_text


def test_a_place_told_as_another_countrys_is_not_placed_in_the_reports():
    for text in ("بيروت - أعلن حزب الله استهداف ثكنة زرعيت الإسرائيلية بالصواريخ.",
                 "بيروت - أعلن حزب الله أن مقاتليه استهدفوا موقع المالكية الإسرائيلي بقذائف المدفعية."):
        r = one(text, "2023-12-02")
        assert r.admin1 is None, text
        # (no point, or, since place pass 69 holds Zar'it, the Israeli place's own)
        assert r.latitude is None or (r.country == "Israel" and r.gazetteer_id == "cur:il:zarit"), text
        assert r.country != "Lebanon", text


def test_a_place_the_report_puts_in_another_country_is_read_there():
    records = rasd.extract("بيروت - شنت طائرات إسرائيلية غارة على بلدة كفركلا في جنوب لبنان، فيما قصفت "
                           "المدفعية الإسرائيلية أطراف بلدة القنيطرة السورية.", published="2024-02-02")
    shelled = [r for r in records if "القنيطرة" in r.location_text]
    assert [r.admin1 for r in shelled] == ["Quneitra"]


def test_a_village_burned_by_those_who_killed_its_people_is_one_attack():
    records = rasd.extract("الفاشر - أحرق مسلحون قرية شقرا بالكامل وقتلوا 9 من سكانها.", published="2024-04-20")
    assert [(r.sub_event_type, r.fatalities) for r in records] == [("Attack", 9)]


def test_a_burning_on_another_day_stays_its_own_record():
    records = rasd.extract("الجنينة - أحرقت قوات الدعم السريع قرية مولي. وفي اليوم التالي قتل مسلحون "
                           "12 من سكان قرية مولي.", published="2023-11-05")
    assert "Looting/property destruction" in [r.sub_event_type for r in records]


def test_a_villages_people_killed_by_a_plural_verb_are_counted_civilians():
    r = one("الجنينة - هاجم مسلحون قرية أبو سروج وقتلوا 7 من سكانها.", "2023-06-10")
    assert (r.sub_event_type, r.actor2, r.fatalities) == ("Attack", "Civilians", 7)


def test_a_demanded_halt_to_shelling_is_no_shelling():
    r = one("نيالا - نظم العشرات من النازحين وقفة احتجاجية في مخيم كلمة للمطالبة بوقف القصف على المخيم.",
            "2024-06-01")
    assert r.sub_event_type == "Peaceful protest"


def test_the_fighters_a_vehicle_carried_were_hit():
    r = one("الحسكة - انفجرت عبوة ناسفة بسيارة تقل عناصر من قسد قرب بلدة تل تمر، ما أدى لإصابة ثلاثة منهم.",
            "2020-06-15")
    assert r.actor1 == "Unidentified Armed Group"
    assert r.actor2 == "Syrian Democratic Forces"


def test_a_market_named_after_its_day_dates_nothing():
    r = one("طرابلس - اندلعت اشتباكات بين قوة الردع وكتيبة ثوار طرابلس في محيط سوق الخميس، ما أدى "
            "إلى سقوط قتيل.", "2023-09-20")
    assert r.event_date == "2023-09-20"


def test_a_name_headed_by_a_saints_title_keeps_its_second_word():
    r = one("بعلبك - شنت طائرات إسرائيلية غارة على بلدة النبي شيت في البقاع الشمالي.", "2024-10-12")
    assert r.location_text == "بلدة النبي شيت"


def test_where_explosions_were_heard_is_no_place_of_the_fight_before():
    records = rasd.extract("الخرطوم - دارت اشتباكات بين الجيش وقوات الدعم السريع في محيط مطار الخرطوم فجر اليوم، "
                           "وسمعت أصوات انفجارات في أحياء أم درمان.", published="2023-04-20")
    assert [r.location for r in records if r.sub_event_type == "Armed clash"] == ["Khartoum"]


def test_a_storming_that_only_led_to_an_arrest_is_the_arrest():
    records = rasd.extract("عدن - اقتحمت قوة أمنية منزل صحفي في مديرية المنصورة واعتقلته واقتادته إلى جهة مجهولة.",
                           published="2020-05-05")
    assert [r.sub_event_type for r in records] in (["Arrests"], ["Abduction/forced disappearance"])


def test_a_storming_with_a_killing_keeps_its_attack():
    records = rasd.extract("حماة - اقتحمت قوات النظام بلدة كفرزيتا وقتلت شاباً واعتقلت ثلاثة آخرين.",
                           published="2013-05-05")
    assert sorted(r.sub_event_type for r in records) == ["Arrests", "Attack"]


def test_officers_named_at_an_armed_target_are_the_side_hit():
    r = one("الحسكة - قتل 14 شخصاً في هجوم بطائرة مسيرة استهدف حفل تخريج ضباط في مدينة القامشلي.",
            "2021-04-10")
    assert r.sub_event_type == "Air/drone strike"
    assert r.actor2 == "Syrian Government Forces"
    assert not r.civilian_targeting


def test_a_conjoined_arrest_with_no_subject_is_by_the_side_the_sentence_opened_with():
    r = one("نفذت قوات سوريا الديمقراطية عملية إنزال جوي في بلدة ذيبان واعتقلت قيادياً في تنظيم داعش.",
            "2019-07-08")
    assert r.sub_event_type == "Arrests"
    assert r.actor1 == "Syrian Democratic Forces"
