"""Benchmark: API latency over 100,000 events in SQLite under 20 concurrent clients.

    .venv/bin/python bench/api.py                      # 100,000 events, 20 clients, 20 s per query
    .venv/bin/python bench/api.py --events 20000 --duration 5

Builds a SQLite store of synthetic events (bulk insert of documents,
Records, merged events and their sources: the rows the store's write path
makes, without running the linker, whose cost `bench/dedup.py` measures),
starts `rasd serve` on a free loopback port in a subprocess, and drives it
with 20 concurrent httpx clients (on uvloop), each looping for a bounded time:

1. a bbox + date query, as the map makes when the reader pans and picks a range:
   `/api/events?bbox=<about 1.5 x 1.5 degrees>&since=<d>&until=<d + 90 days>` (default page, 500)
2. one event with its sources and evidence: `/api/events/{id}`

Prints p50 / p90 / p99 / max latency, requests per second, the size of
the answers and the app's own p50 / p99 (its Server-Timing header), so that
the time spent waiting in front of the app shows apart from the app's.  Target: p99 < 100 ms for both.  Traffic goes only to 127.0.0.1.
"""
from __future__ import annotations

import argparse
import asyncio
import gc
import hashlib
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from rasd.model import EVENT_TYPE_OF, Record, Span
from rasd.store import open_store
from rasd.store.linking import event_uid
from rasd.store.schema import documents, event_sources, events, records

SUBS = list(EVENT_TYPE_OF)
ACTORS = ["Syrian Government Forces", "Islamic State", "Syrian Democratic Forces", "Russian Forces",
          "Hayat Tahrir al-Sham", "Iraqi Security Forces", "Unidentified Military Forces", "Civilians", None]
WORDS = ("قصف اشتباكات قوات النظام ريف المدينة الطيران الحربي مقتل مدنيين إصابة جرحى بلدة قرية "
         "مصادر محلية مراسل الأهالي نزوح فصائل المعارضة غارات صواريخ قذائف هاون محيط").split()
FIRST_DAY = date(2012, 1, 1)
DAYS = 13 * 365


def towns(rng: random.Random) -> list[tuple[str, str, float, float]]:
    """Places to scatter events around: the packaged gazetteer's Syrian and Iraqi towns."""
    from rasd.geo.entry import read_entries
    from rasd.geo.gazetteer import PACKAGED

    out = [(e.name_en, e.admin1 or "", e.lat, e.lon) for e in read_entries(PACKAGED, "packaged")
           if e.country in ("SY", "IQ") and e.level == "town" and e.lat is not None]
    rng.shuffle(out)
    return out


def build(db: Path, n: int, seed: int = 7) -> float:
    """Bulk-insert n single-source events (document + record + event + source); returns seconds."""
    rng = random.Random(seed)
    places = towns(rng)
    store = open_store(f"sqlite:///{db}")
    start = time.perf_counter()
    ts = datetime(2025, 1, 1, tzinfo=timezone.utc)
    batch = 5000
    with store.engine.begin() as conn:
        for lo in range(0, n, batch):
            docs, recs, evs, srcs = [], [], [], []
            for i in range(lo, min(lo + batch, n)):
                name, admin1, lat, lon = rng.choice(places)
                lat += rng.uniform(-0.05, 0.05)
                lon += rng.uniform(-0.05, 0.05)
                day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
                sub = rng.choice(SUBS)
                text = f"تقرير {i}: " + " ".join(rng.choice(WORDS) for _ in range(60)) + "."
                h = hashlib.sha256(text.encode()).hexdigest()
                quote = text[: text.index(":")]
                rec = Record(event_id=f"b{i}-0", doc_id=f"b{i}", event_type=EVENT_TYPE_OF[sub], sub_event_type=sub,
                             actor1=rng.choice(ACTORS), actor2=rng.choice(ACTORS), location=name,
                             location_text="بلدة", admin1=admin1, latitude=lat, longitude=lon, geo_precision=1,
                             event_date=day.isoformat(), date_start=day.isoformat(), date_end=day.isoformat(),
                             time_precision=1, fatalities=rng.choice([None, 0, 1, 2, 3, 5, 10]),
                             confidence=round(rng.uniform(0.3, 0.95), 2), evidence=[Span(0, len(quote), quote)],
                             country="Syria", iso=760)
                docs.append(dict(id=i + 1, doc_key=f"b{i}", content_hash=h, text=text, source="bench",
                                 published=day, ingested_at=ts, status="done", n_records=1))
                recs.append(dict(id=i + 1, document_id=i + 1, ordinal=0, record_key=rec.event_id, event_id=i + 1,
                                 sub_event_type=sub, event_date=day, location=name, latitude=lat, longitude=lon,
                                 data=rec.to_dict()))
                evs.append(dict(id=i + 1, uid=event_uid(h, 0), status="active", event_type=rec.event_type,
                                sub_event_type=sub, actor1=rec.actor1, actor2=rec.actor2, location=name,
                                location_key=name.lower(), admin1=admin1, country="Syria", iso=760, latitude=lat,
                                longitude=lon, geo_precision=1, event_date=day, date_start=day, date_end=day,
                                time_precision=1, fatalities=rec.fatalities, civilian_targeting=False, n_sources=1,
                                confidence=rec.confidence, created_at=ts, updated_at=ts))
                srcs.append(dict(event_id=i + 1, record_id=i + 1, document_id=i + 1, linked_by="dedup",
                                 reason={"checks": ["first report of this event"]}, linked_at=ts))
            conn.execute(documents.insert(), docs)
            conn.execute(events.insert(), evs)
            conn.execute(records.insert(), recs)
            conn.execute(event_sources.insert(), srcs)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    store.close()
    return time.perf_counter() - start


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of a process and its children so far, from /proc (Linux); 0 elsewhere."""
    total = 0.0
    try:
        tick = os.sysconf("SC_CLK_TCK")
        pids = [pid] + [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
        for p in pids:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
    except (OSError, ValueError, IndexError):
        return 0.0
    return total


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int, workers: int, pin_cores: bool) -> subprocess.Popen:
    import httpx

    rasd = Path(sys.executable).with_name("rasd")
    cmd = [str(rasd), "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)]
    cores = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    server_cores: set[int] | None = None
    if pin_cores and len(cores) >= 2:
        # the server on every core but the last, the load generator (this process) on the last one,
        # so that the clients' own work does not show up as server latency
        server_cores = set(cores[:-1])
        os.sched_setaffinity(0, {cores[-1]})
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            preexec_fn=(lambda: os.sched_setaffinity(0, server_cores)) if server_cores else None)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"rasd serve exited: {proc.stderr.read().decode()[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/config", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("rasd serve did not start in 60 s")


async def load(base: str, make_path, clients: int, duration: float, seed: int) -> dict:
    """`clients` concurrent loops of GETs for `duration` seconds; latencies in ms."""
    import httpx

    lat: list[float] = []
    app_ms: list[float] = []
    sizes: list[int] = []
    errors = 0
    stop = time.perf_counter() + duration

    async def one(k: int, client: httpx.AsyncClient) -> None:
        nonlocal errors
        rng = random.Random(seed * 1000 + k)
        while time.perf_counter() < stop:
            path = make_path(rng)
            t0 = time.perf_counter()
            r = await client.get(base + path)
            dt = (time.perf_counter() - t0) * 1000
            if r.status_code != 200:
                errors += 1
                continue
            lat.append(dt)
            app_ms.append(float(r.headers.get("server-timing", "app;dur=nan").partition("dur=")[2]))
            sizes.append(len(r.content))

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        t0 = time.perf_counter()
        await asyncio.gather(*(one(k, client) for k in range(clients)))
        wall = time.perf_counter() - t0
    lat.sort()
    app_ms.sort()

    def q(p: float, xs: list[float] = lat) -> float:
        return xs[min(len(xs) - 1, int(p * len(xs)))] if xs else float("nan")

    return {"n": len(lat), "errors": errors, "rps": len(lat) / wall, "p50": q(0.50), "p90": q(0.90),
            "p99": q(0.99), "max": lat[-1] if lat else float("nan"), "mean": statistics.fmean(lat) if lat else 0,
            "bytes": statistics.fmean(sizes) if sizes else 0, "app_p50": q(0.50, app_ms), "app_p99": q(0.99, app_ms)}


def run_load(*args) -> dict:
    """`load` on uvloop when it is there (it comes with uvicorn[standard]): the clients share
    the cores with the server, and the lighter their loop, the less of the latency measured is
    the load generator's own."""
    try:
        import uvloop
    except ImportError:
        return asyncio.run(load(*args))
    return uvloop.run(load(*args))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--duration", type=float, default=20.0, help="seconds per query kind")
    ap.add_argument("--db", type=Path, help="keep the store here (default: a temporary file)")
    ap.add_argument("--workers", type=int, default=1, help="server processes (rasd serve --workers)")
    ap.add_argument("--reuse", action="store_true", help="use the store at --db as it is (skip building)")
    ap.add_argument("--pin", action="store_true", help="pin the server to all cores but one and the clients to "
                                                       "the last one (Linux)")
    args = ap.parse_args()

    tmp = tempfile.TemporaryDirectory(prefix="rasd-bench-api-")
    db = args.db or Path(tmp.name) / "bench.db"
    if args.reuse and db.exists():
        print(f"store: {db} as it is, {db.stat().st_size / 1e6:.0f} MB")
    else:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        secs = build(db, args.events)
        print(f"store: {args.events:,} events (one document, record and source each) in SQLite, "
              f"built in {secs:.1f} s, {db.stat().st_size / 1e6:.0f} MB")

    with open_store(f"sqlite:///{db}") as store, store.engine.connect() as conn:
        uids = [r[0] for r in conn.exec_driver_sql("SELECT uid FROM events")]
        spots = [(r[0], r[1]) for r in conn.exec_driver_sql(
            "SELECT longitude, latitude FROM events ORDER BY random() LIMIT 2000")]

    def bbox_path(rng: random.Random) -> str:
        lon, lat = rng.choice(spots)
        since = FIRST_DAY + timedelta(days=rng.randrange(DAYS - 90))
        return (f"/api/events?bbox={lon - 0.75:.3f},{lat - 0.75:.3f},{lon + 0.75:.3f},{lat + 0.75:.3f}"
                f"&since={since}&until={since + timedelta(days=90)}")

    def event_path(rng: random.Random) -> str:
        return f"/api/events/{rng.choice(uids)}"

    port = free_port()
    proc = start_server(db, port, args.workers, args.pin)
    base = f"http://127.0.0.1:{port}"
    try:
        run_load(base, bbox_path, 2, 2.0, 99)   # warm-up: imports, caches, connections
        # the ids and places drawn from stay for the whole run: out of the generator's collections,
        # whose full passes over them would stall every client at once and count as latency
        gc.collect()
        gc.freeze()
        where = "server and clients pinned to separate cores" if args.pin else "cores shared with the clients"
        print(f"{args.clients} concurrent clients, {args.duration:.0f} s per query, {args.workers} server "
              f"process(es), {os.cpu_count()} cores, {where}; load average before: {os.getloadavg()[0]:.2f}")
        print(f"{'query':<34} {'requests':>9} {'req/s':>7} {'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8} "
              f"{'max ms':>8} {'bytes':>8} {'errors':>6} {'server cpu':>10} {'client cpu':>10} "
              f"{'app p50':>8} {'app p99':>8}")
        for name, fn in (("bbox + 90 days (/api/events)", bbox_path), ("one event (/api/events/{id})", event_path)):
            s0, c0, t0 = cpu_seconds(proc.pid), time.process_time(), time.perf_counter()
            r = run_load(base, fn, args.clients, args.duration, 1)
            wall = time.perf_counter() - t0
            server, client = (cpu_seconds(proc.pid) - s0) / wall, (time.process_time() - c0) / wall
            verdict = "ok" if r["p99"] < 100 else "ABOVE the 100 ms target"
            print(f"{name:<34} {r['n']:>9,} {r['rps']:>7.0f} {r['p50']:>8.1f} {r['p90']:>8.1f} {r['p99']:>8.1f} "
                  f"{r['max']:>8.1f} {r['bytes']:>8.0f} {r['errors']:>6} {server:>9.0%} {client:>10.0%} "
                  f"{r['app_p50']:>8.2f} {r['app_p99']:>8.2f}  p99 {verdict}")
        print("server/client cpu: share of one core used during the run (200% = both cores)")
        print("app p50/p99: the app's own time per request (its Server-Timing header); the rest of the "
              "latency is waiting: 20 clients share one server event loop")
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        tmp.cleanup()


if __name__ == "__main__":
    main()
