"""``outpost template team`` and ``outpost import team``, run as a user would."""

from __future__ import annotations

from pathlib import Path

from app.paths import DATABASE_FILE
from tests.cli.test_main import outpost, table_counts
from tests.io.team_workbook import TEAM, fill_template, fill_workbook


def test_template_import_again_then_check(tmp_path: Path) -> None:
    data, template = tmp_path / "data", tmp_path / "team.xlsx"
    written = outpost("template", "team", "-o", str(template))
    assert written.returncode == 0, written.stderr
    fill_workbook(template)  # the file the command wrote

    dry = outpost("--data-dir", str(data), "import", "team", str(template), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "nothing was changed" in dry.stdout
    assert table_counts(data / DATABASE_FILE)["reps"] == 0

    first = outpost("--data-dir", str(data), "import", "team", str(template))
    assert first.returncode == 0, first.stderr
    lines = {line.split()[0]: line.split()[1:] for line in first.stdout.splitlines()[2:]}
    assert lines["Reps"] == ["3", "0", "0"]
    assert lines["Regions"] == ["2", "0", "0"]
    counts = table_counts(data / DATABASE_FILE)
    assert (counts["regions"], counts["managers"], counts["reps"]) == (2, 2, 3)
    assert (counts["exchange_rates"], counts["courses"]) == (3, 2)

    again = outpost("--data-dir", str(data), "import", "team", str(template))
    assert again.returncode == 0, again.stderr
    assert "Reps                    0        0          3" in again.stdout
    assert table_counts(data / DATABASE_FILE) == counts

    check = outpost("--data-dir", str(data), "db", "check")
    assert check.returncode == 0, check.stderr


def test_three_bad_cells_are_named_and_nothing_is_written(tmp_path: Path) -> None:
    data = tmp_path / "data"
    bad = {sheet: [dict(row) for row in rows] for sheet, rows in TEAM.items()}
    bad["Reps"][1]["currency"] = "RMB"
    bad["Regions"][1]["base_currency"] = "DOLLAR"
    bad["Exchange rates"][0]["valid_from"] = "next monday"
    path = fill_template(tmp_path / "bad.xlsx", bad)
    result = outpost("--data-dir", str(data), "import", "team", str(path))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "Exchange rates, row 2, valid_from: 'next monday' is not a date (YYYY-MM-DD)",
        "Regions, row 3, base_currency: 'DOLLAR' is not an ISO 4217 currency code",
        "Reps, row 3, currency: 'RMB' is not an ISO 4217 currency code",
        f"outpost: 3 bad cell(s) in {path}; nothing was changed",
    ]
    counts = table_counts(data / DATABASE_FILE)
    assert counts["regions"] == counts["reps"] == counts["audit_events"] == 0
    check = outpost("--data-dir", str(data), "db", "check")
    assert check.returncode == 0, check.stderr


def test_chinese_headers_and_bad_files(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = fill_template(
        tmp_path / "团队.xlsx",
        headers={
            "Reps": {"name": "姓名", "name_zh": "中文名", "email": "邮箱", "region": "区域"},
            "Regions": {"countries": "国家", "base_currency": "本位币"},
        },
        sheet_names={"Reps": "销售代表", "Regions": "区域"},
    )
    result = outpost("--data-dir", str(data), "import", "team", str(path))
    assert result.returncode == 0, result.stderr
    assert table_counts(data / DATABASE_FILE)["reps"] == 3

    not_xlsx = tmp_path / "team.xlsx"
    not_xlsx.write_text("hello", encoding="utf-8")
    refused = outpost("--data-dir", str(data), "import", "team", str(not_xlsx))
    assert refused.returncode == 2
    assert "cannot be read as an XLSX workbook" in refused.stderr
    wrong = outpost("template", "team", "-o", str(tmp_path / "team.csv"))
    assert wrong.returncode == 2


def test_dry_run_names_the_columns_an_update_would_change(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = outpost(
        "--data-dir", str(data), "import", "team", str(fill_template(tmp_path / "a.xlsx"))
    )
    assert first.returncode == 0, first.stderr
    changed = {sheet: [dict(row) for row in rows] for sheet, rows in TEAM.items()}
    changed["Reps"][2]["city"] = "Sharjah"
    path = fill_template(tmp_path / "b.xlsx", changed)
    dry = outpost("--data-dir", str(data), "import", "team", str(path), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.splitlines()[-1] == "  Reps, row 4: would change city"
    assert "Reps                    0        1          2" in dry.stdout
