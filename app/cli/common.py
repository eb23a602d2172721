"""What every ``outpost`` subcommand shares: exit codes, errors, the common options."""

from __future__ import annotations

import argparse
import sys

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_REFUSED = 2


def common_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
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


def positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def fail(message: str, code: int = EXIT_FAILED) -> int:
    print(f"outpost: {message}", file=sys.stderr)
    return code
