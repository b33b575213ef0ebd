"""Type confusions and place mismatches (precision round q82-match): each test is a report written for it (none
is a sentence of eval/written/ or of the dev set); each rule's test fails at 0bb2ab8, the guards (the readings a
rule must keep) pass before and after."""
from __future__ import annotations

import rasd


def _typed(got):
    return [(r.sub_event_type, r.location_text) for r in got]


def _at(got, name):
    return [r.sub_event_type for r in got if name == (r.location_text or "")]


# -- force at one place of a list of protests: at that place only ---------------------------------------------

def test_tear_gas_at_one_town_of_a_protest_list_is_not_at_the_others():
    text = ("العراق - وكالات\n\n"
            "خرجت مظاهرات في مدن الناصرية والكوت والعمارة والديوانية تطالب بإقالة الحكومة، وأطلقت قوات الأمن "
            "الغاز المسيل للدموع على المتظاهرين في الكوت.")
    got = rasd.extract(text, published="2019-11-02")
    assert _at(got, "الكوت") == ["Protest with intervention"], _typed(got)
    for town in ("الناصرية", "العمارة", "الديوانية"):
        assert _at(got, town) == ["Peaceful protest"], _typed(got)


def test_live_fire_at_one_quarter_of_a_protest_list_is_excessive_force_there_only():
    text = ("الخرطوم - تحديثات\n\n"
            "احتجاجات واسعة الآن في أحياء الديم والعمارات والرياض بالخرطوم، وقوات الشرطة تطلق الرصاص الحي على "
            "المحتجين في الديم.")
    got = rasd.extract(text, published="2019-01-09")
    assert _at(got, "الديم") == ["Excessive force against protesters"], _typed(got)
    assert _at(got, "العمارات") == ["Peaceful protest"], _typed(got)
    assert _at(got, "الرياض") == ["Peaceful protest"], _typed(got)


def test_force_whose_clause_names_no_place_stays_with_every_protest_of_the_list():
    # (guard) "لتفريقهم": the force was used on all of them
    text = ("العراق - وكالات\n\n"
            "تظاهر المئات في مدن الناصرية والكوت والعمارة، وأطلقت الشرطة الغاز المسيل للدموع لتفريقهم.")
    got = rasd.extract(text, published="2019-11-02")
    for town in ("الناصرية", "الكوت", "العمارة"):
        assert _at(got, town) == ["Protest with intervention"], _typed(got)


# -- a valley the gazetteer lacks: "وادي X" is a place of its own ------------------------------------------

def test_an_unknown_valley_after_a_preposition_is_the_place():
    text = ("الأنبار - مصدر أمني\n\n"
            "قتل جندي وأصيب ثلاثة آخرون بهجوم لعناصر داعش على نقطة للجيش في وادي المسالخ جنوب غربي الرطبة "
            "فجر اليوم.")
    got = rasd.extract(text, published="2021-03-02")
    assert [r.location_text for r in got] == ["وادي المسالخ"], _typed(got)


def test_an_unknown_valley_struck_with_a_known_town_is_a_place_of_its_own():
    text = ("جنوب لبنان - الوكالة الوطنية\n\n"
            "استهدف القصف المدفعي الإسرائيلي صباح اليوم وادي القيسية وأطراف بلدة عيتا الشعب، دون وقوع إصابات.")
    got = rasd.extract(text, published="2024-03-02")
    assert _at(got, "وادي القيسية") == ["Shelling/artillery/missile attack"], _typed(got)
    assert _at(got, "بلدة عيتا الشعب") == ["Shelling/artillery/missile attack"], _typed(got)


def test_and_led_to_is_no_valley_and_a_known_valley_is_found_whole():
    # (guards) "وادى الانفجار إلى": and the blast led to; "وادي الشاي": the gazetteer's valley
    text = ("ديالى - مراسلنا\n\n"
            "انفجرت عبوة ناسفة بدورية للشرطة في قضاء المقدادية، وادى الانفجار إلى إصابة شرطيين.")
    got = rasd.extract(text, published="2021-03-02")
    assert [r.location_text for r in got] == ["المقدادية"], _typed(got)
    text = ("كركوك - مصدر أمني\n\n"
            "نفذت طائرات التحالف ضربة جوية على مخبأ للتنظيم في وادي الشاي جنوبي كركوك.")
    got = rasd.extract(text, published="2021-03-02")
    assert [(r.location_text, r.location) for r in got] == [("وادي الشاي", "Wadi al-Shay")], _typed(got)
