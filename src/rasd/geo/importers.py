"""Importers: extend the gazetteer offline from files a user already has.

* `import_geonames(SY.txt, alternate_names=alternateNamesV2.txt)` - a GeoNames
  country dump (19 tab-separated columns, no header) and, optionally, the
  alternate-names dump for Arabic names;
* `import_ocha(file.xlsx|csv)` - an OCHA/HDX populated-places or COD table:
  columns admin1..4 Name_en/_ar/Pcode and latitude/longitude, in any order
  and any case (HXL hashtag rows are skipped);
* `import_csv(file, name_col=..., lat_col=...)` - any table, columns named.

Imported entries are written to the user gazetteer (see
`rasd.geo.gazetteer.user_gazetteer_path`), merged by id with what is already
there, atomically: a failed import leaves the old file as it was.  Rows that
cannot be used are counted and reported with the reason, never silently lost.
"""
from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from rasd.geo.entry import Entry, LEVEL_RANK, haversine_km, read_entries, write_entries
from rasd.geo.names import ascii_name, is_arabic

#: GeoNames feature codes (other than class P) that name a site rasd reports on
GEONAMES_SITE_KINDS = {
    "AIRB": "airport", "AIRF": "airport", "AIRP": "airport", "AIRH": "airport",
    "DAM": "dam", "DAMSB": "dam", "OILF": "oil field", "GASF": "gas field", "OILW": "oil field",
    "CMP": "camp", "CMPRF": "camp", "CMPMN": "camp", "PSTB": "crossing", "PSTC": "crossing",
    "MILB": "base", "INSM": "base", "PRN": "prison", "PPLX": "neighbourhood",
}
GEONAMES_COLUMNS = ("geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude",
                    "feature_class", "feature_code", "country_code", "cc2", "admin1", "admin2",
                    "admin3", "admin4", "population", "elevation", "dem", "timezone", "modified")


class ImportError_(ValueError):
    """The file is not in the format the importer reads (with what was expected)."""


@dataclass
class ImportReport:
    added: int = 0
    replaced: int = 0
    skipped: Counter = field(default_factory=Counter)
    path: Path | None = None

    def skip(self, reason: str) -> None:
        self.skipped[reason] += 1

    def summary(self) -> str:
        s = f"{self.added} new, {self.replaced} updated entries in {self.path}"
        if self.skipped:
            s += "; skipped: " + ", ".join(f"{n} {r}" for r, n in self.skipped.most_common())
        return s


# --------------------------------------------------------------------------- merging into the user file

def merge_into_user(new: list[Entry], path: Path, report: ImportReport, base: dict[str, Entry] | None = None) -> ImportReport:
    """Write `new` into the user gazetteer at `path`, replacing entries with the same id.

    Names an entry already had (in the user file or the packaged gazetteer)
    are kept as variants, so an import never loses a spelling.
    """
    old = {e.id: e for e in read_entries(path, str(path))} if path.exists() else {}
    base = base or {}
    for e in new:
        prev = old.get(e.id) or base.get(e.id)
        if prev is not None:
            names = [n for n in prev.all_names_ar() if n not in e.all_names_ar()]
            e.names_ar = tuple(dict.fromkeys([*e.names_ar, *names]))
            en = [n for n in prev.all_names_en() if n not in e.all_names_en()]
            e.names_en = tuple(dict.fromkeys([*e.names_en, *en]))
            for attr in ("admin1", "admin2", "admin3", "parent", "kind"):
                if not getattr(e, attr) and getattr(prev, attr):
                    setattr(e, attr, getattr(prev, attr))
            if e.id in old:
                report.replaced += 1
            else:
                report.added += 1
        else:
            report.added += 1
        old[e.id] = e
    write_entries(path, old.values(), [
        "rasd user gazetteer: entries imported with `rasd gazetteer import`; layered over the packaged one.",
        "Each row's `source`/`ref` says which file it came from.",
    ])
    report.path = path
    return report


class AdminPlacer:
    """Put an imported point in the admin hierarchy of the packaged gazetteer (nearest sub-district)."""

    def __init__(self, entries: Iterable[Entry]):
        self.by_country: dict[str, list[Entry]] = {}
        for e in entries:
            if e.level in ("admin3", "admin2", "admin1") and e.has_point:
                self.by_country.setdefault(e.country, []).append(e)

    def place(self, e: Entry) -> None:
        if e.admin1 or not e.has_point:
            return
        pool = self.by_country.get(e.country, [])
        for level in ("admin3", "admin2", "admin1"):
            units = [u for u in pool if u.level == level]
            if units:
                u = min(units, key=lambda u: haversine_km(e.lat, e.lon, u.lat, u.lon))
                e.admin1 = u.admin1 or (u.id if level == "admin1" else "")
                e.admin2 = u.admin2 or (u.id if level == "admin2" else "")
                e.admin3 = u.admin3 or (u.id if level == "admin3" else "")
                return


def _float(s: str | None) -> float | None:
    s = (s or "").strip().replace(",", ".")
    if not s:
        return None
    try:
        v = float(s)
    except ValueError:
        return None
    return v


def _valid_point(lat: float | None, lon: float | None) -> bool:
    return lat is not None and lon is not None and -90 <= lat <= 90 and -180 <= lon <= 180 and (lat, lon) != (0.0, 0.0)


# --------------------------------------------------------------------------- GeoNames

def read_geonames_alternates(path: Path, wanted: set[str]) -> dict[str, list[str]]:
    """Arabic alternate names per geonameid from alternateNamesV2.txt (or the older alternateNames.txt)."""
    out: dict[str, list[str]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 4:
                continue
            gid, lang, name = parts[1], parts[2], parts[3]
            if gid not in wanted:
                continue
            historic = len(parts) > 7 and parts[7] == "1"
            if (lang == "ar" or (not lang and is_arabic(name))) and not historic:
                out.setdefault(gid, []).append(name)
    return out


def parse_geonames(path: Path, report: ImportReport, alternates: Path | None = None,
                   keep_latin: bool = False) -> list[Entry]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            parts = line.rstrip("\n").split("\t")
            if len(parts) != len(GEONAMES_COLUMNS):
                if n == 1:
                    raise ImportError_(f"{path}: not a GeoNames dump (line 1 has {len(parts)} tab-separated "
                                       f"columns, expected {len(GEONAMES_COLUMNS)}: {', '.join(GEONAMES_COLUMNS)})")
                report.skip(f"line with {len(parts)} columns")
                continue
            rows.append(dict(zip(GEONAMES_COLUMNS, parts)))
    alt = read_geonames_alternates(alternates, {r["geonameid"] for r in rows}) if alternates else {}
    out = []
    for r in rows:
        fclass, fcode = r["feature_class"], r["feature_code"]
        if fclass == "P":
            level, kind = ("neighbourhood", "") if fcode == "PPLX" else ("town", "")
        elif fcode in GEONAMES_SITE_KINDS:
            level, kind = "site", GEONAMES_SITE_KINDS[fcode]
        else:
            report.skip(f"feature {fclass}.{fcode} not a place rasd codes")
            continue
        lat, lon = _float(r["latitude"]), _float(r["longitude"])
        if not _valid_point(lat, lon):
            report.skip("no valid coordinates")
            continue
        names_ar = [a for a in r["alternatenames"].split(",") if a and is_arabic(a)]
        names_ar += alt.get(r["geonameid"], [])
        names_ar = list(dict.fromkeys(names_ar))
        if not names_ar and not keep_latin:
            report.skip("no Arabic name")
            continue
        latin = [a for a in r["alternatenames"].split(",") if a.isascii() and a[:1].isalpha()]
        pop = int(r["population"]) if r["population"].isdigit() and int(r["population"]) > 0 else None
        out.append(Entry(
            id=f"gn:{r['geonameid']}", level=level, kind=kind, country=r["country_code"],
            name_en=r["asciiname"] or ascii_name(r["name"]), name_ar=names_ar[0] if names_ar else "",
            names_ar=tuple(names_ar[1:]), names_en=tuple(dict.fromkeys(latin[:12])),
            lat=lat, lon=lon, coord="exact", population=pop, source="geonames",
            ref=f"https://www.geonames.org/{r['geonameid']}", note=f"imported from {path.name}; {fclass}.{fcode}",
        ))
    return out


# --------------------------------------------------------------------------- OCHA / HDX tables

_ADMIN_COL = re.compile(r"^adm(?:in)?(\d)_?(name_?(?:en|ar)|pcode|ref_?name)$")
_LAT = ("latitude", "lat", "latitude_y", "y", "lat_y", "point_y")
_LON = ("longitude", "lon", "long", "lng", "longitude_x", "x", "lon_x", "point_x")
_LOC_NAME = re.compile(r"^(?:location|community|village|town|neighbo(?:u)?rhood|place)_?name_?(en|ar)$")
_LOC_PCODE = re.compile(r"^(?:location|community|village|town|neighbo(?:u)?rhood|place)_?pcode$")


def _norm_col(c: str) -> str:
    return re.sub(r"[^a-z0-9_]", "", re.sub(r"[\s\-]+", "_", (c or "").strip().lower()))


def read_table(path: Path, sheet: str | None = None) -> tuple[list[str], list[list[str]]]:
    """Header and rows of a CSV/TSV or an .xlsx sheet (cells as strings)."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        try:
            import openpyxl
        except ImportError as exc:  # pragma: no cover - openpyxl is a dependency
            raise ImportError_("reading .xlsx needs openpyxl (pip install openpyxl)") from exc
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        ws = wb[sheet] if sheet else wb.worksheets[0]
        rows = [["" if v is None else str(v) for v in row] for row in ws.iter_rows(values_only=True)]
        wb.close()
    else:
        raw = path.read_text(encoding="utf-8-sig")
        try:
            dialect = csv.Sniffer().sniff(raw[:4096], delimiters=",\t;")
        except csv.Error:
            dialect = csv.excel
        rows = [r for r in csv.reader(io.StringIO(raw), dialect)]
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        raise ImportError_(f"{path}: empty table")
    header = rows[0]
    body = [r for r in rows[1:] if not (r and r[0].strip().startswith("#"))]  # HXL tag row
    return header, body


def parse_ocha(path: Path, report: ImportReport, country: str | None = None, sheet: str | None = None) -> list[Entry]:
    header, body = read_table(path, sheet)
    cols = {_norm_col(h): i for i, h in enumerate(header)}
    admin: dict[int, dict[str, int]] = {}
    for c, i in cols.items():
        m = _ADMIN_COL.match(c)
        if m:
            key = m.group(2).replace("_", "")
            admin.setdefault(int(m.group(1)), {})[{"nameen": "en", "namear": "ar", "pcode": "pcode",
                                                   "refname": "ref"}[key]] = i
    loc = {m.group(1): i for c, i in cols.items() if (m := _LOC_NAME.match(c))}
    loc_pc = next((i for c, i in cols.items() if _LOC_PCODE.match(c)), None)
    lat_i = next((cols[c] for c in _LAT if c in cols), None)
    lon_i = next((cols[c] for c in _LON if c in cols), None)
    levels = sorted(admin)
    if not levels and not loc:
        raise ImportError_(f"{path}: no OCHA name columns (admin1Name_en/_ar ... admin4Pcode, or "
                           f"location name columns); columns are: {', '.join(header)}")
    deepest = max(levels) if levels else 0
    # the place a row describes: a location column if present, else the deepest admin level
    if loc:
        name_cols, pc_col, level = loc, loc_pc, "village"
    else:
        d = admin[deepest]
        name_cols = {k: d[k] for k in ("en", "ar") if k in d}
        pc_col = d.get("pcode")
        level = {1: "admin1", 2: "admin2", 3: "admin3"}.get(deepest, "village")

    def cell(row: list[str], i: int | None) -> str:
        return row[i].strip() if i is not None and i < len(row) and row[i] else ""

    out = []
    for row in body:
        ar, en = cell(row, name_cols.get("ar")), cell(row, name_cols.get("en"))
        pc = cell(row, pc_col)
        if not ar and not en:
            report.skip("row without a name")
            continue
        lat, lon = _float(cell(row, lat_i)), _float(cell(row, lon_i))
        if not _valid_point(lat, lon):
            lat = lon = None
            if level == "village":
                report.skip("community without valid coordinates")
                continue
        chain = {n: cell(row, admin.get(n, {}).get("pcode")) for n in (1, 2, 3)}
        cc = country or _country_from_pcode(chain.get(1, "")) or _country_from_pcode(pc)
        if not cc:
            report.skip("country unknown (no P-code prefix and no --country)")
            continue
        eid = pc if (pc and level != "village") else (f"ocha:{pc}" if pc else f"ocha:{cc}:{ascii_name(en or ar)}:{lat}:{lon}")
        out.append(Entry(
            id=eid, level=level, country=cc, name_en=en, name_ar=ar,
            names_ar=tuple(x for x in (cell(row, admin.get(deepest, {}).get("ref")),) if x and is_arabic(x)),
            lat=lat, lon=lon, coord="exact" if lat is not None and level == "village" else ("centroid" if lat is not None else ""),
            admin1=chain[1] if level != "admin1" else pc, admin2=chain[2] if level not in ("admin1",) else "",
            admin3=chain[3] if level in ("admin3", "village") else "", pcode=pc, source="ocha-import",
            ref=f"{path.name}", note=f"imported from {path.name}",
        ))
        if level == "admin2":
            out[-1].admin2 = pc
        if level == "admin3":
            out[-1].admin3 = pc
    return out


def _country_from_pcode(pc: str) -> str:
    m = re.match(r"^([A-Z]{2})", pc or "")
    return m.group(1) if m else ""


# --------------------------------------------------------------------------- any CSV

def parse_csv(path: Path, report: ImportReport, name_col: str, lat_col: str | None = None,
              lon_col: str | None = None, name_en_col: str | None = None, alt_col: str | None = None,
              id_col: str | None = None, level: str = "village", country: str = "SY",
              kind: str = "", parent: str = "", sheet: str | None = None) -> list[Entry]:
    if level not in LEVEL_RANK:
        raise ImportError_(f"--level {level!r}: choose one of {', '.join(LEVEL_RANK)}")
    header, body = read_table(path, sheet)
    idx = {h.strip(): i for i, h in enumerate(header)}
    for label, col in (("--name-col", name_col), ("--lat-col", lat_col), ("--lon-col", lon_col),
                       ("--name-en-col", name_en_col), ("--alt-names-col", alt_col), ("--id-col", id_col)):
        if col and col not in idx:
            raise ImportError_(f"{label} {col!r} is not a column of {path.name}; columns: {', '.join(header)}")
    if bool(lat_col) != bool(lon_col):
        raise ImportError_("give both --lat-col and --lon-col, or neither")

    def cell(row: list[str], col: str | None) -> str:
        i = idx.get(col) if col else None
        return row[i].strip() if i is not None and i < len(row) and row[i] else ""

    out = []
    for n, row in enumerate(body, start=2):
        name = cell(row, name_col)
        if not name:
            report.skip("row without a name")
            continue
        lat, lon = _float(cell(row, lat_col)), _float(cell(row, lon_col))
        if lat_col and not _valid_point(lat, lon):
            report.skip("invalid coordinates")
            continue
        en = cell(row, name_en_col)
        ar, en = (name, en) if is_arabic(name) else ("", en or name)
        alts = [a.strip() for a in cell(row, alt_col).split("|") if a.strip()]
        rid = cell(row, id_col) or f"{ascii_name(en or ar)}:{lat}:{lon}"
        out.append(Entry(
            id=f"csv:{path.stem}:{rid}", level=level, kind=kind, country=country, name_en=en, name_ar=ar,
            names_ar=tuple(a for a in alts if is_arabic(a)), names_en=tuple(a for a in alts if not is_arabic(a)),
            lat=lat, lon=lon, coord="exact" if lat is not None else "", parent=parent,
            source="csv-import", ref=path.name, note=f"imported from {path.name} row {n}",
        ))
    return out


