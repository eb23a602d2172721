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


def fit_columns(view: QTableView) -> None:
    """Size the shown columns to their content, capped so they fit the viewport."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    # The last column on screen stretches into what is left; it is not counted.
    shown = sorted(shown, key=header.visualIndex)[:-1]
    widths = capped_widths([view.columnWidth(c) for c in shown], view.viewport().width())
    for column, width in zip(shown, widths, strict=True):
        view.setColumnWidth(column, width)


__all__ = ["FLOOR", "capped_widths", "fit_columns"]
