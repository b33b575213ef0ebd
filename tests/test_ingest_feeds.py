"""RSS and Atom feeds: one document per entry, full text preferred, HTML-instead-of-feed refused."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from rasd.ingest import ReadProblem, Skipped, read_documents
from rasd.ingest.sources import url_source
from rasd.model import Document

FIX = Path(__file__).parent / "fixtures" / "ingest" / "feeds"


def read(*paths, **kw):
    return list(read_documents([str(p) for p in paths], **kw))


def test_rss_entries_full_text_dates_and_ids():
    items = read(FIX / "idlib-news.rss", require_arabic=True)
    docs = [i for i in items if isinstance(i, Document)]
    skips = [i for i in items if isinstance(i, Skipped)]
    assert len(docs) == 2 and len(skips) == 1 and len(items) == 3
    saraqib, jasim = docs
    # content:encoded (two paragraphs) wins over the one-line description
    assert saraqib.text.startswith("شنت طائرات حربية روسية، فجر اليوم الثلاثاء، أربع غارات")
    assert "جبل الزاوية جنوبي إدلب" in saraqib.text and saraqib.text.count("\n") == 1
    assert "المزيد من أخبار سراقب" not in saraqib.text      # the "read more" link line is dropped
    assert "<p>" not in saraqib.text
    # published 01:30 +03:00 on the 14th: the publisher's day, not the UTC one (13th)
    assert saraqib.published == date(2020, 1, 14)
    assert saraqib.title == "غارات جوية على أطراف مدينة سراقب"
    assert saraqib.url == "https://idlib-field.example/2020/01/saraqib-raids"
    assert saraqib.source == "مرصد إدلب الميداني"
    # only a description: it is the text
    assert jasim.text.startswith("اعتقلت دورية تابعة لفرع الأمن العسكري شابين")
    assert jasim.published == date(2020, 1, 13)
    # the English entry is skipped, named by file and entry number
    assert skips[0].where.endswith("idlib-news.rss#3") and skips[0].kind == "not Arabic"


def test_ids_are_stable_and_distinct():
    first = [d.id for d in read(FIX / "idlib-news.rss") if isinstance(d, Document)]
    again = [d.id for d in read(FIX / "idlib-news.rss") if isinstance(d, Document)]
    assert first == again and len(set(first)) == 3
    assert all(i.startswith("feed-") for i in first)


def test_atom_entries():
    docs = [d for d in read(FIX / "suwayda-updates.atom") if isinstance(d, Document)]
    assert [d.title for d in docs] == ["مظاهرة في مدينة السويداء للمطالبة بالإفراج عن المعتقلين",
                                       "اشتباكات بين قسد ومسلحين من العشائر في ريف دير الزور"]
    protest, clashes = docs
    assert protest.published == date(2023, 9, 1)       # <published>, not <updated>
    assert clashes.published == date(2023, 9, 3)       # only <updated>
    assert protest.text.startswith("خرج العشرات من أهالي مدينة السويداء")   # content, not the summary
    assert "بحسب ما أفاد به مراسلنا" in protest.text
    assert clashes.url == "https://south-east-bulletin.example/2023/09/dhiban-clashes"


def test_feed_that_is_html_is_an_error_and_the_run_goes_on():
    items = read(FIX / "moved-feed.rss", FIX / "suwayda-updates.atom")
    problems = [i for i in items if isinstance(i, ReadProblem)]
    docs = [i for i in items if isinstance(i, Document)]
    assert len(docs) == 2
    [p] = problems
    assert p.fatal and p.where.endswith("moved-feed.rss") and "HTML page" in p.reason


def test_xml_that_is_not_a_feed(tmp_path):
    p = tmp_path / "sitemap.xml"
    p.write_text('<?xml version="1.0"?><urlset><url><loc>https://x.example/a</loc></url></urlset>')
    [problem] = read(p)
    assert problem.fatal and "not an RSS/Atom feed" in problem.reason


def test_feed_by_url_through_a_fetcher_no_network():
    body = (FIX / "suwayda-updates.atom").read_bytes()
    asked = []

    def fetch(url):
        asked.append(url)
        return url_source(url, body, "application/atom+xml; charset=utf-8")

    items = list(read_documents(["https://south-east-bulletin.example/feed.atom"], fetch=fetch))
    assert asked == ["https://south-east-bulletin.example/feed.atom"]
    docs = [d for d in items if isinstance(d, Document)]
    assert len(docs) == 2 and docs[0].meta["feed"] == "https://south-east-bulletin.example/feed.atom"


def test_feed_url_that_cannot_be_fetched():
    def fetch(url):
        return ReadProblem(url, "cannot fetch: connection refused")

    [p] = read_documents(["https://nowhere.example/rss"], fetch=fetch)
    assert p.fatal and p.where == "https://nowhere.example/rss"
