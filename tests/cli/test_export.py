"""``outpost export``, run as a user would: each pane's table from a demo folder."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.cli.export import KINDS
from app.db.engine import Database
from app.domain.enums import RepStatus
from app.domain.labels import label
from app.domain.periods import Period
from app.paths import DATABASE_FILE
from app.services.base import PageRequest
from app.services.cycles import CycleService
from app.services.target_rows import TargetRowService
from app.services.team import TeamService
from tests.cli.test_main import outpost

TODAY = "2026-11-15"


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with 16 reps of demo data (made once for the module)."""
    folder = tmp_path_factory.mktemp("export") / "data"
    assert main(["--data-dir", str(folder), "demo", "--reps", "16", "--today", TODAY]) == 0
    return folder


def region_of(data: Path) -> tuple[int, str, str]:
    """(id, name, Chinese name) of the demo region with the most reps."""
    db = Database(f"sqlite:///{data / DATABASE_FILE}")
    try:
        team = TeamService(db)
        count = {
            r.id: team.list_reps(PageRequest(filters={"region_id": r.id})).total
            for r in team.list_regions()
        }
        region = max(team.list_regions(), key=lambda r: count[r.id])
        return region.id, region.name, region.name_zh or ""
    finally:
        db.dispose()


def sheet_rows(path: Path) -> list[tuple[object, ...]]:
    return list(load_workbook(path).active.values)


def test_kinds_are_the_panes() -> None:
    from app.ui.export_tables import KINDS as PANE_KINDS

    assert KINDS == PANE_KINDS


def test_team_to_xlsx_then_csv_in_chinese(data: Path, tmp_path: Path) -> None:
    region_id, name, name_zh = region_of(data)
    out = tmp_path / "team.xlsx"
    done = outpost("--data-dir", str(data), "export", "team", "--region", name, "-o", str(out))
    assert done.returncode == 0, done.stderr
    rows = sheet_rows(out)
    assert rows[0] == (
        "Name", "Chinese name", "Region", "City", "Country", "Time zone", "Currency",
        "Focus", "Status", "Permit expiry", "Posting start",
    )  # fmt: skip
    db = Database(f"sqlite:///{data / DATABASE_FILE}")
    try:
        reps = TeamService(db).list_reps(PageRequest(filters={"region_id": region_id})).rows
    finally:
        db.dispose()
    assert [r[0] for r in rows[1:]] == [rep.name for rep in reps]  # the pane's order: by name
    assert f"wrote {len(reps)} rows of team to {out}" in done.stdout
    assert isinstance(rows[1][-1], dt.datetime)  # posting start: a real date

    out_csv = tmp_path / "团队.csv"
    done = outpost(
        "--data-dir", str(data), "export", "team", "--region", name_zh,
        "--language", "zh_CN", "-o", str(out_csv),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert out_csv.read_bytes().startswith(b"\xef\xbb\xbf")
    with out_csv.open(encoding="utf-8-sig", newline="") as stream:
        zh = list(csv.reader(stream))
    assert zh[0][:3] == ["姓名", "中文名", "区域"]
    assert [r[0] for r in zh[1:]] == [rep.name for rep in reps]
    assert {r[2] for r in zh[1:]} == {name_zh}  # the region's Chinese name
    assert {r[8] for r in zh[1:]} <= {label(status, "zh") for status in RepStatus}


def test_targets_of_a_period(data: Path, tmp_path: Path) -> None:
    region_id, _name, _zh = region_of(data)
    out = tmp_path / "targets.xlsx"
    done = outpost(
        "--data-dir", str(data), "export", "targets", "--region", str(region_id),
        "--period", "2026 Q3", "-o", str(out),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    rows = sheet_rows(out)
    assert rows[0][:7] == (
        "Rep", "Chinese name", "Metric", "Period", "Target", "Actual to date", "Attainment",
    )  # fmt: skip
    db = Database(f"sqlite:///{data / DATABASE_FILE}")
    try:
        request = PageRequest(
            limit=10_000,
            sort="rep_name",
            filters={"region_id": region_id, "period": Period.quarter(2026, 3)},
        )
        expected = TargetRowService(db).list_rows(request).rows
    finally:
        db.dispose()
    assert len(rows) - 1 == len(expected) > 0
    assert [(r[0], r[4]) for r in rows[1:]] == [(t.rep_name, float(t.value)) for t in expected]
    assert {r[3] for r in rows[1:]} == {"2026 Q3"}


def test_one_on_ones_of_a_month(data: Path, tmp_path: Path) -> None:
    region_id, _name, _zh = region_of(data)
    out = tmp_path / "meetings.csv"
    done = outpost(
        "--data-dir", str(data), "export", "one-on-ones", "--region", str(region_id),
        "--period", "2026-10", "-o", str(out),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    with out.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == [
        "Rep", "Your time", "Rep's local time", "Channel", "Status", "Repeats", "Morale",
        "Open actions",
    ]  # fmt: skip
    assert len(rows) > 2
    # Sorted by the manager's time, all within October 2026.
    days = [row[1].split()[1] for row in rows[1:]]
    assert days == sorted(days)
    assert all(day.startswith("2026-10-") for day in days)


def test_reviews_of_the_newest_or_a_named_cycle(data: Path, tmp_path: Path) -> None:
    region_id, name, _zh = region_of(data)
    db = Database(f"sqlite:///{data / DATABASE_FILE}")
    try:
        cycles = CycleService(db).list_cycles(region_id)
        counts = [CycleService(db).cycle_summary(c.id).total for c in cycles[:2]]
    finally:
        db.dispose()
    newest = tmp_path / "newest.xlsx"
    done = outpost(
        "--data-dir", str(data), "export", "reviews", "--region", name, "-o", str(newest)
    )
    assert done.returncode == 0, done.stderr
    rows = sheet_rows(newest)
    assert rows[0][:3] == ("Rep", "Chinese name", "Status")
    assert len(rows) - 1 == counts[0]
    names = [r[0] for r in rows[1:]]
    assert names == sorted(names)

    older = tmp_path / "older.xlsx"
    done = outpost(
        "--data-dir", str(data), "export", "reviews", "--region", name,
        "--cycle", cycles[1].name, "-o", str(older),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert len(sheet_rows(older)) - 1 == counts[1]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["team", "--region", "Atlantis"], "outpost: region: no region 'Atlantis'; known: "),
        (["team", "--region", "1", "-o", "{tmp}/team.pdf"], "must end in .xlsx or .csv"),
        (["team", "--region", "1", "-o", "{tmp}/missing/team.xlsx"], "does not exist"),
        (["targets", "--region", "1", "--period", "autumn"], "period: 'autumn' is not a period"),
        (["team", "--region", "1", "--period", "2026"], "the team table has no period"),
        (["reviews", "--region", "1", "--cycle", "nope"], "cycle: no cycle 'nope'"),
    ],
)
def test_bad_input_is_refused_with_exit_2(
    data: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    argv = [a.format(tmp=tmp_path) for a in args]
    if "-o" not in argv:
        argv += ["-o", str(tmp_path / "out.xlsx")]
    done = outpost("--data-dir", str(data), "export", *argv)
    assert done.returncode == 2
    assert message in done.stderr
    assert not (tmp_path / "out.xlsx").exists()


def test_a_refusal_is_in_chinese_when_the_export_is(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    argv = ["team", "--region", "Atlantis", "--language", "zh_CN", "-o", str(out)]
    done = outpost("--data-dir", str(data), "export", *argv)
    assert done.returncode == 2
    assert "区域：没有区域“Atlantis”；已有：" in done.stderr
    assert not out.exists()
