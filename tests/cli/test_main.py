"""The ``outpost`` command, run as a user would: a real process on a real folder."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import build_parser, main
from app.paths import DATABASE_FILE, project_root


def outpost(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=project_root(),
        capture_output=True,
        text=True,
        timeout=300,
    )


def table_counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {
            name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names
        }


def test_demo_then_check_then_refused_second_demo(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = outpost("--data-dir", str(data), "demo", "--reps", "50", "--today", "2026-11-15")
    assert first.returncode == 0, first.stderr
    assert "reps" in first.stdout

    check = outpost("--data-dir", str(data), "db", "check")
    assert check.returncode == 0, check.stderr
    assert "no drift" in check.stdout

    database = data / DATABASE_FILE
    before = table_counts(database)
    assert before["reps"] == 50
    second = outpost("--data-dir", str(data), "demo", "--reps", "5")
    assert second.returncode == 2
    assert "already holds data" in second.stderr
    assert "nothing was changed" in second.stderr
    assert table_counts(database) == before


def test_db_upgrade_current_and_backup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "db", "upgrade"]) == 0
    assert "migrated from empty" in capsys.readouterr().out
    assert main(["db", "upgrade", "--data-dir", data]) == 0
    assert "already at" in capsys.readouterr().out

    assert main(["--data-dir", data, "db", "current"]) == 0
    out = capsys.readouterr().out
    current = next(line for line in out.splitlines() if line.startswith("current:"))
    head = next(line for line in out.splitlines() if line.startswith("head:"))
    assert current.split()[-1] == head.split()[-1]

    target = tmp_path / "copy.sqlite3"
    assert main(["--data-dir", data, "db", "backup", str(target)]) == 0
    assert "regions" in table_counts(target)


def test_check_reports_an_unmigrated_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(tmp_path), "db", "check"]) == 1
    assert "run db upgrade" in capsys.readouterr().err


def test_database_option_and_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    other = tmp_path / "elsewhere.sqlite3"
    monkeypatch.setenv("OUTPOST_DATABASE_URL", f"sqlite:///{other}")
    assert main(["--data-dir", str(tmp_path / "data"), "db", "upgrade"]) == 0
    assert other.exists()
    assert not (tmp_path / "data" / DATABASE_FILE).exists()


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args(["demo", "--reps", "0"])
    assert exit_info.value.code == 2
