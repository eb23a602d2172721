"""Choosing from a list: searchable combos (country, currency, time zone, rep) and enums.

They share the field editors' small API (``value()``, ``setValue()``, an
``edited`` signal; see :mod:`app.ui.editors`). None of them talks to the
database except :class:`RepPicker`, which lists reps once through
:class:`~app.services.team.TeamService` (one query).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import StrEnum
from functools import cache
from typing import Any, Generic, TypeVar
from zoneinfo import available_timezones

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QSizePolicy, QWidget

from app.domain.enums import RepStatus
from app.domain.geo import (
    country_codes,
    country_currencies,
    country_time_zones,
    currency_codes,
    currency_name,
)
from app.services.base import PageRequest
from app.services.team import TeamService
from app.ui.labels import EMPTY_TEXT, country_label, enum_label, ui_language

E = TypeVar("E", bound=StrEnum)


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
    items = [(country_label(code, language), code) for code in country_codes()]
    return sorted(items, key=lambda item: item[0].casefold())


class CountryCombo(SearchableCombo):
    """ISO 3166 countries, searchable by name (English or Chinese) or code."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        language: str | None = None,
        allow_none: bool = False,
    ) -> None:
        # Names in the console's language unless a caller asks for another.
        super().__init__(country_items(language or ui_language()), parent, allow_none=allow_none)

    def value(self) -> str | None:
        return super().value()  # type: ignore[no-any-return]


def currency_items(language: str = "en") -> list[tuple[str, str]]:
    """Every currency in use as ``("SGD — Singapore Dollar", "SGD")`` (CLDR names)."""
    return [(f"{code} — {currency_name(code, language)}", code) for code in currency_codes()]


class CurrencyCombo(SearchableCombo):
    """ISO 4217 currencies, searchable by code or name."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        language: str | None = None,
        allow_none: bool = False,
    ) -> None:
        super().__init__(currency_items(language or ui_language()), parent, allow_none=allow_none)
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

    def offer_first(self, zones: Sequence[str]) -> None:
        """List ``zones`` (a country's) first, above a separator, then every other zone.

        The current value is kept; ``()`` restores the plain alphabetical list.
        """
        first = list(dict.fromkeys(zones))
        rest = [z for z in time_zone_names() if z not in set(first)]
        self.set_items((z, z) for z in [*first, *rest])
        if first:
            with QSignalBlocker(self):
                self.insertSeparator(len(first) + (1 if self._allow_none else 0))


class CountryFill:
    """Choosing a country fills the time zone and the currency (CLDR, app.domain.geo).

    The rule, kept simple on purpose: each time the *user* picks a country
    other than the last one filled from, the currency becomes the country's
    (its first legal tender today) and the zone list offers the country's
    zones first; a country with one zone sets it, one with several (US, RU,
    BR, AU…) keeps the zone only if it is one of them, else clears it so the
    user picks one. Zone and currency changed by hand afterwards stay until
    the country changes again. A country shown by ``setValue`` (loading a
    record) only reorders the zones (:meth:`show`): stored values are kept.
    """

    def __init__(
        self, country: CountryCombo, time_zone: TimeZoneCombo, currency: CurrencyCombo
    ) -> None:
        self.country = country
        self.time_zone = time_zone
        self.currency = currency
        self._filled_from: str | None = None
        # ``edited`` is the user's doing (a pick, or typing a name or code), never setValue.
        country.edited.connect(self._on_country_edited)

    def show(self, code: str | None) -> None:
        """Offer ``code``'s zones first without changing any value (a loaded record)."""
        self._filled_from = code
        self.time_zone.offer_first(country_time_zones(code) if code else [])

    def _on_country_edited(self) -> None:
        code = self.country.value()
        if code and code != self._filled_from:
            self.fill(code)

    def fill(self, code: str) -> None:
        """Fill the zone and the currency from ``code`` (the rule above)."""
        self._filled_from = code
        zones = country_time_zones(code)
        self.time_zone.offer_first(zones)
        if len(zones) == 1:
            self.time_zone.setValue(zones[0])
        elif zones and self.time_zone.value() not in zones:
            self.time_zone.setValue(None)
        currencies = country_currencies(code)
        if currencies:
            self.currency.setValue(currencies[0])
        # A form clears the fields' old "is required" messages on ``edited``.
        self.time_zone.edited.emit()
        self.currency.edited.emit()


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


class EnumCombo(QComboBox, Generic[E]):
    """A choice among a StrEnum's members, shown with their labels in the UI language.

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
        members: Sequence[E] | None = None,
    ) -> None:
        super().__init__(parent)
        self.enum_cls = enum_cls
        if allow_none:
            self.addItem(EMPTY_TEXT, None)
        for member in members if members is not None else list(enum_cls):
            self.addItem(enum_label(member), member.value)
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


__all__ = [
    "CountryCombo",
    "CountryFill",
    "CurrencyCombo",
    "EnumCombo",
    "RepPicker",
    "SearchableCombo",
    "TimeZoneCombo",
    "country_items",
    "currency_items",
    "rep_label",
    "time_zone_names",
]
