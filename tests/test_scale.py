"""Scale-out gives the same results as one process: same records, same ids, same order.

Compared twice: with rasd's own extractor (whatever it returns at the time)
and with a deterministic stand-in that returns several records per document,
so that an ordering or batching mistake cannot hide behind empty lists.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from rasd.ingest import read_documents
from rasd.model import Document, Record, Span
from rasd.scale import extract_stream

FIX = Path(__file__).parent / "fixtures" / "ingest"


def corpus(n: int, seed: int = 7) -> list[Document]:
    """n documents of 2-6 sentences recombined from the fixture sentences (plus one English one)."""
    sentences = [s for s in (FIX / "sentences.txt").read_text(encoding="utf-8").splitlines()
                 if s and not s.startswith("#")]
    rng = random.Random(seed)
    docs = [Document(id=f"c{i:05d}", text=" ".join(rng.sample(sentences, rng.randint(2, 6))))
            for i in range(n)]
    docs.insert(n // 2, Document(id="english", text="Shelling was reported near the town this morning."))
    return docs


def sentence_records(doc: Document) -> list[Record]:
    """Stand-in extractor: one record per sentence, with evidence offsets into the document."""
    if doc.id.endswith("boom"):
        raise RuntimeError("extractor bug on purpose")
    out = []
    for i, m in enumerate(re.finditer(r"[^.]+\.", doc.text)):
        out.append(Record(event_id=f"{doc.id}-{i}", doc_id=doc.id, event_type="Battles",
                          sub_event_type="Armed clash", fatalities=len(m.group()) % 7,
                          evidence=[Span(m.start(), m.end(), m.group())]))
    return out


def as_data(results) -> list[tuple]:
    return [(r.doc.id, [rec.to_dict() for rec in r.records], r.skipped, r.error) for r in results]


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    fixtures = [d for d in read_documents([str(FIX / "html"), str(FIX / "feeds"), str(FIX / "tabular")],
                                          require_arabic=False) if isinstance(d, Document)]
    return fixtures + corpus(300)


@pytest.fixture(scope="module")
def serial(docs):
    return as_data(extract_stream(docs, workers=1)), as_data(extract_stream(docs, workers=1, extract=sentence_records))


def test_stand_in_extractor_gives_records(serial):
    _, fake = serial
    assert sum(len(recs) for _, recs, _, _ in fake) > 600   # the comparisons below are not vacuous


def test_process_pool_matches_one_process(docs, serial):
    real, fake = serial
    assert as_data(extract_stream(docs, workers=2)) == real
    assert as_data(extract_stream(iter(docs), workers=2, chunksize=3, window=2, extract=sentence_records)) == fake


def test_non_arabic_is_skipped_the_same_way(serial):
    real, _ = serial
    [english] = [r for r in real if r[0] == "english"]
    assert english[2] and "not Arabic" in english[2]


def test_a_failing_document_is_reported_and_the_rest_goes_on(docs):
    bad = docs[:10] + [Document(id="x-boom", text="نص")] + docs[10:20]
    for workers in (1, 2):
        results = list(extract_stream(bad, workers=workers, chunksize=4, extract=sentence_records))
        assert [r.doc.id for r in results] == [d.id for d in bad]
        assert [r.doc.id for r in results if r.error] == ["x-boom"]
        assert "extractor bug on purpose" in results[10].error


def test_memory_is_bounded_by_the_window(docs):
    pulled = 0

    def source():
        nonlocal pulled
        for d in docs:
            pulled += 1
            yield d

    chunk, window, ahead = 4, 3, 0
    for n, _ in enumerate(extract_stream(source(), workers=2, chunksize=chunk, window=window,
                                         extract=sentence_records), start=1):
        ahead = max(ahead, pulled - n)
    assert n == len(docs)
    assert ahead <= (window + 1) * chunk      # never the whole stream


@pytest.fixture(scope="module")
def cluster_client():
    distributed = pytest.importorskip("distributed")
    import logging

    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=logging.ERROR)
    client = distributed.Client(cluster)
    yield client
    client.close()
    cluster.close()


def test_dask_local_cluster_matches_one_process(docs, serial, cluster_client):
    real, fake = serial
    assert len(cluster_client.nthreads()) == 2
    assert as_data(extract_stream(docs, dask=cluster_client)) == real
    assert as_data(extract_stream(iter(docs), dask=cluster_client, chunksize=7, window=3,
                                  extract=sentence_records)) == fake
    # both workers took part
    assert len(cluster_client.run(lambda: 1)) == 2


def test_dask_reports_a_failing_document(docs, cluster_client):
    bad = docs[:5] + [Document(id="y-boom", text="نص")] + docs[5:9]
    results = list(extract_stream(bad, dask=cluster_client, chunksize=2, extract=sentence_records))
    assert [r.doc.id for r in results] == [d.id for d in bad]
    assert [r.doc.id for r in results if r.error] == ["y-boom"]


def test_parallel_reading_gives_the_same_items(tmp_path, cluster_client):
    from test_ingest_warc import build_warc

    (tmp_path / "crawl.warc.gz").write_bytes(build_warc(True))
    paths = [str(FIX / "html"), str(FIX / "feeds"), str(FIX / "tabular"), str(tmp_path / "crawl.warc.gz")]
    one = list(read_documents(paths))
    assert sum(isinstance(i, Document) for i in one) == 14 and len(one) > 15
    assert list(read_documents(paths, workers=2)) == one
    assert list(read_documents(paths, dask=cluster_client)) == one


def test_resolve_keeps_order_and_bounds_the_window():
    from rasd.ingest.base import Deferred, ReadProblem
    from rasd.ingest.readers import resolve
    from rasd.scale.local import PoolBackend

    items = [Deferred(_twice, (i,), f"w{i}") if i % 3 else ReadProblem(f"r{i}", "ready") for i in range(200)]
    expected = list(resolve(iter(items)))
    backend = PoolBackend(2, warm=False)
    try:
        assert list(resolve(iter(items), backend, window=3)) == expected
    finally:
        backend.close()
    assert [p.where for p in expected[:5]] == ["r0", "w1", "w1", "w2", "w2"]


def _twice(i: int) -> list:
    from rasd.ingest.base import ReadProblem

    return [ReadProblem(f"w{i}", "done"), ReadProblem(f"w{i}", "again")]


def _frozen_objects(_: int) -> int:
    import gc

    return gc.get_freeze_count()


def test_pool_workers_start_with_a_frozen_heap():
    # a worker's collections must not walk what it inherited or built once (see prepare_worker)
    from rasd.scale.local import PoolBackend

    backend = PoolBackend(2)
    try:
        counts = [backend.result(backend.submit(_frozen_objects, i)) for i in range(4)]
    finally:
        backend.close()
    assert min(counts) > 10_000
