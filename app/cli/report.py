"""``outpost report``: a region's risk, compliance or training register as a PDF.

    outpost report risks --region REGION -o FILE.pdf [--lang zh|en]
    outpost report compliance --region REGION -o FILE.pdf [--lang zh|en]
    outpost report training --region REGION --year YEAR -o FILE.pdf [--lang zh|en]

REGION is an id or a name (English or Chinese). An unknown region or an
output path that cannot be written exits with code 2 and a message naming
what was wrong. reportlab and matplotlib are imported only when the command runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_FAILED, EXIT_OK, EXIT_REFUSED, fail
from app.cli.pack import LANGS, console_language
from app.paths import AppPaths

_KINDS = {
    "risks": "the risk register: both heat maps, risks by residual level, overdue reviews, "
    "accepted risks",
    "compliance": "the compliance register: country × category matrix, obligations due "
    "within 90 days, non-compliant obligations",
    "training": "the training plan of a year: completion rate, hours and cost per rep",
}


def _year(text: str) -> int:
    value = int(text)
    if not 1900 <= value <= 9999:
        raise argparse.ArgumentTypeError(f"not a year: {value}")
    return value


def add_report_parser(commands: Any, common_options: Callable[..., None]) -> None:
    """Add ``report`` and its three kinds to the ``outpost`` sub-commands."""
    report = commands.add_parser(
        "report",
        help="export a region's risk, compliance or training register as a PDF",
        description="Export a region's register as a PDF. REGION is an id or a name.",
    )
    common_options(report, suppress=True)
    kinds = report.add_subparsers(dest="report_kind", metavar="KIND", required=True)
    for kind, text in _KINDS.items():
        sub = kinds.add_parser(kind, help=text, description=f"Export {text}.")
        common_options(sub, suppress=True)
        sub.add_argument("--region", metavar="REGION", required=True, help="region id or name")
        if kind == "training":
            sub.add_argument("--year", type=_year, required=True, help="the plan's year")
        sub.add_argument(
            "-o", "--output", metavar="FILE", type=Path, required=True, help="the PDF to write"
        )
        sub.add_argument(
            "--lang",
            choices=LANGS,
            default=None,
            help="labels, dates and numbers in this language (default: the console's, else en)",
        )
        sub.add_argument(
            "--today",
            type=dt.date.fromisoformat,
            default=None,
            help="the report's date, from which overdue and due soon count (default: today)",
        )
        sub.add_argument(
            "--font", metavar="FILE", type=Path, default=None, help="TrueType CJK font to embed"
        )


def output_problem(output: Path) -> str | None:
    """Why ``output`` cannot be the report's file, or None."""
    if output.is_dir():
        return f"output: {output} is a folder; give a file, e.g. {output / 'report.pdf'}"
    if not output.parent.is_dir():
        return f"output: the folder {output.parent} does not exist"
    return None


def run_report(args: argparse.Namespace, url: str, paths: AppPaths) -> int:
    """Run ``outpost report KIND`` with parsed ``args``; returns the exit code."""
    from app.db import migrate
    from app.db.engine import Database
    from app.reports.fonts import FontNotFoundError, register_pack_font
    from app.reports.registers import write_report
    from app.services.errors import NotFoundError, ValidationError
    from app.services.register_reports import RegisterReportService

    output: Path = args.output
    problem = output_problem(output)
    if problem:
        return fail(problem, EXIT_REFUSED)
    try:
        font = register_pack_font(args.font)
    except FontNotFoundError as exc:
        return fail(str(exc))
    db = Database(url)
    try:
        current, head = migrate.current_revision(db.engine), migrate.head_revision()
        if current != head:
            where = current or "no revision"
            return fail(f"{db.description} is at {where}, not {head}: run db upgrade")
        service = RegisterReportService(db)
        try:
            region_id = service.resolve_region(args.region)
        except (ValidationError, NotFoundError) as exc:
            return fail(str(exc), EXIT_REFUSED)
        try:
            written = write_report(
                service,
                args.report_kind,
                region_id,
                output,
                today=args.today or dt.date.today(),
                year=getattr(args, "year", None),
                lang=args.lang or console_language(paths),
                font=font,
            )
        except OSError as exc:
            return fail(f"output: cannot write {output}: {exc.strerror or exc}", EXIT_REFUSED)
    finally:
        db.dispose()
    print(written)
    return EXIT_OK if written.is_file() else EXIT_FAILED


__all__ = ["add_report_parser", "output_problem", "run_report"]
