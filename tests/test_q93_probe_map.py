"""Round q93-probe-map (front-line and control-map updates, encyclopedic and explainer pieces): each test is a
sentence written for it, not one of the gold sets'."""
from __future__ import annotations

import pytest

import rasd

PUB = "2025-03-10"


def _kept(text: str, published: str = PUB):
    return [r for r in rasd.extract(text, published=published) if not r.background]


# 1. a battle's noun heading an explainer's or a chronology's title line ("معركة X 2017: ...") names the piece's
#    subject: no fight of the report's day at X
@pytest.mark.parametrize("text", [
    "معركة الرمادي 2015: سيطر تنظيم داعش على المدينة في أيار 2015، واستعادتها القوات العراقية في كانون الأول من "
    "العام نفسه.",
    "تسلسل زمني لمعركة مدينة سنار: 2023 - تقدم قوات الدعم السريع نحو الولاية. 2024 - نزوح واسع للسكان.",
    "معركة درنة 2018: لم تشهد المدينة منذ ذلك الحين اشتباكات كبيرة.",
])
def test_an_explainer_title_is_no_fight_today(text):
    assert [(r.sub_event_type, r.event_date) for r in _kept(text) if r.event_date == PUB] == [], text


def test_the_incident_under_the_title_is_kept():
    rs = _kept("معركة الرمادي 2015: استعادت القوات العراقية المدينة في كانون الأول 2015. واليوم قتل جنديان بانفجار عبوة "
               "ناسفة في مدينة الرمادي.")
    assert [(r.sub_event_type, r.fatalities) for r in rs] == [("Remote explosive/landmine/IED", 2)]


def test_a_battle_told_as_news_keeps_its_clash():
    rs = _kept("اندلعت معركة عنيفة في مدينة الرمادي صباح اليوم بين القوات العراقية وعناصر تنظيم داعش.")
    assert [r.sub_event_type for r in rs] == ["Armed clash"]


# 2. a place's fall told with the place between the verb and the captors' hand ("سقطت مدينة X بيد Y") is a take-over
#    by Y, as "X سقطت بيد Y" is
@pytest.mark.parametrize("text", [
    "سقطت مدينة سنجة بيد قوات الدعم السريع صباح اليوم.",
    "وسقط مطار مدينة الفاشر في قبضة قوات الدعم السريع بعد حصار طويل.",
    "سقطت مدينة سنجة بأيدي قوات الدعم السريع مساء اليوم بعد انسحاب الجيش.",
])
def test_a_place_that_fell_into_a_sides_hands_is_taken(text):
    rs = _kept(text)
    assert [(r.sub_event_type, r.actor1) for r in rs if r.sub_event_type.endswith("territory")] == [
        ("Non-state actor overtakes territory", "Rapid Support Forces")], text


def test_a_shell_that_fell_is_no_takeover():
    rs = _kept("سقطت قذيفة هاون في يد طفل كان يلعب في مدينة سنجة صباح اليوم.")
    assert not any(r.sub_event_type.endswith("territory") for r in rs)


def test_a_fall_denied_in_the_future_is_no_takeover():
    assert _kept("أكد الجيش أن مدينة سنجة لن تسقط بيد قوات الدعم السريع.") == []


# 3. a chronology's later day with no year, in the sentence of a day told with its year, is of that year
def test_a_day_after_the_sentence_keeps_the_reports_year():
    rs = _kept("قتل ثلاثة مدنيين في 20 آب 2017 بانفجار في مدينة الموصل. وفي 31 تموز قصف الجيش مدينة تلعفر.",
               published="2024-08-01")
    assert "2024-07-31" in [r.event_date for r in rs]


def test_the_year_of_the_sentence_dates_the_later_stage():
    rs = rasd.extract("معركة تلعفر 2017: أطلقت القوات العراقية في 20 آب 2017 عملية لاستعادة تلعفر، وأعلنت السيطرة الكاملة على "
                      "القضاء في 31 آب.", published="2024-08-01")
    # (the stage is seven years old: a background record, dated to its own day, not to the day a year before)
    assert [r.event_date for r in rs if r.event_date > "2017-08-20"] == ["2017-08-31"]
