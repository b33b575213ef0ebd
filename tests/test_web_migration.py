"""Migrations 0002 (API tokens, the map's index) and 0003 (event confidence) upgrade older stores in place.

An older store with data is made by writing with today's code and migrating
down (the write path now fills columns older revisions do not have); each
downgrade is checked to keep every row, and each upgrade to bring back what
the newer revision adds, computed from the data (not remembered).
"""
from __future__ import annotations

from sqlalchemy import inspect, select, update

import webdata
from rasd.store import open_store, store_results
from rasd.store.db import _alembic_config, current_revision, head_revision, make_engine
from rasd.store.query import counts
from rasd.store.review import apply_review
from rasd.store.schema import events, records
from rasd.web.tokens import create_token, verify_token


def _downgrade(db_url: str, revision: str) -> None:
    from alembic import command

    engine = make_engine(db_url)
    with engine.begin() as conn:
        command.downgrade(_alembic_config(conn), revision)
    assert current_revision(engine) == revision
    engine.dispose()


def _event_columns(db_url: str) -> set[str]:
    engine = make_engine(db_url)
    try:
        return {c["name"] for c in inspect(engine).get_columns("events")}
    finally:
        engine.dispose()


def test_a_0001_store_with_data_gains_tokens_and_keeps_everything(db_url):
    with open_store(db_url) as store:
        store_results(store, webdata.results())
        before = counts(store)
    _downgrade(db_url, "0001")
    engine = make_engine(db_url)
    assert not inspect(engine).has_table("api_tokens")
    assert "ix_events_date_place" not in {ix["name"] for ix in inspect(engine).get_indexes("events")}
    engine.dispose()

    with open_store(db_url) as store:  # opening migrates to the newest revision
        assert current_revision(store.engine) == head_revision() == "0003"
        insp = inspect(store.engine)
        assert insp.has_table("api_tokens")
        assert "ix_events_date_place" in {ix["name"] for ix in insp.get_indexes("events")}
        assert counts(store) == before
        token, info = create_token(store, "after-upgrade")
        assert verify_token(store, token).id == info.id

    _downgrade(db_url, "0001")  # and back down: the tokens table goes, the data stays
    engine = make_engine(db_url)
    assert not inspect(engine).has_table("api_tokens")
    engine.dispose()
    with open_store(db_url) as store:
        assert counts(store) == before


def _confidences(db_url: str) -> dict[str, float | None]:
    with open_store(db_url, migrate=False) as store, store.engine.connect() as conn:
        return dict(conn.execute(select(events.c.uid, events.c.confidence)).all())


def test_a_0002_store_gets_each_events_best_confidence_from_its_records(db_url):
    with open_store(db_url) as store:
        store_results(store, webdata.results())
        with store.engine.connect() as conn:
            uid_at = dict(conn.execute(select(events.c.location, events.c.uid)).all())
        # a merge leaves the absorbed event without records: it has no confidence any more
        apply_review(store, uid_at["Duma"], "merge", "tester", other=uid_at["Al Mayadin"])
        written = _confidences(db_url)
        before = counts(store)
    assert written[uid_at["Maarrat an Numan"]] == 0.8  # two reports, 0.8 and 0.7: the better one
    assert written[uid_at["Duma"]] == 0.6              # Duma's 0.5, beaten by the report merged into it
    assert written[uid_at["Al Mayadin"]] is None

    _downgrade(db_url, "0002")
    assert "confidence" not in _event_columns(db_url)
    engine = make_engine(db_url)
    with engine.begin() as conn:  # a record written before records stated a confidence
        rid, data = conn.execute(
            select(records.c.id, records.c.data).join(events, events.c.id == records.c.event_id)
            .where(events.c.uid == uid_at["Basrah"])).one()
        conn.execute(update(records).where(records.c.id == rid)
                     .values(data={k: v for k, v in data.items() if k != "confidence"}))
        # and one more source for Maarrat an-Numan that is surer than both reports
        rid = conn.execute(select(records.c.id).join(events, events.c.id == records.c.event_id)
                           .where(events.c.uid == uid_at["Maarrat an Numan"]).order_by(records.c.id)).first()[0]
        data = conn.execute(select(records.c.data).where(records.c.id == rid)).scalar_one()
        conn.execute(update(records).where(records.c.id == rid).values(data=data | {"confidence": 0.85}))
    engine.dispose()

    with open_store(db_url) as store:
        assert current_revision(store.engine) == "0003"
        assert counts(store) == before
    got = _confidences(db_url)
    assert got == written | {uid_at["Basrah"]: None, uid_at["Maarrat an Numan"]: 0.85}

    _downgrade(db_url, "0002")  # down again: the column goes, every row stays
    assert "confidence" not in _event_columns(db_url)
    with open_store(db_url, migrate=False) as store:
        assert counts(store) == before
