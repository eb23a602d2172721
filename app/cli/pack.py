"""``outpost pack``: PDF review packs for one rep or a whole region, from the command line.

    outpost pack --rep REP --cycle CYCLE -o FILE.pdf [--lang zh|en] [--password]
    outpost pack --region REGION --cycle CYCLE -o DIR [--jobs N]

REP, REGION and CYCLE are ids or names. Bad input exits with code 2 and a
message naming what was wrong; the heavy imports (reportlab, matplotlib) are
only made when the command runs, so ``outpost --help`` stays fast.
"""

from __future__ import annotations

import argparse
import configparser
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from app.cli.common import EXIT_FAILED, EXIT_OK, EXIT_REFUSED, fail
from app.paths import AppPaths

#: Scripts and tests give the password here instead of typing it.
ENV_PACK_PASSWORD = "OUTPOST_PACK_PASSWORD"
EXIT_INTERRUPTED = 130
LANGS = ("en", "zh")


def add_pack_parser(commands: Any, common_options: Callable[..., None]) -> None:
    """Add ``pack`` to the ``outpost`` sub-commands (``commands`` is argparse's subparsers)."""
    pack = commands.add_parser(
        "pack",
        help="export PDF review packs for a rep or a whole region",
        description="Export the PDF review pack of one rep, or of every rep of a region "
        "plus a region summary. REP, REGION and CYCLE are ids or names.",
    )
    common_options(pack, suppress=True)
    who = pack.add_mutually_exclusive_group(required=True)
    who.add_argument("--rep", metavar="REP", help="one rep: write FILE.pdf")
    who.add_argument("--region", metavar="REGION", help="every rep of a region: write into DIR")
    pack.add_argument("--cycle", metavar="CYCLE", required=True, help="the review cycle")
    pack.add_argument(
        "-o", "--output", metavar="PATH", type=Path, required=True, help="FILE.pdf or DIR"
    )
    pack.add_argument(
        "--lang",
        choices=LANGS,
        default=None,
        help="labels, dates and numbers in this language (default: the console's, else en)",
    )
    pack.add_argument(
        "--password",
        action="store_true",
        help=f"protect the PDFs with AES-256; asks for it (or reads {ENV_PACK_PASSWORD})",
    )
    pack.add_argument(
        "--jobs",
        type=_jobs,
        default=os.cpu_count() or 1,
        help="worker processes for --region (default: the number of cores)",
    )
    pack.add_argument(
        "--font", metavar="FILE", type=Path, default=None, help="TrueType CJK font to embed"
    )


def _jobs(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def console_language(paths: AppPaths) -> str:
    """ "zh" or "en" from the console's language setting; "en" when it is not set."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(paths.settings_file, encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError):
        return "en"
    value = parser.get("General", "language", fallback="").strip().strip('"')
    return "zh" if value.lower().startswith("zh") else "en"


def read_password() -> str | None:
    """The password from the environment, else typed twice; None when it can't be had."""
    from_env = os.environ.get(ENV_PACK_PASSWORD)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass("Password for the PDF: ")
    if first and getpass.getpass("Repeat the password: ") == first:
        return first
    return None


class ProgressBar:
    """A text bar on a terminal, one plain line per step otherwise (logs, CI)."""

    def __init__(self, stream: TextIO, what: str) -> None:
        self.stream = stream
        self.what = what
        self.tty = stream.isatty()

    def __call__(self, done: int, total: int) -> None:
        if self.tty:
            width = 30
            filled = width * done // max(total, 1)
            bar = "#" * filled + "." * (width - filled)
            print(f"\r[{bar}] {done}/{total} {self.what}", end="", file=self.stream, flush=True)
        elif done:
            print(f"{done}/{total} {self.what}", file=self.stream, flush=True)

    def close(self) -> None:
        if self.tty:
            print(file=self.stream)


def run_pack(args: argparse.Namespace, url: str, paths: AppPaths) -> int:
    """Run ``outpost pack`` with parsed ``args``; returns the exit code."""
    from app.db import migrate
    from app.db.engine import Database
    from app.reports.fonts import FontNotFoundError, find_cjk_font
    from app.services.errors import NotFoundError, ValidationError
    from app.services.pack_data import PackDataService

    lang = args.lang or console_language(paths)
    output: Path = args.output
    problem = _output_problem(output, region=args.region is not None)
    if problem:
        return fail(problem, EXIT_REFUSED)
    try:
        font_path = find_cjk_font(args.font)
    except FontNotFoundError as exc:
        return fail(str(exc))
    password = None
    if args.password:
        password = read_password()
        if not password:
            return fail(
                f"no password: type the same one twice, or set {ENV_PACK_PASSWORD}", EXIT_REFUSED
            )

    db = Database(url)
    try:
        current, head = migrate.current_revision(db.engine), migrate.head_revision()
        if current != head:
            where = current or "no revision"
            return fail(f"{db.description} is at {where}, not {head}: run db upgrade")
        cycle_id, review_ids = PackDataService(db).resolve(
            cycle=args.cycle, rep=args.rep, region=args.region
        )
    except ValidationError as exc:
        return fail(exc.full_text(lang), EXIT_REFUSED)  # in the pack's language
    except NotFoundError as exc:
        return fail(exc.text(lang), EXIT_REFUSED)
    finally:
        db.dispose()

    try:
        if args.rep is not None:
            return _one(url, review_ids, output, lang=lang, font_path=font_path, password=password)
        return _region(
            url,
            cycle_id,
            output,
            lang=lang,
            font_path=font_path,
            password=password,
            jobs=args.jobs,
        )
    except KeyboardInterrupt:
        return fail("interrupted; no partial PDF was left behind", EXIT_INTERRUPTED)
    except FontNotFoundError as exc:
        return fail(str(exc))


def _output_problem(output: Path, *, region: bool) -> str | None:
    if region:
        if output.exists() and not output.is_dir():
            return f"output: {output} is a file; --region writes one PDF per rep into a folder"
        return None
    if output.is_dir():
        return f"output: {output} is a folder; --rep writes one file, e.g. {output / 'pack.pdf'}"
    if not output.parent.is_dir():
        return f"output: the folder {output.parent} does not exist"
    return None


def _one(
    url: str,
    review_ids: list[int],
    output: Path,
    *,
    lang: str,
    font_path: Path,
    password: str | None,
) -> int:
    from app.reports.batch import export_pack

    if len(review_ids) != 1:
        return fail(f"rep: expected one review in the cycle, found {len(review_ids)}", EXIT_REFUSED)
    path = export_pack(
        url, review_ids[0], output, lang=lang, font_path=font_path, password=password
    )
    print(path)
    return EXIT_OK


def _region(
    url: str,
    cycle_id: int,
    output: Path,
    *,
    lang: str,
    font_path: Path,
    password: str | None,
    jobs: int,
) -> int:
    from app.reports.batch import export_region

    bar = ProgressBar(sys.stderr, "PDFs")
    try:
        written = export_region(
            url,
            cycle_id,
            output,
            lang=lang,
            font_path=font_path,
            password=password,
            jobs=jobs,
            progress=bar,
        )
    finally:
        bar.close()
    for path in written:
        print(path)
    return EXIT_OK if written else EXIT_FAILED


__all__ = ["ENV_PACK_PASSWORD", "add_pack_parser", "console_language", "read_password", "run_pack"]
