"""GeoJSON FeatureCollection (RFC 7946) that QGIS and web maps open directly.

One Point feature per record or event, [longitude, latitude] in WGS84; every
record field is a property (lists stay JSON arrays) plus the English
`notes`.  A record without coordinates is kept with a null geometry (valid
GeoJSON; QGIS lists it in the attribute table) rather than silently dropped.
Written as a stream, so a large export never sits in memory.
"""
from __future__ import annotations

import json
from typing import Iterable, TextIO

from rasd.export.notes import english_summary
from rasd.model import Record


def feature(rec: Record) -> dict:
    props = rec.to_dict()
    props["notes"] = props.get("notes") or english_summary(rec)
    geom = None
    if rec.latitude is not None and rec.longitude is not None:
        geom = {"type": "Point", "coordinates": [float(rec.longitude), float(rec.latitude)]}
    return {"type": "Feature", "id": rec.event_id, "geometry": geom, "properties": props}


def write_geojson(records: Iterable[Record], stream: TextIO) -> int:
    stream.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for rec in records:
        if n:
            stream.write(",\n")
        stream.write(json.dumps(feature(rec), ensure_ascii=False))
        n += 1
    stream.write("\n]}\n")
    return n
