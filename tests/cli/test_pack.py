"""``outpost pack``: one rep's pack, a region's packs, passwords and bad input."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PasswordType, PdfReader
from sqlalchemy import select

from app.cli import main
from app.cli.pack import ENV_PACK_PASSWORD, ProgressBar, console_language
from app.db import migrate
from app.db.engine import Database, sqlite_url
from app.db.org import Region, Rep
from app.db.reviews import Review, ReviewCycle
from app.paths import app_paths, project_root
from app.reports.batch import pack_file_name, summary_file_name
from app.services.demo import generate_demo


@dataclass(frozen=True)
class Demo:
    url: str
    region: str
    cycle: str
    rep: str
    reps: tuple[str, ...]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    url = sqlite_url(tmp_path_factory.mktemp("cli-demo") / "outpost.sqlite3")
    db = Database(url, actor="tester")
    migrate.upgrade(db.engine)
    generate_demo(db, reps=12, years=1, today=dt.date(2026, 11, 15))
    with db.read_session() as session:
        rows = session.execute(
            select(Region.name, ReviewCycle.id, ReviewCycle.name, Rep.name)
            .join(ReviewCycle, ReviewCycle.region_id == Region.id)
            .join(Review, Review.cycle_id == ReviewCycle.id)
            .join(Rep, Rep.id == Review.rep_id)
            .order_by(ReviewCycle.period_end.desc(), ReviewCycle.id, Rep.name)
        ).all()
    db.dispose()
    counts: dict[int, int] = {}
    for _, cycle_id, _, _ in rows:
        counts[cycle_id] = counts.get(cycle_id, 0) + 1
    chosen = max(counts, key=lambda c: counts[c])
    mine = [row for row in rows if row[1] == chosen]
    yield Demo(url, mine[0][0], mine[0][2], mine[0][3], tuple(r[3] for r in mine))


def run(demo: Demo, tmp_path: Path, *args: str) -> int:
    return main(["--data-dir", str(tmp_path / "data"), "--database", demo.url, "pack", *args])


def test_one_rep_by_name(demo: Demo, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "pack.pdf"
    assert run(demo, tmp_path, "--rep", demo.rep, "--cycle", demo.cycle, "-o", str(out)) == 0
    assert capsys.readouterr().out.strip() == str(out)
    reader = PdfReader(out)
    assert not reader.is_encrypted
    assert demo.rep in "\n".join(page.extract_text() for page in reader.pages)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "pack.pdf"]

    again = tmp_path / "again.pdf"
    assert run(demo, tmp_path, "--rep", demo.rep, "--cycle", demo.cycle, "-o", str(again)) == 0
    assert again.read_bytes() == out.read_bytes()


def test_password_from_the_environment(
    demo: Demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_PACK_PASSWORD, "tea-and-秘密")
    out = tmp_path / "locked.pdf"
    code = run(
        demo, tmp_path, "--rep", demo.rep, "--cycle", demo.cycle, "-o", str(out), "--password"
    )
    assert code == 0
    reader = PdfReader(out)
    encrypt = reader.trailer["/Encrypt"].get_object()
    assert (encrypt["/V"], encrypt["/R"]) == (5, 6)  # AES-256
    assert reader.decrypt("tea") == PasswordType.NOT_DECRYPTED
    assert reader.decrypt("tea-and-秘密") != PasswordType.NOT_DECRYPTED

    locked = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, check=False)
    assert locked.returncode != 0
    opened = subprocess.run(
        ["pdftotext", "-upw", "tea-and-秘密", str(out), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert demo.rep in opened.stdout


def test_password_refused_without_a_terminal_or_environment(
    demo: Demo, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_PACK_PASSWORD, raising=False)
    out = tmp_path / "p.pdf"
    args = ("--rep", demo.rep, "--cycle", demo.cycle, "-o", str(out), "--password")
    assert run(demo, tmp_path, *args) == 2
    assert ENV_PACK_PASSWORD in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize(
    ("option", "field"),
    [("--rep", "rep"), ("--cycle", "cycle"), ("--region", "region")],
)
def test_bad_names_are_refused_with_a_message(
    demo: Demo, tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str, field: str
) -> None:
    values = {"--rep": demo.rep, "--cycle": demo.cycle, "--region": demo.region}
    values[option] = "Nobody Atall"
    who = "--region" if option == "--region" else "--rep"
    out = tmp_path / "out"
    code = run(demo, tmp_path, who, values[who], "--cycle", values["--cycle"], "-o", str(out))
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith(f"outpost: {field}:")
    assert "Nobody Atall" in err
    assert not out.exists()


def test_bad_output_paths_are_refused(
    demo: Demo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "no" / "such" / "pack.pdf"
    assert run(demo, tmp_path, "--rep", demo.rep, "--cycle", demo.cycle, "-o", str(missing)) == 2
    assert "does not exist" in capsys.readouterr().err
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    code = run(demo, tmp_path, "--region", demo.region, "--cycle", demo.cycle, "-o", str(a_file))
    assert code == 2
    assert "is a file" in capsys.readouterr().err


def test_rep_and_region_are_exclusive_and_one_is_required() -> None:
    from app.cli import build_parser

    neither = ["pack", "--cycle", "C", "-o", "x"]
    both = ["pack", "--rep", "A", "--region", "B", "--cycle", "C", "-o", "x"]
    for argv in (neither, both):
        with pytest.raises(SystemExit) as exit_info:
            build_parser().parse_args(argv)
        assert exit_info.value.code == 2


def test_language_defaults_to_the_console_setting(tmp_path: Path) -> None:
    paths = app_paths(tmp_path).ensure()
    assert console_language(paths) == "en"
    paths.settings_file.write_text("[General]\nlanguage=zh_CN\n", encoding="utf-8")
    assert console_language(paths) == "zh"
    paths.settings_file.write_text("[General]\nlanguage=en\n", encoding="utf-8")
    assert console_language(paths) == "en"


def test_region_in_two_workers_as_a_real_process(demo: Demo, tmp_path: Path) -> None:
    out_dir = tmp_path / "packs"
    result = subprocess.run(
        [
            *(sys.executable, "-m", "app", "--data-dir", str(tmp_path / "data")),
            *("--database", demo.url, "pack", "--region", demo.region),
            *("--cycle", demo.cycle, "-o", str(out_dir), "--jobs", "2"),
        ],
        cwd=project_root(),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    expected = {pack_file_name(demo.cycle, rep) for rep in demo.reps}
    expected.add(summary_file_name(demo.cycle))
    assert {p.name for p in out_dir.iterdir()} == expected  # nothing else, no temp files
    assert {Path(line).name for line in result.stdout.splitlines()} == expected
    total = len(demo.reps) + 1
    assert f"{total}/{total} PDFs" in result.stderr  # plain progress lines: not a terminal


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_a_bar_on_a_terminal_and_lines_otherwise() -> None:
    terminal = Terminal()
    bar = ProgressBar(terminal, "PDFs")
    for done in range(4):
        bar(done, 3)
    bar.close()
    assert terminal.getvalue().endswith(f"\r[{'#' * 30}] 3/3 PDFs\n")
    assert f"\r[{'#' * 10}{'.' * 20}] 1/3 PDFs" in terminal.getvalue()

    log = io.StringIO()
    lines = ProgressBar(log, "PDFs")
    for done in range(3):
        lines(done, 2)
    lines.close()
    assert log.getvalue() == "1/2 PDFs\n2/2 PDFs\n"
