"""Child process of the kill test: `rasd ingest`'s pipeline with a deterministic stand-in extractor.

Usage: python kill_child.py DB_URL REPORT_DIR

It runs `rasd.store.ingest.ingest_paths` (read -> skip stored -> extract ->
store) exactly as the CLI does; only `extract_stream` is replaced by one that
derives records from the document number, so the test does not depend on
the extractor being rewritten.  Every third document reports the same event
(same place, day and type) so that linking and merging happen across batches.
A short sleep per document spreads the run over a couple of seconds.  With
RASD_KILL_PAUSE_AT=k in the environment the child stops before handing on
its k-th document, says "paused" on stdout and waits for a line on stdin:
the parent then lets it run on for a random few milliseconds and kills it,
so the kill lands mid-ingest however loaded the machine is (a kill timed
from a clean run's duration missed the middle under heavy load).
"""
from __future__ import annotations

import os
import sys
import time

import rasd.store.ingest as ing
from rasd.model import EVENT_TYPE_OF, Record
from rasd.scale import ExtractResult

SUBS = ["Air/drone strike", "Shelling/artillery/missile attack", "Armed clash"]


def fake_records(doc) -> list[Record]:
    i = int(doc.id.removeprefix("doc"))
    if i % 17 == 5:
        return []  # a report with no event
    group = i // 3
    out = []
    for k in range(1 + i % 2):
        g = group * 2 + k
        sub = SUBS[g % 3]
        out.append(Record(
            event_id=f"{doc.id}-{k}", doc_id=doc.id, event_type=EVENT_TYPE_OF[sub], sub_event_type=sub,
            actor1="Syrian Government Forces" if i % 3 else "Unidentified Military Forces",
            location=f"Town {g % 40}", admin1=f"Gov {g % 5}", latitude=33.0 + (g % 40) * 0.1,
            longitude=36.0 + (g % 7) * 0.1, geo_precision=1,
            event_date=f"2018-{1 + g % 12:02d}-{1 + g % 28:02d}", time_precision=1,
            fatalities=(i % 5) or None,
        ))
    return out


def fake_stream(docs, workers=1, dask=None):
    pause_at = int(os.environ.get("RASD_KILL_PAUSE_AT", "-1"))
    for n, doc in enumerate(docs):
        time.sleep(0.004)
        if n == pause_at:
            print("paused", flush=True)
            sys.stdin.readline()
        yield ExtractResult(doc, fake_records(doc))


if __name__ == "__main__":
    ing.extract_stream = fake_stream
    s = ing.ingest_paths([sys.argv[2]], db=sys.argv[1], batch_size=7)
    print(f"{s.documents_new} {s.documents_skipped} {s.events_new} {s.events_merged}")
