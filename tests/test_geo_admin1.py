"""Admin1 units of Yemen, Sudan and Libya: the build's join by GeoNames admin1 code, and what reports gain."""
from collections import Counter
from datetime import date

import pytest

import rasd
from rasd.geo import GeoContext, get_gazetteer
from rasd.geo.build import ADMIN1_FILE, BuildReport, _tsv, admin1_units
from rasd.geo.entry import Entry
from rasd.model import PlaceMention
from rasd.resources import data_path
from rasd.text.normalize import normalize_key

A1_HEADER = ("country\tgeonames_admin1\tgeonames_name\tname_en\tname_ar\tnames_ar\tnames_en\tlat\tlon\tprinted\t"
             "source_url\tnames_url\tnote\n")


def _src(tmp_path, rows):
    (tmp_path / "curated").mkdir()
    (tmp_path / ADMIN1_FILE).write_text(
        "# test units\n" + A1_HEADER + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    return tmp_path


def _unit(cc, code, en, ar, lat="", lon=""):
    return [cc, code, en, en, ar, "", "", lat, lon, "", "https://example.org/" + en, "https://example.org/" + en, ""]


def _town(gid, cc, code, lat, lon):
    return Entry(id=f"gn:{gid}", level="town", country=cc, name_en=f"Town {gid}", name_ar=f"بلدة {gid}",
                 lat=lat, lon=lon, coord="exact", source="geonames", note=f"gn-admin1={code}")


def test_towns_join_the_unit_of_their_geonames_code(tmp_path):
    src = _src(tmp_path, [_unit("YE", "31", "Wadi Alif", "وادي ألف", "15.0", "45.0"),
                          _unit("YE", "32", "Jabal Ba", "جبل باء")])
    towns = [_town(1, "YE", "31", 15.1, 45.1), _town(2, "YE", "32", 14.0, 44.0), _town(3, "YE", "33", 13.0, 44.0),
             _town(4, "SY", "31", 35.0, 38.0)]
    rep = BuildReport()
    units = {u.id: u for u in admin1_units(src, towns, rep)}
    assert set(units) == {"gn1:YE.31", "gn1:YE.32"}
    assert units["gn1:YE.31"].level == "admin1" and units["gn1:YE.31"].admin1 == "gn1:YE.31"
    assert units["gn1:YE.31"].has_point and not units["gn1:YE.32"].has_point   # no printed point, none invented
    assert [t.admin1 for t in towns] == ["gn1:YE.31", "gn1:YE.32", "", ""]       # SY is not this file's country
    assert len(rep.warnings) == 1 and "YE.33" in rep.warnings[0]                 # an unknown code is reported


def test_a_printed_point_far_from_every_town_of_its_unit_is_dropped(tmp_path):
    src = _src(tmp_path, [_unit("SD", "71", "Far State", "ولاية بعيدة", "30.0", "20.0")])   # a mistyped degree
    towns = [_town(5, "SD", "71", 13.0, 25.0)]
    rep = BuildReport()
    (unit,) = admin1_units(src, towns, rep)
    assert not unit.has_point and unit.coord == ""
    assert towns[0].admin1 == unit.id
    assert any("point dropped" in w for w in rep.warnings)



def test_a_unit_without_a_printed_point_is_placed_on_the_capital_its_row_names(tmp_path):
    rows = [_unit("YE", "41", "Qaf", "قاف") + ["gn:7", "https://example.org/capital-of-qaf"],
            _unit("YE", "42", "Lam", "لام") + ["gn:8", "https://example.org/capital-of-lam"],   # gn:8 is in 41
            _unit("YE", "43", "Mim", "ميم", "14.0", "44.0") + ["gn:9", "https://example.org/m"]]
    (tmp_path / "curated").mkdir()
    (tmp_path / ADMIN1_FILE).write_text(
        "# test units\n" + A1_HEADER.rstrip("\n") + "\tcapital\tcapital_url\n"
        + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    towns = [_town(7, "YE", "41", 15.5, 45.3), _town(8, "YE", "41", 15.6, 45.4), _town(9, "YE", "43", 14.2, 44.1)]
    rep = BuildReport()
    units = {u.id: u for u in admin1_units(tmp_path, towns, rep)}
    qaf, lam, mim = units["gn1:YE.41"], units["gn1:YE.42"], units["gn1:YE.43"]
    assert (qaf.lat, qaf.lon, qaf.coord) == (15.5, 45.3, "capital")
    assert "gn:7" in qaf.note and "https://example.org/capital-of-qaf" in qaf.note
    assert not lam.has_point and any("gn:8" in w for w in rep.warnings)   # a capital outside the unit: no point
    assert (mim.lat, mim.lon, mim.coord) == (14.0, 44.0, "exact")          # a printed point is kept


# --------------------------------------------------------------------------- the packaged file


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


def test_one_unit_per_geonames_code_and_every_town_has_one(gaz):
    rows = _tsv(data_path("gazetteer") / ADMIN1_FILE)
    assert Counter(r["country"] for r in rows) == {"YE": 22, "SD": 18, "LY": 22}
    assert len({(r["country"], r["geonames_admin1"]) for r in rows}) == len(rows)
    units = [e for e in gaz.entries.values() if e.level == "admin1" and e.country in ("YE", "SD", "LY")]
    assert len(units) == 62
    # no two units of a country share an Arabic name: a phrase names one unit, never two
    names = Counter((e.country, normalize_key(e.name_ar)) for e in units if e.name_ar)
    assert max(names.values()) == 1
    for e in gaz.entries.values():
        if e.country in ("YE", "SD", "LY") and e.level == "town" and e.source == "geonames":
            assert gaz.get(e.admin1) is not None and gaz.get(e.admin1).country == e.country, e.id


def test_every_point_names_its_page(gaz):
    for r in _tsv(data_path("gazetteer") / ADMIN1_FILE):
        if r["lat"]:
            assert r["source_url"].startswith("http") and r["printed"], r["name_en"]


def _resolve(gaz, written, kind=None, text=None):
    name = written.split(" ", 1)[1] if kind else written
    m = PlaceMention(name=normalize_key(name), text=written, start=0, end=0, kind=kind)
    return gaz.resolve([m], GeoContext(text=normalize_key(text or written)))[0]


@pytest.mark.parametrize("written, country, admin1", [
    ("محافظة مأرب", "Yemen", "Marib"),
    ("ولاية الخرطوم", "Sudan", "Khartoum"),
    ("ولاية شمال دارفور", "Sudan", "North Darfur"),
    ("شعبية مصراتة", "Libya", "Misrata"),
])
def test_an_admin1_phrase_resolves_to_the_unit(gaz, written, country, admin1):
    r = _resolve(gaz, written, kind="governorate")
    assert r.gazetteer_id.startswith("gn1:") and r.admin1 == admin1 and r.country == country
    assert r.geo_precision == 3


def test_a_sea_is_not_the_state_named_after_it(gaz):
    sea = _resolve(gaz, "البحر الأحمر", text="استهدفت سفينة في البحر الأحمر")
    assert not (sea.gazetteer_id or "").startswith("gn1:")
    state = _resolve(gaz, "ولاية البحر الأحمر", kind="governorate")
    assert state.gazetteer_id == "gn1:SD.36" and state.admin1 == "Red Sea"


def _records(text):
    return rasd.extract(text, published=date(2025, 3, 4))


def test_a_town_record_carries_its_admin1():
    recs = _records("قُتل ثلاثة مدنيين جراء قصف مدفعي شنته جماعة الحوثي على مدينة المخا في محافظة تعز يوم الثلاثاء.")
    assert [(r.location, r.admin1, r.country, r.geo_precision) for r in recs] == [("Mocha", "Taiz", "Yemen", 1)]
    recs = _records("أعلنت قوات الدعم السريع سيطرتها على مدينة الفاشر بعد اشتباكات عنيفة مع الجيش السوداني.")
    assert [(r.location, r.admin1, r.country) for r in recs] == [("El Fasher", "North Darfur", "Sudan")]


def test_a_governorate_named_alone_is_the_unit():
    recs = _records("قصفت طائرة مسيرة مواقع للجيش في محافظة شبوة صباح اليوم، ما أسفر عن مقتل جنديين.")
    assert len(recs) == 1
    r = recs[0]
    assert (r.location, r.admin1, r.country, r.geo_precision) == ("Shabwah", "Shabwah", "Yemen", 3)
    assert (r.latitude, r.longitude) == (14.55, 46.833)      # the point the governorate's article prints


@pytest.mark.parametrize("written, kind, unit_id, point", [
    ("الولاية الشمالية", "governorate", "gn1:SD.43", (19.617, 29.633)),
    ("ولاية نهر النيل", "governorate", "gn1:SD.53", (18.375, 33.673)),
    ("محافظة ذمار", "governorate", "gn1:YE.11", (14.55, 44.4)),
])
def test_a_unit_with_a_newly_sourced_point_resolves_to_it(gaz, written, kind, unit_id, point):
    r = _resolve(gaz, written, kind=kind)
    assert r.gazetteer_id == unit_id and r.geo_precision == 3
    assert (r.latitude, r.longitude) == point


def test_a_governorate_without_its_own_point_is_coded_at_its_capital():
    recs = _records("قُتل جنديان وأصيب ثلاثة في هجوم بطائرة مسيرة شنه الحوثيون على موقع عسكري في محافظة الضالع مساء الأحد.")
    assert len(recs) == 1
    r = recs[0]
    assert (r.admin1, r.country, r.geo_precision) == ("Dhale", "Yemen", 3)
    assert (r.latitude, r.longitude) == (13.69572, 44.73137)   # Ad Dali town, the governorate's capital
