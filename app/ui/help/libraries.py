"""The libraries Outpost ships with: their versions and licences, read at runtime.

Versions and licences come from the installed distributions' metadata
(``importlib.metadata``). Metadata is uneven: some packages declare an SPDX
``License-Expression``, some a short ``License`` field, some put the whole
licence text there and only a trove classifier is usable. When none of these
gives a short answer (or for what is not a Python package, like the font), the
licence declared in :data:`LIBRARIES` is shown. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata

# A ``License`` field longer than this is licence text, not a licence name.
SHORT_LICENCE = 50
CLASSIFIER_PREFIX = "License :: "


@dataclass(frozen=True)
class Declared:
    """A bundled library: its display name, distributions to look for, known licence."""

    name: str
    distributions: tuple[str, ...]
    licence: str
    # A font ships as a file, not a Python distribution: it has no version to read.
    is_font: bool = False


@dataclass(frozen=True)
class Library:
    name: str
    version: str | None  # None: not installed, or a font
    licence: str
    is_font: bool = False


LIBRARIES: tuple[Declared, ...] = (
    Declared("PySide6 (Qt for Python)", ("PySide6-Essentials", "PySide6"), "LGPL-3.0"),
    Declared("SQLAlchemy", ("SQLAlchemy",), "MIT"),
    Declared("Alembic", ("alembic",), "MIT"),
    Declared("matplotlib", ("matplotlib",), "PSF-like (matplotlib licence)"),
    Declared("reportlab", ("reportlab",), "BSD"),
    Declared("pypdf", ("pypdf",), "BSD-3-Clause"),
    Declared("openpyxl", ("openpyxl",), "MIT"),
    Declared("icalendar", ("icalendar",), "BSD-2-Clause"),
    Declared("Babel", ("babel", "Babel"), "BSD-3-Clause"),
    Declared("psycopg", ("psycopg",), "LGPL-3.0"),
    Declared("platformdirs", ("platformdirs",), "MIT"),
    Declared("keyring", ("keyring",), "MIT"),
    Declared("tzdata", ("tzdata",), "Apache-2.0"),
    Declared("WenQuanYi Micro Hei", (), "Apache-2.0 / GPL-3.0", is_font=True),
)


def licence_from_metadata(meta: metadata.PackageMetadata) -> str | None:
    """The licence a distribution declares, when its metadata names one briefly."""
    expression = meta.get("License-Expression")
    if expression:
        return expression.strip()
    field = (meta.get("License") or "").strip()
    if field and "\n" not in field and len(field) <= SHORT_LICENCE:
        return field
    classifiers = [c for c in meta.get_all("Classifier") or [] if c.startswith(CLASSIFIER_PREFIX)]
    if classifiers:
        return classifiers[0].rsplit(" :: ", 1)[-1]
    return None


def describe(declared: Declared) -> Library:
    """One library as installed here: version and licence from metadata, else declared."""
    for distribution in declared.distributions:
        try:
            meta = metadata.metadata(distribution)
        except metadata.PackageNotFoundError:
            continue
        licence = licence_from_metadata(meta) or declared.licence
        return Library(declared.name, meta["Version"], licence)
    return Library(declared.name, None, declared.licence, is_font=declared.is_font)


def bundled_libraries() -> list[Library]:
    return [describe(declared) for declared in LIBRARIES]
