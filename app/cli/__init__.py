"""The ``outpost`` command: opens the console, or runs a headless subcommand.

``main`` parses the options; ``common`` holds exit codes and shared options;
``db`` and ``pack`` run the headless subcommands.
"""

from __future__ import annotations

from app.cli.main import build_parser, main

__all__ = ["build_parser", "main"]
