"""Errors found on unseen Syrian reports of November 2024 - December 2025 (quality round q80-syria-e: the offensive,
the coast, Suwayda, the north-east, Israel in the south): each test is a sentence written for it, not one of the
set's."""
from __future__ import annotations

from helpers import at, records_at


recs = records_at("2025-02-01")


# 1. an aircraft that struck people on their way to a protest is an air strike
def test_a_drone_that_struck_a_convoy_going_to_protest_is_an_air_strike():
    rs = recs("استهدفت طائرة مسيرة تركية خيمة اعتصام للأهالي قرب بلدة صرين، ما أدى إلى مقتل ثلاثة مدنيين.",
              "2025-01-24")
    subs = {r.sub_event_type for r in rs}
    assert "Air/drone strike" in subs and "Excessive force against protesters" not in subs


def test_a_march_broken_up_by_forces_is_no_drone_strike():
    rs = recs("أصيب ستة محتجين بالرصاص الحي خلال قمع قوات الأمن مسيرة أهالي بلدة جاسم المطالبة بالإفراج عن "
              "المعتقلين.", "2025-01-24")
    assert rs and all(r.sub_event_type != "Air/drone strike" for r in rs)


def test_forces_firing_on_a_protest_stay_excessive_force():
    rs = recs("قتل متظاهران برصاص قوات الأمن خلال احتجاج لأهالي بلدة الصنمين على غلاء الأسعار.", "2025-01-24")
    assert {r.sub_event_type for r in rs} == {"Excessive force against protesters"}


# 2. the aircraft after a verbal noun of targeting, a vehicle after it, maybe past a time set off by commas
def test_air_force_after_the_verbal_noun_with_a_vehicle_after_it_is_the_striker():
    rs = recs("قتل ثلاثة مدنيين إثر استهداف الطيران التركي شاحنة على طريق قرية الجعدة.", "2025-01-24")
    assert rs and all(r.actor1 == "Turkish Forces" for r in rs if r.sub_event_type == "Air/drone strike")


def test_drone_after_the_verbal_noun_past_a_time_between_commas_is_the_striker():
    rs = recs("ارتفعت إلى 6 قتلى حصيلة استهداف مسيرة تركية، مساء الأحد، حافلة تقل عمالاً قرب بلدة "
              "صرين.", "2025-01-21")
    air = [r for r in rs if r.sub_event_type == "Air/drone strike"]
    assert air and air[0].actor1 == "Turkish Forces"


def test_targeting_an_aircraft_itself_names_no_striker():
    rs = recs("أعلنت قوات سوريا الديمقراطية استهداف طائرة مسيرة تركية وإسقاطها قرب بلدة صرين.", "2025-01-21")
    assert all(r.actor1 != "Turkish Forces" or r.sub_event_type != "Air/drone strike" for r in rs)


# 3. gunmen believed to be of a force a generic phrase names by country and date
def test_gunmen_believed_to_be_regime_remnants_are_assad_loyalists():
    rs = recs("قتل ثلاثة عناصر من الأمن العام بهجوم شنه مسلحون يرجح أنهم من فلول النظام على حاجز قرب "
              "مدينة القصير ليل أمس.", "2025-02-03")
    assert rs and rs[0].actor1 == "Assad Loyalists"


def test_gunmen_believed_to_be_forces_in_general_stay_unidentified():
    rs = recs("قتل مدني برصاص مسلحين يعتقد أنهم من القوات في قرية الغنطو.", "2025-02-03")
    assert all(r.actor1 != "Syrian Government Forces" for r in rs)


# 4. loyal to "the deposed president Bashar al-Assad"; men counted "من الفلول"
def test_men_loyal_to_the_deposed_president_are_assad_loyalists():
    rs = recs("هاجم مسلحون موالون للرئيس المخلوع بشار الأسد مفرزة للأمن العام في بلدة القدموس، ما أدى إلى "
              "مقتل عنصرين.", "2025-03-08")
    assert rs and rs[0].actor1 == "Assad Loyalists"


def test_loyal_to_bashar_before_his_fall_are_his_forces():
    rs = recs("هاجم مسلحون موالون لبشار الأسد متظاهرين في حي بابا عمرو، ما أدى إلى مقتل شابين.", "2011-11-04")
    assert rs and rs[0].actor1 == "Syrian Government Forces"


def test_gunmen_counted_from_the_remnants_are_assad_loyalists():
    rs = recs("أعلنت وزارة الداخلية أن دورياتها ألقت القبض على 9 عناصر من الفلول في مدينة مصياف.", "2025-03-14")
    arr = [r for r in rs if r.sub_event_type == "Arrests"]
    assert arr and arr[0].actor2 == "Assad Loyalists"


# 5. an incursion that led to arrests by the same force there that day is the arrests
def test_an_incursion_with_arrests_is_one_arrest_event():
    rs = recs("توغلت دورية إسرائيلية صباح اليوم في قرية عين زيوان بريف القنيطرة الجنوبي واعتقلت ثلاثة رعاة "
              "قبل أن تنسحب.", "2025-04-09")
    subs = [r.sub_event_type for r in at(rs, "عين زيوان")]
    assert subs == ["Arrests"]


def test_an_incursion_told_alone_stays_a_development():
    rs = recs("توغلت دورية إسرائيلية صباح اليوم في قرية عين زيوان بريف القنيطرة الجنوبي قبل أن تنسحب.",
              "2025-04-09")
    assert [r.sub_event_type for r in at(rs, "عين زيوان")] == ["Other"]


# 6. the side a sweep is "in search of" is the hunted one
def test_the_side_searched_for_is_not_the_searcher():
    rs = recs("تواصل قوات إدارة الأمن العام، لليوم الرابع، حملة أمنية في حي عشيرة بمدينة حمص بحثاً عن \"فلول "
              "النظام\" ومطلوبين، واعتقلت خلالها 12 شخصاً.", "2025-01-12")
    arr = [r for r in rs if r.sub_event_type == "Arrests"]
    assert arr and arr[0].actor1 == "Syrian Government Forces"


# 7. aircraft "تابعة لوزارة الدفاع" with no nationality: the report's country's army
def test_helicopters_of_the_defence_ministry_are_the_countrys_army():
    rs = recs("وأفاد مصدر ميداني بأن مروحيات تابعة لوزارة الدفاع قصفت تجمعات للمسلحين في أحراش قرية المزار "
              "بريف بانياس صباح اليوم.", "2025-03-09")
    air = [r for r in rs if r.sub_event_type == "Air/drone strike"]
    assert air and air[0].actor1 == "Syrian Government Forces"


def test_drones_of_a_foreign_defence_ministry_stay_that_countrys():
    rs = recs("وأفاد مصدر بأن مسيرات تابعة لوزارة الدفاع التركية قصفت مواقع لقسد في قرية الشيوخ فوقاني.",
              "2025-01-09")
    air = [r for r in rs if r.sub_event_type == "Air/drone strike"]
    assert air and air[0].actor1 == "Turkish Forces"


# 8. persons found "killed" (مقتولين) were killed there
def test_a_couple_found_killed_in_their_home_is_an_attack():
    rs = recs("عثر الجيران مساء أمس على امرأة وابنتها مقتولتين داخل منزلهما في حي البياضة بمدينة حمص.",
              "2025-10-02")
    atk = [r for r in rs if r.sub_event_type == "Attack"]
    assert atk and atk[0].fatalities == 2 and atk[0].actor2 == "Civilians"


# 9. "طرد X Y من Z": with a second armed side right after the first, the word is the verb and X its subject
def test_the_side_right_after_the_expelling_verb_expelled_the_next():
    rs = recs("طرد جيش الإسلام عناصر داعش من بلدة بير القصب بعد اشتباكات.", "2016-01-19")
    tk = [r for r in rs if "territory" in r.sub_event_type]
    assert tk and tk[0].actor1 == "Jaysh al-Islam" and tk[0].actor2 == "Islamic State"


def test_local_gunmen_who_expelled_the_army_took_over():
    rs = recs("طرد مسلحون محليون قوات النظام من مبنى المحافظة في مدينة القريا.", "2024-12-07")
    tk = [r for r in rs if "territory" in r.sub_event_type]
    assert tk and tk[0].sub_event_type == "Non-state actor overtakes territory"
    assert tk[0].actor2 == "Syrian Government Forces"


def test_the_expulsion_of_a_side_by_the_army_stays_a_regain():
    rs = recs("تمكنت قوات النظام من طرد داعش من بلدة بير القصب.", "2016-01-19")
    tk = [r for r in rs if "territory" in r.sub_event_type]
    assert tk and tk[0].sub_event_type == "Government regains territory" and tk[0].actor2 == "Islamic State"


# 10. places a fight "spread to" on a day of its own are of that day
def test_places_a_fight_spread_to_today_are_of_today():
    rs = recs("امتدت المواجهات التي اندلعت أمس السبت في بلدة المتونة لتطال اليوم الأحد قريتي سليم وعتيل.",
              "2025-07-20")
    day = {r.location_text: r.event_date for r in rs}
    assert [v for k, v in day.items() if "المتونة" in k] == ["2025-07-19"]
    assert [v for k, v in day.items() if "سليم" in k] == ["2025-07-20"]
    assert [v for k, v in day.items() if "عتيل" in k] == ["2025-07-20"]


def test_places_told_with_the_first_day_keep_it():
    rs = recs("اندلعت أمس السبت اشتباكات في بلدتي المتونة وسليم.", "2025-07-20")
    assert rs and all(r.event_date == "2025-07-19" for r in rs)
