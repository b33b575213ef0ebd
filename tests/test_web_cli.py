"""`rasd token ...` and `rasd demo --no-serve` through the real CLI app."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

import webdata
from rasd.cli import app
from rasd.store import open_store, store_results
from rasd.store.query import counts
from rasd.store.schema import api_tokens
from rasd.web.tokens import list_tokens, verify_token

runner = CliRunner()
WIDE = {"COLUMNS": "200"}

#: two short reports written for these tests (real towns the gazetteer knows)
SAMPLE_A = "قصفت طائرات حربية روسية مدينة معرة النعمان في ريف إدلب الجنوبي، ما أدى إلى مقتل خمسة مدنيين."
SAMPLE_B = ("اندلعت اشتباكات عنيفة بين قوات سوريا الديمقراطية وتنظيم الدولة الإسلامية في مدينة الميادين "
            "بريف دير الزور الشرقي، وقتل ثلاثة عناصر من قسد.")


def test_token_create_prints_it_once_and_stores_only_a_hash(tmp_path):
    db = str(tmp_path / "tok.db")
    r = runner.invoke(app, ["token", "create", "amal", "--db", db])
    assert r.exit_code == 0, r.output
    token = r.stdout.strip()
    assert token.startswith("rasd_") and len(token) > 40 and "\n" not in token
    with open_store(db) as store:
        assert verify_token(store, token).name == "amal"
        with store.engine.connect() as conn:
            stored = conn.execute(api_tokens.select()).mappings().one()
        assert token not in {str(v) for v in stored.values()}
        assert stored["token_hash"] != token and len(stored["token_hash"]) == 64

    r = runner.invoke(app, ["token", "list", "--db", db], env=WIDE)
    assert r.exit_code == 0 and "amal" in r.stdout and "active" in r.stdout and token not in r.stdout
    assert token[:12] in r.stdout

    r = runner.invoke(app, ["token", "revoke", "amal", "--db", db], env=WIDE)
    assert r.exit_code == 0, r.output
    with open_store(db) as store:
        assert verify_token(store, token) is None
        assert [t.active for t in list_tokens(store)] == [False]
    r = runner.invoke(app, ["token", "list", "--db", db], env=WIDE)
    assert "revoked" in r.stdout
    r = runner.invoke(app, ["token", "revoke", "amal", "--db", db], env=WIDE)
    assert r.exit_code == 1 and "no active token" in r.output
    assert runner.invoke(app, ["token", "create", "  ", "--db", db]).exit_code == 2


def _samples(tmp_path):
    folder = tmp_path / "samples"
    folder.mkdir()
    (folder / "a.txt").write_text(SAMPLE_A, encoding="utf-8")
    (folder / "b.txt").write_text(SAMPLE_B, encoding="utf-8")
    (folder / ".hidden.txt").write_text("not a sample", encoding="utf-8")
    (folder / "notes.md").write_text("not a sample either", encoding="utf-8")
    return folder


def test_demo_recreates_its_store_from_the_sample_folder(tmp_path):
    folder, db = _samples(tmp_path), tmp_path / "demo.db"
    args = ["demo", "--samples", str(folder), "--db", str(db), "--published", "2017-06-20", "--no-serve"]
    for _ in range(2):  # the second run starts over: nothing is skipped as "already stored"
        r = runner.invoke(app, args, env=WIDE)
        assert r.exit_code == 0, r.output
        assert "2 sample file(s)" in r.stderr and "2 documents stored" in r.stderr
        assert " events" in r.stdout and "rasd serve --db" in r.stderr
        with open_store(str(db)) as store:
            assert counts(store)["documents"] == 2


def test_demo_never_deletes_a_store_with_other_documents(tmp_path):
    folder, db = _samples(tmp_path), tmp_path / "real.db"
    with open_store(str(db)) as store:
        store_results(store, webdata.results(["basra"]))
    r = runner.invoke(app, ["demo", "--samples", str(folder), "--db", str(db), "--no-serve"], env=WIDE)
    assert r.exit_code == 1 and "will not delete it" in r.output
    with open_store(str(db)) as store:
        assert counts(store)["documents"] == 1           # untouched
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all, but somebody's file" * 100)
    r = runner.invoke(app, ["demo", "--samples", str(folder), "--db", str(junk), "--no-serve"], env=WIDE)
    assert r.exit_code == 1 and junk.read_bytes().startswith(b"this is not sqlite")


def test_demo_without_samples_says_so_and_still_makes_a_store(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    r = runner.invoke(app, ["demo", "--samples", str(empty), "--db", str(tmp_path / "d.db"), "--no-serve"], env=WIDE)
    assert r.exit_code == 0 and "no sample reports" in r.stderr
    assert "0 events" in r.stdout
    r = runner.invoke(app, ["demo", "--samples", str(tmp_path / "missing"), "--no-serve"], env=WIDE)
    assert r.exit_code == 2 and "not a folder" in r.output


@pytest.mark.extractor_e2e
def test_demo_table_lists_the_extracted_events(tmp_path):
    folder, db = _samples(tmp_path), tmp_path / "demo.db"
    r = runner.invoke(app, ["demo", "--samples", str(folder), "--db", str(db), "--published", "2017-06-20",
                            "--no-serve"], env=WIDE)
    assert r.exit_code == 0, r.output
    assert "Maarrat an Numan" in r.stdout and "Al Mayadin" in r.stdout
    assert "Air/drone strike" in r.stdout and "Armed clash" in r.stdout


def test_serve_refuses_a_bad_tile_url(tmp_path):
    r = runner.invoke(app, ["serve", "--db", str(tmp_path / "s.db"), "--tiles", "ftp://tiles/{z}/{x}/{y}"], env=WIDE)
    assert r.exit_code == 2 and "http(s) URL template" in r.output
