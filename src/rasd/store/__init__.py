"""The store: documents, their records, merged events, why they merged, and reviews.

    >>> from rasd.store import open_store, ingest_paths, read_events
    >>> summary = ingest_paths(["reports/"], db="rasd.db")
    >>> df = read_events("rasd.db", since="2017-06-01")

SQLite by default (`./rasd.db`), PostgreSQL with a `postgresql+psycopg://`
URL; the schema is migrated by Alembic when a store is opened.
"""
from rasd.store.db import Store, open_store, resolve_url
from rasd.store.ingest import IngestSummary, ingest_paths, store_results
from rasd.store.query import EventFilter, StoredEvent, explain_event, iter_events, read_events
from rasd.store.review import ReviewError, apply_review

__all__ = [
    "Store", "open_store", "resolve_url", "IngestSummary", "ingest_paths", "store_results",
    "EventFilter", "StoredEvent", "explain_event", "iter_events", "read_events",
    "ReviewError", "apply_review",
]
