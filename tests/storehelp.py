"""Helpers the store tests share: building Records the way an extractor would shape them."""
from __future__ import annotations

from rasd.model import EVENT_TYPE_OF, Document, Record, Span
from rasd.scale import ExtractResult


def make_record(doc_id: str, n: int = 0, text: str | None = None, **kw) -> Record:
    """A Record as the extractor would yield for one event of document `doc_id`.

    `text` is the report; the evidence span then quotes its first sentence exactly.
    """
    sub = kw.pop("sub_event_type", "Air/drone strike")
    evidence = []
    if text:
        end = text.find("،") if "،" in text else len(text)
        evidence = [Span(0, end, text[:end])]
    base = dict(event_id=f"{doc_id}-{n}", doc_id=doc_id, event_type=EVENT_TYPE_OF[sub],
                sub_event_type=sub, geo_precision=1, time_precision=1, confidence=0.8,
                evidence=evidence, country="Syria", iso=760)
    base.update(kw)
    return Record(**base)


def result(doc_id: str, text: str, records: list[Record], published=None, source=None) -> ExtractResult:
    return ExtractResult(Document(id=doc_id, text=text, published=published, source=source or f"{doc_id}.txt"),
                         records)
