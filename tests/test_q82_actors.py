"""Precision round q82-actors (who did it and to whom, pooled over every gold set, second stop): each
test is a sentence written for it, not one of the sets'."""
from __future__ import annotations

from helpers import records_at


recs = records_at("2016-05-18")


def _at(rs, word):
    return [r for r in rs if r.location_text and word in r.location_text]


# 1. the side a force's strikes hit in one region of its country (default_targets.tsv rows with an
#    admin1, asked after geocoding): the LNA's air force and guns in Benghazi hit the Shura Council
def test_lna_strikes_in_benghazi_that_name_no_target_hit_the_shura_council():
    rs = recs("وأفاد مصدر عسكري بأن سلاح الجو التابع للجيش الوطني الليبي نفذ، مساء اليوم الأربعاء، ثلاث غارات "
              "على مواقع في منطقة سوق الحوت ببنغازي.")
    hit = [r for r in rs if r.sub_event_type == "Air/drone strike"]
    assert hit and hit[0].actor1 == "Libyan National Army" \
        and hit[0].actor2 == "Benghazi Revolutionaries Shura Council"


def test_lna_shelling_in_benghazi_after_the_council_left_keeps_no_default():   # (a guard: the row's end)
    rs = recs("قصفت مدفعية الجيش الوطني الليبي، اليوم الخميس، مواقع في منطقة قنفودة غرب بنغازي.", "2019-03-14")
    hit = [r for r in rs if r.sub_event_type == "Shelling/artillery/missile attack"]
    assert hit and hit[0].actor2 != "Benghazi Revolutionaries Shura Council"


def test_lna_strikes_outside_benghazi_keep_no_default():   # (a guard: the row's region)
    rs = recs("شن الطيران الحربي التابع للجيش الوطني الليبي، اليوم الأربعاء، غارتين على مواقع في مدينة درنة.")
    hit = [r for r in rs if r.sub_event_type == "Air/drone strike"]
    assert hit and hit[0].actor2 != "Benghazi Revolutionaries Shura Council"


# 2. the Islamic Resistance in Iraq's rockets and drones in Iraq hit US forces (default_targets.tsv)
def test_islamic_resistance_strikes_on_a_base_in_iraq_hit_us_forces():
    rs = recs("وتبنت المقاومة الإسلامية في العراق، في بيان، قصف قاعدة عين الأسد غربي الأنبار بثلاثة صواريخ "
              "مساء أمس الاثنين، دون أنباء عن إصابات.", "2023-12-05")
    hit = [r for r in rs if r.sub_event_type in ("Shelling/artillery/missile attack", "Air/drone strike")]
    assert hit and hit[0].actor1 == "Islamic Resistance in Iraq" \
        and hit[0].actor2 == "Military Forces of the United States"


# 3. gunmen told by the uniform of a named force are that force's men, the side that acted
#    (pipeline._without_gunmen_in_uniform, grammar_words.tsv uniform_of)
def test_gunmen_in_a_forces_uniform_are_that_force():
    rs = recs("وأفادت مصادر محلية بأن متاجر السوق الشعبي في مدينة الفاشر تعرضت للنهب مساء أمس على أيدي "
              "مسلحين يرتدون زي الدعم السريع.", "2024-04-10")
    hit = [r for r in rs if r.sub_event_type == "Looting/property destruction"]
    assert hit and hit[0].actor1 == "Rapid Support Forces" and hit[0].actor2 == "Civilians"


def test_gunmen_stopping_a_bus_in_a_forces_uniform_are_that_force():
    rs = recs("وعند مدخل بلدة طويلة أوقف مسلحون بزي الدعم السريع حافلة للركاب واقتادوا خمسة رجال إلى جهة "
              "مجهولة.", "2024-04-10")
    hit = [r for r in rs if r.sub_event_type == "Abduction/forced disappearance"]
    assert hit and hit[0].actor1 == "Rapid Support Forces"


def test_gunmen_in_plain_clothes_stay_unidentified():   # (a guard: no force named after the word)
    rs = recs("وقال شهود إن مسلحين بزي مدني نهبوا محال الصاغة في سوق مدينة الفاشر مساء أمس الثلاثاء.",
              "2024-04-10")
    hit = [r for r in rs if r.sub_event_type == "Looting/property destruction"]
    assert hit and hit[0].actor1 == "Unidentified Armed Group"


# 4. the definite gunmen ("المسلحين") refer back to a militia the report told as gunmen
#    ("مسلحون موالون للنظام السابق"), not only to an organisation (extract/actors.py)
def test_the_definite_gunmen_are_the_loyalist_gunmen_told_before():
    rs = recs("شن مسلحون موالون للنظام السابق، ليل الأحد، هجوماً على حاجز للأمن العام قرب مدينة بانياس.\n"
              "وقال مصدر أمني إن طائرات مروحية تابعة لوزارة الدفاع قصفت تجمعات للمسلحين في محيط قرية "
              "القرداحة صباح اليوم.", "2025-03-10")
    hit = _at(rs, "القرداحة")
    assert hit and hit[0].actor2 == "Assad Loyalists"


# 5. a fight whose attacker no words of its own name, at the place and on the day of another of the
#    report's events between its named side and another, was fought by that other side
#    (pipeline._clash_sides_from_siblings)
def test_a_fight_at_a_town_taken_that_day_is_the_taker_s():
    rs = recs("سيطر تنظيم الدولة الإسلامية، اليوم الأحد، على مدينة السخنة في ريف حمص الشرقي بعد انسحاب قوات "
              "النظام منها. وأفاد المرصد بأن اشتباكات عنيفة دارت في مدينة السخنة قبل سقوطها، قتل فيها 12 عنصراً "
              "من قوات النظام.", "2016-12-11")
    hit = [r for r in rs if r.sub_event_type == "Armed clash"]
    assert hit and hit[0].actor1 == "Islamic State" and hit[0].actor2 == "Syrian Government Forces"


def test_a_fight_with_no_other_event_there_keeps_its_unnamed_attacker():   # (a guard: no sibling, no change)
    rs = recs("وأفاد المرصد بأن اشتباكات عنيفة دارت في مدينة السخنة، قتل فيها 12 عنصراً من قوات النظام.",
              "2016-12-11")
    hit = [r for r in rs if r.sub_event_type == "Armed clash"]
    assert hit and hit[0].actor1 == "Unidentified Armed Group"
