"""Place pass 65: points for Yemeni districts and Iraqi districts and sub-districts that had none.

Rows live in `curated/admin23_iq.tsv` (Iraq, new) and `curated/admin2_ye.tsv` (Yemen, rows with a point);
both are joined to OCHA's units by P-code.  Every row is held to its source: the printed string converted
mechanically (or, for a row without one, the GeoNames town it names), inside its country; the built unit
carries the row's point and says whose point it is (`coord` exact or seat).  A one-line report written for
these tests that names the unit with its type word (مديرية، ناحية، قضاء) lands on the unit at precision 2."""
import pytest

import rasd
from rasd.geo import get_gazetteer
from rasd.geo.build import COUNTRY_BOX, SRC_DIR, _tsv
from rasd.geo.printed import parse_printed

IQ_ROWS = _tsv(SRC_DIR / "curated/admin23_iq.tsv")
YE_ROWS = [r for r in _tsv(SRC_DIR / "curated/admin2_ye.tsv") if r.get("lat")]
ROWS = [("IQ", r) for r in IQ_ROWS] + [("YE", r) for r in YE_ROWS]

#: one report per unit, written for this test: (P-code, report)
REPORTS = [
    ("YE1211", "قصفت طائرة مسيرة مواقع لمسلحين في مديرية خنفر بمحافظة أبين وقتل أربعة منهم."),
    ("YE1803", "شنت مقاتلات التحالف غارتين على مديرية كمران في محافظة الحديدة."),
    ("YE1505", "قصفت قوات الحوثيين بالمدفعية مديرية المخاء غرب محافظة تعز وأصيب مدنيان."),
    ("YE1910", "اغتال مسلحون مجهولون جنديا في مديرية سيئون بمحافظة حضرموت."),
    ("YE2406", "انفجرت عبوة ناسفة في مديرية المعلا بمحافظة عدن وأصيب ثلاثة أشخاص."),
    ("IQG15Q05N02", "هاجم مسلحون من داعش نقطة للشرطة في ناحية حمام العليل جنوب الموصل وقتل شرطيان."),
    ("IQG01Q07N03", "انفجرت عبوة ناسفة على دورية للجيش في ناحية كبيسة غرب الأنبار وقتل جندي."),
    ("IQG08Q04", "انفجرت سيارة مفخخة في قضاء المدائن جنوب شرق بغداد وقتل خمسة مدنيين."),
    ("IQG10Q04N01", "اشتبكت القوات الأمنية مع مسلحين في ناحية بهرز جنوب بعقوبة وقتل مسلح."),
    ("IQG02Q06N02", "انفجرت عبوة ناسفة في ناحية سفوان جنوب البصرة وأصيب شخصان."),
    ("IQG15Q02N02", "قتل ثلاثة عناصر من الحشد بهجوم لداعش في ناحية القحطانية جنوب سنجار."),
]


@pytest.mark.parametrize("country,row", ROWS, ids=lambda x: x["pcode"] if isinstance(x, dict) else x)
def test_row_is_held_to_its_source(country, row):
    lat, lon = float(row["lat"]), float(row["lon"])
    assert row["source_url"].startswith("http")
    assert (row.get("coord") or "exact") in ("exact", "seat")
    if (row.get("coord") or "exact") == "seat":
        assert row["seat"], "a seat point names its town"
    if row["printed"]:
        p = parse_printed(row["printed"])
        assert abs(p.lat - lat) < 1e-4 and abs(p.lon - lon) < 1e-4, row["printed"]
    else:
        # no printed string: the point is the GeoNames town the row names, as the gazetteer holds it
        gid = row["seat"].split("(")[-1].rstrip(")")
        assert gid.startswith("gn:")
        town = get_gazetteer().get(gid)
        assert town is not None and (town.lat, town.lon) == (lat, lon)
    s, w, n, e = COUNTRY_BOX[country]
    assert s <= lat <= n and w <= lon <= e


@pytest.mark.parametrize("country,row", ROWS, ids=lambda x: x["pcode"] if isinstance(x, dict) else x)
def test_built_unit_carries_the_row_point(country, row):
    unit = get_gazetteer().get(row["pcode"])
    assert unit is not None and unit.level in ("admin2", "admin3") and unit.country == country
    assert abs(unit.lat - float(row["lat"])) < 1e-5 and abs(unit.lon - float(row["lon"])) < 1e-5
    assert unit.coord == (row.get("coord") or "exact")


def test_rows_name_ochas_units_once():
    pcodes = [r["pcode"] for _, r in ROWS]
    assert len(pcodes) == len(set(pcodes))
    assert len(ROWS) >= 55


@pytest.mark.parametrize("pcode,report", REPORTS, ids=[p for p, _ in REPORTS])
def test_report_naming_the_unit_lands_on_it(pcode, report):
    unit = get_gazetteer().get(pcode)
    recs = [r for r in rasd.extract(report, "2024-05-01") if r.latitude is not None]
    assert recs, report
    r = recs[0]
    assert (r.latitude, r.longitude) == (unit.lat, unit.lon)
    assert r.geo_precision == 2
    assert unit.name_en in (r.admin2, r.admin3)


def test_unit_without_a_row_keeps_no_point():
    # Nihm (Sanaa) has no printed point yet: a record on it stays on its governorate (precision 3)
    nihm = get_gazetteer().get("YE2303")
    assert nihm is not None and nihm.lat is None
    recs = rasd.extract("قصفت مقاتلات التحالف مواقع للحوثيين في مديرية نهم شرق صنعاء.", "2024-05-01")
    assert recs and all(r.geo_precision == 3 for r in recs)
