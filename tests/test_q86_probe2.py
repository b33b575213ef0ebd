"""Probe round q86-probe2: actors named by an epithet, a leader, a pronoun or the weapon they sent.

Sentences written for these tests (names, places and numbers varied from the probes and from any report)."""
from __future__ import annotations

from helpers import records_at

records = records_at("2019-10-20")


def _sides(text: str, published: str | None = None) -> list[tuple[str, str, str | None, str | None]]:
    rows = records(text, published=published) if published else records(text)
    return sorted((r.sub_event_type, r.location_text, r.actor1, r.actor2) for r in rows)


def test_the_bare_occupation_is_the_occupier_the_report_named():
    # Kurdish and Syrian opposition media: "الاحتلال التركي" once, then "الاحتلال" alone
    text = ("الحسكة - قصفت طائرات الاحتلال التركي قرية الأسدية شرق رأس العين. "
            "وفي المساء استهدفت مدفعية الاحتلال قرية المناجير، ما أدى إلى إصابة امرأتين.")
    rows = records(text)
    assert rows and all(r.actor1 == "Turkish Forces" for r in rows), [(r.location_text, r.actor1) for r in rows]
    text = ("منبج - تتصدى قواتنا لهجمات جيش الاحتلال التركي ومرتزقته. "
            "وقصف جيش الاحتلال بالمدفعية قرية عون الدادات، ما أسفر عن مقتل طفل.")
    rows = [r for r in records(text) if r.location_text.endswith("عون الدادات")]
    assert rows and all(r.actor1 == "Turkish Forces" for r in rows), [(r.location_text, r.actor1) for r in rows]


def test_the_bare_occupation_with_no_occupier_named_is_still_israel():
    text = "نابلس - اقتحمت قوات الاحتلال بلدة بيتا جنوب نابلس واعتقلت ثلاثة شبان."
    rows = records(text, published="2023-03-02")
    assert rows and all(r.actor1 == "Israeli Forces" for r in rows), [(r.location_text, r.actor1) for r in rows]


def test_a_car_bomb_driven_toward_the_forces_is_the_senders_attack():
    for text in ("الموصل - دفع التنظيم بثلاث عجلات مفخخة يقودها انتحاريون باتجاه قطعات الجيش في حي الانتصار، "
                 "فانفجرت إحداها ما أدى إلى مقتل أربعة جنود.",
                 "الرمادي - أرسل داعش سيارة مفخخة يقودها انتحاري نحو الشرطة الاتحادية في منطقة الحوز."):
        rows = [r for r in records(text, published="2016-12-01") if r.sub_event_type == "Suicide bomb"]
        assert rows and all(r.actor1 == "Islamic State" and r.actor2 == "Iraqi Security Forces" for r in rows), \
            [(r.actor1, r.actor2) for r in rows]


def test_forces_named_by_their_leader():
    cases = [
        ("حمص - قتل طفلان برصاص قناصة كتائب الأسد في حي الخالدية.", "2012-06-10", "Syrian Government Forces"),
        ("إدلب - ألقى طيران الأسد براميل متفجرة على بلدة كنصفرة.", "2014-05-03", "Syrian Government Forces"),
        ("الخرطوم - قصفت مليشيا البرهان أحياء الأزهري جنوب الخرطوم بالمدفعية.", "2023-11-05",
         "Sudanese Armed Forces"),
        ("بحري - تقدمت قوات البرهان نحو حي الدروشاب واشتبكت مع الدعم السريع.", "2024-10-01",
         "Sudanese Armed Forces"),
        ("طرابلس - قصفت قوات السراج مواقع في محور الخلة جنوب طرابلس.", "2019-09-01", "Military Forces of Libya"),
    ]
    for text, published, actor in cases:
        rows = records(text, published=published)
        assert rows and rows[0].actor1 == actor, (text, [(r.sub_event_type, r.actor1) for r in rows])


def test_good_news_is_no_place():
    # "بشرى" (good news) is the gazetteer's Bsharri only after a cue
    text = ("بيان - تزف قواتنا بشرى تحرير بلدة أم صميمة بعد معركة دحرت فيها ميليشيات البرهان، "
            "واستولت على عربات قتالية.")
    rows = records(text, published="2024-06-10")
    assert not any("بشر" in r.location_text for r in rows), [(r.sub_event_type, r.location_text) for r in rows]


def test_the_bare_militia_in_yemen_is_the_houthis_unless_another_was_named_so():
    text = "تعز - شنت قوات الجيش الوطني هجوماً على مواقع المليشيا في تبة القناصين غرب المدينة."
    rows = records(text, published="2017-08-01")
    assert rows and all(r.actor2 == "Houthi Movement" for r in rows), [(r.actor1, r.actor2) for r in rows]
    text = ("عدن - هاجمت مليشيا الانتقالي معسكر بدر في خور مكسر. "
            "وقصفت المليشيا بقذائف الهاون حي كريتر، ما أدى إلى إصابة ثلاثة مدنيين.")
    rows = [r for r in records(text, published="2019-08-09") if "كريتر" in r.location_text]
    assert rows and all(r.actor1 == "Southern Transitional Council" for r in rows), \
        [(r.location_text, r.actor1) for r in rows]


def test_fighters_who_held_off_a_force_named_by_a_pronoun_fought_it():
    text = "مرجعيون - حاولت قوة إسرائيلية التوغل باتجاه بلدة العديسة، فتصدى لها مقاتلو حزب الله."
    assert _sides(text, "2024-10-12") == [("Armed clash", "بلدة العديسة", "Israeli Forces", "Hezbollah")], \
        _sides(text, "2024-10-12")


def test_the_latter_as_a_subject_is_the_last_side_named():
    text = ("أم درمان - قصفت مدفعية الجيش تجمعات الدعم السريع في حي الصالحة، "
            "فردت الأخيرة بقصف مدفعي على محيط منطقة كرري.")
    rows = [r for r in records(text, published="2023-09-20") if "كرري" in r.location_text]
    assert rows and all(r.actor1 == "Rapid Support Forces" for r in rows), [(r.location_text, r.actor1) for r in rows]


def test_the_last_days_are_no_side():
    text = "حلب - تصاعد القصف في الأسابيع الأخيرة، إذ قصفت قوات النظام بلدة الأتارب بالصواريخ."
    rows = records(text, published="2019-12-01")
    assert rows and all(r.actor1 == "Syrian Government Forces" and r.actor2 is None for r in rows), \
        [(r.actor1, r.actor2) for r in rows]


def test_the_items_of_a_raid_headline_are_the_raiders_doing():
    text = ("رام الله - وفا\nهجوم للمستوطنين على بلدات شرق رام الله\n"
            "- ترمسعيا: إحراق ثلاثة منازل وخمس مركبات.\n- المغير: اقتلاع عشرات أشجار الزيتون.")
    rows = [r for r in records(text, published="2024-04-13") if r.sub_event_type == "Looting/property destruction"]
    assert rows and all(r.actor1 == "Israeli Settlers" for r in rows), [(r.location_text, r.actor1) for r in rows]


def test_the_items_under_a_fight_of_two_sides_are_no_ones():
    # a clash between two armed sides in the headline does not say which of them looted
    text = ("طرابلس - وكالات\nاشتباكات بين قوات الوفاق وقوات حفتر في ضواحي طرابلس\n"
            "- قصر بن غشير: نهب منازل المواطنين.")
    rows = [r for r in records(text, published="2019-08-02") if r.sub_event_type == "Looting/property destruction"]
    assert all(r.actor1 not in ("Libyan National Army", "Military Forces of Libya") for r in rows), \
        [(r.location_text, r.actor1) for r in rows]


def test_an_air_force_named_by_its_owner_drops_barrels():
    text = "درعا - ألقى طيران النظام المروحي براميل متفجرة على بلدة اليادودة."
    rows = records(text, published="2015-03-10")
    assert [(r.sub_event_type, r.actor1) for r in rows] == [("Air/drone strike", "Syrian Government Forces")], \
        [(r.sub_event_type, r.location_text, r.actor1) for r in rows]


def test_hostile_shelling_in_lebanese_official_media_is_israels():
    text = "صور - تعرضت أطراف بلدة يارين لقصف مدفعي معادٍ، كما سقطت قذائف معادية في محيط بلدة مروحين."
    rows = records(text, published="2024-01-22")
    assert len(rows) == 2 and all(r.actor1 == "Israeli Forces" for r in rows), \
        [(r.location_text, r.actor1) for r in rows]


def test_a_small_drone_of_a_group_told_before_its_verb_is_the_groups():
    text = "الرقة - طائرة مسيرة صغيرة تابعة للتنظيم ألقت قنبلة على سوق للخضار في حي المشلب، ما أدى إلى إصابة ثلاثة."
    rows = records(text, published="2017-07-02")
    assert [(r.actor1, r.actor2) for r in rows] == [("Islamic State", "Civilians")], \
        [(r.sub_event_type, r.actor1, r.actor2) for r in rows]


def test_the_awakening_councils_hit_amid_their_men():
    text = "صلاح الدين - فجر انتحاري حزامه الناسف وسط مجموعة من عناصر الصحوة قرب قضاء بيجي، فقتل خمسة منهم."
    rows = records(text, published="2014-03-09")
    assert [(r.sub_event_type, r.actor2) for r in rows] == [("Suicide bomb", "Sahwa Militia")], \
        [(r.sub_event_type, r.actor1, r.actor2) for r in rows]


def test_residents_who_say_what_they_did_are_no_perpetrators():
    text = "تعز - قصف الحوثيون حي ثعبات بقذائف الهاون، وقال سكان إنهم استهدفوا كذلك حي الحصب."
    rows = records(text, published="2016-11-20")
    assert rows and all(r.actor1 != "Civilians" for r in rows), [(r.location_text, r.actor1) for r in rows]


def test_undercover_units_are_israels_forces_on_the_ground():
    text = "طولكرم - تسللت قوة من المستعربين إلى مخيم نور شمس واغتالت شابين داخل منزل."
    rows = records(text, published="2024-02-11")
    assert rows and all(r.actor1 == "Israeli Forces" for r in rows), [(r.sub_event_type, r.actor1) for r in rows]
    assert not any(r.sub_event_type == "Air/drone strike" for r in rows), [r.sub_event_type for r in rows]


def test_a_special_unit_that_slipped_in_struck_from_no_aircraft():
    text = "قلقيلية - تسللت قوة إسرائيلية خاصة إلى بلدة عزون وأطلقت النار على شاب."
    rows = records(text, published="2024-02-11")
    assert rows and not any(r.sub_event_type == "Air/drone strike" for r in rows), \
        [(r.sub_event_type, r.location_text) for r in rows]


def test_civilians_counted_when_a_strike_is_retold_are_its_other_side():
    text = ("عفرين - قصفت المدفعية التركية قرية معبطلي. "
            "وقال ناشطون إن القصف أدى إلى مقتل ثلاثة مدنيين بينهم امرأة.")
    rows = records(text, published="2018-02-03")
    assert [(r.actor1, r.actor2) for r in rows] == [("Turkish Forces", "Civilians")], \
        [(r.location_text, r.actor1, r.actor2) for r in rows]


def test_a_strike_on_a_position_keeps_the_side_that_holds_it():
    text = ("عفرين - قصفت المدفعية التركية مواقع عسكرية في قرية معبطلي. "
            "وقال ناشطون إن القصف أدى إلى إصابة مدنيين.")
    rows = records(text, published="2018-02-03")
    assert rows and all(r.actor2 == "Syrian Democratic Forces" for r in rows), \
        [(r.location_text, r.actor1, r.actor2) for r in rows]


def test_a_headline_of_two_events_joined_by_a_new_subject_is_two_clauses():
    text = ("الخرطوم - وكالات\nغارات للجيش على مواقع الدعم السريع في بحري والدعم السريع يقصف حي الثورة في أم درمان\n"
            "وقال شهود إن القصف تواصل حتى المساء.")
    rows = {r.location_text: r.actor1 for r in records(text, published="2024-05-10")}
    assert rows.get("حي الثورة") == "Rapid Support Forces", rows


def test_two_sides_with_one_verb_are_one_subject():
    # the verb after "X وY" has both as its subject, though it is singular
    text = "الفاشر - قالت مصادر إن القوة المشتركة للحركات المسلحة والجيش تصدت لهجوم على حي الدرجة الأولى."
    rows = records(text, published="2024-05-10")
    assert rows and all(r.actor1 != "Sudanese Armed Forces" or r.actor2 != "Civilians" for r in rows), \
        [(r.sub_event_type, r.actor1, r.actor2) for r in rows]


def test_forces_that_raid_a_house_on_the_ground_struck_from_no_aircraft():
    text = "الخليل - هاجمت قوات الاحتلال منزل عائلة أبو سنينة في بلدة بني نعيم."
    rows = records(text, published="2024-03-05")
    assert rows and not any(r.sub_event_type == "Air/drone strike" for r in rows), \
        [(r.sub_event_type, r.location_text) for r in rows]


def test_the_side_a_fight_is_retold_with_outranks_a_guessed_one():
    text = "طرابلس - شنت قوات حفتر هجوماً على مطار معيتيقة، واشتبكت مع قوة الردع المتمركزة فيه."
    rows = records(text, published="2019-04-10")
    assert [(r.actor1, r.actor2) for r in rows] == [("Libyan National Army", "Special Deterrence Force")], \
        [(r.sub_event_type, r.location_text, r.actor1, r.actor2) for r in rows]
