"""Rules of precision round q82-recall2 (lone misses: events the sentence alone gives that the report lost
in `drop_coarse`). Every sentence here is written for the test."""
from __future__ import annotations

import rasd


def _got(text: str, published: str = "2021-03-04") -> list[tuple[str, str]]:
    return [(r.sub_event_type, r.location_text) for r in rasd.extract(text, published=published)]


def test_district_air_strike_in_its_own_item_is_no_introduction_of_a_shelling_inside():
    text = ("تقرير ميداني – مأرب\nالخميس 4 مارس 2021\n\n"
            "1) سقطت ثلاث قذائف على مخيم الخير للنازحين في مديرية حريب مساء أمس، وأحدثت أضراراً في الخيام دون إصابات.\n"
            "2) شن طيران التحالف 9 غارات على مواقع الحوثيين في مديرية حريب خلال الساعات الماضية.\n")
    got = _got(text)
    assert ("Air/drone strike", "حريب") in got
    assert ("Shelling/artillery/missile attack", "مخيم الخير") in got


def test_guard_district_strikes_told_more_finely_stay_one_event():
    # the strike at the camp is one of the district's strikes: the district is its introduction
    text = ("تقرير ميداني – مأرب\nالخميس 4 مارس 2021\n\n"
            "شن طيران التحالف اليوم غارات على مديرية حريب، واستهدفت إحدى الغارات مخيم الخير في مديرية حريب.\n")
    got = _got(text)
    assert ("Air/drone strike", "مخيم الخير") in got
    assert ("Air/drone strike", "حريب") not in got


def test_protest_in_a_governorate_item_is_no_introduction_of_force_in_another_city():
    text = ("الموقف اليومي للتظاهرات ليوم الأحد 6/10/2019\n\n"
            "• بغداد: أطلقت القوات الأمنية الرصاص الحي لتفريق المتظاهرين قرب ساحة الخلاني، ما أدى إلى مقتل 4 متظاهرين.\n"
            "• كربلاء: وقفة احتجاجية سلمية أمام مبنى المحافظة دون تسجيل إصابات.\n")
    got = _got(text, "2019-10-06")
    assert ("Peaceful protest", "كربلاء") in got
    assert ("Excessive force against protesters", "ساحة الخلاني") in got


def test_guard_protest_told_more_finely_in_its_own_city_stays_one_event():
    text = ("خرجت اليوم تظاهرات سلمية في كربلاء للمطالبة بفرص العمل.\n\n"
            "وتجمع المتظاهرون في ساحة التربية وسط مدينة كربلاء رافعين الأعلام العراقية.\n")
    got = _got(text, "2019-10-06")
    assert [g for g in got if g[0] == "Peaceful protest"] == [("Peaceful protest", "ساحة التربية")]
