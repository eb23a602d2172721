"""Opening the database the way the app does on every start.

A local SQLite file is backed up before any migration touches it; a database
written by a newer Outpost is refused and left as it is.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import inspect

from app.db import migrate
from app.db.backup import automatic_backup, sqlite_path
from app.db.engine import Database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OpenedDatabase:
    db: Database
    upgraded_from: str | None
    backup: Path | None


def open_database(url: str, backups: Path, *, actor: str | None = None) -> OpenedDatabase:
    """Connect, back up a SQLite file that needs migrating, and migrate to head.

    Raises :class:`migrate.SchemaTooNewError` (database untouched) when the
    schema comes from a newer version of the app.
    """
    db = Database(url, actor=actor)
    try:
        migrate.ensure_not_newer(db.engine)
        current = migrate.current_revision(db.engine)
        backup = None
        if current != migrate.head_revision():
            path = sqlite_path(db.url)
            if path is not None and inspect(db.engine).get_table_names():
                # Free the file before copying it so the copy sees every page.
                db.engine.dispose()
                backup = automatic_backup(path, backups, f"before-{migrate.head_revision()}")
                log.info("backed up %s to %s before migrating", path, backup)
            migrate.upgrade(db.engine)
            log.info("migrated %s from %s to %s", db.description, current, migrate.head_revision())
        return OpenedDatabase(db=db, upgraded_from=current, backup=backup)
    except BaseException:
        db.dispose()
        raise
