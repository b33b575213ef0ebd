"""Yemen's districts (مديرية) as admin2: the build's join of OCHA's table to the governorates and seat towns,
and what a report naming a district gets."""
import pytest

import rasd
from rasd.geo import get_gazetteer
from rasd.geo.build import YE_ADMIN2_CURATED, YE_ADMIN2_FILE, BuildReport, yemen_districts
from rasd.geo.entry import Entry

OCHA_HEADER = ("OBJECTID,admin2Name_en,admin2Name_ar,admin2Pcode,admin2RefName,admin2AltName1_en,admin2AltName2_en,"
               "admin2AltName1_ar,admin2AltName2_ar,admin1Name_en,admin1Name_ar,admin1Pcode,admin0Name_en,"
               "admin0Name_ar,admin0Pcode,date,validOn,validTo\n")
CUR_HEADER = "pcode\tname_en\tname_ar\tnames_ar\tnames_en\tlat\tlon\tprinted\tsource_url\tnote\n"


def _ocha(n, en, ar, pc, gov_en, gov_ar, gov_pc):
    return f"{n},{en},{ar},{pc},NA,NA,NA,NA,NA,{gov_en},{gov_ar},{gov_pc},Yemen,اليمن,YE,0,0,NA\n"


def _src(tmp_path, ocha_rows, curated_rows=()):
    (tmp_path / "sources/ocha_pcodes").mkdir(parents=True)
    (tmp_path / "curated").mkdir()
    (tmp_path / YE_ADMIN2_FILE).write_text(OCHA_HEADER + "".join(ocha_rows), encoding="utf-8")
    if curated_rows:
        (tmp_path / YE_ADMIN2_CURATED).write_text(
            "# test\n" + CUR_HEADER + "".join("\t".join(r) + "\n" for r in curated_rows), encoding="utf-8")
    return tmp_path


def _gov(code, en, ar):
    uid = f"gn1:YE.{code}"
    return Entry(id=uid, level="admin1", country="YE", name_en=en, name_ar=ar, admin1=uid, lat=15.0, lon=45.0,
                 coord="exact")


def _town(gid, ar, gov, lat=15.2, lon=45.2, pop=1000):
    return Entry(id=f"gn:{gid}", level="town", country="YE", name_en=f"Town {gid}", name_ar=ar, lat=lat, lon=lon,
                 coord="exact", admin1=gov, population=pop, source="geonames")


def test_districts_join_their_governorate_by_its_arabic_name_and_take_their_seat_point(tmp_path):
    # OCHA spells the governorate "وادي الف" where the unit is "وادي ألف": the normaliser joins them
    src = _src(tmp_path, [_ocha(1, "Qaryat Nun", "قرية نون", "YE9901", "Wadi Alif", "وادي الف", "YE99"),
                          _ocha(2, "Sahl Mim", "سهل ميم", "YE9902", "Wadi Alif", "وادي الف", "YE99"),
                          _ocha(3, "Lost", "ضائعة", "YE9801", "Nowhere", "لا مكان", "YE98")])
    gov = _gov("77", "Wadi Alif", "وادي ألف")
    seat = _town(1, "قرية نون", gov.id)
    namesake = _town(2, "سهل ميم", "gn1:YE.78")          # same name, another governorate: not its seat
    rep = BuildReport()
    ds = {d.id: d for d in yemen_districts(src, [seat, namesake], [gov], rep)}
    assert set(ds) == {"YE9901", "YE9902"}
    assert all(d.level == "admin2" and d.admin1 == gov.id and d.admin2 == d.id for d in ds.values())
    assert (ds["YE9901"].lat, ds["YE9901"].lon, ds["YE9901"].coord) == (15.2, 45.2, "seat")
    assert not ds["YE9902"].has_point and "no point" in ds["YE9902"].note   # never the namesake's point
    assert seat.admin2 == "YE9901" and namesake.admin2 == ""
    assert len(rep.warnings) == 1 and "YE9801" in rep.warnings[0]          # an unknown governorate is reported


def test_a_curated_row_adds_spellings_and_a_printed_point_and_is_checked(tmp_path):
    src = _src(tmp_path, [_ocha(1, "Qaryat Nun", "قرية نون", "YE9901", "Wadi Alif", "وادي الف", "YE99"),
                          _ocha(2, "Sahl Mim", "سهل ميم", "YE9902", "Wadi Alif", "وادي الف", "YE99")],
               [["YE9901", "Qaryat Nun", "", "نون|قرية النون", "", "15.5", "45.5", "15°30′N 45°30′E",
                 "https://example.org/nun", ""],
                ["YE9902", "Another Name", "", "ميم", "", "", "", "", "https://example.org/mim", ""],
                ["YE9903", "Nowhere", "", "", "", "", "", "", "https://example.org/x", ""]])
    gov = _gov("77", "Wadi Alif", "وادي ألف")
    rep = BuildReport()
    ds = {d.id: d for d in yemen_districts(src, [_town(1, "قرية نون", gov.id)], [gov], rep)}
    nun = ds["YE9901"]
    assert {"نون", "قرية النون"} <= set(nun.names_ar)
    assert (nun.lat, nun.lon, nun.coord, nun.ref) == (15.5, 45.5, "exact", "https://example.org/nun")
    assert "ميم" not in ds["YE9902"].names_ar                      # its English name is not OCHA's: not used
    assert sum("not OCHA" in w or "Another Name" in w for w in rep.warnings) == 1
    assert any("YE9903" in w for w in rep.warnings)


def test_a_town_seat_of_a_district_and_of_its_city_district_belongs_to_the_city_one(tmp_path):
    src = _src(tmp_path, [_ocha(1, "Nun", "نون", "YE9901", "Wadi Alif", "وادي الف", "YE99"),
                          _ocha(2, "Nun City", "مدينة نون", "YE9902", "Wadi Alif", "وادي الف", "YE99")])
    gov = _gov("77", "Wadi Alif", "وادي ألف")
    town = _town(1, "نون", gov.id)
    ds = yemen_districts(src, [town], [gov], BuildReport())
    assert all(d.coord == "seat" for d in ds)
    assert town.admin2 == "YE9902"


# --------------------------------------------------------------------------- the packaged gazetteer

def test_the_packaged_gazetteer_has_yemens_districts_in_their_governorates():
    g = get_gazetteer()
    ds = [e for e in g.entries.values() if e.country == "YE" and e.level == "admin2"]
    assert len(ds) >= 333
    assert all(g.get(d.admin1) is not None and g.get(d.admin1).level == "admin1" for d in ds)
    assert g.get("YE2606").name_en == "Sirwah" and g.name_en(g.get("YE2606").admin1) == "Marib"
    # a district has the point of its seat, of a cited page, or none: never an invented one
    assert all(d.coord in ("seat", "exact") if d.has_point else d.coord == "" for d in ds)


def _one(text, published="2021-03-02"):
    recs = rasd.extract(text, published)
    assert recs, text
    return recs[0]


@pytest.mark.parametrize("text, admin1, admin2, prec", [
    ("شن طيران التحالف غارات على مديرية صرواح غرب مأرب", "Marib", "Sirwah", 2),
    ("قتل طفل بانفجار لغم أرضي زرعه الحوثيون في مديرية حيس جنوبي الحديدة", "Al Hudaydah", "Hays", 2),
    ("قصف الحوثيون بالمدفعية قرى مديرية الصلو جنوب شرقي تعز", "Taiz", "As Silw", 2),
    # no GeoNames town carries the district's name: the governorate's point, precision 3
    ("تجددت المواجهات بين الجيش الوطني والحوثيين في مديرية نهم شمال شرقي صنعاء", "Sanaa", "Nihm", 3),
    # two districts are called الزاهر: the governorate the report names decides
    ("قصف الحوثيون بقذائف الهاون قرى في مديرية الزاهر بمحافظة البيضاء", "Al Bayda", "Az Zahir", 2),
    ("قصف الحوثيون بقذائف الهاون قرى في مديرية الزاهر بمحافظة الجوف", "Al Jawf", "Az Zahir", 2),
    # a spelling Yemeni reports use that OCHA's table does not
    ("شنت مقاتلات التحالف غارات على مواقع للحوثيين في مديرية خب والشعف بالجوف", "Al Jawf", "Khab wa Ash Sha'f", 3),
])
def test_a_report_naming_a_district_gets_its_governorate_and_district(text, admin1, admin2, prec):
    r = _one(text)
    assert (r.admin1, r.admin2, r.geo_precision) == (admin1, admin2, prec)
    # (the district as a coder names it: "مديرية صرواح" is written صرواح, precision round q81-places)
    assert not r.location_text.startswith("مديرية") and "مديرية " + r.location_text in text


def test_a_district_named_like_an_ordinary_word_needs_its_type_word():
    # "التحرير" (liberation) is also a district of Sanaa city: only "مديرية التحرير" is the district
    r = _one("اندلعت اشتباكات مسلحة في مديرية التحرير وسط العاصمة صنعاء")
    assert (r.admin1, r.admin2) == ("Amanat Al Asimah", "At Tahrir")
    for rec in rasd.extract("قصفت هيئة تحرير الشام مواقع لقوات النظام في ريف إدلب، وقالت إن التحرير قريب",
                            "2019-05-01"):
        assert rec.admin2 != "At Tahrir"


def test_the_city_named_with_its_type_word_is_the_town_and_the_bare_district_name_is_not_the_city_district():
    town = _one("قتل مدنيان بقصف صاروخي حوثي على مدينة مأرب")
    assert town.geo_precision == 1 and town.admin1 == "Marib" and town.admin2 == "Ma'rib City"
    dist = _one("شن طيران التحالف غارات على مديرية مأرب الوادي")
    assert dist.admin2 == "Ma'rib" and dist.geo_precision == 2


def test_kordofan_is_not_like_radfan():
    # "كردفان" must not be read as the particle ك + Radfan (a district of Lahij)
    for rec in rasd.extract("قصفت قوات الدعم السريع مدينة الأبيض في شمال كردفان بالمسيرات", "2024-06-01"):
        assert rec.admin2 != "Radfan" and rec.admin1 != "Lahij"


def test_a_town_inside_a_district_keeps_its_own_point():
    r = _one("قصف الحوثيون مدينة حيس بقذائف الهاون")
    assert r.geo_precision == 1 and r.admin2 == "Hays" and r.admin1 == "Al Hudaydah"
