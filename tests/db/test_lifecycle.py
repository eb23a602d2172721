"""Opening the database on start: back up, migrate, refuse a newer schema."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from app.db import migrate
from app.db.backup import BackupError, automatic_backup, backup_sqlite
from app.db.engine import make_engine, sqlite_url
from app.db.lifecycle import open_database


def test_new_file_is_created_and_migrated_without_backup(tmp_path: Path) -> None:
    opened = open_database(sqlite_url(tmp_path / "new.sqlite3"), tmp_path / "backups")
    try:
        assert opened.upgraded_from is None
        assert opened.backup is None
        assert migrate.current_revision(opened.db.engine) == migrate.head_revision()
    finally:
        opened.db.dispose()


def test_existing_file_is_backed_up_before_it_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = make_engine(sqlite_url(path))
    migrate.upgrade(engine)
    # Back at the base revision, the file stands for one an older release left.
    migrate.downgrade(engine, "base")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE keepsake (note TEXT)"))
        conn.execute(text("INSERT INTO keepsake VALUES ('from before the upgrade')"))
    engine.dispose()

    opened = open_database(sqlite_url(path), tmp_path / "backups")
    try:
        assert opened.backup is not None and opened.backup.exists()
        with sqlite3.connect(opened.backup) as conn:
            row = conn.execute("SELECT note FROM keepsake").fetchone()
        assert row == ("from before the upgrade",)
        assert migrate.current_revision(opened.db.engine) == migrate.head_revision()
    finally:
        opened.db.dispose()


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    engine = make_engine(sqlite_url(path))
    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    with pytest.raises(migrate.SchemaTooNewError):
        open_database(sqlite_url(path), tmp_path / "backups")
    assert not (tmp_path / "backups").exists() or not any((tmp_path / "backups").iterdir())


def test_backup_copies_a_consistent_database_and_keeps_few(tmp_path: Path) -> None:
    source = tmp_path / "live.sqlite3"
    with sqlite3.connect(source) as conn:
        conn.execute("CREATE TABLE t (x INTEGER)")
        conn.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(100)])
    copy = backup_sqlite(source, tmp_path / "copy.sqlite3")
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT count(*), sum(x) FROM t").fetchone() == (100, 4950)
    folder = tmp_path / "backups"
    for _ in range(12):
        automatic_backup(source, folder, "test")
    assert len(list(folder.glob("*.sqlite3"))) == 10
    with pytest.raises(BackupError, match="no database file"):
        backup_sqlite(tmp_path / "missing.sqlite3", tmp_path / "x.sqlite3")
