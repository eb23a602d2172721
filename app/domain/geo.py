"""Reference data from the Unicode CLDR (through babel): countries, currencies, zones.

The console keeps no hand-copied tables: names in English and Simplified
Chinese, currency minor units, a country's currencies and its time zones all
come from CLDR as shipped by the pinned ``babel`` release, so a CLDR update
arrives as a deliberate dependency change (see pyproject.toml).

Rules
-----
* A country is an ISO 3166-1 alpha-2 code that CLDR names, less the codes ISO
  reserves without assigning a country (EU, UN, the Canary Islands…) and the
  user-assigned ones (XK, QO, ZZ…).
* A currency is one that is legal tender in some country, per CLDR, on or
  after :data:`CURRENCIES_IN_USE_SINCE`: a currency withdrawn after that day
  stays valid so rates and actuals from before a changeover (BGN → EUR in
  2026, ZWL → ZWG in 2024) can still be recorded. Funds codes (BOV, CLF…),
  precious metals and test codes are not legal tender and are left out.
* Minor units are CLDR's ``digits`` (IQD, IDR and HUF are quoted in 0, where
  ISO 4217 says 3, 2, 2): CLDR is what people see on price tags and invoices.
* A country's time zones are CLDR's, in the order of the IANA tz database's
  ``zone.tab``, which lists a country's most populous zone first where
  geography allows (America/New_York for the US, Asia/Jakarta for Indonesia).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from functools import cache, lru_cache
from importlib import resources
from typing import TypeVar
from zoneinfo import available_timezones

from babel import Locale
from babel.core import get_global
from babel.numbers import get_currency_precision, get_territory_currencies

V = TypeVar("V")

#: The CLDR locale behind each console language. International English (en_001)
#: writes "12 Oct 2026" and "US$", which managers in every country read alike.
LOCALES: dict[str, str] = {"en": "en_001", "zh": "zh_Hans_CN"}

#: Currencies legal tender on or after this day are accepted (see the module rules).
CURRENCIES_IN_USE_SINCE = dt.date(2024, 1, 1)

# ISO 3166-1 "exceptionally reserved" codes CLDR names as regions (Ascension,
# Clipperton, Sark, Diego Garcia, Ceuta and Melilla, EU, Eurozone, Canary
# Islands, Tristan da Cunha, UN): places or groups, not ISO countries.
_RESERVED = frozenset({"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "TA", "UN"})


def _user_assigned(code: str) -> bool:
    """ISO 3166-1 leaves AA, QM–QZ, XA–XZ and ZZ to users (XK Kosovo is one)."""
    return code in ("AA", "ZZ") or code[0] == "X" or "QM" <= code <= "QZ"


@cache
def cldr_locale(lang: str) -> Locale:
    """The babel Locale of a console language ("en" or "zh"; anything else is English)."""
    return Locale.parse(LOCALES.get(lang, LOCALES["en"]))


def _lang(lang: str) -> str:
    return "zh" if lang == "zh" else "en"


# -- countries -----------------------------------------------------------------------


@cache
def country_codes() -> tuple[str, ...]:
    """Every ISO 3166-1 alpha-2 country code, sorted."""
    named = cldr_locale("en").territories
    return tuple(
        sorted(
            code
            for code in named
            if len(code) == 2 and code.isalpha() and code not in _RESERVED
            if not _user_assigned(code)
        )
    )


@cache
def _country_set() -> frozenset[str]:
    return frozenset(country_codes())


def is_country(code: str) -> bool:
    """Whether ``code`` (any case) is an ISO 3166-1 country code."""
    return isinstance(code, str) and code.strip().upper() in _country_set()


#: Names kept from Outpost's earlier tables where CLDR's differ: the console's
#: Chinese-reading users expect the mainland usage (CLDR zh has 台湾).
NAME_OVERRIDES = {("TW", "zh"): "中国台湾"}


def country_name(code: str, lang: str = "en") -> str:
    """The country's CLDR name in "en" or "zh" (沙特阿拉伯); the code itself if unknown."""
    norm = code.strip().upper() if isinstance(code, str) else ""
    if norm not in _country_set():
        return code
    override = NAME_OVERRIDES.get((norm, _lang(lang)))
    return override or str(cldr_locale(_lang(lang)).territories[norm])


def country_time_zones(code: str) -> list[str]:
    """The country's IANA zones, most populous first; [] for an unknown country.

    Only zones this Python can load are listed (CLDR may know a newer one).
    """
    return list(_time_zones(code.strip().upper()))


@cache
def _time_zones(norm: str) -> tuple[str, ...]:
    if norm not in _country_set():
        return ()
    loadable = available_timezones()
    zones = [z for z in get_global("territory_zones").get(norm, ()) if z in loadable]
    order = _zone_tab_order()
    return tuple(sorted(zones, key=lambda z: (order.get(z, len(order)), z)))


@cache
def _zone_tab_order() -> dict[str, int]:
    """Row numbers of tzdata's zone.tab (the tz maintainers' order within a country)."""
    try:
        table = resources.files("tzdata.zoneinfo").joinpath("zone.tab").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}  # no tzdata package: CLDR's zones, alphabetically
    rows = (line.split("\t") for line in table.splitlines() if line and line[0] != "#")
    return {cols[2]: n for n, cols in enumerate(rows) if len(cols) >= 3}


def country_currencies(code: str, on: dt.date | None = None) -> list[str]:
    """The currencies legal tender in the country on ``on`` (today), in CLDR's order."""
    norm = code.strip().upper()
    if norm not in _country_set():
        return []
    return list(get_territory_currencies(norm, on or dt.date.today(), tender=True))


# -- currencies ----------------------------------------------------------------------


@cache
def currency_codes() -> tuple[str, ...]:
    """Every currency the console accepts (see the module rules), sorted."""
    since = CURRENCIES_IN_USE_SINCE
    codes: set[str] = set()
    for territory, rows in get_global("territory_currencies").items():
        if territory not in _country_set():
            continue
        for currency, _start, end, tender in rows:
            if tender and (end is None or dt.date(*end) >= since):
                codes.add(currency)
    return tuple(sorted(codes))


@cache
def _currency_set() -> frozenset[str]:
    return frozenset(currency_codes())


def is_currency(code: str) -> bool:
    """Whether ``code`` (any case) is a currency the console accepts."""
    return isinstance(code, str) and code.strip().upper() in _currency_set()


def currency_name(code: str, lang: str = "en") -> str:
    """The currency's CLDR name ("Saudi Riyal", "沙特里亚尔"); the code if unknown."""
    norm = code.strip().upper() if isinstance(code, str) else ""
    names = cldr_locale(_lang(lang)).currencies
    return str(names[norm]) if norm in names else code


@lru_cache(maxsize=1024)
def minor_units(currency: str) -> int:
    """Decimal places the currency is quoted in (CLDR digits; 2 when unknown)."""
    norm = currency.strip().upper() if isinstance(currency, str) else ""
    if norm not in _currency_set():
        return 2
    return int(get_currency_precision(norm))


# -- the old tables, as read-only views ----------------------------------------------


class _Table(Mapping[str, V]):
    """A read-only mapping built from CLDR on first use (importing geo stays cheap)."""

    def __init__(self, build: Callable[[], dict[str, V]]) -> None:
        self._build = build
        self._data: dict[str, V] | None = None

    def _table(self) -> dict[str, V]:
        if self._data is None:
            self._data = self._build()
        return self._data

    def __getitem__(self, key: str) -> V:
        return self._table()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._table())

    def __len__(self) -> int:
        return len(self._table())

    def __contains__(self, key: object) -> bool:
        return key in self._table()


#: ISO 3166-1 code → (English name, Simplified Chinese name), from CLDR.
COUNTRIES: Mapping[str, tuple[str, str]] = _Table(
    lambda: {c: (country_name(c, "en"), country_name(c, "zh")) for c in country_codes()}
)

#: Currency code → (English name, minor units), from CLDR.
CURRENCIES: Mapping[str, tuple[str, int]] = _Table(
    lambda: {c: (currency_name(c, "en"), minor_units(c)) for c in currency_codes()}
)


__all__ = [
    "COUNTRIES",
    "CURRENCIES",
    "CURRENCIES_IN_USE_SINCE",
    "LOCALES",
    "cldr_locale",
    "country_codes",
    "country_currencies",
    "country_name",
    "country_time_zones",
    "currency_codes",
    "currency_name",
    "is_country",
    "is_currency",
    "minor_units",
]
