"""rasd (رصد): Arabic conflict reporting in, structured, geocoded, evidence-linked events out.

    >>> import rasd
    >>> records = rasd.extract(text, published="2017-06-20")

Each record is a `rasd.model.Record` (one event, one place, one day) whose
`evidence` spans quote the original text exactly.
"""
from rasd.extract.pipeline import extract
from rasd.model import Document, Event, Record, Span
from rasd.store.frame import read_events

__all__ = ["extract", "Document", "Event", "Record", "Span", "read_events"]
__version__ = "0.1.0"
