"""Spreadsheets and record files: CSV, TSV, JSON Lines, JSON arrays and Parquet.

Monitors keep reports in tables exported from Excel, Google Sheets, Kobo or
a scraper, each with its own column names; `--text-column`, `--date-column`
(and id/url/title) say which column is which, and sensible names are found
without being told.  Rows are streamed: a million-row file is not loaded.
Excel on Arabic Windows writes Windows-1256 and semicolons; Google Sheets
writes UTF-8 with a BOM; both are detected.
"""
from __future__ import annotations

import csv
import io
import json
import sys
from dataclasses import dataclass
from typing import IO, Any, Iterable, Iterator

from rasd.ingest.base import ReadOptions, ReadProblem, Source, doc_id_for, parse_date
from rasd.ingest.encoding import SAMPLE_BYTES, detect_encoding
from rasd.model import Document

#: the column names tried, in order, for each role when the user names none
DEFAULT_COLUMNS: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body"),
    "published": ("published", "date"),
    "id": ("id", "doc_id"),
    "url": ("url", "link"),
    "title": ("title", "headline"),
    "source": ("source",),
}

#: the option that names each role, for messages
_FLAG = {"text": "--text-column", "published": "--date-column", "id": "--id-column",
         "url": "--url-column", "title": "--title-column"}

#: delimiters a CSV may use; the one most frequent in the header line wins
_DELIMITERS = (",", ";", "\t", "|")

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # a report is one (long) field


@dataclass(slots=True)
class Columns:
    """Which column plays which role (None: the table has no such column)."""

    text: str
    published: str | None = None
    id: str | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None


def _explicit(opts: ReadOptions) -> dict[str, str | None]:
    return {"text": opts.text_column, "published": opts.date_column, "id": opts.id_column,
            "url": opts.url_column, "title": opts.title_column, "source": None}


def resolve_columns(names: Iterable[str], opts: ReadOptions) -> Columns | str:
    """Map roles to the table's columns, or say (as a string) why the table cannot be read."""
    names = [n for n in names if isinstance(n, str)]
    lookup = {n.strip().lstrip("\ufeff").lower(): n for n in names}
    shown = ", ".join(repr(n) for n in names[:20]) or "none"
    chosen: dict[str, str | None] = {}
    for role, wanted in _explicit(opts).items():
        if wanted:
            col = lookup.get(wanted.strip().lower())
            if col is None:
                return f"no column {wanted!r} ({_FLAG[role]}); the columns are: {shown}"
            chosen[role] = col
        else:
            chosen[role] = next((lookup[c] for c in DEFAULT_COLUMNS[role] if c in lookup), None)
    if chosen["text"] is None:
        tried = "/".join(DEFAULT_COLUMNS["text"])
        return f"no text column (looked for {tried}); the columns are: {shown}; name it with --text-column"
    return Columns(**chosen)  # type: ignore[arg-type]


def row_document(row: dict[str, Any], cols: Columns, where: str, opts: ReadOptions,
                 source: str) -> Iterator[Document | ReadProblem]:
    """One table row -> a Document (or why not); the row's own date wins over --published."""
    text = row.get(cols.text)
    if text is None or (isinstance(text, str) and not text.strip()):
        yield ReadProblem(where, f"empty text in column {cols.text!r}")
        return
    if not isinstance(text, str):
        yield ReadProblem(where, f"column {cols.text!r} holds {type(text).__name__}, not text")
        return
    published = opts.published
    raw_date = row.get(cols.published) if cols.published else None
    if raw_date not in (None, ""):
        try:
            published = parse_date(raw_date)
        except ValueError as e:
            yield ReadProblem(where, f"ignoring date in column {cols.published!r}: {e}", fatal=False)

    def cell(col: str | None) -> str | None:
        value = row.get(col) if col else None
        return str(value).strip() or None if value not in (None, "") else None

    yield Document(id=cell(cols.id) or doc_id_for(text, ""), text=text, published=published,
                   title=cell(cols.title), url=cell(cols.url), source=cell(cols.source) or source,
                   meta={"where": where})


def _open_text(src: Source) -> tuple[IO[str] | None, ReadProblem | None]:
    """The source as a text stream in its detected encoding (a warning if it needed guessing)."""
    try:
        with src.open() as f:
            sample = f.read(SAMPLE_BYTES)
        found = detect_encoding(sample, complete=len(sample) < SAMPLE_BYTES)
        if found.encoding is None:
            return None, ReadProblem(src.name, found.note or "cannot decode")
        stream = io.TextIOWrapper(src.open(), encoding=found.encoding, errors="replace", newline="")
    except OSError as e:
        return None, ReadProblem(src.name, f"cannot read: {e.strerror or e}")
    return stream, ReadProblem(src.name, found.note, fatal=False) if found.note else None


def read_csv(src: Source, opts: ReadOptions) -> Iterator[Document | ReadProblem]:
    stream, problem = _open_text(src)
    if problem:
        yield problem
    if stream is None:
        return
    with stream:
        header_line = stream.readline()
        if not header_line.strip():
            yield ReadProblem(src.name, "empty table (no header line)")
            return
        delimiter = "\t" if src.suffix in (".tsv", ".tab") else \
            max(_DELIMITERS, key=header_line.count) if any(d in header_line for d in _DELIMITERS) else ","
        header = next(csv.reader([header_line], delimiter=delimiter))
        cols = resolve_columns(header, opts)
        if isinstance(cols, str):
            yield ReadProblem(src.name, cols)
            return
        reader = csv.reader(stream, delimiter=delimiter)
        before = 1  # physical lines read so far (the header); rows may span lines
        try:
            for fields in reader:
                where = f"{src.name}:{before + 1}"
                before = reader.line_num + 1
                if not any(f.strip() for f in fields):
                    continue
                if len(fields) < len(header) and header.index(cols.text) >= len(fields):
                    yield ReadProblem(where, f"row has {len(fields)} fields, the header {len(header)}")
                    continue
                yield from row_document(dict(zip(header, fields)), cols, where, opts, src.name)
        except csv.Error as e:
            yield ReadProblem(f"{src.name}:{before + 1}", f"malformed CSV ({e}); rest of the file not read")


def _jsonl_rows(lines: Iterable[str], where: str, opts: ReadOptions,
                source: str) -> Iterator[Document | ReadProblem]:
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        loc = f"{where}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield ReadProblem(loc, f"malformed JSON ({e.msg} at column {e.colno})")
            continue
        yield from _json_object(obj, loc, opts, source)


def _json_object(obj: Any, loc: str, opts: ReadOptions, source: str) -> Iterator[Document | ReadProblem]:
    if not isinstance(obj, dict):
        yield ReadProblem(loc, "a JSON record must be an object with a text field")
        return
    cols = resolve_columns(obj.keys(), opts)
    if isinstance(cols, str):
        yield ReadProblem(loc, cols)
        return
    yield from row_document(obj, cols, loc, opts, source)


def read_jsonl_stream(lines: Iterable[str], where: str, opts: ReadOptions) -> Iterator[Document | ReadProblem]:
    """One JSON object per line: {"id", "text", "published"?, "url"?, "title"?, "source"?}."""
    yield from _jsonl_rows(lines, where, opts, where)


def read_jsonl(src: Source, opts: ReadOptions) -> Iterator[Document | ReadProblem]:
    stream, problem = _open_text(src)
    if problem:
        yield problem
    if stream is None:
        return
    with stream:
        yield from _jsonl_rows(stream, src.name, opts, src.name)


def read_json(src: Source, opts: ReadOptions) -> Iterator[Document | ReadProblem]:
    """A JSON array of objects (an API dump), one object, or JSON Lines misnamed .json."""
    stream, problem = _open_text(src)
    if problem:
        yield problem
    if stream is None:
        return
    with stream:
        text = stream.read()
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        if e.msg == "Extra data":  # several objects, one a line: JSON Lines
            yield from _jsonl_rows(text.splitlines(), src.name, opts, src.name)
        else:
            yield ReadProblem(src.name, f"malformed JSON ({e.msg} at line {e.lineno}, column {e.colno})")
        return
    rows = data if isinstance(data, list) else [data]
    for n, obj in enumerate(rows, start=1):
        yield from _json_object(obj, f"{src.name}[{n}]", opts, src.name)


def read_parquet(src: Source, opts: ReadOptions) -> Iterator[Document | ReadProblem]:
    import pyarrow.parquet as pq

    try:
        f = src.open()
        if not f.seekable():  # a gzip stream; Parquet needs to seek to its footer
            f = io.BytesIO(f.read())
        pf = pq.ParquetFile(f)
    except Exception as e:  # noqa: BLE001 - pyarrow raises its own error types
        yield ReadProblem(src.name, f"not a readable Parquet file ({e})")
        return
    cols = resolve_columns(pf.schema_arrow.names, opts)
    if isinstance(cols, str):
        yield ReadProblem(src.name, cols)
        return
    wanted = [c for c in (cols.text, cols.published, cols.id, cols.url, cols.title, cols.source) if c]
    n = 0
    try:
        for batch in pf.iter_batches(batch_size=512, columns=wanted):
            for row in batch.to_pylist():
                n += 1
                yield from row_document(row, cols, f"{src.name}:row {n}", opts, src.name)
    except Exception as e:  # noqa: BLE001
        yield ReadProblem(src.name, f"Parquet file is damaged after row {n} ({e})")
    finally:
        f.close()
