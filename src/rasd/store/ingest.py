"""`rasd ingest`: read -> extract -> store, idempotent and resumable.

Why it survives `kill -9`: documents are written in batches, each batch in
ONE transaction together with its records, the events they link to and the
link reasons.  A killed run loses at most the batch in flight; nothing half
written is ever committed.  A re-run recognises finished documents by the
SHA-256 of their text (`documents.content_hash`, unique) and skips them
*before* extraction, so it only does the work that is left.  Documents the
extractor failed on are stored as `failed` and retried by the next run.

`ingest_paths` is deliberately one short pipeline so that another execution
backend (a Dask cluster) only swaps the `extract_stream` call.
"""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from sqlalchemy import delete, select

from rasd.ingest import ReadProblem, read_documents
from rasd.model import Document
from rasd.scale import ExtractResult, extract_stream
from rasd.store.db import Store, open_store
from rasd.store.dedup import candidate_from_record
from rasd.store.linking import link_batch, now
from rasd.store.schema import documents, records

log = logging.getLogger(__name__)

#: documents per transaction: small enough that a kill loses little, large enough to be fast
DEFAULT_BATCH = 50


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class IngestSummary:
    """What a run did; `problems` are the readable reasons for everything not stored."""

    documents_new: int = 0
    documents_skipped: int = 0      # already in the store (same text), or a repeat in this run
    documents_not_extracted: int = 0  # stored, but the extractor declined (e.g. not Arabic)
    documents_failed: int = 0       # unreadable, or the extractor failed (retried next run)
    records: int = 0
    events_new: int = 0
    events_merged: int = 0          # records that joined an event already known
    problems: list[str] = field(default_factory=list)

    @property
    def documents_seen(self) -> int:
        return (self.documents_new + self.documents_skipped + self.documents_not_extracted
                + self.documents_failed)


Progress = Callable[[IngestSummary], None]


def skip_known(store: Store, items: Iterable[Document | ReadProblem], summary: IngestSummary,
               chunk: int = 64) -> Iterator[Document]:
    """Documents not yet stored (by content hash); read problems are counted and reported."""
    seen: set[str] = set()
    buf: list[tuple[str, Document]] = []

    def flush() -> Iterator[Document]:
        hashes = [h for h, _ in buf]
        with store.engine.connect() as conn:
            done = set(conn.execute(
                select(documents.c.content_hash)
                .where(documents.c.content_hash.in_(hashes), documents.c.status != "failed")
            ).scalars())
        for h, doc in buf:
            if h in done or h in seen:
                summary.documents_skipped += 1
                continue
            seen.add(h)
            yield doc
        buf.clear()

    for item in items:
        if isinstance(item, ReadProblem):
            summary.problems.append(str(item))
            if item.fatal:
                summary.documents_failed += 1
            continue
        buf.append((content_hash(item.text), item))
        if len(buf) >= chunk:
            yield from flush()
    if buf:
        yield from flush()


def _write_batch(store: Store, batch: list[ExtractResult], summary: IngestSummary) -> None:
    ts = now()
    hashes = [content_hash(r.doc.text) for r in batch]
    with store.engine.begin() as conn:
        existing = dict(conn.execute(
            select(documents.c.content_hash, documents.c.status).where(documents.c.content_hash.in_(hashes))
        ).all())
        retry = [h for h, st in existing.items() if st == "failed"]
        if retry:
            conn.execute(delete(documents).where(documents.c.content_hash.in_(retry)))
        new_records = []
        in_batch: set[str] = set()
        for res, h in zip(batch, hashes):
            if (h in existing and existing[h] != "failed") or h in in_batch:
                summary.documents_skipped += 1
                continue
            in_batch.add(h)
            doc = res.doc
            if res.error:
                status, reason, recs = "failed", res.error, []
                summary.documents_failed += 1
                summary.problems.append(f"{doc.source or doc.id}: extractor failed: {res.error}")
            elif res.skipped:
                status, reason, recs = "skipped", res.skipped, []
                summary.documents_not_extracted += 1
                summary.problems.append(f"{doc.source or doc.id}: not extracted: {res.skipped}")
            else:
                status, reason, recs = "done", None, res.records
                summary.documents_new += 1
            doc_id = conn.execute(documents.insert().values(
                doc_key=doc.id, content_hash=h, text=doc.text, title=doc.title, source=doc.source,
                url=doc.url, published=doc.published, ingested_at=ts, status=status,
                status_reason=reason, n_records=len(recs),
            ).returning(documents.c.id)).scalar_one()
            for ordinal, rec in enumerate(recs):
                data = rec.to_dict()
                if data.get("published") is None and doc.published:
                    data["published"] = doc.published.isoformat()
                data.setdefault("source", None)
                if not data.get("source"):
                    data["source"] = doc.source
                if not data.get("url"):
                    data["url"] = doc.url
                rid = conn.execute(records.insert().values(
                    document_id=doc_id, ordinal=ordinal, record_key=rec.event_id[:128],
                    sub_event_type=rec.sub_event_type, event_date=_date(rec.event_date),
                    location=(rec.location or rec.location_text or None),
                    latitude=rec.latitude, longitude=rec.longitude, data=data,
                ).returning(records.c.id)).scalar_one()
                new_records.append((candidate_from_record(data, rid, doc_id), h, ordinal))
        summary.records += len(new_records)
        if new_records:
            created, merged = link_batch(conn, new_records)
            summary.events_new += created
            summary.events_merged += merged


def _date(v):
    from rasd.store.linking import _as_date

    return _as_date(v)


def store_results(store: Store, results: Iterable[ExtractResult], batch_size: int = DEFAULT_BATCH,
                  summary: IngestSummary | None = None, progress: Progress | None = None) -> IngestSummary:
    """Store extraction results batch by batch (one transaction each) and link their records."""
    summary = summary or IngestSummary()
    batch: list[ExtractResult] = []
    n_recs = 0
    for res in results:
        batch.append(res)
        n_recs += len(res.records)
        if len(batch) >= batch_size or n_recs >= batch_size * 20:
            _write_batch(store, batch, summary)
            batch, n_recs = [], 0
            if progress:
                progress(summary)
    if batch:
        _write_batch(store, batch, summary)
    if progress:
        progress(summary)
    return summary


def ingest_paths(paths: Iterable[str], db: str | None = None, workers: int = 1, published=None,
                 max_chars: int | None = None, batch_size: int = DEFAULT_BATCH,
                 progress: Progress | None = None, dask=None, **read_options) -> IngestSummary:
    """The whole `rasd ingest`: read -> skip stored -> extract -> store and link.

    `dask` (None, "local" or a scheduler address) runs extraction on a Dask cluster; writing
    stays here, in one process, so SQLite stays consistent. `read_options` go to
    `read_documents` (text_column, date_column, id_column, url_column, title_column).
    """
    summary = IngestSummary()
    kw = {} if max_chars is None else {"max_chars": max_chars}
    kw.update({k: v for k, v in read_options.items() if v is not None})
    with open_store(db) as store:
        docs = skip_known(store, read_documents(paths, published=published, **kw), summary)
        results = extract_stream(docs, workers=workers, dask=dask)
        return store_results(store, results, batch_size=batch_size, summary=summary, progress=progress)


class StoreSink:
    """A `rasd watch` sink that writes into the store: results are buffered and stored a
    batch at a time (one transaction each), and on every checkpoint, so the watcher marks
    items seen only once they are committed."""

    def __init__(self, db: str | None = None, batch_size: int = DEFAULT_BATCH):
        self.store = open_store(db)
        self.batch_size = batch_size
        self.summary = IngestSummary()
        self._pending: list[ExtractResult] = []

    def __call__(self, result: ExtractResult) -> None:
        self._pending.append(result)
        if len(self._pending) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        if self._pending:
            _write_batch(self.store, self._pending, self.summary)
            self._pending = []

    def close(self) -> None:
        self.flush()
        self.store.close()
