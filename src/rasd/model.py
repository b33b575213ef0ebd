"""The plain dataclasses that every pipeline stage passes to the next.

Stages never hand each other database rows, parser objects or dicts with
ad-hoc keys: a `Document` goes in, `Record`s come out, and everything in
between is a `Mention` or a `PlaceMention` with offsets.  That is what lets a
stage be tested alone, run in a worker process or a Dask task, or be swapped
for a different implementation (an ML extractor returns the same `Record`).

Offsets: `Mention` offsets point into the *normalised* text of a document
(see `rasd.text.normalize.OffsetText`); everything a user sees -- `Span`,
`PlaceMention.start/end`, `Record.evidence` -- points into the ORIGINAL text.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import date
from operator import attrgetter
from typing import Any


@dataclass(slots=True, unsafe_hash=True)
class Span:
    """A quoted piece of the original document: `text == doc.text[start:end]`.

    Treated as immutable (and hashable), but not declared frozen: a frozen dataclass sets each
    field through `object.__setattr__` (about 6 k instructions a span against 2 k), and a
    report makes some 35 (`OffsetText.span`). Do not assign to a span's fields.
    """

    start: int
    end: int
    text: str

    def __reduce__(self) -> tuple:
        # workers send records back pickled; a slots dataclass unpickles field by field
        # (through object.__setattr__ when it was frozen), which made evidence spans most of the parent's
        # unpickling time (bench/scale.py); positional arguments rebuild it in one call
        return (Span, (self.start, self.end, self.text))


@dataclass(slots=True)
class Document:
    """One report as it was collected; `text` is kept byte-for-byte (after decoding)."""

    id: str
    text: str
    published: date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Mention:
    """A lexicon hit in the normalised text.

    `kind` is the lexicon it came from (actor, trigger, weapon, target, place,
    killed, injured ...), `key` the canonical value (an actor's English name, a
    sub-event type, a weapon label), `attrs` whatever else the lexicon row says.
    """

    kind: str
    key: str
    start: int
    end: int
    surface: str
    attrs: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class PlaceMention:
    """A place as the report names it, before geocoding.

    `name` is the normalised core name used for lookup (no type word such as
    حي / بلدة, no clitics), `text` the words as written (the record's
    `location_text`), `start`/`end` their offsets in the ORIGINAL text.
    `kind` is the hint from the type word (neighbourhood, town, village, city,
    site, region, governorate ...), `qualifier` a spatial hedge (rural, near,
    outskirts, between) and `direction` the compass word of "ريف X الشرقي".
    (The extractor passes the fields by position: add a new field at the end, with a default.)
    """

    name: str
    text: str
    start: int
    end: int
    kind: str | None = None
    qualifier: str | None = None
    direction: str | None = None
    gazetteer_ids: tuple[str, ...] = ()
    parent_name: str | None = None
    #: ISO code of the country a nationality adjective after the name puts it in, when that is not
    #: the report's ("القنيطرة السورية" in a Lebanese report), else None
    country: str | None = None


@dataclass(slots=True)
class GeoResult:
    """What the geocoder decided for one `PlaceMention`, with its reasons.

    (The geocoder passes the fields by position, in this order, which is cheaper for a class
    than by keyword: add a new field at the end, with a default.)
    """

    location: str
    latitude: float | None = None
    longitude: float | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    country: str | None = None
    iso: int | None = None
    geo_precision: int = 3
    gazetteer_id: str | None = None
    score: float = 0.0
    why: str = ""
    runner_up: str | None = None


#: Keys of the output contract (shared/SPEC.md section 1), in the order they are printed.
SPEC_KEYS: tuple[str, ...] = (
    "event_id", "doc_id", "event_type", "sub_event_type",
    "actor1", "actor2", "actor1_text", "actor2_text",
    "location", "location_text", "admin1", "admin2", "admin3",
    "latitude", "longitude", "geo_precision",
    "event_date", "date_start", "date_end", "time_precision",
    "fatalities", "fatalities_low", "fatalities_high",
    "injured", "injured_low", "injured_high",
    "civilian_targeting", "weapons", "targets", "evidence", "confidence",
)


@dataclass(slots=True)
class Record:
    """One event at one place on one day (or date range), as ONE document tells it.

    This is the ACLED unit of coding and the line format of `rasd extract`.
    Records from several documents that tell the same event are merged by the
    store into one event with several sources; a `Record` never is.

    (The extractor passes the fields by position, in this order, which is cheaper for a class
    than by keyword: add a new field at the end, with a default.)
    """

    event_id: str
    doc_id: str
    event_type: str
    sub_event_type: str
    actor1: str | None = None
    actor2: str | None = None
    actor1_text: str | None = None
    actor2_text: str | None = None
    location: str | None = None
    location_text: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int = 3
    event_date: str | None = None
    date_start: str | None = None
    date_end: str | None = None
    time_precision: int = 3
    fatalities: int | None = None
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    injured: int | None = None
    injured_low: int | None = None
    injured_high: int | None = None
    civilian_targeting: bool = False
    weapons: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)
    confidence: float = 0.5
    # --- extras beyond the contract (welcome per SPEC) ---
    country: str | None = None
    iso: int | None = None
    assoc_actor_1: str | None = None
    assoc_actor_2: str | None = None
    gazetteer_id: str | None = None
    geo_runner_up: str | None = None
    geo_why: str | None = None
    trigger_text: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    notes: str | None = None
    background: bool = False

    def __reduce__(self) -> tuple:
        # positional values instead of a {field: value} state per record: a third
        # smaller on the wire from worker processes, and faster both ways
        return (Record, _record_values(self))

    def to_dict(self) -> dict[str, Any]:
        """The record as the JSON object of SPEC section 1 (contract keys first)."""
        raw = asdict(self)
        raw["evidence"] = [
            {"start": s.start, "end": s.end, "text": s.text} for s in self.evidence
        ]
        out = {k: raw.pop(k) for k in SPEC_KEYS}
        out.update(raw)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        """Rebuild a record from `to_dict()` output (unknown keys are ignored)."""
        known = {f for f in cls.__dataclass_fields__}
        kw = {k: v for k, v in data.items() if k in known}
        kw["evidence"] = [Span(e["start"], e["end"], e["text"]) for e in data.get("evidence") or []]
        kw["weapons"] = list(kw.get("weapons") or [])
        kw["targets"] = list(kw.get("targets") or [])
        return cls(**kw)


#: `rasd.extract` returns Records; SPEC and the issue tracker call them event records.
Event = Record

#: Record's fields in declaration order: the positional form it pickles to
RECORD_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Record))
_record_values = attrgetter(*RECORD_FIELDS)

#: ACLED event type of every sub-event type rasd can emit (ACLED codebook 2023).
EVENT_TYPE_OF: dict[str, str] = {
    "Armed clash": "Battles",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Air/drone strike": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Chemical weapon": "Explosions/Remote violence",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Sexual violence": "Violence against civilians",
    "Arrests": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
    "Agreement": "Strategic developments",
    "Change to group/activity": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Other": "Strategic developments",
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots",
    "Mob violence": "Riots",
}
