"""Single-process and multi-process (one machine) extraction."""
from __future__ import annotations

import multiprocessing as mp
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from rasd.model import Document, Record


@dataclass(slots=True)
class ExtractResult:
    """The outcome for one document: its records, or why it was skipped/failed."""

    doc: Document
    records: list[Record] = field(default_factory=list)
    skipped: str | None = None   # readable but not extracted (e.g. not Arabic)
    error: str | None = None     # the extractor failed on it (a bug: reported, run goes on)


def extract_one(doc: Document) -> ExtractResult:
    from rasd.extract.pipeline import SkipDocument, default_extractor

    try:
        return ExtractResult(doc, default_extractor().extract(doc))
    except SkipDocument as e:
        return ExtractResult(doc, skipped=str(e))
    except Exception as e:  # noqa: BLE001 - one document must not stop a run
        return ExtractResult(doc, error=f"{type(e).__name__}: {e}")


def extract_stream(docs: Iterable[Document], workers: int = 1,
                   chunksize: int = 16) -> Iterator[ExtractResult]:
    """Extract every document, in input order, using `workers` processes."""
    if workers <= 1:
        for doc in docs:
            yield extract_one(doc)
        return
    ctx = mp.get_context("spawn" if mp.get_start_method(allow_none=True) == "spawn" else "fork")
    with ctx.Pool(workers) as pool:
        yield from pool.imap(extract_one, docs, chunksize=chunksize)
