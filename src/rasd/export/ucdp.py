"""UCDP GED-shaped CSV: the 49 columns of the Georeferenced Event Dataset, in GED's order.

Columns as in GED 23.1-25.1 (codebook: https://ucdp.uu.se/downloads/ged/ged251.pdf).
How rasd's records map to GED:

- `type_of_violence` from the ACLED actor types of the two sides
  (`data/export/acled_actor_types.tsv`): civilians as the target (actor2 is
  Civilians, or civilian targeting) -> 3 one-sided violence; a state or
  external state force on either side -> 1 state-based; two organised
  non-state groups (rebels, militias) -> 2 non-state.  Anything else
  (protests, riots, strategic developments without violence) is outside
  GED's scope and gets an empty type_of_violence, so
  `df[df.type_of_violence.notna()]` selects what GED would cover.
- sides: `side_a` is the government side when there is one (GED's
  convention), `side_b` the other; one-sided violence has side_b "Civilians".
- deaths: rasd does not know which side died, so `best` goes to
  `deaths_civilians` for one-sided violence and to `deaths_unknown` otherwise;
  `low`/`high` are the record's range (for a merged event: UCDP-style combination).
- `where_prec` 1/2/4 from geo precision 1/2/3 (exact place / within 25 km /
  first-order admin); `date_prec` 1 day, 2 within 6 days, 3 a week, 4 a month, 5 longer.
- `event_clarity` 1 when both day and place are exact, else 2.
- UCDP's own ids (conflict, dyad, side) and `active_year` cannot be derived
  from a report and are left empty; `relid` carries rasd's event id and `id`
  is the row number of this file.
"""
from __future__ import annotations

import csv
import math
from datetime import date
from typing import Iterable, TextIO

from rasd.export.codes import country_info, inter_code
from rasd.model import Record

UCDP_COLUMNS: tuple[str, ...] = (
    "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id",
    "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id",
    "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id", "side_b", "number_of_sources",
    "source_article", "source_office", "source_date", "source_headline", "source_original",
    "where_prec", "where_coordinates", "where_description", "adm_1", "adm_2", "latitude", "longitude",
    "geom_wkt", "priogrid_gid", "country", "country_id", "region", "event_clarity", "date_prec",
    "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best",
    "high", "low", "gwnoa", "gwnob",
)

_STATE = {1, 8}
_ORGANISED = {1, 2, 3, 4, 8}


def type_of_violence(rec: Record) -> int | None:
    """GED's 1 state-based / 2 non-state / 3 one-sided, or None outside GED's scope."""
    i1, i2 = inter_code(rec.actor1), inter_code(rec.actor2)
    violent = rec.event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians")
    if not violent:
        return None
    if i2 == 7 or (rec.civilian_targeting and i2 in (None, 7)):
        return 3 if i1 in _ORGANISED or i1 is None else None
    if i1 in _STATE or i2 in _STATE:
        return 1
    if i1 in _ORGANISED and i2 in _ORGANISED:
        return 2
    if rec.event_type == "Violence against civilians":
        return 3
    return None


def priogrid_gid(lat: float | None, lon: float | None) -> int | None:
    """PRIO-GRID cell id (0.5 degree cells numbered from (-90, -180), row-major)."""
    if lat is None or lon is None:
        return None
    row = int(math.floor((lat + 90) / 0.5)) + 1
    col = int(math.floor((lon + 180) / 0.5)) + 1
    return (row - 1) * 720 + col


def _date_prec(rec: Record) -> int:
    try:
        a = date.fromisoformat(str(rec.date_start or rec.event_date)[:10])
        b = date.fromisoformat(str(rec.date_end or rec.event_date)[:10])
        days = (b - a).days
    except (TypeError, ValueError):
        days = None
    if not days:  # no range given: the record's precision says how vague the day is
        return {1: 1, 2: 3, 3: 4}.get(rec.time_precision, 5)
    return 2 if days <= 6 else 3 if days <= 7 else 4 if days <= 31 else 5


def _b(v):
    return "" if v is None else v


def ucdp_row(rec: Record, n: int) -> list:
    tov = type_of_violence(rec)
    c = country_info(rec.country, rec.iso)
    a, b = rec.actor1, rec.actor2
    ia, ib = inter_code(a), inter_code(b)
    if tov == 1 and ia not in _STATE and ib in _STATE:  # GED puts the government on side A
        a, b, ia, ib = b, a, ib, ia
    if tov == 3:
        b = "Civilians"
    gw = c.get("gwno", "")
    best, low, high = rec.fatalities, rec.fatalities_low, rec.fatalities_high
    if best is not None:
        low = best if low is None else low
        high = best if high is None else high
    start = rec.date_start or rec.event_date
    end = rec.date_end or rec.event_date
    year = str(start)[:4] if start else ""
    n_src = getattr(rec, "n_sources", 1)
    sources = getattr(rec, "sources", None) or ([rec.source] if rec.source else [])
    urls = getattr(rec, "urls", None) or ([rec.url] if rec.url else [])
    article = "; ".join(x for x in (", ".join(sources), rec.published or "", ", ".join(urls)) if x)
    wkt = "" if rec.latitude is None else f"POINT ({rec.longitude} {rec.latitude})"
    where = ", ".join(x for x in (rec.location, rec.admin2, rec.admin1) if x)
    return [
        n, rec.event_id, year, "", "", _b(tov), "", "", "", "", "", "", "", "", _b(a), "", "", _b(b),
        n_src, article, "; ".join(sources), _b(rec.published), "", "; ".join(sources),
        {1: 1, 2: 2}.get(rec.geo_precision, 4), where, _b(rec.location_text), _b(rec.admin1),
        _b(rec.admin2), _b(rec.latitude), _b(rec.longitude), wkt,
        _b(priogrid_gid(rec.latitude, rec.longitude)), _b(rec.country), gw, c.get("ucdp_region", ""),
        1 if rec.time_precision == 1 and rec.geo_precision == 1 else 2, _date_prec(rec),
        _b(start), _b(end), "", "",
        _b(best) if tov == 3 else "", _b(best) if tov != 3 else "",
        _b(best), _b(high), _b(low),
        gw if ia == 1 and gw else "", gw if ib == 1 and gw and tov == 1 else "",
    ]


def write_ucdp_csv(records: Iterable[Record], stream: TextIO) -> int:
    w = csv.writer(stream, lineterminator="\n")
    w.writerow(UCDP_COLUMNS)
    n = 0
    for rec in records:
        n += 1
        w.writerow(ucdp_row(rec, n))
    return n
