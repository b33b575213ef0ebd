"""Web archives (WARC, and old ARC files read as WARC): every HTML or text page they captured.

Archives of the conflict (the Internet Archive's, Syrian Archive's, a
monitor's own crawls) capture the same page many times; a page whose payload
has been seen before in the archive is skipped, so a crawl that revisits a
site daily does not multiply its events.  Archives are streamed record by
record: a 10 GB WARC never sits in memory.  A truncated archive (an
interrupted download or crawl) yields what was readable and then an error
for the file saying how far it got.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from typing import IO, Iterator

from rasd.ingest.base import Deferred, ReadOptions, ReadProblem, Skipped, Source, stable_id
from rasd.ingest.encoding import decode_bytes
from rasd.ingest.html import deferred_html, too_big
from rasd.model import Document

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})


class _Counting:
    """A read-only stream wrapper that counts bytes, to tell a clean end from a truncated one."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw, self.count = raw, 0

    def read(self, n: int = -1) -> bytes:
        data = self.raw.read(n)
        self.count += len(data)
        return data

    def drain(self) -> None:
        while self.read(1 << 20):
            pass


def _content_type(record) -> tuple[str, str | None]:
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    value = (headers.get_header("Content-Type") if headers else None) or ""
    mime, _, params = value.partition(";")
    charset = None
    for part in params.split(";"):
        k, _, v = part.strip().partition("=")
        if k.lower() == "charset" and v:
            charset = v.strip("\"' ")
    return mime.strip().lower(), charset


def read_warc(src: Source, opts: ReadOptions) -> Iterator[Document | ReadProblem | Deferred]:
    from warcio.archiveiterator import ArchiveIterator

    seen: set[bytes] = set()
    skipped: Counter[str] = Counter()
    n_records = n_docs = 0
    offset = 0
    try:
        f = src.open()
    except OSError as e:
        yield ReadProblem(src.name, f"cannot read: {e.strerror or e}")
        return
    counting = _Counting(f)
    truncated = False
    try:
        it = ArchiveIterator(counting, arc2warc=True)
        for record in it:
            n_records += 1
            # (asking warcio for the offset reads the record to its end: only after the payload)
            if record.rec_type is None:
                yield ReadProblem(f"{src.name}@{it.get_record_offset()}",
                                  f"not a valid WARC record (no WARC-Type): the archive is damaged here; "
                                  f"read {n_docs} pages from {n_records - 1} records before it")
                truncated = True
                break
            if record.rec_type not in ("response", "resource"):
                skipped[f"{record.rec_type} records"] += 1
                continue
            if record.rec_type == "response" and record.http_headers is not None:
                status = record.http_headers.get_statuscode() or ""
                if not status.startswith("2"):
                    skipped[f"HTTP {status or '???'} responses"] += 1
                    continue
            mime, charset = _content_type(record)
            if mime not in HTML_TYPES and mime not in TEXT_TYPES:
                skipped["records that are not HTML or text"] += 1
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or ""
            payload = record.content_stream().read(opts.max_markup_bytes + 1)
            cut_short = getattr(record.raw_stream, "limit", 0) > 0 and len(payload) <= opts.max_markup_bytes
            offset = it.get_record_offset()
            where = f"{src.name}@{offset} {uri}".rstrip()
            if len(payload) > opts.max_markup_bytes:
                yield ReadProblem(where, too_big(None, opts.max_markup_bytes, "archived page"))
                continue
            if cut_short:
                yield ReadProblem(where, f"record is cut short: the archive is truncated here; read "
                                         f"{n_docs} pages from {n_records - 1} records before it")
                truncated = True
                break
            digest = hashlib.sha1(payload).digest()
            if digest in seen:
                skipped["duplicate payloads"] += 1
                continue
            seen.add(digest)
            doc_id = stable_id("web", f"{uri}\n{digest.hex()}")
            meta = {k: v for k, v in (("warc", src.name), ("warc_offset", str(offset)), ("where", where),
                                     ("captured", record.rec_headers.get_header("WARC-Date"))) if v}
            n_docs += 1
            if mime in HTML_TYPES:   # parsed where read_documents decides (here, or in a worker)
                yield deferred_html(payload, where, doc_id, opts, url=uri or None, charset=charset,
                                    source=src.name, meta=meta)
            else:
                yield from _text_document(payload, where, doc_id, opts, uri, charset, src.name, meta)
        if not truncated:
            counting.drain()
        if not truncated and counting.count > it.offset:
            yield ReadProblem(src.name, f"archive is truncated: it ends inside the record after byte "
                                        f"{it.offset:,}; read {n_docs} pages from {n_records} "
                                        f"complete records before it")
    except Exception as e:  # noqa: BLE001 - warcio/zlib raise many types for damaged archives
        yield ReadProblem(src.name, f"archive is damaged after byte {offset:,} ({type(e).__name__}: {e}); "
                                    f"read {n_docs} pages from {n_records} records before it")
    finally:
        f.close()
    if skipped:
        detail = ", ".join(f"{n} {what}" for what, n in sorted(skipped.items()))
        yield Skipped(src.name, f"left out {detail}", kind="archive records")


def _text_document(payload: bytes, where: str, doc_id: str, opts: ReadOptions, uri: str,
                   charset: str | None, source: str, meta: dict) -> Iterator[Document | ReadProblem]:
    text, problem = decode_bytes(payload, where, declared=charset)
    if problem:
        yield problem
    if text is not None:
        yield Document(id=doc_id, text=text, published=opts.published, url=uri or None,
                       source=source, meta={**meta, "format": "text"})
