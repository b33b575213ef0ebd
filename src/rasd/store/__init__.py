"""The store: documents, their records, merged events, why they merged, and reviews.

    >>> from rasd.store import open_store, ingest_paths, read_events
    >>> summary = ingest_paths(["reports/"], db="rasd.db")
    >>> df = read_events("rasd.db", since="2017-06-01")

SQLite by default (`./rasd.db`), PostgreSQL with a `postgresql+psycopg://`
URL; the schema is migrated by Alembic when a store is opened.

Names are imported on first use, so that `import rasd` (and every extraction
worker process) does not pay for SQLAlchemy and pandas.
"""
from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "Store": "rasd.store.db", "open_store": "rasd.store.db", "resolve_url": "rasd.store.db",
    "IngestSummary": "rasd.store.ingest", "ingest_paths": "rasd.store.ingest",
    "store_results": "rasd.store.ingest",
    "EventFilter": "rasd.store.query", "StoredEvent": "rasd.store.query",
    "explain_event": "rasd.store.query", "iter_events": "rasd.store.query",
    "read_events": "rasd.store.query",
    "ReviewError": "rasd.store.review", "apply_review": "rasd.store.review",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'rasd.store' has no attribute {name!r}")
