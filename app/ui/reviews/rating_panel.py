"""The overall rating as a panel: five stars, the chosen rating's rubric, the suggested one.

Values in: :meth:`RatingPanel.setValue` and :meth:`RatingPanel.show_score`
(the KPI lines' weighted score, which suggests a rating); value out:
:meth:`RatingPanel.value`; ``edited`` fires when the user rates (a star, a
key, "Use suggested"); :meth:`RatingPanel.set_read_only` locks it.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.scoring import rating_for_score
from app.ui.editors import RatingEdit, rubric_text
from app.ui.reviews.formats import rating_text


class RatingPanel(QGroupBox):
    """ "Overall rating": stars 1–5, what the chosen one means, and the score's suggestion."""

    #: The user chose another rating.
    edited = Signal()

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Overall rating"), parent)
        self.language = language
        self._suggested: int | None = None
        self.edit = RatingEdit(language=language)
        self.edit.setObjectName("rating_edit")
        self.rubric_label = QLabel()
        self.rubric_label.setObjectName("rubric_label")
        self.rubric_label.setWordWrap(True)
        self.suggested_label = QLabel()
        self.suggested_label.setObjectName("suggested_label")
        self.suggested_label.setStyleSheet("color: #555;")
        self.suggested_label.setWordWrap(True)
        self.use_suggested_button = QPushButton(self.tr("Use suggested"))
        self.use_suggested_button.setObjectName("use_suggested")
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.rubric_label)
        texts.addWidget(self.suggested_label)
        row = QHBoxLayout(self)
        row.addWidget(self.edit)
        row.addSpacing(12)
        row.addLayout(texts, 1)
        row.addWidget(self.use_suggested_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.edit.edited.connect(self._edited)
        self.use_suggested_button.clicked.connect(self.use_suggested)
        self._show_rating()

    def value(self) -> int | None:
        return self.edit.value()

    def setValue(self, rating: int | None) -> None:
        self.edit.setValue(rating)
        self._show_rating()

    def set_read_only(self, locked: bool) -> None:
        self.edit.setEnabled(not locked)
        self.use_suggested_button.setEnabled(not locked)

    def show_score(self, score: Decimal | None) -> None:
        """Suggest the rating the KPI lines' weighted score earns (none without a score)."""
        self._suggested = None if score is None else rating_for_score(score)
        if self._suggested is None:
            self.suggested_label.setText(self.tr("No suggested rating without a scored KPI"))
        else:
            self.suggested_label.setText(
                self.tr("Suggested from the score: {rating}").format(
                    rating=rating_text(self._suggested, self.language)
                )
            )
        self._show_rating()

    def use_suggested(self) -> None:
        if self._suggested is not None:
            self.setValue(self._suggested)
            self.edited.emit()

    def _edited(self) -> None:
        self._show_rating()
        self.edited.emit()

    def _show_rating(self) -> None:
        rating = self.edit.value()
        self.rubric_label.setText(
            rubric_text(rating, self.language)
            if rating
            else self.tr("No rating yet: choose 1 to 5 stars.")
        )
        suggested = self._suggested
        self.use_suggested_button.setVisible(suggested is not None and suggested != rating)


__all__ = ["RatingPanel"]
