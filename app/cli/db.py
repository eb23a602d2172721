"""The headless subcommands behind ``outpost db …`` and ``outpost demo``."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from app.cli.common import EXIT_OK, EXIT_REFUSED, fail
from app.db import migrate
from app.db.backup import BackupError, automatic_backup, backup_sqlite, sqlite_path
from app.db.engine import Database
from app.db.lifecycle import open_database
from app.paths import AppPaths


def run_db_command(action: str, url: str, paths: AppPaths, file: Path | None = None) -> int:
    try:
        if action == "upgrade":
            return _upgrade(url, paths)
        if action == "current":
            return _current(url)
        if action == "check":
            return _check(url)
        if action == "backup":
            return _backup(url, paths, file)
    except migrate.SchemaTooNewError as exc:
        return fail(str(exc), EXIT_REFUSED)
    except BackupError as exc:
        return fail(str(exc))
    raise AssertionError(f"unknown db action {action}")


def _upgrade(url: str, paths: AppPaths) -> int:
    opened = open_database(url, paths.backups)
    try:
        if opened.backup is not None:
            print(f"backed up to {opened.backup}")
        before = opened.upgraded_from or "empty"
        head = migrate.head_revision()
        if opened.upgraded_from == head:
            print(f"{opened.db.description}: already at {head}")
        else:
            print(f"{opened.db.description}: migrated from {before} to {head}")
        return EXIT_OK
    finally:
        opened.db.dispose()


def _current(url: str) -> int:
    db = Database(url)
    try:
        current = migrate.current_revision(db.engine)
        print(f"database: {db.description}")
        print(f"current:  {current or 'none (empty database)'}")
        print(f"head:     {migrate.head_revision()}")
        return EXIT_OK
    finally:
        db.dispose()


def _check(url: str) -> int:
    db = Database(url)
    try:
        migrate.ensure_not_newer(db.engine)
        current = migrate.current_revision(db.engine)
        head = migrate.head_revision()
        if current != head:
            return fail(
                f"{db.description} is at {current or 'no revision'}, not {head}: run db upgrade"
            )
        differences = migrate.drift(db.engine)
        if differences:
            for difference in differences:
                print(f"  drift: {difference}", file=sys.stderr)
            return fail(f"{db.description}: the schema differs from the models")
        print(f"{db.description}: schema at {head}, no drift from the models")
        return EXIT_OK
    finally:
        db.dispose()


def _backup(url: str, paths: AppPaths, file: Path | None) -> int:
    source = sqlite_path(url)
    if source is None:
        return fail("backup copies a local SQLite database; use pg_dump for a PostgreSQL server")
    target = (
        backup_sqlite(source, file) if file else automatic_backup(source, paths.backups, "manual")
    )
    print(f"backed up {source} to {target}")
    return EXIT_OK


def run_demo(
    url: str, paths: AppPaths, *, reps: int, years: int, seed: int, today: dt.date | None
) -> int:
    from app.services.demo import DemoRefusedError, generate_demo

    opened = open_database(url, paths.backups)
    db = opened.db
    last_shown = -1

    def progress(percent: int, message: str) -> None:
        nonlocal last_shown
        if percent != last_shown and sys.stderr.isatty():
            print(f"\r{percent:3d}% {message[:60]:<60}", end="", file=sys.stderr, flush=True)
        last_shown = percent

    try:
        summary = generate_demo(
            db, reps=reps, years=years, seed=seed, today=today, progress=progress
        )
    except DemoRefusedError as exc:
        return fail(f"{exc} (nothing was changed)", EXIT_REFUSED)
    finally:
        if sys.stderr.isatty():
            print(file=sys.stderr)
        db.dispose()
    print(f"demo data written to {db.description} in {summary.seconds:.1f} s:")
    for table, count in summary.counts.items():
        print(f"  {table:<22} {count:>9,}")
    return EXIT_OK
