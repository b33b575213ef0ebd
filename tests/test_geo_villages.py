"""Villages added with the points their pages print: the rows' provenance, the conversion of the
printed coordinates, the build rules they brought (admin unit named by the row, spellings joined to a
named GeoNames town, ids for Arabic-only pages), and what reports on such villages now get."""
import pytest

import rasd
from rasd.geo import get_gazetteer
from rasd.geo.build import (COUNTRY_BOX, SRC_DIR, BuildReport, Entry, _SyriaAdmins, _tsv, apply_admin_refs,
                            curated_rows, join_unnamed_towns, syria_admin, wikipedia_rows)
from rasd.geo.printed import parse_printed
from rasd.geo.names import is_arabic

SY_TABLE = SRC_DIR / "sources/wikipedia/syria_villages_D.tsv"
IQ_SD_TABLE = SRC_DIR / "curated/places_villages_iq_sd.tsv"

SY_ROWS = _tsv(SY_TABLE)
IQ_SD_ROWS = _tsv(IQ_SD_TABLE)
#: (country, printed string, lat, lon, source url, arabic name, row) of every row this pass added
NEW_ROWS = ([("SY", r["coord_printed"], r["lat"], r["lon"], r["source_url"], r["name_ar"], r) for r in SY_ROWS]
            + [(r["country"], r["printed"], r["lat"], r["lon"], r["source_url"], r["name_ar"], r) for r in IQ_SD_ROWS])


# --------------------------------------------------------------------------- the printed strings

@pytest.mark.parametrize("text,lat,lon,precision", [
    ("34°10′05″N 38°02′47″E", 34.16806, 38.04639, "dms_sec"),
    ("34 ° 10'05 '' N. 38 ° 02'47 '' E.", 34.16806, 38.04639, "dms_sec"),        # ASCII marks, German mirror
    ("34 ° 10′05″ K 38 ° 02′47″ D", 34.16806, 38.04639, "dms_sec"),              # Turkish Kuzey / Doğu
    ("34°10′05″ s. Sch. 38°02'47″ E E.", 34.16806, 38.04639, "dms_sec"),          # translated Russian "с. ш."
    ("14° 40′ N, 26° 05′ O", 14.667, 26.083, "dms_min"),                        # minutes only: 3 decimals
    ("{{coord|34|10|5.5|N|38|2|47.0|E|display=inline,title}}", 34.1681944, 38.0463889, "dms_sec"),
    ("{{coord|34|10|5.5|N|38|2|47|E}}", 34.16819, 38.04639, "dms_sec"),       # the coarser of the two decides
    ("34°10′05″N 38°02′47″E / 34.168056°N 38.046389°E", 34.168056, 38.046389, "decimal"),  # 6 digits: as printed
    ("34°10′05″N 38°02′47″E / 34.16806°N 38.04639°E", 34.16806, 38.04639, "dms_sec"),     # 5 digits: Wikipedia's own
    ("34 ° 10'05 '' N. 38 ° 02'47 ″ E. / 34,168056 ° N 38,046389 ° O.", 34.168056, 38.046389, "decimal"),
])
def test_a_printed_coordinate_is_read_mechanically(text, lat, lon, precision):
    got = parse_printed(text)
    assert (got.lat, got.lon, got.precision) == (lat, lon, precision)


@pytest.mark.parametrize("text", [
    "34.168°N 38.046°W",                       # a mirror that mangled the sign
    "34°10′05″S 38°02′47″E",
    "34°10′05″N 38°02′47″E / 35.168056°N 38.046389°E",   # printed decimals that are another place's
    "",
    "Coordinates: see the map",
])
def test_a_string_that_is_not_a_point_rasd_covers_is_refused(text):
    with pytest.raises(ValueError):
        parse_printed(text)


# --------------------------------------------------------------------------- every new row

def test_the_pass_added_rows_in_each_country():
    countries = {c for c, *_ in NEW_ROWS}
    assert {"SY", "IQ", "SD"} <= countries and len(NEW_ROWS) >= 25


@pytest.mark.parametrize("country,printed,lat,lon,url,name_ar,row", NEW_ROWS,
                         ids=[f"{c}:{ar}" for c, _, _, _, _, ar, _ in NEW_ROWS])
def test_every_new_row_has_its_page_its_printed_point_and_lies_in_its_country(country, printed, lat, lon, url,
                                                                              name_ar, row):
    assert url.startswith(("https://", "http://")) and " " not in url
    assert name_ar and is_arabic(name_ar)
    got = parse_printed(printed)
    assert (got.lat, got.lon) == (float(lat), float(lon)), "lat/lon must be the mechanical conversion of the string"
    la0, la1, lo0, lo1 = COUNTRY_BOX[country]
    assert la0 <= got.lat <= la1 and lo0 <= got.lon <= lo1


def test_every_new_syrian_row_is_placed_in_the_governorate_its_page_names():
    gaz = get_gazetteer()
    sy = _SyriaAdmins(syria_admin(SRC_DIR))
    by_point = {(round(e.lat, 4), round(e.lon, 4)): e for e in gaz.entries.values() if e.country == "SY" and e.has_point}
    for r in SY_ROWS:
        e = by_point[(round(float(r["lat"]), 4), round(float(r["lon"]), 4))]
        assert e.ref == r["source_url"] and e.coord == "exact"
        assert e.admin1 == sy.gov_by_name(r["governorate"]), r["name_ar"]


def test_every_new_iraqi_and_sudanese_row_has_the_unit_its_page_names():
    gaz = get_gazetteer()
    for r in IQ_SD_ROWS:
        e = gaz.get("cur:" + r["id"])
        unit = gaz.get(r["admin"])
        assert (e.lat, e.lon) == (pytest.approx(float(r["lat"]), abs=1e-5), pytest.approx(float(r["lon"]), abs=1e-5))
        assert e.admin1 == (unit.admin1 or unit.id) and e.admin1, r["id"]
        if unit.level == "admin2":
            assert e.admin2 == unit.id


# --------------------------------------------------------------------------- build rules

CUR_HEADER = ("id\tlevel\tkind\tcountry\tname_en\tname_ar\tnames_ar\tnames_en\tlat\tlon\tapproximate\tparent\tadmin\t"
              "population\tsource_url\tnote\tsame_as\n")


def _cur_src(tmp_path, rows):
    (tmp_path / "curated").mkdir(parents=True, exist_ok=True)
    (tmp_path / "curated/places_test.tsv").write_text(
        "# test rows\n" + CUR_HEADER + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    return tmp_path


def _row(rid, country, ar, lat, lon, admin="", same_as="", names_ar=""):
    return [rid, "village", "", country, rid.title(), ar, names_ar, "", lat, lon, "0", "", admin, "",
            "https://example.org/" + rid, "", same_as]


def test_a_row_outside_syria_takes_the_admin_unit_it_names_and_a_foreign_unit_is_refused(tmp_path):
    src = _cur_src(tmp_path, [_row("alpha", "IQ", "قرية ألفا", "35.1", "43.1", admin="QQ01Q02"),
                              _row("beta", "IQ", "قرية بيتا", "35.2", "43.2", admin="ZZ9"),
                              _row("gamma", "IQ", "قرية غاما", "35.3", "43.3", admin="XX01")])
    rep = BuildReport()
    refs: dict[str, str] = {}
    rows = curated_rows(src, rep, {}, refs)
    assert refs == {"cur:alpha": "QQ01Q02", "cur:beta": "ZZ9", "cur:gamma": "XX01"}
    admins = {"QQ01Q02": Entry(id="QQ01Q02", level="admin2", country="IQ", admin1="QQ01", admin2="QQ01Q02"),
              "XX01": Entry(id="XX01", level="admin1", country="SD", admin1="XX01")}
    apply_admin_refs(rows, admins, refs, rep)
    got = {e.id: (e.admin1, e.admin2) for e in rows}
    assert got == {"cur:alpha": ("QQ01", "QQ01Q02"), "cur:beta": ("", ""), "cur:gamma": ("", "")}
    assert len(rep.warnings) == 2 and all("admin left empty" in w for w in rep.warnings)


def test_spellings_join_a_named_source_town_by_id_and_a_far_one_is_skipped(tmp_path):
    town = Entry(id="gn:1", level="town", country="IQ", name_en="Qasaba", name_ar="قضاء القصبة", lat=36.0, lon=43.0,
                 coord="exact", source="geonames", ref="https://www.geonames.org/1")
    src = _cur_src(tmp_path, [_row("near", "IQ", "القصبة الكبرى", "36.001", "43.001", same_as="gn:1",
                                   names_ar="قصبة"),
                              _row("far", "IQ", "قصبة بعيدة", "36.5", "43.5", same_as="gn:1")])
    rep = BuildReport()
    same_as: dict[str, str] = {}
    cur = curated_rows(src, rep, same_as)
    named, rest = join_unnamed_towns(cur, {}, same_as, rep, named_towns={"gn:1": town})
    assert named == [] and rest == []              # both rows were consumed: one joined, one refused
    assert town.name_ar == "قضاء القصبة" and set(town.names_ar) == {"القصبة الكبرى", "قصبة"}
    assert (town.lat, town.lon) == (36.0, 43.0) and "https://example.org/near" in town.note
    assert rep.joined == 1 and len(rep.warnings) == 1 and "cur:far" in rep.warnings[0]


def test_an_arabic_only_page_gives_a_stable_id_without_an_invented_english_name(tmp_path):
    (tmp_path / "sources/wikipedia").mkdir(parents=True)
    head = "name_en\tname_ar\tname_ar_plain\tkind\tgovernorate\tdistrict\tsubdistrict\tlat\tlon\tcoord_printed\tocha_pcode\tsource_url\n"
    rows = ["\tقرية الاختبار\tقرية الاختبار\tvillage\tIdlib\t\t\t35.5\t36.5\t35°30′N 36°30′E\tC9999\thttps://example.org/a\n",
            "\tقرية ثانية\tقرية ثانية\tvillage\tIdlib\t\t\t35.6\t36.6\t35°36′N 36°36′E\t\thttps://example.org/b\n",
            "Named Village\tقرية مسماة\tقرية مسماة\tvillage\tIdlib\t\t\t35.7\t36.7\t35°42′N 36°42′E\t\thttps://example.org/c\n"]
    (tmp_path / "sources/wikipedia/t.tsv").write_text(head + "".join(rows), encoding="utf-8")
    first = {e.name_ar: e for e in wikipedia_rows(tmp_path, BuildReport())}
    again = {e.name_ar: e.id for e in wikipedia_rows(tmp_path, BuildReport())}
    assert first["قرية الاختبار"].id == "wp:sy:c9999" and first["قرية الاختبار"].name_en == ""
    assert first["قرية ثانية"].id.startswith("wp:sy:ar-") and first["قرية ثانية"].name_en == ""
    assert first["قرية مسماة"].id == "wp:sy:named-village"
    assert {k: e.id for k, e in first.items()} == again


# --------------------------------------------------------------------------- reports on the new villages

@pytest.mark.parametrize("text,country,lat,lon,admin1", [
    ("قتل مدنيان في غارة جوية استهدفت قرية معردبسة شرق إدلب.", "Syria", 35.77889, 36.76972, "Idleb"),
    ("قصفت قوات النظام بالمدفعية بلدة كفر نايا في ريف حلب الشمالي.", "Syria", 36.42, 37.07194, "Aleppo"),
    ("اندلعت اشتباكات في قرية حيالين بريف حماة أسفرت عن مقتل مقاتلين.", "Syria", 35.351256, 36.448345, "Hama"),
    ("انفجرت عبوة ناسفة في بلدة كرمليس شرق الموصل وأصابت ثلاثة أشخاص.", "Iraq", 36.30361, 43.41278, "Ninewa"),
    ("قتل ثلاثة عناصر من الشرطة في هجوم على حاجز في العامرية جنوب الفلوجة.", "Iraq", 33.16528, 43.86556,
     "Al-Anbar"),
    ("هاجمت قوات الدعم السريع مخيم زمزم للنازحين جنوب الفاشر وقتلت عشرة مدنيين.", "Sudan", 13.48852, 25.31067,
     "North Darfur"),
    ("قتل خمسة أشخاص في اشتباكات بمدينة طويلة في ولاية شمال دارفور.", "Sudan", 13.517, 24.867, "North Darfur"),
])
def test_a_report_on_a_new_village_gets_its_printed_point(text, country, lat, lon, admin1):
    recs = rasd.extract(text, published="2025-03-01")
    assert [(r.country, r.latitude, r.longitude, r.geo_precision, r.admin1) for r in recs] == \
        [(country, pytest.approx(lat, abs=1e-5), pytest.approx(lon, abs=1e-5), 1, admin1)]


def test_bakhdida_is_the_town_geonames_calls_al_hamdaniya():
    recs = rasd.extract("سقطت قذائف على بلدة بخديدا في سهل نينوى وأصابت مدنيين.", published="2025-03-01")
    assert [(r.location, r.admin1, r.geo_precision) for r in recs] == [("Al-Hamdaniya", "Ninewa", 1)]


def test_names_that_are_also_words_need_a_cue():
    from rasd.text.normalize import normalize

    gaz = get_gazetteer()
    for text, key in (("استمرت المعارك فترة طويلة قبل الانسحاب", "طويله"),
                      ("تمركز القناصة على التلول المحيطة بالبلدة", "التلول")):
        hits = [h for h in gaz.find_names(normalize(text).text) if h.key == key]
        assert hits and all(h.common_word for h in hits), key
