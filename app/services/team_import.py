"""Import a team spreadsheet: regions, managers, reps, exchange rates and courses.

All or nothing: every row goes through the same validation as the forms
(:func:`validate_region`, :func:`validate_rep`, …) and is written, audited, in
one transaction; any bad cell anywhere rolls all of it back. Every bad cell is
reported, not just the first. Rows are matched to what is stored (regions by
name, managers and reps by e-mail, rates by base, currency and date, courses
by title), so importing the same file again changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import Base
from app.db.org import Manager, Region, Rep
from app.db.targets import ExchangeRate
from app.db.training import Course
from app.domain import messages as m
from app.domain.enums import Focus, ManagerRole, RepStatus
from app.domain.messages import Text
from app.domain.validation import ValidationError
from app.services.base import Service
from app.services.rates import validate_rate
from app.services.team import (
    ManagerInput,
    RegionInput,
    RepInput,
    validate_manager,
    validate_region,
    validate_rep,
)
from app.services.team_rows import (
    COURSES,
    MANAGERS,
    RATES,
    REGIONS,
    REPS,
    SHEETS,
    CellError,
    ImportReport,
    RowOutcome,
    RowStatus,
    SheetCounts,
    SheetRow,
    TeamRows,
)
from app.services.training import CourseInput, validate_course

# A validator's field name -> the sheet's column name, where they differ.
_COLUMN_OF = {
    "posting_country": "country",
    "posting_city": "city",
    "work_permit_number": "work_permit_no",
    "rate_to_base": "rate",
    "region_id": "region",
    "manager_id": "manager_email",
}

# Where a sheet names a field's column otherwise (a manager's region is "regions").
_SHEET_COLUMN_OF = {(MANAGERS, "region_id"): "regions"}

# The statuses counted, in SheetCounts' order.
_COUNTED = (RowStatus.NEW, RowStatus.UPDATE, RowStatus.UNCHANGED)

# A valid stand-in for a field found bad, so that validation goes on to the
# row's other fields: the validators stop at the first bad one.
_SAFE: dict[str, Any] = {
    "name": "x",
    "name_zh": None,
    "email": "x@example.com",
    "phone": None,
    "region_id": 0,
    "posting_country": "SG",
    "posting_city": "x",
    "time_zone": "UTC",
    "currency": "NOK",
    "base_currency": "ISK",
    "posting_start": dt.date(2000, 1, 1),
    "posting_end": None,
    "focus": Focus.BOTH.value,
    "languages": (),
    "work_permit_number": None,
    "work_permit_expiry": None,
    "role": ManagerRole.REGIONAL_MANAGER.value,
    "countries": (),
    "title": "x",
    "category": "sales_skills",
    "format": "online",
    "hours": Decimal(1),
    "provider": None,
    "rate_to_base": Decimal(1),
    "cost": None,
    "valid_from": dt.date(2000, 1, 1),
}


class _Discard(Exception):
    """Raised inside the transaction to roll it back (bad cells, or a dry run)."""


@dataclass(frozen=True)
class _RateRow:
    base_currency: str
    currency: str
    rate_to_base: Decimal
    valid_from: dt.date


def _validate_rate_row(data: _RateRow) -> dict[str, Any]:
    return validate_rate(data.base_currency, data.currency, data.rate_to_base, data.valid_from)


def _choice(value: Any) -> Any:
    """An enum cell as typed by a person ("Head of sales") in its stored form."""
    return value.strip().lower().replace(" ", "_").replace("-", "_") if value else value


class _Run:
    """One import's state: the session, the errors so far, counts and the ids found."""

    def __init__(self, session: Session, rows: TeamRows) -> None:
        self.session = session
        self.rows = rows
        self.errors: list[CellError] = list(rows.errors)
        self.counts: dict[str, list[int]] = {sheet: [0, 0, 0] for sheet in SHEETS}
        # (sheet, row number) -> what the import does with the row.
        self.outcomes: dict[tuple[str, int], RowOutcome] = {}
        # Names / e-mails of the sheet's rows -> their id, None when the row is bad.
        self.region_ids: dict[str, int | None] = {}
        self.manager_ids: dict[str, int | None] = {}

    def fail(self, sheet: str, row: SheetRow, column: str, reason: Text | str) -> None:
        self.errors.append(CellError.of(sheet, row.number, column, reason))

    def missing(self, sheet: str, row: SheetRow) -> set[str]:
        """Required cells left blank (reported); with the unreadable ones, the row's bad cells."""
        bad = set(row.bad)
        for spec in SHEETS[sheet]:
            if spec.required and spec.key not in bad and row.cells.get(spec.key) in (None, ""):
                self.fail(sheet, row, spec.key, m.REQUIRED())
                bad.add(spec.key)
        return bad

    def validated(
        self,
        sheet: str,
        row: SheetRow,
        validate: Callable[[Any], dict[str, Any]],
        data: Any,
        bad: set[str],
    ) -> dict[str, Any] | None:
        """``validate(data)``'s values, or None after reporting every bad field of the row."""
        tried: set[str] = set()
        for _ in range(len(fields(data)) + 1):
            try:
                values = validate(data)
            except ValidationError as exc:
                column = _COLUMN_OF.get(exc.field, exc.field)
                if column not in bad:
                    self.fail(sheet, row, column, exc.said or exc.message)
                    bad.add(column)
                if exc.field in tried or exc.field not in _SAFE:
                    return None
                tried.add(exc.field)
                data = replace(data, **{exc.field: _SAFE[exc.field]})
            else:
                return None if bad else values
        return None

    def once(self, sheet: str, row: SheetRow, column: str, key: Any, seen: dict[Any, int]) -> bool:
        """False (reported) when ``key`` was already on an earlier row of the sheet."""
        if key in seen:
            self.fail(sheet, row, column, m.ON_EARLIER_ROW(value=key, row=seen[key]))
            return False
        seen[key] = row.number
        return True

    def region_id(self, name: str) -> tuple[bool, int | None]:
        """(known, id) of the region named ``name``, from the sheet or the database."""
        if name in self.region_ids:
            return True, self.region_ids[name]
        found = self.session.scalar(select(Region.id).where(Region.name == name))
        return found is not None, found

    def manager_id(self, email: str) -> tuple[bool, int | None]:
        if email in self.manager_ids:
            return True, self.manager_ids[email]
        found = self.session.scalar(select(Manager.id).where(Manager.email == email))
        return found is not None, found

    def counted(self, sheet: str, row: SheetRow, status: RowStatus, changed: Any = ()) -> None:
        self.counts[sheet][_COUNTED.index(status)] += 1
        columns = tuple(
            _SHEET_COLUMN_OF.get((sheet, key), _COLUMN_OF.get(key, key)) for key in changed
        )
        self.outcomes[sheet, row.number] = RowOutcome(sheet, row.number, status, columns)

    def row_outcomes(self) -> tuple[RowOutcome, ...]:
        """Every row's outcome; a row not written is in error, or skipped for another's."""
        bad_rows = {(error.sheet, error.row) for error in self.errors}
        out = []
        for sheet in SHEETS:
            for row in self.rows.rows(sheet):
                key = (sheet, row.number)
                if key in bad_rows:
                    out.append(RowOutcome(sheet, row.number, RowStatus.ERROR))
                else:
                    out.append(
                        self.outcomes.get(key) or RowOutcome(sheet, row.number, RowStatus.SKIPPED)
                    )
        return tuple(out)

    def report(self, *, dry_run: bool, written: bool) -> ImportReport:
        counts = {sheet: SheetCounts(*numbers) for sheet, numbers in self.counts.items()}
        return ImportReport(
            counts,
            tuple(self.errors),
            dry_run=dry_run,
            written=written,
            rows=self.row_outcomes(),
        )


class TeamImportService(Service):
    """Writes a team spreadsheet's rows (see :mod:`app.io.team_sheet`) in one transaction."""

    def import_rows(self, rows: TeamRows, *, dry_run: bool = False) -> ImportReport:
        """Import ``rows``; nothing is written when a cell is bad or ``dry_run`` is set.

        The report's counts say what was (or would have been) created, updated
        and left unchanged per sheet; its errors name every bad cell.
        """
        run: _Run | None = None
        try:
            with self.db.session() as session:
                run = _Run(session, rows)
                self._regions(run)
                self._managers(run)
                self._reps(run)
                self._rates(run)
                self._courses(run)
                if run.errors or dry_run:
                    raise _Discard
        except _Discard:
            pass
        assert run is not None
        return run.report(dry_run=dry_run, written=not (run.errors or dry_run))

    def _upsert(
        self,
        run: _Run,
        sheet: str,
        row: SheetRow,
        existing: Base | None,
        model: type[Base],
        values: dict,
    ) -> int:
        """Create the row, or change ``existing`` where it differs; its id. Counted."""
        if existing is None:
            created = self._create(run.session, model(**values))
            run.counted(sheet, row, RowStatus.NEW)
            return int(created.id)  # type: ignore[attr-defined]
        changes = {k: v for k, v in values.items() if getattr(existing, k) != v}
        if changes:
            self._update(run.session, existing, changes, None, sheet)
            run.counted(sheet, row, RowStatus.UPDATE, changes)
        else:
            run.counted(sheet, row, RowStatus.UNCHANGED)
        return int(existing.id)  # type: ignore[attr-defined]

    def _regions(self, run: _Run) -> None:
        seen: dict[Any, int] = {}
        for row in run.rows.rows(REGIONS):
            cells, bad = row.cells, run.missing(REGIONS, row)
            name = cells.get("name") or ""
            data = RegionInput(
                name=name,
                base_currency=cells.get("base_currency") or "",
                countries=cells.get("countries") or (),
            )
            values = run.validated(REGIONS, row, validate_region, data, bad)
            run.region_ids.setdefault(name, None)
            if values is None or not run.once(REGIONS, row, "name", name, seen):
                continue
            values.pop("name_zh")  # not in the sheet: kept as it is
            existing = run.session.scalar(select(Region).where(Region.name == values["name"]))
            run.region_ids[name] = self._upsert(run, REGIONS, row, existing, Region, values)

    def _linked_region(self, run: _Run, sheet: str, row: SheetRow, column: str, name: str) -> int:
        """The id of the region ``name`` (0 when unknown, reported, or its row is bad)."""
        known, region_id = run.region_id(name)
        if not known:
            run.fail(sheet, row, column, m.NO_REGION_NAMED_SHEET(value=name))
        return region_id or 0

    def _managers(self, run: _Run) -> None:
        seen: dict[Any, int] = {}
        for row in run.rows.rows(MANAGERS):
            cells, bad = row.cells, run.missing(MANAGERS, row)
            email = cells.get("email") or ""
            existing = run.session.scalar(select(Manager).where(Manager.email == email))
            regions = cells.get("regions") or ()
            region_id: int | None = None
            if len(regions) > 1:
                run.fail(MANAGERS, row, "regions", m.ONE_REGION_PER_MANAGER())
                bad.add("regions")
            elif regions:
                region_id = self._linked_region(run, MANAGERS, row, "regions", regions[0])
                if not region_id:
                    bad.add("regions")
            role = _choice(cells.get("role")) or (
                existing.role if existing else ManagerRole.REGIONAL_MANAGER.value
            )
            data = ManagerInput(
                name=cells.get("name") or "",
                email=email,
                role=role,
                region_id=region_id,
                time_zone=cells.get("time_zone") or "",
            )
            values = run.validated(MANAGERS, row, validate_manager, data, bad)
            run.manager_ids.setdefault(email, None)
            if values is None or not run.once(MANAGERS, row, "email", email, seen):
                continue
            values.pop("name_zh")
            run.manager_ids[email] = self._upsert(run, MANAGERS, row, existing, Manager, values)

    def _reps(self, run: _Run) -> None:
        seen: dict[Any, int] = {}
        for row in run.rows.rows(REPS):
            cells, bad = row.cells, run.missing(REPS, row)
            email = cells.get("email") or ""
            existing = run.session.scalar(select(Rep).where(Rep.email == email))
            data = self._rep_input(run, row, bad, existing)
            values = run.validated(REPS, row, validate_rep, data, bad)
            if values is None or not run.once(REPS, row, "email", email, seen):
                continue
            self._upsert(run, REPS, row, existing, Rep, values)

    def _rep_input(self, run: _Run, row: SheetRow, bad: set[str], existing: Rep | None) -> RepInput:
        cells = row.cells
        region_id = 0
        if "region" not in bad:
            region_id = self._linked_region(run, REPS, row, "region", cells["region"])
            if not region_id:
                bad.add("region")
        manager_id: int | None = None
        manager_email = cells.get("manager_email")
        if manager_email:
            known, manager_id = run.manager_id(manager_email)
            if not known:
                run.fail(REPS, row, "manager_email", m.NO_MANAGER(value=manager_email))
            if not manager_id:
                bad.add("manager_email")
        default_focus = existing.focus if existing else Focus.BOTH.value
        return RepInput(
            name=cells.get("name") or "",
            name_zh=cells.get("name_zh"),
            email=cells.get("email") or "",
            phone=cells.get("phone"),
            region_id=region_id,
            manager_id=manager_id,
            posting_country=cells.get("country") or "",
            posting_city=cells.get("city") or "",
            time_zone=cells.get("time_zone") or "",
            currency=cells.get("currency") or "",
            posting_start=cells.get("posting_start"),  # type: ignore[arg-type]
            posting_end=cells.get("posting_end"),
            focus=_choice(cells.get("focus")) or default_focus,
            languages=cells.get("languages") or (),
            work_permit_number=cells.get("work_permit_no"),
            work_permit_expiry=cells.get("work_permit_expiry"),
            # Not in the sheet: a stored rep keeps them.
            status=existing.status if existing else RepStatus.ACTIVE.value,
            notes=existing.notes if existing else None,
        )

    def _rates(self, run: _Run) -> None:
        seen: dict[Any, int] = {}
        for row in run.rows.rows(RATES):
            cells, bad = row.cells, run.missing(RATES, row)
            data = _RateRow(
                base_currency=cells.get("base_currency") or "",
                currency=cells.get("currency") or "",
                rate_to_base=_number(cells.get("rate")),
                valid_from=cells.get("valid_from"),  # type: ignore[arg-type]
            )
            values = run.validated(RATES, row, _validate_rate_row, data, bad)
            if values is None:
                continue
            key = (values["base_currency"], values["currency"], values["valid_from"])
            if not run.once(RATES, row, "valid_from", "/".join(map(str, key)), seen):
                continue
            existing = run.session.scalar(
                select(ExchangeRate).where(
                    ExchangeRate.base_currency == key[0],
                    ExchangeRate.currency == key[1],
                    ExchangeRate.valid_from == key[2],
                )
            )
            self._upsert(run, RATES, row, existing, ExchangeRate, values)

    def _courses(self, run: _Run) -> None:
        seen: dict[Any, int] = {}
        for row in run.rows.rows(COURSES):
            cells, bad = row.cells, run.missing(COURSES, row)
            data = CourseInput(
                title=cells.get("title") or "",
                category=_choice(cells.get("category")) or "",
                format=_choice(cells.get("format")) or "",
                hours=_number(cells.get("hours")),
                provider=cells.get("provider"),
                cost=cells.get("cost"),
                currency=cells.get("currency"),
            )
            values = run.validated(COURSES, row, validate_course, data, bad)
            if values is None or not run.once(COURSES, row, "title", values["title"], seen):
                continue
            for kept in ("title_zh", "description", "active"):
                values.pop(kept)  # not in the sheet: a stored course keeps them
            existing = run.session.scalar(select(Course).where(Course.title == values["title"]))
            self._upsert(run, COURSES, row, existing, Course, values)


def _number(value: Any) -> Decimal:
    # A blank required number is reported by _Run.missing; 1 lets the rest be checked.
    return value if isinstance(value, Decimal) else Decimal(1)


__all__ = ["TeamImportService"]
