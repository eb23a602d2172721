"""The single source of Outpost's version (read by pyproject and packaging)."""

__version__ = "0.1.0"
