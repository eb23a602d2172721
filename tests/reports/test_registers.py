"""The risk, compliance and training reports read back: headings, known rows, Chinese,
``qpdf --check``, and only the embedded WenQuanYi subset as font."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from app.domain.enums import RiskCategory, RiskLevel, RiskStatus, Treatment
from app.reports.fonts import register_pack_font
from app.reports.pack.styles import Styles
from app.reports.registers import ReportKind, report_bytes, write_report
from app.reports.registers.common import BLOCK_ROWS, wrap
from app.reports.registers.risks import render_risk_report
from app.reports.registers.text import TEXT
from app.services.register_report_records import ReportRegion, RiskLine, RiskReport
from app.services.register_reports import RegisterReportService
from tests.reports import registers_data as known
from tests.reports.registers_data import RegisterDemo, build_register_demo

KINDS = [k.value for k in ReportKind]
LANGS = ["zh", "en"]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_text(data: bytes | Path) -> str:
    source = io.BytesIO(data) if isinstance(data, bytes) else data
    return squash("\n".join(page.extract_text() for page in PdfReader(source).pages))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> RegisterDemo:
    return build_register_demo(tmp_path_factory.mktemp("register-reports"))


@pytest.fixture(scope="module")
def pdfs(demo: RegisterDemo, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    folder = tmp_path_factory.mktemp("register-pdfs")
    service = RegisterReportService.connect(demo.url)
    font = register_pack_font()
    out = {}
    try:
        for kind in KINDS:
            for lang in LANGS:
                out[(kind, lang)] = write_report(
                    service,
                    kind,
                    demo.region_id,
                    folder / f"{kind}_{lang}.pdf",
                    today=known.TODAY,
                    year=known.YEAR,
                    lang=lang,
                    font=font,
                )
        yield out
    finally:
        service.close()


HEADINGS = {
    "risks": ("risks_title", "heat_inherent", "heat_residual", "by_level", "overdue", "accepted"),
    "compliance": ("compliance_title", "matrix", "non_compliant"),
    "training": ("summary", "per_rep", "plan"),
}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", KINDS)
def test_headings_and_known_rows(pdfs: dict, kind: str, lang: str) -> None:
    body = pdf_text(pdfs[(kind, lang)])
    for key in HEADINGS[kind]:
        assert squash(TEXT[lang][key]) in body, (kind, lang, key)
    region = "中东" if lang == "zh" else "MiddleEast"
    assert region in body
    page = "第1页，共" if lang == "zh" else "Page1of"
    assert page in body
    if kind == "risks":
        # Data stays as written in both languages; the level word follows the language.
        assert squash(known.RISK_TITLE) in body and known.RISK_OWNER in body
        assert ("严重" if lang == "zh" else "Critical") in body
        assert "45" in body  # days overdue
    elif kind == "compliance":
        assert squash(known.OBLIGATION) in body and squash(known.OBLIGATION_OWNER) in body
        assert ("沙特阿拉伯(SA)" if lang == "zh" else "SaudiArabia(SA)") in body
        assert squash(TEXT[lang]["due"].format(days=90)) in body
        assert ("不合规" if lang == "zh" else "Non-compliant") in body
    else:
        assert squash(TEXT[lang]["training_title"].format(year=known.YEAR)) in body
        assert (known.COURSE_ZH if lang == "zh" else squash(known.COURSE)) in body
        assert "1,100.00" in body  # 1,000 CHF at 1.1
        assert "NOK" in body  # named as having no rate


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", KINDS)
def test_qpdf_finds_no_error(pdfs: dict, kind: str, lang: str) -> None:
    assert shutil.which("qpdf"), "qpdf is a test prerequisite (README, .ci/run)"
    done = subprocess.run(
        ["qpdf", "--check", str(pdfs[(kind, lang)])], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "No syntax or stream encoding errors found" in done.stdout


def _fonts(reader: PdfReader) -> list[DictionaryObject]:
    """Every font dictionary the pages (and their form XObjects) refer to."""
    found: dict[int, DictionaryObject] = {}

    def walk(resources: DictionaryObject | None) -> None:
        if resources is None:
            return
        resources = resources.get_object()
        for ref in (resources.get("/Font") or {}).values():
            font = ref.get_object()
            found[id(font)] = font
        for ref in (resources.get("/XObject") or {}).values():
            xobject = ref.get_object()
            if xobject.get("/Subtype") == "/Form":
                walk(xobject.get("/Resources"))

    for page in reader.pages:
        walk(page.get("/Resources"))
    return list(found.values())


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", KINDS)
def test_only_the_embedded_cjk_truetype_font(pdfs: dict, kind: str, lang: str) -> None:
    fonts = _fonts(PdfReader(pdfs[(kind, lang)]))
    assert fonts
    for font in fonts:
        name = str(font["/BaseFont"])
        assert font["/Subtype"] == "/TrueType", name
        # A subset (six capitals and +) of WenQuanYi, its outlines in the file.
        assert re.fullmatch(r"/[A-Z]{6}\+WenQuanYiMicroHei(-\d+)?", name), name
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, name


def test_the_same_data_gives_the_same_bytes(demo: RegisterDemo) -> None:
    service = RegisterReportService.connect(demo.url)
    try:
        for kind in KINDS:
            first = report_bytes(service, kind, demo.region_id, today=known.TODAY, lang="zh")
            again = report_bytes(service, kind, demo.region_id, today=known.TODAY, lang="zh")
            assert first == again, kind
    finally:
        service.close()


def _risk(n: int, level_rating: int) -> RiskLine:
    return RiskLine(
        id=n,
        title=f"Risk number {n} 第{n}号风险",
        category=RiskCategory.MARKET,
        rep_name=None,
        rep_name_zh=None,
        customer=None,
        owner="Owner",
        likelihood=level_rating,
        impact=level_rating,
        level=RiskLevel.HIGH,
        residual_likelihood=level_rating,
        residual_impact=level_rating,
        residual_level=RiskLevel.HIGH,
        residual_assessed=True,
        treatment=Treatment.REDUCE,
        status=RiskStatus.OPEN,
        next_review=None,
    )


REGION = ReportRegion(1, "Gulf", "海湾", "USD", ("AE",))


def test_a_long_register_repeats_its_header_on_every_page() -> None:
    risks = tuple(_risk(n, 3) for n in range(1, BLOCK_ROWS + 200))
    report = RiskReport(REGION, dt.date(2026, 1, 5), {(3, 3): len(risks)}, {}, risks, 0, (), ())
    out = io.BytesIO()
    render_risk_report(report, out, lang="en")
    pages = PdfReader(io.BytesIO(out.getvalue())).pages
    assert len(pages) >= 8
    texts = [squash(page.extract_text()) for page in pages]
    body = "".join(texts)
    # Every risk is listed once, the last one too (none lost between blocks).
    assert body.count("Risknumber") == len(risks)
    assert f"Risknumber{len(risks)}第{len(risks)}号风险" in body
    table_pages = [t for t in texts if "Risknumber" in t]
    assert all("Nextreview" in t for t in table_pages)
    assert all(f"of{len(pages)}" in t for t in texts)


def test_an_empty_register_says_so() -> None:
    report = RiskReport(REGION, dt.date(2026, 1, 5), {}, {}, (), 2, (), ())
    out = io.BytesIO()
    render_risk_report(report, out, lang="zh")
    body = pdf_text(out.getvalue())
    assert "已关闭2项" in body and body.count("无。") == 3


def test_wrap_breaks_between_words_and_chinese_characters() -> None:
    font = Styles(register_pack_font(), "en").font.regular
    assert wrap("short", font, 8, 100) == ["short"]
    lines = wrap("alpha beta gamma delta epsilon", font, 8, 60)
    assert len(lines) > 1 and " ".join(lines) == "alpha beta gamma delta epsilon"
    chinese = "按剩余风险等级列出的未关闭风险" * 3
    lines = wrap(chinese, font, 8, 50)
    assert len(lines) > 3 and "".join(lines) == chinese
    long_word = "x" * 80
    assert "".join(wrap(long_word, font, 8, 40)) == long_word
    assert wrap("two\nlines", font, 8, 200) == ["two", "lines"]


def test_unknown_kind_is_refused(demo: RegisterDemo) -> None:
    service = RegisterReportService.connect(demo.url)
    try:
        with pytest.raises(ValueError):
            report_bytes(service, "budget", demo.region_id, today=known.TODAY)
    finally:
        service.close()


def test_long_titles_wrap_instead_of_overflowing(tmp_path: Path) -> None:
    long_title = "Regional distributor insolvency " * 6 + "区域经销商破产风险" * 6
    risk = replace(_risk(1, 3), title=long_title)
    report = RiskReport(REGION, dt.date(2026, 1, 5), {}, {}, (risk,), 0, (), ())
    path = tmp_path / "long.pdf"
    render_risk_report(report, path, lang="zh")
    assert squash(long_title) in pdf_text(path)
