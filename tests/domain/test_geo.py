"""Reference data from CLDR (babel): countries, currencies, zones."""

import datetime as dt

import pytest

from app.domain.geo import (
    COUNTRIES,
    CURRENCIES,
    country_codes,
    country_currencies,
    country_name,
    country_time_zones,
    currency_codes,
    currency_name,
    is_country,
    is_currency,
    minor_units,
)


def test_countries_are_iso_3166_and_named_in_both_languages() -> None:
    assert len(country_codes()) == 249
    for code, (en, zh) in COUNTRIES.items():
        assert len(code) == 2
        assert code.isascii()
        assert code.isupper()
        assert en
        assert zh
    assert COUNTRIES["CN"] == ("China", "中国")
    assert len({en for en, _ in COUNTRIES.values()}) == 249
    # Regions CLDR names that are not ISO countries stay out.
    for not_a_country in ("EU", "UN", "XK", "ZZ", "IC", "AC", "QO"):
        assert not is_country(not_a_country)


@pytest.mark.parametrize(
    ("code", "en", "zh"),
    [
        ("SA", "Saudi Arabia", "沙特阿拉伯"),
        ("AE", "United Arab Emirates", "阿拉伯联合酋长国"),
        ("DE", "Germany", "德国"),
        ("US", "United States", "美国"),
        ("KZ", "Kazakhstan", "哈萨克斯坦"),
    ],
)
def test_country_names(code: str, en: str, zh: str) -> None:
    assert country_name(code) == en
    assert country_name(code.lower(), "zh") == zh


def test_unknown_country() -> None:
    assert country_name("ZZ") == "ZZ"
    assert country_time_zones("ZZ") == []
    assert country_currencies("ZZ") == []


def test_currencies_in_use() -> None:
    codes = currency_codes()
    assert len(codes) > 150
    assert CURRENCIES["JPY"] == ("Japanese Yen", 0)
    assert currency_name("SAR", "zh") == "沙特里亚尔"
    assert currency_name("AED") == "United Arab Emirates Dirham"
    # Not legal tender anywhere: funds, metals, test and "no currency" codes.
    for code in ("XXX", "XTS", "XAU", "XDR", "CLF", "BOV", "USN", "CNH"):
        assert not is_currency(code)
    # Withdrawn before 2024 (Croatia's kuna) no; withdrawn since (Bulgaria's lev,
    # replaced by the euro in 2026) yes, so older rates can still be kept.
    assert not is_currency("HRK")
    assert is_currency("bgn")


def test_minor_units() -> None:
    assert minor_units("JPY") == 0
    assert minor_units("jpy") == 0
    assert minor_units("KWD") == 3
    assert minor_units("BHD") == 3
    assert minor_units("USD") == 2
    assert minor_units("SAR") == 2
    # CLDR's digits, not ISO 4217's: Iraqi dinar and rupiah are quoted whole.
    assert minor_units("IQD") == 0
    assert minor_units("IDR") == 0
    assert minor_units("???") == 2
    assert minor_units("XXX") == 2


def test_time_zones_of_a_country_most_populous_first() -> None:
    assert country_time_zones("SA") == ["Asia/Riyadh"]
    assert country_time_zones("ae") == ["Asia/Dubai"]
    us = country_time_zones("US")
    assert us[0] == "America/New_York"
    assert {"America/Chicago", "America/Los_Angeles", "Pacific/Honolulu"} <= set(us)
    assert len(us) == len(set(us)) > 20
    assert country_time_zones("ID")[0] == "Asia/Jakarta"
    assert country_time_zones("MX")[0] == "America/Mexico_City"
    assert country_time_zones("CN") == ["Asia/Shanghai", "Asia/Urumqi"]
    assert country_time_zones("BV") == []  # uninhabited


def test_currencies_of_a_country_on_a_date() -> None:
    assert country_currencies("SA") == ["SAR"]
    assert country_currencies("AE", dt.date(2026, 10, 12)) == ["AED"]
    assert country_currencies("BG", dt.date(2025, 6, 1)) == ["BGN"]
    assert country_currencies("BG", dt.date(2026, 6, 1)) == ["EUR"]
    assert set(country_currencies("PA", dt.date(2026, 1, 1))) == {"PAB", "USD"}


def test_an_override_keeps_the_earlier_chinese_name_where_cldr_differs() -> None:
    assert country_name("TW", "zh") == "中国台湾"
    assert country_name("TW", "en") == "Taiwan"
