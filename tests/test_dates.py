"""Time expressions: relative, Gregorian (Arabic, Levantine, Maghrebi month names),
weekdays, Hijri, and the dateline anchor."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hijridate import Hijri

from rasd.resources import read_tsv
from rasd.text.dates import DateExpr, find_anchor, find_dates
from rasd.text.normalize import normalize, normalize_key

SAT = date(2017, 6, 17)   # a Saturday
TUE = date(2017, 6, 20)   # a Tuesday


def dates(original: str, anchor: date | None) -> list[tuple[str, date | None, date | None, int, str]]:
    t = normalize(original).text
    return [(t[d.start:d.end], d.date_start, d.date_end, d.precision, d.kind) for d in find_dates(t, anchor)]


def one(original: str, anchor: date | None) -> DateExpr:
    t = normalize(original).text
    found = find_dates(t, anchor)
    assert len(found) == 1, f"{original!r}: {found}"
    return found[0]


# --- relative expressions ---------------------------------------------------------------------

@pytest.mark.parametrize("original, start, end, precision, kind", [
    ("قصفت الطائرات البلدة اليوم", 0, 0, 1, "point"),
    ("قصفت الطائرات البلدة أمس", -1, -1, 1, "point"),
    ("قصفت الطائرات البلدة فجر اليوم", 0, 0, 1, "point"),
    ("قصفت الطائرات البلدة مساء أمس", -1, -1, 1, "point"),
    ("قصفت الطائرات البلدة منذ يومين", -2, -2, 1, "point"),
    ("قصفت الطائرات البلدة أول أمس", -2, -2, 1, "point"),
    ("قصفت الطائرات البلدة الأسبوع الماضي", -13, -1, 2, "background"),
    ("قصفت الطائرات البلدة في الأيام الماضية", -7, -1, 2, "background"),
    ("قصفت الطائرات البلدة الشهر الماضي", -60, -28, 3, "background"),
    ("تقصف الطائرات البلدة يومياً", -30, 0, 3, "habitual"),
])
def test_relative_expressions(original, start, end, precision, kind):
    d = one(original, TUE)
    assert (d.date_start, d.date_end) == (TUE + timedelta(days=start), TUE + timedelta(days=end))
    assert (d.precision, d.kind) == (precision, kind)


_REL = read_tsv("lexicon/relative_dates.tsv")


@pytest.mark.parametrize("row", _REL, ids=[r["pattern"] for r in _REL])
def test_every_relative_row_resolves_to_its_offsets(row):
    d = one(normalize_key(row["pattern"]), TUE)
    assert d.date_start == TUE + timedelta(days=int(row["offset_from"]))
    assert d.date_end == TUE + timedelta(days=int(row["offset_to"]))
    # (a same-day or next-day row with no date told before it is the anchor's day, an event on it)
    assert d.precision == int(row["precision"]) and d.kind == ("point" if row["kind"] in ("same", "next") else row["kind"])
    assert d.date_start <= d.date_end


def test_relative_expressions_without_anchor_are_unresolved():
    d = one("قصفت الطائرات البلدة أمس", None)
    assert not d.resolved and d.date_start is None


def test_offsets_point_at_the_expression():
    original = "وقصفت قوات النظام صباح أمس بلدة كفرنبل"
    t = normalize(original).text
    (d,) = find_dates(t, TUE)
    assert t[d.start:d.end] == "صباح امس"


# --- Gregorian dates --------------------------------------------------------------------------

@pytest.mark.parametrize("original, expected", [
    ("قصف في 15 تشرين الثاني 2013", date(2013, 11, 15)),
    ("قصف في ١٥ تشرين الثاني ٢٠١٣", date(2013, 11, 15)),
    ("قصف في 15 تشرين الثاني/نوفمبر 2013", date(2013, 11, 15)),
    ("قصف في 15 نوفمبر 2013", date(2013, 11, 15)),
    ("قصف في 3 كانون الثاني/يناير 2016", date(2016, 1, 3)),
    ("قصف في 9 آب 2014", date(2014, 8, 9)),
    ("قصف في 12 جوان 2014", date(2014, 6, 12)),             # Maghrebi (Libya)
    ("قصف في 1 شباط من عام 2015", date(2015, 2, 1)),
    ("قصف بتاريخ 2016/10/04", date(2016, 10, 4)),
    ("قصف بتاريخ 04-10-2016", date(2016, 10, 4)),
])
def test_explicit_gregorian_days(original, expected):
    d = one(original, TUE)
    assert (d.date_start, d.date_end, d.precision) == (expected, expected, 1)
    assert d.kind == "background"   # more than a week before the anchor


@pytest.mark.parametrize("original, expected", [
    ("قصف يوم 3 حزيران/يونيو", date(2017, 6, 3)),   # no year: the anchor's
    ("قصف يوم 19 حزيران", date(2017, 6, 19)),
    ("قصف يوم 5 آب", date(2016, 8, 5)),             # a month well after the anchor: last year
    ("قصف يوم 28 كانون الأول", date(2016, 12, 28)),
])
def test_day_and_month_take_the_year_from_the_anchor(original, expected):
    d = one(original, TUE)
    assert d.date_start == expected and d.precision == 1


def test_month_and_year_is_a_month_range():
    d = one("قصف في شهر كانون الأول 2016", TUE)
    assert (d.date_start, d.date_end, d.precision) == (date(2016, 12, 1), date(2016, 12, 31), 3)


def test_last_named_month_is_a_month_range_before_the_anchor():
    d = one("قصف في شهر أيار الماضي", TUE)
    assert (d.date_start, d.date_end, d.precision) == (date(2017, 5, 1), date(2017, 5, 31), 3)
    d = one("قصف في شهر آب الماضي", TUE)
    assert (d.date_start, d.date_end) == (date(2016, 8, 1), date(2016, 8, 31))


@pytest.mark.parametrize("original, start", [
    ("قصف في أيلول", date(2016, 9, 1)),              # the latest September up to the anchor
    ("قتل العشرات خلال شهر حزيران", date(2017, 6, 1)),   # the anchor's own month
    ("في مطلع آذار", date(2017, 3, 1)),
])
def test_a_month_name_after_a_time_word_is_that_month(original, start):
    d = one(original, TUE)
    assert (d.date_start, d.precision) == (start, 3)
    assert d.date_end.month == start.month


def test_year_alone_is_a_year_range():
    d = one("منذ عام 2014", TUE)
    assert (d.date_start, d.date_end, d.precision) == (date(2014, 1, 1), date(2014, 12, 31), 3)


@pytest.mark.parametrize("original", [
    "قصف في أيلول المقبل",      # a month to come dates no event
    "وقال أيار إن القصف",      # a bare month name with no time word before it may be a name
    "قصف في 30 شباط 2017",     # no such day
    "قتل 15 عنصراً في 2 كمين",  # numbers that are no dates
    "رقم 1438",
])
def test_no_date(original):
    assert dates(original, TUE) == []


# --- weekdays ---------------------------------------------------------------------------------

def test_today_with_its_weekday_is_today():
    d = one("قصفت الطائرات البلدة اليوم السبت", SAT)
    assert d.date_start == SAT and d.precision == 1


def test_last_weekday():
    assert one("قصف يوم الجمعة الماضي", SAT).date_start == date(2017, 6, 16)
    assert one("قصف يوم الجمعة الماضي", TUE).date_start == date(2017, 6, 16)
    # said on a Saturday, "last Saturday" is a week ago, not today
    assert one("قصف يوم السبت الماضي", SAT).date_start == date(2017, 6, 10)


def test_weekday_is_the_latest_such_day_up_to_the_anchor():
    assert one("قصف يوم الأحد", TUE).date_start == date(2017, 6, 18)
    assert one("قصف يوم السبت", SAT).date_start == SAT


def test_ahad_without_article_is_a_number_not_sunday():
    assert dates("قتل احد عشر عنصرا", TUE) == []


def test_explicit_date_beats_the_weekday_next_to_it():
    (d,) = find_dates(normalize("قصف يوم الجمعة 29 أيلول 2017").text, TUE)
    assert d.date_start == date(2017, 9, 29)


# --- Hijri ------------------------------------------------------------------------------------

@pytest.mark.parametrize("original, y, m, d", [
    ("قصف في 10 رمضان 1438", 1438, 9, 10),
    ("قصف في 27 رمضان 1438هـ", 1438, 9, 27),
    ("قصف في ١ شوال ١٤٣٨ هـ", 1438, 10, 1),
    ("قصف في 9 ذي الحجة 1436", 1436, 12, 9),
    ("قصف في 3 ربيع الأول 1440", 1440, 3, 3),
])
def test_hijri_dates_convert_with_hijridate(original, y, m, d):
    g = Hijri(y, m, d).to_gregorian()
    expected = date(g.year, g.month, g.day)
    e = one(original, TUE)
    assert (e.date_start, e.date_end, e.precision) == (expected, expected, 1)


def test_a_ramadan_date_is_in_the_right_gregorian_days():
    # independent of the converter: Ramadan 1438 ran from 27 May to 24 June 2017
    e = one("قصف في 10 رمضان 1438", TUE)
    assert date(2017, 5, 26) <= e.date_start <= date(2017, 6, 25)
    assert e.date_start == date(2017, 6, 5)


def test_a_hijri_day_without_a_year_is_the_latest_one_up_to_the_anchor():
    # 3 Shawwal 1438 fell on 27 June 2017 (Ramadan 1438 ended on 24 June, above); before it, a
    # day of Dhu al-Hijjah is last year's (1437): Dhu al-Hijjah 1438 is still to come
    anchor = date(2017, 7, 20)
    assert one("قصف يوم 3 شوال", anchor).date_start == date(2017, 6, 27)
    dh = one("قصف يوم 9 ذو الحجة", anchor).date_start
    assert date(2016, 9, 8) <= dh <= date(2016, 9, 13)


def test_hijri_month_without_day_or_year_is_not_a_date():
    assert dates("خلال شهر رمضان", TUE) == []


# --- anchor -----------------------------------------------------------------------------------

def test_published_date_is_the_anchor():
    text = normalize("دير الزور - 12 آذار 2019: قصفت طائرات البلدة أمس").text
    assert find_anchor(text, TUE) == (TUE, "published")


def test_dateline_is_the_anchor_without_a_published_date():
    text = normalize("دير الزور - 12 آذار 2019 (رصد): قصفت طائرات البلدة أمس").text
    assert find_anchor(text, None) == (date(2019, 3, 12), "dateline")
    # and relative expressions resolve against it
    rel = [d for d in find_dates(text, date(2019, 3, 12)) if d.kind == "point" and d.precision == 1]
    assert any(d.date_start == date(2019, 3, 11) for d in rel)


def test_no_dateline_without_a_day_in_the_head():
    body = "قصفت طائرات حربية البلدة. " * 30
    text = normalize(body + "وفي 12 آذار 2019 قصفت البلدة مجدداً").text
    assert len(text) > 400
    assert find_anchor(text, None) == (None, "none")
    # a month is not precise enough to anchor "yesterday"
    assert find_anchor(normalize("حلب - آذار 2019: قصف أمس").text, None) == (None, "none")


def test_a_past_adjective_spelt_with_hamza_on_ya_counts_like_the_others():
    # "الفائت" is normalised to "الفايت" in the text: the word list must be normalised the same way
    d = one("قصف في شهر حزيران الفائت", TUE)     # the anchor's month: last year's June
    assert (d.date_start, d.date_end) == (date(2016, 6, 1), date(2016, 6, 30))
    d = one("قصفت البلدة يوم الثلاثاء الفائت", TUE)   # the anchor's weekday: a week before
    assert d.date_start == TUE - timedelta(days=7)


def test_grammar_word_groups_are_data_and_an_unknown_group_is_an_error():
    from rasd.lexicon.grammar import alternation, grammar_words
    groups = grammar_words()
    assert "اواخر" in groups["month_lead"] and "قتلي" in groups["plural_casualty_noun"]
    alt = alternation("approximator").split("|")
    assert alt == sorted(alt, key=len, reverse=True)   # longest first: "اكثر من" before "نحو"
    with pytest.raises(KeyError):
        alternation("no such group")


@pytest.mark.parametrize("text, expected", [
    ("وقع الهجوم في السابع والعشرين من رمضان 1438 هـ", Hijri(1438, 9, 27).to_gregorian()),
    ("قتل في الثالث عشر من شهر آذار", date(2017, 3, 13)),
    ("في الحادي والثلاثين من أيار/مايو", date(2017, 5, 31)),
    ("اعتقل في التاسع من الشهر الجاري", date(2017, 6, 9)),
    ("أفرج عنه في الثلاثين من الشهر الماضي", date(2017, 5, 30)),
])
def test_ordinal_days_before_a_month(text, expected):
    d = one(text, TUE)
    assert d.date_start == d.date_end == date(expected.year, expected.month, expected.day)
    assert d.precision == 1


def test_a_day_of_this_month_still_to_come_is_not_read_as_past():
    # "the 25th of this month" told on the 20th is a plan, never a day the news can date
    assert not [d for d in dates("في الخامس والعشرين من الشهر الجاري", TUE) if d[3] == 1]


@pytest.mark.parametrize("prefix", ["", "قتل ثلاثة مدنيين في قصف مدفعي على بلدة التح بريف إدلب الجنوبي "])
def test_an_ordinal_day_s_span_is_its_words_wherever_it_stands(prefix):
    from rasd.lexicon.load import lexicons
    from rasd.text.dates import find_dates
    from rasd.text.normalize import normalize
    t = normalize(prefix + "في الرابع من آذار الجاري.").text
    (d,) = find_dates(t, date(2019, 3, 10), lexicons())
    assert d.date_start == date(2019, 3, 4) and t[d.start:d.end] == "الرابع من اذار"


def test_an_ordinal_day_late_in_a_sentence_dates_its_event():
    import rasd
    (r,) = rasd.extract("قتل ثلاثة مدنيين في قصف مدفعي على بلدة التح بريف إدلب الجنوبي في الرابع من آذار الجاري.",
                        published="2019-03-10")
    assert r.event_date == "2019-03-04"


_DATE_PHRASES = ["في الرابع من آذار", "يوم 12 أيار 2016", "في العاشر من محرم 1439 هـ", "مساء أمس",
                 "الخميس الماضي", "منذ ثلاثة أيام", "في 5/6/2017", "الخامس عشر من الشهر الجاري"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["قتل مدني", "في بلدة كفرنبل", "،", "وأصيب آخرون", "بقصف مدفعي", "اليوم"]),
                max_size=6),
       st.sampled_from(_DATE_PHRASES))
def test_every_date_span_is_well_formed_whatever_stands_before_it(words, phrase):
    from rasd.lexicon.load import lexicons
    t = normalize(" ".join(words + [phrase, "."])).text
    for d in find_dates(t, date(2019, 3, 10), lexicons()):
        assert 0 <= d.start < d.end <= len(t)
        assert t[d.start:d.end].strip() == t[d.start:d.end]


def test_the_small_hours_after_a_weekday_are_the_next_day():
    # (Wednesday 2024-03-20: the night of Monday to Tuesday, after midnight, is Tuesday)
    exprs = find_dates("قصفت الطائرات البلدة بعد منتصف ليل الاثنين – الثلاثاء", date(2024, 3, 20))
    assert exprs and exprs[0].date_start == date(2024, 3, 19)


def test_a_numeric_day_of_this_or_last_month():
    anchor = date(2024, 3, 20)
    assert find_dates("قصفت الطائرات البلدة يوم 15 من الشهر الجاري", anchor)[0].date_start == date(2024, 3, 15)
    text = normalize("قصفت الطائرات البلدة في الـ28 من الشهر الماضي").text
    assert find_dates(text, anchor)[0].date_start == date(2024, 2, 28)


def test_a_report_without_a_date_is_of_the_day_it_counts_since_a_stated_beginning():
    text = normalize("تتواصل المعارك في ريف حماة منذ انطلاق الحملة العسكرية في الـ 3 من أيار / مايو "
                     "من العام الجاري 2019، حيث تشهد الجبهات لليوم الـ 12 على التوالي قصفاً عنيفاً.").text
    assert find_anchor(text, None) == (date(2019, 5, 14), "counted")
    # a date that began nothing, or a count that is not one, leaves the date as the dateline
    text = normalize("حماة 3 أيار 2019 - تشهد الجبهات لليوم الـ 12 على التوالي قصفاً عنيفاً.").text
    assert find_anchor(text, None) == (date(2019, 5, 3), "dateline")
    text = normalize("بدأت الحملة في 3 أيار 2019، وقصفت لليوم الثاني ثم لليوم الثالث.").text
    assert find_anchor(text, None) == (date(2019, 5, 3), "dateline")


def test_this_year_written_before_the_year_number():
    (d,) = find_dates(normalize("قصف في 20 من كانون الثاني / يناير من العام الجاري 2018").text, TUE)
    assert d.date_start == date(2018, 1, 20)
