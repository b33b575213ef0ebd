"""Extraction on a Dask distributed cluster: more machines when one is not enough.

The caller keeps reading documents and writing records (one writer keeps a
SQLite store consistent); the cluster only maps batches of documents to
records.  Batches are submitted in a sliding window so that the client never
holds more than `window` batches, and gathered in input order.  Workers must
have the same rasd version installed (they import `rasd.scale.local`).

    extract_stream(docs, workers=8, dask="local")            # a LocalCluster here
    extract_stream(docs, dask="tcp://scheduler:8786")        # an existing cluster
    extract_stream(docs, dask=client)                        # a Client you made
"""
from __future__ import annotations

import logging
import uuid
from typing import Any, Iterable, Iterator

from rasd.model import Document
from rasd.scale.local import ExtractFn, ExtractResult, extract_batch, run_windowed

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
        return client, [client, cluster]
    if not isinstance(address, str) or not address:
        raise ValueError(f"dask must be 'local', a scheduler address or a Client, not {address!r}")
    client = Client(address, timeout="30s")
    return client, [client]


def extract_stream_dask(docs: Iterable[Document], address: Any, workers: int = 1,
                        chunksize: int | None = None, window: int | None = None,
                        extract: ExtractFn | None = None) -> Iterator[ExtractResult]:
    """Like `extract_stream`, on the cluster at `address` (see module docstring)."""
    client, owned = connect(address, workers)
    try:
        threads = sum(client.nthreads().values()) or 1
        run = uuid.uuid4().hex[:12]

        def submit(batch: list[Document], n: int) -> Any:
            # an explicit key: hashing a batch of documents to make one would cost more than the task
            return client.submit(extract_batch, batch, extract, key=f"rasd-extract-{run}-{n}", pure=False, retries=1)

        def result(future: Any) -> Any:
            try:
                return future.result()
            finally:
                future.release()

        yield from run_windowed(docs, chunksize or DASK_BATCH, window or max(4, 3 * threads), submit, result)
    finally:
        for thing in owned:
            thing.close()
