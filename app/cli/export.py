"""``outpost export``: a pane's table as XLSX or CSV, headless.

    outpost export team|targets|one-on-ones|reviews --region REGION -o FILE.xlsx|FILE.csv
        [--period 2026Q3] [--cycle CYCLE] [--language en|zh_CN]

The rows, columns and headers are the console's Export table of the same
pane with its starting filters (see :mod:`app.ui.export_tables`): the pane's
own column definitions are used, so the two never drift apart. Only QtCore
is needed (translations and locale), no screen. Bad input (an unknown
region, period or cycle, a file name that is not .xlsx or .csv, a missing
folder) exits with code 2 and a message naming it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_FAILED, EXIT_OK, EXIT_REFUSED, fail
from app.cli.pack import console_language
from app.domain import messages as m
from app.paths import AppPaths

KINDS = ("team", "targets", "one-on-ones", "reviews")
LANGUAGES = ("en", "zh_CN")


def add_export_parser(commands: Any, common_options: Callable[..., None]) -> None:
    """Add ``export`` to the ``outpost`` sub-commands (``commands`` is argparse's subparsers)."""
    export = commands.add_parser(
        "export",
        help="export a pane's table (team, targets, one-on-ones, reviews) as XLSX or CSV",
        description="Write the rows a pane lists for a region, with the pane's columns "
        "and headers, as an Excel workbook or a CSV file (UTF-8 with BOM).",
    )
    common_options(export, suppress=True)
    export.add_argument("kind", choices=KINDS, help="which pane's table")
    export.add_argument("--region", metavar="REGION", required=True, help="region id or name")
    export.add_argument(
        "-o", "--output", metavar="FILE", type=Path, required=True, help="FILE.xlsx or FILE.csv"
    )
    export.add_argument(
        "--period",
        metavar="PERIOD",
        default=None,
        help="targets, one-on-ones: 2026, 2026 Q3 or 2026-07 (default: the current quarter)",
    )
    export.add_argument(
        "--cycle",
        metavar="CYCLE",
        default=None,
        help="reviews: the cycle's id or name (default: the region's newest)",
    )
    export.add_argument(
        "--language",
        choices=LANGUAGES,
        default=None,
        help="headers and words in this language (default: the console's, else en)",
    )


def _choice_problem(args: argparse.Namespace) -> str | None:
    from app.ui.export_tables import PERIOD_KINDS

    if args.period is not None and args.kind not in PERIOD_KINDS:
        return f"period: the {args.kind} table has no period (only {', '.join(PERIOD_KINDS)})"
    if args.cycle is not None and args.kind != "reviews":
        return f"cycle: only the reviews table is of a cycle, not {args.kind}"
    return None


def run_export(args: argparse.Namespace, url: str, paths: AppPaths) -> int:
    """Run ``outpost export`` with parsed ``args``; returns the exit code."""
    from app.db import migrate
    from app.db.engine import Database
    from app.domain.periods import Period
    from app.io.table_export import TableExportError, table_format, write_table
    from app.services.errors import ValidationError

    output: Path = args.output
    try:
        table_format(output)
    except TableExportError as exc:
        return fail(f"output: {exc}", EXIT_REFUSED)
    if not output.parent.is_dir():
        return fail(f"output: the folder {output.parent} does not exist", EXIT_REFUSED)
    problem = _choice_problem(args)
    if problem:
        return fail(problem, EXIT_REFUSED)
    try:
        period = Period.parse(args.period) if args.period is not None else None
    except ValidationError as exc:
        return fail(f"period: {exc.message}", EXIT_REFUSED)
    language = args.language or ("zh_CN" if console_language(paths) == "zh" else "en")

    db = Database(url)
    try:
        current, head = migrate.current_revision(db.engine), migrate.head_revision()
        if current != head:
            where = current or "no revision"
            return fail(f"{db.description} is at {where}, not {head}: run db upgrade")
        with _translated(language):
            headers, rows, title = _read_table(db, args, period, language)
    except ValidationError as exc:
        # In the language asked for, as the headers: a Chinese user reads it.
        return fail(exc.full_text("zh" if language == "zh_CN" else "en"), EXIT_REFUSED)
    finally:
        db.dispose()
    try:
        write_table(output, headers, rows, sheet_title=title)
    except (OSError, TableExportError) as exc:
        return fail(f"cannot write {output}: {exc}", EXIT_FAILED)
    print(f"wrote {len(rows)} rows of {args.kind} to {output}")
    return EXIT_OK


def _read_table(
    db: Any, args: argparse.Namespace, period: Any, language: str
) -> tuple[list[str], list[list[Any]], str]:
    """The headers, rows and sheet title of ``args.kind`` (a ValidationError for bad input)."""
    from app.ui.export_tables import ExportChoice, table_query
    from app.ui.period_selector import default_period

    region_id = _region_id(db, args.region)
    choice = ExportChoice(
        region_id=region_id,
        period=period or default_period(),
        cycle=args.cycle,
        language="zh" if language == "zh_CN" else "en",
    )
    query = table_query(args.kind, db, choice)
    headers, rows = query.table()
    return headers, rows, query.title


def _region_id(db: Any, text: str) -> int:
    """The region ``text`` names: its id, or its English or Chinese name (any case)."""
    from app.services.errors import ValidationError
    from app.services.team import TeamService

    wanted = text.strip()
    regions = TeamService(db).list_regions()
    for region in regions:
        names = {region.name.casefold(), (region.name_zh or "").casefold()}
        if wanted == str(region.id) or wanted.casefold() in names - {""}:
            return region.id
    known = ", ".join(r.name for r in regions) or "none yet"
    raise ValidationError("region", m.NO_REGION_NAMED(value=wanted, known=known))


@contextmanager
def _translated(language: str) -> Iterator[None]:
    """Qt's translators and default locale for ``language`` while reading, then as before.

    A QCoreApplication is made when there is none (translators need one); an
    existing one (a test's) gets its translators back as they were.
    """
    from PySide6.QtCore import QCoreApplication, QLocale

    from app.ui.translations import install_translators

    app = QCoreApplication.instance() or QCoreApplication([])
    locale = QLocale()
    installed = install_translators(app, language)
    try:
        yield
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        QLocale.setDefault(locale)


__all__ = ["add_export_parser", "run_export"]
