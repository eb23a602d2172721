"""Reusable field editors: date, amount, money, rating.

Every editor has the same small API so dialogs (``app.ui.forms``) and table
delegates (``app.ui.delegates``) treat them alike:

- ``value()`` returns a plain Python value (``date``, ``Decimal``, ``int``;
  ``None`` for "empty");
- ``setValue(value)`` shows one;
- ``edited`` (a signal without arguments) fires when the *user* changes it, so a
  form can clear the field's error message.

The editors that choose from a list (country, currency, time zone, rep, enum)
follow the same API in :mod:`app.ui.combos`.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QDate, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QRegularExpressionValidator
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLineEdit, QSizePolicy, QToolButton, QWidget

from app.domain.formats import format_number
from app.domain.geo import minor_units
from app.domain.scoring import RATING_RUBRIC
from app.ui.combos import CurrencyCombo
from app.ui.labels import EMPTY_TEXT, ui_language

# QDateEdit cannot hold "no date"; its minimum date stands for it and is shown
# as EMPTY_TEXT (Qt's specialValueText). No real posting or permit is that old.
_EMPTY_DATE = QDate(1900, 1, 1)


# -- dates -------------------------------------------------------------------------


class DateEdit(QDateEdit):
    """A date field with a calendar popup that may also be empty ("—").

    ``value()`` is a ``datetime.date`` or None. Clear it with the small ✕
    button, Delete or Backspace while the whole text is selected, or
    ``setValue(None)``; ``allow_empty=False`` makes a required date (no clear).
    When an empty field is opened or typed into, it starts from today.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None, *, allow_empty: bool = True) -> None:
        super().__init__(parent)
        self._allow_empty = allow_empty
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMaximumDate(QDate(9999, 12, 31))
        if allow_empty:
            self.setMinimumDate(_EMPTY_DATE)
            self.setSpecialValueText(EMPTY_TEXT)
            self.clear_button = QToolButton(self)
            self.clear_button.setText("✕")
            self.clear_button.setToolTip(self.tr("Clear the date"))
            self.clear_button.setAutoRaise(True)
            self.clear_button.setCursor(Qt.CursorShape.ArrowCursor)
            self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.clear_button.clicked.connect(self._clear_by_user)
            self.setDate(_EMPTY_DATE)
        else:
            self.setDate(QDate.currentDate())
        self.dateChanged.connect(self._on_date_changed)
        self._user_change = True

    # -- the value API ----------------------------------------------------------

    def value(self) -> dt.date | None:
        if self.is_empty():
            return None
        return self.date().toPython()  # type: ignore[no-any-return]

    def setValue(self, value: dt.date | None) -> None:
        self._user_change = False
        try:
            if value is None:
                self.setDate(_EMPTY_DATE if self._allow_empty else QDate.currentDate())
            else:
                self.setDate(QDate(value.year, value.month, value.day))
        finally:
            self._user_change = True

    def is_empty(self) -> bool:
        return self._allow_empty and self.date() == _EMPTY_DATE

    # -- behaviour --------------------------------------------------------------

    def _on_date_changed(self, _date: QDate) -> None:
        self._update_clear_button()
        if self._user_change:
            self.edited.emit()

    def _clear_by_user(self) -> None:
        self.setDate(_EMPTY_DATE)
        self.setFocus()

    def _start_from_today(self) -> None:
        if self.is_empty():
            self.setDate(QDate.currentDate())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # The popup would otherwise open on January 1900.
        self._start_from_today()
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        whole = self.lineEdit().selectedText() == self.lineEdit().text()
        if (
            self._allow_empty
            and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and (whole or self.is_empty())
        ):
            self.setDate(_EMPTY_DATE)
            self.selectAll()
            return
        if event.text().isdigit() or key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._start_from_today()
        super().keyPressEvent(event)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._update_clear_button()

    def _update_clear_button(self) -> None:
        if not self._allow_empty:
            return
        size = self.height() - 6
        self.clear_button.setFixedSize(size, size)
        # Left of the spin/drop-down arrow, inside the frame.
        arrow = self.height()
        self.clear_button.move(self.width() - arrow - size, 3)
        self.clear_button.setVisible(not self.is_empty() and self.isEnabled())


# -- money ---------------------------------------------------------------------------

# Digits with optional grouping commas/spaces, an optional sign and decimals.
_AMOUNT_PATTERN = r"-?[0-9][0-9, ]*(\.[0-9]*)?|-?\.[0-9]+|-?"


def parse_amount(text: str) -> Decimal | None:
    """``"1,234.50"`` → ``Decimal("1234.50")``; blank or unreadable → None."""
    cleaned = re.sub(r"[,\s]", "", text or "")
    if cleaned in ("", "-", "."):
        return None
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        return None
    return amount if amount.is_finite() else None


def format_amount(amount: Decimal | None, places: int | None = 2) -> str:
    """``Decimal("1234.5")`` → ``"1,234.50"`` (``places=None`` keeps the digits).

    The console language's CLDR number format (app.domain.formats), the one
    PDFs use. Digits the value has are never rounded away (a JPY amount of
    1234.5 stays so). English and Chinese both write ``1,234.50``, which
    :func:`parse_amount` reads back, so an AmountEdit's text stays editable.
    """
    return format_number(amount, ui_language(), places, exact=True)


class AmountEdit(QLineEdit):
    """A right-aligned Decimal field accepting ``1234.5`` or ``1,234.50``.

    ``value()`` is a Decimal or None (blank); ``places`` is used when showing a
    value (the currency's minor units in :class:`MoneyEdit`).
    """

    edited = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, places: int = 2, allow_negative: bool = False
    ) -> None:
        super().__init__(parent)
        self.places = places
        pattern = _AMOUNT_PATTERN if allow_negative else _AMOUNT_PATTERN.replace("-?", "")
        self.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), self))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText(EMPTY_TEXT)
        self.textEdited.connect(lambda _t: self.edited.emit())
        # Tidy the grouping once the user leaves the field.
        self.editingFinished.connect(lambda: self.setValue(self.value()))

    def value(self) -> Decimal | None:
        return parse_amount(self.text())

    def setValue(self, value: Decimal | None) -> None:
        self.setText(format_amount(value, self.places))


class MoneyEdit(QWidget):
    """An amount and its ISO 4217 currency; ``value()`` is ``(Decimal | None, code)``.

    ``currency_editable=False`` shows the currency without letting it change
    (e.g. an actual, always in the rep's currency).
    """

    edited = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        currency: str = "CNY",
        currency_editable: bool = True,
        allow_negative: bool = False,
    ) -> None:
        super().__init__(parent)
        self.amount = AmountEdit(places=minor_units(currency), allow_negative=allow_negative)
        self.currency = CurrencyCombo(language=ui_language())
        self.currency.setValue(currency)
        self.currency.setEnabled(currency_editable)
        # The combo shows the code only once chosen; the list explains it.
        self.currency.setMinimumContentsLength(5)
        self.currency.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.amount, 1)
        layout.addWidget(self.currency)
        self.setFocusProxy(self.amount)
        self.amount.edited.connect(self.edited)
        self.currency.edited.connect(self.edited)
        self.currency.currentIndexChanged.connect(self._on_currency)

    def _on_currency(self, _index: int) -> None:
        code = self.currency.value()
        if code:
            self.amount.places = minor_units(code)

    def value(self) -> tuple[Decimal | None, str]:
        return self.amount.value(), self.currency.value() or ""

    def setValue(self, value: tuple[Decimal | None, str | None] | Decimal | None) -> None:
        """``(amount, currency)``, or an amount alone (the currency stays)."""
        if isinstance(value, tuple):
            amount, currency = value
            if currency:
                self.currency.setValue(currency)
        else:
            amount = value
        self.amount.setValue(amount)


# -- ratings -------------------------------------------------------------------------

FILLED_STAR = "★"
EMPTY_STAR = "☆"


def rubric_text(rating: int, language: str = "en") -> str:
    """The meaning of a 1–5 rating in the UI language."""
    english, chinese = RATING_RUBRIC[rating]
    return chinese if language == "zh" else english


class RatingEdit(QWidget):
    """A 1–5 rating as five star buttons; each star's tooltip is its rubric text.

    Click a star to rate, click the chosen star again to clear (unless
    ``allow_empty=False``); with focus, keys 1–5 rate, 0/Delete clear and the
    arrows step. ``value()`` is an int 1–5 or None.
    """

    edited = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, language: str = "en", allow_empty: bool = True
    ) -> None:
        super().__init__(parent)
        self._value: int | None = None
        self._allow_empty = allow_empty
        self._language = language
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.stars: list[QToolButton] = []
        for rating in range(1, 6):
            star = QToolButton()
            star.setAutoRaise(True)
            star.setCheckable(True)
            star.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            star.setToolTip(f"{rating} — {rubric_text(rating, language)}")
            star.setObjectName(f"star_{rating}")
            font = star.font()
            font.setPointSizeF(font.pointSizeF() * 1.3)
            star.setFont(font)
            star.clicked.connect(lambda _checked, r=rating: self._choose(r))
            layout.addWidget(star)
            self.stars.append(star)
        layout.addStretch(1)
        self._show()

    def value(self) -> int | None:
        return self._value

    def setValue(self, value: int | None) -> None:
        if value is not None and not 1 <= int(value) <= 5:
            raise ValueError(f"a rating is 1–5, not {value}")
        self._value = int(value) if value is not None else None
        self._show()

    def _choose(self, rating: int | None) -> None:
        if rating == self._value and self._allow_empty:
            rating = None
        if rating is None and not self._allow_empty:
            rating = self._value
        changed = rating != self._value
        self.setValue(rating)
        if changed:
            self.edited.emit()

    def _show(self) -> None:
        for rating, star in enumerate(self.stars, start=1):
            on = self._value is not None and rating <= self._value
            star.setText(FILLED_STAR if on else EMPTY_STAR)
            star.setChecked(rating == self._value)
        tip = rubric_text(self._value, self._language) if self._value else ""
        self.setToolTip(tip)
        self.setAccessibleDescription(tip)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.text() in ("1", "2", "3", "4", "5"):
            self._choose(int(event.text()))
        elif key in (Qt.Key.Key_0, Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if self._allow_empty and self._value is not None:
                self._choose(self._value)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self._choose(min((self._value or 0) + 1, 5))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down) and self._value:
            if self._value > 1:
                self._choose(self._value - 1)
        else:
            super().keyPressEvent(event)


__all__ = [
    "EMPTY_STAR",
    "FILLED_STAR",
    "AmountEdit",
    "DateEdit",
    "MoneyEdit",
    "RatingEdit",
    "format_amount",
    "parse_amount",
    "rubric_text",
]
