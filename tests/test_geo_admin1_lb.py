"""Lebanon's governorates: read from their own curated file, joined to towns by GeoNames admin1 code."""
from collections import Counter

import pytest

import rasd
from rasd.geo import GeoContext, get_gazetteer
from rasd.geo.build import ADMIN1_FILES, BuildReport, _tsv, admin1_units
from rasd.geo.entry import Entry
from rasd.model import PlaceMention
from rasd.resources import data_path
from rasd.text.normalize import normalize_key

LB_FILE = "curated/admin1_lb.tsv"
A1_HEADER = ("country\tgeonames_admin1\tgeonames_name\tname_en\tname_ar\tnames_ar\tnames_en\tlat\tlon\tprinted\t"
             "source_url\tnames_url\tnote\n")


def test_the_lebanese_file_is_read_beside_the_yemen_sudan_libya_one(tmp_path):
    assert LB_FILE in ADMIN1_FILES
    (tmp_path / "curated").mkdir()
    (tmp_path / LB_FILE).write_text(
        "# test\n" + A1_HEADER + "LB\t91\tTest Gov\tTest Gov\tمحافظة تجربة\t\t\t34.0\t36.0\t34°N 36°E\t"
        "https://example.org/a\thttps://example.org/b\t\n", encoding="utf-8")
    town = Entry(id="gn:1", level="town", country="LB", name_en="T", name_ar="ت", lat=34.1, lon=36.1,
                 coord="exact", source="geonames", note="gn-admin1=91")
    (unit,) = admin1_units(tmp_path, [town], BuildReport())   # only the Lebanese file exists: still read
    assert unit.id == "gn1:LB.91" and town.admin1 == "gn1:LB.91" and unit.has_point


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


def test_eight_governorates_one_per_geonames_code_each_point_with_its_page(gaz):
    rows = _tsv(data_path("gazetteer") / LB_FILE)
    assert sorted(r["geonames_admin1"] for r in rows) == ["04", "05", "06", "07", "08", "09", "10", "11"]
    for r in rows:
        assert r["lat"] and r["printed"] and r["source_url"].startswith("http"), r["name_en"]
        assert r["name_ar"] and r["names_url"].startswith("http")
    units = [e for e in gaz.entries.values() if e.level == "admin1" and e.country == "LB"]
    assert len(units) == 8 and all(u.has_point for u in units)
    assert max(Counter(normalize_key(u.name_ar) for u in units).values()) == 1


def test_every_lebanese_geonames_town_carries_its_governorate(gaz):
    towns = [e for e in gaz.entries.values() if e.country == "LB" and e.source == "geonames" and e.level == "town"]
    assert len(towns) > 40
    for t in towns:
        unit = gaz.get(t.admin1)
        assert unit is not None and unit.level == "admin1" and unit.country == "LB", t.id


def _resolve(gaz, written, kind=None, text=None):
    name = written.split(" ", 1)[1] if kind else written
    m = PlaceMention(name=normalize_key(name), text=written, start=0, end=0, kind=kind)
    return gaz.resolve([m], GeoContext(text=normalize_key(text or written)))[0]


def test_a_governorate_phrase_resolves_to_the_unit_and_the_capital_stays_a_town(gaz):
    r = _resolve(gaz, "محافظة البقاع", kind="governorate")
    assert (r.gazetteer_id, r.admin1, r.country, r.geo_precision) == ("gn1:LB.08", "Beqaa", "Lebanon", 3)
    beirut = _resolve(gaz, "بيروت", text="انفجار في بيروت")
    assert beirut.gazetteer_id == "gn:276781" and beirut.geo_precision == 1 and beirut.admin1 == "Beirut"


def test_the_south_and_the_north_are_governorates_only_with_their_type_word(gaz):
    plain = _resolve(gaz, "الجنوب", text="تقدمت القوات نحو الجنوب")
    assert not (plain.gazetteer_id or "").startswith("gn1:LB")
    gov = _resolve(gaz, "محافظة الجنوب", kind="governorate")
    assert gov.gazetteer_id == "gn1:LB.06" and gov.admin1 == "South"


@pytest.mark.parametrize("text,location,admin1,precision", [
    ("قتل مدنيان في غارة إسرائيلية استهدفت منزلاً في بلدة بوداي غرب مدينة بعلبك فجر الخميس.",
     "Boudai", "Baalbek-Hermel", 1),
    ("قتل شخص في إطلاق نار داخل مدينة طرابلس شمال لبنان.", "Tripoli", "North", 1),
    ("نفذ الطيران الحربي غارة على مواقع في محافظة النبطية دون أن يسفر عن إصابات.", "Nabatieh", "Nabatieh", 3),
])
def test_a_lebanese_record_carries_its_governorate(text, location, admin1, precision):
    recs = rasd.extract(text, published="2025-02-10")
    assert [(r.country, r.location, r.admin1, r.geo_precision) for r in recs] == [
        ("Lebanon", location, admin1, precision)]
