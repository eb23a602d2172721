"""The review's written parts: strengths, areas to improve, the manager's summary, rep comments.

Values in: :meth:`TextsPanel.load` (a review record); values out:
:meth:`TextsPanel.values`, keyed like :class:`~app.services.reviews.ReviewInput`;
``edited`` fires on every keystroke; :meth:`TextsPanel.set_read_only` locks
every text (greyed, still selectable).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.services.review_records import ReviewRecord

READ_ONLY_STYLE = "QPlainTextEdit { background: #f2f2f2; color: #333; }"


def _text_edit(name: str, placeholder: str, lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


def _caption(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _text(value: str) -> str | None:
    """Blank text is no text, as the service stores it."""
    return value.strip() or None


class TextsPanel(QWidget):
    """The manager's three written parts side by side, and the rep's comments.

    The rep's comments sit beside the development goals on screen, so the
    editor places :attr:`rep_comments_box` there; they are still this part's value.
    """

    #: The user changed a text.
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strengths_edit = _text_edit(
            "strengths_edit", self.tr("What the rep did well this period"), 4
        )
        self.improvements_edit = _text_edit(
            "improvements_edit", self.tr("Where the rep should grow"), 4
        )
        self.summary_edit = _text_edit(
            "summary_edit", self.tr("Your overall assessment, as the rep will read it"), 4
        )
        self.rep_comments_edit = _text_edit(
            "rep_comments_edit", self.tr("What the rep says about this review"), 3
        )
        self._fields = {
            "strengths": self.strengths_edit,
            "improvements": self.improvements_edit,
            "manager_summary": self.summary_edit,
            "rep_comments": self.rep_comments_edit,
        }
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        parts = [
            (self.tr("Strengths"), self.strengths_edit),
            (self.tr("Areas to improve"), self.improvements_edit),
            (self.tr("Manager summary"), self.summary_edit),
        ]
        for column, (caption, edit) in enumerate(parts):
            grid.addWidget(_caption(caption, edit), 0, column)
            grid.addWidget(edit, 1, column)
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(1, 1)
        self.rep_comments_box = QGroupBox(self.tr("Rep comments"))
        QVBoxLayout(self.rep_comments_box).addWidget(self.rep_comments_edit)
        for edit in self.editors():
            edit.textChanged.connect(self.edited)

    def editors(self) -> list[QPlainTextEdit]:
        return list(self._fields.values())

    def editor_for(self, field: str) -> QPlainTextEdit | None:
        """The text holding ``field`` of :class:`ReviewInput` (None for another field)."""
        return self._fields.get(field)

    def load(self, record: ReviewRecord) -> None:
        """Show the stored texts; earlier edits are dropped."""
        for field, edit in self._fields.items():
            edit.setPlainText(getattr(record, field) or "")

    def values(self) -> dict[str, str | None]:
        """The texts as the service stores them (blank is None), by ``ReviewInput`` field."""
        return {field: _text(edit.toPlainText()) for field, edit in self._fields.items()}

    def rep_comments(self) -> str:
        """The rep's comments as typed (the acknowledgement starts from them)."""
        return self.rep_comments_edit.toPlainText()

    def set_read_only(self, locked: bool) -> None:
        for edit in self.editors():
            edit.setReadOnly(locked)
            # Grey like a disabled field, yet the text stays selectable and copyable.
            edit.setStyleSheet(READ_ONLY_STYLE if locked else "")


__all__ = ["TextsPanel"]
