"""Round q92-dates: "أمس"/"اليوم" counted from the day a statement was issued, and a weekday told right
after a relative day ("أمس الجمعة") that names another day than the publication date gives."""
from __future__ import annotations

from helpers import records_at

records = records_at("2023-03-18")   # a Saturday


def _dates_at(rs, place: str) -> set[str]:
    return {r.event_date for r in rs if place in (r.location_text or "")}


def test_yesterday_in_a_statement_issued_on_friday_is_thursday():
    rs = records("ذكرت هيئة الأركان في بيان الجمعة أن قواتها قتلت أمس ستة مسلحين في كمين قرب بلدة السخنة.")
    assert _dates_at(rs, "السخنة") == {"2023-03-16"}


def test_today_in_a_statement_issued_friday_evening_is_friday():
    rs = records("وأفاد الدفاع المدني في بيان صدر مساء الجمعة بأن قذائف سقطت على حي الأشرفية في حلب اليوم، "
                 "ما أدى إلى مقتل رجل.")
    assert _dates_at(rs, "الاشرفي") | _dates_at(rs, "الأشرفية") == {"2023-03-17"}


def test_statement_dated_by_its_own_field():
    rs = records("بيان صادر عن قيادة الشرطة بتاريخ 16 آذار 2023: تمكنت دورياتنا أمس من اعتقال أربعة مطلوبين في مدينة سامراء.")
    assert _dates_at(rs, "سامراء") == {"2023-03-15"}


def test_yesterday_with_friday_in_a_report_published_sunday_is_friday():
    rs = records("قال مصدر محلي إن مدفعية الحوثيين قصفت أمس الجمعة قرى في مديرية حيس جنوبي الحديدة.", "2023-03-19")
    assert _dates_at(rs, "حيس") == {"2023-03-17"}


def test_a_statement_issued_yesterday_keeps_the_writers_days():
    # (no weekday: the writer has counted the days from the publication day already)
    rs = records("وكانت الشبكة قد قالت في بيان صدر أمس إن قوات الأمن اعتقلت أول أمس ثلاثة شبان في مدينة تلكلخ.")
    assert _dates_at(rs, "تلكلخ") == {"2023-03-16"}


def test_an_event_told_on_friday_in_a_sentence_without_a_statement_is_unchanged():
    rs = records("قتل شاب برصاص مجهولين الجمعة في مدينة الصنمين، وأصيب آخر اليوم في بلدة إنخل.")
    assert _dates_at(rs, "انخل") | _dates_at(rs, "إنخل") == {"2023-03-18"}


def test_a_datelines_day_is_the_writers_and_keeps_yesterday():
    # (the weekday does not fit the dateline's Friday: with no publication date the dateline is the
    #  writer's day, so "أمس" stays the day before it)
    rs = records("حمص، 12 أيار 2023 - قتل مدنيان أمس الأربعاء في قصف على بلدة تلبيسة شمالي حمص.", None)
    assert _dates_at(rs, "تلبيسة") == {"2023-05-11"}


def test_a_dateline_of_the_publication_day_keeps_yesterday():
    rs = records("حمص، 12 أيار 2023 - قتل مدنيان أمس الأربعاء في قصف على بلدة تلبيسة شمالي حمص.", "2023-05-12")
    assert _dates_at(rs, "تلبيسة") == {"2023-05-11"}
