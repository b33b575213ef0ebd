"""Yemen's Ibb (إب) folds like the month آب (August) once alef seats are normalised, and the gazetteer's finder
skipped its two letters: "في إب" told in a Yemeni report was read as August or as nothing (round q91-bullets)."""
from __future__ import annotations

from helpers import extract


def _places(text: str, published: str) -> list[str | None]:
    return [r.location for r in extract(text, published)]


def test_bare_ibb_after_in_in_a_yemeni_report_is_the_place():
    assert "Ibb" in _places("خرج مئات من أنصار الحوثي في مسيرة في إب مساء اليوم تنديدا بالحصار.", "2016-06-10")


def test_ibb_told_off_by_a_comma_and_a_compass_word_is_the_place():
    assert "Ibb" in _places("لقي ثلاثة جنود مصرعهم في كمين نصبه مسلحون في إب، جنوب صنعاء، صباح اليوم.",
                            "2016-06-10")


def test_ibb_in_a_list_of_governorates_is_a_place_of_its_own():
    got = _places("شن طيران التحالف غارات على مواقع للحوثيين في ذمار وإب يوم الخميس.", "2016-06-10")
    assert "Ibb" in got and "Dhamar" in got


def test_august_keeps_its_day_and_year():
    rs = extract("قصفت قوات النظام بلدة معرة مصرين في 9 آب/أغسطس 2016 بالمدفعية.", "2016-08-20")
    assert rs and all(r.location != "Ibb" for r in rs) and any(r.event_date == "2016-08-09" for r in rs)


def test_a_father_is_no_town():
    rs = extract("قتل أب وطفلاه في غارة جوية استهدفت منزلهم في صعدة اليوم.", "2016-06-10")
    assert rs and all(r.location != "Ibb" for r in rs)
