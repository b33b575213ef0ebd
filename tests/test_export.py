"""Export formats: column lists as ACLED/UCDP publish them, files that re-read and validate."""
from __future__ import annotations

import io
import json
import re

import pandas as pd
import pytest
from typer.testing import CliRunner

from rasd.export import FORMATS, write_records
from rasd.export.codes import inter_code, interaction
from rasd.export.notes import english_summary
from rasd.export.ucdp import priogrid_gid, type_of_violence
from storehelp import make_record

# The lists as ACLED's and UCDP's codebooks give them, typed here independently of the writers.
ACLED = ("event_id_cnty event_date year time_precision disorder_type event_type sub_event_type actor1 "
         "assoc_actor_1 inter1 actor2 assoc_actor_2 inter2 interaction civilian_targeting iso region "
         "country admin1 admin2 admin3 location latitude longitude geo_precision source source_scale notes "
         "fatalities tags timestamp").split()
UCDP = ("id relid year active_year code_status type_of_violence conflict_dset_id conflict_new_id "
        "conflict_name dyad_dset_id dyad_new_id dyad_name side_a_dset_id side_a_new_id side_a "
        "side_b_dset_id side_b_new_id side_b number_of_sources source_article source_office source_date "
        "source_headline source_original where_prec where_coordinates where_description adm_1 adm_2 "
        "latitude longitude geom_wkt priogrid_gid country country_id region event_clarity date_prec "
        "date_start date_end deaths_a deaths_b deaths_civilians deaths_unknown best high low gwnoa gwnob").split()

ARABIC = re.compile(r"[\u0600-\u06FF]")


def sample_records():
    text = "قصف الطيران الروسي مدينة الميادين، ما أدى إلى مقتل خمسة مدنيين."
    return [
        make_record("doc1", text=text, actor1="Russian Forces", actor2="Civilians", civilian_targeting=True,
                    location="Al-Mayadin", location_text="الميادين", admin1="Deir ez-Zor",
                    latitude=35.0196, longitude=40.4517, event_date="2017-06-20", fatalities=5,
                    fatalities_low=5, fatalities_high=5, weapons=["aircraft"], source="Outlet A"),
        make_record("doc2", sub_event_type="Armed clash", actor1="Islamic State",
                    actor2="Syrian Democratic Forces", location="Hajin", admin1="Deir ez-Zor",
                    latitude=34.69, longitude=40.83, event_date="2018-10-11", fatalities=10,
                    fatalities_low=10, fatalities_high=99),
        make_record("doc3", sub_event_type="Peaceful protest", actor1="Protesters", location="Idlib",
                    admin1="Idlib", geo_precision=3, event_date="2019-05-03", time_precision=2),
        make_record("doc4", sub_event_type="Attack", actor1="Unidentified Armed Group", actor2="Civilians",
                    location="Unknown village", event_date="2019-01-01"),  # no coordinates
    ]


def render(fmt, recs=None):
    buf = io.StringIO()
    n = write_records(recs or sample_records(), fmt, buf)
    return n, buf.getvalue()


def test_every_format_is_registered():
    assert set(FORMATS) >= {"jsonl", "acled-csv", "ucdp-csv", "geojson", "parquet"}


def test_acled_csv_has_acleds_columns_and_rereads():
    n, out = render("acled-csv")
    df = pd.read_csv(io.StringIO(out), keep_default_na=False)
    assert list(df.columns) == ACLED and n == len(df) == 4
    r = df.iloc[0]
    assert r.event_id_cnty == "SYR-doc1-0" and r.event_date == "2017-06-20" and r.year == 2017
    assert r.disorder_type == "Political violence" and r.sub_event_type == "Air/drone strike"
    assert (int(r.inter1), int(r.inter2), int(r.interaction)) == (8, 7, 78)
    assert r.civilian_targeting == "Civilian targeting" and r.iso == 760 and r.region == "Middle East"
    assert int(df.iloc[1].interaction) == 22 and df.iloc[2].disorder_type == "Demonstrations"
    assert int(df.iloc[2].interaction) == 60 and int(df.iloc[2].fatalities) == 0  # ACLED: 0 when none reported
    assert all(not ARABIC.search(x) for x in df.notes)  # notes are English, never the report
    assert "Russian Forces carried out an air/drone strike on Al-Mayadin" in r.notes
    assert "5 people were killed" in r.notes


def test_ucdp_csv_has_geds_columns_and_maps_violence_types():
    n, out = render("ucdp-csv")
    df = pd.read_csv(io.StringIO(out))
    assert list(df.columns) == UCDP and n == len(df) == 4
    strike, clash, protest, attack = (df.iloc[i] for i in range(4))
    assert strike.type_of_violence == 3 and strike.side_b == "Civilians"       # one-sided
    assert strike.deaths_civilians == 5 and pd.isna(strike.deaths_unknown)
    assert clash.type_of_violence == 2                                         # IS vs SDF: non-state
    assert (clash.best, clash.low, clash.high) == (10, 10, 99)
    assert pd.isna(protest.type_of_violence)                                   # outside GED's scope
    assert protest.where_prec == 4 and protest.date_prec == 3
    assert attack.type_of_violence == 3 and pd.isna(attack.latitude)
    assert strike.geom_wkt == "POINT (40.4517 35.0196)" and strike.country_id == 652
    assert strike.priogrid_gid == priogrid_gid(35.0196, 40.4517)


def test_state_side_goes_to_side_a():
    rec = make_record("d", sub_event_type="Armed clash", actor1="Islamic State",
                      actor2="Syrian Government Forces", event_date="2017-01-01")
    assert type_of_violence(rec) == 1
    _, out = render("ucdp-csv", [rec])
    row = pd.read_csv(io.StringIO(out)).iloc[0]
    assert row.side_a == "Syrian Government Forces" and row.side_b == "Islamic State"
    assert row.gwnoa == 652


def test_priogrid_matches_known_cells():
    # PRIO-GRID numbers cells row by row from (-90, -180): the first cell is 1, the last 259200
    assert priogrid_gid(-89.9, -179.9) == 1
    assert priogrid_gid(89.9, 179.9) == 259200
    assert priogrid_gid(-89.9, -179.4) == 2


def test_geojson_validates_and_keeps_records_without_coordinates():
    import geojson

    n, out = render("geojson")
    fc = geojson.loads(out)
    assert fc.is_valid, fc.errors()
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == n == 4
    f0 = fc["features"][0]
    assert f0["geometry"]["coordinates"] == [40.4517, 35.0196]   # lon, lat
    assert f0["properties"]["sub_event_type"] == "Air/drone strike"
    assert not ARABIC.search(f0["properties"]["notes"])
    assert fc["features"][3]["geometry"] is None


def test_parquet_reads_back_with_types(tmp_path):
    import pyarrow.parquet as pq

    path = tmp_path / "events.parquet"
    with open(path, "w", encoding="utf-8") as fh:  # `rasd extract -o` opens text files
        n = write_records(sample_records(), "parquet", fh)
    table = pq.read_table(path)
    assert table.num_rows == n == 4
    df = table.to_pandas()
    assert df.latitude.dtype == "float64" and df.loc[0, "fatalities"] == 5
    assert list(df.loc[0, "weapons"]) == ["aircraft"]
    assert df.loc[0, "evidence"][0]["text"].startswith("قصف الطيران")
    with pytest.raises(ValueError):
        write_records(sample_records(), "parquet", io.StringIO())


def test_inter_codes_come_from_the_data_file():
    assert inter_code("Syrian Government Forces") == 1
    assert inter_code("Military Forces of Iraq") == 1          # prefix rule
    assert inter_code("Civilians (Syria)") == 7
    assert inter_code("Some New Group") is None and inter_code(None) is None
    assert interaction(7, 1) == 17 and interaction(6, None) == 60 and interaction(None, None) is None


def test_notes_follow_precision():
    r = make_record("d", sub_event_type="Armed clash", actor1="Islamic State", actor2=None,
                    location="Hajin", admin1="Deir ez-Zor", event_date="2018-10-11", time_precision=3,
                    geo_precision=2)
    s = english_summary(r)
    assert s.startswith("In October 2018, Islamic State fought an armed clash in the area of Hajin")


def test_extract_command_writes_the_new_formats(tmp_path):
    from rasd.cli import app

    doc = tmp_path / "r.txt"
    doc.write_text("قصف مدفعي على بلدة كفرنبودة.", encoding="utf-8")
    for fmt in ("acled-csv", "ucdp-csv", "geojson"):
        res = CliRunner().invoke(app, ["extract", "--format", fmt, str(doc)])
        assert res.exit_code == 0, res.output
    out = tmp_path / "o.parquet"
    res = CliRunner().invoke(app, ["extract", "--format", "parquet", "-o", str(out), str(doc)])
    assert res.exit_code == 0 and out.stat().st_size > 0


def test_an_actor_the_export_table_lacks_takes_its_lexicon_type():
    # the lexicon gives every actor its ACLED type; the ACLED columns must not go blank for one
    # the export table does not list
    assert inter_code("Kataib Hezbollah") == 3
    assert inter_code("Druze Militia") == 4
    assert inter_code("No Such Actor") is None
