"""Benchmark: cross-report linking of synthetic records into merged events.

    .venv/bin/python bench/dedup.py                 # 100k then 1M records
    .venv/bin/python bench/dedup.py --sizes 20000 100000

A synthetic conflict: 3,000 places over a Syria-sized box, ~300 reports a day (a larger
size covers more days, as a growing archive does), ~2.5 reports per
true event (1-5), reports arriving in publication order.  Reports disagree
the way outlets do: 10% give only a few-days date (precision 2), 10% a nearby
point (precision 2, up to 3 km off), 5% only the governorate (precision 3),
30% an "Unidentified" actor, 10% a compatible sub-event type (air strike vs
shelling), different death tolls.  Linking uses the same `rasd.store.dedup.Linker`
the store uses; the records are built directly as linking candidates (what
the store builds from each stored record), so the figure is the linking cost.

Prints per size: wall time, records/s, comparisons per record, peak RSS,
events found vs true events, over-merged and split events; then the ratio
of time at the largest vs the smallest size (near-linear: <= ~12x for 10x).
"""
from __future__ import annotations

import argparse
import gc
import random
import resource
import time
from collections import defaultdict
from datetime import date

from rasd.store.dedup import Candidate, Linker

SUBS = ["Air/drone strike", "Shelling/artillery/missile attack", "Armed clash", "Attack",
        "Remote explosive/landmine/IED", "Arrests"]
COMPAT = {"Air/drone strike": "Shelling/artillery/missile attack",
          "Shelling/artillery/missile attack": "Air/drone strike"}
ACTORS = ["Syrian Government Forces", "Russian Forces", "Islamic State", "Syrian Democratic Forces",
          "Hayat Tahrir al-Sham", "Turkish Forces", "International Coalition", "Syrian National Army"]
DAY0 = date(2014, 1, 1).toordinal()


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def synth(n_records: int, seed: int = 1) -> tuple[list[Candidate], list[int]]:
    """Reports (as linking candidates) and the true event of each."""
    rng = random.Random(seed)
    places = []
    for i in range(3000):
        lat, lon = 32.3 + rng.random() * 5.0, 35.7 + rng.random() * 6.7
        places.append((lat, lon, f"place {i}", f"gov {int((lat - 32.3) / 1.25)}-{int((lon - 35.7) / 1.7)}"))
    days = max(30, n_records // 300)  # ~300 reports (~120 events) a day at every size: archives grow in time
    reports = []  # (arrival, candidate, true id)
    truth = 0
    while len(reports) < n_records:
        truth += 1
        lat, lon, name, gov = places[rng.randrange(len(places))]
        day = DAY0 + rng.randrange(days)
        sub = rng.choice(SUBS)
        a1, a2 = rng.choice(ACTORS), rng.choice(["Civilians", None, rng.choice(ACTORS)])
        killed = rng.choice([None, 0, 1, 2, 3, 5, 8, 12])
        for _ in range(min(rng.choice([1, 1, 2, 2, 3, 3, 4, 5]), n_records - len(reports))):
            r = rng.random()
            s, e, tp = day, day, 1
            if r < 0.10:
                s, e, tp = day - 3, day + 3, 2
            glat, glon, gp, loc = lat, lon, 1, name
            g = rng.random()
            if g < 0.10:
                glat, glon, gp = lat + rng.uniform(-0.02, 0.02), lon + rng.uniform(-0.02, 0.02), 2
            elif g < 0.15:
                glat, glon, gp, loc = None, None, 3, None
            k = killed if killed is None else max(0, killed + rng.choice([-1, 0, 0, 1, 3]))
            c = Candidate(
                key=len(reports), doc=len(reports),
                sub_event_type=COMPAT.get(sub, sub) if rng.random() < 0.10 else sub,
                start=s, end=e, time_precision=tp, latitude=glat, longitude=glon, geo_precision=gp,
                admin1=gov, location=loc,
                actor1="Unidentified Military Forces" if rng.random() < 0.3 else a1, actor2=a2,
                fatalities=k, fatalities_low=k, fatalities_high=None if k is None else k + 2,
            )
            reports.append((day + rng.random() * 2.0, c, truth))
    reports.sort(key=lambda x: x[0])
    return [c for _, c, _ in reports], [t for _, _, t in reports]


def run(n: int) -> float:
    t0 = time.perf_counter()
    cands, truth = synth(n)
    gen = time.perf_counter() - t0
    gc.collect()
    gc.freeze()  # the input is long-lived: keep the cyclic GC from rescanning it on every pass
    linker = Linker()
    t1 = time.perf_counter()
    assigned = [linker.link(c).event for c in cands]
    wall = time.perf_counter() - t1
    gc.unfreeze()
    # quality against the synthetic truth
    ev_truths, truth_evs = defaultdict(set), defaultdict(set)
    for ev, t in zip(assigned, truth):
        ev_truths[id(ev)].add(t)
        truth_evs[t].add(id(ev))
    over = sum(1 for s in ev_truths.values() if len(s) > 1)
    split = sum(1 for s in truth_evs.values() if len(s) > 1)
    print(f"{n:>9,} records: link {wall:7.1f} s ({n / wall:,.0f} records/s; generation {gen:.1f} s), "
          f"{linker.comparisons / n:.2f} comparisons/record, peak RSS {peak_rss_mb():,.0f} MB")
    print(f"{'':>9}  {len(linker.events):,} events from {len(truth_evs):,} true events: "
          f"{over:,} over-merged ({over / len(ev_truths):.1%}), {split:,} split ({split / len(truth_evs):.1%})")
    del cands, truth, assigned, linker, ev_truths, truth_evs
    gc.collect()
    return wall


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    args = ap.parse_args()
    times = {n: run(n) for n in args.sizes}
    lo, hi = min(times), max(times)
    if hi != lo:
        print(f"time ratio {hi:,} vs {lo:,} records: {times[hi] / times[lo]:.1f}x "
              f"for {hi / lo:.0f}x the records (near-linear means <= ~{1.2 * hi / lo:.0f}x)")


if __name__ == "__main__":
    main()
