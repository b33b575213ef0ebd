"""`rasd watch`: keep extracting from folders and feeds as new reports arrive."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Optional

import typer

from rasd.commands import options
from rich.console import Console

from rasd.ingest import ReadOptions, ReadProblem, Skipped, parse_date
from rasd.ingest.watch import CycleReport, JsonlSink, WatchState, Watcher, parse_duration

err = Console(stderr=True, highlight=False, soft_wrap=True)


def watch_cmd(
    targets: list[str] = typer.Argument(..., help="folders, report/feed files, feed URLs, or a text file listing feed URLs one a line"),
    every: str = typer.Option("15m", "--every", help="how often to look: 30s, 15m, 1h ..."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="JSON Lines file the new records are appended to"),
    db: Optional[str] = typer.Option(None, "--db", help="ingest into this store instead (SQLite path/URL or PostgreSQL URL)"),
    state: Optional[Path] = typer.Option(None, "--state", help="what has been seen (default: OUT.seen.db)"),
    once: bool = typer.Option(False, "--once", help="look once and exit"),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="worker processes on this machine"),
    dask: Optional[str] = options.DASK,
    published: Optional[str] = options.PUBLISHED,
    max_chars: int = options.MAX_CHARS,
    text_column: Optional[str] = options.TEXT_COLUMN,
    date_column: Optional[str] = options.DATE_COLUMN,
) -> None:
    """Extract new reports from folders and feeds every so often, into a JSONL file or a store."""
    try:
        seconds = parse_duration(every)
        pub = parse_date(published)
    except ValueError as e:
        err.print(f"[red]error:[/] {e}")
        raise typer.Exit(2)
    opts = ReadOptions(published=pub, max_chars=max_chars, text_column=text_column, date_column=date_column,
                       require_arabic=True)
    if (out is None) == (db is None):
        err.print("[red]error:[/] give exactly one of --out FILE.jsonl or --db STORE")
        raise typer.Exit(2)
    if db is not None:
        from rasd.store.db import resolve_url
        from rasd.store.ingest import StoreSink

        where = db
        url = resolve_url(db)
        # beside a SQLite store; in the working directory for a server
        default_state = Path(url.split("///", 1)[1] + ".seen.db") if url.startswith("sqlite") \
            else Path("rasd-watch.seen.db")
        seen = WatchState(state or default_state)
        sink = StoreSink(db)
    else:
        where = str(out)
        seen = WatchState(state or out.with_name(out.name + ".seen.db"))
        sink = JsonlSink(out)

    def problem(p: ReadProblem) -> None:
        level = "[yellow]skipped:[/]" if isinstance(p, Skipped) else \
            "[red]error:[/]" if p.fatal else "[yellow]warning:[/]"
        err.print(f"{level} {p}")

    def summary(r: CycleReport) -> None:
        err.print(f"{datetime.now():%Y-%m-%d %H:%M:%S} {r.new_documents} new document(s), {r.records} record(s) "
                  f"-> {where}; {r.already_seen} seen before, {r.unchanged_sources} source(s) unchanged, "
                  f"{r.skipped} skipped, {r.errors} error(s)")

    try:
        watcher = Watcher(targets, seen, sink, opts, workers=workers, dask=dask, on_problem=problem)
    except (OSError, TimeoutError, ValueError) as e:
        err.print(f"[red]error:[/] cannot use the Dask cluster {dask!r}: {e}")
        sink.close()
        seen.close()
        raise typer.Exit(2)
    try:
        watcher.run(seconds, once=once, on_cycle=summary)
    except KeyboardInterrupt:
        err.print("stopped")
    finally:
        watcher.close()
        sink.close()
        seen.close()


def register(app: typer.Typer) -> None:
    app.command("watch")(watch_cmd)
