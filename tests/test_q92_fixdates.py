"""Fix round q92-fixdates (stop 31): a diary's day heads date the paragraphs under them (and their اليوم and
أمس); "اليوم الثالث" is a day count, not today; a timeline's clock-time lines are of the day told before them.

Sentences written for these tests (names, places and numbers varied from any report and probe)."""
from __future__ import annotations

from helpers import records_at

records = records_at("2024-06-03")


def _days(rows):
    return sorted((r.location_text, str(r.event_date)) for r in rows)


# --- a diary's day heads ------------------------------------------------------------------------

def test_dated_head_lines_date_their_paragraphs():
    rows = records("دفتر طالب في إدلب\n\nالثلاثاء 10 كانون الأول\nقرابة المغرب أغارت طائرة حربية على سوق مدينة "
                   "أريحا، فقتل أربعة مدنيين.\n\nالخميس 12 كانون الأول\nاشتباكات بين الفصائل وقوات النظام في "
                   "قرية الدير الشرقي حتى الفجر.\n\nالجمعة 13 كانون الأول\nلا كهرباء منذ يومين.",
                   published="2019-12-16")
    assert ("مدينة أريحا", "2019-12-10") in _days(rows), _days(rows)
    assert any(d == "2019-12-12" for _, d in _days(rows)), _days(rows)


def test_today_and_yesterday_under_a_head_count_from_its_day():
    rows = records("رسائل مسعف من خان يونس\n\nاليوم الأول – الاثنين 4 آذار\nصباح اليوم قصفت طائرة مسيرة خيمة "
                   "في منطقة المواصي وقتلت ثلاثة نازحين.\n\nاليوم الثالث – الأربعاء 6 آذار\nأمس مساءً "
                   "داهمت قوة إسرائيلية بلدة بني سهيلا واعتقلت عشرين رجلاً.", published="2024-03-09")
    days = dict(_days(rows))
    assert days.get("منطقة المواصي") == "2024-03-04", days
    assert any(d == "2024-03-05" for _, d in _days(rows)), _days(rows)


def test_a_head_before_a_colon_dates_the_rest_of_its_paragraph():
    rows = records("يوميات مزارع من بيتا\n\nاليوم الأول، الأحد: بعد الظهر هاجم مستوطنون أطراف بلدة قريوت "
                   "وأحرقوا ثلاث سيارات.\n\nاليوم الثاني، الاثنين: قتل شاب برصاص الجنود عند مدخل بلدة "
                   "بيتا.\n\nاليوم الثالث، الثلاثاء: هدوء.", published="2023-08-10")
    assert any(d == "2023-08-06" for _, d in _days(rows)), _days(rows)
    assert any(d == "2023-08-07" for _, d in _days(rows)), _days(rows)


def test_a_day_count_is_not_today():
    rows = records("مذكرات ممرضة في الفاشر\n\nاليوم الثاني - الأحد:\nأطلقت قوات الدعم السريع قذائف على "
                   "مخيم أبو شوك، وقتلت امرأتين.\n\nاليوم الخامس - الأربعاء:\nاشتباكات في السوق الكبير "
                   "بمدينة الفاشر.", published="2024-05-20")
    assert all(d != "2024-05-20" for _, d in _days(rows)), _days(rows)
    assert any(d == "2024-05-19" for _, d in _days(rows)), _days(rows)


def test_one_dated_line_is_no_diary():
    # a dateline over a news paragraph: its اليوم stays the report's day
    rows = records("درعا – الخميس 6 حزيران\nقتل مدنيان صباح اليوم بقصف مدفعي على بلدة نوى.",
                   published="2024-06-06")
    assert [d for _, d in _days(rows)] == ["2024-06-06"], _days(rows)


# --- a timeline ---------------------------------------------------------------------------------

def test_clock_time_lines_take_the_day_told_before_them():
    rows = records("تحقيق: صباح الخميس في تلكلخ\n\nأعدنا بناء ما جرى في مدينة تلكلخ يوم الخميس 9 أيار.\n\n"
                   "06:40 - بدأ قصف مدفعي على حي البرج في تلكلخ وقتل طفل.\n07:05 - دخلت دبابات الجيش "
                   "الحي.\n08:15 - انسحبت القوات.", published="2024-05-20")
    assert any(d == "2024-05-09" for _, d in _days(rows)), _days(rows)


def test_clock_times_of_todays_news_stay_today():
    rows = records("صنعاء – الإثنين\nعند الساعة 08:20 صباح اليوم أغار طيران التحالف على معسكر في مديرية "
                   "بني حشيش، وعند الساعة 10:40 قصفت المدفعية قرية في مديرية نهم.", published="2024-06-03")
    assert rows and all(d == "2024-06-03" for _, d in _days(rows)), _days(rows)
