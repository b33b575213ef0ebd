"""Web pages: the article's own text and its metadata, without the page around it.

A saved news page is mostly not the report: menus, tickers, "most read"
lists, ads, share buttons, related links and footers.  Feeding those to the
extractor invents events (a related-link headline about shelling elsewhere)
and breaks evidence offsets, so the main text is taken with trafilatura,
which also finds the publication date (meta tags, JSON-LD, <time>), the
title and the site name.
"""
from __future__ import annotations

import logging
import re
from typing import Iterator

from rasd.ingest.base import Deferred, ReadOptions, ReadProblem, Source, parse_date
from rasd.ingest.encoding import decode_bytes
from rasd.model import Document

#: <meta charset="x"> or <meta http-equiv=Content-Type content="text/html; charset=x">
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)

#: trafilatura's date search: prefer the original publication date to a later "modified"
#: date, and do not mine the article's own text for dates (a report about 2011 is not from 2011)
_DATE_PARAMS = {"original_date": True, "extensive_search": False}

#: tags whose end starts a new line when a feed's HTML fragment is turned into text
_BLOCK_TAGS = frozenset("p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote tr table section "
                        "article header footer pre figure figcaption dd dt".split())


# trafilatura and htmldate log parse failures themselves; rasd reports them as ReadProblems
# naming the file, so their loggers would only repeat them without the file name
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


def declared_charset(head: bytes) -> str | None:
    """The charset an HTML page declares in its first bytes, if any."""
    m = _META_CHARSET.search(head[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def too_big(size: int | None, limit: int, what: str) -> str:
    """The refusal message for input over the size limit; `size` None when only "more" is known."""
    actual = f"{size / 1e6:.1f} MB, " if size and size > limit else ""
    return (f"{what} is {actual}over the limit of {limit / 1e6:.0f} MB for one document; "
            f"not parsed (raise --max-chars if it really is one report)")


def read_markup(src: Source, opts: ReadOptions, what: str) -> bytes | ReadProblem:
    """The bytes of a page or a feed, or why not: unreadable, or over the size limit."""
    try:
        raw = src.read(limit=opts.max_markup_bytes)
    except OSError as e:
        return ReadProblem(src.name, f"cannot read: {e.strerror or e}")
    if len(raw) > opts.max_markup_bytes:
        return ReadProblem(src.name, too_big(src.size, opts.max_markup_bytes, what))
    return raw


def html_document(raw: bytes, where: str, doc_id: str, opts: ReadOptions, *, url: str | None = None,
                  charset: str | None = None, source: str | None = None,
                  meta: dict | None = None) -> Iterator[Document | ReadProblem]:
    """One HTML page (bytes) -> its main text as a Document, or the reason it has none."""
    import trafilatura

    text, problem = decode_bytes(raw, where, declared=charset or declared_charset(raw))
    if problem:
        yield problem
    if text is None:
        return
    try:
        result = trafilatura.bare_extraction(
            text, url=url, with_metadata=True, include_comments=False, include_tables=True,
            favor_precision=True, deduplicate=False, date_extraction_params=_DATE_PARAMS)
    except Exception as e:  # noqa: BLE001 - a parser crash on one page must not stop the run
        yield ReadProblem(where, f"HTML could not be parsed ({type(e).__name__}: {e})")
        return
    body = (result.text or "").strip() if result is not None else ""
    if not body:
        yield ReadProblem(where, "no main text found in the page (only navigation/boilerplate)")
        return
    published = opts.published
    if result.date:
        try:
            published = parse_date(result.date)
        except ValueError:
            yield ReadProblem(where, f"ignoring page date {result.date!r}", fatal=False)
    info = dict(meta or {})
    info.update({k: v for k, v in (("site", result.sitename), ("author", result.author),
                                  ("format", "html")) if v})
    yield Document(id=doc_id, text=body, published=published, title=result.title or None,
                   url=url or result.url or None, source=source or where, meta=info)


def html_items(raw: bytes, where: str, doc_id: str, opts: ReadOptions, url: str | None = None,
               charset: str | None = None, source: str | None = None, meta: dict | None = None) -> list:
    """`html_document` as a list: the function a `Deferred` runs in a worker."""
    return list(html_document(raw, where, doc_id, opts, url=url, charset=charset, source=source, meta=meta))


def deferred_html(raw: bytes, where: str, doc_id: str, opts: ReadOptions, url: str | None = None,
                  charset: str | None = None, source: str | None = None, meta: dict | None = None) -> Deferred:
    return Deferred(html_items, (raw, where, doc_id, opts, url, charset, source, meta), where)


def read_html(src: Source, opts: ReadOptions) -> Iterator[Document | ReadProblem | Deferred]:
    raw = read_markup(src, opts, "HTML page")
    if isinstance(raw, ReadProblem):
        yield raw
        return
    yield deferred_html(raw, src.name, src.stem, opts, url=src.url)


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content): paragraphs kept, markup dropped."""
    import lxml.html

    if "<" not in fragment:
        return _tidy(fragment)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # noqa: BLE001 - lxml raises several types for junk; treat as text
        return _tidy(re.sub(r"<[^>]+>", " ", fragment))
    for el in root.iter("script", "style"):
        el.drop_tree()
    for el in list(root.iter("p", "li", "div")):   # "read more" / related-link lines
        links = el.findall(".//a")
        if links and el is not root and \
                el.text_content().strip() == "".join(a.text_content() for a in links).strip():
            el.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
    return _tidy(root.text_content())


def _tidy(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.replace("\r", "\n").split("\n"))
    return "\n".join(line for line in lines if line)
