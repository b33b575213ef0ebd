"""Web archives built here with warcio: HTML/text responses read, duplicates and junk left out,
truncated archives yield what was readable and then an error for the file."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from rasd.ingest import ReadProblem, Skipped, read_documents
from rasd.model import Document

HTML_FIX = Path(__file__).parent / "fixtures" / "ingest" / "html"

RAQQA = ("<html><head><title>انفجار في الرقة</title>"
         "<meta property='article:published_time' content='2018-11-02'></head><body>"
         "<nav><a href='/'>الرئيسية</a> <a href='/news'>الأخبار</a></nav><article><p>"
         "انفجرت دراجة نارية مفخخة قرب دوار النعيم وسط مدينة الرقة، ما أدى إلى مقتل مدني وإصابة أربعة آخرين "
         "بجروح، بينهم طفلان، وفق ما أفاد به مراسل الشبكة في المدينة.</p><p>وطوقت عناصر من قوى الأمن "
         "الداخلي مكان الانفجار ومنعت الأهالي من الاقتراب، فيما نُقل الجرحى إلى المشفى الوطني.</p></article>"
         "<footer>جميع الحقوق محفوظة</footer></body></html>")
PLAIN = ("سقطت ثلاث قذائف صاروخية على حي الحميدية في مدينة دير الزور مساء أمس، "
         "وأدت إلى أضرار مادية في الممتلكات دون إصابات.")


def _response(w, uri, body: bytes, ctype="text/html; charset=utf-8", status="200 OK"):
    hh = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    w.write_record(w.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=hh))


def build_warc(gzip: bool) -> bytes:
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gzip)
    w.write_record(w.create_warcinfo_record("crawl.warc", {"software": "rasd tests"}))
    _response(w, "https://furat-local.example/mayadin", (HTML_FIX / "mayadin-shelling.html").read_bytes())
    w.write_record(w.create_warc_record("https://raqqa.example/news/1", "request",
                                        payload=io.BytesIO(b"GET /news/1 HTTP/1.1\r\n\r\n")))
    _response(w, "https://raqqa.example/news/1", RAQQA.encode("utf-8"))
    # the same page captured again under a tracking URL: same payload, left out
    _response(w, "https://raqqa.example/news/1?utm_source=feed", RAQQA.encode("utf-8"))
    _response(w, "https://raqqa.example/missing", b"<html><body>Not found</body></html>", status="404 Not Found")
    _response(w, "https://raqqa.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), ctype="image/png")
    _response(w, "https://en.example/bulletin", (HTML_FIX / "english-bulletin.html").read_bytes())
    w.write_record(w.create_warc_record("https://dez.example/note.txt", "resource",
                                        payload=io.BytesIO(PLAIN.encode("utf-8")),
                                        warc_content_type="text/plain; charset=utf-8"))
    return buf.getvalue()


@pytest.mark.parametrize("gz", [True, False])
def test_warc_pages_dedup_and_skips(tmp_path, gz):
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    path.write_bytes(build_warc(gz))
    items = list(read_documents([str(path)], require_arabic=True))
    docs = [i for i in items if isinstance(i, Document)]
    assert [d.url for d in docs] == ["https://furat-local.example/mayadin", "https://raqqa.example/news/1",
                                     "https://dez.example/note.txt"]
    mayadin, raqqa, note = docs
    assert "الإنترنت الفضائي" not in mayadin.text and "قُتل مدنيان" in mayadin.text
    assert raqqa.text.startswith("انفجرت دراجة نارية مفخخة") and "الرئيسية" not in raqqa.text
    assert str(raqqa.published) == "2018-11-02"
    assert note.text == PLAIN
    assert all(d.id.startswith("web-") for d in docs) and len({d.id for d in docs}) == 3
    assert all(d.source == str(path) for d in docs)
    skips = [i for i in items if isinstance(i, Skipped)]
    assert [s.kind for s in skips] == ["not Arabic", "archive records"]
    assert "en.example/bulletin" in skips[0].where
    summary = skips[1].reason
    for part in ("1 duplicate payloads", "1 HTTP 404 responses", "1 records that are not HTML or text",
                 "1 request records", "1 warcinfo records"):
        assert part in summary
    assert not [i for i in items if isinstance(i, ReadProblem) and i.fatal]


def test_ids_are_the_same_on_re_ingest(tmp_path):
    a, b = tmp_path / "a.warc.gz", tmp_path / "b.warc.gz"
    a.write_bytes(build_warc(True))
    b.write_bytes(build_warc(False))    # the same captures, written differently
    ids = [[d.id for d in read_documents([str(p)]) if isinstance(d, Document)] for p in (a, b)]
    assert ids[0] == ids[1]


@pytest.mark.parametrize("gz", [True, False])
def test_truncated_warc_gives_what_was_readable_then_an_error(tmp_path, gz):
    data = build_warc(gz)
    cut = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    cut.write_bytes(data[: int(len(data) * 0.55)])
    good = tmp_path / "zz-after.txt"
    good.write_text(PLAIN, encoding="utf-8")
    items = list(read_documents([str(cut), str(good)]))
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, ReadProblem) and i.fatal]
    assert docs[0].url == "https://furat-local.example/mayadin"    # read before the cut
    assert docs[-1].id == "zz-after"                              # the next file is still read
    [err] = errors
    assert err.where.startswith(str(cut)) and "truncated" in err.reason


def test_garbage_named_warc(tmp_path):
    p = tmp_path / "junk.warc"
    p.write_bytes(b"WARC/1.0\r\nthis is not a header block\r\n\r\n" + bytes(100))
    items = list(read_documents([str(p)]))
    assert [i for i in items if isinstance(i, ReadProblem) and i.fatal]
    assert not [i for i in items if isinstance(i, Document)]
