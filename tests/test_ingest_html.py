"""HTML pages: the report's own text and metadata, the page furniture around it left out."""
from __future__ import annotations

import gzip
from datetime import date
from pathlib import Path

from rasd.ingest import ReadProblem, Skipped, read_documents
from rasd.model import Document

FIX = Path(__file__).parent / "fixtures" / "ingest" / "html"

#: words that only occur in the boilerplate of the fixture pages (menus, ads, related links,
#: tickers, cookie banner, footers, "most read" widgets)
BOILERPLATE = ["الرئيسية", "اتصل بنا", "الإنترنت الفضائي", "عاجل", "أخبار ذات صلة", "سوق شعبي جديد",
               "الهواتف الذكية", "جميع الحقوق محفوظة", "شارك على فيسبوك", "ملفات تعريف الارتباط",
               "الأكثر قراءة", "قرض سريع", "لا توجد تعليقات", "dataLayer"]


def docs_and_problems(paths, **kw):
    items = list(read_documents([str(p) for p in paths], **kw))
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, ReadProblem)]


def test_main_text_without_boilerplate_and_metadata():
    docs, problems = docs_and_problems([FIX / "mayadin-shelling.html"])
    assert problems == []
    [doc] = docs
    assert doc.id == "mayadin-shelling"
    assert "قُتل مدنيان وأصيب أربعة آخرون بجروح" in doc.text
    assert "حتى ساعات الفجر" in doc.text           # the last paragraph is kept
    for junk in BOILERPLATE:
        assert junk not in doc.text, junk
    assert doc.published == date(2019, 3, 12)
    assert doc.title == "قتيلان وأربعة جرحى بقصف مدفعي على حي الجسر في الميادين"
    assert doc.meta["site"] == "شبكة الفرات المحلية"
    assert doc.url == "https://furat-local.example/news/2019/03/mayadin-shelling"


def test_date_from_json_ld_and_sidebar_left_out():
    docs, _ = docs_and_problems([FIX / "daraa-ied.htm"])
    [doc] = docs
    assert doc.published == date(2021, 7, 8)
    assert doc.meta["site"] == "حوران اليوم"
    assert doc.text.startswith("انفجرت عبوة ناسفة")
    assert doc.text.count("\n") == 2                 # three paragraphs
    for junk in BOILERPLATE:
        assert junk not in doc.text, junk


def test_page_without_date_takes_published_option(tmp_path):
    html = ("<html><body><nav><a href='/'>الرئيسية</a></nav><article><p>"
            + "داهمت دورية أمنية منازل في حي القصور بمدينة دير الزور واعتقلت شابين. " * 6
            + "</p></article></body></html>")
    p = tmp_path / "no-date.html"
    p.write_text(html, encoding="utf-8")
    [doc], _ = docs_and_problems([p], published=date(2018, 5, 2))
    assert doc.published == date(2018, 5, 2)


def test_windows_1256_page_declared_in_meta(tmp_path):
    body = ("<p>" + "قصفت قوات النظام بالمدفعية قرى في ريف حماة الشمالي ما أدى إلى إصابة ثلاثة مدنيين. " * 5
            + "</p>")
    page = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
            f"<title>قصف على ريف حماة</title></head><body><article>{body}</article></body></html>")
    p = tmp_path / "hama.html"
    p.write_bytes(page.encode("cp1256"))
    [doc], problems = docs_and_problems([p])
    assert "قصفت قوات النظام بالمدفعية قرى في ريف حماة الشمالي" in doc.text
    assert not [x for x in problems if x.fatal]


def test_english_page_is_skipped_with_reason():
    assert [type(i) for i in read_documents([str(FIX / "english-bulletin.html")])] == [Document]  # off by default
    items = list(read_documents([str(FIX / "english-bulletin.html")], require_arabic=True))
    [skip] = items
    assert isinstance(skip, Skipped) and not skip.fatal
    assert skip.kind == "not Arabic" and "english-bulletin.html" in skip.where


def test_gzipped_page_and_html_saved_as_txt(tmp_path):
    raw = (FIX / "mayadin-shelling.html").read_bytes()
    (tmp_path / "saved.html.gz").write_bytes(gzip.compress(raw))
    (tmp_path / "saved-page.txt").write_bytes(raw)           # the name lies; the content is HTML
    docs, problems = docs_and_problems([tmp_path])
    assert problems == []
    assert {d.id for d in docs} == {"saved", "saved-page"}
    for d in docs:
        assert "الإنترنت الفضائي" not in d.text and d.published == date(2019, 3, 12)


def test_50_mb_page_is_refused_and_the_run_goes_on(tmp_path):
    big = tmp_path / "dump.html"
    filler = ("<div class='row'><a href='/x'>رابط</a> " + "نص " * 40 + "</div>\n").encode()
    with open(big, "wb") as f:
        f.write(b"<html><body>")
        while f.tell() < 50 * 1024 * 1024:
            f.write(filler * 1000)
        f.write(b"</body></html>")
    docs, problems = docs_and_problems([big, FIX / "mayadin-shelling.html"])
    assert [d.id for d in docs] == ["mayadin-shelling"]
    [problem] = problems
    assert problem.fatal and problem.where == str(big) and "MB" in problem.reason and "limit" in problem.reason


def test_page_that_is_only_navigation(tmp_path):
    p = tmp_path / "menu.html"
    p.write_text("<html><body><nav><ul><li><a href='/a'>الرئيسية</a></li><li><a href='/b'>أخبار</a></li>"
                 "</ul></nav></body></html>", encoding="utf-8")
    docs, [problem] = docs_and_problems([p])
    assert docs == [] and problem.fatal and "no main text" in problem.reason
