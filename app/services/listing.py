"""How a service lists rows: filters, a search, the order and window of a page.

Each list method builds its select with these, so every list narrows, searches,
sorts and pages by the same rules.
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Mapping
from typing import Any

from sqlalchemy import Select, or_

from app.domain import messages as m
from app.domain.validation import ValidationError, require_choice
from app.services.base import PageRequest


def own_columns(model: Any, *names: str) -> dict[str, Any]:
    """``model``'s columns of these names under their names, as a sort table lists them."""
    return {name: getattr(model, name) for name in names}


def sort_name(request: PageRequest, names: Collection[str], default: str) -> str:
    """The column ``request`` sorts by (``default`` when it names none); a
    ValidationError on ``sort`` for a name not among ``names``."""
    name = request.sort or default
    if name not in names:
        raise ValidationError("sort", m.NOT_A_SORT_COLUMN(value=name))
    return name


def sorted_window(
    stmt: Select[Any],
    request: PageRequest,
    columns: Mapping[str, Any],
    default: str,
    *tiebreak: Any,
    strict: bool = False,
) -> Select[Any]:
    """``stmt`` cut to the request's window of rows, in the order it asks for.

    ``request.sort`` names a key of ``columns``; no name sorts by
    ``columns[default]``, and so does one not there, unless ``strict`` refuses
    it (see :func:`sort_name`). The ``tiebreak`` columns (a unique id last) keep
    the order, and so the pages, stable.
    """
    if strict:
        column = columns[sort_name(request, columns, default)]
    else:
        column = columns.get(request.sort or default, columns[default])
    order = column.desc() if request.descending else column.asc()
    return stmt.order_by(order, *tiebreak).offset(request.offset).limit(request.limit)


def where_given(
    stmt: Select[Any], filters: Mapping[str, Any], columns: Mapping[str, Any]
) -> Select[Any]:
    """``stmt`` narrowed to ``column == value`` for each filter of ``columns`` given (not None)."""
    for name, column in columns.items():
        if filters.get(name) is not None:
            stmt = stmt.where(column == filters[name])
    return stmt


def where_chosen(
    stmt: Select[Any],
    filters: Mapping[str, Any],
    choices: Mapping[str, tuple[Any, type[enum.Enum]]],
    *,
    validate: bool = False,
) -> Select[Any]:
    """``stmt`` narrowed to ``column == member`` for each enum filter of ``choices`` given.

    ``choices`` maps a filter to its column and enum; an empty filter (None or
    "") narrows nothing. An unknown value raises the enum's ValueError, or with
    ``validate`` a ValidationError naming the filter, as a form field's would.
    """
    for name, (column, enum_cls) in choices.items():
        value = filters.get(name)
        if value:
            member = require_choice(value, enum_cls, name) if validate else enum_cls(value)
            stmt = stmt.where(column == member.value)
    return stmt


def where_search(stmt: Select[Any], search: str | None, *columns: Any) -> Select[Any]:
    """``stmt`` narrowed to rows where any of ``columns`` contains ``search``
    (case-insensitive, surrounding blanks ignored); a blank search narrows nothing."""
    text = (search or "").strip()
    if text:
        pattern = f"%{text}%"
        stmt = stmt.where(or_(*(column.ilike(pattern) for column in columns)))
    return stmt
