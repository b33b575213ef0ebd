"""How extraction scales: one process, a local process pool, a 2-worker Dask LocalCluster.

    python bench/scale.py                 # 20,000 documents, 2 workers
    python bench/scale.py --docs 5000 --workers 4

The corpus is generated: documents of 2-6 sentences recombined at random
(fixed seed) from tests/fixtures/ingest/sentences.txt, sentences written for
rasd in the style of Syrian field reporting.  Every run extracts with
whatever `rasd.extract` is at the time; nothing is special-cased.  The
outputs of the three runs are compared (they must be identical) and the
machine's load average is printed, since other processes share the cores.
"""
from __future__ import annotations

import argparse
from datetime import date
import logging
import os
import random
import sys
import time
from pathlib import Path

from rasd.model import Document
from rasd.extract.pipeline import default_extractor
from rasd.scale import extract_stream
from rasd.scale.local import prepare_worker

SENTENCES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "ingest" / "sentences.txt"


def corpus(n: int, seed: int = 2024) -> list[Document]:
    sentences = [s for s in SENTENCES.read_text(encoding="utf-8").splitlines() if s and not s.startswith("#")]
    rng = random.Random(seed)
    start = 17_000  # days since 1970: mid-2016, so relative dates in the text resolve to real days
    out = []
    for i in range(n):
        text = " ".join(rng.sample(sentences, rng.randint(2, 6)))
        published = time.gmtime((start + rng.randint(0, 2500)) * 86400)
        out.append(Document(id=f"bench-{i:06d}", text=text,
                            published=date(*published[:3])))
    return out


def run(label: str, docs: list[Document], **kw) -> tuple[float, list]:
    # records are compared as dataclasses (equal field by field); turning them into dicts
    # would time the exporter, which runs in the caller whatever the backend
    t0 = time.perf_counter()
    results = [(r.doc.id, r.records, r.skipped, r.error) for r in extract_stream(docs, **kw)]
    dt = time.perf_counter() - t0
    n_rec = sum(len(r[1]) for r in results)
    print(f"{label:<34} {dt:8.2f} s  {len(docs) / dt:9.1f} docs/s  ({n_rec} records)", flush=True)
    return dt, results


def _burn(n: int) -> int:
    """Pure-Python CPU work with no data to move: what the machine itself gives in parallel."""
    s = 0
    for i in range(n):
        s += i * i % 7
    return s


def ceiling(workers: int, n: int = 4_000_000) -> float:
    """Speed-up of `workers` processes on work that needs no communication (the best possible now:
    other programs on the machine take their share of the cores)."""
    import multiprocessing as mp

    t0 = time.perf_counter()
    for _ in range(workers):
        _burn(n)
    serial = time.perf_counter() - t0
    with mp.get_context("spawn").Pool(workers) as pool:
        pool.map(_burn, [1000] * workers)          # start-up not timed
        t0 = time.perf_counter()
        pool.map(_burn, [n] * workers)
        parallel = time.perf_counter() - t0
    return serial / parallel


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=20_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--no-dask", action="store_true", help="skip the LocalCluster run")
    args = ap.parse_args()

    docs = corpus(args.docs)
    chars = sum(len(d.text) for d in docs)
    print(f"corpus: {len(docs):,} documents, {chars / len(docs):.0f} characters on average")
    print(f"machine: {os.cpu_count()} cores, load average before {os.getloadavg()[0]:.2f} (1 min)")
    before = ceiling(args.workers)
    print(f"machine's own {args.workers}-process speed-up on communication-free work now: {before:.2f}x")
    t0 = time.perf_counter()
    default_extractor()   # lexicons and gazetteer load once per process; not part of the per-document rate
    print(f"extractor built in {time.perf_counter() - t0:.2f} s (each worker process builds its own)")

    t1, base = run("1 process", docs, workers=1)
    tn, pool = run(f"{args.workers} worker processes", docs, workers=args.workers)
    same = [pool == base]
    if not args.no_dask:
        from distributed import Client, LocalCluster

        t0 = time.perf_counter()
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
        client = Client(cluster)
        client.run(prepare_worker)   # what rasd does for the clusters it starts itself
        print(f"LocalCluster of {args.workers} started and warmed in {time.perf_counter() - t0:.2f} s")
        td, dask = run(f"Dask LocalCluster, {args.workers} workers", docs, dask=client)
        same.append(dask == base)
        client.close()
        cluster.close()
    print(f"speed-up, {args.workers} processes:        {t1 / tn:5.2f}x")
    if not args.no_dask:
        print(f"speed-up, Dask {args.workers} workers:        {t1 / td:5.2f}x")
    print(f"identical records in every run: {all(same)}")
    print(f"load average after: {os.getloadavg()[0]:.2f} (1 min); machine's own {args.workers}-process "
          f"speed-up now: {ceiling(args.workers):.2f}x (before: {before:.2f}x)")
    return 0 if all(same) else 1


if __name__ == "__main__":
    sys.exit(main())
