"""The first day: a region and its manager, written together from the set-up wizard.

Both rows go through the same validation as everywhere else
(:func:`validate_region`, :func:`validate_manager`) and are written, audited,
in one transaction: a bad manager leaves no lonely region behind. Errors name
their field with the row's prefix (``region_name``, ``manager_email``…) so the
wizard can show each at its own field, since both rows have a ``name``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.db.org import Manager, Region
from app.domain.enums import ManagerRole
from app.domain.validation import ValidationError
from app.services.base import Service
from app.services.team import (
    ManagerInput,
    ManagerRecord,
    RegionInput,
    RegionRecord,
    TeamService,
    validate_manager,
    validate_region,
)

REGION_PREFIX = "region_"
MANAGER_PREFIX = "manager_"


@dataclass(frozen=True)
class SetUpRegion:
    """What :meth:`FirstStartService.set_up_region` wrote."""

    region: RegionRecord
    manager: ManagerRecord


def _prefixed(error: ValidationError, prefix: str) -> ValidationError:
    return error.renamed(prefix + error.field)


def check_region(data: RegionInput) -> None:
    """Refuse a bad region before anything is written (fields prefixed ``region_``)."""
    try:
        validate_region(data)
    except ValidationError as error:
        raise _prefixed(error, REGION_PREFIX) from error


def check_manager(data: ManagerInput) -> None:
    """Refuse a bad manager before anything is written (fields prefixed ``manager_``)."""
    try:
        validate_manager(data)
    except ValidationError as error:
        raise _prefixed(error, MANAGER_PREFIX) from error


class FirstStartService(Service):
    """Creates the user's region and the user as its regional manager."""

    def set_up_region(self, region: RegionInput, manager: ManagerInput) -> SetUpRegion:
        """Create ``region`` and ``manager`` (its regional manager) in one transaction.

        ``manager.region_id`` and ``role`` are set here: the manager leads the
        new region. Raises a :class:`ValidationError` with a prefixed field.
        """
        check_region(region)
        check_manager(manager)
        region_values = validate_region(region)
        with self.db.session() as session:
            try:
                self._refuse_duplicate(session, Region, Region.name, region_values["name"], "name")
            except ValidationError as error:
                raise _prefixed(error, REGION_PREFIX) from error
            region_row = self._create(session, Region(**region_values))
            lead = replace(manager, region_id=region_row.id, role=ManagerRole.REGIONAL_MANAGER)
            manager_values = validate_manager(lead)
            try:
                self._refuse_duplicate(
                    session, Manager, Manager.email, manager_values["email"], "email"
                )
            except ValidationError as error:
                raise _prefixed(error, MANAGER_PREFIX) from error
            manager_row = self._create(session, Manager(**manager_values))
            region_id, manager_id = region_row.id, manager_row.id
        team = TeamService(self.db)
        found = next(m for m in team.list_managers(region_id) if m.id == manager_id)
        return SetUpRegion(team.get_region(region_id), found)


__all__ = [
    "MANAGER_PREFIX",
    "REGION_PREFIX",
    "FirstStartService",
    "SetUpRegion",
    "check_manager",
    "check_region",
]
