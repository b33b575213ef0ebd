"""The shape of a review request, validated before anything touches the store.

A reviewer's edit becomes an override that later merges do not undo, so a
typo here would be kept for good: every field is typed and bounded, event
types must be ACLED's exact spellings, and unknown fields are refused rather
than silently dropped.
"""
from __future__ import annotations

from datetime import date
from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from rasd.model import EVENT_TYPE_OF
from rasd.web.filters import EVENT_TYPES, SUB_EVENT_TYPES

Name = Optional[str]
Count = Optional[int]


class EventChanges(BaseModel):
    """Fields a reviewer may correct; give only the ones to change (null clears a field)."""

    model_config = ConfigDict(extra="forbid")

    event_type: Name = Field(None, description="ACLED event type, exact spelling")
    sub_event_type: Name = Field(None, description="ACLED sub-event type, exact spelling")
    actor1: Name = Field(None, max_length=200)
    actor2: Name = Field(None, max_length=200)
    assoc_actor_1: Name = Field(None, max_length=200)
    assoc_actor_2: Name = Field(None, max_length=200)
    location: Name = Field(None, max_length=200)
    admin1: Name = Field(None, max_length=200)
    admin2: Name = Field(None, max_length=200)
    admin3: Name = Field(None, max_length=200)
    country: Name = Field(None, max_length=100)
    latitude: Optional[float] = Field(None, ge=-90, le=90)
    longitude: Optional[float] = Field(None, ge=-180, le=180)
    geo_precision: Optional[int] = Field(None, ge=1, le=3)
    event_date: Optional[date] = None
    date_start: Optional[date] = None
    date_end: Optional[date] = None
    time_precision: Optional[int] = Field(None, ge=1, le=3)
    fatalities: Count = Field(None, ge=0, le=1_000_000)
    fatalities_low: Count = Field(None, ge=0, le=1_000_000)
    fatalities_high: Count = Field(None, ge=0, le=1_000_000)
    injured: Count = Field(None, ge=0, le=1_000_000)
    injured_low: Count = Field(None, ge=0, le=1_000_000)
    injured_high: Count = Field(None, ge=0, le=1_000_000)
    civilian_targeting: Optional[bool] = None

    @field_validator("event_type")
    @classmethod
    def _event_type(cls, v: str | None) -> str | None:
        if v is not None and v not in EVENT_TYPES:
            raise ValueError(f"{v!r} is not an ACLED event type; one of: {', '.join(EVENT_TYPES)}")
        return v

    @field_validator("sub_event_type")
    @classmethod
    def _sub_event_type(cls, v: str | None) -> str | None:
        if v is not None and v not in SUB_EVENT_TYPES:
            raise ValueError(f"{v!r} is not an ACLED sub-event type; one of: {', '.join(SUB_EVENT_TYPES)}")
        return v

    @field_validator("actor1", "actor2", "assoc_actor_1", "assoc_actor_2", "location", "admin1", "admin2",
                     "admin3", "country")
    @classmethod
    def _strip(cls, v: str | None) -> str | None:
        return (v.strip() or None) if isinstance(v, str) else v

    @model_validator(mode="after")
    def _consistent(self) -> EventChanges:
        given = self.model_fields_set
        for f in ("event_type", "sub_event_type", "geo_precision", "time_precision", "civilian_targeting"):
            if f in given and getattr(self, f) is None:
                raise ValueError(f"{f} cannot be cleared, only changed")
        if {"event_type", "sub_event_type"} <= given and EVENT_TYPE_OF[self.sub_event_type] != self.event_type:
            raise ValueError(f"sub-event type {self.sub_event_type!r} belongs to "
                             f"{EVENT_TYPE_OF[self.sub_event_type]!r}, not {self.event_type!r}")
        if ("latitude" in given) != ("longitude" in given):
            raise ValueError("latitude and longitude are changed together")
        if self.date_start and self.date_end and self.date_start > self.date_end:
            raise ValueError("date_start is after date_end")
        if self.event_date and self.date_start and self.event_date < self.date_start:
            raise ValueError("event_date is before date_start")
        if self.event_date and self.date_end and self.event_date > self.date_end:
            raise ValueError("event_date is after date_end")
        for kind in ("fatalities", "injured"):
            low, best, high = (getattr(self, f"{kind}_low"), getattr(self, kind), getattr(self, f"{kind}_high"))
            vals = [v for v in (low, best, high) if v is not None]
            if vals != sorted(vals):
                raise ValueError(f"{kind}: low <= best <= high does not hold ({low}, {best}, {high})")
        return self

    def as_overrides(self) -> dict[str, Any]:
        """The given fields as JSON-ready overrides (dates as ISO strings)."""
        out = self.model_dump(exclude_unset=True)
        return {k: v.isoformat() if isinstance(v, date) else v for k, v in out.items()}


class ReviewIn(BaseModel):
    """One reviewer action on an event.

    - `accept` / `reject`: nothing else needed;
    - `edit`: `changes` with the corrected fields;
    - `split`: `record_ids` (from the event's sources) to move into a new event;
    - `merge`: `other`, the id of the event to fold into this one.
    """

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"action": "accept", "reviewer": "Amal", "comment": "checked against the second source"},
        {"action": "edit", "reviewer": "Amal", "changes": {"fatalities": 4, "actor1": "Russian Forces"}},
    ]})

    action: Literal["accept", "reject", "edit", "split", "merge"]
    reviewer: Optional[str] = Field(None, max_length=200,
                                    description="who reviews; defaults to the API token's name")
    comment: Optional[str] = Field(None, max_length=5000)
    changes: Optional[EventChanges] = None
    record_ids: Optional[list[int]] = Field(None, max_length=1000)
    other: Optional[str] = Field(None, max_length=64)

    @model_validator(mode="after")
    def _needs(self) -> ReviewIn:
        if self.action == "edit" and (self.changes is None or not self.changes.model_fields_set):
            raise ValueError("edit needs `changes` with at least one field")
        if self.action != "edit" and self.changes is not None:
            raise ValueError(f"{self.action} takes no `changes` (use action 'edit')")
        if self.action == "split" and not self.record_ids:
            raise ValueError("split needs `record_ids`: the sources to move into a new event")
        if self.action == "merge" and not (self.other or "").strip():
            raise ValueError("merge needs `other`: the id of the event to fold into this one")
        return self
