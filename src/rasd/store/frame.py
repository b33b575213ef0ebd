"""`rasd.read_events`: the store as a pandas DataFrame, importable without loading the store."""
from __future__ import annotations

from typing import Any


def read_events(db: str | None = None, **filters: Any):
    """Merged events of a store as a pandas DataFrame, one row per event (for notebooks).

        >>> df = rasd.read_events("rasd.db", since="2017-06-01", type="Air/drone strike")

    Filters: since, until, bbox=(min_lon, min_lat, max_lon, max_lat), type, actor,
    include_rejected.  See `rasd.store.query.read_events`.
    """
    from rasd.store.query import read_events as _read

    return _read(db, **filters)
