"""kill -9 in the middle of an ingest, then run again: the store ends exactly as a clean run.

The child (tests/kill_child.py) runs the ingest pipeline of `rasd ingest`; the
parent kills it with SIGKILL at random moments (seeded, 5 runs per backend: the
child pauses before a random document, then runs on for a random few
milliseconds, so every kill lands mid-ingest whatever the machine's load),
re-runs it to completion and compares documents, records, events, sources
and every event's id, source count and casualties with a clean run.
"""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from rasd.store import open_store
from rasd.store.query import counts
from rasd.store.schema import events
from storehelp import drop_database

CHILD = Path(__file__).with_name("kill_child.py")
N_DOCS = 240
KILL_RUNS = 5


def write_reports(folder: Path) -> None:
    folder.mkdir()
    for i in range(N_DOCS):
        (folder / f"doc{i:04d}.txt").write_text(
            f"تقرير ميداني رقم {i}: قصف واشتباكات في ريف المحافظة بحسب مراسلنا.", encoding="utf-8")


def run_child(db_url: str, folder: Path, pause_at: int | None = None) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(CHILD.parent) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    if pause_at is not None:
        env["RASD_KILL_PAUSE_AT"] = str(pause_at)
    return subprocess.Popen([sys.executable, str(CHILD), db_url, str(folder)], env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def state(db_url: str):
    with open_store(db_url) as st:
        c = counts(st)
        with st.engine.connect() as conn:
            evs = sorted(conn.execute(select(events.c.uid, events.c.n_sources, events.c.fatalities,
                                             events.c.fatalities_low, events.c.fatalities_high)).all())
    return {k: c[k] for k in ("documents", "records", "events", "event_sources")}, evs


def fresh_url(db_url: str, tmp_path: Path, n: int) -> str:
    """Another empty database on the same backend."""
    if db_url.startswith("sqlite"):
        return f"sqlite:///{tmp_path / f'run{n}.db'}"
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    base = os.environ["RASD_TEST_PG_URL"]
    name = f"{make_url(db_url).database}_{n}"
    eng = create_engine(base, isolation_level="AUTOCOMMIT")
    with eng.connect() as conn:
        drop_database(conn, name)
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    eng.dispose()
    return make_url(db_url).set(database=name).render_as_string(hide_password=False)


def drop(url: str) -> None:
    if url.startswith("postgresql"):
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        eng = create_engine(os.environ["RASD_TEST_PG_URL"], isolation_level="AUTOCOMMIT")
        with eng.connect() as conn:
            drop_database(conn, make_url(url).database)
        eng.dispose()


def test_sigkill_at_random_points_then_rerun_equals_clean_run(db_url, tmp_path):
    folder = tmp_path / "reports"
    write_reports(folder)
    p = run_child(db_url, folder)
    out, errs = p.communicate(timeout=300)
    assert p.returncode == 0, errs
    clean_counts, clean_events = state(db_url)
    assert clean_counts["documents"] == N_DOCS and clean_counts["events"] < clean_counts["records"]

    rng = random.Random(20240611)
    interrupted = 0
    for n in range(KILL_RUNS):
        url = fresh_url(db_url, tmp_path, n)
        try:
            pause_at = rng.randrange(int(0.15 * N_DOCS), int(0.9 * N_DOCS))
            run_on = rng.uniform(0.0, 0.03)
            p = run_child(url, folder, pause_at)
            assert p.stdout.readline().strip() == "paused", p.stderr.read()
            p.stdin.write("go\n")
            p.stdin.flush()
            time.sleep(run_on)
            p.send_signal(signal.SIGKILL)
            p.communicate(timeout=60)
            partial, _ = state(url)
            print(f"run {n}: SIGKILL {run_on * 1000:.0f} ms after document {pause_at}; stored then: {partial}")
            if 0 < partial["documents"] < N_DOCS:
                interrupted += 1
            p = run_child(url, folder)
            out, errs = p.communicate(timeout=300)
            assert p.returncode == 0, errs
            got_counts, got_events = state(url)
            assert got_counts == clean_counts, f"run {n}: killed with {partial} stored"
            assert got_events == clean_events
        finally:
            drop(url)
    # the kills must really have hit the middle of the work, not only before or after it
    assert interrupted >= 2, f"only {interrupted} of {KILL_RUNS} kills landed mid-ingest"
