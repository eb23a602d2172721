"""Backups of a local SQLite database, taken with SQLite's online backup API."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from sqlalchemy.engine import make_url

# Older automatic backups beyond this many are removed; a manual backup to a
# named file is never pruned.
KEEP_AUTOMATIC_BACKUPS = 10


class BackupError(RuntimeError):
    """A backup could not be taken (not a SQLite database, no such file, …)."""


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory ones."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy a live SQLite database consistently (even while it is open elsewhere)."""
    if not source.exists():
        raise BackupError(f"there is no database file at {source}")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    with (
        sqlite3.connect(f"file:{source}?mode=ro", uri=True) as src,
        sqlite3.connect(partial) as dst,
    ):
        src.backup(dst)
    dst.close()
    # Rename last so a failed copy never looks like a good backup.
    partial.replace(target)
    return target


def automatic_backup(source: Path, folder: Path, reason: str) -> Path:
    """A timestamped backup in ``folder``, keeping the newest few."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{source.stem}-{stamp}-{reason}.sqlite3"
    backup_sqlite(source, target)
    backups = sorted(folder.glob(f"{source.stem}-*-*.sqlite3"))
    for old in backups[:-KEEP_AUTOMATIC_BACKUPS]:
        old.unlink(missing_ok=True)
    return target
