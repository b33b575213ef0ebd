"""One gazetteer entry and the TSV file format that stores many of them.

The packaged gazetteer (`data/gazetteer/gazetteer.tsv`) and a user's imported
gazetteer use the same format, so the build script, the importers and the
loader share one reader and one writer.  TSV rather than a binary database:
a data change shows up as a readable diff in review, and Python reads the
~10,000 packaged rows in a few tens of milliseconds.
"""
from __future__ import annotations

import csv
import io
import math
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

#: Levels from the largest to the smallest; `rank` orders them for defaults.  A `region` is a
#: named area that is no admin unit ("الغوطة الشرقية", Eastern Ghouta): reports place events in it
#: as they would in a governorate, so a record on it gets the precision of a region (3).
LEVELS: tuple[str, ...] = (
    "country", "admin1", "admin2", "admin3", "region", "town", "village", "neighbourhood", "site",
)
LEVEL_RANK = {lvl: i for i, lvl in enumerate(LEVELS)}
#: the levels of a settlement, a town or a village: gazetteers disagree which of the two a place is, so
#: rules that ask "is it a populated place" ask for either
SETTLEMENT_LEVELS = frozenset({"town", "village"})

#: How an entry's coordinates were obtained; decides the best geo_precision it may get.
#:   exact       a source prints this place's own point (GeoNames, Wikipedia infobox, import)
#:   centroid    an administrative unit's centroid (OpenSyria / geoBoundaries / OCHA)
#:   seat        an admin unit without a centroid placed on its seat town (named in `note`)
#:   capital     a country, or an admin1 unit no page printed a point for, placed on its capital
#:               (ACLED convention for country- and province-level events)
#:   inherited   a neighbourhood or site without its own point takes its parent's
#:   approximate placed from general knowledge or a coarse source: never precision 1
COORD_KINDS = ("exact", "centroid", "seat", "capital", "inherited", "approximate")

#: the source of the rows the project curated by hand, each with the page it read (`curated/*.tsv`)
CURATED_SOURCE = "rasd-curated"


def joined_note(source: str, ref: str) -> str:
    """The note the build leaves on an entry another source's row joined (`build._merge_into`).

    The kept entry keeps its id and point; the note is how a reader learns that a second source,
    a curated row with its page for one, vouches for the same place (`Entry.curated`)."""
    return f"also {source}: {ref}"


COLUMNS: tuple[str, ...] = (
    "id", "level", "kind", "country", "name_en", "name_ar", "names_ar", "names_en",
    "lat", "lon", "coord", "population", "admin1", "admin2", "admin3", "parent",
    "pcode", "source", "ref", "note",
)


@dataclass(slots=True)
class Entry:
    """A place: names, level, point (if known) and where it sits in the admin hierarchy.

    `admin1/2/3` and `parent` are ids of other entries, so English admin names
    always come from one place (the OCHA rows) and never drift apart.
    """

    id: str
    level: str
    country: str
    name_en: str = ""
    name_ar: str = ""
    names_ar: tuple[str, ...] = ()
    names_en: tuple[str, ...] = ()
    lat: float | None = None
    lon: float | None = None
    coord: str = ""
    kind: str = ""
    population: int | None = None
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    parent: str = ""
    pcode: str = ""
    source: str = ""
    ref: str = ""
    note: str = ""
    # filled by the loader: "packaged" or the path of the user gazetteer
    origin: str = field(default="packaged", compare=False)

    @property
    def curated(self) -> bool:
        """The project curated this place, with its page: its own row, or one that joined a GeoNames town.

        (Reports' places abroad are trusted only when curated: `Extractor._covered`.)"""
        return self.source == CURATED_SOURCE or joined_note(CURATED_SOURCE, "") in self.note

    @property
    def has_point(self) -> bool:
        return self.lat is not None and self.lon is not None

    def all_names_ar(self) -> list[str]:
        return [n for n in (self.name_ar, *self.names_ar) if n]

    def all_names_en(self) -> list[str]:
        return [n for n in (self.name_en, *self.names_en) if n]

    def to_row(self) -> dict[str, str]:
        def num(v: float | None) -> str:
            return "" if v is None else f"{v:.5f}".rstrip("0").rstrip(".")

        return {
            "id": self.id, "level": self.level, "kind": self.kind, "country": self.country,
            "name_en": self.name_en, "name_ar": self.name_ar,
            "names_ar": "|".join(self.names_ar), "names_en": "|".join(self.names_en),
            "lat": num(self.lat), "lon": num(self.lon), "coord": self.coord,
            "population": "" if self.population is None else str(self.population),
            "admin1": self.admin1, "admin2": self.admin2, "admin3": self.admin3,
            "parent": self.parent, "pcode": self.pcode, "source": self.source,
            "ref": self.ref, "note": self.note,
        }

    @classmethod
    def from_row(cls, row: dict[str, str], origin: str = "packaged") -> Entry:
        def fnum(s: str | None) -> float | None:
            s = (s or "").strip()
            return float(s) if s else None

        pop = (row.get("population") or "").strip()
        return cls(
            id=row["id"], level=row["level"], country=row.get("country", ""),
            kind=row.get("kind", ""),
            name_en=row.get("name_en", ""), name_ar=row.get("name_ar", ""),
            names_ar=tuple(n for n in (row.get("names_ar") or "").split("|") if n),
            names_en=tuple(n for n in (row.get("names_en") or "").split("|") if n),
            lat=fnum(row.get("lat")), lon=fnum(row.get("lon")), coord=row.get("coord", ""),
            population=int(float(pop)) if pop else None,
            admin1=row.get("admin1", ""), admin2=row.get("admin2", ""), admin3=row.get("admin3", ""),
            parent=row.get("parent", ""), pcode=row.get("pcode", ""),
            source=row.get("source", ""), ref=row.get("ref", ""), note=row.get("note", ""),
            origin=origin,
        )


def _clean(s: str) -> str:
    # a tab or newline inside a cell would break the TSV; names never need them
    return " ".join(s.replace("\t", " ").split()) if ("\t" in s or "\n" in s or "\r" in s) else s


class GazetteerFormatError(ValueError):
    """A gazetteer TSV that cannot be read (wrong header, bad number, unknown level)."""


def read_entries(path: Path, origin: str = "packaged") -> list[Entry]:
    """All entries of a gazetteer TSV (lines starting with # are provenance comments)."""
    with open(path, encoding="utf-8", newline="") as fh:
        text = fh.read()
    lines = [ln for ln in text.split("\n") if ln and not ln.startswith("#")]
    if not lines:
        return []
    reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE)
    missing = {"id", "level"} - set(reader.fieldnames or ())
    if missing:
        raise GazetteerFormatError(f"{path}: not a gazetteer file (no column {', '.join(sorted(missing))})")
    out = []
    for n, row in enumerate(reader, start=2):
        try:
            e = Entry.from_row(row, origin)
        except (ValueError, KeyError) as exc:
            raise GazetteerFormatError(f"{path}: row {n}: {exc}") from exc
        if e.level not in LEVEL_RANK:
            raise GazetteerFormatError(f"{path}: row {n}: unknown level {e.level!r}")
        out.append(e)
    return out


def write_entries(path: Path, entries: Iterable[Entry], header_comments: Iterable[str] = ()) -> int:
    """Write entries atomically (temp file + rename): a failed write never loses the old file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.StringIO()
    for c in header_comments:
        buf.write(f"# {c}\n")
    w = csv.DictWriter(buf, fieldnames=COLUMNS, delimiter="\t", quoting=csv.QUOTE_NONE,
                       lineterminator="\n", escapechar=None)
    w.writeheader()
    n = 0
    for e in entries:
        w.writerow({k: _clean(v) for k, v in e.to_row().items()})
        n += 1
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(buf.getvalue())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return n


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (spherical earth; plenty for 5-km decisions)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


