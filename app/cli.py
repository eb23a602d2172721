"""The ``outpost`` command: opens the console, or runs a headless subcommand.

Everything a window can do that is not interactive also runs here, so it can
be scripted and tested without a screen.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from app._version import __version__
from app.paths import AppPaths, app_paths

log = logging.getLogger("outpost")

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_REFUSED = 2


def _common_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    # Sub-parsers repeat the options so they may come before or after the
    # subcommand; SUPPRESS keeps a value given before it from being reset.
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="keep the database, logs and settings in DIR instead of the user folders",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        default=default,
        help="database URL (default: OUTPOST_DATABASE_URL, else a SQLite file in the data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="outpost",
        description="Outpost: a console for regional managers of field and expatriate sales reps.",
    )
    parser.add_argument("--version", action="version", version=f"outpost {__version__}")
    _common_options(parser, suppress=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    db = commands.add_parser("db", help="migrate, inspect or back up the database")
    _common_options(db, suppress=True)
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    for name, text in (
        ("upgrade", "back up a SQLite file and migrate the schema to this version"),
        ("current", "show the schema revision of the database and of this version"),
        ("check", "verify the database is migrated and matches the models exactly"),
    ):
        _common_options(db_commands.add_parser(name, help=text), suppress=True)
    backup = db_commands.add_parser("backup", help="copy the SQLite database to FILE")
    _common_options(backup, suppress=True)
    backup.add_argument("file", nargs="?", type=Path, help="target file (default: backups folder)")

    demo = commands.add_parser("demo", help="fill an empty database with realistic demo data")
    _common_options(demo, suppress=True)
    demo.add_argument("--reps", type=_positive_int, default=40, help="number of reps (default 40)")
    demo.add_argument("--years", type=_positive_int, default=2, help="years of history (default 2)")
    demo.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    demo.add_argument(
        "--today",
        type=dt.date.fromisoformat,
        default=None,
        help="the date the data is generated around (default: today), YYYY-MM-DD",
    )

    from app.cli_pack import add_pack_parser  # here: app.cli_pack imports this module

    add_pack_parser(commands, _common_options)
    return parser


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths = app_paths(args.data_dir).ensure()
    from app.db.engine import resolve_url

    url = resolve_url(args.database, paths)
    if args.command is None:
        # The core first: once PySide6 is imported, its import hook inspects the
        # source of every module loaded after it, which slows start-up.
        import app.db.lifecycle  # noqa: F401
        from app.ui.application import run_gui

        return run_gui(paths, url)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.command == "db":
        from app.cli_commands import run_db_command

        return run_db_command(args.db_command, url, paths, getattr(args, "file", None))
    if args.command == "demo":
        from app.cli_commands import run_demo

        return run_demo(
            url, paths, reps=args.reps, years=args.years, seed=args.seed, today=args.today
        )
    if args.command == "pack":
        from app.cli_pack import run_pack

        return run_pack(args, url, paths)
    raise AssertionError(f"unknown command {args.command}")


def fail(message: str, code: int = EXIT_FAILED) -> int:
    print(f"outpost: {message}", file=sys.stderr)
    return code


__all__ = ["AppPaths", "build_parser", "fail", "main"]
