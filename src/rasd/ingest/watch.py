"""Incremental extraction for a desk that runs rasd all day: only what is new since the last look.

Each cycle looks at the watched folders, files and feed URLs, reads what
changed (files by size and modification time, feeds by ETag/Last-Modified
and then entry by entry), and extracts only documents whose (id, content
hash) pair it has not seen.  An entry that the publisher corrects gets a new
hash and is extracted again.  What was seen lives in a small SQLite file,
so a restart (or a crash) resumes where it stopped: a document is marked
seen only after the sink has taken its records (at-least-once delivery).

Where records go is a *sink*: any callable taking an `ExtractResult`, with
optional `flush()` and `close()`.  `JsonlSink` appends records to a file;
the store's ingest plugs its own sink in here.
"""
from __future__ import annotations

import json
import os
import re
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Protocol

from rasd.ingest.base import ReadOptions, ReadProblem, Skipped, Source, content_hash
from rasd.ingest.readers import known_suffix, read_sources
from rasd.ingest.sources import walk, path_source, url_source
from rasd.model import Document
from rasd.scale import ExtractResult, extract_stream

_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd]?)", re.I)
_UNIT = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str) -> float:
    """Seconds in '15m', '1h30m', '45s', '2d' or a bare number of seconds; ValueError otherwise."""
    s = text.strip().replace(" ", "")
    parts = _DURATION.findall(s)
    if not s or "".join(n + u for n, u in parts).lower() != s.lower():
        raise ValueError(f"not a duration: {text!r} (use e.g. 30s, 15m, 1h, 1h30m)")
    seconds = sum(float(n) * _UNIT[u.lower()] for n, u in parts)
    if seconds <= 0:
        raise ValueError(f"duration must be positive: {text!r}")
    return seconds


class Sink(Protocol):
    def __call__(self, result: ExtractResult) -> None: ...


class JsonlSink:
    """Appends each new document's records to a JSON Lines file (the `rasd extract` format)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._f = open(self.path, "a", encoding="utf-8")
        self.records = 0

    def __call__(self, result: ExtractResult) -> None:
        for r in result.records:
            self._f.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")
            self.records += 1

    def flush(self) -> None:
        self._f.flush()
        os.fsync(self._f.fileno())

    def close(self) -> None:
        self._f.close()


class WatchState:
    """What a watcher has already seen: documents, files, feed validators (one SQLite file)."""

    def __init__(self, path: str | Path) -> None:
        self.db = sqlite3.connect(str(path))
        self.db.executescript("""
            CREATE TABLE IF NOT EXISTS seen (doc_id TEXT, hash TEXT, first_seen TEXT,
                                             PRIMARY KEY (doc_id, hash)) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER);
            CREATE TABLE IF NOT EXISTS feeds (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT);
        """)

    def is_new(self, doc: Document) -> bool:
        row = self.db.execute("SELECT 1 FROM seen WHERE doc_id = ? AND hash = ?",
                              (doc.id, content_hash(doc.text))).fetchone()
        return row is None

    def mark_seen(self, doc: Document) -> None:
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        self.db.execute("INSERT OR IGNORE INTO seen VALUES (?, ?, ?)", (doc.id, content_hash(doc.text), now))

    def file_changed(self, path: str) -> tuple[bool, tuple[int, int] | None]:
        try:
            st = os.stat(path)
        except OSError:
            return True, None
        sig = (st.st_size, st.st_mtime_ns)
        row = self.db.execute("SELECT size, mtime_ns FROM files WHERE path = ?", (path,)).fetchone()
        return row is None or tuple(row) != sig, sig

    def mark_file(self, path: str, sig: tuple[int, int]) -> None:
        self.db.execute("INSERT OR REPLACE INTO files VALUES (?, ?, ?)", (path, *sig))

    def feed_validators(self, url: str) -> tuple[str | None, str | None]:
        row = self.db.execute("SELECT etag, last_modified FROM feeds WHERE url = ?", (url,)).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def mark_feed(self, url: str, etag: str | None, last_modified: str | None) -> None:
        self.db.execute("INSERT OR REPLACE INTO feeds VALUES (?, ?, ?)", (url, etag, last_modified))

    def commit(self) -> None:
        self.db.commit()

    def close(self) -> None:
        self.db.commit()
        self.db.close()


def expand_targets(args: Iterable[str]) -> list[str]:
    """Folders, files and URLs to watch; a feed list (one URL or path a line, # comments) is opened.

    A file counts as a list when every non-comment line is a URL or an existing path.
    """
    targets: list[str] = []
    for arg in args:
        p = Path(arg)
        if p.is_file() and p.suffix.lower() in ("", ".txt", ".list", ".lst") and p.stat().st_size < 1_000_000:
            lines = [ln.strip() for ln in p.read_text(encoding="utf-8", errors="replace").splitlines()]
            lines = [ln for ln in lines if ln and not ln.startswith("#")]
            if lines and all(ln.startswith(("http://", "https://")) or (p.parent / ln).exists()
                             or Path(ln).exists() for ln in lines):
                for ln in lines:
                    targets.append(ln if ln.startswith(("http://", "https://")) or Path(ln).exists()
                                   else str(p.parent / ln))
                continue
        targets.append(arg)
    return targets


@dataclass(slots=True)
class CycleReport:
    """What one look at the targets found; printed by the command, asserted by tests."""

    new_documents: int = 0
    records: int = 0
    already_seen: int = 0
    unchanged_sources: int = 0
    skipped: int = 0
    errors: int = 0
    problems: list[ReadProblem] = field(default_factory=list)


Fetcher = Callable[[str, "str | None", "str | None"], Any]


class Watcher:
    """Runs cycles over fixed targets with one state, sink and set of reading options."""

    def __init__(self, targets: Iterable[str], state: WatchState, sink: Sink, opts: ReadOptions | None = None,
                 workers: int = 1, dask: Any = None, fetch: Fetcher | None = None, extract: Any = None,
                 on_problem: Callable[[ReadProblem], None] | None = None) -> None:
        from rasd.ingest.fetch import http_get

        self.targets = expand_targets(targets)
        self.state, self.sink = state, sink
        self.opts = opts or ReadOptions(require_arabic=True)
        self._owned: list = []
        if dask is not None:      # one client for reading and extraction, kept across cycles
            from rasd.scale.dask import connect

            dask, self._owned = connect(dask, workers)
        self.workers, self.dask, self.extract = workers, dask, extract
        self.fetch = fetch or (lambda url, etag, modified: http_get(url, etag, modified))
        self.on_problem = on_problem or (lambda p: None)
        self.cycles = 0

    def _sources(self, report: CycleReport, files: dict[str, tuple[int, int]]) -> Iterator[Source | ReadProblem]:
        for target in self.targets:
            if target.startswith(("http://", "https://")):
                etag, modified = self.state.feed_validators(target)
                try:
                    got = self.fetch(target, etag, modified)
                except OSError as e:
                    yield ReadProblem(target, f"cannot fetch: {e}")
                    continue
                if got.not_modified:
                    report.unchanged_sources += 1
                    continue
                self.state.mark_feed(target, got.etag, got.last_modified)
                yield url_source(target, got.data, got.content_type)
                continue
            path = Path(target)
            if not path.exists():
                yield ReadProblem(target, "no such file or folder")
                continue
            # an empty folder is normal while waiting for reports; files of other types are
            # reported in the first cycle only, not every few minutes
            found = walk(path, known_suffix, report_empty=False) if path.is_dir() else [path_source(path)]
            for src in found:
                if isinstance(src, ReadProblem):
                    if not (isinstance(src, Skipped) and self.cycles):
                        yield src
                    continue
                changed, sig = self.state.file_changed(src.name)
                if not changed:
                    report.unchanged_sources += 1
                    continue
                if sig:
                    files[src.name] = sig
                yield src

    def cycle(self) -> CycleReport:
        """Look once: extract what is new, hand it to the sink, remember it."""
        report = CycleReport()
        files: dict[str, tuple[int, int]] = {}

        def new_documents() -> Iterator[Document]:
            for item in read_sources(self._sources(report, files), self.opts, workers=self.workers,
                                     dask=self.dask):
                if isinstance(item, ReadProblem):
                    report.problems.append(item)
                    report.skipped += isinstance(item, Skipped)
                    report.errors += item.fatal
                    self.on_problem(item)
                elif self.state.is_new(item):
                    yield item
                else:
                    report.already_seen += 1

        for n, result in enumerate(extract_stream(new_documents(), workers=self.workers, dask=self.dask,
                                                  extract=self.extract), 1):
            self.sink(result)
            report.new_documents += 1
            report.records += len(result.records)
            if result.error:
                report.errors += 1
                self.on_problem(ReadProblem(result.doc.meta.get("where") or result.doc.id,
                                            f"extraction failed: {result.error}"))
            self.state.mark_seen(result.doc)
            if n % 200 == 0:
                self._checkpoint()
        for path, sig in files.items():
            self.state.mark_file(path, sig)
        self._checkpoint()
        self.cycles += 1
        return report

    def _checkpoint(self) -> None:
        flush = getattr(self.sink, "flush", None)
        if flush:
            flush()          # records are durable before the state says they were delivered
        self.state.commit()

    def close(self) -> None:
        """Let go of a Dask cluster this watcher started or connected to."""
        for thing in self._owned:
            thing.close()
        self._owned = []

    def run(self, every: float, once: bool = False,
            on_cycle: Callable[[CycleReport], None] | None = None) -> None:
        """Cycle every `every` seconds until interrupted (or once)."""
        while True:
            started = time.monotonic()
            report = self.cycle()
            if on_cycle:
                on_cycle(report)
            if once:
                return
            time.sleep(max(0.0, every - (time.monotonic() - started)))
