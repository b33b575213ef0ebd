"""`rasd extract`: print the event records of reports, in one of the export formats."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from rasd.commands import options
from rasd.export import FORMATS, write_records
from rasd.ingest import ReadProblem, Skipped, parse_date, read_documents
from rasd.scale import extract_stream

err = Console(stderr=True, highlight=False, soft_wrap=True)  # one message, one line

#: skip messages printed one by one before only their count is kept (a web archive can
#: hold thousands of pages in other languages)
MAX_SKIP_LINES = 20


def extract_cmd(
    files: list[str] = typer.Argument(..., help="reports: .txt .jsonl .csv .tsv .parquet .html .rss .atom .warc files, directories, globs, .gz/.zip, feed URLs, or - for stdin"),
    fmt: str = typer.Option("jsonl", "--format", "-f", help=f"output format: {', '.join(FORMATS)}"),
    published: Optional[str] = options.PUBLISHED,
    max_chars: int = options.MAX_CHARS,
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="write here instead of stdout"),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="worker processes on this machine"),
    dask: Optional[str] = options.DASK,
    text_column: Optional[str] = options.TEXT_COLUMN,
    date_column: Optional[str] = options.DATE_COLUMN,
    id_column: Optional[str] = options.ID_COLUMN,
    url_column: Optional[str] = options.URL_COLUMN,
    title_column: Optional[str] = options.TITLE_COLUMN,
) -> None:
    """Extract event records from Arabic reports and print them."""
    if fmt not in FORMATS:
        err.print(f"[red]error:[/] unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        raise typer.Exit(2)
    try:
        pub = parse_date(published)
    except ValueError as e:
        err.print(f"[red]error:[/] --published: {e}")
        raise typer.Exit(2)
    n_docs = n_failed = n_skipped = 0
    cluster: list = []   # a Dask client shared by reading and extraction (one LocalCluster, not two)
    if dask:
        from rasd.scale.dask import connect

        try:
            client, cluster = connect(dask, workers)
        except (OSError, TimeoutError, ValueError) as e:
            err.print(f"[red]error:[/] cannot use the Dask cluster {dask!r}: {e}")
            raise typer.Exit(2)
        dask = client

    def documents():
        nonlocal n_docs, n_failed, n_skipped
        for item in read_documents(files, published=pub, max_chars=max_chars, text_column=text_column,
                                   date_column=date_column, id_column=id_column, url_column=url_column,
                                   title_column=title_column, require_arabic=True,
                                   workers=workers, dask=dask):
            if isinstance(item, Skipped):
                n_skipped += 1
                n_docs += item.kind == "not Arabic"   # read, just not extracted from
                if n_skipped <= MAX_SKIP_LINES:
                    err.print(f"[yellow]skipped:[/] {item}")
                continue
            if isinstance(item, ReadProblem):
                level = "[red]error:[/]" if item.fatal else "[yellow]warning:[/]"
                err.print(f"{level} {item}")
                n_failed += item.fatal
                continue
            n_docs += 1
            yield item

    def records():
        nonlocal n_skipped
        for res in extract_stream(documents(), workers=workers, dask=dask):
            where = res.doc.meta.get("where") or res.doc.source or res.doc.id
            if res.skipped:
                n_skipped += 1
                if n_skipped <= MAX_SKIP_LINES:
                    err.print(f"[yellow]skipped:[/] {where}: {res.skipped}")
            if res.error:
                err.print(f"[red]error:[/] {where}: extraction failed: {res.error}")
            yield from res.records

    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    try:
        write_records(records(), fmt, out)
    except (OSError, TimeoutError) as e:   # e.g. the Dask scheduler went away
        err.print(f"[red]error:[/] {e}")
        raise typer.Exit(1)
    finally:
        if output:
            out.close()
        for thing in cluster:
            thing.close()
    if n_skipped > MAX_SKIP_LINES or (n_skipped and n_failed):
        err.print(f"read {n_docs} document(s); {n_skipped} skipped, {n_failed} error(s)")
    if n_docs == 0:
        err.print("[red]error:[/] no document could be read")
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_cmd)
