"""``outpost template team`` and ``outpost import team``: the team spreadsheet, headless."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_OK, EXIT_REFUSED, fail
from app.paths import AppPaths

KINDS = ("team",)


def add_team_parsers(commands: Any, common_options: Callable[..., None]) -> None:
    """The ``template`` and ``import`` subcommands, each taking a kind (``team``)."""
    template = commands.add_parser(
        "template", help="write a blank spreadsheet to fill in (team: regions, managers, reps…)"
    )
    common_options(template, suppress=True)
    template.add_argument("kind", choices=KINDS, help="what the spreadsheet holds")
    template.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE", help="the XLSX file to write"
    )
    imported = commands.add_parser(
        "import", help="import a filled spreadsheet, all or nothing (team: see template)"
    )
    common_options(imported, suppress=True)
    imported.add_argument("kind", choices=KINDS, help="what the spreadsheet holds")
    imported.add_argument("file", type=Path, metavar="FILE", help="the XLSX file to read")
    imported.add_argument(
        "--dry-run", action="store_true", help="report what would change and write nothing"
    )


def run_template(args: argparse.Namespace) -> int:
    from app.io.team_sheet import write_template

    path: Path = args.output
    if path.suffix.lower() != ".xlsx":
        return fail(f"{path}: the template is an .xlsx file", EXIT_REFUSED)
    try:
        write_template(path)
    except OSError as exc:
        return fail(f"cannot write {path}: {exc}")
    print(f"wrote the team template to {path}")
    return EXIT_OK


def run_import(args: argparse.Namespace, url: str, paths: AppPaths) -> int:
    from app.db.lifecycle import open_database
    from app.io.team_sheet import TeamSheetError, read_team_sheet
    from app.services.team_import import TeamImportService
    from app.services.team_rows import RowStatus

    try:
        rows = read_team_sheet(args.file)
    except TeamSheetError as exc:
        return fail(f"{exc} (nothing was changed)", EXIT_REFUSED)
    opened = open_database(url, paths.backups)
    try:
        report = TeamImportService(opened.db).import_rows(rows, dry_run=args.dry_run)
    finally:
        opened.db.dispose()
    if not report.ok:
        for error in report.errors:
            print(error, file=sys.stderr)
        count = len(report.errors)
        return fail(f"{count} bad cell(s) in {args.file}; nothing was changed", EXIT_REFUSED)
    if report.dry_run:
        print(f"dry run of {args.file}: nothing was changed; the import would give")
    else:
        print(f"imported {args.file} into {opened.db.description}:")
    print(f"  {'sheet':<16}{'created':>9}{'updated':>9}{'unchanged':>11}")
    for sheet, counts in report.counts.items():
        print(f"  {sheet:<16}{counts.created:>9}{counts.updated:>9}{counts.unchanged:>11}")
    if report.dry_run:
        # What an update would change, so the user can check it before importing.
        for outcome in report.rows:
            if outcome.status is RowStatus.UPDATE:
                changed = ", ".join(outcome.changed)
                print(f"  {outcome.sheet}, row {outcome.row}: would change {changed}")
    return EXIT_OK


__all__ = ["add_team_parsers", "run_import", "run_template"]
