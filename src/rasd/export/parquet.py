"""Apache Parquet via pyarrow: typed columns for pandas, R (arrow), DuckDB and Spark.

The schema is fixed from the record class (not guessed from the first rows),
so an all-null column still has its proper type; evidence is a list of
{start, end, text} structs.  Rows are written in row groups as they come.
Parquet is binary: the writer needs a binary stream (a file), not a terminal.
"""
from __future__ import annotations

import dataclasses
import io
import sys
import typing
from typing import BinaryIO, Iterable, TextIO

from rasd.export.notes import english_summary
from rasd.model import Record

ROW_GROUP = 10_000


def _arrow_type(annotation):
    import pyarrow as pa

    text = str(annotation)
    if "Span" in text:
        return pa.list_(pa.struct([("start", pa.int64()), ("end", pa.int64()), ("text", pa.string())]))
    if "list" in text:
        return pa.list_(pa.string())
    if "bool" in text:
        return pa.bool_()
    if "float" in text:
        return pa.float64()
    if "int" in text:
        return pa.int64()
    return pa.string()


def schema_for(cls: type) -> "pyarrow.Schema":
    """Arrow schema of a Record (sub)class: SPEC keys first, then extras, then notes."""
    import pyarrow as pa

    hints = typing.get_type_hints(cls)
    names = [f.name for f in dataclasses.fields(cls)]
    order = list(Record.to_dict(Record("", "", "", "")).keys())
    order += [n for n in names if n not in order]
    return pa.schema([(n, _arrow_type(hints.get(n, str))) for n in order if n in names])


def binary_sink(stream: TextIO | BinaryIO) -> BinaryIO:
    """The binary stream behind `stream`; refuse a terminal."""
    if isinstance(stream, (io.RawIOBase, io.BufferedIOBase)):
        return stream
    if stream is sys.stdout and sys.stdout.isatty():
        raise ValueError("parquet is a binary format: write it to a file with --output FILE.parquet")
    buf = getattr(stream, "buffer", None)
    if buf is None:
        raise ValueError("parquet needs a binary stream (open the file in 'wb' mode or pass --output)")
    stream.flush()
    return buf


def write_parquet(records: Iterable[Record], stream: TextIO | BinaryIO) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    sink = binary_sink(stream)
    it = iter(records)
    first = next(it, None)
    schema = schema_for(type(first) if first is not None else Record)
    n = 0
    with pq.ParquetWriter(sink, schema) as writer:
        rows = []
        for rec in ([first] if first is not None else []):
            rows.append(rec)
        for rec in it:
            rows.append(rec)
            if len(rows) >= ROW_GROUP:
                writer.write_table(_table(rows, schema))
                n += len(rows)
                rows = []
        if rows or n == 0:
            writer.write_table(_table(rows, schema))
            n += len(rows)
    sink.flush()
    return n


def _table(rows: list[Record], schema):
    import pyarrow as pa

    dicts = []
    for r in rows:
        d = r.to_dict()
        if not d.get("notes"):
            d["notes"] = english_summary(r)
        dicts.append(d)
    return pa.Table.from_pylist(dicts, schema=schema)
