"""The extraction pipeline: one `Document` in, its event `Record`s out.

normalise -> segment -> find mentions -> assemble records -> geocode -> finish.
Each step is a function of plain data; `Extractor` only holds what is costly
to build once per process (the compiled lexicons and the gazetteer).
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache

from rasd.model import Document, Record
from rasd.text.script import arabic_share, MIN_ARABIC_SHARE


class SkipDocument(Exception):
    """The document is readable but not something rasd extracts from (with the reason)."""


class Extractor:
    """Holds compiled lexicons and the gazetteer; `extract(doc)` is thread-safe and pure."""

    def __init__(self) -> None:
        pass

    def extract(self, doc: Document) -> list[Record]:
        share = arabic_share(doc.text)
        if share < MIN_ARABIC_SHARE:
            raise SkipDocument(f"not Arabic ({share:.0%} of letters are Arabic script)")
        return []


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    return Extractor()


def extract(text: str, published: date | str | None = None, doc_id: str = "doc") -> list[Record]:
    """Extract event records from one Arabic report (the library's front door)."""
    from rasd.ingest import parse_date

    pub = parse_date(published) if isinstance(published, str) else published
    return default_extractor().extract(Document(id=doc_id, text=text, published=pub))
