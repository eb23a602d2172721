"""A 5×5 risk heat map drawn with QPainter: impact across, likelihood up, counts in the cells.

Each cell is coloured by its level in the domain's matrix
(:data:`app.domain.risk.RISK_MATRIX`) and shows how many risks sit there.
Clicking a cell selects it (``cell_clicked`` with (likelihood, impact));
clicking the selected cell again clears it (``cell_clicked`` with None).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.domain.enums import RiskLevel
from app.domain.risk import RISK_MATRIX

#: Cell colours by level: pale enough for black counts to stay readable.
LEVEL_FILL = {
    RiskLevel.LOW: QColor("#cfe8cf"),
    RiskLevel.MEDIUM: QColor("#fbe7a1"),
    RiskLevel.HIGH: QColor("#f6b26b"),
    RiskLevel.CRITICAL: QColor("#e06666"),
}
_SIZE = 5
_LEFT = 30  # room for the likelihood numbers and the rotated axis title
_BOTTOM = 30  # room for the impact numbers and the axis title
_TITLE = 18


class HeatMap(QWidget):
    """One heat map (inherent or residual): ``set_counts(grid)``, ``grid[lk - 1][im - 1]``.

    Counts come from the service's aggregate query, never from the table's rows.
    """

    #: (likelihood, impact) of a clicked cell, or None when the selection is cleared.
    cell_clicked = Signal(object)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.counts: list[list[int]] = [[0] * _SIZE for _ in range(_SIZE)]
        self.selected: tuple[int, int] | None = None
        self.setMinimumSize(QSize(120, 110))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:
        return QSize(240, 220)

    def set_counts(self, grid: list[list[int]]) -> None:
        self.counts = [list(row) for row in grid]
        self.setToolTip(
            self.tr(
                "{n} risks. Click a cell to list its risks; click it again to list all."
            ).format(n=sum(map(sum, grid)))
        )
        self.update()

    def set_selected(self, cell: tuple[int, int] | None) -> None:
        self.selected = cell
        self.update()

    # -- geometry ----------------------------------------------------------------

    def _grid_rect(self) -> QRect:
        side = min(self.width() - _LEFT - 4, self.height() - _BOTTOM - _TITLE - 2)
        side = max(side - side % _SIZE, _SIZE)
        return QRect(_LEFT + 2, _TITLE, side, side)

    def cell_rect(self, likelihood: int, impact: int) -> QRect:
        """Where a cell is drawn (likelihood 5 at the top, impact 5 at the right)."""
        grid = self._grid_rect()
        step = grid.width() // _SIZE
        return QRect(
            grid.left() + (impact - 1) * step, grid.top() + (_SIZE - likelihood) * step, step, step
        )

    def cell_at(self, point: QPoint) -> tuple[int, int] | None:
        for likelihood in range(1, _SIZE + 1):
            for impact in range(1, _SIZE + 1):
                if self.cell_rect(likelihood, impact).contains(point):
                    return likelihood, impact
        return None

    # -- events ------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position().toPoint())
        if cell is None:
            super().mousePressEvent(event)
            return
        self.set_selected(None if cell == self.selected else cell)
        self.cell_clicked.emit(self.selected)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        text = self.palette().windowText().color()
        bold = painter.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        painter.drawText(
            QRect(0, 0, self.width(), _TITLE - 2),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            self.title,
        )
        for likelihood in range(1, _SIZE + 1):
            for impact in range(1, _SIZE + 1):
                self._paint_cell(painter, likelihood, impact)
        self._paint_axes(painter, text)
        painter.end()

    def _paint_cell(self, painter: QPainter, likelihood: int, impact: int) -> None:
        rect = self.cell_rect(likelihood, impact)
        level = RISK_MATRIX[likelihood - 1][impact - 1]
        count = self.counts[likelihood - 1][impact - 1]
        fill = QColor(LEVEL_FILL[level])
        if not count:
            fill.setAlpha(110)  # empty cells fade so the occupied ones stand out
        painter.fillRect(rect, fill)
        painter.setPen(QPen(QColor("#ffffff"), 1))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        if (likelihood, impact) == self.selected:
            painter.setPen(QPen(QColor("#1a1a1a"), 3))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        if count:
            painter.setPen(QColor("#1a1a1a"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(count))

    def _paint_axes(self, painter: QPainter, colour: QColor) -> None:
        grid = self._grid_rect()
        step = grid.width() // _SIZE
        font = painter.font()
        font.setBold(False)
        painter.setFont(font)
        painter.setPen(colour)
        for n in range(1, _SIZE + 1):
            below = QRect(grid.left() + (n - 1) * step, grid.bottom() + 1, step, 14)
            painter.drawText(below, Qt.AlignmentFlag.AlignCenter, str(n))
            beside = QRect(grid.left() - 12, grid.top() + (_SIZE - n) * step, 10, step)
            painter.drawText(beside, Qt.AlignmentFlag.AlignCenter, str(n))
        painter.drawText(
            QRect(grid.left(), grid.bottom() + 14, grid.width(), 14),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("Impact →"),
        )
        painter.save()
        painter.translate(grid.left() - 14, grid.bottom())
        painter.rotate(-90)
        painter.drawText(
            QRect(0, -12, grid.height(), 12), Qt.AlignmentFlag.AlignCenter, self.tr("Likelihood →")
        )
        painter.restore()


__all__ = ["LEVEL_FILL", "HeatMap"]
