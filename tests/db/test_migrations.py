"""Alembic owns the schema: up, down, up again, and no drift from the models."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from app.db import migrate
from app.db.engine import make_engine, sqlite_url
from app.db.models import Base
from app.paths import project_root


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


def test_alembic_command_line_finds_no_drift(tmp_path: Path) -> None:
    """`alembic check` from the project root, configured by pyproject.toml alone."""
    env = {**os.environ, "OUTPOST_DATABASE_URL": sqlite_url(tmp_path / "cli.sqlite3")}
    alembic = [sys.executable, "-m", "alembic"]
    for args in (["upgrade", "head"], ["check"]):
        done = subprocess.run(
            [*alembic, *args], cwd=project_root(), env=env, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
    assert "No new upgrade operations detected" in done.stdout + done.stderr


def _course_cost_step(url: str) -> None:
    """0003 adds courses.cost/currency to a catalogue that has rows, and takes them away."""
    engine = make_engine(url)
    try:
        migrate.upgrade(engine, "0002")
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO courses (title, category, format, hours, active, version) "
                    "VALUES ('Negotiation', 'sales_skills', 'online', 8, true, 1)"
                )
            )
        migrate.upgrade(engine, "0003")
        columns = {c["name"] for c in inspect(engine).get_columns("courses")}
        assert {"cost", "currency"} <= columns
        with engine.begin() as conn:
            conn.execute(text("UPDATE courses SET cost = 1200.5, currency = 'SGD'"))
            row = conn.execute(text("SELECT title, cost, currency FROM courses")).one()
            assert (row.title, float(row.cost), row.currency) == ("Negotiation", 1200.5, "SGD")
            with pytest.raises(IntegrityError), conn.begin_nested():
                conn.execute(text("UPDATE courses SET cost = -1"))
        migrate.downgrade(engine, "0002")
        columns = {c["name"] for c in inspect(engine).get_columns("courses")}
        assert not {"cost", "currency"} & columns
        with engine.connect() as conn:
            assert conn.execute(text("SELECT title FROM courses")).scalar_one() == "Negotiation"
    finally:
        engine.dispose()


def test_sqlite_course_cost_up_and_down(tmp_path: Path) -> None:
    _course_cost_step(sqlite_url(tmp_path / "cost.sqlite3"))


@pytest.mark.postgres
def test_postgres_course_cost_up_and_down(pg_server) -> None:
    url = pg_server.create_database(migrated=False)
    try:
        _course_cost_step(url)
    finally:
        pg_server.drop_database(url)
