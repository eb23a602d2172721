"""PDF review packs read back: sections, Chinese text, embedded fonts, page X of Y, bytes.

PackData is built by hand (no database): a full pack with Chinese names and
long texts, and enough meetings that the one-on-one table spans pages, and an
almost empty one. The PDFs are checked with poppler (pdftotext, pdffonts) and
pypdf.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal as D
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.domain.enums import (
    ActionOwner,
    AssignmentStatus,
    CycleKind,
    GoalStatus,
    MeetingStatus,
    Metric,
    ReviewStatus,
    RiskCategory,
    RiskLevel,
    RiskStatus,
)
from app.domain.periods import Period
from app.reports.pack.story import pack_bytes, render_pack, render_region_summary
from app.services.pack_records import (
    PackAction,
    PackCompliance,
    PackData,
    PackGoal,
    PackKpi,
    PackMeeting,
    PackMonth,
    PackPeer,
    PackQuarter,
    PackRisk,
    PackTraining,
    RegionRow,
    RegionSummary,
)

# What a manager wrote privately about a meeting. The pack data has no field
# for it, so it can only leak if the renderer reached for it somewhere else.
PRIVATE = {"private_note": "PRIVATE-刘经理私下记录-do-not-print"}

LONG_EN = (
    "Wang Fang opened three new distributor accounts in Guangdong and kept churn low. "
    "She ran the Shenzhen trade fair booth alone for four days and converted most leads. "
) * 12
LONG_ZH = (
    "王芳在广东新开发了三家经销商客户，客户流失率保持在较低水平。她独自负责深圳展会展位四天，并成功转化了大部分潜在客户。"
    * 10
)

SECTIONS_EN = (
    "Performance review pack",
    "Scorecard",
    "Performance charts",
    "The review",
    "Development plan",
    "One-on-one record",
    "Risks and compliance",
    "Signatures",
)
SECTIONS_ZH = (
    "绩效评估报告",
    "绩效记分卡",
    "业绩图表",
    "评估意见",
    "发展计划",
    "一对一面谈记录",
    "风险与合规",
    "签字",
)


def full_pack(meetings: int = 30) -> PackData:
    """A signed and acknowledged review with every section filled, some of it long."""
    year = Period.year(2026)
    start = datetime(2026, 1, 6, 1, 30, tzinfo=UTC)
    return PackData(
        document_id="OP-R000123-V4",
        issued_on=date(2026, 12, 15),
        rep_name="Wang Fang",
        rep_name_zh="王芳",
        region_name="South China",
        region_name_zh="华南区",
        country="CN",
        city="Shenzhen 深圳",
        cycle_name="FY2026 annual",
        cycle_kind=CycleKind.ANNUAL,
        period=year,
        reviewer_name="Mark Keller",
        status=ReviewStatus.ACKNOWLEDGED,
        signed_at=datetime(2026, 12, 15, 9, 0, tzinfo=UTC),
        acknowledged_at=datetime(2026, 12, 18, 3, 0, tzinfo=UTC),
        overall_rating=4,
        weighted_score=D("3.85"),
        strengths=LONG_EN + "\n\n" + LONG_ZH,
        improvements="客户回款周期偏长（DSO 68 天），需要与财务部门合作缩短。\nForecast accuracy.",
        manager_summary="A strong year. 表现出色。",
        rep_comments="Thank you — 谢谢经理的支持。",
        kpis=(
            PackKpi(
                Metric.REVENUE,
                D(50),
                D("12000000"),
                D("13250000.5"),
                "CNY",
                D("110.4"),
                D(4),
                "Above plan in Q3 and Q4 thanks to the Foshan distributor 佛山经销商",
            ),
            PackKpi(Metric.NEW_CUSTOMERS, D(20), D(24), D(19), "", D("79.2"), D(2), None),
            PackKpi(Metric.CSAT, D(15), D("4.5"), D("4.6"), "", D("102.2"), D(4), None),
            PackKpi(Metric.DSO, D(15), D(60), D(68), "days", D("88.2"), D(3), "回款偏慢"),
        ),
        main_metric=Metric.REVENUE,
        main_unit="CNY",
        months=tuple(
            PackMonth(m, D(1_000_000), D(900_000 + 40_000 * m.number) if m.number <= 11 else None)
            for m in year.months()
        ),
        quarters=(
            PackQuarter(Period.quarter(2026, 1), D("92.5")),
            PackQuarter(Period.quarter(2026, 2), D("101.0")),
            PackQuarter(Period.quarter(2026, 3), D("118.3")),
            PackQuarter(Period.quarter(2026, 4), None),
        ),
        peers=(
            PackPeer("1", D("4.40"), False),
            PackPeer("王芳 Wang Fang", D("3.85"), True),
            PackPeer("3", D("3.10"), False),
            PackPeer("4", None, False),
        ),
        goals=(
            PackGoal("提高回款速度：DSO 降到 55 天以内", date(2027, 6, 30), GoalStatus.OPEN, None),
            PackGoal(
                "Complete negotiation training " * 6,
                date(2027, 3, 31),
                GoalStatus.IN_PROGRESS,
                "Advanced negotiation 高级谈判",
            ),
        ),
        training=(
            PackTraining(
                "Advanced negotiation 高级谈判",
                AssignmentStatus.IN_PROGRESS,
                date(2027, 3, 31),
                None,
            ),
            PackTraining(
                "Anti-bribery refresher",
                AssignmentStatus.COMPLETED,
                date(2026, 5, 1),
                date(2026, 4, 20),
            ),
        ),
        meetings=tuple(
            PackMeeting(
                starts_at=start + timedelta(weeks=i * 1.5),
                rep_time_zone="Asia/Shanghai",
                status=MeetingStatus.CANCELLED if i % 7 == 3 else MeetingStatus.HELD,
                notes=f"第{i + 1}次面谈：讨论了佛山经销商的订单和回款。" * (1 + i % 4)
                + f" Meeting {i + 1} shared notes.",
                actions=(
                    PackAction(
                        f"Send revised quote #{i + 1}",
                        ActionOwner.REP,
                        date(2026, 1, 20) + timedelta(weeks=i),
                        i % 2 == 0,
                    ),
                    PackAction("审批折扣", ActionOwner.MANAGER, None, False),
                ),
            )
            for i in range(meetings)
        ),
        risks=(
            PackRisk(
                "Foshan distributor overdue 90 days 佛山经销商逾期",
                RiskCategory.CUSTOMER_CREDIT,
                16,
                RiskLevel.CRITICAL,
                RiskStatus.OPEN,
                date(2027, 1, 15),
            ),
            PackRisk(
                "CNY depreciation",
                RiskCategory.FX,
                6,
                RiskLevel.MEDIUM,
                RiskStatus.MONITORING,
                None,
            ),
        ),
        compliance=(
            PackCompliance(
                "Work permit renewal 工作许可续签", "immigration", date(2027, 2, 28), "at_risk"
            ),
        ),
        work_permit_expiry=date(2027, 3, 31),
    )


def empty_pack() -> PackData:
    """A draft with nothing but the rep, the cycle and the id."""
    return PackData(
        document_id="OP-R000007-V1",
        issued_on=date(2026, 9, 30),
        rep_name="Tom Reed",
        rep_name_zh=None,
        region_name="Vietnam",
        region_name_zh=None,
        country="VN",
        city=None,
        cycle_name="2026 Q3",
        cycle_kind=CycleKind.QUARTERLY,
        period=Period.quarter(2026, 3),
        reviewer_name=None,
        status=ReviewStatus.DRAFT,
        signed_at=None,
        acknowledged_at=None,
        overall_rating=None,
        weighted_score=None,
        strengths=None,
        improvements=None,
        manager_summary=None,
        rep_comments=None,
        kpis=(),
        main_metric=Metric.REVENUE,
        main_unit="VND",
        months=tuple(PackMonth(m, None, None) for m in Period.quarter(2026, 3).months()),
        quarters=(),
        peers=(),
        goals=(),
        training=(),
        meetings=(),
        risks=(),
        compliance=(),
        work_permit_expiry=None,
    )


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def pdf_fonts(path: Path) -> list[list[str]]:
    """pdffonts rows (after the two header lines), split on whitespace."""
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def squash(value: str) -> str:
    """Text without whitespace, so words wrapped across lines still match."""
    return re.sub(r"\s+", "", value)


@pytest.fixture(scope="module")
def zh_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("packs") / "zh.pdf"
    render_pack(full_pack(), path, lang="zh")
    return path


@pytest.fixture(scope="module")
def en_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("packs") / "en.pdf"
    render_pack(full_pack(), path, lang="en")
    return path


def test_zh_pack_has_chinese_names_and_the_eight_sections_in_order(zh_pdf: Path) -> None:
    body = squash(pdf_text(zh_pdf))
    assert "王芳" in body and "华南区" in body
    positions = [body.find(h) for h in SECTIONS_ZH]
    assert -1 not in positions, dict(zip(SECTIONS_ZH, positions, strict=True))
    assert positions == sorted(positions)
    assert "机密" in body and "OP-R000123-V4" in body
    assert "2026年12月15日" in body  # issued / signed date in Chinese convention
    assert "2026年12月18日" in body  # acknowledged
    assert "超出期望" in body  # rubric text of rating 4
    assert squash("13,250,000.50") in body


def test_en_pack_has_english_headings_and_data_as_entered(en_pdf: Path) -> None:
    body = squash(pdf_text(en_pdf))
    positions = [body.find(squash(h)) for h in SECTIONS_EN]
    assert -1 not in positions, dict(zip(SECTIONS_EN, positions, strict=True))
    assert positions == sorted(positions)
    # Chinese data stays Chinese in an English pack; labels and dates are English.
    assert "王芳" in body and "回款偏慢" in body
    assert "15Dec2026" in body and "18Dec2026" in body
    assert squash("Exceeds expectations") in body
    assert "Confidential" in body and "OP-R000123-V4" in body
    # The whole long text is there, wrapped, not cut off.
    assert body.count(squash("converted most leads.")) == 12
    assert squash(LONG_ZH[-20:]) in body


def test_every_font_is_embedded_and_none_is_base14(zh_pdf: Path, en_pdf: Path) -> None:
    for path in (zh_pdf, en_pdf):
        rows = pdf_fonts(path)
        assert rows, "no fonts listed"
        for row in rows:
            # columns: name type encoding emb sub uni object ID
            emb = row[-5]
            assert emb == "yes", row
            assert "Helvetica" not in row[0] and "Times" not in row[0], row


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_page_has_header_and_page_x_of_y(tmp_path: Path, lang: str) -> None:
    path = tmp_path / f"{lang}.pdf"
    render_pack(full_pack(meetings=60), path, lang=lang)
    pages = PdfReader(path).pages
    total = len(pages)
    assert total >= 6  # the long one-on-one table spans pages
    for number in range(1, total + 1):
        page_text = subprocess.run(
            ["pdftotext", "-f", str(number), "-l", str(number), str(path), "-"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        page = squash(page_text)
        expected = f"第{number}页，共{total}页" if lang == "zh" else f"Page{number}of{total}"
        assert expected in page, (number, page[-200:])
        assert "OP-R000123-V4" in page
        assert ("机密" if lang == "zh" else "Confidential") in page
        assert "王芳" in page and ("2026年" if lang == "zh" else "2026") in page


def test_long_meeting_table_repeats_its_header_on_each_page(tmp_path: Path) -> None:
    path = tmp_path / "en.pdf"
    render_pack(full_pack(meetings=60), path, lang="en")
    pages = [squash(p.extract_text() or "") for p in PdfReader(path).pages]
    with_meetings = [p for p in pages if "Meeting" in p and "sharednotes." in p]
    assert len(with_meetings) >= 2
    for page in with_meetings:
        assert squash("Date (rep's local time)") in page
    body = "".join(pages)
    # every meeting, in its rep's local time (01:30 UTC is 09:30 in Shanghai)
    for i in (1, 30, 60):
        assert f"Meeting{i}sharednotes." in body
    assert "6Jan202609:30" in body


def test_private_note_never_appears(zh_pdf: Path, en_pdf: Path) -> None:
    for path in (zh_pdf, en_pdf):
        assert PRIVATE["private_note"] not in pdf_text(path)
        assert "私下记录" not in squash(pdf_text(path))


def test_same_data_gives_identical_bytes() -> None:
    first = pack_bytes(full_pack(), lang="zh")
    # Another pack in between (as in a batch worker) changes nothing: font
    # subsets and ids are per document.
    pack_bytes(empty_pack(), lang="en")
    second = pack_bytes(full_pack(), lang="zh")
    assert first == second
    assert first.startswith(b"%PDF-")
    # The creation date comes from the data, not the clock.
    assert b"D:20261215000000+00'00'" in first
    assert pack_bytes(empty_pack(), lang="en") == pack_bytes(empty_pack(), lang="en")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_almost_empty_pack_renders_every_section(tmp_path: Path, lang: str) -> None:
    path = tmp_path / f"empty-{lang}.pdf"
    render_pack(empty_pack(), path, lang=lang)
    body = squash(pdf_text(path))
    headings = SECTIONS_ZH if lang == "zh" else SECTIONS_EN
    assert all(squash(h) in body for h in headings)
    assert ("无记录" if lang == "zh" else "Nonerecorded") in body
    assert ("尚未评级" if lang == "zh" else "Notratedyet") in body
    assert "TomReed" in body and "OP-R000007-V1" in body
    assert all(row[-5] == "yes" for row in pdf_fonts(path))


def test_unknown_language_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="fr"):
        render_pack(empty_pack(), tmp_path / "x.pdf", lang="fr")


def test_region_summary_ranks_the_team(tmp_path: Path) -> None:
    summary = RegionSummary(
        region_name="South China",
        region_name_zh="华南区",
        cycle_name="FY2026 annual",
        period=Period.year(2026),
        rows=(
            RegionRow("Li Wei", "李伟", ReviewStatus.SIGNED, D("4.40"), 4),
            RegionRow("Wang Fang", "王芳", ReviewStatus.ACKNOWLEDGED, D("3.85"), 4),
            RegionRow("Tom Reed", None, ReviewStatus.DRAFT, None, None),
        ),
        heat={(4, 4): 2, (1, 2): 1},
    )
    path = tmp_path / "region.pdf"
    render_region_summary(summary, [full_pack(), empty_pack()], path, lang="zh")
    body = squash(pdf_text(path))
    assert "区域绩效评估汇总" in body and "华南区" in body
    assert body.find("李伟") < body.find("王芳") < body.find("TomReed")
    assert "第1页，共1页" in body or "第1页，共2页" in body
    assert all(row[-5] == "yes" for row in pdf_fonts(path))
    again = tmp_path / "again.pdf"
    render_region_summary(summary, [full_pack(), empty_pack()], again, lang="zh")
    assert path.read_bytes() == again.read_bytes()


def test_a_note_longer_than_a_page_and_unbroken_words_are_not_cut(tmp_path: Path) -> None:
    data = full_pack(meetings=2)
    first = data.meetings[0]
    url = "https://example.com/" + "x" * 300
    huge = replace(first, notes="长段落记录内容" * 900 + f" {url} END-OF-NOTE")
    data = replace(data, meetings=(huge, *data.meetings[1:]), strengths="word" * 200 + " fin")
    path = tmp_path / "huge.pdf"
    render_pack(data, path, lang="en")
    body = squash(pdf_text(path))
    assert body.count("长段落记录内容") == 900
    assert squash(url) in body and "END-OF-NOTE" in body
    assert "word" * 200 + "fin" in body
    assert len(PdfReader(path).pages) >= 6
