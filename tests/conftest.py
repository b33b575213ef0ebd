"""Fixtures for store tests: the same tests run on SQLite and on a real PostgreSQL server.

PostgreSQL comes from `RASD_TEST_PG_URL` (a role allowed to CREATE DATABASE;
`.ci/run` starts Debian's server and sets it).  Each test gets its own fresh
database, dropped afterwards.  Without the variable the PostgreSQL variant is
skipped on a developer machine, but FAILS in CI (`CI` set) and whenever the
variable is set and the server cannot be reached: a store that only ever ran
on SQLite must not pass as tested on both.
"""
from __future__ import annotations

import os
import uuid

import pytest

# before any test module imports it: the shared helpers' asserts show their values when they fail
pytest.register_assert_rewrite("helpers")

from storehelp import drop_database  # noqa: E402

PG_ENV = "RASD_TEST_PG_URL"


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


def _pg_base_url() -> str | None:
    url = os.environ.get(PG_ENV)
    if not url:
        if _in_ci():
            pytest.fail(f"CI: {PG_ENV} is not set; .ci/run must start PostgreSQL and export it")
        pytest.skip(f"set {PG_ENV} (e.g. postgresql+psycopg://rasd:rasd@127.0.0.1/rasd) to run the PostgreSQL variant")
    return url


def _admin_engine(base: str):
    from sqlalchemy import create_engine

    return create_engine(base, isolation_level="AUTOCOMMIT")


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A URL of an empty database, once per backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'rasd.db'}"
        return
    base = _pg_base_url()
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    name = f"rasd_t_{uuid.uuid4().hex[:12]}"
    admin = _admin_engine(base)
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as e:  # noqa: BLE001 - an unreachable server is a failure, never a skip
        admin.dispose()
        pytest.fail(f"PostgreSQL at {make_url(base).render_as_string(hide_password=True)} "
                    f"is not usable: {type(e).__name__}: {str(e).splitlines()[0]}")
    url = make_url(base).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            drop_database(conn, name)
        admin.dispose()


@pytest.fixture
def store(db_url):
    """An open, migrated store on each backend."""
    from rasd.store import open_store

    st = open_store(db_url)
    try:
        yield st
    finally:
        st.close()
