"""`rasd ingest` takes the table column mapping and the Dask backend through to reading and
extraction, and stores the same records whatever runs the extraction."""
from __future__ import annotations

import sqlite3

from typer.testing import CliRunner

from rasd.cli import app

REPORTS = [
    ("r1", "2021-05-04", "قصف الطيران الحربي الروسي مدينة معرة النعمان بريف إدلب الجنوبي ما أدى لمقتل ثلاثة مدنيين."),
    ("r2", "2021-05-05", "اندلعت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في محيط بلدة كفرنبل."),
]


def _csv(tmp_path):
    path = tmp_path / "reports.csv"
    lines = ["ref,when,nass"] + [f'{i},{d},"{t}"' for i, d, t in REPORTS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _counts(db_path):
    con = sqlite3.connect(db_path)
    try:
        docs = con.execute("select count(*) from documents").fetchone()[0]
        recs = con.execute("select count(*) from records").fetchone()[0]
        rows = con.execute("select sub_event_type from records order by sub_event_type").fetchall()
    finally:
        con.close()
    return docs, recs, [r[0] for r in rows]


def test_ingest_maps_table_columns(tmp_path):
    db = tmp_path / "a.db"
    res = CliRunner().invoke(app, ["ingest", str(_csv(tmp_path)), "--db", f"sqlite:///{db}", "-q",
                                   "--text-column", "nass", "--date-column", "when", "--id-column", "ref"])
    assert res.exit_code == 0, res.output
    docs, recs, types = _counts(db)
    assert docs == 2 and recs >= 2
    assert "Air/drone strike" in types and "Armed clash" in types


def test_ingest_without_the_text_column_says_which_columns_exist(tmp_path):
    db = tmp_path / "b.db"
    res = CliRunner().invoke(app, ["ingest", str(_csv(tmp_path)), "--db", f"sqlite:///{db}", "-q"])
    assert res.exit_code != 0
    assert "nass" in res.output  # the message lists the columns the file has


def test_ingest_on_dask_stores_what_one_process_stores(tmp_path):
    one, many = tmp_path / "one.db", tmp_path / "dask.db"
    args = ["--text-column", "nass", "--date-column", "when", "--id-column", "ref", "-q"]
    r1 = CliRunner().invoke(app, ["ingest", str(_csv(tmp_path)), "--db", f"sqlite:///{one}", *args])
    r2 = CliRunner().invoke(app, ["ingest", str(_csv(tmp_path)), "--db", f"sqlite:///{many}", *args,
                                  "--dask", "local", "--workers", "2"])
    assert r1.exit_code == 0 and r2.exit_code == 0, r1.output + r2.output
    assert _counts(one) == _counts(many)
