"""`read_documents`: whatever the user points rasd at, as a stream of `Document`s.

Files, directories, globs, URLs and stdin are expanded into named byte
streams (`sources`), containers (.gz, .zip) are opened transparently, and
each stream goes to the reader its suffix names -- unless its first bytes
say otherwise (`sniff`): magic bytes beat a misleading name.  Every
document then passes the same checks (not empty, not too long, Arabic).

Why decoding is careful: collected reports arrive as UTF-8 with or without a
BOM, as Windows-1256, sometimes with a few broken bytes, sometimes as binary
junk.  A report with a handful of bad bytes is still worth reading (they
become U+FFFD and a warning); a file that is mostly not text is refused.
"""
from __future__ import annotations

from collections import deque
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from rasd.ingest.base import (DEFAULT_MAX_CHARS, Deferred, ReadOptions, ReadProblem, Reader, Skipped, Source,
                              content_hash, doc_id_for, parse_date, stable_id)
from rasd.ingest.encoding import decode_bytes
from rasd.ingest.sniff import sniff
from rasd.ingest.sources import UNSUPPORTED, MAX_NESTING, expand_paths, gunzipped, url_source, zip_members
from rasd.model import Document
from rasd.text.script import not_arabic_reason

__all__ = ["DEFAULT_MAX_CHARS", "READERS", "ReadOptions", "ReadProblem", "Skipped", "Source",
           "content_hash", "decode_bytes", "doc_id_for", "parse_date", "read_documents", "stable_id"]


def read_text_file(src: Source, opts: ReadOptions) -> Iterator[Document | ReadProblem]:
    """A plain-text report: the whole file is one document, its id the file name."""
    try:
        raw = src.read(limit=opts.max_text_bytes)
    except OSError as e:
        yield ReadProblem(src.name, f"cannot read: {e.strerror or e}")
        return
    if len(raw) > opts.max_text_bytes:
        yield ReadProblem(src.name, f"file is over {opts.max_text_bytes:,} bytes, more than "
                                    f"{opts.max_chars:,} characters (raise it with --max-chars)")
        return
    text, problem = decode_bytes(raw, src.name)
    if problem:
        yield problem
    if text is not None:
        yield Document(id=src.stem, text=text, published=opts.published, url=src.url, source=src.name)


def _readers() -> dict[str, Reader]:
    from rasd.ingest.feeds import read_feed
    from rasd.ingest.html import read_html
    from rasd.ingest.tabular import read_csv, read_json, read_jsonl, read_parquet
    from rasd.ingest.warc import read_warc

    return {
        ".txt": read_text_file, ".text": read_text_file,
        ".jsonl": read_jsonl, ".ndjson": read_jsonl, ".json": read_json,
        ".csv": read_csv, ".tsv": read_csv, ".tab": read_csv,
        ".parquet": read_parquet, ".pq": read_parquet,
        ".html": read_html, ".htm": read_html, ".xhtml": read_html,
        ".rss": read_feed, ".atom": read_feed, ".xml": read_feed,
        ".warc": read_warc, ".arc": read_warc,
    }


#: file suffix -> reader(source, options); add a format by adding an entry
READERS: dict[str, Reader] = _readers()

#: suffixes that say nothing reliable about the content: the first bytes decide
_WEAK_SUFFIXES = frozenset({"", ".txt", ".text", ".xml", ".php", ".asp", ".aspx", ".jsp", ".cgi"})


def known_suffix(suffix: str) -> bool:
    """Does some reader (or container) take files with this suffix?"""
    return suffix in READERS or suffix in (".gz", ".zip") or suffix in UNSUPPORTED


def dispatch(src: Source, opts: ReadOptions, depth: int = 0) -> Iterator[Document | ReadProblem]:
    """Read one source with the reader its content and name call for."""
    if src.suffix in UNSUPPORTED:
        yield ReadProblem(src.name, f"{UNSUPPORTED[src.suffix]} files are not read; "
                                    "save the reports as text, HTML or CSV first")
        return
    try:
        with src.open() as f:
            head = f.read(4096)
    except (OSError, EOFError) as e:
        yield ReadProblem(src.name, f"cannot read: {getattr(e, 'strerror', None) or e}")
        return
    kind = sniff(head)
    if kind in (".gz", ".zip") and depth >= MAX_NESTING:
        yield ReadProblem(src.name, f"archives nested more than {MAX_NESTING} deep are not opened")
        return
    if kind == ".gz":
        yield from dispatch(gunzipped(src), opts, depth + 1)
        return
    if kind == ".zip":
        for member in zip_members(src, known_suffix):
            if isinstance(member, ReadProblem):
                yield member
            else:
                yield from _guarded(member, dispatch(member, opts, depth + 1))
        return
    if src.suffix == ".gz":
        yield ReadProblem(src.name, "named .gz but is not gzip-compressed; read as its content says",
                          fatal=False)
    suffix = src.suffix
    if kind in (".warc", ".arc", ".parquet"):
        suffix = kind                       # magic bytes do not lie
    elif suffix in _WEAK_SUFFIXES and kind in (".html", ".rss"):
        suffix = kind
    elif suffix not in READERS:
        suffix = kind or ".txt"
    yield from READERS[suffix](src, opts)


def _guarded(src: Source, items: Iterator[Document | ReadProblem]) -> Iterator[Document | ReadProblem]:
    """A reader's output; a crash inside it becomes one problem for that source, not the run's end."""
    try:
        yield from items
    except Exception as e:  # noqa: BLE001 - the reason is reported; the next file is read
        yield ReadProblem(src.name, f"reading stopped: {type(e).__name__}: {e}")


def checked(doc: Document, opts: ReadOptions) -> Document | ReadProblem:
    """The checks every document passes whatever its format: text present, length, language."""
    where = doc.meta.get("where") or doc.source or doc.id
    if not doc.text.strip():
        return ReadProblem(where, "empty document")
    if len(doc.text) > opts.max_chars:
        return ReadProblem(where, f"document has {len(doc.text):,} characters, over the limit of "
                                  f"{opts.max_chars:,} (raise it with --max-chars)")
    if opts.require_arabic:
        reason = not_arabic_reason(doc.text)
        if reason:
            return Skipped(where, reason, kind="not Arabic")
    return doc


def _http_source(url: str) -> Source | ReadProblem:
    from rasd.ingest.fetch import http_get

    try:
        got = http_get(url)
    except OSError as e:
        return ReadProblem(url, f"cannot fetch: {e}")
    return url_source(url, got.data, got.content_type)


def read_documents(paths: Iterable[str | Path], published: date | None = None,
                   max_chars: int = DEFAULT_MAX_CHARS, text_column: str | None = None,
                   date_column: str | None = None, id_column: str | None = None,
                   url_column: str | None = None, title_column: str | None = None,
                   require_arabic: bool = False,
                   fetch: Callable[[str], Source | ReadProblem] | None = _http_source,
                   workers: int = 1, dask: Any = None) -> Iterator[Document | ReadProblem]:
    """Documents from files, directories, globs, URLs, '-' (stdin), .gz and .zip.

    Yields each `Document` as soon as it is read, and a `ReadProblem` for
    everything that could not be read (fatal) or was read with a caveat
    (fatal=False); `Skipped` (a ReadProblem) for documents left out on
    purpose, such as duplicates in an archive, and -- with `require_arabic` --
    non-Arabic documents.  Never raises for bad input.

    `require_arabic` is off by default so that a store can keep non-Arabic
    documents as "not extracted" (the extractor refuses them with a reason);
    `rasd extract` and `rasd watch` turn it on to drop them before any
    worker sees them.
    With `workers` > 1 or `dask` (as for `extract_stream`), web pages are
    parsed in worker processes; the output is the same, in the same order.
    """
    opts = ReadOptions(published=published, max_chars=max_chars, text_column=text_column,
                       date_column=date_column, id_column=id_column, url_column=url_column,
                       title_column=title_column, require_arabic=require_arabic)
    yield from read_sources(expand_paths(paths, known_suffix, fetch), opts, workers=workers, dask=dask)


def read_sources(sources: Iterable[Source | ReadProblem], opts: ReadOptions, workers: int = 1,
                 dask: Any = None) -> Iterator[Document | ReadProblem]:
    """The documents of already-expanded sources (what `rasd watch` feeds in)."""
    from rasd.scale.local import make_backend

    def raw() -> Iterator[Document | ReadProblem | Deferred]:
        for src in sources:
            if isinstance(src, ReadProblem):
                yield src
            else:
                yield from _guarded(src, dispatch(src, opts))

    backend = make_backend(workers, dask, warm=False)
    try:
        for item in resolve(raw(), backend):
            yield checked(item, opts) if isinstance(item, Document) else item
    finally:
        if backend is not None:
            backend.close()


def run_deferred(batch: list[Deferred]) -> list[list]:
    """The task a worker runs when reading: the items of each deferred piece of work."""
    return [d.run() for d in batch]


def resolve(items: Iterable[Document | ReadProblem | Deferred], backend: Any = None,
            window: int | None = None) -> Iterator[Document | ReadProblem]:
    """Items with every `Deferred` replaced by what it yields, in the original order.

    Without a backend the work runs here.  With one, deferred items are sent
    in batches, at most `window` batches in flight; items that need no work
    wait in their slot so that the order never changes.
    """
    if backend is None:
        for item in items:
            yield from item.run() if isinstance(item, Deferred) else [item]
        return
    window = window or max(4, 3 * backend.threads)
    size = max(1, backend.batch // 4)   # a page costs more than a document's extraction
    slots: deque[tuple[list, list[Deferred], Any]] = deque()   # (sequence, batch, handle)
    seq: list = []
    batch: list[Deferred] = []

    def pop() -> Iterator[Document | ReadProblem]:
        order, work, handle = slots.popleft()
        if handle is not None:
            try:
                done = backend.result(handle)
            except Exception as e:  # noqa: BLE001 - a lost task: its pages are reported, not the run
                done = [[ReadProblem(d.where, f"worker failed: {type(e).__name__}: {e}")] for d in work]
        for kind, value in order:
            yield from done[value] if kind == "d" else [value]

    def close_slot() -> None:
        nonlocal seq, batch
        if batch:
            slots.append((seq, batch, backend.submit(run_deferred, batch)))
        elif seq:
            slots.append((seq, [], None))
        seq, batch = [], []

    for item in items:
        if isinstance(item, Deferred):
            seq.append(("d", len(batch)))
            batch.append(item)
        elif not slots and not seq:
            yield item                      # nothing is pending ahead of it
            continue
        else:
            seq.append(("r", item))
        if len(batch) >= size or len(seq) >= 4 * size:
            close_slot()
        while len(slots) >= window or (slots and slots[0][2] is None):
            yield from pop()
    close_slot()
    while slots:
        yield from pop()
