"""Writers that turn `Record`s into files analysts' tools read.

`write_records(records, fmt, stream)` dispatches on the format name; each
format lives in its own module and registers its writer in `FORMATS`.
"""
from __future__ import annotations

from typing import Callable, Iterable, TextIO

from rasd.model import Record
from rasd.export.jsonl import write_jsonl
from rasd.export.acled import write_acled_csv
from rasd.export.geojson import write_geojson
from rasd.export.parquet import write_parquet
from rasd.export.ucdp import write_ucdp_csv

Writer = Callable[[Iterable[Record], TextIO], int]

#: format name -> writer(records, text stream) returning the number written
FORMATS: dict[str, Writer] = {
    "jsonl": write_jsonl,
    "acled-csv": write_acled_csv,
    "ucdp-csv": write_ucdp_csv,
    "geojson": write_geojson,
    "parquet": write_parquet,
}


def write_records(records: Iterable[Record], fmt: str, stream: TextIO) -> int:
    try:
        writer = FORMATS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}") from None
    return writer(records, stream)
