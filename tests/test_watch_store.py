"""`rasd watch --db` ingests new reports into the store and nothing twice."""
from __future__ import annotations

import sqlite3

from typer.testing import CliRunner

from rasd.cli import app


def _docs(db) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute("select count(*) from documents").fetchone()[0]
    finally:
        con.close()


def test_watch_into_store_takes_only_new_reports(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text("قصفت قوات النظام بقذائف الهاون بلدة كفرنبل بريف إدلب الجنوبي.", encoding="utf-8")
    db = tmp_path / "w.db"
    run = lambda: CliRunner().invoke(app, ["watch", str(inbox), "--db", f"sqlite:///{db}", "--once"])
    r = run()
    assert r.exit_code == 0, r.output
    assert _docs(db) == 1
    assert run().exit_code == 0
    assert _docs(db) == 1          # the same report is not ingested twice
    (inbox / "b.txt").write_text("اندلعت اشتباكات عنيفة في محيط مدينة معرة النعمان.", encoding="utf-8")
    assert run().exit_code == 0
    assert _docs(db) == 2


def test_watch_needs_one_destination(tmp_path):
    r = CliRunner().invoke(app, ["watch", str(tmp_path), "--once"])
    assert r.exit_code == 2
    assert "--out" in r.output and "--db" in r.output
