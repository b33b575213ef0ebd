"""ACLED-shaped CSV: ACLED's column names, in ACLED's order, one row per event.

Columns as in ACLED's data exports and codebook (2023):
https://acleddata.com/knowledge-base/codebook/ .  What rasd cannot know is
left empty (source_scale), and ACLED's own conventions are followed where
they differ from rasd's: `fatalities` is 0 when no number is reported,
`civilian_targeting` is the text "Civilian targeting" or empty, inter codes
and interaction come from `data/export/acled_actor_types.tsv`.
"""
from __future__ import annotations

import csv
import time
from typing import Iterable, TextIO

from rasd.export.codes import country_info, disorder_type, inter_code, interaction
from rasd.export.notes import english_summary
from rasd.model import Record

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)


def _blank(v):
    return "" if v is None else v


def acled_row(rec: Record, timestamp: int) -> list:
    """One ACLED CSV row (values in ACLED_COLUMNS order) for a record or merged event."""
    c = country_info(rec.country, rec.iso)
    i1, i2 = inter_code(rec.actor1), inter_code(rec.actor2)
    iso3 = c.get("iso3") or ""
    year = str(rec.event_date)[:4] if rec.event_date else ""
    return [
        f"{iso3}-{rec.event_id}" if iso3 else rec.event_id,
        _blank(rec.event_date), year, rec.time_precision, disorder_type(rec.sub_event_type),
        rec.event_type, rec.sub_event_type,
        _blank(rec.actor1), _blank(rec.assoc_actor_1), _blank(i1),
        _blank(rec.actor2), _blank(rec.assoc_actor_2), _blank(i2), _blank(interaction(i1, i2)),
        "Civilian targeting" if rec.civilian_targeting else "",
        _blank(rec.iso if rec.iso is not None else (int(c["iso"]) if c else None)),
        c.get("acled_region", ""), _blank(rec.country),
        _blank(rec.admin1), _blank(rec.admin2), _blank(rec.admin3), _blank(rec.location),
        "" if rec.latitude is None else f"{rec.latitude:.4f}",
        "" if rec.longitude is None else f"{rec.longitude:.4f}",
        rec.geo_precision, _blank(rec.source), "", english_summary(rec),
        rec.fatalities if rec.fatalities is not None else 0, "", timestamp,
    ]


def write_acled_csv(records: Iterable[Record], stream: TextIO) -> int:
    w = csv.writer(stream, lineterminator="\n")
    w.writerow(ACLED_COLUMNS)
    ts = int(time.time())
    n = 0
    for rec in records:
        w.writerow(acled_row(rec, ts))
        n += 1
    return n
