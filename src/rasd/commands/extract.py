"""`rasd extract`: print the event records of reports, in one of the export formats."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from rasd.export import FORMATS, write_records
from rasd.extract.pipeline import SkipDocument, default_extractor
from rasd.ingest import ReadProblem, parse_date, read_documents
from rasd.ingest.readers import DEFAULT_MAX_CHARS

err = Console(stderr=True, highlight=False)


def extract_cmd(
    files: list[str] = typer.Argument(..., help="report files (.txt, .jsonl, ...), directories, or - for stdin"),
    fmt: str = typer.Option("jsonl", "--format", "-f", help=f"output format: {', '.join(FORMATS)}"),
    published: Optional[str] = typer.Option(None, "--published", help="publication date YYYY-MM-DD for reports that carry none"),
    max_chars: int = typer.Option(DEFAULT_MAX_CHARS, "--max-chars", help="refuse documents longer than this"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="write here instead of stdout"),
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
    extractor = default_extractor()
    n_docs = n_failed = 0

    def records():
        nonlocal n_docs, n_failed
        for item in read_documents(files, published=pub, max_chars=max_chars):
            if isinstance(item, ReadProblem):
                level = "[red]error:[/]" if item.fatal else "[yellow]warning:[/]"
                err.print(f"{level} {item}")
                n_failed += item.fatal
                continue
            n_docs += 1
            try:
                yield from extractor.extract(item)
            except SkipDocument as e:
                err.print(f"[yellow]skipped:[/] {item.source or item.id}: {e}")

    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    try:
        write_records(records(), fmt, out)
    finally:
        if output:
            out.close()
    if n_docs == 0:
        err.print("[red]error:[/] no document could be read")
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_cmd)
