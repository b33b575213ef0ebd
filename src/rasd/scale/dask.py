"""Extraction on a Dask distributed cluster: more machines when one is not enough.

The caller keeps reading documents and writing records (one writer keeps a
SQLite store consistent); the cluster maps batches of documents to records
(and, when reading, batches of web pages to documents).  Batches are
submitted in a sliding window so that the client never holds more than a few
batches per worker thread, and gathered in input order.  Workers must have
the same rasd version installed (they import `rasd.scale.local`).

    extract_stream(docs, workers=8, dask="local")            # a LocalCluster here
    extract_stream(docs, dask="tcp://scheduler:8786")        # an existing cluster
    extract_stream(docs, dask=client)                        # a Client you made
"""
from __future__ import annotations

import itertools
import logging
import uuid
from typing import Any, Callable

#: documents per task on a cluster: larger than locally, a task costs ~1 ms of scheduling
DASK_BATCH = 64


def connect(address: Any, workers: int = 1) -> tuple[Any, list[Any]]:
    """A Client for `address` and the things to close when done (empty for a caller's Client)."""
    from distributed import Client, LocalCluster

    if isinstance(address, Client):
        return address, []
    if address == "local":
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
        client = Client(cluster)
        from rasd.scale.local import prepare_worker

        client.run(prepare_worker)   # our own workers: build the extractor now, freeze it (see there)
        return client, [client, cluster]
    if not isinstance(address, str) or not address:
        raise ValueError(f"dask must be 'local', a scheduler address or a Client, not {address!r}")
    client = Client(address, timeout="30s")
    return client, [client]


class DaskBackend:
    """The cluster behind the interface `PoolBackend` offers (submit/result/threads/close)."""

    batch = DASK_BATCH

    def __init__(self, address: Any, workers: int = 1) -> None:
        self.client, self._owned = connect(address, workers)
        self.threads = sum(self.client.nthreads().values()) or 1
        self._run = uuid.uuid4().hex[:12]
        self._n = itertools.count()

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        # an explicit key: hashing a batch of documents to make one would cost more than the task
        key = f"rasd-{getattr(fn, '__name__', 'task')}-{self._run}-{next(self._n)}"
        return self.client.submit(fn, *args, key=key, pure=False, retries=1)

    def result(self, future: Any) -> Any:
        try:
            return future.result()
        finally:
            future.release()

    def close(self) -> None:
        for thing in self._owned:
            thing.close()
