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
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from app.domain.formats import format_number
from app.domain.geo import minor_units
from app.domain.scoring import RATING_RUBRIC
from app.domain.validation import ValidationError, parse_date_text
from app.ui.combos import CurrencyCombo
from app.ui.labels import EMPTY_TEXT, ui_language

DATE_FORMAT_HINT = "YYYY-MM-DD"
INVALID_STYLE = "QLineEdit { border: 1px solid #c5221f; }"


class DateEdit(QLineEdit):
    """A date typed as ``YYYY-MM-DD`` or picked from a calendar; may be empty ("—").

    ``value()`` is a ``datetime.date`` or None. Text that is not a date
    (``2026-13-45``, ``2026-02-30``, ``abc``) is kept exactly as typed and
    marked invalid (red border, tooltip): it is never turned into another
    date. Dialogs ask :meth:`invalid_reason` before saving and refuse while
    there is one (see :meth:`app.ui.forms.FormDialog.accept`).
    ``allow_empty=False`` makes a required date: blank is invalid too.
    Clear with the small ✕ button, or delete the text; Up/Down step a day.
    """

    edited = Signal()
    #: The date shown changed (by the user or ``setValue``): the date or None.
    dateChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, allow_empty: bool = True) -> None:
        super().__init__(parent)
        self._allow_empty = allow_empty
        self._value: dt.date | None = None
        self._tip = ""
        # The hint is translated (年-月-日): what is typed stays ISO in every language.
        self.setPlaceholderText(EMPTY_TEXT if allow_empty else self.tr("YYYY-MM-DD"))
        self.calendar_button = self._tool_button("▾", self.tr("Choose from a calendar"))
        self.calendar_button.clicked.connect(self._open_calendar)
        self.clear_button = self._tool_button("✕", self.tr("Clear the date"))
        self.clear_button.clicked.connect(self._clear_by_user)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000-00-00") + 70)
        self.textChanged.connect(self._on_text_changed)
        self.textEdited.connect(lambda _t: self.edited.emit())
        if not allow_empty:
            self.setValue(dt.date.today())
        self._show_state()

    def _tool_button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.setCursor(Qt.CursorShape.ArrowCursor)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return button

    # -- the value API ----------------------------------------------------------

    def value(self) -> dt.date | None:
        """The date typed; None when blank *or invalid* (ask :meth:`invalid_reason`)."""
        try:
            return parse_date_text(self.text(), "date")
        except ValidationError:
            return None

    def setValue(self, value: dt.date | None) -> None:
        if value is None and not self._allow_empty:
            value = dt.date.today()
        self.setText("" if value is None else value.isoformat())
        # Also right when the caller blocked signals (QSignalBlocker).
        self._show_state()

    def is_empty(self) -> bool:
        return not self.text().strip()

    def is_valid(self) -> bool:
        return not self.invalid_reason()

    def invalid_reason(self) -> str:
        """Why the text is refused ('' when it is a date, or blank and allowed)."""
        text = self.text().strip()
        if not text:
            return "" if self._allow_empty else self.tr("is required")
        try:
            parse_date_text(text, "date")
        except ValidationError:
            return self.tr("“{text}” is not a date; type it as YYYY-MM-DD").format(text=text)
        return ""

    def setToolTip(self, tip: str) -> None:
        """The field's own tooltip, shown whenever the text is not refused."""
        self._tip = tip
        self._show_state()

    # -- behaviour --------------------------------------------------------------

    def _on_text_changed(self, _text: str) -> None:
        self._show_state()
        parsed = self.value()
        if parsed != self._value:
            self._value = parsed
            self.dateChanged.emit(parsed)

    def _show_state(self) -> None:
        reason = self.invalid_reason()
        style = INVALID_STYLE if reason else ""
        if self.styleSheet() != style:
            self.setStyleSheet(style)
        super().setToolTip(reason or self._tip)
        self._update_buttons()

    def _clear_by_user(self) -> None:
        self.clear()
        self.setFocus()
        self.edited.emit()

    def _open_calendar(self) -> None:
        """A month calendar under the field, on the date shown (else today)."""
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        day = self.value() or dt.date.today()
        calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def chosen(picked: QDate) -> None:
            self.setValue(picked.toPython())
            self.edited.emit()
            menu.close()

        calendar.clicked.connect(chosen)
        calendar.activated.connect(chosen)
        menu.popup(self.mapToGlobal(self.rect().bottomLeft()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        shown = self.value()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and (shown or self.is_empty()):
            step = 1 if key == Qt.Key.Key_Up else -1
            base = shown or dt.date.today() - dt.timedelta(days=step)
            self.setValue(base + dt.timedelta(days=step))
            self.edited.emit()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        self._update_buttons()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._update_buttons()

    def _update_buttons(self) -> None:
        size = max(self.height() - 6, 10)
        self.calendar_button.setFixedSize(size, size)
        self.calendar_button.move(self.width() - size - 3, 3)
        self.clear_button.setFixedSize(size, size)
        self.clear_button.move(self.width() - 2 * size - 3, 3)
        self.clear_button.setVisible(self._allow_empty and not self.is_empty() and self.isEnabled())
        self.calendar_button.setEnabled(self.isEnabled() and not self.isReadOnly())
        self.setTextMargins(0, 0, 2 * size + 4, 0)


def invalid_dates(widget: QWidget) -> list[tuple[DateEdit, str]]:
    """The date fields in ``widget`` (itself included) whose text is refused, with why."""
    fields = [widget] if isinstance(widget, DateEdit) else []
    fields += widget.findChildren(DateEdit)
    return [(f, f.invalid_reason()) for f in fields if f.invalid_reason()]


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
    "invalid_dates",
    "parse_amount",
    "rubric_text",
]
