"""A demo database plus a few register rows whose every value the report tests know.

Shared by the report, service and CLI tests of the register reports. The demo
gives a realistic region (Middle East); the known rows add Chinese text, an
accepted risk with an overdue review, a non-compliant obligation due soon,
and training costs in a currency with a rate (CHF) and one without (NOK).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from app.db import migrate
from app.db.engine import Database, sqlite_url
from app.db.org import Region, Rep
from app.domain.enums import (
    AssignmentStatus,
    ComplianceCategory,
    ComplianceStatus,
    CourseCategory,
    CourseFormat,
    RiskCategory,
    RiskStatus,
    Treatment,
)
from app.services.compliance import ComplianceInput, ComplianceService
from app.services.demo import generate_demo
from app.services.rates import RateService
from app.services.risks import RiskInput, RiskService
from app.services.training import AssignmentInput, CourseInput, TrainingService

TODAY = dt.date(2026, 11, 15)
YEAR = 2026
REGION = "Middle East"
REGION_ZH = "中东"
RISK_TITLE = "迪拉姆汇率风险 Dirham peg review"
RISK_OWNER = "王经理"
RISK_NEXT_REVIEW = dt.date(2026, 10, 1)  # 45 days before TODAY
OBLIGATION = "沙特反贿赂培训记录 Saudi anti-bribery log"
OBLIGATION_OWNER = "Layla Haddad"
OBLIGATION_DUE = dt.date(2026, 12, 20)
COURSE = "Arabic for Sales Teams QA"
COURSE_ZH = "销售团队阿拉伯语"
#: 1,000 CHF at 1.1 USD: what the report shows in the region's base currency.
CHF_COST_USD = Decimal("1100.00")


@dataclass(frozen=True)
class RegisterDemo:
    url: str
    path: Path
    region_id: int
    rep_id: int
    rep_name: str


def _known_rows(db: Database, region_id: int, rep_id: int) -> None:
    RiskService(db).create(
        RiskInput(
            region_id=region_id,
            category=RiskCategory.FX,
            title=RISK_TITLE,
            likelihood=5,
            impact=5,
            residual_likelihood=4,
            residual_impact=4,
            treatment=Treatment.ACCEPT,
            owner=RISK_OWNER,
            status=RiskStatus.OPEN,
            next_review=RISK_NEXT_REVIEW,
        )
    )
    ComplianceService(db).create(
        ComplianceInput(
            region_id=region_id,
            country="SA",
            category=ComplianceCategory.ANTI_BRIBERY,
            obligation=OBLIGATION,
            owner=OBLIGATION_OWNER,
            rep_id=rep_id,
            due_date=OBLIGATION_DUE,
            status=ComplianceStatus.NON_COMPLIANT,
        )
    )
    RateService(db).set_rate("USD", "CHF", Decimal("1.1"), dt.date(2026, 1, 1))
    training = TrainingService(db)
    course = training.create_course(
        CourseInput(
            title=COURSE,
            title_zh=COURSE_ZH,
            category=CourseCategory.CULTURE_LANGUAGE,
            format=CourseFormat.CLASSROOM,
            hours=Decimal(12),
        )
    )
    training.assign(
        AssignmentInput(
            rep_id=rep_id,
            course_id=course.id,
            due_date=dt.date(YEAR, 6, 30),
            status=AssignmentStatus.COMPLETED,
            completed_on=dt.date(YEAR, 6, 1),
            score=Decimal(88),
            cost=Decimal(1000),
            currency="CHF",
        )
    )
    training.assign(
        AssignmentInput(
            rep_id=rep_id,
            course_id=course.id,
            due_date=dt.date(YEAR, 12, 1),
            cost=Decimal(500),
            currency="NOK",
        )
    )


def build_register_demo(folder: Path) -> RegisterDemo:
    """A migrated SQLite file in ``folder`` with the demo and the known rows."""
    path = folder / "registers.sqlite3"
    url = sqlite_url(path)
    db = Database(url, actor="tester")
    try:
        migrate.upgrade(db.engine)
        generate_demo(db, reps=12, years=1, today=TODAY)
        with db.read_session() as session:
            region_id = session.scalar(select(Region.id).where(Region.name == REGION))
            rep_id, rep_name = session.execute(
                select(Rep.id, Rep.name).where(Rep.region_id == region_id).order_by(Rep.id)
            ).first()  # type: ignore[misc]
        _known_rows(db, region_id, rep_id)
    finally:
        db.dispose()
    return RegisterDemo(url, path, region_id, rep_id, rep_name)


__all__ = ["RegisterDemo", "build_register_demo"]
