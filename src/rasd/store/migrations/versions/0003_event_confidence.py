"""Each event's confidence as a column: the best of its records', filled from their JSON.

The API lists and filters events by confidence; computing it per event from
the records' JSON was most of the map's query time.  The backfill is the same
MAX the API used to compute, written once in SQLAlchemy so that it runs on
SQLite and PostgreSQL alike.  An event without records (absorbed by a merge)
or whose records state no confidence gets NULL.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

# the tables as this revision knows them (not rasd.store.schema, which moves on)
events = sa.table('events', sa.column('id', sa.Integer()), sa.column('confidence', sa.Float()))
records = sa.table('records', sa.column('event_id', sa.Integer()), sa.column('data', sa.JSON()))


def upgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('confidence', sa.Float(), nullable=True))

    best = (sa.select(sa.func.max(records.c.data['confidence'].as_float()))
            .where(records.c.event_id == events.c.id).scalar_subquery())
    op.execute(events.update().values(confidence=best))


def downgrade() -> None:
    # recreate="never": SQLite (3.35+) drops the column in place; copying the table instead
    # would trip the foreign keys of records, event_sources and reviews that point at events
    with op.batch_alter_table('events', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('confidence')
