"""Helpers shared by the extraction tests (the quality, lead and q-round files).

Each of those files used to carry its own copy of the same few lines: run `rasd.extract` on a
sentence, insist on exactly one record, index the records by place, keep those of one sub-event
type.  The copies drifted only in the default publication date, so the date stays in each file
(`one = one_at("2017-01-29")`) and the code lives here once.  These are plain functions, not
fixtures: a test reads as the sentence, the call, and what it asserts.

`conftest.py` registers this module for pytest's assertion rewriting, so an assert that fails in
here shows its values just as one written in the test would.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

import rasd


def extract(text: str, published: str | None = None) -> list[rasd.Record]:
    """The records of one report (`rasd.extract` gives a list; some tests compare it with `[]`)."""
    return rasd.extract(text, published=published)


def records_at(published: str | None) -> Callable[..., list[rasd.Record]]:
    """`extract` with the file's default publication date, still overridable per call."""
    def records(text: str, published: str | None = published) -> list[rasd.Record]:
        return rasd.extract(text, published=published)
    return records


def only(records: list[rasd.Record]) -> rasd.Record:
    """The single record of a list; fails naming what came out when there are none or several,
    so a sentence that splits or vanishes says how."""
    assert len(records) == 1, [(r.sub_event_type, r.location_text) for r in records]
    return records[0]


def one_at(published: str | None) -> Callable[..., rasd.Record]:
    """`one(text, published=...)`: the one record a sentence must give, with the file's default
    publication date (each round's sentences are dated to its own years)."""
    def one(text: str, published: str | None = published) -> rasd.Record:
        return only(rasd.extract(text, published=published))
    return one


def fields_at(published: str | None, *names: str) -> Callable[..., list[tuple]]:
    """A function giving, per record of a sentence, the tuple of the named fields: for tests that
    assert a whole list of (type, side, side, place) at once, so an extra or a missing record
    fails as well as a wrong field."""
    def fields(text: str, published: str | None = published) -> list[tuple]:
        return [tuple(getattr(r, name) for name in names)
                for r in rasd.extract(text, published=published)]
    return fields


def sorted_places_at(published: str | None) -> Callable[..., list[str]]:
    """The sorted place names (as written) of a sentence's records: order-free, but a place told
    twice still counts twice."""
    def places(text: str, published: str | None = published) -> list[str]:
        return sorted(r.location_text for r in rasd.extract(text, published=published))
    return places


def by_place(records: Iterable[rasd.Record]) -> dict[str, rasd.Record]:
    """The records indexed by place as written, to assert on one place's record."""
    return {r.location_text: r for r in records}


def of_sub(records: Iterable[rasd.Record], sub: str) -> list[rasd.Record]:
    """The records of one ACLED sub-event type, in the extractor's order."""
    return [r for r in records if r.sub_event_type == sub]


def first_of(records: Iterable[rasd.Record], sub: str) -> rasd.Record:
    """The first record of one sub-event type; fails (listing what there is) when there is none,
    so the test's own asserts never index an empty list."""
    records = list(records)
    found = of_sub(records, sub)
    assert found, [(r.sub_event_type, r.location_text) for r in records]
    return found[0]


def at(records: Iterable[rasd.Record], word: str) -> list[rasd.Record]:
    """The records whose place as written contains `word` (a record with no place has none)."""
    return [r for r in records if word in (r.location_text or "")]


def taken(records: Iterable[rasd.Record]) -> list[tuple[str, str]]:
    """(place, taker) of each territory-taking record: who took what."""
    return [(r.location_text, r.actor1) for r in records
            if r.sub_event_type == "Non-state actor overtakes territory"]
