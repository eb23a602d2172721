"""TeamImportService: a filled team spreadsheet into the database, all or nothing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from app.db.audit import AuditEvent
from app.db.org import Manager, Region, Rep
from app.db.targets import ExchangeRate
from app.db.training import Course
from app.io.team_sheet import read_team_sheet
from app.services.team import TeamService
from app.services.team_import import TeamImportService
from app.services.team_rows import RowOutcome, RowStatus, SheetCounts
from tests.io.team_workbook import EXPECTED_CREATED, TEAM, fill_template

TABLES = (Region, Manager, Rep, ExchangeRate, Course, AuditEvent)


def counts(database) -> dict[str, int]:
    with database.read_session() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model))
            for model in TABLES
        }


def import_file(database, path: Path, *, dry_run: bool = False):
    return TeamImportService(database).import_rows(read_team_sheet(path), dry_run=dry_run)


def test_import_then_again_changes_nothing(database, tmp_path: Path) -> None:
    path = fill_template(tmp_path / "team.xlsx")
    report = import_file(database, path)
    assert report.ok and report.written
    assert report.counts == {sheet: SheetCounts(created=n) for sheet, n in EXPECTED_CREATED.items()}
    after_first = counts(database)
    assert after_first["reps"] == 3 and after_first["courses"] == 2
    assert after_first["audit_events"] == sum(EXPECTED_CREATED.values())

    reps = {r.email: r for r in TeamService(database).list_reps().rows}
    chen = reps["chen.jie@example.com"]
    assert (chen.name_zh, chen.phone, chen.manager_name) == ("陈杰", "6591234567", "Wang Lei")
    assert chen.languages == ("zh", "en")
    assert chen.work_permit_expiry == dt.date(2027, 2, 28)
    assert reps["siti@example.com"].languages == ("ms", "en")
    assert reps["karim@example.com"].region_name == "Middle East"
    managers = {m.email: m for m in TeamService(database).list_managers()}
    assert managers["omar@example.com"].role.value == "head_of_sales"
    regions = {r.name: r for r in TeamService(database).list_regions()}
    assert regions["South-East Asia"].countries == ("SG", "MY", "TH")
    assert managers["wang.lei@example.com"].region_id == regions["South-East Asia"].id

    again = import_file(database, path)
    assert again.ok
    assert again.counts == {
        sheet: SheetCounts(unchanged=n) for sheet, n in EXPECTED_CREATED.items()
    }
    assert counts(database) == after_first  # not even an audit event


def test_changed_rows_are_updated_and_audited(database, tmp_path: Path) -> None:
    import_file(database, fill_template(tmp_path / "team.xlsx"))
    changed = {sheet: [dict(row) for row in rows] for sheet, rows in TEAM.items()}
    changed["Reps"][1]["city"] = "Penang"
    changed["Exchange rates"][0]["rate"] = "5.35"
    changed["Courses"][1]["hours"] = 2
    before = counts(database)
    report = import_file(database, fill_template(tmp_path / "changed.xlsx", changed))
    assert report.ok
    assert report.counts["Reps"] == SheetCounts(updated=1, unchanged=2)
    assert report.counts["Exchange rates"] == SheetCounts(updated=1, unchanged=2)
    assert report.counts["Courses"] == SheetCounts(updated=1, unchanged=1)
    assert counts(database)["audit_events"] == before["audit_events"] + 3
    with database.read_session() as session:
        rep = session.scalar(select(Rep).where(Rep.email == "siti@example.com"))
        assert (rep.posting_city, rep.version) == ("Penang", 2)
        rate = session.scalar(select(ExchangeRate).where(ExchangeRate.currency == "SGD"))
        assert rate.rate_to_base == Decimal("5.35")


def test_dry_run_counts_and_writes_nothing(database, tmp_path: Path) -> None:
    before = counts(database)
    report = import_file(database, fill_template(tmp_path / "team.xlsx"), dry_run=True)
    assert report.ok and report.dry_run and not report.written
    assert report.counts["Reps"] == SheetCounts(created=3)
    assert counts(database) == before


def test_every_bad_cell_is_named_and_nothing_is_written(database, tmp_path: Path) -> None:
    bad = {sheet: [dict(row) for row in rows] for sheet, rows in TEAM.items()}
    bad["Reps"][0]["time_zone"] = "Asia/Atlantis"
    bad["Reps"][0]["country"] = "XX"
    bad["Reps"][2]["posting_end"] = "2025-12-31"  # before the posting starts
    bad["Managers"][1]["email"] = "omar-at-example.com"
    bad["Exchange rates"][2]["rate"] = -1
    bad["Courses"][0]["category"] = "juggling"
    bad["Courses"][1]["hours"] = None
    bad["Reps"][1]["region"] = "Atlantis"
    before = counts(database)
    report = import_file(database, fill_template(tmp_path / "bad.xlsx", bad))
    assert not report.ok and not report.written
    assert sorted(str(e) for e in report.errors) == sorted(
        [
            "Reps, row 2, time_zone: 'Asia/Atlantis' is not an IANA time zone",
            "Reps, row 2, country: 'XX' is not an ISO 3166 country code",
            "Reps, row 4, posting_end: 2025-12-31 is before posting_start",
            "Reps, row 3, region: there is no region named 'Atlantis'",
            "Managers, row 3, email: 'omar-at-example.com' is not an e-mail address",
            "Exchange rates, row 4, rate: -1 is not a positive rate",
            "Courses, row 2, category: 'juggling' is not one of sales_skills, product_knowledge, "
            "culture_language, compliance, leadership",
            "Courses, row 3, hours: is required",
        ]
    )
    assert counts(database) == before


def test_duplicates_in_the_sheet_and_links_to_stored_rows(database, tmp_path: Path) -> None:
    import_file(database, fill_template(tmp_path / "team.xlsx"))
    # A second file that only adds reps, pointing at the region and manager stored.
    rep = dict(TEAM["Reps"][2], email="new@example.com", manager_email="omar@example.com")
    report = import_file(
        database, fill_template(tmp_path / "more.xlsx", {"Reps": [rep, dict(rep)]})
    )
    assert [str(e) for e in report.errors] == [
        "Reps, row 3, email: new@example.com is already on row 2"
    ]
    report = import_file(database, fill_template(tmp_path / "one.xlsx", {"Reps": [rep]}))
    assert report.ok and report.counts["Reps"] == SheetCounts(created=1)
    assert report.counts["Regions"] == SheetCounts()


def test_manager_leads_one_region_and_course_cost_needs_currency(database, tmp_path: Path) -> None:
    rows = {
        "Regions": TEAM["Regions"],
        "Managers": [dict(TEAM["Managers"][0], regions="South-East Asia、Middle East")],
        "Courses": [dict(TEAM["Courses"][0], currency=None)],
    }
    report = import_file(database, fill_template(tmp_path / "team.xlsx", rows))
    assert [str(e) for e in report.errors] == [
        "Managers, row 2, regions: a manager leads one region; give one name",
        "Courses, row 2, currency: is required when a cost is given",
    ]


def test_each_row_has_its_status_and_changed_columns(database, tmp_path: Path) -> None:
    first = import_file(database, fill_template(tmp_path / "team.xlsx"), dry_run=True)
    assert {(o.sheet, o.row, o.status) for o in first.rows} == {
        (sheet, number, RowStatus.NEW)
        for sheet, n in EXPECTED_CREATED.items()
        for number in range(2, n + 2)
    }
    import_file(database, fill_template(tmp_path / "team.xlsx"))
    changed = {sheet: [dict(row) for row in rows] for sheet, rows in TEAM.items()}
    changed["Reps"][1].update(city="Penang", phone="+60 1")
    changed["Exchange rates"][0]["rate"] = "5.35"
    changed["Managers"][0]["regions"] = "Middle East"
    report = import_file(database, fill_template(tmp_path / "changed.xlsx", changed), dry_run=True)
    updates = {(o.sheet, o.row): o.changed for o in report.rows if o.status is RowStatus.UPDATE}
    assert updates == {
        ("Reps", 3): ("phone", "city"),
        ("Exchange rates", 2): ("rate",),
        ("Managers", 2): ("regions",),
    }
    assert report.outcomes("Reps")[0] == RowOutcome("Reps", 2, RowStatus.UNCHANGED)


def test_bad_rows_are_errors_and_rows_that_refer_to_them_are_skipped(
    database, tmp_path: Path
) -> None:
    bad = {sheet: [dict(row) for row in rows] for sheet, rows in TEAM.items()}
    bad["Regions"][1]["base_currency"] = "DOLLAR"  # Middle East: Omar and Karim refer to it
    bad["Courses"][0]["hours"] = "many"  # unreadable: the preview shows it as typed
    rows = read_team_sheet(fill_template(tmp_path / "bad.xlsx", bad))
    assert rows.rows("Courses")[0].raw == {"hours": "many"}
    report = TeamImportService(database).import_rows(rows)
    status = {(o.sheet, o.row): o.status for o in report.rows}
    assert status["Regions", 3] is status["Courses", 2] is RowStatus.ERROR
    assert status["Managers", 3] is status["Reps", 4] is RowStatus.SKIPPED
    assert status["Reps", 2] is status["Regions", 2] is RowStatus.NEW
    assert len(report.rows) == sum(EXPECTED_CREATED.values())
