"""The offline basemap's governorate layer, drawn from the packaged gazetteer.

The country outlines come from Natural Earth (vendored under
`static/vendor/world-atlas/`).  No governorate *polygons* ship with rasd, so
governorates are drawn honestly as what the gazetteer has: one labelled point
per admin-1 unit (OCHA / OpenSyria centroids, see the gazetteer's `source`
and `ref` columns), not as invented outlines.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from rasd.geo.entry import read_entries
from rasd.geo.gazetteer import PACKAGED


@lru_cache(maxsize=1)
def admin1_points() -> dict[str, Any]:
    """GeoJSON FeatureCollection of the packaged governorates (admin-1) with their sources."""
    feats = []
    for e in read_entries(PACKAGED, "packaged"):
        if e.level != "admin1" or e.lat is None or e.lon is None:
            continue
        feats.append({
            "type": "Feature", "id": e.id,
            "geometry": {"type": "Point", "coordinates": [e.lon, e.lat]},
            "properties": {"name": e.name_en, "name_ar": e.name_ar, "country": e.country,
                           "coord": e.coord, "source": e.source, "ref": e.ref},
        })
    return {"type": "FeatureCollection", "features": feats}
