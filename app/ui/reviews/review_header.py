"""The review editor's header: whose review, of which cycle and period, its status, the reviewer.

Values in: :meth:`ReviewHeader.show_context` (once) and
:meth:`ReviewHeader.show_record`; value out: :meth:`ReviewHeader.reviewer_id`;
``edited`` fires when the user picks another reviewer;
:meth:`ReviewHeader.set_read_only` locks the reviewer.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from app.services.review_queries import ReviewContext
from app.services.review_records import ReviewRecord
from app.ui.combos import SearchableCombo
from app.ui.labels import date_text, enum_label


def _bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = label.font()
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


class ReviewHeader(QWidget):
    """The rep's name in large, then cycle and period beside status and reviewer."""

    #: The user picked another reviewer.
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rep_value = _bold(QLabel(), 1.25)
        self.rep_value.setObjectName("rep_value")
        self.cycle_value = QLabel()
        self.cycle_value.setObjectName("cycle_value")
        self.period_value = QLabel()
        self.period_value.setObjectName("period_value")
        self.status_value = _bold(QLabel())
        self.status_value.setObjectName("status_value")
        self.reviewer_combo = SearchableCombo(allow_none=True)
        self.reviewer_combo.setObjectName("reviewer_combo")
        self.reviewer_combo.setMinimumContentsLength(18)
        self.reviewer_combo.lineEdit().setPlaceholderText(self.tr("Type a manager's name"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.addWidget(self.rep_value, 0, 0, 1, 4)
        pairs = [
            (self.tr("Cycle:"), self.cycle_value, 1, 0),
            (self.tr("Period:"), self.period_value, 2, 0),
            (self.tr("Status:"), self.status_value, 1, 2),
            (self.tr("Reviewer:"), self.reviewer_combo, 2, 2),
        ]
        for caption, widget, row, column in pairs:
            label = QLabel(caption)
            label.setBuddy(widget)
            grid.addWidget(label, row, column, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(widget, row, column + 1)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 1)
        self.reviewer_combo.edited.connect(self.edited)

    def show_context(
        self, context: ReviewContext, reviewers: Iterable[tuple[str, int]], chinese: bool
    ) -> None:
        """The rep, cycle and period (they never change), and who may review: (name, id)."""
        c = context
        self.rep_value.setText(rep_title(c))
        region = c.region_name_zh if chinese and c.region_name_zh else c.region_name
        self.cycle_value.setText(
            self.tr("{cycle} ({kind}, {region})").format(
                cycle=c.cycle_name, kind=enum_label(c.cycle_kind), region=region
            )
        )
        self.period_value.setText(
            self.tr("{start} to {end}").format(
                start=date_text(c.period_start), end=date_text(c.period_end)
            )
        )
        self.reviewer_combo.set_items(reviewers)

    def show_record(self, record: ReviewRecord) -> None:
        """The stored status and reviewer."""
        self.status_value.setText(enum_label(record.status))
        self.reviewer_combo.setValue(record.reviewer_id)
        if record.reviewer_id is None:
            self.reviewer_combo.setEditText("")  # blank, not "—", so typing a name works

    def reviewer_id(self) -> int | None:
        return self.reviewer_combo.value()

    def set_read_only(self, locked: bool) -> None:
        self.reviewer_combo.setEnabled(not locked)


def rep_title(context: ReviewContext) -> str:
    """The rep's name, with the Chinese one after it when there is one."""
    if context.rep_name_zh:
        return f"{context.rep_name} {context.rep_name_zh}"
    return context.rep_name


__all__ = ["ReviewHeader", "rep_title"]
