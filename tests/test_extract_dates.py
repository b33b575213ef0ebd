"""Dates on records: relative to the publication date or the dateline, explicit, Hijri."""
from __future__ import annotations

import pytest
from hijridate import Hijri

import rasd

STRIKE = "قصفت قوات النظام بقذائف الهاون بلدة كفرنبل جنوب إدلب"


def one(text: str, published: str | None = "2017-06-20"):
    records = rasd.extract(text, published=published)
    assert len(records) == 1, [(r.sub_event_type, r.location_text) for r in records]
    return records[0]


@pytest.mark.parametrize("when, day", [
    ("اليوم", "2017-06-20"),
    ("فجر اليوم", "2017-06-20"),
    ("أمس", "2017-06-19"),
    ("مساء أمس", "2017-06-19"),
    ("منذ يومين", "2017-06-18"),
    ("يوم الجمعة الماضي", "2017-06-16"),
    ("يوم الأحد", "2017-06-18"),
])
def test_relative_day_on_the_record(when, day):
    r = one(f"{STRIKE} {when}.")
    assert (r.event_date, r.date_start, r.date_end, r.time_precision) == (day, day, day, 1)


def test_last_week_is_a_range_with_week_precision():
    r = one(f"وكانت قوات النظام قد قصفت بلدة كفرنبل جنوب إدلب الأسبوع الماضي.")
    assert (r.date_start, r.date_end, r.time_precision) == ("2017-06-07", "2017-06-19", 2)
    assert r.date_start <= r.event_date <= r.date_end


def test_past_days_are_a_range():
    r = one(f"{STRIKE} في الأيام الماضية.")
    assert (r.date_start, r.date_end, r.time_precision) == ("2017-06-13", "2017-06-19", 2)


@pytest.mark.parametrize("when, day", [
    ("في 15 تشرين الثاني 2013", "2013-11-15"),
    ("يوم 3 حزيران/يونيو", "2017-06-03"),
    ("يوم 12 جوان 2014", "2014-06-12"),
])
def test_explicit_gregorian_date_on_the_record(when, day):
    r = one(f"{STRIKE} {when}.")
    assert (r.event_date, r.time_precision) == (day, 1)


def test_hijri_date_on_the_record():
    g = Hijri(1438, 9, 10).to_gregorian()
    r = one("قتل 3 مدنيين في غارات جوية على مدينة أريحا جنوب إدلب في 10 رمضان 1438.")
    assert r.event_date == f"{g.year:04d}-{g.month:02d}-{g.day:02d}" == "2017-06-05"
    assert r.time_precision == 1


def test_no_time_expression_takes_the_publication_day():
    r = one(f"{STRIKE}.")
    assert (r.event_date, r.time_precision) == ("2017-06-20", 1)
    # ... and confidence says the date was inferred
    r2 = one(f"{STRIKE} اليوم.")
    assert r.confidence < r2.confidence


def test_dateline_anchors_a_report_without_published_date():
    r = one("إدلب - 12 آذار 2019\n" + STRIKE + " أمس، ما أدى لمقتل مدني.", published=None)
    assert r.event_date == "2019-03-11"


def test_dateline_day_itself_is_only_known_to_a_few_days():
    # no time expression in the event's sentence: the dateline day, precision 2
    r = one("إدلب - 12 آذار 2019\n" + STRIKE + ".", published=None)
    assert r.event_date == "2019-03-12"
    assert r.time_precision == 2


def test_no_anchor_no_date():
    r = one(f"{STRIKE} أمس.", published=None)
    assert r.event_date is None and r.date_start is None
    assert r.time_precision == 3


def test_published_date_accepts_date_objects_and_strings():
    from datetime import date

    assert one(f"{STRIKE} أمس.", published=date(2020, 1, 1)).event_date == "2019-12-31"
    assert one(f"{STRIKE} أمس.", published="2020-01-01T08:30:00Z").event_date == "2019-12-31"


def test_a_day_and_month_without_year_or_publication_date_still_dates_background():
    # "وكانت ... يوم 20 تموز": background with a day of its own is coded, undated (no year known)
    records = rasd.extract("استهدفت طائرة مسيرة سيارة في بلدة القحطانية اليوم. وكانت استهدفت طائرة مسيرة "
                           "سيارة قرب قرية تل شعير يوم 20 تموز.")
    got = {r.location_text: r for r in records}
    assert "قرية تل شعير" in got
    assert got["قرية تل شعير"].event_date is None and got["قرية تل شعير"].background


def test_an_incident_sheet_dates_its_events_by_its_date_field():
    sheet = ("_الموقع: إدلب: سرمين_\n_التاريخ: 12 آذار / مارس 2018_\n_الهجمات: غارتان جويتان_\n\n"
             "استهدفت غارتان جويتان المستوصف في بلدة سرمين بريف إدلب، ما أدى لخروجه عن الخدمة.")
    records = rasd.extract(sheet, published="2018-06-30")      # the sheet was posted months later
    assert [(r.location_text, r.event_date, r.time_precision) for r in records] == [
        ("بلدة سرمين", "2018-03-12", 1)]


@pytest.mark.parametrize("sentence, place", [
    # who planted the mine, earlier: the explosion is today's
    ("قتل مدنيان جراء انفجار لغم زرعه مسلحون في وقت سابق في قرية الهول.", "قرية الهول"),
    # who took the area, days ago: the shelling is today's
    ("قصفت قوات النظام بلدة اللطامنة التي سيطرت عليها الفصائل قبل أيام.", "بلدة اللطامنة"),
])
def test_an_earlier_time_inside_a_relative_clause_does_not_date_the_event(sentence, place):
    records = rasd.extract(sentence, published="2019-05-20")
    got = {r.location_text: r for r in records}
    assert place in got, list(got)
    assert got[place].event_date == "2019-05-20"


def test_after_last_midnight_is_the_day_of_the_report():
    rec, = rasd.extract("دارت اشتباكات عنيفة بعد منتصف ليل أمس بين الفصائل وقوات النظام على محور كبانة.",
                        published="2019-05-28")
    assert rec.event_date == "2019-05-28"
