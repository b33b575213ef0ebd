"""RSS and Atom feeds: one document per entry, with the entry's full text when the feed has it.

Many Arabic news sites publish the whole article in `content:encoded` (RSS)
or `<content>` (Atom) and only a teaser in `<description>`/`<summary>`; the
longest text the entry carries is the one worth extracting from.  A feed URL
that answers with an HTML page (a moved feed, a login or error page) is an
error for that feed, not an article: reading the landing page would produce
a document nobody asked for.
"""
from __future__ import annotations

from datetime import date
from typing import Any, Iterator

from rasd.ingest.base import ReadOptions, ReadProblem, Source, content_hash, parse_date, stable_id
from rasd.ingest.html import fragment_text, read_markup
from rasd.ingest.sniff import sniff
from rasd.model import Document


def _entry_text(entry: Any) -> str:
    """The longest of the entry's content blocks and its summary, as plain text."""
    candidates = [c.get("value", "") for c in entry.get("content") or []]
    candidates.append(entry.get("summary", "") or "")
    texts = [fragment_text(c) for c in candidates if c]
    return max(texts, key=len, default="")


def _entry_date(entry: Any) -> date | None:
    """The entry's own publication date as the publisher wrote it (its local day).

    feedparser's *_parsed fields are converted to UTC, which moves an entry
    published at 01:00 Damascus time to the previous day; the raw string is
    tried first for that reason.
    """
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if raw:
            try:
                return parse_date(raw)
            except ValueError:
                pass
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return date(*parsed[:3])
    return None


def read_feed(src: Source, opts: ReadOptions) -> Iterator[Document | ReadProblem]:
    import feedparser

    raw = read_markup(src, opts, "feed")
    if isinstance(raw, ReadProblem):
        yield raw
        return
    parsed = feedparser.parse(raw)  # bytes: feedparser never fetches or opens anything itself
    if not parsed.get("version") and not parsed.entries:
        if sniff(raw[:4096]) == ".html":
            yield ReadProblem(src.name, "not an RSS/Atom feed: it is an HTML page (has the feed moved?)")
        else:
            why = parsed.get("bozo_exception")
            yield ReadProblem(src.name, "not an RSS/Atom feed" + (f" ({why})" if why else ""))
        return
    if parsed.get("bozo") and parsed.entries:
        yield ReadProblem(src.name, f"feed is not well-formed ({parsed.get('bozo_exception')}); "
                                    f"read {len(parsed.entries)} entries anyway", fatal=False)
    feed_title = parsed.feed.get("title") or None
    for n, entry in enumerate(parsed.entries, start=1):
        where = f"{src.name}#{n}"
        text = _entry_text(entry)
        if not text:
            yield ReadProblem(where, "feed entry has no text (title only)")
            continue
        key = entry.get("id") or entry.get("link") or content_hash(text)
        yield Document(
            id=stable_id("feed", key), text=text, published=_entry_date(entry) or opts.published,
            title=entry.get("title") or None, url=entry.get("link") or None,
            source=feed_title or src.url or src.name,
            meta={k: v for k, v in (("feed", src.url or src.name), ("feed_title", feed_title),
                                     ("author", entry.get("author")), ("entry_id", entry.get("id")),
                                     ("format", "feed"), ("where", where)) if v},
        )
