"""Small builders for service tests: a region, a manager, a rep with sensible defaults.

Every builder goes through :class:`TeamService`, so rows are validated and
audited like real ones. Emails and names are unique per call via a counter.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from app.db.engine import Database
from app.domain.enums import ManagerRole
from app.services.team import (
    ManagerInput,
    ManagerRecord,
    RegionInput,
    RegionRecord,
    RepInput,
    RepRecord,
    TeamService,
)

_counter = itertools.count(1)


def _next() -> int:
    return next(_counter)


def region_input(**overrides: Any) -> RegionInput:
    n = _next()
    values: dict[str, Any] = {
        "name": f"South-East Asia {n}",
        "base_currency": "CNY",
        "countries": ("SG", "MY", "TH"),
        "name_zh": f"东南亚 {n}",
    }
    values.update(overrides)
    return RegionInput(**values)


def make_region(db: Database, **overrides: Any) -> RegionRecord:
    """A region (base currency CNY, countries SG/MY/TH) with a unique name."""
    return TeamService(db).create_region(region_input(**overrides))


def manager_input(**overrides: Any) -> ManagerInput:
    n = _next()
    values: dict[str, Any] = {
        "name": f"Manager {n}",
        "email": f"manager{n}@example.com",
        "role": ManagerRole.REGIONAL_MANAGER,
        "region_id": None,
        "time_zone": "Asia/Shanghai",
        "name_zh": None,
    }
    values.update(overrides)
    return ManagerInput(**values)


def make_manager(db: Database, region_id: int | None = None, **overrides: Any) -> ManagerRecord:
    """A regional manager in Asia/Shanghai with a unique email."""
    return TeamService(db).create_manager(manager_input(region_id=region_id, **overrides))


def rep_input(region_id: int, **overrides: Any) -> RepInput:
    """A rep posted in Singapore (Asia/Singapore, SGD) since 2024-01-01, unique email."""
    n = _next()
    values: dict[str, Any] = {
        "name": f"Rep {n:05d}",
        "email": f"rep{n}@example.com",
        "region_id": region_id,
        "posting_country": "SG",
        "posting_city": "Singapore",
        "time_zone": "Asia/Singapore",
        "currency": "SGD",
        "posting_start": dt.date(2024, 1, 1),
        "name_zh": f"销售 {n}",
        "languages": ("zh", "en"),
    }
    values.update(overrides)
    return RepInput(**values)


def make_rep(db: Database, region_id: int, **overrides: Any) -> RepRecord:
    """A rep created through TeamService; any RepInput field may be overridden."""
    return TeamService(db).create_rep(rep_input(region_id, **overrides))


__all__ = [
    "make_manager",
    "make_region",
    "make_rep",
    "manager_input",
    "region_input",
    "rep_input",
]
