from app.domain.geo import COUNTRIES, CURRENCIES, country_name, minor_units


def test_countries_complete_and_well_formed() -> None:
    assert len(COUNTRIES) == 249
    for code, (en, zh) in COUNTRIES.items():
        assert len(code) == 2
        assert code.isascii()
        assert code.isupper()
        assert en
        assert zh
    assert COUNTRIES["CN"] == ("China", "中国")
    assert len({en for en, _ in COUNTRIES.values()}) == 249


def test_currencies() -> None:
    assert len(CURRENCIES) > 150
    for code, (name, minor) in CURRENCIES.items():
        assert len(code) == 3
        assert code.isupper()
        assert name
        assert minor in (0, 2, 3, 4)
    assert CURRENCIES["JPY"][1] == 0
    assert CURRENCIES["KWD"][1] == 3
    assert "XXX" not in CURRENCIES


def test_helpers() -> None:
    assert country_name("de") == "Germany"
    assert country_name("DE", "zh") == "德国"
    assert country_name("ZZ") == "ZZ"
    assert minor_units("jpy") == 0
    assert minor_units("???") == 2
