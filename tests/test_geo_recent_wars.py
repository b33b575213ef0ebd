"""Places of the 2023-2025 wars added in curated/places_recent_wars.tsv: every row keeps the page it
came from and (when the page prints one) the printed point it was converted from; a row without a
printed point never claims precision 1; and reports written for these tests are placed with the new
points instead of at a namesake or nowhere."""
import pytest

import rasd
from rasd.geo import get_gazetteer
from rasd.geo.build import COUNTRY_BOX, SRC_DIR, _tsv
from rasd.geo.names import is_arabic
from rasd.geo.printed import parse_printed

ROWS = _tsv(SRC_DIR / "curated/places_recent_wars.tsv")
WITH_POINT = [r for r in ROWS if r["printed"]]
WITHOUT_POINT = [r for r in ROWS if not r["printed"]]


def test_the_file_adds_places_in_each_country_it_names():
    assert {r["country"] for r in ROWS} >= {"LB", "SD", "IQ", "YE"}
    assert len(WITH_POINT) >= 15 and WITHOUT_POINT


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_every_row_names_its_page_and_an_arabic_name(row):
    assert row["source_url"].startswith(("https://", "http://")) and " " not in row["source_url"]
    assert is_arabic(row["name_ar"])
    assert row["approximate"] == "0", "nothing in this file is placed from general knowledge"


@pytest.mark.parametrize("row", WITH_POINT, ids=[r["id"] for r in WITH_POINT])
def test_a_point_is_the_mechanical_conversion_of_the_printed_string_and_lies_in_its_country(row):
    got = parse_printed(row["printed"])
    assert (got.lat, got.lon) == (float(row["lat"]), float(row["lon"]))
    la0, la1, lo0, lo1 = COUNTRY_BOX[row["country"]]
    assert la0 <= got.lat <= la1 and lo0 <= got.lon <= lo1
    assert row["printed"] in row["note"]


@pytest.mark.parametrize("row", WITHOUT_POINT, ids=[r["id"] for r in WITHOUT_POINT])
def test_a_row_without_a_printed_point_takes_its_citys_point_and_says_so(row):
    assert not row["lat"] and not row["lon"] and row["parent"]
    e = get_gazetteer().get("cur:" + row["id"])
    city = get_gazetteer().get(row["parent"])
    assert e.coord == "inherited" and (e.lat, e.lon) == (city.lat, city.lon)


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_the_built_entry_lies_in_the_unit_its_page_names(row):
    e = get_gazetteer().get("cur:" + row["id"])
    assert e is not None and e.ref == row["source_url"]
    unit = get_gazetteer().get(row["admin"])
    assert e.admin1 == (unit.admin1 or unit.id)


# --------------------------------------------------------------------------- reports

def _one(text: str):
    recs = rasd.extract(text, "2024-10-05")
    assert len(recs) == 1, [r.location for r in recs]
    return recs[0]


def test_a_strike_on_a_quarter_of_the_southern_suburbs_is_placed_on_the_quarter():
    r = _one("غارة إسرائيلية على حارة حريك في الضاحية الجنوبية لبيروت أسفرت عن مقتل ثلاثة أشخاص.")
    assert (r.location, r.latitude, r.longitude, r.geo_precision) == ("Beirut - Haret Hreik", 33.85, 35.517, 1)
    assert (r.country, r.admin1) == ("Lebanon", "Mount Lebanon")


@pytest.mark.parametrize("text,location,lat", [
    ("استهدفت مسيرة إسرائيلية سيارة في بلدة ميس الجبل الحدودية ما أدى إلى مقتل شخصين.", "Mais al-Jabal", 33.16944),
    ("شن الطيران الحربي غارة على بلدة الخيام جنوبي لبنان وأصيب مدنيان بجروح.", "Khiam", 33.32717),
    ("أغارت طائرة حربية على منزل في بلدة حولا الجنوبية فجر اليوم ما أدى إلى مقتل رجل.", "Houla", 33.21),
])
def test_a_border_village_of_south_lebanon_gets_its_own_point(text, location, lat):
    r = _one(text)
    assert (r.location, r.latitude, r.geo_precision, r.country, r.admin1) == (location, lat, 1, "Lebanon", "Nabatieh")


def test_the_tents_of_the_displaced_are_not_the_town_of_khiam():
    recs = rasd.extract("قصفت قوات النظام بلدة كفرنبل، وتعيش عشرات الأسر النازحة في الخيام منذ أشهر.", "2024-10-05")
    assert recs and all(r.location != "Khiam" for r in recs)


def test_a_base_named_by_a_news_page_only_takes_its_citys_point_with_precision_2():
    r = _one("اندلعت اشتباكات عنيفة بين الجيش وقوات الدعم السريع في محيط سلاح المدرعات جنوب الخرطوم.")
    khartoum = get_gazetteer().get("gn:379252")
    assert (r.latitude, r.longitude, r.geo_precision) == (khartoum.lat, khartoum.lon, 2)
    assert r.location.startswith("Armoured Corps") and r.country == "Sudan"


@pytest.mark.parametrize("text,location,country", [
    ("استهدف هجوم بطائرة مسيرة قاعدة عين الأسد الجوية غرب العراق دون وقوع إصابات.", "Al-Asad Airbase", "Iraq"),
    ("شنت طائرات إسرائيلية غارات على ميناء الحديدة غرب اليمن.", "Port of Hudaydah", "Yemen"),
])
def test_an_airbase_or_port_abroad_gets_the_point_its_page_prints(text, location, country):
    r = _one(text)
    assert (r.location, r.country, r.geo_precision) == (location, country, 1)


def test_no_row_gives_another_places_name_to_a_site_by_dropping_its_type_word():
    # "مطار صنعاء" would make the bare key "صنعاء" a reading of the airport; the extractor then takes the
    # city's name for a site's, and a fronted "وفي صنعاء،" stops containing the quarter told after it
    gaz = get_gazetteer()
    ours = {"cur:" + r["id"] for r in ROWS}
    clashes = [(k, eid) for k, eid in gaz._prefixed
               if eid in ours and any(o != eid for o in gaz._by_key.get(k, []))]
    assert clashes == []


@pytest.mark.parametrize("before,city", [("مأرب", "صنعاء"), ("الموصل", "أربيل"), ("الفاشر", "الخرطوم")])
def test_a_city_fronted_before_the_clause_still_contains_the_quarter_told_after_it(before, city):
    recs = rasd.extract(f"تواصلت الاشتباكات في {before}. وفي {city}، سقطت قذيفة على منزل في حي الزويرة الوهمي، "
                        "ما أدى لمقتل رجل.", "2023-06-10")
    quarter = [r for r in recs if "الزويرة" in (r.location_text or "")]
    assert quarter and quarter[0].geo_precision == 2
