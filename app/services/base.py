"""What every service shares: audit events, version checks, the steps of a write, paging.

Services open one short session per use case through :class:`Database` and
return plain dataclasses, never live ORM objects.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from decimal import Decimal
from typing import Any, Generic, TypeVar

from sqlalchemy import Row, Select, func, inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.db.audit import AuditEvent
from app.db.base import Base
from app.db.engine import Database
from app.domain import messages as m
from app.domain.enums import AuditAction
from app.services.errors import ConflictError, NotFoundError, ValidationError

M = TypeVar("M", bound=Base)
T = TypeVar("T")


def to_jsonable(value: Any) -> Any:
    """A JSON-safe form of a column value for audit snapshots."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def snapshot(row: Base) -> dict[str, Any]:
    """The row's column values, JSON-safe (large binaries summarised)."""
    mapper = inspect(row).mapper
    return {c.key: to_jsonable(getattr(row, c.key)) for c in mapper.column_attrs}


def audit(
    session: Session,
    actor: str,
    row: Base,
    action: AuditAction,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> None:
    """Record one change; only the fields that changed are kept for updates."""
    if action is AuditAction.UPDATE and before is not None and after is not None:
        changed = {k for k in after if before.get(k) != after.get(k)} - {"version", "updated_at"}
        before = {k: before.get(k) for k in sorted(changed)}
        after = {k: after.get(k) for k in sorted(changed)}
    session.add(
        AuditEvent(
            actor=actor,
            table_name=row.__tablename__,
            row_id=int(row.id),  # type: ignore[attr-defined]
            action=action.value,
            before=before,
            after=after,
        )
    )


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    # Fields set in __post_init__ (init=False) are not the caller's to give.
    return tuple(f.name for f in fields(cls) if f.init)


def from_attributes(cls: type[T], source: object, /, **given: Any) -> T:
    """A ``cls`` dataclass: the fields in ``given``, the others read from ``source``.

    Each field not given is ``source``'s attribute of the same name: a record from
    an ORM row (with converted enums and joined names given), or an input from a
    record.
    """
    values = {name: getattr(source, name) for name in _field_names(cls) if name not in given}
    return cls(**values, **given)


def get_or_404(session: Session, model: type[M], row_id: int, what: str | None = None) -> M:
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(what or model.__name__, row_id)
    return row


def linked_row(session: Session, model: type[M], row_id: int, field_name: str, what: str) -> M:
    """The row a link names; a ValidationError on ``field_name`` when it does not exist."""
    row = session.get(model, row_id)
    if row is None:
        raise ValidationError(field_name, m.DOES_NOT_EXIST(what=what, value=row_id))
    return row


def check_link(
    session: Session, model: type[Base], row_id: int | None, field_name: str, what: str
) -> None:
    """Refuse an optional link (None: no link) to a row that does not exist."""
    if row_id is not None:
        linked_row(session, model, row_id, field_name, what)


def one_or_404(
    session: Session, stmt: Select[Any], model: type[Base], row_id: int, what: str
) -> Row[Any]:
    """The row of ``stmt`` (a select of ``model`` and what its record joins) for the
    ``model`` row ``row_id``; a NotFoundError naming ``what`` when there is none."""
    found = session.execute(stmt.where(model.id == row_id)).one_or_none()  # type: ignore[attr-defined]
    if found is None:
        raise NotFoundError(what, row_id)
    return found


def check_version(row: Base, expected_version: int | None, what: str) -> None:
    """Refuse to save over a row someone else changed since the user loaded it."""
    stored = row.version  # type: ignore[attr-defined]
    if expected_version is not None and stored != expected_version:
        raise ConflictError(what, row.id, expected_version, stored, snapshot(row))  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Editable(Generic[M, T]):
    """A kind of row a service creates and changes by the same steps: validate the
    input, check the rows it links to, write it with its audit event, and read its
    record back in the same transaction (see :meth:`Service._create_from`)."""

    model: type[M]
    #: What messages and conflicts call a row ("risk", "action item").
    what: str
    #: The input's column values, or a ValidationError.
    validate: Callable[[Any], dict[str, Any]]
    #: Refuses links to rows that do not exist (a ValidationError).
    check_links: Callable[[Session, Mapping[str, Any]], object]
    #: The record of the row with this id.
    read: Callable[[Session, int], T]


class Service:
    """Base of the area services: holds the :class:`Database` and the actor."""

    def __init__(self, db: Database):
        self.db = db

    @property
    def actor(self) -> str:
        return self.db.actor

    def _create(self, session: Session, row: M) -> M:
        session.add(row)
        session.flush()
        audit(session, self.actor, row, AuditAction.CREATE, None, snapshot(row))
        return row

    def _update(
        self,
        session: Session,
        row: M,
        changes: Mapping[str, Any],
        expected_version: int | None,
        what: str,
    ) -> M:
        """Apply validated ``changes`` to ``row`` with a version check and an audit event."""
        check_version(row, expected_version, what)
        before = snapshot(row)
        # Read before the flush: a failed flush expires the row.
        row_id = row.id  # type: ignore[attr-defined]
        for key, value in changes.items():
            setattr(row, key, value)
        try:
            session.flush()
        except StaleDataError as exc:
            raise ConflictError(what, row_id, expected_version, None) from exc
        audit(session, self.actor, row, AuditAction.UPDATE, before, snapshot(row))
        return row

    def _delete(self, session: Session, row: Base, expected_version: int | None, what: str) -> None:
        check_version(row, expected_version, what)
        before = snapshot(row)
        row_id = row.id  # type: ignore[attr-defined]
        audit(session, self.actor, row, AuditAction.DELETE, before, None)
        session.delete(row)
        try:
            session.flush()
        except StaleDataError as exc:
            raise ConflictError(what, row_id, expected_version, None) from exc

    def _create_from(self, kind: Editable[M, T], data: Any) -> T:
        """Create a row of ``kind`` from the input ``data``; its record."""
        values = kind.validate(data)
        with self.db.session() as session:
            kind.check_links(session, values)
            row = self._create(session, kind.model(**values))
            return kind.read(session, row.id)  # type: ignore[attr-defined]

    def _update_from(
        self, kind: Editable[M, T], row_id: int, data: Any, expected_version: int | None
    ) -> T:
        """Change the row ``row_id`` of ``kind`` to the input ``data``; its record."""
        values = kind.validate(data)
        with self.db.session() as session:
            row = get_or_404(session, kind.model, row_id, kind.what)
            kind.check_links(session, values)
            self._update(session, row, values, expected_version, kind.what)
            return kind.read(session, row_id)

    def _delete_by_id(
        self, model: type[Base], row_id: int, expected_version: int | None, what: str
    ) -> None:
        """Delete the ``model`` row ``row_id`` (``what`` in messages), audited."""
        with self.db.session() as session:
            row = get_or_404(session, model, row_id, what)
            self._delete(session, row, expected_version, what)

    def _refuse_duplicate(
        self,
        session: Session,
        model: type[Base],
        column: Any,
        value: Any,
        field_name: str,
        own_id: int | None = None,
    ) -> None:
        """A clear message for a unique value already taken, before the database's error."""
        stmt = select(model.id).where(column == value)  # type: ignore[attr-defined]
        if own_id is not None:
            stmt = stmt.where(model.id != own_id)  # type: ignore[attr-defined]
        if session.scalar(stmt.limit(1)) is not None:
            raise ValidationError(field_name, m.ALREADY_USED(value=value))


@dataclass(frozen=True)
class PageRequest:
    """What a pane asks for: a filter text, a sort column and a window of rows."""

    offset: int = 0
    limit: int = 200
    sort: str | None = None
    descending: bool = False
    search: str | None = None
    filters: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Page(Generic[T]):
    rows: Sequence[T]
    total: int
    offset: int


def count_rows(session: Session, stmt: Select[Any]) -> int:
    return int(
        session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0
    )
