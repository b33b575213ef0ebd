"""Quality round q76-sudlib (Sudan 2019-2025, Libya 2011-2023): one test per rule, sentences written
new for the tests (not the set's)."""
from __future__ import annotations

import pytest

from helpers import extract as _recs, of_sub as _by_sub


def test_city_strike_with_own_toll_is_not_an_introduction_of_a_quarter_shelling():
    text = ("أفادت مصادر طبية أن طائرة مسيرة تابعة لقوات الدعم السريع استهدفت، صباح الأحد، سوق الماشية "
            "في مدينة نيالا، ما أدى إلى مقتل 23 شخصاً وإصابة 40.\n"
            "وأضافت المصادر أن الدعم السريع قصفت أيضاً بالمدفعية حي الجير جنوب المدينة، ما أسفر عن مقتل 3 نساء.")
    recs = _recs(text, "2024-03-12")
    air = _by_sub(recs, "Air/drone strike")
    assert air and air[0].location_text.endswith("نيالا") and air[0].fatalities == 23
    assert _by_sub(recs, "Shelling/artillery/missile attack")


def test_killing_told_with_a_raid_is_an_attack_not_the_reports_strikes():
    text = ("قال ناشطون إن قوات الدعم السريع قتلت 37 شخصاً من سكان قرية ود النورة يوم الأربعاء، "
            "بعد أن داهمت القرية، وخطفت عشرات النساء.\n"
            "من جهته، شن سلاح الجو التابع للجيش غارات على تمركزات الدعم السريع في مدينة الحصاحيصا.")
    recs = _recs(text, "2024-06-07")
    village = [r for r in recs if "النورة" in r.location_text and r.fatalities == 37]
    assert village and village[0].sub_event_type == "Attack"


def test_assault_with_burning_on_a_camp_is_an_attack_in_a_shelling_report():
    text = ("قالت غرفة طوارئ المخيم إن قوات الدعم السريع شنت أمس هجوماً كبيراً على مخيم كلمة للنازحين، "
            "وأحرقت عشرات المساكن، ما أدى إلى مقتل 41 شخصاً.\n"
            "كما قصفت الدعم السريع بالمدافع حي كرري شمالي المدينة، ما أسفر عن مقتل 6 أشخاص.")
    recs = _recs(text, "2024-05-20")
    camp = [r for r in recs if "كلمة" in r.location_text and r.fatalities == 41]
    assert camp and camp[0].sub_event_type == "Attack"


@pytest.mark.parametrize("camps", ["معسكرات لقوات الدعم السريع", "تمركزات قوات الدعم السريع",
                                   "ثكنات الدعم السريع"])
def test_plural_camps_and_posts_mark_the_side_struck(camps):
    text = f"نفذ الطيران الحربي التابع للجيش السوداني، مساء الثلاثاء، غارات على {camps} في مدينة الضعين."
    recs = _by_sub(_recs(text, "2024-09-11"), "Air/drone strike")
    assert recs and recs[0].actor1 == "Sudanese Armed Forces" and recs[0].actor2 == "Rapid Support Forces"


def test_an_air_force_is_how_it_struck():
    text = ("أعلنت غرفة العمليات أن سلاح الجو التابع لحكومة الوفاق استهدف بضربات مركزة آليات "
            "في محيط مدينة بني وليد صباح الأحد.")
    recs = _recs(text, "2020-04-13")
    assert recs and recs[0].sub_event_type == "Air/drone strike"


def test_a_ministry_is_no_place():
    text = ("بني وليد - أعلنت وزارة العدل بحكومة الوفاق، اليوم الثلاثاء، العثور على مقبرة جماعية في مدينة "
            "بني وليد، بعد أسبوع من سيطرة قوات الوفاق عليها.")
    recs = _recs(text, "2020-06-23")
    assert recs and all("العدل" not in r.location_text for r in recs)


def test_the_side_right_after_a_nominal_takeover_took_the_place():
    text = ("أفاد سكان بانتشار الجثث في شوارع مدينة الأصابعة، بعد يومين من سيطرة قوات الوفاق عليها "
            "وانسحاب قوات حفتر منها.")
    recs = _by_sub(_recs(text, "2020-06-09"), "Government regains territory")
    assert recs and recs[0].actor1 == "Military Forces of Libya" and recs[0].actor2 == "Libyan National Army"


def test_where_civilians_fled_is_not_where_the_houses_burned():
    text = ("وقال سكان إن مسلحين هاجموا حي الرياض في مدينة الجنينة وأحرقوا عشرات المنازل، "
            "فيما فر مئات المدنيين سيراً على الأقدام نحو بلدة فوربرنقا.")
    recs = _recs(text, "2023-05-28")
    assert recs and all("فوربرنقا" not in r.location_text for r in recs)



def test_forces_loyal_to_another_state_force_are_the_other_side():
    text = ("اندلعت اشتباكات عنيفة، صباح الجمعة، في منطقة السواني جنوب طرابلس بين قوات الجيش الوطني الليبي "
            "والقوات الموالية لحكومة الوفاق.")
    recs = _by_sub(_recs(text, "2019-05-11"), "Armed clash")
    assert recs and {recs[0].actor1, recs[0].actor2} == {"Libyan National Army", "Military Forces of Libya"}


def test_rsf_storming_a_sit_in_before_the_war_is_the_states_excessive_force():
    text = ("قتل 4 متظاهرين بعد أن اقتحمت قوات الدعم السريع مكان الاعتصام في مدينة الأبيض وأطلقت الرصاص "
            "على المعتصمين، صباح الاثنين.")
    recs = _recs(text, "2019-07-30")
    assert recs and recs[0].sub_event_type == "Excessive force against protesters"
    # after 15 April 2023 the RSF are a non-state force: the same deed is an attack
    later = _recs(text, "2024-07-30")
    assert later and later[0].sub_event_type != "Excessive force against protesters"


def test_a_city_taken_is_no_introduction_of_another_town_taken():
    text = ("سنار - أعلنت قوات الدعم السريع، مساء الأحد، دخولها مدينة الدندر بعد انسحاب الجيش منها.\n"
            "وكانت الدعم السريع قد سيطرت يوم الخميس على بلدة السوكي بعد اشتباكات مع الجيش.\n"
            "وأفاد سكان قرية ود العباس شرق المدينة بأن مسلحين من الدعم السريع قتلوا 3 رعاة صباح اليوم.")
    recs = _by_sub(_recs(text, "2024-07-01"), "Non-state actor overtakes territory")
    assert any("الدندر" in r.location_text for r in recs)


@pytest.mark.parametrize("text", [
    "شن سلاح الجو التابع للقيادة العامة غارات على مواقع المسلحين في منطقة قنفودة غرب بنغازي.",
    "سيطرت قوات الجيش الوطني الليبي على منطقة سوق الحوت وسط بنغازي بعد معارك عنيفة.",
])
def test_benghazi_quarters_of_the_2016_2017_fighting_are_placed_in_benghazi(text):
    # curated/places_pass76_sudlib.tsv: quarters without a printed point take Benghazi's (precision 2)
    recs = _recs(text, "2016-12-01")
    assert recs and recs[0].location.startswith("Benghazi - ") and recs[0].geo_precision == 2


@pytest.mark.parametrize("side, name", [
    ("كتائب من مصراتة", "Misrata Brigades"),
    ("قوات درع ليبيا", "Libya Shield Force"),
    ("كتيبة شهداء 17 فبراير", "February 17 Martyrs Brigade"),
])
def test_libyan_brigades_named_as_wire_copy_names_them(side, name):
    text = f"اندلعت اشتباكات عنيفة، مساء الثلاثاء، في منطقة بوعطني ببنغازي بين قوات الصاعقة و{side}."
    recs = _by_sub(_recs(text, "2014-10-15"), "Armed clash")
    assert recs and name in (recs[0].actor1, recs[0].actor2)
