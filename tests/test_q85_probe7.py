"""Probe round q85-probe7 (actors and sides: who did it and to whom).

Sentences written for these tests (names, places and numbers varied from any report)."""
from __future__ import annotations

from helpers import records_at

records = records_at("2017-08-14")


def _sides(text: str, published: str | None = None) -> list[tuple[str, str, str | None, str | None]]:
    recs = records_at(published)(text) if published else records(text)
    return sorted((r.sub_event_type, r.location_text, r.actor1, r.actor2) for r in recs)


def test_aircraft_named_as_the_backer_leave_the_ground_side_the_taker():
    # "بدعم من طيران التحالف": the aircraft backed the fighters on the ground, who took the town
    text = "الحسكة - وكالات\nطرد مقاتلو وحدات حماية الشعب عناصر داعش من بلدة الهول بدعم من طيران التحالف."
    got = _sides(text)
    assert [(t, a1, a2) for t, _, a1, a2 in got] == [
        ("Non-state actor overtakes territory", "Syrian Democratic Forces", "Islamic State")], got
    text = "حلب - وكالات\nسيطر الجيش الوطني على قرية عريشة بغطاء جوي من الطيران التركي."
    got = _sides(text)
    assert [(t, a1, a2) for t, _, a1, a2 in got] == [
        ("Non-state actor overtakes territory", "Syrian National Army", None)], got


def test_aircraft_backing_a_fight_do_not_make_the_fighters_the_side_hit():
    text = "دير الزور - وكالات\nاندلعت اشتباكات بين قسد وعناصر داعش في بلدة الكشكية بمساندة من طيران التحالف."
    got = _sides(text)
    assert [(t, a1, a2) for t, _, a1, a2 in got] == [
        ("Armed clash", "Syrian Democratic Forces", "Islamic State")], got


def test_a_nations_drones_named_as_support_are_no_loser():
    # "بدعم من الطائرات المسيرة التركية": the adjective after the weapon is the backer
    text = "إدلب - وكالات\nسيطرت هيئة تحرير الشام على قرية الحويز بدعم من الطائرات المسيرة التركية."
    got = _sides(text, "2020-02-20")
    assert [(t, a1, a2) for t, _, a1, a2 in got] == [
        ("Non-state actor overtakes territory", "Hayat Tahrir al-Sham", None)], got


def test_warplanes_that_struck_a_group_still_leave_it_the_side_hit():
    text = "الرقة - وكالات\nقصف الطيران الحربي مقراً لتنظيم الدولة في بلدة الكرامة شرق الرقة."
    got = _sides(text)
    assert [(t, a2) for t, _, _, a2 in got] == [("Air/drone strike", "Islamic State")], got


def test_fighters_mourned_as_resistance_men_are_counted_and_no_civilians():
    # «مقاومين»: men of an armed side, counted as «مقاتلين» are
    text = "طوباس - وفا\nاغتالت قوات الاحتلال مقاومَين من سرايا القدس في بلدة طمون."
    recs = records_at("2024-01-08")(text)
    assert [(r.actor1, r.actor2, r.fatalities) for r in recs] == [
        ("Israeli Forces", "Palestinian Islamic Jihad", 2)], recs
    # a camp that names the place says where they fell, not that the dead were civilians
    text = "نابلس - وفا\nقتلت قوات الاحتلال أربعة مقاومين في مخيم عسكر الجديد شرق نابلس."
    recs = records_at("2023-02-22")(text)
    assert [(r.actor1, r.actor2, r.fatalities) for r in recs] == [("Israeli Forces", None, 4)], recs
    text = "غزة - وكالات\nقتل ثلاثة مقاتلين بغارة إسرائيلية على مخيم البريج وسط القطاع."
    recs = records_at("2024-03-02")(text)
    assert [(r.actor2, r.fatalities) for r in recs] == [(None, 3)], recs
    text = "غزة - وكالات\nقتل ستة مدنيين بغارة إسرائيلية على مخيم البريج وسط القطاع."
    recs = records_at("2024-03-02")(text)
    assert [(r.actor2, r.fatalities) for r in recs] == [("Civilians", 6)], recs


def test_the_accused_named_with_the_events_pronoun_did_it():
    # "بالوقوف وراءها": the accusation of the strike just told, by its pronoun
    text = ("بغداد - وكالات\nسقطت أربعة صواريخ على معسكر التاجي. "
            "واتهمت واشنطن كتائب حزب الله بالوقوف وراءها.")
    recs = records_at("2020-03-11")(text)
    assert [r.actor1 for r in recs] == ["Kataib Hezbollah"], recs
    text = ("إدلب - وكالات\nقتل ثلاثة جنود أتراك بقصف على نقطة مراقبة قرب بلدة معرحطاط. "
            "واتهمت أنقرة قوات النظام بالوقوف وراءه.")
    recs = records_at("2020-02-03")(text)
    assert [(r.actor1, r.actor2) for r in recs] == [("Syrian Government Forces", "Turkish Forces")], recs


def test_two_factions_named_after_their_dual_noun_fought_each_other():
    # "بين فصيلي X وY": the two factions, not the first left out; the Levant Front is no place
    text = "حلب - وكالات\nاندلعت اشتباكات بين فصيلي الجبهة الشامية وفرقة السلطان مراد في مدينة مارع."
    got = _sides(text, "2021-05-30")
    assert [(t, loc, a1, a2) for t, loc, a1, a2 in got] == [
        ("Armed clash", "مدينة مارع", "Levant Front", "Sultan Murad Division")], got


def test_men_of_both_sides_counted_are_not_the_states_soldiers():
    # "عناصر من الطرفين": the two sides' own men (one side unknown), no army as the other side
    text = ("حلب - وكالات\nاندلعت اشتباكات بين أحرار الشام ولواء صقور الجبل في بلدة قباسين، "
            "ما أسفر عن مقتل أربعة عناصر من الطرفين.")
    recs = records_at("2021-05-30")(text)
    assert [(r.actor1, r.actor2, r.fatalities) for r in recs] == [("Ahrar al-Sham", None, 4)], recs
    # an unnamed toll of "عناصر" is still the state's soldiers
    text = "درعا - وكالات\nقتل أربعة عناصر في هجوم على حاجز في بلدة اليادودة."
    recs = records_at("2021-05-30")(text)
    assert [r.actor2 for r in recs] == ["Syrian Government Forces"], recs


def test_soldiers_struck_in_a_camp_named_as_the_place_are_the_side_hit():
    # "خلال اقتحامهم مخيم نور شمس": the camp says where; the soldiers named are the side hit
    text = ("طولكرم - وكالات\nأعلنت سرايا القدس أن مقاتليها استهدفوا جنود الاحتلال بعبوة ناسفة "
            "خلال اقتحامهم مخيم نور شمس.")
    recs = records_at("2024-04-20")(text)
    assert [(r.actor1, r.actor2) for r in recs] == [("Palestinian Islamic Jihad", "Israeli Forces")], recs
    # the Qassam Brigades by their short name
    text = "قلقيلية - وكالات\nفجر مقاتلو القسام عبوة ناسفة بدورية للاحتلال قرب بلدة عزون."
    recs = records_at("2024-04-20")(text)
    assert [(r.actor1, r.actor2) for r in recs] == [("Hamas Movement", "Israeli Forces")], recs


def test_the_side_led_into_an_ambush_was_hit():
    text = ("رفح - وكالات\nقالت سرايا القدس إنها أوقعت قوة إسرائيلية راجلة في كمين محكم "
            "شرق مدينة رفح.")
    recs = records_at("2024-06-11")(text)
    assert [(r.sub_event_type, r.actor1, r.actor2) for r in recs] == [
        ("Armed clash", "Palestinian Islamic Jihad", "Israeli Forces")], recs


def test_a_backer_told_by_its_adverb_is_no_side_hit():
    # "اللواء الثامن المدعوم روسياً": Russia backs the brigade; it was not shot at
    text = ("درعا - وكالات\nهاجم مسلحون مجهولون حاجزاً للواء الثامن المدعوم روسياً "
            "قرب بلدة معربة، ما أدى لمقتل عنصرين.")
    recs = records_at("2022-03-14")(text)
    assert recs and all("Russian Forces" not in (r.actor1, r.actor2) for r in recs), recs


def test_a_former_fighter_killed_is_no_fighter_of_the_day():
    # "عنصراً سابقاً في ...": one who was, shot at his home; the gold sets take him as a civilian
    text = ("درعا - وكالات\nاغتال مسلحون مجهولون عنصراً سابقاً في فصائل المعارضة أمام منزله "
            "في بلدة الغارية الغربية.")
    recs = records_at("2021-09-14")(text)
    assert [(r.sub_event_type, r.actor2) for r in recs] == [("Attack", "Civilians")], recs


def test_gunmen_said_to_belong_to_a_force_are_its_men():
    text = ("حماة - وكالات\nأعدم مسلحون يتبعون لفصائل وزارة الدفاع أربعة رجال في قرية "
            "تل الدرة بريف حماة الشرقي.")
    recs = records_at("2025-03-09")(text)
    assert [(r.actor1, r.actor2) for r in recs] == [("Syrian Government Forces", "Civilians")], recs
    text = "حمص - وكالات\nقتل شابان برصاص مسلحين تابعين لقوات الأمن العام في حي الزهراء بمدينة حمص."
    recs = records_at("2025-02-02")(text)
    assert [r.actor1 for r in recs] == ["Syrian Government Forces"], recs
    # (bare factions name no one force)
    text = "اللاذقية - وكالات\nقتل ثلاثة مدنيين على يد مسلحين تابعين للفصائل في قرية الرصافة."
    recs = records_at("2025-03-08")(text)
    assert [r.actor1 for r in recs] == ["Unidentified Armed Group"], recs


def test_rebel_groups_that_fought_hts_by_their_names():
    text = ("حلب - وكالات\nسيطرت هيئة تحرير الشام على بلدة خان العسل بعد معارك مع حركة "
            "نور الدين الزنكي.")
    got = _sides(text, "2019-01-03")
    assert [(a1, a2) for _, _, a1, a2 in got] == [("Hayat Tahrir al-Sham", "Nour al-Din al-Zenki Movement")], got


def test_fire_from_a_sides_positions_is_that_sides():
    # "لقصف مدفعي من مواقع قوات النظام": the positions the fire came from, not the ones hit
    text = ("إدلب - وكالات\nتعرضت نقطة المراقبة التركية في الصرمان لقصف مدفعي من مواقع قوات النظام، "
            "ما أدى لإصابة ثلاثة جنود أتراك.")
    recs = records_at("2019-09-05")(text)
    assert [(r.actor1, r.actor2) for r in recs] == [("Syrian Government Forces", "Turkish Forces")], recs


def test_the_side_that_held_an_attack_off_is_its_other_side():
    text = ("ديالى - وكالات\nشن عناصر داعش هجوماً على قرية الإمام ويس، "
            "وتمكنت قوات الحشد الشعبي من صده بعد ساعتين.")
    recs = records_at("2017-09-12")(text)
    assert [(r.actor1, r.actor2) for r in recs] == [("Islamic State", "Popular Mobilization Forces")], recs
