"""`rasd ingest`, `rasd export`, `rasd explain`, `rasd db upgrade`: the store from the shell.

Thin: each command parses options, calls `rasd.store` and prints.  Progress
and summaries go to stderr so that stdout carries only data.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from rasd.commands import options
from rasd.export import FORMATS, write_records
from rasd.ingest import parse_date

err = Console(stderr=True, highlight=False, soft_wrap=True)   # one message, one line: grep-able, and never broken by the width of a path
out = Console(highlight=False)

DB_HELP = "database URL or SQLite file (default: $RASD_DB or ./rasd.db); e.g. postgresql+psycopg://user:pw@host/db"


def _fail(msg: str, code: int = 2) -> typer.Exit:
    err.print(f"[red]error:[/] {escape(msg)}")
    return typer.Exit(code)


def ingest_cmd(
    paths: list[str] = typer.Argument(..., help="report files, directories, or - for stdin"),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="extraction processes on this machine"),
    published: Optional[str] = options.PUBLISHED,
    max_chars: int = options.MAX_CHARS,
    batch: int = typer.Option(50, "--batch", min=1, help="documents per transaction"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="no progress bar"),
    dask: Optional[str] = options.DASK,
    text_column: Optional[str] = options.TEXT_COLUMN,
    date_column: Optional[str] = options.DATE_COLUMN,
    id_column: Optional[str] = options.ID_COLUMN,
    url_column: Optional[str] = options.URL_COLUMN,
    title_column: Optional[str] = options.TITLE_COLUMN,
) -> None:
    """Extract reports into the store; re-running skips what is stored and finishes the rest."""
    from sqlalchemy.exc import SQLAlchemyError

    from rasd.store import ingest_paths

    try:
        pub = parse_date(published)
    except ValueError as e:
        raise _fail(f"--published: {e}")
    start = time.perf_counter()
    progress = Progress(
        SpinnerColumn(), TextColumn("[bold]ingest[/]"),
        TextColumn("{task.fields[docs]} documents · {task.fields[rate]} docs/s · "
                   "{task.fields[events]} events ({task.fields[merged]} merged)"),
        TimeElapsedColumn(), console=err, transient=False, disable=quiet,
    )
    task = progress.add_task("ingest", docs=0, rate="0.0", events=0, merged=0)

    def on_progress(s) -> None:
        dt = max(time.perf_counter() - start, 1e-9)
        progress.update(task, docs=s.documents_seen, rate=f"{s.documents_seen / dt:.1f}",
                        events=s.events_new, merged=s.events_merged)

    try:
        with progress:
            summary = ingest_paths(paths, db=db, workers=workers, published=pub, max_chars=max_chars,
                                   batch_size=batch, progress=on_progress, dask=dask,
                                   text_column=text_column, date_column=date_column,
                                   id_column=id_column, url_column=url_column, title_column=title_column)
    except SQLAlchemyError as e:
        raise _fail(f"database: {e.__class__.__name__}: {str(e).splitlines()[0]}", 1)
    except ValueError as e:
        raise _fail(str(e), 1)
    for p in summary.problems[:50]:
        err.print(f"[yellow]warning:[/] {escape(p)}")
    if len(summary.problems) > 50:
        err.print(f"[yellow]... and {len(summary.problems) - 50} more problems[/]")
    dt = time.perf_counter() - start
    err.print(
        f"documents: {summary.documents_new} new, {summary.documents_skipped} skipped (already stored), "
        f"{summary.documents_not_extracted} not extracted, {summary.documents_failed} failed\n"
        f"records: {summary.records}; events: {summary.events_new} new, "
        f"{summary.events_merged} records merged into known events\n"
        f"{summary.documents_seen} documents in {dt:.1f} s ({summary.documents_seen / max(dt, 1e-9):.1f} docs/s)"
    )
    if summary.documents_seen == 0 or (summary.documents_failed and summary.documents_new == 0
                                       and summary.documents_skipped == 0):
        raise typer.Exit(1)


def export_cmd(
    fmt: str = typer.Option("jsonl", "--format", "-f", help=f"output format: {', '.join(FORMATS)}"),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    since: Optional[str] = typer.Option(None, "--since", help="events on or after YYYY-MM-DD"),
    until: Optional[str] = typer.Option(None, "--until", help="events on or before YYYY-MM-DD"),
    bbox: Optional[str] = typer.Option(None, "--bbox", help="min_lon,min_lat,max_lon,max_lat"),
    type_: Optional[str] = typer.Option(None, "--type", help="event type or sub-event type (exact ACLED spelling)"),
    actor: Optional[str] = typer.Option(None, "--actor", help="part of an actor name (case-insensitive)"),
    include_rejected: bool = typer.Option(False, "--include-rejected", help="also events a reviewer rejected"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="write here instead of stdout"),
) -> None:
    """Write the store's merged events in an analyst's format."""
    from rasd.store import EventFilter, iter_events, open_store

    if fmt not in FORMATS:
        raise _fail(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    try:
        flt = EventFilter.build(since=since, until=until, bbox=bbox, type=type_, actor=actor,
                                include_rejected=include_rejected)
    except ValueError as e:
        raise _fail(str(e))
    stream = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        with open_store(db) as store:
            n = write_records(iter_events(store, flt), fmt, stream)
    except ValueError as e:
        raise _fail(str(e))
    finally:
        if output:
            stream.close()
    err.print(f"{n} events written" + (f" to {output}" if output else ""))


def explain_cmd(
    event_id: str = typer.Argument(..., help="the event's id (as in exports: E...)"),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    as_json: bool = typer.Option(False, "--json", help="print the explanation as JSON"),
) -> None:
    """Show an event's sources, their evidence, and why they were merged."""
    from rasd.store import explain_event, open_store

    with open_store(db) as store:
        info = explain_event(store, event_id)
    if info is None:
        raise _fail(f"no event {event_id!r} in this store", 1)
    if as_json:
        print(json.dumps(info, ensure_ascii=False, indent=2, default=str))
        return
    ev = info["event"]
    out.print(f"[bold]{ev['uid']}[/] {escape('[' + ev['status'] + ']')} {ev['sub_event_type']} ({ev['event_type']})")
    out.print(f"  date {ev['event_date']} (range {ev['date_start']}..{ev['date_end']}, precision {ev['time_precision']})")
    out.print(f"  place {ev['location']} / {ev['admin1']}  ({ev['latitude']}, {ev['longitude']}), precision {ev['geo_precision']}")
    out.print(f"  actors {ev['actor1']} -> {ev['actor2']}")
    out.print(f"  fatalities best {ev['fatalities']} (low {ev['fatalities_low']}, high {ev['fatalities_high']}); "
              f"injured {ev['injured']}; sources {ev['n_sources']}")
    out.print(escape("  casualties combine UCDP-style: low = highest low, high = highest high, "
                     "best = largest stated best within [low, high]; never summed"))
    if ev.get("merged_into_uid"):
        out.print(f"  merged into {ev['merged_into_uid']}")
    if ev.get("overrides"):
        out.print(f"  reviewer edits: {ev['overrides']}")
    for i, s in enumerate(info["sources"], 1):
        r = s["record"]
        out.print(f"\n[bold]source {i}[/]: {escape(str(s['doc_id']))} {escape(s['source'] or '')} {escape(s['url'] or '')} "
                  f"(published {s['published']})")
        out.print(f"  record: {r['sub_event_type']} on {r['event_date']} at {r['location']} "
                  f"({escape(r['location_text'] or '')}); {r['actor1']} -> {r['actor2']}; "
                  f"killed {r['fatalities']} " + escape(f"[{r['fatalities_low']}..{r['fatalities_high']}]"))
        for e in s["evidence"]:
            out.print(f"  evidence [{e['start']}:{e['end']}]: « {escape(e['text'])} »")
        out.print(f"  linked by {s['linked_by']} at {s['linked_at']}:")
        for c in (s["reason"] or {}).get("checks", []):
            out.print(f"    - {escape(c)}")
    if info["reviews"]:
        t = Table("when", "who", "action", "comment", title="reviews")
        for rv in info["reviews"]:
            t.add_row(str(rv["created_at"]), rv["reviewer"], rv["action"], rv["comment"] or "")
        out.print(t)


db_app = typer.Typer(help="Database maintenance.", no_args_is_help=True)


@db_app.command("upgrade")
def db_upgrade_cmd(db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)) -> None:
    """Bring the database schema to the newest version (also done automatically on open)."""
    from rasd.store.db import make_engine, resolve_url, upgrade

    url = resolve_url(db)
    engine = make_engine(url)
    try:
        before, after = upgrade(engine)
    finally:
        engine.dispose()
    err.print(f"schema {before or 'empty'} -> {after}" if before != after else f"schema already at {after}")


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_cmd)
    app.command("export")(export_cmd)
    app.command("explain")(explain_cmd)
    app.add_typer(db_app, name="db")
