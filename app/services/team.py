"""Regions, managers and reps: the Team area's use cases."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from app.db.org import Manager, Region, Rep
from app.db.reviews import Review
from app.domain import messages as m
from app.domain.enums import LOCKED_REVIEW_STATUSES, Focus, ManagerRole, RepStatus
from app.domain.validation import (
    ValidationError,
    require_choice,
    require_country,
    require_currency,
    require_date_order,
    require_email,
    require_text,
    require_timezone,
)
from app.services.base import (
    Page,
    PageRequest,
    Service,
    count_rows,
    from_attributes,
    get_or_404,
    linked_row,
    one_or_404,
)
from app.services.errors import LockedError
from app.services.listing import own_columns, sorted_window, where_chosen, where_given, where_search
from app.services.references import manager_referrers, refuse_if_used, region_referrers


@dataclass(frozen=True)
class RegionRecord:
    id: int
    version: int
    name: str
    name_zh: str | None
    base_currency: str
    countries: tuple[str, ...]


@dataclass(frozen=True)
class RegionRow:
    """A region as the Administration pane lists it: who leads it, how many reps."""

    id: int
    version: int
    name: str
    name_zh: str | None
    base_currency: str
    countries: tuple[str, ...]
    managers: tuple[str, ...]
    rep_count: int
    #: The managers' Chinese names (the English one where none is kept), same order.
    managers_zh: tuple[str, ...] = ()

    def to_input(self) -> RegionInput:
        return from_attributes(RegionInput, self)


@dataclass(frozen=True)
class RegionInput:
    name: str
    base_currency: str
    countries: tuple[str, ...] = ()
    name_zh: str | None = None


@dataclass(frozen=True)
class ManagerRecord:
    id: int
    version: int
    name: str
    name_zh: str | None
    email: str
    role: ManagerRole
    region_id: int | None
    time_zone: str


@dataclass(frozen=True)
class ManagerRow:
    """A manager as the Administration pane lists it, with the region they lead."""

    id: int
    version: int
    name: str
    name_zh: str | None
    email: str
    role: ManagerRole
    region_id: int | None
    time_zone: str
    region_name: str | None
    region_name_zh: str | None

    def region_label(self, chinese: bool) -> str:
        return (self.region_name_zh if chinese else None) or self.region_name or ""

    def to_input(self) -> ManagerInput:
        return from_attributes(ManagerInput, self)


@dataclass(frozen=True)
class ManagerInput:
    name: str
    email: str
    role: ManagerRole | str = ManagerRole.REGIONAL_MANAGER
    region_id: int | None = None
    time_zone: str = "Asia/Shanghai"
    name_zh: str | None = None


@dataclass(frozen=True)
class RepInput:
    """Every editable field of a rep, as a form or an import gives them."""

    name: str
    email: str
    region_id: int
    posting_country: str
    posting_city: str
    time_zone: str
    currency: str
    posting_start: dt.date
    name_zh: str | None = None
    phone: str | None = None
    manager_id: int | None = None
    posting_end: dt.date | None = None
    focus: Focus | str = Focus.BOTH
    languages: tuple[str, ...] = ()
    work_permit_number: str | None = None
    work_permit_expiry: dt.date | None = None
    status: RepStatus | str = RepStatus.ACTIVE
    notes: str | None = None


@dataclass(frozen=True)
class RepRecord:
    id: int
    version: int
    name: str
    name_zh: str | None
    email: str
    phone: str | None
    region_id: int
    region_name: str
    region_name_zh: str | None
    manager_id: int | None
    manager_name: str | None
    posting_country: str
    posting_city: str
    time_zone: str
    currency: str
    posting_start: dt.date
    posting_end: dt.date | None
    focus: Focus
    languages: tuple[str, ...]
    work_permit_number: str | None
    work_permit_expiry: dt.date | None
    status: RepStatus
    notes: str | None = field(default=None, repr=False)

    def region_label(self, chinese: bool) -> str:
        """The region's name in the reader's language, falling back to English."""
        return (self.region_name_zh if chinese else None) or self.region_name

    def to_input(self) -> RepInput:
        """The editable part, e.g. to pre-fill an edit form."""
        return from_attributes(RepInput, self)


def _split_codes(text: str) -> tuple[str, ...]:
    return tuple(code for code in (part.strip() for part in text.split(",")) if code)


def _region_record(row: Region) -> RegionRecord:
    return from_attributes(RegionRecord, row, countries=_split_codes(row.countries))


def _manager_record(row: Manager) -> ManagerRecord:
    return from_attributes(ManagerRecord, row, role=ManagerRole(row.role))


ManagerAlias = aliased(Manager)

_REP_COUNT = (
    select(func.count(Rep.id)).where(Rep.region_id == Region.id).correlate(Region).scalar_subquery()
)

REGION_SORT_COLUMNS: dict[str, Any] = {
    **own_columns(Region, "name", "name_zh", "base_currency", "countries"),
    "rep_count": _REP_COUNT,
}

MANAGER_SORT_COLUMNS: dict[str, Any] = {
    **own_columns(Manager, "name", "name_zh", "email", "role", "time_zone"),
    "region_name": Region.name,
}


def _manager_select() -> Select[Any]:
    return select(Manager, Region.name, Region.name_zh).outerjoin(
        Region, Manager.region_id == Region.id
    )


def _manager_row(row: Manager, region_name: str | None, region_name_zh: str | None) -> ManagerRow:
    return from_attributes(
        ManagerRow,
        row,
        role=ManagerRole(row.role),
        region_name=region_name,
        region_name_zh=region_name_zh,
    )


# The columns a rep list can be sorted by, named as the panes name them.
REP_SORT_COLUMNS: dict[str, Any] = {
    **own_columns(
        Rep,
        "name",
        "name_zh",
        "email",
        "posting_country",
        "posting_city",
        "time_zone",
        "currency",
        "posting_start",
        "posting_end",
        "focus",
        "work_permit_expiry",
        "status",
    ),
    "region_name": Region.name,
    "manager_name": ManagerAlias.name,
}


def _rep_select() -> Select[Any]:
    return (
        select(Rep, Region.name, Region.name_zh, ManagerAlias.name)
        .join(Region, Rep.region_id == Region.id)
        .outerjoin(ManagerAlias, Rep.manager_id == ManagerAlias.id)
    )


def _rep_record(
    rep: Rep, region_name: str, region_name_zh: str | None, manager_name: str | None
) -> RepRecord:
    return from_attributes(
        RepRecord,
        rep,
        region_name=region_name,
        region_name_zh=region_name_zh,
        manager_name=manager_name,
        focus=Focus(rep.focus),
        languages=_split_codes(rep.languages),
        status=RepStatus(rep.status),
    )


def validate_region(data: RegionInput) -> dict[str, Any]:
    """Column values for a region, or a ValidationError naming the first bad field."""
    return {
        "name": require_text(data.name, "name", max_length=120),
        "name_zh": require_text(data.name_zh, "name_zh", max_length=120, required=False),
        "base_currency": require_currency(data.base_currency, "base_currency"),
        "countries": ",".join(require_country(c, "countries") for c in data.countries),
    }


def validate_manager(data: ManagerInput) -> dict[str, Any]:
    """Column values for a manager, or a ValidationError naming the first bad field."""
    return {
        "name": require_text(data.name, "name", max_length=120),
        "name_zh": require_text(data.name_zh, "name_zh", max_length=120, required=False),
        "email": require_email(data.email, "email", required=True),
        "role": require_choice(data.role, ManagerRole, "role").value,
        "region_id": data.region_id,
        "time_zone": require_timezone(data.time_zone, "time_zone"),
    }


def validate_rep(data: RepInput) -> dict[str, Any]:
    """Column values for a rep, or a ValidationError naming the first bad field."""
    # Missing keys would otherwise reach the database (or session.get(None)).
    if data.region_id is None:
        raise ValidationError("region_id", m.REGION_REQUIRED())
    if not isinstance(data.posting_start, dt.date):
        raise ValidationError("posting_start", m.DATE_REQUIRED())
    require_date_order(data.posting_start, data.posting_end, "posting_start", "posting_end")
    languages = [require_text(code, "languages", max_length=8) for code in data.languages]
    return {
        "name": require_text(data.name, "name", max_length=120),
        "name_zh": require_text(data.name_zh, "name_zh", max_length=120, required=False),
        "email": require_email(data.email, "email", required=True),
        "phone": require_text(data.phone, "phone", max_length=40, required=False),
        "region_id": data.region_id,
        "manager_id": data.manager_id,
        "posting_country": require_country(data.posting_country, "posting_country"),
        "posting_city": require_text(data.posting_city, "posting_city", max_length=120),
        "time_zone": require_timezone(data.time_zone, "time_zone"),
        "currency": require_currency(data.currency, "currency"),
        "posting_start": data.posting_start,
        "posting_end": data.posting_end,
        "focus": require_choice(data.focus, Focus, "focus").value,
        "languages": ",".join(code for code in languages if code),
        "work_permit_number": require_text(
            data.work_permit_number, "work_permit_number", max_length=60, required=False
        ),
        "work_permit_expiry": data.work_permit_expiry,
        "status": require_choice(data.status, RepStatus, "status").value,
        "notes": require_text(data.notes, "notes", max_length=10_000, required=False),
    }


class TeamService(Service):
    """Regions, managers and reps."""

    # -- regions ---------------------------------------------------------------

    def list_regions(self) -> list[RegionRecord]:
        with self.db.read_session() as session:
            rows = session.scalars(select(Region).order_by(Region.name))
            return [_region_record(row) for row in rows]

    def get_region(self, region_id: int) -> RegionRecord:
        with self.db.read_session() as session:
            return _region_record(get_or_404(session, Region, region_id, "region"))

    def list_region_page(self, request: PageRequest | None = None) -> Page[RegionRow]:
        """A page of regions with their managers' names and rep counts (search: names, codes)."""
        request = request or PageRequest()
        with self.db.read_session() as session:
            stmt = where_search(
                select(Region, _REP_COUNT),
                request.search,
                Region.name,
                Region.name_zh,
                Region.base_currency,
                Region.countries,
            )
            total = count_rows(session, stmt)
            stmt = sorted_window(stmt, request, REGION_SORT_COLUMNS, "name", Region.id)
            found = list(session.execute(stmt))
            leaders: dict[int, list[str]] = {}
            leaders_zh: dict[int, list[str]] = {}
            ids = [region.id for region, _count in found]
            for region_id, name, name_zh in session.execute(
                select(Manager.region_id, Manager.name, Manager.name_zh)
                .where(Manager.region_id.in_(ids))
                .order_by(Manager.name)
            ):
                leaders.setdefault(region_id, []).append(name)
                leaders_zh.setdefault(region_id, []).append(name_zh or name)
            rows = [
                from_attributes(
                    RegionRow,
                    region,
                    countries=_split_codes(region.countries),
                    managers=tuple(leaders.get(region.id, ())),
                    managers_zh=tuple(leaders_zh.get(region.id, ())),
                    rep_count=int(count or 0),
                )
                for region, count in found
            ]
            return Page(rows=rows, total=total, offset=request.offset)

    def create_region(self, data: RegionInput) -> RegionRecord:
        values = validate_region(data)
        with self.db.session() as session:
            self._refuse_duplicate(session, Region, Region.name, values["name"], "name")
            row = self._create(session, Region(**values))
            return _region_record(row)

    def update_region(
        self, region_id: int, data: RegionInput, expected_version: int | None
    ) -> RegionRecord:
        values = validate_region(data)
        with self.db.session() as session:
            row = get_or_404(session, Region, region_id, "region")
            self._refuse_duplicate(session, Region, Region.name, values["name"], "name", region_id)
            return _region_record(self._update(session, row, values, expected_version, "region"))

    def delete_region(self, region_id: int, expected_version: int | None) -> None:
        """Delete a region nothing refers to; else DeleteRefusedError naming the referrers.

        Reps would block it in the database, but its managers would be unlinked
        and its review cycles, risks and compliance items deleted in cascade.
        """
        with self.db.session() as session:
            row = get_or_404(session, Region, region_id, "region")
            refuse_if_used("Region", row.name, region_referrers(session, region_id))
            self._delete(session, row, expected_version, "region")

    # -- managers --------------------------------------------------------------

    def get_manager(self, manager_id: int) -> ManagerRecord:
        with self.db.read_session() as session:
            return _manager_record(get_or_404(session, Manager, manager_id, "manager"))

    def list_manager_page(self, request: PageRequest | None = None) -> Page[ManagerRow]:
        """A page of managers with their region; filters ``region_id``, ``role``."""
        request = request or PageRequest()
        with self.db.read_session() as session:
            stmt = where_given(_manager_select(), request.filters, {"region_id": Manager.region_id})
            stmt = where_chosen(stmt, request.filters, {"role": (Manager.role, ManagerRole)})
            stmt = where_search(
                stmt, request.search, Manager.name, Manager.name_zh, Manager.email, Region.name
            )
            total = count_rows(session, stmt)
            stmt = sorted_window(stmt, request, MANAGER_SORT_COLUMNS, "name", Manager.id)
            rows = [_manager_row(*found) for found in session.execute(stmt)]
            return Page(rows=rows, total=total, offset=request.offset)

    def list_managers(self, region_id: int | None = None) -> list[ManagerRecord]:
        with self.db.read_session() as session:
            stmt = select(Manager).order_by(Manager.name)
            if region_id is not None:
                stmt = stmt.where(Manager.region_id == region_id)
            return [_manager_record(row) for row in session.scalars(stmt)]

    def create_manager(self, data: ManagerInput) -> ManagerRecord:
        values = validate_manager(data)
        with self.db.session() as session:
            self._refuse_duplicate(session, Manager, Manager.email, values["email"], "email")
            if data.region_id is not None:
                get_or_404(session, Region, data.region_id, "region")
            return _manager_record(self._create(session, Manager(**values)))

    def update_manager(
        self, manager_id: int, data: ManagerInput, expected_version: int | None
    ) -> ManagerRecord:
        values = validate_manager(data)
        with self.db.session() as session:
            row = get_or_404(session, Manager, manager_id, "manager")
            self._refuse_duplicate(
                session, Manager, Manager.email, values["email"], "email", manager_id
            )
            if data.region_id is not None:
                linked_row(session, Region, data.region_id, "region_id", "region")
            return _manager_record(self._update(session, row, values, expected_version, "manager"))

    def delete_manager(self, manager_id: int, expected_version: int | None) -> None:
        """Delete a manager nothing refers to; else DeleteRefusedError naming the reps
        they lead, the reviews they write and the one-on-ones they own."""
        with self.db.session() as session:
            row = get_or_404(session, Manager, manager_id, "manager")
            refuse_if_used("Manager", row.name, manager_referrers(session, manager_id))
            self._delete(session, row, expected_version, "manager")

    # -- reps ------------------------------------------------------------------

    def get_rep(self, rep_id: int) -> RepRecord:
        with self.db.read_session() as session:
            return _rep_record(*one_or_404(session, _rep_select(), Rep, rep_id, "rep"))

    def list_reps(self, request: PageRequest | None = None) -> Page[RepRecord]:
        """A page of reps; filters: ``region_id``, ``status``, ``manager_id``, ``country``."""
        request = request or PageRequest()
        with self.db.read_session() as session:
            stmt = self._filtered_reps(request)
            total = count_rows(session, stmt)
            stmt = sorted_window(stmt, request, REP_SORT_COLUMNS, "name", Rep.id)
            rows = [_rep_record(*found) for found in session.execute(stmt)]
            return Page(rows=rows, total=total, offset=request.offset)

    def _filtered_reps(self, request: PageRequest) -> Select[Any]:
        filters = request.filters
        stmt = where_given(
            _rep_select(), filters, {"region_id": Rep.region_id, "manager_id": Rep.manager_id}
        )
        stmt = where_chosen(stmt, filters, {"status": (Rep.status, RepStatus)})
        if filters.get("country"):
            stmt = stmt.where(Rep.posting_country == str(filters["country"]).upper())
        return where_search(
            stmt,
            request.search,
            Rep.name,
            Rep.name_zh,
            Rep.email,
            Rep.posting_city,
            Rep.posting_country,
        )

    def create_rep(self, data: RepInput) -> RepRecord:
        values = validate_rep(data)
        with self.db.session() as session:
            self._check_rep_links(session, values)
            self._refuse_duplicate(session, Rep, Rep.email, values["email"], "email")
            rep = self._create(session, Rep(**values))
            rep_id = rep.id
        return self.get_rep(rep_id)

    def update_rep(self, rep_id: int, data: RepInput, expected_version: int | None) -> RepRecord:
        values = validate_rep(data)
        with self.db.session() as session:
            rep = get_or_404(session, Rep, rep_id, "rep")
            self._check_rep_links(session, values)
            self._refuse_duplicate(session, Rep, Rep.email, values["email"], "email", rep_id)
            self._update(session, rep, values, expected_version, "rep")
        return self.get_rep(rep_id)

    def deactivate_rep(
        self, rep_id: int, expected_version: int | None, end: dt.date | None = None
    ) -> RepRecord:
        """Mark a rep inactive (history stays); the posting ends ``end`` or today."""
        with self.db.session() as session:
            rep = get_or_404(session, Rep, rep_id, "rep")
            posting_end = rep.posting_end or max(end or dt.date.today(), rep.posting_start)
            changes = {"status": RepStatus.INACTIVE.value, "posting_end": posting_end}
            self._update(session, rep, changes, expected_version, "rep")
        return self.get_rep(rep_id)

    def delete_rep(self, rep_id: int, expected_version: int | None) -> None:
        """Delete a rep and, by cascade, their history. Deactivate is the usual choice.

        A rep with a signed review is refused: signed reviews are a record that
        must outlive the posting (and PostgreSQL's trigger would refuse too).
        """
        with self.db.session() as session:
            rep = get_or_404(session, Rep, rep_id, "rep")
            signed = session.scalar(
                select(func.count())
                .select_from(Review)
                .where(Review.rep_id == rep_id, Review.status.in_(LOCKED_REVIEW_STATUSES))
            )
            if signed:
                raise LockedError(m.REP_HAS_SIGNED_REVIEWS(name=rep.name, count=signed))
            self._delete(session, rep, expected_version, "rep")

    def _check_rep_links(self, session: Session, values: dict[str, Any]) -> None:
        if session.get(Region, values["region_id"]) is None:
            raise ValidationError(
                "region_id", m.DOES_NOT_EXIST(what="region", value=values["region_id"])
            )
        manager_id = values["manager_id"]
        if manager_id is not None and session.get(Manager, manager_id) is None:
            raise ValidationError("manager_id", m.DOES_NOT_EXIST(what="manager", value=manager_id))


__all__ = [
    "ManagerInput",
    "ManagerRecord",
    "ManagerRow",
    "RegionInput",
    "RegionRecord",
    "RegionRow",
    "RepInput",
    "RepRecord",
    "TeamService",
    "validate_manager",
    "validate_region",
    "validate_rep",
]
