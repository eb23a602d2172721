"""The ``outpost`` command: opens the console, or runs a headless subcommand.

Everything a window can do that is not interactive also runs here, so it can
be scripted and tested without a screen.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
from collections.abc import Sequence
from pathlib import Path

from app._version import __version__
from app.cli.common import common_options, positive_int
from app.cli.export import add_export_parser
from app.cli.pack import add_pack_parser
from app.cli.report import add_report_parser
from app.cli.team import add_team_parsers
from app.paths import ENV_DATABASE_URL, AppPaths, app_paths

log = logging.getLogger("outpost")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="outpost",
        description="Outpost: a console for regional managers of field and expatriate sales reps.",
    )
    parser.add_argument("--version", action="version", version=f"outpost {__version__}")
    common_options(parser, suppress=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    db = commands.add_parser("db", help="migrate, inspect or back up the database")
    common_options(db, suppress=True)
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    for name, text in (
        ("upgrade", "back up a SQLite file and migrate the schema to this version"),
        ("current", "show the schema revision of the database and of this version"),
        ("check", "verify the database is migrated and matches the models exactly"),
    ):
        common_options(db_commands.add_parser(name, help=text), suppress=True)
    backup = db_commands.add_parser("backup", help="copy the SQLite database to FILE")
    common_options(backup, suppress=True)
    backup.add_argument("file", nargs="?", type=Path, help="target file (default: backups folder)")

    demo = commands.add_parser("demo", help="fill an empty database with realistic demo data")
    common_options(demo, suppress=True)
    demo.add_argument("--reps", type=positive_int, default=40, help="number of reps (default 40)")
    demo.add_argument("--years", type=positive_int, default=2, help="years of history (default 2)")
    demo.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    demo.add_argument(
        "--today",
        type=dt.date.fromisoformat,
        default=None,
        help="the date the data is generated around (default: today), YYYY-MM-DD",
    )

    add_pack_parser(commands, common_options)
    add_report_parser(commands, common_options)
    add_team_parsers(commands, common_options)
    add_export_parser(commands, common_options)
    return parser


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

        # Preferences may name another database only when none was given here.
        given = bool(args.database or os.environ.get(ENV_DATABASE_URL))
        return run_gui(paths, url, database_given=given)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.command == "db":
        from app.cli.db import run_db_command

        return run_db_command(args.db_command, url, paths, getattr(args, "file", None))
    if args.command == "demo":
        from app.cli.db import run_demo

        return run_demo(
            url, paths, reps=args.reps, years=args.years, seed=args.seed, today=args.today
        )
    if args.command == "pack":
        from app.cli.pack import run_pack

        return run_pack(args, url, paths)
    if args.command == "report":
        from app.cli.report import run_report

        return run_report(args, url, paths)
    if args.command == "template":
        from app.cli.team import run_template

        return run_template(args)
    if args.command == "import":
        from app.cli.team import run_import

        return run_import(args, url, paths)
    if args.command == "export":
        from app.cli.export import run_export

        return run_export(args, url, paths)
    raise AssertionError(f"unknown command {args.command}")


__all__ = ["AppPaths", "build_parser", "main"]
