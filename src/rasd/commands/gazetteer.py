"""`rasd gazetteer ...`: build, import into, query and count the gazetteer."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

out = Console(highlight=False)
err = Console(stderr=True, highlight=False, soft_wrap=True)   # one message, one line: grep-able, and never broken by the width of a path

app = typer.Typer(help="Build, import into, look up and count the gazetteer.", no_args_is_help=True)
import_app = typer.Typer(help="Import places from GeoNames, OCHA/HDX or any CSV into the user gazetteer.",
                         no_args_is_help=True)
app.add_typer(import_app, name="import")

GAZ_OPT = typer.Option(None, "--gazetteer", "-g",
                       help="user gazetteer file (default: $RASD_GAZETTEER or ~/.local/share/rasd/gazetteer.tsv)")


def _user_path(path: Optional[Path]) -> Path:
    from rasd.geo.gazetteer import user_gazetteer_path

    return Path(path) if path else user_gazetteer_path()


def _load(path: Optional[Path]):
    from rasd.geo.gazetteer import Gazetteer

    p = _user_path(path)
    return Gazetteer.load([p] if p.exists() else [])


@app.command("build")
def build_cmd(check: bool = typer.Option(False, "--check", help="rebuild into a temporary file and fail if it differs from the packaged one")) -> None:
    """Rebuild the packaged gazetteer from data/gazetteer/sources and curated files."""
    import tempfile

    from rasd.geo.build import OUT_FILE, SOURCES_FILE, build

    if check:
        with tempfile.TemporaryDirectory() as tmp:
            rep = build(out=Path(tmp) / "g.tsv", sources_out=Path(tmp) / "s.tsv")
            same = (Path(tmp) / "g.tsv").read_bytes() == OUT_FILE.read_bytes()
        if not same:
            err.print("[red]the packaged gazetteer.tsv differs from a rebuild: run `rasd gazetteer build`[/]")
            raise typer.Exit(1)
        out.print(f"packaged gazetteer is up to date ({sum(rep.counts.values())} entries)")
        return
    rep = build()
    for w in rep.warnings:
        err.print(f"[yellow]warning:[/] {w}")
    out.print(f"wrote {OUT_FILE} ({sum(rep.counts.values())} entries, {rep.merged} duplicate rows merged, {rep.joined} unnamed GeoNames towns named by curated rows) and {SOURCES_FILE}")


def _finish(rep, new, path: Path) -> None:
    from rasd.geo import reset_gazetteer
    from rasd.geo.entry import read_entries
    from rasd.geo.gazetteer import PACKAGED
    from rasd.geo.importers import AdminPlacer, merge_into_user

    packaged = read_entries(PACKAGED)
    placer = AdminPlacer(packaged)
    for e in new:
        placer.place(e)
    merge_into_user(new, path, rep, base={e.id: e for e in packaged})
    reset_gazetteer()
    out.print(rep.summary())


def _guard(fn):
    from rasd.geo.entry import GazetteerFormatError
    from rasd.geo.importers import ImportError_

    try:
        return fn()
    except (ImportError_, GazetteerFormatError, FileNotFoundError, UnicodeDecodeError) as e:
        err.print(f"[red]error:[/] {e}")
        raise typer.Exit(2)


@import_app.command("geonames")
def import_geonames(
    file: Path = typer.Argument(..., help="GeoNames country dump, e.g. SY.txt"),
    alternate_names: Optional[Path] = typer.Option(None, "--alternate-names", help="alternateNamesV2.txt (or a country's alternate names file) for Arabic names"),
    keep_latin: bool = typer.Option(False, "--keep-latin", help="also keep places that have no Arabic name"),
    gazetteer: Optional[Path] = GAZ_OPT,
) -> None:
    """Import populated places and sites from a GeoNames dump."""
    from rasd.geo.importers import ImportReport, parse_geonames

    rep = ImportReport()
    new = _guard(lambda: parse_geonames(file, rep, alternate_names, keep_latin))
    _finish(rep, new, _user_path(gazetteer))


@import_app.command("ocha")
def import_ocha(
    file: Path = typer.Argument(..., help="OCHA/HDX populated places or COD table (.xlsx or .csv)"),
    country: Optional[str] = typer.Option(None, "--country", help="ISO alpha-2, when the P-codes do not start with it"),
    sheet: Optional[str] = typer.Option(None, "--sheet", help="xlsx sheet name (default: the first)"),
    gazetteer: Optional[Path] = GAZ_OPT,
) -> None:
    """Import an OCHA table (admin1-4 Name_en/_ar, Pcode, latitude/longitude in any order)."""
    from rasd.geo.importers import ImportReport, parse_ocha

    rep = ImportReport()
    new = _guard(lambda: parse_ocha(file, rep, country=country.upper() if country else None, sheet=sheet))
    _finish(rep, new, _user_path(gazetteer))


@import_app.command("csv")
def import_csv(
    file: Path = typer.Argument(..., help="CSV/TSV/xlsx with a header row"),
    name_col: str = typer.Option(..., "--name-col", help="column with the place name (Arabic or English)"),
    lat_col: Optional[str] = typer.Option(None, "--lat-col"),
    lon_col: Optional[str] = typer.Option(None, "--lon-col"),
    name_en_col: Optional[str] = typer.Option(None, "--name-en-col"),
    alt_names_col: Optional[str] = typer.Option(None, "--alt-names-col", help="variants joined with |"),
    id_col: Optional[str] = typer.Option(None, "--id-col", help="stable id column (re-imports update rows)"),
    level: str = typer.Option("village", "--level", help="country, admin1-3, town, village, neighbourhood, site"),
    country: str = typer.Option("SY", "--country", help="ISO alpha-2 of every row"),
    kind: str = typer.Option("", "--kind", help="site kind, e.g. 'oil field', 'airport', 'camp'"),
    parent: str = typer.Option("", "--parent", help="gazetteer id of the containing place (e.g. a city for neighbourhoods)"),
    gazetteer: Optional[Path] = GAZ_OPT,
) -> None:
    """Import any table of places, naming its columns."""
    from rasd.geo.importers import ImportReport, parse_csv

    rep = ImportReport()
    new = _guard(lambda: parse_csv(file, rep, name_col, lat_col, lon_col, name_en_col, alt_names_col, id_col,
                                   level, country.upper(), kind, parent))
    _finish(rep, new, _user_path(gazetteer))


@app.command("lookup")
def lookup_cmd(
    name: str = typer.Argument(..., help="a place name, Arabic or English"),
    context: Optional[str] = typer.Option(None, "--context", help="report text to disambiguate with"),
    kind: Optional[str] = typer.Option(None, "--kind", help="type-word hint: town, neighbourhood, oil field ..."),
    parent: Optional[str] = typer.Option(None, "--parent", help="containing place the report names"),
    country: Optional[str] = typer.Option(None, "--country", help="ISO alpha-2 hint"),
    limit: int = typer.Option(10, "-n", help="how many candidates to show"),
    gazetteer: Optional[Path] = GAZ_OPT,
) -> None:
    """Print the ranked candidates for NAME, with why each scored as it did."""
    from rasd.geo import GeoContext
    from rasd.geo.resolve import location_name, rank
    from rasd.model import PlaceMention
    from rasd.text.normalize import normalize, normalize_key

    gaz = _load(gazetteer)
    m = PlaceMention(name=normalize_key(name), text=name, start=0, end=0, kind=kind or _type_word_kind(name),
                     parent_name=normalize_key(parent) if parent else None)
    ctx = GeoContext(text=normalize(context).text if context else "", country_hint=country.upper() if country else None)
    readings = rank(gaz, m, ctx)
    if not readings:
        out.print(f"no gazetteer entry for {name!r}")
        raise typer.Exit(1)
    t = Table("#", "score", "location", "id", "level", "admin1", "lat, lon", "why")
    for i, r in enumerate(readings[:limit], 1):
        e = r.entry
        pt = f"{e.lat:.4f}, {e.lon:.4f}" if e.has_point else "-"
        t.add_row(str(i), f"{r.score:.2f}", location_name(gaz, e), e.id, e.level,
                  gaz.name_en(e.admin1) or "", pt, "; ".join(r.why))
    out.print(t)


def _type_word_kind(name: str) -> Optional[str]:
    """"محافظة مأرب" -> "governorate": the hint the extractor takes from a leading type word.

    Without it `lookup` would rank "محافظة مأرب" like "مأرب" (the town first), unlike
    the same words in a report.
    """
    from rasd.resources import read_tsv
    from rasd.text.normalize import normalize_key

    key = normalize_key(name)
    for r in read_tsv("lexicon/place_types.tsv"):
        word = normalize_key(r["pattern"])
        if r["role"] == "type" and key.startswith(word + " ") and len(key) > len(word) + 1:
            return r["kind"]
    return None


@app.command("stats")
def stats_cmd(gazetteer: Optional[Path] = GAZ_OPT) -> None:
    """Count entries per country and level (and how many have Arabic names and points)."""
    from rasd.geo.entry import LEVELS

    gaz = _load(gazetteer)
    rows: dict[str, dict[str, list[int]]] = {}
    for e in gaz.entries.values():
        c = rows.setdefault(e.country, {})
        n = c.setdefault(e.level, [0, 0, 0])
        n[0] += 1
        n[1] += bool(e.name_ar)
        n[2] += e.has_point
    t = Table("country", *LEVELS, "total", title="entries (with Arabic name / with point)")
    order = sorted(rows, key=lambda c: (-sum(v[0] for v in rows[c].values()), c))
    for cc in order:
        cells = []
        for lvl in LEVELS:
            v = rows[cc].get(lvl)
            cells.append(f"{v[0]} ({v[1]}/{v[2]})" if v else "")
        t.add_row(cc, *cells, str(sum(v[0] for v in rows[cc].values())))
    out.print(t)
    user = [e for e in gaz.entries.values() if e.origin != "packaged"]
    out.print(f"{len(gaz)} entries; {len(user)} from the user gazetteer")


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="gazetteer")
