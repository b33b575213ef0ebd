"""The store's tables, written once in SQLAlchemy Core for SQLite and PostgreSQL alike.

Why Core and portable types only: the same schema must run unchanged on a
laptop's SQLite file and on a team's PostgreSQL server, and Alembic migrates
both from these definitions.  JSON columns hold what is read back whole
(a record as `Record.to_dict()`, a merge reason, a review's before/after);
everything that is filtered or blocked on (dates, coordinates, types,
actors) is a real indexed column.

How the tables relate:

    documents 1--n records n--1 events
                   records 1--1 event_sources n--1 events   (why the record is in the event)
    reviews n--1 events                                      (the audit trail)

`api_tokens` (hashed API tokens for the web API, migration 0002) stands
apart: nothing else refers to it.
"""
from __future__ import annotations

from sqlalchemy import (
    JSON, Boolean, Column, Date, DateTime, Float, ForeignKey, Index, Integer,
    MetaData, String, Table, Text, UniqueConstraint,
)

#: naming convention so that constraint names are identical on both backends (Alembic needs names)
metadata = MetaData(naming_convention={
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
})

documents = Table(
    "documents", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_key", String(512), nullable=False),          # Document.id (file stem, JSON id)
    Column("content_hash", String(64), nullable=False),      # sha256 of the text: the idempotency key
    Column("text", Text, nullable=False),                    # original text, unchanged
    Column("title", Text),
    Column("source", Text),
    Column("url", Text),
    Column("published", Date),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("status", String(16), nullable=False),            # done | skipped | failed
    Column("status_reason", Text),
    Column("n_records", Integer, nullable=False, default=0),
    UniqueConstraint("content_hash"),
)
Index("ix_documents_doc_key", documents.c.doc_key)

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("uid", String(32), nullable=False),               # public id: stable for the same input
    Column("status", String(16), nullable=False, default="active"),  # active|accepted|rejected|merged
    Column("merged_into", Integer, ForeignKey("events.id")),
    Column("event_type", String(64), nullable=False),
    Column("sub_event_type", String(64), nullable=False),
    Column("actor1", String(200)),
    Column("actor2", String(200)),
    Column("assoc_actor_1", String(200)),
    Column("assoc_actor_2", String(200)),
    Column("location", String(200)),
    Column("location_key", String(200)),                     # normalised name used for linking
    Column("admin1", String(200)),
    Column("admin2", String(200)),
    Column("admin3", String(200)),
    Column("country", String(100)),
    Column("iso", Integer),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("geo_precision", Integer, nullable=False),
    Column("event_date", Date),
    Column("date_start", Date),
    Column("date_end", Date),
    Column("time_precision", Integer, nullable=False),
    Column("fatalities", Integer),                            # best
    Column("fatalities_low", Integer),
    Column("fatalities_high", Integer),
    Column("injured", Integer),
    Column("injured_low", Integer),
    Column("injured_high", Integer),
    Column("civilian_targeting", Boolean, nullable=False, default=False),
    Column("n_sources", Integer, nullable=False, default=1),
    Column("confidence", Float),                              # best of its records' (migration 0003)
    Column("overrides", JSON),                                # reviewer edits applied over the merge
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("uid"),
)
Index("ix_events_dates", events.c.date_start, events.c.date_end)
Index("ix_events_event_date", events.c.event_date)
Index("ix_events_sub_event_type", events.c.sub_event_type)
Index("ix_events_status", events.c.status)

records = Table(
    "records", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("ordinal", Integer, nullable=False),               # position in the extractor's output
    Column("record_key", String(128), nullable=False),        # Record.event_id
    Column("event_id", Integer, ForeignKey("events.id")),     # the merged event it belongs to
    Column("sub_event_type", String(64), nullable=False),
    Column("event_date", Date),
    Column("location", String(200)),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("data", JSON, nullable=False),                     # Record.to_dict(), evidence included
    UniqueConstraint("document_id", "ordinal"),
)
Index("ix_records_event_id", records.c.event_id)

event_sources = Table(
    "event_sources", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", Integer, ForeignKey("events.id"), nullable=False),
    Column("record_id", Integer, ForeignKey("records.id", ondelete="CASCADE"), nullable=False),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("linked_by", String(200), nullable=False),         # "dedup" or "review:<who>"
    Column("reason", JSON, nullable=False),                   # the checks that passed, as text + figures
    Column("linked_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("record_id"),
)
Index("ix_event_sources_event_id", event_sources.c.event_id)

reviews = Table(
    "reviews", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", Integer, ForeignKey("events.id"), nullable=False),
    Column("reviewer", String(200), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("action", String(16), nullable=False),             # accept|reject|edit|split|merge
    Column("before", JSON),
    Column("after", JSON),
    Column("comment", Text),
)
Index("ix_reviews_event_id", reviews.c.event_id)

#: the map's query: a date range and a bounding box.  The date leads (the most selective
#: part of a typical "this area, these weeks" query); the coordinates ride along in the
#: index so rows outside the box are skipped without reading them (migration 0002).
Index("ix_events_date_place", events.c.event_date, events.c.longitude, events.c.latitude)

#: API tokens for the web API (`rasd token create NAME`).  Only a SHA-256 of the
#: token is kept: a leaked database does not leak working credentials.  A revoked
#: token keeps its row (revoked_at set) so the audit trail can still name it.
api_tokens = Table(
    "api_tokens", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(200), nullable=False),              # who or what holds it ("amal", "desk-laptop")
    Column("token_hash", String(64), nullable=False),         # sha256 hex of the whole token
    Column("prefix", String(16), nullable=False),             # first characters, to recognise it in `token list`
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("last_used_at", DateTime(timezone=True)),
    Column("revoked_at", DateTime(timezone=True)),
    UniqueConstraint("token_hash"),
)
Index("ix_api_tokens_name", api_tokens.c.name)
