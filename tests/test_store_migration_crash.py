"""A migration that dies halfway leaves the database as it was: the next open migrates it fully.

(Python's sqlite3 module opened no transaction before CREATE TABLE, so a process killed
between two tables of a migration left the first and no alembic_version; every later run
failed on "table documents already exists". tests/test_store_kill.py found it by chance.)
"""
from __future__ import annotations

import pytest
from alembic.operations import Operations
from sqlalchemy import inspect

from rasd.store import open_store
from rasd.store.db import current_revision, head_revision, make_engine


def test_a_migration_that_fails_halfway_leaves_no_tables_and_can_be_rerun(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'crash.db'}"
    real = Operations.create_table
    made = []

    def create_then_die(self, *args, **kwargs):
        if made:
            raise RuntimeError("killed between two tables")
        made.append(args[0])
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Operations, "create_table", create_then_die)
    with pytest.raises(RuntimeError):
        open_store(url)
    engine = make_engine(url)
    assert made and not inspect(engine).get_table_names()   # the first table went with the rest
    assert current_revision(engine) is None
    engine.dispose()

    monkeypatch.setattr(Operations, "create_table", real)
    with open_store(url) as st:
        assert current_revision(st.engine) == head_revision()
        assert "documents" in inspect(st.engine).get_table_names()
