"""Fix round q95-fixdates: days told by a demonstrative or a feminine same-day word ("في تلك الليلة"،
"منذ فجر ذلك اليوم") are the day told before them; a time told back to a war's beginning
("منذ بدء الحرب قبل أسبوعين") dates no event; a headline told with no day is the body's telling of the
event, even days or months before the report's day."""
from __future__ import annotations

from helpers import records_at

records = records_at("2019-05-08")


def _at(rs, word):
    return [r for r in rs if word in (r.location_text or "")]


def test_that_night_is_the_night_told_before():
    rs = records("شنت طائرات حربية غارات على مدينة سراقب ليل الخميس 2 أيار، وفي تلك الليلة قصفت المدفعية بلدة النيرب.")
    assert [r.event_date for r in _at(rs, "النيرب")] == ["2019-05-02"]


def test_fighting_since_the_dawn_of_that_day():
    rs = records("سيطرت قوات النظام على بلدة كفرنبودة يوم الاثنين الماضي، بعد معارك مع فصائل المعارضة استمرت منذ "
                 "فجر ذلك اليوم.")
    assert rs and all(r.event_date == "2019-05-06" for r in _at(rs, "كفرنبودة"))


def test_that_day_with_no_day_told_before_is_the_report_day():
    rs = records("قال الأهالي إن قذائف سقطت على بلدة كفرنبل في ذلك اليوم.")
    assert all(r.event_date == "2019-05-08" for r in _at(rs, "كفرنبل"))


def test_a_time_back_to_the_war_beginning_dates_no_event():
    rs = records_at("2018-02-24")("أغارت طائرات حربية على مدينة دوما ليل الخميس. وقال الدفاع المدني إن 22 مدنياً قتلوا في "
                                  "دوما، فيما تجاوز عدد القتلى منذ بدء الحملة قبل أسبوع 150 قتيلاً.")
    assert [r.event_date for r in _at(rs, "دوما")] == ["2018-02-22"]


def test_a_headline_is_the_body_telling_days_before():
    rs = records_at("2023-05-03")("قصف على حي كرري في أم درمان\n\nقال سكان إن قذائف سقطت على منازل في حي كرري بأم درمان "
                                  "يوم السبت، ما أدى إلى إصابة خمسة مدنيين بجروح.")
    assert [r.event_date for r in _at(rs, "كرري")] == ["2023-04-29"]


def test_a_headline_over_an_investigation_months_later():
    rs = records_at("2017-11-09")("تحقيق: طائرة حربية وراء الغارة على سوق مدينة أريحا\n\nقالت منظمة حقوقية في تقرير إن الغارة التي "
                                  "استهدفت سوق مدينة أريحا في 4 حزيران الماضي وقتلت تسعة مدنيين نفذتها طائرة حربية.")
    assert [r.event_date for r in _at(rs, "أريحا")] == ["2017-06-04"]
