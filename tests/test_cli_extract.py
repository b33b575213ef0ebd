"""`rasd extract` from the outside: inputs, every export format, and bad input.

The rule for bad input (issue 2): a clear message on stderr naming the file
(and line, for JSONL), the other documents still processed, and a non-zero
exit code only when nothing at all could be read.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasd.cli import app
from rasd.export import FORMATS
from rasd.model import SPEC_KEYS

REPORT = ("شنت طائرات حربية روسية غارات جوية على مدينتي الميادين والعشارة بريف دير الزور الشرقي "
          "فجر اليوم، ما أدى لمقتل ثلاثة مدنيين.")
REPORT2 = "قصفت قوات النظام بقذائف الهاون بلدة كفرنبل جنوب إدلب أمس."

runner = CliRunner()


def run(*args: str, input: bytes | str | None = None):
    return runner.invoke(app, ["extract", *args], input=input)


def squash(s: str) -> str:
    """stderr without whitespace: Rich wraps long lines wherever it likes."""
    return re.sub(r"\s+", "", s)


def jsonl(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


@pytest.fixture
def txt(tmp_path: Path) -> Path:
    p = tmp_path / "mayadin.txt"
    p.write_text(REPORT, encoding="utf-8")
    return p


# --- inputs -----------------------------------------------------------------------------------

def test_txt_file(txt):
    res = run(str(txt), "--published", "2017-06-20")
    assert res.exit_code == 0, res.stderr
    recs = jsonl(res.stdout)
    assert sorted(r["location_text"] for r in recs) == sorted(["الميادين", "العشارة"])
    for r in recs:
        assert r["doc_id"] == "mayadin"
        assert r["event_date"] == "2017-06-20"
        assert list(r)[:len(SPEC_KEYS)] == list(SPEC_KEYS)
        for ev in r["evidence"]:
            assert REPORT[ev["start"]:ev["end"]] == ev["text"]


def test_jsonl_file_with_published_per_line(tmp_path):
    p = tmp_path / "batch.jsonl"
    p.write_text("\n".join(json.dumps(o, ensure_ascii=False) for o in [
        {"id": "a", "text": REPORT, "published": "2017-06-20"},
        {"id": "b", "text": REPORT2, "published": "2019-03-02"},
    ]) + "\n", encoding="utf-8")
    res = run(str(p))
    assert res.exit_code == 0, res.stderr
    recs = jsonl(res.stdout)
    assert {r["doc_id"] for r in recs} == {"a", "b"}
    b = [r for r in recs if r["doc_id"] == "b"]
    assert b[0]["event_date"] == "2019-03-01"  # أمس, from the line's own date


def test_stdin_plain_text():
    res = run("-", "--published", "2019-03-02", input=REPORT2.encode("utf-8"))
    assert res.exit_code == 0, res.stderr
    (r,) = jsonl(res.stdout)
    assert r["doc_id"] == "stdin" and r["event_date"] == "2019-03-01"


def test_stdin_jsonl():
    lines = json.dumps({"id": "s1", "text": REPORT2, "published": "2019-03-02"}, ensure_ascii=False)
    res = run("-", input=lines.encode("utf-8"))
    assert res.exit_code == 0, res.stderr
    assert [r["doc_id"] for r in jsonl(res.stdout)] == ["s1"]


def test_directory_of_reports(tmp_path, txt):
    (tmp_path / "kafranbel.txt").write_text(REPORT2, encoding="utf-8")
    (tmp_path / "notes.md").write_text("not a report", encoding="utf-8")  # not a report suffix
    res = run(str(tmp_path), "--published", "2019-03-02")
    assert res.exit_code == 0, res.stderr
    assert {r["doc_id"] for r in jsonl(res.stdout)} == {"mayadin", "kafranbel"}


def test_output_file(tmp_path, txt):
    out = tmp_path / "out.jsonl"
    res = run(str(txt), "--published", "2017-06-20", "-o", str(out))
    assert res.exit_code == 0 and res.stdout == ""
    assert len(jsonl(out.read_text(encoding="utf-8"))) == 2


def test_same_input_gives_the_same_ids(txt):
    a = jsonl(run(str(txt), "--published", "2017-06-20").stdout)
    b = jsonl(run(str(txt), "--published", "2017-06-20").stdout)
    assert [r["event_id"] for r in a] == [r["event_id"] for r in b]
    assert len({r["event_id"] for r in a}) == len(a)


# --- every export format ----------------------------------------------------------------------

@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format(fmt, txt):
    res = run(str(txt), "--published", "2017-06-20", "--format", fmt)
    assert res.exit_code == 0, res.stderr
    out = res.stdout
    assert out.strip()
    if fmt == "jsonl":
        assert len(jsonl(out)) == 2
    elif fmt.endswith("csv"):
        rows = list(csv.reader(io.StringIO(out)))
        assert len(rows) == 3  # header + one row per event
        assert len({len(r) for r in rows}) == 1
    elif "json" in fmt:
        data = json.loads(out)
        if fmt == "geojson":
            assert data["type"] == "FeatureCollection" and len(data["features"]) == 2
            for f in data["features"]:
                lon, lat = f["geometry"]["coordinates"][:2]
                assert 34 < lat < 36 and 40 < lon < 41.5
    # any other format: it printed something and exited cleanly


def test_unknown_format_is_refused(txt):
    res = run(str(txt), "--format", "xlsx-maybe")
    assert res.exit_code == 2
    assert "unknownformat" in squash(res.stderr)
    assert res.stdout == ""


def test_bad_published_date_is_refused(txt):
    res = run(str(txt), "--published", "2017-13-45")
    assert res.exit_code == 2
    assert "--published" in res.stderr


# --- bad input --------------------------------------------------------------------------------

def test_missing_file(tmp_path, txt):
    missing = tmp_path / "nope.txt"
    res = run(str(missing))
    assert res.exit_code == 1
    assert squash(f"{missing}: no such file") in squash(res.stderr)
    # with a good file next to it, the run succeeds
    res = run(str(missing), str(txt), "--published", "2017-06-20")
    assert res.exit_code == 0 and len(jsonl(res.stdout)) == 2
    assert "nope.txt" in squash(res.stderr)


def test_empty_text(tmp_path, txt):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n ", encoding="utf-8")
    res = run(str(empty))
    assert res.exit_code == 1
    assert squash(f"{empty}: empty document") in squash(res.stderr)
    res = run(str(empty), str(txt), "--published", "2017-06-20")
    assert res.exit_code == 0 and len(jsonl(res.stdout)) == 2


def test_non_arabic_text_is_skipped_with_a_reason(tmp_path, txt):
    en = tmp_path / "english.txt"
    en.write_text("Warplanes struck the town of Mayadin this morning, killing three civilians.", encoding="utf-8")
    res = run(str(en), str(txt), "--published", "2017-06-20")
    assert res.exit_code == 0
    err = squash(res.stderr)
    assert "english.txt" in err and "notArabic" in err
    assert {r["doc_id"] for r in jsonl(res.stdout)} == {"mayadin"}


def test_binary_file(tmp_path, txt):
    blob = tmp_path / "photo.txt"
    blob.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20)
    res = run(str(blob))
    assert res.exit_code == 1
    assert squash(f"{blob}: binary data") in squash(res.stderr)
    res = run(str(blob), str(txt), "--published", "2017-06-20")
    assert res.exit_code == 0 and len(jsonl(res.stdout)) == 2


def test_windows_1256_is_recognised_and_read(tmp_path):
    latin = tmp_path / "cp1256.txt"
    latin.write_bytes(REPORT.encode("cp1256"))  # an Arabic Windows code page, not UTF-8
    res = run(str(latin))
    assert res.exit_code == 0
    recs = jsonl(res.stdout)
    assert recs and all(r["evidence"] for r in recs)


def test_binary_garbage_is_refused(tmp_path):
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 64)
    res = run(str(junk))
    assert res.exit_code == 1
    assert "junk.txt" in squash(res.stderr)


def test_a_few_broken_bytes_are_replaced_and_the_report_is_read(tmp_path):
    p = tmp_path / "broken.txt"
    p.write_bytes(REPORT.encode("utf-8") + b" \xff\xfe " + REPORT2.encode("utf-8"))
    res = run(str(p), "--published", "2017-06-20")
    assert res.exit_code == 0
    assert "broken.txt" in squash(res.stderr) and "U+FFFD" in res.stderr
    text = p.read_bytes().decode("utf-8", errors="replace")
    recs = jsonl(res.stdout)
    assert len(recs) >= 2
    for r in recs:  # offsets still index the decoded text
        for ev in r["evidence"]:
            assert text[ev["start"]:ev["end"]] == ev["text"]


def test_five_megabyte_document(tmp_path, txt):
    big = tmp_path / "huge.txt"
    with big.open("w", encoding="utf-8") as f:
        while f.tell() < 5_000_000:
            f.write(REPORT + "\n")
    assert big.stat().st_size >= 5_000_000
    res = run(str(big))
    assert res.exit_code == 1
    err = squash(res.stderr)
    assert "huge.txt" in err and "--max-chars" in err
    res = run(str(big), str(txt), "--published", "2017-06-20")
    assert res.exit_code == 0 and {r["doc_id"] for r in jsonl(res.stdout)} == {"mayadin"}


def test_malformed_jsonl_lines(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_text("\n".join([
        json.dumps({"id": "ok1", "text": REPORT, "published": "2017-06-20"}, ensure_ascii=False),
        '{"id": "cut", "text": "قصفت قوات',                       # 2: truncated JSON
        json.dumps({"id": "notext", "nass": REPORT}, ensure_ascii=False),  # 3: no text
        "[1, 2, 3]",                                               # 4: not an object
        "",                                                        # 5: blank: ignored
        json.dumps({"id": "blank", "text": "   "}),                # 6: empty text
        json.dumps({"id": "ok2", "text": REPORT2, "published": "2019-03-02"}, ensure_ascii=False),
        json.dumps({"id": "baddate", "text": REPORT2, "published": "yesterday"}, ensure_ascii=False),  # 8
    ]) + "\n", encoding="utf-8")
    res = run(str(p))
    assert res.exit_code == 0
    err = squash(res.stderr)
    for line, why in [(2, "malformedJSON"), (3, "notextcolumn"), (4, "mustbeanobject"), (6, "emptytext"),
                      (8, "ignoringdate")]:
        assert f"feed.jsonl:{line}:" in err and why in err, (line, why)
    assert "feed.jsonl:5:" not in err
    # the good lines, and the line with a bad date (read without it), are all processed
    assert {r["doc_id"] for r in jsonl(res.stdout)} >= {"ok1", "ok2"}


def test_jsonl_with_no_readable_line_fails(tmp_path):
    p = tmp_path / "junk.jsonl"
    p.write_text("not json\n{also not\n", encoding="utf-8")
    res = run(str(p))
    assert res.exit_code == 1
    err = squash(res.stderr)
    assert "junk.jsonl:1:" in err and "junk.jsonl:2:" in err and "nodocumentcouldberead" in err


def test_console_script_reads_a_pipe(tmp_path):
    """The installed `rasd` command end to end, stdin from a real pipe."""
    exe = Path(sys.executable).with_name("rasd")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "rasd.cli"]
    proc = subprocess.run(cmd + ["extract", "-", "--published", "2019-03-02"], input=REPORT2.encode("utf-8"),
                          capture_output=True, timeout=120, env={**os.environ, "COLUMNS": "200"})
    assert proc.returncode == 0, proc.stderr.decode()
    (rec,) = [json.loads(x) for x in proc.stdout.decode("utf-8").splitlines()]
    assert rec["location_text"] == "بلدة كفرنبل" and rec["event_date"] == "2019-03-01"
    proc = subprocess.run(cmd + ["extract", "-"], input=b"", capture_output=True, timeout=120)
    assert proc.returncode == 1
    assert b"no document could be read" in proc.stderr
