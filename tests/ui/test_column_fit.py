"""Columns fit their content within the view: short ones whole, the widest cut alike."""

from __future__ import annotations

import pytest

from app.ui.column_fit import FLOOR, capped_widths
from app.ui.main_window import MainWindow


@pytest.mark.parametrize(
    ("widths", "available", "expected"),
    [
        ([100, 200], 400, [100, 200]),
        ([100, 300, 400], 500, [100, 200, 200]),
        ([60, 500, 80, 500], 740, [60, 300, 80, 300]),
        ([300, 300], 100, [FLOOR, FLOOR]),
        ([], 100, []),
    ],
)
def test_capped_widths(widths: list[int], available: int, expected: list[int]) -> None:
    assert capped_widths(widths, available) == expected


def test_short_columns_are_whole_at_1024(qtbot, ctx, team) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    window.show_pane("one_on_ones")
    pane = window.pane("one_on_ones")
    view = pane.view
    column = pane.model.column_index("cadence")
    header = view.horizontalHeader()
    needed = max(header.sectionSizeHint(column), view.sizeHintForColumn(column))
    qtbot.waitUntil(lambda: view.columnWidth(column) >= needed)
    total = sum(view.columnWidth(c) for c in range(header.count() - 1))
    assert total <= view.viewport().width()
