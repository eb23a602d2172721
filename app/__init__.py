"""Outpost: a console for regional managers of field and expatriate sales staff."""

from app._version import __version__

__all__ = ["__version__"]
