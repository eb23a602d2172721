"""A table's rows as plain values for export: every row of the query, as the view shows it.

A pane's model holds only the pages loaded so far; an export reads the same
query (filters, search, sort) again from the service, page after page, so
the file has every row in the view's order. Columns come in the view's
visual order (the user may have dragged them), hidden ones left out, with
the headers as shown.

A cell is the column's native value (``Column.value``, the sort value) when
that is a number or a date, so a spreadsheet can sum and sort it; otherwise
the text the table shows (enum words in the console's language, names…).
The ``outpost export`` command uses the same functions with the panes' column
definitions, so the file is the same whether made by the window or headless.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any, TypeVar

from PySide6.QtWidgets import QHeaderView

from app.services.base import Page, PageRequest
from app.ui.table_model import Column, PagedTableModel

R = TypeVar("R")

#: Rows asked of the service at a time while exporting (larger than a view's page).
EXPORT_PAGE_SIZE = 1000


def cell_value(column: Column[R], record: R) -> Any:
    """The value written for ``record`` in ``column``: a number or date, else the shown text.

    Booleans and aware datetimes show as text: a flag's word, and a time in
    the zone the column shows it in (Excel keeps no time zones). A column's
    own ``export`` function comes first.
    """
    if column.export is not None:
        return column.export(record)
    native = column.native(record)
    if isinstance(native, bool):
        return column.display(record)
    if isinstance(native, int | float | Decimal):
        return native
    if isinstance(native, dt.datetime):
        return native if native.tzinfo is None else column.display(record)
    if isinstance(native, dt.date):
        return native
    return column.display(record)


def fetch_all(
    fetch: Callable[[PageRequest], Page[R]],
    request: PageRequest,
    *,
    page_size: int = EXPORT_PAGE_SIZE,
) -> list[R]:
    """Every row of ``request``'s query (its filters, search and sort), page after page."""
    rows: list[R] = []
    while True:
        page = fetch(replace(request, offset=len(rows), limit=page_size))
        rows.extend(page.rows)
        if not page.rows or len(rows) >= page.total:
            return rows


def table_values(
    columns: Sequence[Column[R]], records: Sequence[R]
) -> tuple[list[str], list[list[Any]]]:
    """The headers and rows of ``records`` through ``columns``."""
    headers = [c.header for c in columns]
    return headers, [[cell_value(c, record) for c in columns] for record in records]


def visible_columns(model: PagedTableModel[Any], header: QHeaderView) -> list[Column[Any]]:
    """The model's columns in the header's visual order, hidden sections left out."""
    columns = model.columns
    logical = (header.logicalIndex(visual) for visual in range(header.count()))
    return [columns[i] for i in logical if 0 <= i < len(columns) and not header.isSectionHidden(i)]


def view_table(
    model: PagedTableModel[R],
    header: QHeaderView,
    fetch: Callable[[PageRequest], Page[R]],
) -> tuple[list[str], list[list[Any]]]:
    """Headers and rows of everything the view's query matches, as the view orders them."""
    return table_values(visible_columns(model, header), fetch_all(fetch, model.request))


__all__ = [
    "EXPORT_PAGE_SIZE",
    "cell_value",
    "fetch_all",
    "table_values",
    "view_table",
    "visible_columns",
]
