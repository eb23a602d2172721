"""The list helpers every service builds its selects with, checked on the SQL they make."""

from __future__ import annotations

import pytest
from sqlalchemy import Select, select

from app.db.risks import Risk
from app.domain.enums import RiskStatus
from app.services.base import PageRequest
from app.services.errors import ValidationError
from app.services.listing import (
    own_columns,
    sort_name,
    sorted_window,
    where_chosen,
    where_given,
    where_search,
)

COLUMNS = {"title": Risk.title, "owner": Risk.owner}


def _where(stmt: Select) -> str:
    return str(stmt.whereclause) if stmt.whereclause is not None else ""


def _order(stmt: Select) -> str:
    return str(stmt).split("ORDER BY ")[1].split("LIMIT")[0].strip()


def test_own_columns_are_the_model_attributes_under_their_names() -> None:
    assert own_columns(Risk, "title", "owner") == {"title": Risk.title, "owner": Risk.owner}


def test_where_given_skips_none_but_not_other_falsy_values() -> None:
    stmt = where_given(
        select(Risk),
        {"rep_id": 0, "region_id": None},
        {"region_id": Risk.region_id, "rep_id": Risk.rep_id},
    )
    assert _where(stmt) == "risks.rep_id = :rep_id_1"


def test_where_chosen_narrows_by_the_member_value_and_skips_empty_filters() -> None:
    choices = {"status": (Risk.status, RiskStatus)}
    assert _where(where_chosen(select(Risk), {"status": ""}, choices)) == ""
    assert _where(where_chosen(select(Risk), {}, choices)) == ""
    for given in ("open", RiskStatus.OPEN):
        stmt = where_chosen(select(Risk), {"status": given}, choices)
        assert _where(stmt) == "risks.status = :status_1"
        assert stmt.compile().params["status_1"] == "open"


def test_where_chosen_unknown_values_raise_the_enum_error_or_a_field_error() -> None:
    choices = {"status": (Risk.status, RiskStatus)}
    with pytest.raises(ValueError) as plain:
        where_chosen(select(Risk), {"status": "nope"}, choices)
    assert not isinstance(plain.value, ValidationError)
    with pytest.raises(ValidationError) as checked:
        where_chosen(select(Risk), {"status": "nope"}, choices, validate=True)
    assert checked.value.field == "status"
    # A validated filter is read as a form field is: surrounding blanks ignored.
    stmt = where_chosen(select(Risk), {"status": " open "}, choices, validate=True)
    assert stmt.compile().params["status_1"] == "open"


def test_where_search_matches_any_column_and_ignores_blank_searches() -> None:
    for blank in (None, "", "   "):
        assert _where(where_search(select(Risk), blank, Risk.title, Risk.owner)) == ""
    stmt = where_search(select(Risk), "  acme ", Risk.title, Risk.owner)
    assert _where(stmt) == (
        "lower(risks.title) LIKE lower(:title_1) OR lower(risks.owner) LIKE lower(:owner_1)"
    )
    assert set(stmt.compile().params.values()) == {"%acme%"}


def test_sorted_window_orders_pages_and_falls_back_to_the_default() -> None:
    request = PageRequest(offset=20, limit=10, sort="owner", descending=True)
    stmt = sorted_window(select(Risk), request, COLUMNS, "title", Risk.id)
    assert _order(stmt) == "risks.owner DESC, risks.id"
    assert sorted(stmt.compile().params.values()) == [10, 20]
    for unknown in (None, "", "colour"):
        stmt = sorted_window(select(Risk), PageRequest(sort=unknown), COLUMNS, "title", Risk.id)
        assert _order(stmt) == "risks.title ASC, risks.id"


def test_strict_sorting_refuses_a_name_it_does_not_know() -> None:
    with pytest.raises(ValidationError) as error:
        sorted_window(select(Risk), PageRequest(sort="colour"), COLUMNS, "title", strict=True)
    assert (error.value.field, error.value.message) == (
        "sort",
        "'colour' is not a column to sort by",
    )
    assert sort_name(PageRequest(), COLUMNS, "title") == "title"
    assert sort_name(PageRequest(sort="owner"), frozenset(COLUMNS), "title") == "owner"
