"""Importers on small fixtures written in the GeoNames, OCHA/HDX and plain-CSV formats."""
from pathlib import Path

import pytest

from rasd.geo import GeoContext, get_gazetteer, reset_gazetteer
from rasd.geo.entry import read_entries
from rasd.geo.gazetteer import Gazetteer
from rasd.geo.importers import ImportError_, ImportReport, merge_into_user, parse_csv, parse_geonames, parse_ocha
from rasd.model import PlaceMention
from rasd.text.normalize import normalize_key

FIX = Path(__file__).parent / "fixtures" / "geo"


def test_geonames_dump_with_alternate_names():
    rep = ImportReport()
    es = {e.id: e for e in parse_geonames(FIX / "SY_sample.txt", rep, FIX / "alternateNames_sample.txt")}
    assert es["gn:9900001"].name_ar == "قرية الاختبار" and es["gn:9900001"].level == "town"
    assert es["gn:9900002"].name_ar == "تل التجربة"                   # Arabic only from the alternates file
    assert es["gn:9900003"].level == "site" and es["gn:9900003"].kind == "airport"
    assert "مطار قديم للفحص" not in es["gn:9900003"].all_names_ar()     # historic name left out
    assert es["gn:9900005"].level == "neighbourhood"
    assert "gn:9900004" not in es                                      # a wadi is not a place rasd codes
    assert rep.skipped["feature H.WAD not a place rasd codes"] == 1


def test_geonames_without_alternates_skips_places_without_arabic():
    rep = ImportReport()
    es = {e.id for e in parse_geonames(FIX / "SY_sample.txt", rep)}
    assert "gn:9900002" not in es and rep.skipped["no Arabic name"] >= 1


def test_geonames_wrong_format_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("id,name\n1,x\n", encoding="utf-8")
    with pytest.raises(ImportError_, match="not a GeoNames dump"):
        parse_geonames(bad, ImportReport())


def test_ocha_csv_columns_in_any_order_with_hxl_row():
    rep = ImportReport()
    es = parse_ocha(FIX / "ocha_sample.csv", rep)
    by_name = {e.name_ar: e for e in es}
    e = by_name["مزرعة التمرين"]
    assert e.id == "ocha:C9901" and e.level == "village" and e.country == "SY"
    assert (e.lat, e.lon) == (35.05, 40.48)
    assert (e.admin1, e.admin2, e.admin3) == ("SY09", "SY0903", "SY090300")
    assert rep.skipped["community without valid coordinates"] == 1


def test_ocha_xlsx(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    import csv

    rows = list(csv.reader(open(FIX / "ocha_sample.csv", encoding="utf-8")))
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in rows:
        ws.append([float(c) if c.replace(".", "").isdigit() else c for c in r])
    path = tmp_path / "syr_pplp.xlsx"
    wb.save(path)
    es = parse_ocha(path, ImportReport())
    assert {e.name_ar for e in es} == {"مزرعة التمرين", "كفر المثال"}


def test_ocha_table_without_name_columns_is_refused(tmp_path):
    p = tmp_path / "x.csv"
    p.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(ImportError_, match="no OCHA name columns"):
        parse_ocha(p, ImportReport())


def test_csv_importer_with_named_columns():
    rep = ImportReport()
    es = parse_csv(FIX / "places_sample.tsv", rep, name_col="الاسم", name_en_col="name", lat_col="y", lon_col="x",
                   alt_col="variants", id_col="code")
    assert [e.id for e in es] == ["csv:places_sample:p1", "csv:places_sample:p3"]
    assert es[0].names_en == ("Kherbet Fardiya",) and "خربه الفرضيه" in es[0].names_ar
    assert rep.skipped["invalid coordinates"] == 1


def test_csv_unknown_column_is_a_clear_error():
    with pytest.raises(ImportError_, match="--lat-col 'lat' is not a column"):
        parse_csv(FIX / "places_sample.tsv", ImportReport(), name_col="الاسم", lat_col="lat", lon_col="x")


def test_user_gazetteer_merges_and_layers(tmp_path, monkeypatch):
    user = tmp_path / "user.tsv"
    rep = ImportReport()
    merge_into_user(parse_csv(FIX / "places_sample.tsv", rep, name_col="الاسم", lat_col="y", lon_col="x",
                              id_col="code"), user, rep)
    assert rep.added == 2
    # a second import of the same ids updates, and keeps the names the first one brought
    rep2 = ImportReport()
    again = parse_csv(FIX / "places_sample.tsv", rep2, name_col="name", lat_col="y", lon_col="x", id_col="code")
    merge_into_user(again, user, rep2)
    assert rep2.replaced == 2 and rep2.added == 0
    kept = {e.id: e for e in read_entries(user)}
    assert "خربة الفرضية" in kept["csv:places_sample:p1"].all_names_ar()

    monkeypatch.setenv("RASD_GAZETTEER", str(user))
    reset_gazetteer()
    try:
        gaz = get_gazetteer()
        assert "csv:places_sample:p1" in gaz.entries and "SY09" in gaz.entries
        (r,) = gaz.resolve([PlaceMention(name=normalize_key("خربة الفرضية"), text="خربة الفرضية", start=0, end=0)],
                           GeoContext(text=""))
        assert r.gazetteer_id == "csv:places_sample:p1" and r.geo_precision == 1
    finally:
        reset_gazetteer()


def test_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    user = tmp_path / "user.tsv"
    rep = ImportReport()
    merge_into_user(parse_ocha(FIX / "ocha_sample.csv", rep), user, rep)
    before = user.read_bytes()
    import rasd.geo.entry as entry_mod

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(entry_mod.os, "replace", boom)
    with pytest.raises(OSError):
        merge_into_user(parse_ocha(FIX / "ocha_sample.csv", ImportReport()), user, ImportReport())
    assert user.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["user.tsv"]
