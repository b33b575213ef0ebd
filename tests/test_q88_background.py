"""Background round q88-background (stop 27): what is told as going on "since" a few hours.

Sentences written for these tests (names, places and numbers varied from any report)."""
from __future__ import annotations

from helpers import records_at

records = records_at("2024-09-17")


def _kinds(rows):
    return sorted((r.sub_event_type, r.location_text, r.event_date) for r in rows)


# --- "منذ" and a time of a day: fighting that went on for hours, not a campaign -----------------

def test_fighting_going_on_since_yesterday_morning_is_an_event():
    rows = records("الخرطوم - تتواصل منذ فجر أمس الاثنين المعارك العنيفة بين الجيش وقوات الدعم السريع "
                   "في حي الصحافة جنوبي الخرطوم.")
    assert [(r.sub_event_type, r.location_text, r.event_date) for r in rows] == \
        [("Armed clash", "حي الصحافة", "2024-09-16")], rows


def test_a_shelling_going_on_since_the_morning_hours_is_today():
    rows = records("مصراتة - وتتعرض منطقة الغيران منذ ساعات الصباح لقصف بصواريخ غراد من قوات الكتائب.",
                   published="2011-05-02")
    assert [(r.sub_event_type, r.location_text, r.event_date) for r in rows] == \
        [("Shelling/artillery/missile attack", "منطقة الغيران", "2011-05-02")], rows


def test_fighting_since_a_weekday_evening_is_that_days():
    rows = records("بنغازي - وتتواصل الاشتباكات منذ مساء السبت في محيط معسكر الصاعقة بين قوات الجيش "
                   "ومسلحي مجلس الشورى.", published="2014-10-20")
    assert [(r.sub_event_type, r.event_date) for r in rows] == [("Armed clash", "2014-10-18")], rows


def test_a_campaign_since_a_month_or_a_weekday_stays_a_situation():
    # no time of a day: "since Saturday", "since 3 May" are a campaign's start, as before
    assert records("بنغازي - وتتواصل المعارك منذ السبت الماضي في مدينة بنغازي.", published="2014-10-20") == []
    assert records("طرابلس - وتتواصل المعارك منذ الرابع من نيسان في مدينة طرابلس.", published="2019-06-20") == []


# --- a later clause of a pluperfect sentence with no day of its own goes on telling the background -----

def test_a_take_over_that_ended_a_background_fight_is_background():
    rows = records("زنجبار - \nوكانت مدينة زنجبار قد شهدت أواخر الشهر الماضي معارك ضارية بين قوات الحزام "
                   "الأمني والقوات الحكومية، انتهت بسيطرة قوات الحزام على المدينة.", published="2019-09-12")
    assert rows == [], rows


def test_a_coordinated_strike_after_a_campaign_since_a_month_is_background():
    rows = records("تعز - \nوكان الحوثيون قد صعدوا هجماتهم على تعز منذ كانون الثاني الماضي، "
                   "وقصفوا حي الجحملية بقذائف الهاون.", published="2019-07-02")
    assert rows == [], rows


def test_a_pluperfect_clause_with_a_day_and_news_after_a_contrast_stay():
    # a day of its own: the background is coded on that day, as before
    rows = records("سرت - \nوكانت قوات البنيان المرصوص قد دخلت أمس الأحد حي الجيزة البحرية، وسيطرت على "
                   "مستشفى ابن سينا بعد اشتباكات.", published="2016-08-15")
    assert rows and all(r.event_date == "2016-08-14" for r in rows), rows
    # a clause opened by "فيما" with a day of its own is the day's news
    rows = records("عدن - \nوكانت القوات قد انسحبت من المعسكر مطلع الشهر، فيما قتل جنديان اليوم بانفجار "
                   "عبوة ناسفة في مديرية المنصورة.", published="2019-09-12")
    assert [(r.sub_event_type, r.event_date) for r in rows] == \
        [("Remote explosive/landmine/IED", "2019-09-12")], rows
