"""Migration 0002 (API tokens, the map's index) upgrades a store written before it, in place."""
from __future__ import annotations

from sqlalchemy import inspect

import webdata
from rasd.store import open_store, store_results
from rasd.store.db import current_revision, make_engine, upgrade
from rasd.store.query import counts
from rasd.web.tokens import create_token, verify_token


def test_a_0001_store_with_data_gains_tokens_and_keeps_everything(db_url):
    engine = make_engine(db_url)
    upgrade(engine, "0001")
    assert current_revision(engine) == "0001"
    assert not inspect(engine).has_table("api_tokens")
    engine.dispose()
    # write with the 0001 schema (the store's own write path does not touch api_tokens)
    from rasd.store.db import Store

    old = Store(make_engine(db_url), db_url)
    store_results(old, webdata.results())
    before = counts(old)
    old.close()

    with open_store(db_url) as store:  # opening migrates to the newest revision
        assert current_revision(store.engine) == "0002"
        insp = inspect(store.engine)
        assert insp.has_table("api_tokens")
        assert "ix_events_date_place" in {ix["name"] for ix in insp.get_indexes("events")}
        assert counts(store) == before
        token, info = create_token(store, "after-upgrade")
        assert verify_token(store, token).id == info.id

    from alembic import command

    from rasd.store.db import _alembic_config

    engine = make_engine(db_url)
    with engine.begin() as conn:  # and back down: the tokens table goes, the data stays
        command.downgrade(_alembic_config(conn), "0001")
    assert current_revision(engine) == "0001" and not inspect(engine).has_table("api_tokens")
    engine.dispose()
    with open_store(db_url) as store:
        assert counts(store) == before
