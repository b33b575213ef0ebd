"""Gazetteer coverage on a gold set's places (MEASUREMENT ONLY: prints counts, never names).

For every gold event with a location: is any of its Arabic names known to the
gazetteer (`lookup`), and, for events whose gold place has coordinates, does
`resolve` -- given only that name and the document text as context -- land within
5 km of the gold point?  Nothing from the gold set is written anywhere.

Run: .venv/bin/python bench/geocode_coverage.py ../shared/eval/dev
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from rasd.geo import GeoContext, get_gazetteer
from rasd.geo.entry import haversine_km
from rasd.geo.names import is_arabic
from rasd.model import PlaceMention
from rasd.text.normalize import normalize, normalize_key


def main(gold_dir: str) -> None:
    gold = Path(gold_dir)
    gaz = get_gazetteer()
    c = Counter()
    for line in open(gold / "gold.jsonl", encoding="utf-8"):
        doc = json.loads(line)
        path = gold / "docs" / f"{doc['doc_id']}.txt"
        text = normalize(path.read_text(encoding="utf-8")).text if path.exists() else ""
        for ev in doc["events"]:
            loc = ev.get("location") or {}
            ar = [n for n in loc.get("names", []) if is_arabic(n)]
            if not ar:
                continue
            c["events with an Arabic place name"] += 1
            known = [n for n in ar if gaz.lookup(normalize_key(n))]
            c["name known to the gazetteer"] += bool(known)
            if loc.get("lat") is None:
                continue
            c["events with gold coordinates"] += 1
            name = known[0] if known else ar[0]
            (r,) = gaz.resolve([PlaceMention(name=normalize_key(name), text=name, start=0, end=0)], GeoContext(text=text))
            if r.latitude is not None:
                d = haversine_km(r.latitude, r.longitude, loc["lat"], loc["lon"])
                c["resolved within 5 km"] += d <= 5
                c["resolved, but farther than 5 km"] += d > 5
            else:
                c["resolved without a point"] += 1
    for k, v in c.items():
        print(f"{k:40s} {v}")
    if c["events with gold coordinates"]:
        print(f"{'share within 5 km':40s} {c['resolved within 5 km'] / c['events with gold coordinates']:.3f}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/eval/dev")
