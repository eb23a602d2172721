"""Fit a table's columns to their content within the width the view has.

Short columns (a status, a cadence, an amount in base currency) get their whole
content; when the sum is wider than the view, only the widest columns are cut (the last
column on screen aside: it stretches or scrolls),
all to one common width (found like water filling a basin), never below
``FLOOR``. The last column stretches into what is left (``setStretchLastSection``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

#: No column is cut narrower than this to make room.
FLOOR = 90


def capped_widths(widths: list[int], available: int, floor: int = FLOOR) -> list[int]:
    """``widths`` cut to one common cap so their sum fits ``available`` (never below ``floor``)."""
    if sum(widths) <= available or not widths:
        return list(widths)
    room = available
    ordered = sorted(widths)
    cap = floor
    for index, width in enumerate(ordered):
        left = len(ordered) - index
        if width * left >= room:
            cap = max(room // left, floor)
            break
        room -= width
    return [min(width, cap) for width in widths]


#: Rows measured: those on screen when a pane opens (Qt's own fit measures
#: every loaded row it can, ~90 ms over a 200-row page of a wide register).
SAMPLE_ROWS = 50


def _content_width(view: QTableView, column: int, rows: int) -> int:
    """As ``resizeColumnToContents``: the widest of the header and the first ``rows`` cells."""
    model = view.model()
    grid = 1 if view.showGrid() else 0
    cells = (view.sizeHintForIndex(model.index(row, column)).width() for row in range(rows))
    width = max(cells, default=0) + grid
    header = view.horizontalHeader()
    if not header.isHidden():
        width = max(width, header.sectionSizeHint(column))
    return width


def fit_columns(view: QTableView) -> None:
    """Size the shown columns to their content, capped so they fit the viewport."""
    header = view.horizontalHeader()
    rows = min(view.model().rowCount(), SAMPLE_ROWS)
    for column in range(header.count()):
        if not header.isSectionHidden(column):
            view.setColumnWidth(column, _content_width(view, column, rows))
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    # The last column on screen stretches into what is left; it is not counted.
    shown = sorted(shown, key=header.visualIndex)[:-1]
    widths = capped_widths([view.columnWidth(c) for c in shown], view.viewport().width())
    for column, width in zip(shown, widths, strict=True):
        view.setColumnWidth(column, width)


__all__ = ["FLOOR", "SAMPLE_ROWS", "capped_widths", "fit_columns"]
