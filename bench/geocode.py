"""Geocoder benchmark: gazetteer load time and memory, and lookups/s over 100,000 mentions.

Mentions are drawn (seeded) from the gazetteer's own Arabic names, with 10% given a
one-letter typo and 5% names it does not hold, and resolved five at a time with a
document context, the way the extractor calls `Gazetteer.resolve`.  Two figures:
"cold" = every distinct name seen for the first time (fuzzy lookups included),
"steady" = the full 100,000 with the per-process lookup cache warm, as in a long run.
Targets (issue 3): load < 0.5 s, > 50,000 lookups/s, < 150 MB.

Run: .venv/bin/python bench/geocode.py [--n 100000]
"""
from __future__ import annotations

import argparse
import random
import time


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    args = ap.parse_args()

    import rasd.geo.resolve  # noqa: F401  (import cost is not load cost)
    from rasd.geo import GeoContext
    from rasd.geo.gazetteer import Gazetteer
    from rasd.model import PlaceMention

    before = rss_mb()
    t0 = time.perf_counter()
    gaz = Gazetteer.load([])
    _ = gaz.matcher  # the name finder is part of what a process pays once
    load_s = time.perf_counter() - t0
    mem = rss_mb() - before
    print(f"gazetteer: {len(gaz)} entries; load + matcher build {load_s:.3f} s; memory +{mem:.1f} MB RSS "
          f"(process {rss_mb():.0f} MB)")

    rnd = random.Random(3)
    names = sorted({e.name_ar for e in gaz.entries.values() if e.name_ar})
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
    pool = []
    for _ in range(4000):
        n = rnd.choice(names)
        x = rnd.random()
        if x < 0.10 and len(n) > 5:
            i = rnd.randrange(1, len(n) - 1)
            n = n[:i] + rnd.choice(letters) + n[i + 1:]
        elif x < 0.15:
            n = "".join(rnd.choice(letters) for _ in range(rnd.randint(5, 9)))
        pool.append(n)
    kinds = [None, None, "town", "village", "neighbourhood", "city"]
    mentions = [PlaceMention(name=n, text=n, start=0, end=0, kind=rnd.choice(kinds)) for n in pool]

    def run(ms: list) -> float:
        t = time.perf_counter()
        for i in range(0, len(ms), 5):
            batch = ms[i:i + 5]
            ctx = GeoContext(text=" و ".join(m.name for m in batch))
            gaz.resolve(batch, ctx)
        return time.perf_counter() - t

    cold = run(mentions)
    print(f"cold: {len(mentions)} mentions ({len(set(pool))} distinct names) in {cold:.2f} s = "
          f"{len(mentions) / cold:,.0f} lookups/s")
    stream = [rnd.choice(mentions) for _ in range(args.n)]
    steady = run(stream)
    print(f"steady: {len(stream)} mentions in {steady:.2f} s = {len(stream) / steady:,.0f} lookups/s")
    print(f"memory after the run: process {rss_mb():.0f} MB RSS")


if __name__ == "__main__":
    main()
