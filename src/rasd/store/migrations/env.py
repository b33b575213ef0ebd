"""Alembic environment for rasd's store.

rasd runs migrations from code (`rasd.store.db.upgrade`), passing an open
connection in `config.attributes["connection"]`, so no alembic.ini or URL
is needed; `render_as_batch` lets the same migration scripts alter tables on
SQLite, which cannot ALTER most things in place.
"""
from __future__ import annotations

from alembic import context

from rasd.store.schema import metadata

config = context.config


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # `alembic -x url=...` from a shell, for developers
        from sqlalchemy import create_engine

        url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
        with create_engine(url).begin() as conn:
            _run(conn)
        return
    _run(connection)


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("rasd migrations run online only (rasd db upgrade)")
run_migrations_online()
