"""Helpers the store tests share: building Records the way an extractor would shape them."""
from __future__ import annotations

import time

from rasd.model import EVENT_TYPE_OF, Document, Record, Span
from rasd.scale import ExtractResult


def make_record(doc_id: str, n: int = 0, text: str | None = None, **kw) -> Record:
    """A Record as the extractor would yield for one event of document `doc_id`.

    `text` is the report; the evidence span then quotes its first sentence exactly.
    """
    sub = kw.pop("sub_event_type", "Air/drone strike")
    evidence = []
    if text:
        end = text.find("،") if "،" in text else len(text)
        evidence = [Span(0, end, text[:end])]
    base = dict(event_id=f"{doc_id}-{n}", doc_id=doc_id, event_type=EVENT_TYPE_OF[sub],
                sub_event_type=sub, geo_precision=1, time_precision=1, confidence=0.8,
                evidence=evidence, country="Syria", iso=760)
    base.update(kw)
    return Record(**base)


def result(doc_id: str, text: str, records: list[Record], published=None, source=None) -> ExtractResult:
    return ExtractResult(Document(id=doc_id, text=text, published=published, source=source or f"{doc_id}.txt"),
                         records)


def drop_database(conn, name: str, attempts: int = 20) -> None:
    """`DROP DATABASE ... WITH (FORCE)` on a test PostgreSQL, retried for a moment.

    FORCE terminates the other sessions on the database, and an autovacuum worker that has
    just started on a freshly written one belongs to a role the test role may not signal
    ("must be a member of pg_signal_backend"); it finishes within a moment, so the drop is
    retried instead of failing the run.
    """
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    for i in range(attempts):
        try:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            return
        except DBAPIError:
            if i == attempts - 1:
                raise
            time.sleep(0.25)
