"""Place pass of quality round 74 (curated/places_pass74.tsv): towns of the western Damascus countryside, and the
bare word جديدة ("new") no longer read as Jdeidet Yabous on the Lebanese border (wrong_arabic_names.tsv).

A row with a point is held to its page; a row without one takes its neighbour's point (approximate, precision 2).
Each report is written for these tests."""
import pytest

import rasd
from curated_rows import check_row_prints_its_point, km
from rasd.geo import get_gazetteer
from rasd.geo.build import SRC_DIR, _tsv

ROWS = _tsv(SRC_DIR / "curated/places_pass74.tsv")
BY_ID = {r["id"]: r for r in ROWS}

REPORTS = {
    "sy:jdeidat-artouz": "سقطت قذائف هاون على بلدة جديدة عرطوز في ريف دمشق الغربي وقتل مدنيان.",
    "sy:jdeidat-fadl": "اقتحمت قوات النظام بلدة جديدة الفضل بريف دمشق وأعدمت عشرة شبان.",
    "dam:qazzaz": "سقطت قذيفة هاون على حي القزاز في دمشق وأصيب ثلاثة مدنيين.",
}

#: the admin1 each report must carry
ADMIN1 = {"sy:jdeidat-artouz": "Rural Damascus", "sy:jdeidat-fadl": "Rural Damascus", "dam:qazzaz": "Damascus"}


def test_every_row_has_a_report():
    assert set(REPORTS) == set(BY_ID)


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_every_row_names_its_page_or_the_town_it_borrows_from(row):
    if row["printed"]:
        check_row_prints_its_point(row)
    else:
        assert row["parent"] and row["approximate"] in ("0", "1") and not row["lat"]
        assert "no page printed its point" in row["note"]


@pytest.mark.parametrize("rid", sorted(REPORTS))
def test_a_report_is_placed_on_the_row(rid):
    out = rasd.extract(REPORTS[rid], "2013-04-22")
    recs = [r for r in out if r.gazetteer_id == "cur:" + rid]
    assert recs, [(r.location_text, r.gazetteer_id) for r in out]
    gaz = get_gazetteer()
    r, e = recs[0], gaz.get("cur:" + rid)
    if not e.has_point:   # a row without a point is placed on the town it borrows from
        e = gaz.get(BY_ID[rid]["parent"])
    assert r.admin1 == ADMIN1[rid] and km(r.latitude, r.longitude, e.lat, e.lon) < 0.01
    assert r.geo_precision == (1 if BY_ID[rid]["printed"] and BY_ID[rid]["approximate"] == "0" else 2)


def test_new_alone_is_not_the_border_town():
    out = rasd.extract("قتل ثلاثة مدنيين بقصف مدفعي على بلدة جديدة البلد في ريف دمشق.", "2013-05-02")
    assert "gn:168886" not in {r.gazetteer_id for r in out}
    kept = rasd.extract("قتل عنصران من الأمن العام في هجوم قرب معبر جديدة يابوس.", "2025-05-02")
    assert kept and kept[0].gazetteer_id is not None


def test_the_family_name_is_no_quarter_without_a_cue():
    out = rasd.extract("قتل مدنيان برصاص قناص في مدينة حمص، بحسب ما قال القزاز.", "2012-05-12")
    assert "cur:dam:qazzaz" not in {r.gazetteer_id for r in out}
