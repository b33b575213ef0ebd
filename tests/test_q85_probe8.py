"""Probe round q85-probe8: event types and places (Yemen, Sudan, Libya, Iraq).

Sentences written for these tests (names, places and numbers varied from the probes and from any report)."""
from __future__ import annotations

from helpers import records_at

records = records_at("2024-02-10")


def _rows(text: str, published: str | None = None) -> list[tuple[str, str, str | None, str | None]]:
    rs = records(text, published=published) if published else records(text)
    return sorted((r.sub_event_type, r.location, r.actor1, r.actor2) for r in rs)


# --- places that are also ordinary words, after a preposition or a market ---

def test_el_obeid_after_a_preposition_is_the_town():
    text = "كادقلي - خاص\nقتل أربعة مدنيين في قصف مدفعي لقوات الدعم السريع على الأبيض مساء أمس."
    assert [(t, loc) for t, loc, _, _ in _rows(text)] == [("Shelling/artillery/missile attack", "El Obeid")]


def test_el_obeids_market_is_the_town():
    text = ("كادقلي - خاص\nسقطت مقذوفات أطلقتها قوات الدعم السريع على سوق الأبيض الشعبي، "
            "ما أدى إلى مقتل سبعة أشخاص.")
    assert [loc for _, loc, _, _ in _rows(text)] == ["El Obeid"]


def test_the_white_house_is_still_no_town():
    text = "كادقلي - خاص\nقصفت مسيرة مستشفى في مدينة الدلنج، وأدان البيت الأبيض الهجوم."
    assert "El Obeid" not in [loc for _, loc, _, _ in _rows(text)]


def test_al_bayda_after_a_preposition_is_the_yemeni_town():
    text = "مأرب - خاص\nشنت مقاتلات التحالف ثلاث غارات على تجمعات للحوثيين في البيضاء."
    assert [loc for _, loc, _, _ in _rows(text, "2017-03-04")] == ["Al Bayda"]


# --- a mosque, a shrine or a school blown up by its subject ---

def test_a_shrine_blown_up_by_its_subject_is_property_destruction():
    text = "تلعفر - وكالات\nفجر مسلحو تنظيم داعش مرقداً دينياً وسط قضاء تلعفر."
    assert [t for t, _, _, _ in _rows(text, "2014-07-20")] == ["Looting/property destruction"]


def test_a_mosque_and_a_school_blown_up_by_the_houthis():
    text = "تعز - خاص\nفجرت مليشيا الحوثي مسجداً ومدرسة في قرية الصراهم بمديرية مقبنة."
    rows = _rows(text, "2018-09-02")
    assert [(t, a1) for t, _, a1, _ in rows] == [("Looting/property destruction", "Houthi Movement")], rows


def test_a_bomb_set_off_near_a_mosque_is_still_a_bomb():
    text = "ديالى - خاص\nفجر مسلحون عبوة ناسفة قرب جامع في قضاء المقدادية، ما أدى إلى إصابة ثلاثة مصلين."
    assert [t for t, _, _, _ in _rows(text, "2019-05-11")] == ["Remote explosive/landmine/IED"]


# --- a raid that shoots or kills is no arrest ---

def test_a_raid_that_kills_protesters_is_excessive_force():
    text = ("الديوانية - وكالات\nداهمت قوات الأمن خيام المعتصمين في ساحة الساعة وأطلقت الرصاص الحي "
            "عليهم، ما أسفر عن مقتل ستة محتجين.")
    rs = records(text, published="2019-12-02")
    assert [(r.sub_event_type, r.actor2, r.fatalities) for r in rs] == [
        ("Excessive force against protesters", "Protesters", 6)], [(r.sub_event_type, r.fatalities) for r in rs]


def test_a_raid_that_arrests_is_still_an_arrest():
    text = "الرمادي - وكالات\nداهمت قوة أمنية منزلين في حي الملعب بمدينة الرمادي واعتقلت أربعة مطلوبين."
    rows = _rows(text, "2018-04-03")
    assert [(t, a1) for t, _, a1, _ in rows] == [("Arrests", "Iraqi Security Forces")], rows


def test_a_security_force_named_in_the_singular_is_the_states():
    text = "الرمادي - وكالات\nداهمت قوة أمنية وكراً لتنظيم داعش في جزيرة الخالدية وقتلت اثنين من عناصره."
    rows = _rows(text, "2018-04-03")
    assert [(t, a1, a2) for t, _, a1, a2 in rows] == [("Armed clash", "Iraqi Security Forces", "Islamic State")], rows


# --- a protest against fighting or shelling is a protest ---

def test_a_march_denouncing_renewed_clashes_is_a_protest():
    text = ("مصراتة - وكالات\nخرج مئات المواطنين في مسيرة بمدينة الخمس للتنديد بتجدد الاشتباكات "
            "بين الكتائب المسلحة.")
    assert [t for t, _, _, _ in _rows(text, "2022-05-14")] == ["Peaceful protest"]


def test_a_protest_against_continued_shelling_is_a_protest():
    text = "تعز - خاص\nتظاهر العشرات في مدينة التربة احتجاجاً على استمرار القصف على القرى."
    assert [t for t, _, _, _ in _rows(text, "2021-01-09")] == ["Peaceful protest"]


# --- a militia that took ground from the state's forces ---

def test_a_militia_regaining_ground_from_the_army_is_a_non_state_take_over():
    text = ("عدن - وكالات\nاستعادت قوات المجلس الانتقالي الجنوبي السيطرة على مدينة شقرة بعد "
            "طرد القوات الحكومية منها.")
    rows = _rows(text, "2019-08-30")
    assert [t for t, _, _, _ in rows] == ["Non-state actor overtakes territory"], rows


def test_a_militia_beside_the_army_still_regains():
    text = "لحج - وكالات\nاستعادت المقاومة الشعبية السيطرة على مدينة الحوطة بعد معارك مع الحوثيين."
    rows = _rows(text, "2015-07-28")
    assert [t for t, _, _, _ in rows] == ["Government regains territory"], rows


# --- a civilian institution's seat or a hotel attacked ---

def test_gunmen_attacking_a_hotel_attack_civilians():
    text = "طرابلس - وكالات\nهاجم مسلحون فندق المهاري في طرابلس، ما أسفر عن مقتل أربعة أشخاص."
    rows = _rows(text, "2016-02-02")
    assert [(t, a2) for t, _, _, a2 in rows] == [("Attack", "Civilians")], rows


def test_gunmen_attacking_an_aid_organisations_office_attack_civilians():
    text = "نيالا - خاص\nهاجم مسلحون مقر منظمة إنسانية في مدينة نيالا وأصابوا حارسين."
    rows = _rows(text, "2022-11-20")
    assert ("Attack", "Civilians") in [(t, a2) for t, _, _, a2 in rows], rows


# --- a town taken beside the villages taken off it ---

def test_a_town_taken_with_a_village_taken_off_it_are_two_take_overs():
    text = ("كركوك - وكالات\nأعلنت القوات العراقية السيطرة على بلدة الرشاد وطرد عناصر داعش منها، "
            "ثم سيطرت على قرية المجبل شمال الرشاد.")   # (q86-probe1: "تقدمت نحو" heads for it, takes nothing)
    rows = _rows(text, "2017-10-01")
    assert len([t for t, _, _, _ in rows if t == "Government regains territory"]) == 2, rows


def test_a_village_off_a_city_named_bare_keeps_the_city_out():
    text = "نينوى - وكالات\nحررت القوات العراقية اليوم بلدة كرمليس شرقي الموصل بالكامل."
    assert [loc for _, loc, _, _ in _rows(text, "2016-10-24")] != ["Mosul"]
    assert "Mosul" not in [loc for _, loc, _, _ in _rows(text, "2016-10-24")]


# --- a district's outskirts are the district's ---

def test_a_districts_outskirts_are_not_told_more_finely_by_a_town_outside_it():
    text = ("مأرب - خاص\nشن طيران التحالف غارات على مواقع للحوثيين في محيط مدينة مأرب "
            "وأطراف مديرية الجوبة.")
    locs = sorted(loc for _, loc, _, _ in _rows(text, "2021-02-20"))
    assert len(locs) == 2, locs


# --- a kamikaze drone shot down ---

def test_a_kamikaze_drone_the_air_defences_stopped_is_disrupted_weapons_use():
    text = ("مروي - خاص\nتصدت الدفاعات الأرضية لمسيرات انتحارية أطلقتها قوات الدعم السريع "
            "على سد مروي فجر اليوم.")
    rows = _rows(text, "2024-04-12")
    assert [t for t, _, _, _ in rows] == ["Disrupted weapons use"], rows


def test_a_kamikaze_drone_that_struck_is_still_a_drone_strike():
    text = "مروي - خاص\nاستهدفت مسيرات انتحارية مطار مروي، ما أدى إلى إصابة عاملين."
    assert [t for t, _, _, _ in _rows(text, "2024-04-12")] == ["Air/drone strike"]


# --- "no fight" names no fight ---

def test_a_withdrawal_without_a_fight_and_the_entry_after_it_are_a_transfer():
    text = ("سنار - خاص\nانسحبت قوات الجيش من مدينة الدندر دون قتال، ودخلتها قوات الدعم السريع "
            "مساء الأحد.")
    rows = _rows(text, "2024-07-02")
    assert [(t, a1) for t, _, a1, _ in rows] == [
        ("Non-violent transfer of territory", "Rapid Support Forces")], rows


# --- whoever burned "in protest" rioted ---

def test_young_men_who_burned_a_building_in_protest_riot():
    text = "الخمس - وكالات\nأحرقت مجموعة من الشبان مبنى المجلس البلدي في مدينة الخمس احتجاجاً على انقطاع المياه."
    assert [t for t, _, _, _ in _rows(text, "2023-08-11")] == ["Violent demonstration"]


def test_a_protest_against_a_burning_stays_peaceful():
    text = "الخمس - وكالات\nتظاهر العشرات في مدينة الخمس احتجاجاً على إحراق مبنى المجلس البلدي."
    assert [t for t, _, _, _ in _rows(text, "2023-08-11")] == ["Peaceful protest"]


# --- a new camp or seat set up ---

def test_a_new_military_seat_is_a_base_established():
    text = "نيالا - خاص\nأنشأت قوات الدعم السريع مقراً عسكرياً جديداً في منطقة كاس غرب نيالا."
    assert [t for t, _, _, _ in _rows(text, "2024-06-01")] == ["Headquarters or base established"]


# --- a list of districts after their plural type word ---

def test_a_list_after_districts_plural_reads_a_district_that_is_also_a_word():
    text = "صعدة - خاص\nشنت مقاتلات التحالف 14 غارة على مديريات منبه وغمر والظاهر الحدودية."
    locs = [loc for _, loc, _, _ in _rows(text, "2018-02-06")]
    assert "Adh Dhahir" in locs and "Ghamr" in locs, locs


# --- tyres lit at a road block ---

def test_protesters_who_lit_tyres_riot():
    text = "عطبرة - وكالات\nقطع محتجون الطريق القومي في مدينة عطبرة وأشعلوا النيران في الإطارات رفضاً لارتفاع الأسعار."
    assert [t for t, _, _, _ in _rows(text, "2022-03-06")] == ["Violent demonstration"]


# --- the town people fled from ---

def test_the_town_a_convoy_fled_from_is_no_place_of_the_strike():
    text = ("كربلاء - وكالات\nقصفت طائرات الجيش العراقي رتلاً لتنظيم داعش فر من مدينة هيت قرب "
            "منطقة الوليد، ما أدى إلى تدمير 15 عجلة.")
    locs = [loc for _, loc, _, _ in _rows(text, "2016-04-15")]
    assert "Hit" not in locs and len(locs) == 1, locs


# --- an angry crowd of citizens that attacks ---

def test_angry_citizens_who_stormed_and_burned_a_police_station_riot():
    text = "الأبيض - خاص\nهاجم مواطنون غاضبون قسماً للشرطة في حي القبة بمدينة الأبيض وأحرقوه."
    rows = _rows(text, "2022-10-09")
    assert [(t, a1) for t, _, a1, _ in rows] == [("Violent demonstration", "Rioters")], rows
