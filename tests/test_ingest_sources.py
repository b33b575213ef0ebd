"""Finding inputs: directories, globs, .gz, .zip, stdin, content sniffing, unsupported types."""
from __future__ import annotations

import gzip
import io
import sys
import zipfile
from pathlib import Path

from rasd.ingest import ReadProblem, Skipped, read_documents
from rasd.model import Document

FIX = Path(__file__).parent / "fixtures" / "ingest"
REPORT = ("قصفت طائرات حربية مجهولة مواقع عسكرية في محيط مدينة تدمر، ولم ترد أنباء عن خسائر بشرية "
          "حتى الآن بحسب مصادر محلية.")


def kinds(items):
    items = list(items)
    return ([i for i in items if isinstance(i, Document)],
            [i for i in items if isinstance(i, ReadProblem) and i.fatal],
            [i for i in items if isinstance(i, Skipped)])


def test_directory_recursive_sorted_with_unique_relative_ids(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "report.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "b" / "report.txt").write_text(REPORT + " تحديث.", encoding="utf-8")
    (tmp_path / "top.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff" + bytes(10))
    (tmp_path / "scan.jpg").write_bytes(b"\xff\xd8\xff" + bytes(10))
    docs, errors, skips = kinds(read_documents([str(tmp_path)]))
    assert [d.id for d in docs] == ["a/report", "b/report", "top"]
    assert errors == []
    [skip] = skips
    assert "2 .jpg" in skip.reason and skip.kind == "other file types"


def test_single_file_keeps_its_stem_as_id(tmp_path):
    p = tmp_path / "deir-ez-zor.2019-03-12.txt"
    p.write_text(REPORT, encoding="utf-8")
    [d] = read_documents([str(p)])
    assert d.id == "deir-ez-zor.2019-03-12"


def test_glob_pattern(tmp_path):
    for name in ("x1.txt", "x2.txt", "y.txt"):
        (tmp_path / name).write_text(REPORT, encoding="utf-8")
    docs, _, _ = kinds(read_documents([str(tmp_path / "x*.txt")]))
    assert [d.id for d in docs] == ["x1", "x2"]
    [p] = read_documents([str(tmp_path / "none-*.txt")])
    assert p.fatal and "no file matches" in p.reason


def test_zip_members_and_nested_gz(tmp_path):
    z = tmp_path / "bundle.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("reports/one.txt", REPORT)
        zf.writestr("reports/page.html", (FIX / "html" / "mayadin-shelling.html").read_bytes())
        zf.writestr("feeds/atom.xml.gz", gzip.compress((FIX / "feeds" / "suwayda-updates.atom").read_bytes()))
        zf.writestr("__MACOSX/._one.txt", b"\x00\x05junk")
        zf.writestr("notes.docx", b"PK\x03\x04")
    docs, errors, skips = kinds(read_documents([str(z)]))
    assert [d.id for d in docs if not d.id.startswith("feed-")] == ["bundle/reports/one", "bundle/reports/page"]
    assert len([d for d in docs if d.id.startswith("feed-")]) == 2
    [err] = errors
    assert err.where.endswith("bundle.zip!notes.docx") and "Word" in err.reason


def test_gz_text_and_sniffed_gzip_behind_a_wrong_name(tmp_path):
    (tmp_path / "r.txt.gz").write_bytes(gzip.compress(REPORT.encode()))
    (tmp_path / "saved.html").write_bytes(gzip.compress((FIX / "html" / "daraa-ied.htm").read_bytes()))
    docs, errors, _ = kinds(read_documents([str(tmp_path / "r.txt.gz"), str(tmp_path / "saved.html")]))
    assert errors == []
    assert [(d.id, d.text[:20]) for d in docs] == [("r", REPORT[:20]), ("saved", "انفجرت عبوة ناسفة، ص")]


def test_no_suffix_files_are_sniffed(tmp_path):
    (tmp_path / "index").write_bytes((FIX / "html" / "mayadin-shelling.html").read_bytes())
    (tmp_path / "feed").write_bytes((FIX / "feeds" / "suwayda-updates.atom").read_bytes())
    docs, errors, _ = kinds(read_documents([str(tmp_path)]))
    assert errors == []
    assert sorted(d.meta.get("format") for d in docs) == ["feed", "feed", "html"]


def test_binary_and_unsupported(tmp_path):
    (tmp_path / "blob.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "r.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "ok.txt").write_text(REPORT, encoding="utf-8")
    docs, errors, _ = kinds(read_documents([str(tmp_path / n) for n in ("blob.txt", "r.pdf", "ok.txt")]))
    assert [d.id for d in docs] == ["ok"]
    assert ["binary" in errors[0].reason, "PDF" in errors[1].reason] == [True, True]


def test_corrupt_gzip_is_one_error(tmp_path):
    (tmp_path / "cut.txt.gz").write_bytes(gzip.compress(REPORT.encode() * 50)[:60])
    (tmp_path / "ok.txt").write_text(REPORT, encoding="utf-8")
    docs, errors, _ = kinds(read_documents([str(tmp_path)]))
    assert [d.id for d in docs] == ["ok"]
    [e] = errors
    assert e.where.endswith("cut.txt.gz")


def test_stdin_text_and_jsonl(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(REPORT.encode())))
    [d] = read_documents(["-"])
    assert (d.id, d.text) == ("stdin", REPORT)
    line = '{"id": "s1", "text": "%s"}\n' % REPORT
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(line.encode())))
    [d] = read_documents(["-"])
    assert d.id == "s1"


def test_too_long_and_empty(tmp_path):
    (tmp_path / "long.txt").write_text(REPORT * 10, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    long, empty = read_documents([str(tmp_path / "long.txt"), str(tmp_path / "empty.txt")], max_chars=200)
    assert long.fatal and long.where.endswith("long.txt") and "--max-chars" in long.reason
    assert empty.fatal and empty.where.endswith("empty.txt") and empty.reason == "empty document"
