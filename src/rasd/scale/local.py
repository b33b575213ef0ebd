"""Single-process and multi-process (one machine) extraction, and the windowing both backends share.

Documents are sent to workers in batches (one task per batch keeps the
per-task overhead small next to a ~millisecond extraction) and only the
records come back (the document stays here, it is not shipped twice).  At
most `window` batches are in flight, so a stream of a million documents
never sits in memory, and results are yielded strictly in input order, so
ids and exports do not depend on the number of workers.
"""
from __future__ import annotations

import multiprocessing as mp
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, Callable, Iterable, Iterator

from rasd.model import Document, Record

#: documents per task on a local process pool: each task wakes the parent (unpickle, hand
#: back in order), so larger batches leave more of the cores to the workers; 64 measured
#: better than 16 and 128 in bench/scale.py on 20,000 documents
LOCAL_BATCH = 64


@dataclass(slots=True)
class ExtractResult:
    """The outcome for one document: its records, or why it was skipped/failed."""

    doc: Document
    records: list[Record] = field(default_factory=list)
    skipped: str | None = None   # readable but not extracted (e.g. not Arabic)
    error: str | None = None     # the extractor failed on it (a bug: reported, run goes on)


#: what a worker sends back for one document: (records, skipped, error)
Outcome = tuple[list[Record], "str | None", "str | None"]

#: an extraction function: the default extractor's `extract`, or another one (an ML model, a
#: test double) that takes a Document and returns Records; it must be picklable (module-level)
ExtractFn = Callable[[Document], list[Record]]


def extract_one(doc: Document, extract: ExtractFn | None = None) -> ExtractResult:
    records, skipped, error = _outcome(doc, extract)
    return ExtractResult(doc, records, skipped, error)


def _outcome(doc: Document, extract: ExtractFn | None = None) -> Outcome:
    from rasd.extract.pipeline import SkipDocument, default_extractor

    try:
        return (extract or default_extractor().extract)(doc), None, None
    except SkipDocument as e:
        return [], str(e), None
    except Exception as e:  # noqa: BLE001 - one document must not stop a run
        return [], None, f"{type(e).__name__}: {e}"


def extract_batch(docs: list[Document], extract: ExtractFn | None = None) -> list[Outcome]:
    """The task a worker runs: outcomes for a batch of documents, in the batch's order."""
    return [_outcome(d, extract) for d in docs]


def batched(items: Iterable[Any], n: int) -> Iterator[list[Any]]:
    it = iter(items)
    while batch := list(islice(it, n)):
        yield batch


def run_windowed(docs: Iterable[Document], batch_size: int, window: int,
                 submit: Callable[[list[Document], int], Any],
                 result: Callable[[Any], list[Outcome]]) -> Iterator[ExtractResult]:
    """Submit batches with at most `window` in flight; yield results in input order.

    `submit(batch, n)` starts the n-th batch on some backend and returns a
    handle, `result(handle)` waits for its outcomes.  A batch whose task
    fails (a worker died, the cluster lost it) yields an error result for
    each of its documents and the run goes on.
    """
    pending: deque[tuple[list[Document], Any]] = deque()
    for n, batch in enumerate(batched(docs, batch_size)):
        pending.append((batch, submit(batch, n)))
        if len(pending) >= window:
            yield from _collect(*pending.popleft(), result)
    while pending:
        yield from _collect(*pending.popleft(), result)


def _collect(batch: list[Document], handle: Any, result: Callable[[Any], list[Outcome]]) -> Iterator[ExtractResult]:
    try:
        outcomes = result(handle)
    except Exception as e:  # noqa: BLE001 - infrastructure failure: report per document
        outcomes = [([], None, f"worker failed: {type(e).__name__}: {e}")] * len(batch)
    for doc, (records, skipped, error) in zip(batch, outcomes):
        yield ExtractResult(doc, records, skipped, error)


def prepare_worker() -> None:
    """Build the extractor once per worker, before the first batch arrives, then freeze the heap.

    A forked worker inherits everything the parent holds (the extractor, the
    documents read so far, earlier results). Python's full collections would
    walk all of it and write to every page they touch, and copy-on-write then
    duplicates those pages. Measured on a worker forked from a parent holding
    20,000 documents and their records: 9% of the worker's time went to
    collection before the freeze and 2% after. Nothing frozen is garbage:
    the extractor lives as long as the worker, and the parent's objects are
    not the worker's to free.
    """
    import gc

    from rasd.extract.pipeline import default_extractor

    default_extractor()
    gc.freeze()


def _context() -> mp.context.BaseContext:
    # fork shares the extractor the parent has already built (copy-on-write) and starts
    # fast; where the platform or the caller chose spawn, respect it
    method = mp.get_start_method(allow_none=True)
    if method is None and "fork" in mp.get_all_start_methods():
        method = "fork"
    return mp.get_context(method or "spawn")


class PoolBackend:
    """Processes on this machine, behind the small interface both backends offer:
    `submit(fn, *args)` -> handle, `result(handle)`, `threads`, `close()`."""

    batch = LOCAL_BATCH

    def __init__(self, workers: int, warm: bool = True) -> None:
        self.threads = workers
        self._ctx = _context()
        self._init = prepare_worker if warm else None
        if warm and self._ctx.get_start_method() == "fork":
            from rasd.extract.pipeline import default_extractor

            default_extractor()    # built once here, inherited by every forked worker
        self._pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.threads, mp_context=self._ctx, initializer=self._init)

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future:
        try:
            return self._pool.submit(fn, *args)
        except BrokenProcessPool:   # a worker died (OOM, crash): start a fresh pool, go on
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = self._new_pool()
            return self._pool.submit(fn, *args)

    def result(self, handle: Future) -> Any:
        return handle.result()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def make_backend(workers: int = 1, dask: Any = None, warm: bool = True) -> Any:
    """The backend for `workers` local processes or a Dask cluster; None means in this process."""
    if dask is not None:
        from rasd.scale.dask import DaskBackend

        return DaskBackend(dask, workers)
    if workers > 1:
        return PoolBackend(workers, warm=warm)
    return None


def extract_stream(docs: Iterable[Document], workers: int = 1, dask: Any = None,
                   chunksize: int | None = None, window: int | None = None,
                   extract: ExtractFn | None = None) -> Iterator[ExtractResult]:
    """Extract every document, in input order.

    workers: processes on this machine (1: in this process).
    dask: None, "local" (a LocalCluster of `workers` processes), a scheduler
          address "tcp://host:8786", or a `distributed.Client` to use.
    chunksize: documents per task; window: tasks in flight (memory bound).
    extract: the extraction function (default: rasd's extractor).
    The results are the same, in the same order, whichever is chosen.
    """
    backend = make_backend(workers, dask)
    if backend is None:
        for doc in docs:
            yield extract_one(doc, extract)
        return
    try:
        yield from run_windowed(docs, chunksize or backend.batch, window or max(4, 3 * backend.threads),
                                lambda batch, n: backend.submit(extract_batch, batch, extract), backend.result)
    finally:
        backend.close()
