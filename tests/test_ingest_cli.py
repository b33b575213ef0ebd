"""`rasd extract` over broken and good inputs together: per-file errors, the run completes."""
from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

FIX = Path(__file__).parent / "fixtures" / "ingest"


def rasd(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", "from rasd.cli import main; main()", *args],
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("mixed")
    shutil.copy(FIX / "html" / "mayadin-shelling.html", d)
    shutil.copy(FIX / "feeds" / "suwayda-updates.atom", d)
    shutil.copy(FIX / "tabular" / "sheet-utf8-bom.csv", d)
    shutil.copy(FIX / "feeds" / "moved-feed.rss", d / "broken-feed.rss")            # a feed that is HTML
    (d / "broken-table.csv").write_text("id,title\n1,عنوان فقط\n", encoding="utf-8")  # no text column
    with open(d / "broken-huge.html", "wb") as f:                                    # a 50 MB page
        f.write(b"<html><body>" + b"<p>" + "كلام ".encode() * 5_600_000 + b"</p></body></html>")
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    two = 0
    for i in range(3):
        hh = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        body = (FIX / "html" / "mayadin-shelling.html").read_bytes().replace(b"12T08", f"1{i}T08".encode())
        w.write_record(w.create_warc_record(f"https://x.example/{i}", "response", payload=io.BytesIO(body),
                                            http_headers=hh))
        if i == 1:
            two = len(buf.getvalue())
    data = buf.getvalue()
    # a truncated WARC: cut inside the third record's gzip member (record ids are random, so
    # a cut at a fixed fraction could land on a member boundary and truncate nothing)
    (d / "broken-crawl.warc.gz").write_bytes(data[: two + (len(data) - two) // 2])
    return d


def error_lines(stderr: str) -> list[str]:
    return [ln for ln in stderr.splitlines() if ln.startswith("error:")]


def test_broken_inputs_give_per_file_errors_and_the_run_completes(mixed):
    run = rasd("extract", str(mixed))
    assert run.returncode == 0, run.stderr
    errors = error_lines(run.stderr)
    for name, why in (("broken-feed.rss", "HTML page"), ("broken-table.csv", "no text column"),
                      ("broken-huge.html", "MB"), ("broken-crawl.warc.gz", "truncated")):
        lines = [e for e in errors if name in e]
        assert len(lines) == 1, (name, errors)
        assert why in lines[0], lines[0]
    assert len(errors) == 5            # the four above and the empty row of the good CSV
    assert any(e.endswith("sheet-utf8-bom.csv:5: empty text in column 'text'") for e in errors)
    for line in run.stdout.splitlines():
        json.loads(line)


def test_workers_and_dask_give_the_same_output(mixed):
    one = rasd("extract", str(mixed))
    two = rasd("extract", str(mixed), "--workers", "2")
    dask = rasd("extract", str(mixed), "--workers", "2", "--dask", "local")
    assert two.returncode == dask.returncode == 0, (two.stderr, dask.stderr)
    assert one.stdout == two.stdout == dask.stdout
    assert error_lines(one.stderr) == error_lines(two.stderr) == error_lines(dask.stderr)


def test_column_options():
    run = rasd("extract", str(FIX / "tabular" / "excel-arabic-cp1256.csv"), "--text-column", "الخبر",
               "--date-column", "التاريخ", "--id-column", "رقم")
    assert run.returncode == 0 and error_lines(run.stderr) == []
    assert "cp1256" in run.stderr               # the detected encoding is said, as a warning
    bad = rasd("extract", str(FIX / "tabular" / "excel-arabic-cp1256.csv"), "--text-column", "body")
    assert bad.returncode == 1
    assert "no column 'body' (--text-column)" in bad.stderr and "no document could be read" in bad.stderr


def test_non_arabic_only_is_read_not_failed():
    run = rasd("extract", str(FIX / "html" / "english-bulletin.html"))
    assert run.returncode == 0 and "skipped:" in run.stderr and "not Arabic" in run.stderr
