"""Figures for the register reports over the big demo database."""

from __future__ import annotations

from sqlalchemy import func, select

from app.db.risks import Risk
from app.reports.fonts import register_pack_font
from app.reports.registers import ReportKind, report_bytes
from app.services.register_reports import RegisterReportService
from tests.benchmarks.conftest import BenchRecord, Budget, DemoDatabase, median_of

# The limit: one region's risk register PDF in under 3 s.
RISK_REPORT_BUDGET = Budget(3)  # s


def _largest_register(demo: DemoDatabase) -> int:
    """The region with the most risks: the slowest register to print."""
    with demo.db.read_session() as session:
        return session.execute(
            select(Risk.region_id)
            .group_by(Risk.region_id)
            .order_by(func.count().desc(), Risk.region_id)
            .limit(1)
        ).scalar_one()


def test_risk_report_region(demo_db_5000x3: DemoDatabase, bench_record: BenchRecord) -> None:
    demo = demo_db_5000x3
    region_id = _largest_register(demo)
    service = RegisterReportService(demo.db)
    font = register_pack_font()
    with demo.db.read_session() as session:
        risks = session.scalar(select(func.count()).where(Risk.region_id == region_id))

    def one_report() -> None:
        pdf = report_bytes(
            service, ReportKind.RISKS, region_id, today=demo.today, lang="zh", font=font
        )
        assert pdf.startswith(b"%PDF")

    seconds = median_of(3, one_report)
    note = f"the largest region's risk register ({risks} risks): data and PDF (zh); median of 3"
    bench_record("risk_report_region", seconds, "s", note, RISK_REPORT_BUDGET)
