"""Reusable field editors: date, money, enum, rating, rep, country, time zone, currency.

Every editor has the same small API so dialogs (``app.ui.forms``) and table
delegates (``app.ui.delegates``) treat them alike:

- ``value()`` returns a plain Python value (``date``, ``Decimal``, enum member,
  ``int``, ``str``; ``None`` for "empty");
- ``setValue(value)`` shows one;
- ``edited`` (a signal without arguments) fires when the *user* changes it, so a
  form can clear the field's error message.

None of them talks to the database except :class:`RepPicker`, which lists reps
once through :class:`~app.services.team.TeamService` (one query).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import cache
from typing import Any, Generic, TypeVar
from zoneinfo import available_timezones

from PySide6.QtCore import QCoreApplication, QDate, QRegularExpression, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from app.domain.enums import Focus, RepStatus
from app.domain.geo import COUNTRIES, CURRENCIES, minor_units
from app.domain.scoring import RATING_RUBRIC
from app.services.base import PageRequest
from app.services.team import TeamService
from app.ui import labels

E = TypeVar("E", bound=StrEnum)

#: What an empty date, amount or choice shows.
EMPTY_TEXT = "—"

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


# -- searchable combos (country, time zone, currency, rep) --------------------------


class SearchableCombo(QComboBox):
    """An editable combo whose typed text filters the items (contains, any case).

    Items are ``(label, data)``; ``value()`` is the chosen item's data, or None
    when the text matches no item (a form shows that as "is required").
    """

    edited = Signal()

    def __init__(
        self,
        items: Iterable[tuple[str, Any]] = (),
        parent: QWidget | None = None,
        *,
        allow_none: bool = False,
    ) -> None:
        super().__init__(parent)
        self._allow_none = allow_none
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        completer = QCompleter(self.model(), self)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        if allow_none:
            self.lineEdit().setPlaceholderText(EMPTY_TEXT)
        self.set_items(items)
        self.activated.connect(lambda _i: self.edited.emit())
        self.lineEdit().textEdited.connect(lambda _t: self.edited.emit())

    def set_items(self, items: Iterable[tuple[str, Any]]) -> None:
        """Replace the items, keeping the current value when it is still there."""
        keep = self.value() if self.count() else None
        with QSignalBlocker(self):
            self.clear()
            if self._allow_none:
                self.addItem(EMPTY_TEXT, None)
            for label, data in items:
                self.addItem(label, data)
            self.setCurrentIndex(-1)
        self.setValue(keep)

    def value(self) -> Any:
        index = self.currentIndex()
        text = self.currentText().strip()
        if index >= 0 and self.itemText(index) == text:
            return self.itemData(index)
        found = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if found < 0:
            # A bare code typed by hand ("sg", "Asia/Tokyo") still counts.
            found = self.findData(text) if text else -1
            if found < 0 and text:
                found = self.findData(text.upper())
        return self.itemData(found) if found >= 0 else None

    def setValue(self, value: Any) -> None:
        index = self.findData(value) if value is not None else -1
        if index < 0 and value is None and self._allow_none:
            index = 0
        self.setCurrentIndex(index)
        if index < 0 or (index == 0 and value is None and self._allow_none):
            # "No value" shows as the placeholder, not as text: typing a name
            # must not append to a dash.
            self.setEditText("")


def country_items(language: str = "en") -> list[tuple[str, str]]:
    """Every ISO 3166 country as ``("Singapore (SG)", "SG")`` sorted by name."""
    items = [(labels.country_label(code, language), code) for code in COUNTRIES]
    return sorted(items, key=lambda item: item[0].casefold())


class CountryCombo(SearchableCombo):
    """ISO 3166 countries, searchable by name (English or Chinese) or code."""

    def __init__(
        self, parent: QWidget | None = None, *, language: str = "en", allow_none: bool = False
    ) -> None:
        super().__init__(country_items(language), parent, allow_none=allow_none)

    def value(self) -> str | None:
        return super().value()  # type: ignore[no-any-return]


def currency_items() -> list[tuple[str, str]]:
    """Every ISO 4217 currency as ``("SGD — Singapore Dollar", "SGD")``."""
    return [(f"{code} — {name}", code) for code, (name, _places) in sorted(CURRENCIES.items())]


class CurrencyCombo(SearchableCombo):
    """ISO 4217 currencies, searchable by code or name."""

    def __init__(self, parent: QWidget | None = None, *, allow_none: bool = False) -> None:
        super().__init__(currency_items(), parent, allow_none=allow_none)
        self.setMinimumContentsLength(6)

    def value(self) -> str | None:
        return super().value()  # type: ignore[no-any-return]


@cache
def time_zone_names() -> tuple[str, ...]:
    """IANA zone names people pick (Area/City), sorted; legacy aliases left out."""
    names = (
        z
        for z in available_timezones()
        if "/" in z and not z.startswith(("Etc/", "SystemV/", "US/", "posix", "right"))
    )
    return tuple(sorted(set(names) | {"UTC"}))


class TimeZoneCombo(SearchableCombo):
    """IANA time zones ("Asia/Shanghai"), searchable by any part of the name."""

    def __init__(self, parent: QWidget | None = None, *, allow_none: bool = False) -> None:
        super().__init__(((z, z) for z in time_zone_names()), parent, allow_none=allow_none)

    def value(self) -> str | None:
        return super().value()  # type: ignore[no-any-return]

    def setValue(self, value: str | None) -> None:
        # A valid zone outside the short list (e.g. "Etc/GMT-8") is added, not lost.
        if value and self.findData(value) < 0 and value in available_timezones():
            self.addItem(value, value)
        super().setValue(value)


class RepPicker(SearchableCombo):
    """Choose a rep of a region by typing part of the Latin or Chinese name.

    Reps are listed in one query (``TeamService.list_reps``); ``value()`` is the
    rep's id. Inactive reps are left out unless ``include_inactive``; a rep set
    with ``setValue`` who is not listed (moved, inactive) is fetched and added.
    """

    #: More than any region has; the picker is a list, not a paged table.
    LIMIT = 20_000

    def __init__(
        self,
        service: TeamService,
        region_id: int | None = None,
        parent: QWidget | None = None,
        *,
        allow_none: bool = False,
        include_inactive: bool = False,
    ) -> None:
        super().__init__((), parent, allow_none=allow_none)
        self.service = service
        self._include_inactive = include_inactive
        self._region_id: int | None = None
        self.set_region(region_id)

    def set_region(self, region_id: int | None) -> None:
        """List the reps of ``region_id`` (None: every region)."""
        self._region_id = region_id
        page = self.service.list_reps(
            PageRequest(limit=self.LIMIT, filters={"region_id": region_id})
        )
        reps = [r for r in page.rows if self._include_inactive or r.status != RepStatus.INACTIVE]
        self.set_items((rep_label(r.name, r.name_zh), r.id) for r in reps)

    def value(self) -> int | None:
        return super().value()  # type: ignore[no-any-return]

    def setValue(self, value: int | None) -> None:
        if value is not None and self.findData(value) < 0:
            rep = self.service.get_rep(value)
            self.addItem(rep_label(rep.name, rep.name_zh), rep.id)
        super().setValue(value)


def rep_label(name: str, name_zh: str | None) -> str:
    """``"Li Wei 李伟"``: both names, so either can be typed to find the rep."""
    return f"{name} {name_zh}" if name_zh else name


# -- enums ---------------------------------------------------------------------------


# Enum values that are acronyms, shown in capitals until labels.py names them.
_ACRONYMS = frozenset({"csat", "dso", "ip", "fx"})


def enum_label(member: StrEnum) -> str:
    """The translated label of any enum member (labels.py's, else its value in words)."""
    generic = getattr(labels, "enum_label", None)
    if generic is not None:
        return str(generic(member))
    if isinstance(member, RepStatus):
        return labels.status_label(member)
    if isinstance(member, Focus):
        return labels.focus_label(member)
    # A labels.py function named after the enum: Metric → metric_label,
    # RiskLevel → risk_level_label.
    snake = re.sub(r"(?<!^)(?=[A-Z])", "_", type(member).__name__).lower()
    specific = getattr(labels, f"{snake}_label", None)
    if specific is not None:
        return str(specific(member))
    if member.value in _ACRONYMS:
        return member.value.upper()
    # Until labels.py names every vocabulary: the value in words, still translatable.
    words = member.value.replace("_", " ")
    return QCoreApplication.translate("Labels", words[:1].upper() + words[1:])


class EnumCombo(QComboBox, Generic[E]):
    """A choice among a StrEnum's members, shown with translated labels.

    ``value()`` is the member (or None with ``allow_none`` and nothing chosen);
    ``setValue`` takes a member or its string value.
    """

    edited = Signal()

    def __init__(
        self,
        enum_cls: type[E],
        parent: QWidget | None = None,
        *,
        allow_none: bool = False,
        label: Callable[[E], str] | None = None,
        members: Sequence[E] | None = None,
    ) -> None:
        super().__init__(parent)
        self.enum_cls = enum_cls
        if allow_none:
            self.addItem(EMPTY_TEXT, None)
        for member in members if members is not None else list(enum_cls):
            self.addItem((label or enum_label)(member), member.value)
        self.activated.connect(lambda _i: self.edited.emit())

    def value(self) -> E | None:
        data = self.currentData()
        return self.enum_cls(data) if data is not None else None

    def setValue(self, value: E | str | None) -> None:
        if value is None:
            # The "—" item when there is one, else nothing chosen.
            self.setCurrentIndex(self.findData(None))
            return
        self.setCurrentIndex(self.findData(self.enum_cls(value).value))


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
    """``Decimal("1234.5")`` → ``"1,234.50"`` (``places=None`` keeps the digits)."""
    if amount is None:
        return ""
    if places is None:
        # As many digits as the value needs: 40, 4.5, 0.125 (never 4E+1).
        return f"{amount.normalize():,f}"
    # Never round away digits the value has (a JPY amount of 1234.5 stays so).
    exponent = amount.normalize().as_tuple().exponent
    if isinstance(exponent, int) and -exponent > places:
        places = -exponent
    return f"{amount:,.{places}f}"


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
        self.currency = CurrencyCombo()
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
    "EMPTY_TEXT",
    "AmountEdit",
    "CountryCombo",
    "CurrencyCombo",
    "DateEdit",
    "EnumCombo",
    "MoneyEdit",
    "RatingEdit",
    "RepPicker",
    "SearchableCombo",
    "TimeZoneCombo",
    "enum_label",
    "format_amount",
    "parse_amount",
    "rep_label",
    "rubric_text",
]
