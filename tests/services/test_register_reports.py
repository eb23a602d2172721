"""The register reports' data: heat maps, overdue reviews, the matrix, costs in base currency."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy import event, func, select

from app.db.engine import Database
from app.db.risks import Risk
from app.domain.enums import (
    AssignmentStatus,
    ComplianceCategory,
    ComplianceStatus,
    RiskLevel,
    RiskStatus,
)
from app.services.errors import ValidationError
from app.services.register_reports import RegisterReportService, worst_status
from tests.reports import registers_data as known
from tests.reports.registers_data import RegisterDemo, build_register_demo


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> RegisterDemo:
    return build_register_demo(tmp_path_factory.mktemp("register-data"))


@pytest.fixture
def service(demo: RegisterDemo) -> Iterator[RegisterReportService]:
    svc = RegisterReportService.connect(demo.url)
    yield svc
    svc.close()


def _statements(db: Database, work: object) -> int:
    seen: list[str] = []

    def count(*_: object) -> None:
        seen.append("x")

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        work()  # type: ignore[operator]
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    return len(seen)


def test_region_by_english_or_chinese_name_or_id(
    service: RegisterReportService, demo: RegisterDemo
) -> None:
    assert service.resolve_region(known.REGION) == demo.region_id
    assert service.resolve_region(known.REGION_ZH) == demo.region_id
    assert service.resolve_region("middle east") == demo.region_id
    assert service.resolve_region(str(demo.region_id)) == demo.region_id
    with pytest.raises(ValidationError) as caught:
        service.resolve_region("Atlantis")
    assert caught.value.field == "region"


def test_risk_report(service: RegisterReportService, demo: RegisterDemo) -> None:
    report = service.risks(demo.region_id, known.TODAY)
    with service.db.read_session() as session:
        live = session.scalar(
            select(func.count()).where(
                Risk.region_id == demo.region_id, Risk.status != RiskStatus.CLOSED.value
            )
        )
        closed = session.scalar(
            select(func.count()).where(
                Risk.region_id == demo.region_id, Risk.status == RiskStatus.CLOSED.value
            )
        )
    assert len(report.risks) == live == sum(report.heat_inherent.values())
    assert sum(report.heat_residual.values()) == live
    assert report.closed_count == closed
    assert report.heat_inherent[(5, 5)] >= 1 and report.heat_residual[(4, 4)] >= 1
    # Worst residual level first; ours (4×4) is critical.
    ranks = [list(RiskLevel).index(r.residual_level) for r in report.risks]
    assert ranks == sorted(ranks, reverse=True)
    ours = next(r for r in report.risks if r.title == known.RISK_TITLE)
    assert ours.residual_level is RiskLevel.CRITICAL and ours.level is RiskLevel.CRITICAL
    assert ours in report.overdue and ours in report.accepted
    assert all(r.next_review is not None and r.next_review < known.TODAY for r in report.overdue)
    assert all(r.treatment == "accept" for r in report.accepted)
    # On the day of its review it is due, not overdue.
    on_the_day = service.risks(demo.region_id, known.RISK_NEXT_REVIEW)
    assert ours.id not in {r.id for r in on_the_day.overdue}


def test_compliance_report(service: RegisterReportService, demo: RegisterDemo) -> None:
    report = service.compliance(demo.region_id, known.TODAY)
    assert report.countries[: len(report.region.countries)] == report.region.countries
    assert "SA" in report.countries
    cell = report.matrix[("SA", ComplianceCategory.ANTI_BRIBERY)]
    assert cell.status is ComplianceStatus.NON_COMPLIANT and cell.count >= 2
    ours = next(o for o in report.non_compliant if o.obligation == known.OBLIGATION)
    assert ours.owner == known.OBLIGATION_OWNER and ours.rep_name == demo.rep_name
    assert ours in report.due
    horizon = known.TODAY + dt.timedelta(days=90)
    assert all(o.due_date is not None and o.due_date <= horizon for o in report.due)
    assert [o.due_date for o in report.due] == sorted(o.due_date for o in report.due)
    assert all(o.status is ComplianceStatus.NON_COMPLIANT for o in report.non_compliant)
    assert all(p.expiry <= horizon for p in report.permits_due)


def test_worst_status_order() -> None:
    s = ComplianceStatus
    assert worst_status([s.COMPLIANT, s.NOT_ASSESSED]) is s.NOT_ASSESSED
    assert worst_status([s.NOT_ASSESSED, s.AT_RISK, s.COMPLIANT]) is s.AT_RISK
    assert worst_status([s.AT_RISK, s.NON_COMPLIANT]) is s.NON_COMPLIANT
    assert worst_status([s.COMPLIANT]) is s.COMPLIANT


def test_training_report_costs_in_base_currency(
    service: RegisterReportService, demo: RegisterDemo
) -> None:
    report = service.training(demo.region_id, known.YEAR)
    ours = [line for line in report.plan if line.course_title == known.COURSE]
    assert len(ours) == 2
    done = next(line for line in ours if line.status is AssignmentStatus.COMPLETED)
    assert done.cost_base == known.CHF_COST_USD
    planned = next(line for line in ours if line.status is AssignmentStatus.PLANNED)
    assert planned.cost_base is None and "NOK" in report.missing_rates
    rep = next(r for r in report.per_rep if r.rep_id == demo.rep_id)
    assert rep.cost_incomplete
    mine = [line for line in report.plan if line.rep_id == demo.rep_id]
    assert rep.planned == len(mine)
    assert rep.completed == sum(line.status is AssignmentStatus.COMPLETED for line in mine)
    assert rep.hours_completed == sum(
        (line.hours for line in mine if line.status is AssignmentStatus.COMPLETED), Decimal(0)
    )
    assert rep.cost_base == sum((line.cost_base or Decimal(0) for line in mine), Decimal(0))
    assert report.cost_base == sum(r.cost_base for r in report.per_rep)
    # Every line is due or completed in the year.
    for line in report.plan:
        years = {d.year for d in (line.due_date, line.completed_on) if d is not None}
        assert known.YEAR in years
    waived = sum(r.waived for r in report.per_rep)
    expected = Decimal(100) * report.completed / (report.planned - waived)
    assert report.completion_rate == expected.quantize(Decimal("0.1"))


def test_statements_do_not_grow_with_the_region(
    service: RegisterReportService, demo: RegisterDemo
) -> None:
    region = demo.region_id
    assert _statements(service.db, lambda: service.risks(region, known.TODAY)) == 3
    assert _statements(service.db, lambda: service.compliance(region, known.TODAY)) == 5
    assert _statements(service.db, lambda: service.training(region, known.YEAR)) == 3


def test_unknown_region_id_is_not_found(service: RegisterReportService) -> None:
    from app.services.errors import NotFoundError

    with pytest.raises(NotFoundError):
        service.risks(999_999, known.TODAY)
