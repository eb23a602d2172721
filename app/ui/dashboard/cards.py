"""The dashboard's parts: titled cards, KPI tiles and the lists of entries that open a row."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.attainment import RepAttainment
from app.services.dashboard import Link
from app.ui.labels import datetime_text, utc_offset_text

LinkRole = Qt.ItemDataRole.UserRole + 1


class Card(QFrame):
    """A titled box on the dashboard grid."""

    def __init__(self, title: str, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title_label = QLabel(title)
        self.title_label.setStyleSheet("font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addWidget(self.title_label)
        layout.addWidget(body, 1)


class Tile(QFrame):
    """A KPI: a caption, a big value and a line of detail; ``clicked`` when pressed."""

    clicked = Signal()

    def __init__(self, caption: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.caption = QLabel(caption)
        self.value = QLabel("—")
        self.value.setObjectName(f"{name}_value")
        self.detail = QLabel("")
        self.detail.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        self.set_value("—")

    def set_value(self, text: str, colour: str | None = None, detail: str = "") -> None:
        self.value.setText(text)
        style = "font-size: 22pt; font-weight: 600;"
        self.value.setStyleSheet(style + (f" color: {colour};" if colour else ""))
        self.detail.setText(detail)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class EntryTable(QTableWidget):
    """A read-only list of dashboard entries; ``link_activated(Link)`` on click or Enter."""

    link_activated = Signal(object)

    def __init__(
        self, headers: Sequence[str], name: str, stretch: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(0, len(headers), parent)
        self.setObjectName(name)
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        # Short columns fit their contents; the one free-text column takes the
        # rest and elides, so dates and day counts are never pushed out of sight.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setMinimumHeight(150)
        self.clicked.connect(lambda index: self._activate(index.row()))

    def set_rows(self, rows: Sequence[tuple[Link, Sequence[str | QTableWidgetItem]]]) -> None:
        self.setUpdatesEnabled(False)
        self.setRowCount(len(rows))
        for r, (link, cells) in enumerate(rows):
            for c, cell in enumerate(cells):
                item = cell if isinstance(cell, QTableWidgetItem) else QTableWidgetItem(cell)
                item.setData(LinkRole, link)
                self.setItem(r, c, item)
        self.setUpdatesEnabled(True)

    def link_at(self, row: int) -> Link | None:
        item = self.item(row, 0)
        return item.data(LinkRole) if item is not None else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self._activate(self.currentRow())
            return
        super().keyPressEvent(event)

    def _activate(self, row: int) -> None:
        link = self.link_at(row)
        if link is not None:
            self.link_activated.emit(link)


def coloured(text: str, colour: QColor | None, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if colour is not None:
        item.setForeground(colour)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


__all__ = ["CHART_LIMIT", "Card", "EntryTable", "Tile", "chart_lines", "coloured", "local_text"]


#: Past this many reps the chart shows the best and the lowest half of it.
CHART_LIMIT = 30


def chart_lines(lines: Sequence[RepAttainment], limit: int = CHART_LIMIT) -> list[RepAttainment]:
    """The reps the chart shows: all measurable ones, or the best and lowest ``limit/2``."""
    measured = sorted(
        (a for a in lines if a.attainment is not None),
        key=lambda a: (-(a.attainment or 0), a.rep_name, a.rep_id),
    )
    if len(measured) <= limit:
        return measured
    half = limit // 2
    return measured[:half] + measured[-half:]


def local_text(moment: dt.datetime, zone_name: str | None) -> str:
    """``17 Nov 2026 09:00 UTC+8`` / ``2026年11月17日 09:00 UTC+8`` in ``zone_name``.

    This computer's zone when ``zone_name`` is None; the date in the UI language.
    """
    try:
        local = moment.astimezone(ZoneInfo(zone_name)) if zone_name else moment.astimezone()
    except (ValueError, KeyError):
        local = moment.astimezone(dt.UTC)
    return f"{datetime_text(local)} {utc_offset_text(local.utcoffset())}"
