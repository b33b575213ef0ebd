"""Coverage round q89-coverage (stop 28): places and actor names of the 2024-2025 wars that probes named and rasd
missed or read at a namesake, each place with its source in `curated/places_q89-coverage.tsv`; the bare «رفح» of a
report about North Sinai that names none of Gaza's words (`pipeline._context_namesakes`); a civilians' own toll told after
a fight at the same place (`passes.adopt_weak`).

Every sentence is written for the test and names other numbers than the probes and the sets.
"""
from __future__ import annotations

import pytest

import rasd


def recs(text: str, published: str):
    return rasd.extract(text, published=published)


def test_rafah_in_a_north_sinai_report_is_egypts():
    rs = recs("العريش - مراسلنا\nأصيب ثلاثة مجندين في انفجار عبوة ناسفة استهدفت مدرعة للجيش غرب رفح بمحافظة شمال سيناء.",
              "2016-08-14")
    assert rs, "no record"
    assert all(r.country == "Egypt" for r in rs), [(r.location_text, r.country) for r in rs]
    assert rs[0].admin1 == "North Sinai", rs[0].admin1


def test_sinai_attacks_listing_rafah_give_egyptian_records():
    rs = recs("العريش - وكالات\nهاجم مسلحون مقرات أمنية في الشيخ زويد ورفح وقتلوا 9 من رجال الشرطة.", "2015-02-03")
    assert rs, "no record"
    assert {r.country for r in rs} == {"Egypt"}, [(r.location_text, r.country) for r in rs]


def test_rafah_stays_gazas_when_the_report_is_about_gaza():
    # (an aid report that names Arish and Sinai is still about Gaza's Rafah)
    rs = recs("غزة - مراسلنا\nقصفت طائرات الاحتلال منزلاً في رفح جنوب قطاع غزة وقتلت أربعة، فيما تكدست شاحنات المساعدات"
              " في العريش بشمال سيناء.", "2024-02-11")
    assert rs, "no record"
    r = [r for r in rs if "رفح" in (r.location_text or "")][0]
    assert r.country == "Palestinian Territory", r.country


@pytest.mark.parametrize("text, published, where, admin1", [
    # Quneitra's towns of the Israeli incursions, not their namesakes in Raqqa, Tartous or Iraq
    ("القنيطرة - سانا\nتوغلت أربع آليات إسرائيلية في مدينة البعث وأقامت حاجزاً عند مدخلها.", "2025-02-03",
     "مدينة البعث", "Quneitra"),
    ("القنيطرة - مراسلنا\nداهمت قوة إسرائيلية منازل في قرية الحميدية بريف القنيطرة واعتقلت شابين.", "2025-03-09",
     "الحميدية", "Quneitra"),
    ("القنيطرة - مراسلنا\nجرفت آليات إسرائيلية أشجاراً حراجية في قرية الصمدانية الغربية.", "2025-05-17",
     "الصمدانية", "Quneitra"),
    # Sweida's al-Thaalah
    ("السويداء - مراسلنا\nقتل أربعة مدنيين بقصف على قرية الثعلة غرب السويداء.", "2025-07-19", "الثعلة", "As-Sweida"),
    # south Lebanon's Chamaa, not an unknown place in Beirut
    ("بيروت - الوكالة الوطنية\nاستهدفت غارة إسرائيلية منزلاً في بلدة شمع جنوب صور وأصيب شخصان.", "2024-10-22",
     "شمع", "South"),
])
def test_places_of_the_recent_wars(text, published, where, admin1):
    rs = recs(text, published)
    assert rs, "no record"
    r = [r for r in rs if where in (r.location_text or "")][0]
    assert r.admin1 == admin1, (r.location_text, r.admin1)
    assert r.geo_precision <= 2, r.geo_precision


def test_quneitras_hamidiyah_is_not_tartouss():
    # (Tartous's al-Hamidiyah lies at 34.7 N; Quneitra's takes Quneitra city's point)
    r = recs("القنيطرة - مراسلنا\nفتشت دورية إسرائيلية منازل في قرية الحميدية وأطلقت النار على راعٍ.", "2025-04-28")[0]
    assert abs(r.latitude - 33.126) < 0.05, (r.location_text, r.latitude)


def test_thaala_is_not_placed_at_sweida_city():
    r = recs("السويداء - مراسلنا\nقتل ثلاثة مدنيين برصاص مسلحين في قرية الثعلة.", "2025-07-20")[0]
    assert abs(r.latitude - 32.712) < 0.01 and abs(r.longitude - 36.425) < 0.01, (r.latitude, r.longitude)


def test_the_wax_is_no_village():
    rs = recs("بيروت - مراسلنا\nأغلقت دورية لأمن الدولة ثلاثة مطاعم بالشمع الأحمر في مدينة النبطية، واعتقلت صاحب أحدها.",
              "2024-05-02")
    assert all("شمع" not in (r.location_text or "") for r in rs), [r.location_text for r in rs]


@pytest.mark.parametrize("text, published", [
    ("اللاذقية - مراسلنا\nهاجم مسلحون من درع الساحل حاجزاً للأمن العام قرب قرية المزيرعة وقتلوا عنصرين.", "2025-03-07"),
    ("جبلة - مراسلنا\nتبنى المجلس العسكري لتحرير سوريا هجوماً على دورية لإدارة الأمن العام في ريف جبلة قتل فيه ثلاثة عناصر.",
     "2025-03-06"),
])
def test_assad_loyalist_groups_by_name(text, published):
    rs = recs(text, published)
    assert rs, "no record"
    assert any("Assad Loyalists" in (r.actor1, r.actor2) for r in rs), [(r.actor1, r.actor2) for r in rs]


def test_civilians_killed_after_a_fight_at_the_same_place_are_an_attack_of_their_own():
    rs = recs("السويداء - مراسلنا\nاشتبكت قوات وزارة الدفاع مع فصائل درزية في بلدة المزرعة قتل فيها 9 عناصر.\n"
              "وقالت مصادر محلية إن 7 مدنيين قتلوا برصاص مسلحين مجهولين في بلدة المزرعة.", "2025-07-16")
    kinds = sorted(r.sub_event_type for r in rs if "المزرعة" in (r.location_text or ""))
    assert kinds == ["Armed clash", "Attack"], kinds
