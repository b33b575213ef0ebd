"""Probe round q88-probe-dates: days told as a count back ("قبل سبعة أيام"، "منذ 4 أيام"), the weekday
before last ("الخميس قبل الماضي") and the start or end of the week ("مطلع الأسبوع")."""
from __future__ import annotations

from datetime import date

from rasd.text.dates import find_dates
from rasd.text.normalize import normalize

WED = date(2019, 10, 16)   # a Wednesday


def _days(original: str, anchor: date) -> list[tuple[date | None, date | None, int]]:
    t = normalize(original).text
    return [(d.date_start, d.date_end, d.precision) for d in find_dates(t, anchor)]


def test_days_back_in_words():
    assert _days("سقطت قذيفة على سوق بلدة المسيفرة قبل سبعة أيام", WED) == [(date(2019, 10, 9), date(2019, 10, 9), 1)]
    assert _days("اغتيل قيادي في حي الصابري قبل تسعة أيام", WED) == [(date(2019, 10, 7), date(2019, 10, 7), 1)]


def test_days_back_in_digits():
    assert _days("اعتقلت الشرطة ناشطاً في حي المطار منذ 4 أيام", WED) == [(date(2019, 10, 12), date(2019, 10, 12), 1)]
    assert _days("انفجر لغم بشاحنة قرب قرية الجرذي قبل 12 يوماً", WED) == [(date(2019, 10, 4), date(2019, 10, 4), 1)]


def test_long_since_is_no_day():
    # "منذ 9 أيام" is a stretch up to now, not the day nine days back
    assert all(d[0] != date(2019, 10, 7) for d in _days("تتواصل الاشتباكات في محيط القرية منذ 9 أيام", WED))


def test_weekday_before_last():
    assert _days("داهمت قوات الأمن قرية الشيخ مسكين يوم الخميس قبل الماضي", WED) == \
        [(date(2019, 10, 3), date(2019, 10, 3), 1)]


def test_start_of_week():
    got = _days("خرجت مظاهرة في ساحة البلدة مطلع الأسبوع الجاري", WED)
    assert got == [(date(2019, 10, 10), date(2019, 10, 16), 2)]
    got = _days("أغلق محتجون الطريق الدولي خلال عطلة نهاية الأسبوع", WED)
    assert got == [(date(2019, 10, 10), date(2019, 10, 16), 2)]


def test_days_back_of_a_beginning():
    # "بدأه ... قبل ثمانية أيام": the day the offensive began, not a day of its own
    assert all(d[0] != date(2019, 10, 8) for d in
               _days("سيطرت الفصائل على البلدة إثر هجوم بدأته قبل ثمانية أيام", WED))


def test_ghurra_is_the_first_of_the_month():
    assert _days("داهمت دورية قرية الحصن في غرة شوال 1438", date(2017, 7, 20)) == \
        [(date(2017, 6, 25), date(2017, 6, 25), 1)]
    assert _days("اعتقلت الشرطة ثلاثة شبان في غرة الشهر الجاري", date(2017, 7, 20)) == \
        [(date(2017, 7, 1), date(2017, 7, 1), 1)]


def test_last_week_is_centred_a_week_back():
    # "الأسبوع الماضي": anywhere in the 13 days before the anchor's day, its middle a week back
    got = _days("قتل راع بانفجار لغم في وادي الحسين الأسبوع الماضي", WED)
    assert got == [(date(2019, 10, 3), date(2019, 10, 15), 2)]
