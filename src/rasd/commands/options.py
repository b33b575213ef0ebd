"""Command-line options several commands share (how reports are read), declared once so that
`rasd extract`, `rasd ingest` and `rasd watch` spell and explain them alike."""
from __future__ import annotations

import typer

from rasd.ingest.readers import DEFAULT_MAX_CHARS

PUBLISHED = typer.Option(None, "--published", help="publication date YYYY-MM-DD for reports that carry none")
MAX_CHARS = typer.Option(DEFAULT_MAX_CHARS, "--max-chars", help="refuse documents longer than this")
DASK = typer.Option(None, "--dask", help="run on a Dask cluster: 'local' or a scheduler address tcp://host:8786")
TEXT_COLUMN = typer.Option(None, "--text-column",
                           help="CSV/TSV/JSONL/Parquet column holding the report text (default: text, content or body)")
DATE_COLUMN = typer.Option(None, "--date-column", help="... its publication date (default: published or date)")
ID_COLUMN = typer.Option(None, "--id-column",
                         help="... a stable document id (default: id or doc_id; else a content hash)")
URL_COLUMN = typer.Option(None, "--url-column", help="... the report's URL (default: url or link)")
TITLE_COLUMN = typer.Option(None, "--title-column", help="... its title (default: title or headline)")
