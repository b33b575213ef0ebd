"""Access to the data files shipped in `rasd/data/`.

Lexicons and curated lists are TSV files whose first lines may be `#`
comments (provenance, licence, how the file was made), followed by a header
row.  Keeping them as data, not literals in code, is what lets a linguist or
analyst extend rasd without reading Python.
"""
from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib import resources
from pathlib import Path


def data_path(relative: str) -> Path:
    """Filesystem path of a packaged data file (the package is installed unzipped)."""
    return Path(str(resources.files("rasd").joinpath("data", relative)))


@lru_cache(maxsize=None)
def _read(relative: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    raw = data_path(relative).read_text(encoding="utf-8")
    lines = [ln for ln in raw.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    reader = csv.reader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = list(reader)
    if not rows:
        return (), ()
    header = tuple(h.strip() for h in rows[0])
    body = []
    for n, row in enumerate(rows[1:], start=2):
        if len(row) > len(header):
            raise ValueError(f"{relative}: data row {n} has {len(row)} fields, header has {len(header)}")
        body.append(tuple(c.strip() for c in row) + ("",) * (len(header) - len(row)))
    return header, tuple(body)


def read_tsv(relative: str) -> list[dict[str, str]]:
    """Rows of a packaged TSV file as dicts keyed by its header (missing cells are '')."""
    header, body = _read(relative)
    return [dict(zip(header, row)) for row in body]
