"""Opening a store: which database, how to connect, and bringing its schema up to date.

The URL comes from `--db`, else the `RASD_DB` environment variable, else
`./rasd.db` (SQLite: zero set-up).  A bare file path is taken as SQLite.
Opening a store runs the Alembic migrations up to the newest revision, so a
database written by an older rasd upgrades in place the first time a newer
rasd touches it; `rasd db upgrade` does the same explicitly.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Engine, make_url

#: the default database when neither --db nor RASD_DB is given
DEFAULT_DB = "rasd.db"


def resolve_url(db: str | None = None) -> str:
    """A SQLAlchemy URL from --db, RASD_DB or the default file (a plain path means SQLite)."""
    raw = db or os.environ.get("RASD_DB") or DEFAULT_DB
    if "://" in raw:
        url = make_url(raw)  # raises ArgumentError with a readable message for junk
        if url.get_backend_name() == "postgresql" and url.drivername == "postgresql":
            # plain postgresql:// would pick psycopg2, which rasd does not depend on
            url = url.set(drivername="postgresql+psycopg")
        return url.render_as_string(hide_password=False)
    return f"sqlite:///{Path(raw).expanduser()}"


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    """WAL: readers do not block the ingest writer; foreign keys are off by default in SQLite."""
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: a commit survives a killed process
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def make_engine(url: str) -> Engine:
    """An engine for `url` with the per-backend settings rasd relies on."""
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        if u.database and u.database != ":memory:":
            Path(u.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if u.get_backend_name() == "postgresql":
        return create_engine(url, pool_pre_ping=True)
    raise ValueError(f"unsupported database {u.get_backend_name()!r}: rasd stores in SQLite or PostgreSQL")


def _alembic_config(connection):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", "rasd.store:migrations")
    cfg.attributes["connection"] = connection
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> tuple[str | None, str | None]:
    """Migrate the database to `revision`; returns (revision before, revision after)."""
    from alembic import command

    before = current_revision(engine)
    ddl = _transactional_ddl(engine)
    try:
        with ddl.begin() as conn:
            command.upgrade(_alembic_config(conn), revision)
    finally:
        if ddl is not engine:
            ddl.dispose()
    return before, current_revision(engine)


def _transactional_ddl(engine: Engine) -> Engine:
    """An engine whose transactions hold DDL too: Python's sqlite3 module opens no transaction
    before CREATE TABLE, so a process killed halfway through a migration left some tables and no
    alembic_version, and the next run failed on "table already exists". SQLite itself runs DDL
    in transactions; this engine begins them explicitly (the SQLAlchemy recipe for pysqlite)."""
    if engine.dialect.name != "sqlite":
        return engine
    eng = create_engine(engine.url)
    event.listen(eng, "connect", _sqlite_pragmas)

    def _no_implicit(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None   # (after the pragmas: journal_mode cannot change in a transaction)

    def _begin(conn) -> None:
        conn.exec_driver_sql("BEGIN")

    event.listen(eng, "connect", _no_implicit)
    event.listen(eng, "begin", _begin)
    return eng


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config(None)).get_current_head()


@dataclass
class Store:
    """An open store: the engine plus the URL it came from (password hidden in `__str__`)."""

    engine: Engine
    url: str

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    def __str__(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_store(db: str | None = None, migrate: bool = True) -> Store:
    """Open (and by default migrate) the store named by `db`, RASD_DB or ./rasd.db."""
    url = resolve_url(db)
    engine = make_engine(url)
    if migrate and current_revision(engine) != head_revision():
        upgrade(engine)
    return Store(engine, url)
