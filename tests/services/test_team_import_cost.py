"""The team import stores a course's list price (cost and currency) and matches it again."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from app.services.team_rows import SheetCounts
from app.services.training import TrainingService
from tests.io.team_workbook import TEAM, fill_template
from tests.services.test_team_import import import_file


def test_course_cost_and_currency_are_stored_and_matched(database, tmp_path: Path) -> None:
    path = fill_template(tmp_path / "team.xlsx")
    assert import_file(database, path).ok
    courses = {c.title: c for c in TrainingService(database).list_courses().rows}
    selling = courses["Consultative selling"]
    assert (selling.cost, selling.currency) == (Decimal(1200), "SGD")
    basics = courses["Anti-bribery basics"]
    assert (basics.cost, basics.currency) == (None, None)
    # A changed price updates the stored course; the same price again changes nothing.
    priced = [dict(TEAM["Courses"][0], cost="1350.50", currency="sgd"), TEAM["Courses"][1]]
    report = import_file(database, fill_template(tmp_path / "price.xlsx", {"Courses": priced}))
    assert report.counts["Courses"] == SheetCounts(updated=1, unchanged=1)
    selling = TrainingService(database).get_course(selling.id)
    assert (selling.cost, selling.currency) == (Decimal("1350.50"), "SGD")
    report = import_file(database, fill_template(tmp_path / "same.xlsx", {"Courses": priced}))
    assert report.counts["Courses"] == SheetCounts(unchanged=2)
    bad = [dict(TEAM["Courses"][0], cost=-5)]
    report = import_file(database, fill_template(tmp_path / "bad.xlsx", {"Courses": bad}))
    assert [str(e) for e in report.errors] == [
        "Courses, row 2, cost: -5 is negative; it must be zero or more"
    ]
