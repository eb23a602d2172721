"""``outpost report risks|compliance|training``: the PDFs, and bad input refused with code 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli import main
from tests.reports import registers_data as known
from tests.reports.registers_data import RegisterDemo, build_register_demo


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> RegisterDemo:
    return build_register_demo(tmp_path_factory.mktemp("cli-registers"))


def run(demo: RegisterDemo, tmp_path: Path, *args: str) -> int:
    data = ["--data-dir", str(tmp_path / "data"), "--database", demo.url]
    return main([*data, "report", *args, "--today", known.TODAY.isoformat()])


def text_of(path: Path) -> str:
    return "".join("\n".join(p.extract_text() for p in PdfReader(path).pages).split())


@pytest.mark.parametrize(
    ("kind", "extra", "expected"),
    [
        ("risks", (), known.RISK_TITLE),
        ("compliance", (), known.OBLIGATION),
        ("training", ("--year", str(known.YEAR)), known.COURSE_ZH),
    ],
)
def test_each_report_in_chinese(
    demo: RegisterDemo,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    kind: str,
    extra: tuple[str, ...],
    expected: str,
) -> None:
    out = tmp_path / f"{kind}.pdf"
    args = (kind, "--region", known.REGION_ZH, *extra, "-o", str(out), "--lang", "zh")
    assert run(demo, tmp_path, *args) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert "".join(expected.split()) in text_of(out)
    assert "中东" in text_of(out)


def test_english_by_region_id(demo: RegisterDemo, tmp_path: Path) -> None:
    out = tmp_path / "risks.pdf"
    args = ("risks", "--region", str(demo.region_id), "-o", str(out), "--lang", "en")
    assert run(demo, tmp_path, *args) == 0
    body = text_of(out)
    assert "Riskregister" in body and "Overduereviews" in body


def test_unknown_region_exits_2_naming_it(
    demo: RegisterDemo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    assert run(demo, tmp_path, "risks", "--region", "Atlantis", "-o", str(out)) == 2
    err = capsys.readouterr().err
    assert "region" in err and "Atlantis" in err
    assert not out.exists()


@pytest.mark.parametrize("where", ["missing-folder", "a-folder"])
def test_bad_output_path_exits_2(
    demo: RegisterDemo, tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    target = tmp_path / "nowhere" / "x.pdf" if where == "missing-folder" else tmp_path
    code = run(demo, tmp_path, "compliance", "--region", known.REGION, "-o", str(target))
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("outpost: output:")
    assert not (tmp_path / "nowhere").exists()


def test_training_needs_a_year(
    demo: RegisterDemo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        run(demo, tmp_path, "training", "--region", known.REGION, "-o", str(tmp_path / "t.pdf"))
    assert exited.value.code == 2
    assert "--year" in capsys.readouterr().err


def test_no_partial_file_when_the_region_is_unknown(demo: RegisterDemo, tmp_path: Path) -> None:
    out = tmp_path / "keep.pdf"
    out.write_bytes(b"old")
    assert run(demo, tmp_path, "risks", "--region", "Atlantis", "-o", str(out)) == 2
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
