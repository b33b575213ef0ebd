"""Benchmark: documents per second into SQLite and into PostgreSQL, same corpus, same run.

    .venv/bin/python bench/ingest.py                       # 4,000 documents
    .venv/bin/python bench/ingest.py --docs 10000 --pg postgresql+psycopg://rasd:rasd@127.0.0.1/rasd

The corpus is synthetic Arabic reports (~600 characters) whose records are
made alongside them (two per document, ~2.5 reports per event), so the
figure is the store's cost: hashing, the skip check, writing documents and
records, linking against stored events and writing the links, one
transaction per batch.  It does not depend on the extractor being rewritten;
`--real-extractor` runs `rasd.extract` too (then records depend on it).

For each backend: a first ingest into an empty database, then the same
corpus again (everything skipped by content hash).  PostgreSQL comes from
--pg or RASD_TEST_PG_URL (a role that may CREATE DATABASE); a scratch
database is created and dropped.
"""
from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
import uuid
from pathlib import Path

from rasd.model import EVENT_TYPE_OF, Document, Record
from rasd.scale import ExtractResult, extract_stream
from rasd.store import open_store, store_results
from rasd.store.ingest import IngestSummary, skip_known
from rasd.store.query import counts

SUBS = ["Air/drone strike", "Shelling/artillery/missile attack", "Armed clash", "Attack"]
WORDS = ("قصف اشتباكات قوات النظام ريف المدينة الطيران الحربي مقتل مدنيين إصابة جرحى بلدة قرية "
         "مصادر محلية مراسل الأهالي نزوح فصائل المعارضة غارات صواريخ قذائف هاون محيط").split()


def corpus(n: int, seed: int = 3) -> list[tuple[Document, list[Record]]]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        text = f"تقرير رقم {i}: " + " ".join(rng.choice(WORDS) for _ in range(90)) + "."
        doc = Document(id=f"doc{i:06d}", text=text, source="bench")
        recs = []
        for k in range(2):
            g = (i // 3) * 2 + k
            sub = SUBS[g % 4]
            recs.append(Record(
                event_id=f"{doc.id}-{k}", doc_id=doc.id, event_type=EVENT_TYPE_OF[sub], sub_event_type=sub,
                actor1="Syrian Government Forces", actor2="Civilians", location=f"Town {g % 500}",
                location_text="بلدة", admin1=f"Gov {g % 14}", latitude=32.5 + (g % 500) * 0.01,
                longitude=36.0 + (g % 37) * 0.1, geo_precision=1,
                event_date=f"20{14 + g % 8}-{1 + g % 12:02d}-{1 + g % 28:02d}", time_precision=1,
                fatalities=g % 6 or None, confidence=0.7,
            ))
        out.append((doc, recs))
    return out


def bench(url: str, label: str, data, real: bool, batch: int) -> None:
    with open_store(url) as st:
        recs = {d.id: r for d, r in data}
        for attempt in ("first ingest", "again (all skipped)"):
            summary = IngestSummary()
            t0 = time.perf_counter()
            docs = skip_known(st, (d for d, _ in data), summary)
            if real:
                results = extract_stream(docs)
            else:
                results = (ExtractResult(d, recs[d.id]) for d in docs)
            store_results(st, results, batch_size=batch, summary=summary)
            dt = time.perf_counter() - t0
            n = summary.documents_seen
            print(f"{label:<11} {attempt:<20} {n:>6} docs in {dt:6.2f} s = {n / dt:8.1f} docs/s "
                  f"({summary.records / dt:7.1f} records/s; {summary.events_new} new events, "
                  f"{summary.events_merged} merged)")
        c = counts(st)
        print(f"{'':<11} stored: {c['documents']} documents, {c['records']} records, {c['events']} events")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=4000)
    ap.add_argument("--batch", type=int, default=50)
    ap.add_argument("--pg", default=os.environ.get("RASD_TEST_PG_URL"))
    ap.add_argument("--real-extractor", action="store_true")
    args = ap.parse_args()
    data = corpus(args.docs)
    with tempfile.TemporaryDirectory() as tmp:
        bench(f"sqlite:///{Path(tmp) / 'bench.db'}", "SQLite", data, args.real_extractor, args.batch)
    if not args.pg:
        print("PostgreSQL: skipped (give --pg URL or set RASD_TEST_PG_URL)")
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"rasd_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(args.pg, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = make_url(args.pg).set(database=name).render_as_string(hide_password=False)
        bench(url, "PostgreSQL", data, args.real_extractor, args.batch)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    main()
