"""Coverage round q88-egypt2: Egypt's places as reports name them (Cairo's and Giza's districts and squares,
Alexandria's quarters, churches named in attacks, Delta/Upper Egypt villages, North Sinai's al-Safa), each
with its source in `curated/places_q88-egypt2.tsv`; an event word inside a known name of several words
("ميدان التحرير") is part of the name (`frames.build_frames`); a foreign state read as a side ("السعودية", the
Saudi-led coalition's row) no longer makes a Cairo report Yemen's (`Extractor._by_foreign_states`).

Every sentence is written for the test and names other places and numbers than the sets and the probes.
"""
from __future__ import annotations

import pytest

import rasd


def recs(text: str, published: str):
    return rasd.extract(text, published=published)


@pytest.mark.parametrize("text, published, where, lat", [
    # a Cairo district: its own point, not the city's
    ("الجيزة - وكالات\nفرقت الشرطة تظاهرة لأنصار الجماعة في إمبابة وأطلقت الغاز المسيل للدموع، ما أدى إلى إصابة 6 أشخاص.",
     "2014-03-21", "إمبابة", None),
    ("القاهرة - خاص\nقتل متظاهران برصاص قوات الأمن خلال تفريق مسيرة في حي المعادي مساء أمس.",
     "2013-10-07", "المعادي", 29.967),
    # an Alexandria quarter
    ("الإسكندرية - وكالات\nألقت قوات الأمن القبض على 9 طلاب خلال وقفة احتجاجية في سيدي جابر.",
     "2014-04-02", "سيدي جابر", 31.221169),
    # a church named in an attack
    ("القاهرة - أ ش أ\nقتل 14 شخصاً وأصيب 31 آخرون في تفجير استهدف الكنيسة البطرسية صباح الأحد.",
     "2016-12-12", "الكنيسة البطرسية", 30.065008),
])
def test_egyptian_quarters_and_sites_are_places(text, published, where, lat):
    rs = recs(text, published)
    assert rs, "no record"
    r = rs[0]
    assert r.country == "Egypt", (r.location_text, r.country)
    assert where in (r.location_text or ""), r.location_text
    if lat is not None:
        assert abs(r.latitude - lat) < 0.01, (r.latitude, r.longitude)
    assert r.geo_precision <= 2


def test_minya_village_is_in_minya_not_cairo():
    rs = recs("المنيا - الشروق\nأضرم مسلحون النار في منزلين لأقباط بقرية دلجا، واعتدوا على 3 من سكانها.",
              "2013-09-04")
    assert rs
    assert all(r.country == "Egypt" and r.latitude < 28.5 for r in rs), [(r.location_text, r.latitude) for r in rs]


def test_safa_checkpoint_gives_a_record_in_north_sinai():
    # al-Safa was a covered country's name only: it kept the report out of Egypt's reading, no record
    rs = recs("العريش - وكالات\nقتل 7 مجندين في هجوم شنه مسلحون على كمين الصفا جنوبي العريش مساء الخميس.",
              "2016-11-25")
    assert rs, "no record"
    assert all(r.country == "Egypt" and r.admin1 == "North Sinai" for r in rs)


def test_event_word_inside_a_known_name_is_the_name():
    # "التحرير" (regaining ground) inside "ميدان التحرير" made a regain frame that took the arrests away
    rs = recs("القاهرة - خاص\nاعتقلت الشرطة 23 شاباً تجمعوا في ميدان التحرير مساء السبت للمطالبة بالإفراج عن المعتقلين.",
              "2020-09-27")
    assert [r.sub_event_type for r in rs] == ["Arrests"], [(r.sub_event_type, r.location_text) for r in rs]
    assert rs[0].country == "Egypt"


def test_a_foreign_state_named_does_not_make_a_cairo_report_yemens():
    # "السعودية" is the Saudi-led coalition's row (Yemen's); named as where the islands go, it is no side
    rs = recs("الجيزة - خاص\nتجمع عشرات المحتجين أمام مقر حزب في الدقي رفضاً لنقل تبعية الجزيرتين إلى السعودية، "
              "وألقت الشرطة القبض على 17 منهم.", "2016-04-26")
    assert rs
    assert all(r.country == "Egypt" for r in rs), [(r.location_text, r.country, r.actor1) for r in rs]
    assert not any("Yemen" in (r.actor1 or "") for r in rs)


@pytest.mark.parametrize("text, published", [
    # the words guarded as common: a pyramid, a man's name, Mecca's hill are no places
    ("القاهرة - وكالات\nقال فيصل عبد الله إن الشرطة اعتقلت 5 أشخاص في حلوان أمس.", "2015-06-01"),
])
def test_guarded_words_are_no_places(text, published):
    rs = recs(text, published)
    assert all("فيصل" not in (r.location_text or "") for r in rs)


def test_egyptian_places_stay_out_of_a_syrian_report():
    # a Syrian report naming a quarter that is also Cairo's: Syria's, never Egypt's
    rs = recs("حلب - خاص\nقتل 3 مدنيين بقصف مدفعي على حي المعادي في حلب.", "2015-02-03")
    assert rs
    assert all(r.country == "Syria" for r in rs)


def test_the_regime_word_does_not_make_a_giza_report_syrian():
    # "هتفوا ضد النظام" read Syria's regime, the only vote: with a place of Egypt alone named, Egypt's reading
    rs = recs("الجيزة - خاص\nهتف مئات المحتجين ضد النظام في حي إمبابة قبل أن تفرقهم الشرطة وتعتقل 8 منهم.",
              "2019-09-28")
    assert rs
    assert all(r.country == "Egypt" for r in rs), [(r.location_text, r.country, r.actor1) for r in rs]
    assert not any("Syria" in (r.actor1 or "") + (r.actor2 or "") for r in rs)
