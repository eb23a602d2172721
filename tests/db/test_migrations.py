"""Alembic owns the schema: up, down, up again, and no drift from the models."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from app.db import migrate
from app.db.engine import make_engine, sqlite_url
from app.db.models import Base


def _round_trip(url: str) -> None:
    engine = make_engine(url)
    try:
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.head_revision()
        assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
        assert migrate.drift(engine) == []

        migrate.downgrade(engine, "base")
        assert migrate.current_revision(engine) is None
        leftover = set(inspect(engine).get_table_names()) - {"alembic_version"}
        assert leftover == set()

        migrate.upgrade(engine)
        assert migrate.drift(engine) == []
    finally:
        engine.dispose()


def test_sqlite_upgrade_downgrade_upgrade(tmp_path: Path) -> None:
    _round_trip(sqlite_url(tmp_path / "round.sqlite3"))


@pytest.mark.postgres
def test_postgres_upgrade_downgrade_upgrade(pg_server) -> None:
    url = pg_server.create_database(migrated=False)
    try:
        _round_trip(url)
    finally:
        pg_server.drop_database(url)


def test_database_from_a_newer_app_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    engine = make_engine(sqlite_url(path))
    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff_from_the_future'"))
    engine.dispose()
    before = _dump(path)
    engine = make_engine(sqlite_url(path))
    with pytest.raises(migrate.SchemaTooNewError, match="newer version of Outpost"):
        migrate.upgrade(engine)
    engine.dispose()
    assert _dump(path) == before


def _dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())
