"""The selected risk in full: its facts, its acceptance, its review history, its actions.

Read when a risk is selected (three short queries: reviews, acceptances,
actions); the action buttons act on the selected treatment action.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.risk_treatment import RiskActionRecord, RiskTreatmentService
from app.services.risks import RiskRecord
from app.ui.labels import date_text, enum_label

OVERDUE = QColor("#c0392b")


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 6)
    table.horizontalHeader().setStretchLastSection(True)
    table.setMinimumHeight(60)
    return table


def _item(text: str, colour: QColor | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if colour is not None:
        item.setForeground(QBrush(colour))
    return item


def _bold(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class RiskDetail(QWidget):
    """Facts, acceptance, reviews and treatment actions of one risk (None: nothing)."""

    #: The pane acts on these (it owns the dialogs and the services' writes).
    review_requested = Signal()
    accept_requested = Signal()
    add_action_requested = Signal()
    done_requested = Signal(object)  # RiskActionRecord
    carry_requested = Signal(object)  # RiskActionRecord

    def __init__(self, service: RiskTreatmentService) -> None:
        super().__init__()
        self.service = service
        self.record: RiskRecord | None = None
        self.action_rows: list[RiskActionRecord] = []
        self.summary = QLabel()
        self.summary.setObjectName("risk_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.review_button = QPushButton(self.tr("Record review…"))
        self.review_button.setObjectName("record_review")
        self.accept_button = QPushButton(self.tr("Accept risk…"))
        self.accept_button.setObjectName("accept_risk")
        self.reviews = _table(
            [
                self.tr("Date"),
                self.tr("Reviewer"),
                self.tr("Inherent"),
                self.tr("Residual"),
                self.tr("Note"),
            ],
            "review_history",
        )
        self.actions = _table(
            [self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("State")],
            "treatment_actions",
        )
        self.add_action_button = QPushButton(self.tr("Add action…"))
        self.add_action_button.setObjectName("add_action")
        self.done_button = QPushButton(self.tr("Mark done"))
        self.done_button.setObjectName("action_done")
        self.carry_button = QPushButton(self.tr("Carry to one-on-one"))
        self.carry_button.setObjectName("carry_action")
        self.carry_button.setToolTip(
            self.tr("Add the action to the next planned one-on-one with the risk's rep")
        )
        self._lay_out()
        self.review_button.clicked.connect(self.review_requested)
        self.accept_button.clicked.connect(self.accept_requested)
        self.add_action_button.clicked.connect(self.add_action_requested)
        self.done_button.clicked.connect(lambda: self._emit_action(self.done_requested))
        self.carry_button.clicked.connect(lambda: self._emit_action(self.carry_requested))
        self.actions.itemSelectionChanged.connect(self._enable)
        self.show_record(None)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.review_button)
        buttons.addWidget(self.accept_button)
        buttons.addStretch(1)
        # Two short rows rather than one long one: the pane stays narrow enough
        # for a small window.
        action_buttons = QVBoxLayout()
        first = QHBoxLayout()
        for button in (self.add_action_button, self.done_button):
            first.addWidget(button)
        first.addStretch(1)
        second = QHBoxLayout()
        second.addWidget(self.carry_button)
        second.addStretch(1)
        action_buttons.addLayout(first)
        action_buttons.addLayout(second)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(_bold(self.tr("Review history")))
        layout.addWidget(self.reviews, 1)
        layout.addWidget(_bold(self.tr("Treatment actions")))
        layout.addWidget(self.actions, 1)
        layout.addLayout(action_buttons)

    # -- showing -----------------------------------------------------------------

    def show_record(self, record: RiskRecord | None) -> None:
        self.record = record
        if record is None:
            self.summary.setText(self.tr("Select a risk to see its reviews and actions."))
            self.reviews.setRowCount(0)
            self.actions.setRowCount(0)
            self.action_rows = []
        else:
            self.summary.setText(self._summary_text(record))
            self._show_reviews(record.id)
            self._show_actions(record.id)
        self._enable()

    def _summary_text(self, r: RiskRecord) -> str:
        lines = [f"<b>{_escape(r.title)}</b> — {enum_label(r.category)}"]
        if r.cause:
            lines.append(self.tr("Cause: {text}").format(text=_escape(r.cause)))
        if r.controls:
            lines.append(self.tr("Controls: {text}").format(text=_escape(r.controls)))
        if r.review_overdue:
            lines.append(
                '<span style="color:#c0392b">'
                + self.tr("Review overdue since {date}").format(date=date_text(r.next_review))
                + "</span>"
            )
        acceptances = self.service.acceptances(r.id)
        if acceptances:
            latest = acceptances[0]
            text = self.tr("Accepted by {who} on {on} until {until}: {why}").format(
                who=_escape(latest.accepted_by),
                on=date_text(latest.accepted_on),
                until=date_text(latest.accepted_until),
                why=_escape(latest.justification),
            )
            if latest.lapsed:
                text = (
                    '<span style="color:#c0392b">'
                    + self.tr("Acceptance lapsed: the risk is open again.")
                    + "</span> "
                    + text
                )
            lines.append(text)
        return "<br>".join(lines)

    def _show_reviews(self, risk_id: int) -> None:
        rows = self.service.reviews(risk_id)
        self.reviews.setRowCount(len(rows))
        for i, review in enumerate(rows):
            residual = enum_label(review.residual_level) if review.residual_level else "—"
            cells = [
                date_text(review.reviewed_on),
                review.reviewer,
                enum_label(review.level),
                residual,
                review.note or "",
            ]
            for column, text in enumerate(cells):
                self.reviews.setItem(i, column, _item(text))
        self.reviews.resizeColumnsToContents()

    def _show_actions(self, risk_id: int) -> None:
        self.action_rows = self.service.actions(risk_id)
        self.actions.setRowCount(len(self.action_rows))
        for i, action in enumerate(self.action_rows):
            colour = OVERDUE if action.overdue else None
            cells = [
                _item(action.text),
                _item(action.owner),
                _item(date_text(action.due_date), colour),
                _item(self._state_text(action), colour),
            ]
            for column, item in enumerate(cells):
                self.actions.setItem(i, column, item)
        self.actions.resizeColumnsToContents()

    def _state_text(self, action: RiskActionRecord) -> str:
        if action.done_on is not None:
            return self.tr("Done {date}").format(date=date_text(action.done_on))
        parts = [self.tr("Overdue") if action.overdue else self.tr("Open")]
        if action.carried_item_id is not None:
            parts.append(self.tr("carried into a one-on-one"))
        return ", ".join(parts)

    # -- acting ------------------------------------------------------------------

    def selected_action(self) -> RiskActionRecord | None:
        rows = self.actions.selectionModel().selectedRows()
        return self.action_rows[rows[0].row()] if rows else None

    def _emit_action(self, signal: Signal) -> None:
        action = self.selected_action()
        if action is not None:
            signal.emit(action)  # type: ignore[attr-defined]

    def _enable(self) -> None:
        has = self.record is not None
        for button in (self.review_button, self.accept_button, self.add_action_button):
            button.setEnabled(has)
        action = self.selected_action()
        open_action = action is not None and action.done_on is None
        self.done_button.setEnabled(open_action)
        self.carry_button.setEnabled(
            open_action
            and action.carried_item_id is None  # type: ignore[union-attr]
            and self.record is not None
            and self.record.rep_id is not None
        )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["RiskDetail"]
