"""Exporting merged events from the store: filters, the CLI, read_events, explain."""
from __future__ import annotations

import io
import json

import pandas as pd
import pytest
from typer.testing import CliRunner

import rasd
from rasd.cli import app
from rasd.export import write_records
from rasd.store import EventFilter, iter_events, store_results
from storehelp import make_record, result

PLACES = {
    "Al-Mayadin": dict(admin1="Deir ez-Zor", latitude=35.0196, longitude=40.4517),
    "Kafr Nabuda": dict(admin1="Hama", latitude=35.4306, longitude=36.4983),
    "Jisr al-Shughur": dict(admin1="Idlib", latitude=35.8128, longitude=36.3178),
}


def fill(store):
    rows = [
        ("s1", "Al-Mayadin", "2017-06-20", "Air/drone strike", "Russian Forces", 5),
        ("s2", "Al-Mayadin", "2017-06-20", "Air/drone strike", "Unidentified Military Forces", 7),
        ("s3", "Kafr Nabuda", "2019-05-10", "Shelling/artillery/missile attack", "Syrian Government Forces", 2),
        ("s4", "Jisr al-Shughur", "2019-06-01", "Armed clash", "Hayat Tahrir al-Sham", None),
    ]
    res = []
    for doc, place, day, sub, actor, killed in rows:
        text = f"تقرير {doc} عن {place}، كتبه مراسل محلي."
        res.append(result(doc, text, [make_record(doc, text=text, sub_event_type=sub, actor1=actor,
                                                  actor2="Civilians" if sub != "Armed clash" else "Syrian National Army",
                                                  event_date=day, fatalities=killed, location=place,
                                                  **PLACES[place])], source=f"Outlet {doc}"))
    store_results(store, res)


def test_filters(store):
    fill(store)

    def locs(**kw):
        return sorted(e.location for e in iter_events(store, EventFilter.build(**kw)))

    assert locs() == ["Al-Mayadin", "Jisr al-Shughur", "Kafr Nabuda"]
    assert locs(since="2019-01-01") == ["Jisr al-Shughur", "Kafr Nabuda"]
    assert locs(until="2019-05-10") == ["Al-Mayadin", "Kafr Nabuda"]
    assert locs(bbox="36,35,37,36") == ["Jisr al-Shughur", "Kafr Nabuda"]
    assert locs(type="Battles") == ["Jisr al-Shughur"]
    assert locs(type="air/drone strike") == ["Al-Mayadin"]
    assert locs(actor="russian") == ["Al-Mayadin"]
    assert locs(actor="national army") == ["Jisr al-Shughur"]
    with pytest.raises(ValueError):
        EventFilter.build(bbox="1,2,3")
    with pytest.raises(ValueError):
        EventFilter.build(since="yesterday")


def test_store_events_export_in_every_format(store):
    import geojson

    fill(store)
    for fmt in ("jsonl", "acled-csv", "ucdp-csv", "geojson"):
        buf = io.StringIO()
        assert write_records(iter_events(store), fmt, buf) == 3
    buf = io.StringIO()
    write_records(iter_events(store), "acled-csv", buf)
    df = pd.read_csv(io.StringIO(buf.getvalue()))
    mayadin = df[df.location == "Al-Mayadin"].iloc[0]
    assert mayadin.source == "Outlet s1; Outlet s2" and mayadin.fatalities == 7
    assert "Reported by 2 sources." in mayadin.notes
    buf = io.StringIO()
    write_records(iter_events(store), "ucdp-csv", buf)
    assert pd.read_csv(io.StringIO(buf.getvalue())).number_of_sources.tolist() == [2, 1, 1]
    buf = io.StringIO()
    write_records(iter_events(store), "geojson", buf)
    assert geojson.loads(buf.getvalue()).is_valid


def test_read_events_dataframe(db_url):
    from rasd.store import open_store

    with open_store(db_url) as st:
        fill(st)
    df = rasd.read_events(db=db_url, since="2019-01-01")
    assert len(df) == 2 and str(df.event_date.dtype).startswith("datetime64")
    assert set(df.location) == {"Kafr Nabuda", "Jisr al-Shughur"}
    assert {"n_sources", "doc_ids", "event_type", "fatalities"} <= set(df.columns)


def test_cli_export_explain_and_db_upgrade(db_url, tmp_path):
    from rasd.store import open_store

    with open_store(db_url) as st:
        fill(st)
        uid = next(e.event_id for e in iter_events(st) if e.location == "Al-Mayadin")
    runner = CliRunner()
    out = tmp_path / "events.csv"
    res = runner.invoke(app, ["export", "--db", db_url, "--format", "acled-csv", "--type", "Battles",
                              "--output", str(out)])
    assert res.exit_code == 0, res.output
    assert len(pd.read_csv(out)) == 1
    res = runner.invoke(app, ["export", "--db", db_url, "--format", "nope"])
    assert res.exit_code == 2
    res = runner.invoke(app, ["export", "--db", db_url, "--bbox", "1,2"])
    assert res.exit_code == 2 and "bbox" in res.output
    res = runner.invoke(app, ["explain", uid, "--db", db_url])
    assert res.exit_code == 0, res.output
    assert "source 2" in res.output and "dates overlap" in res.output and "evidence" in res.output
    assert "[active]" in res.output and "within [low, high]" in res.output
    res = runner.invoke(app, ["explain", uid, "--db", db_url, "--json"])
    assert json.loads(res.output)["event"]["n_sources"] == 2
    res = runner.invoke(app, ["explain", "E000", "--db", db_url])
    assert res.exit_code == 1
    res = runner.invoke(app, ["db", "upgrade", "--db", db_url])
    assert res.exit_code == 0 and "already at" in res.output


def test_cli_ingest_is_idempotent(db_url, tmp_path):
    docs = tmp_path / "reports"
    docs.mkdir()
    (docs / "a.txt").write_text("قصف مدفعي على بلدة كفرنبودة في ريف حماة.", encoding="utf-8")
    (docs / "b.txt").write_text("اشتباكات عنيفة في محيط جسر الشغور.", encoding="utf-8")
    (docs / "c.txt").write_text("english text only, not a report rasd reads", encoding="utf-8")
    (docs / "d.txt").write_bytes(b"\x00\x01binary")
    runner = CliRunner()
    res = runner.invoke(app, ["ingest", str(docs), "--db", db_url, "--quiet"])
    assert res.exit_code == 0, res.output
    assert "2 new, 0 skipped (already stored), 1 not extracted, 1 failed" in res.output
    res = runner.invoke(app, ["ingest", str(docs), "--db", db_url, "--quiet"])
    assert "0 new, 3 skipped (already stored), 0 not extracted, 1 failed" in res.output
    res = runner.invoke(app, ["ingest", str(tmp_path / "missing"), "--db", db_url, "--quiet"])
    assert res.exit_code == 1
