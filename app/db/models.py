"""Every model, imported once so the metadata is complete (Alembic, create_all)."""

from app.db.audit import AuditEvent
from app.db.base import Base
from app.db.compliance import Attachment, ComplianceItem
from app.db.one_on_ones import ActionItem, OneOnOne
from app.db.org import Manager, Region, Rep
from app.db.reviews import DevelopmentGoal, KpiLine, Review, ReviewCycle
from app.db.risks import Risk, RiskAcceptance, RiskAction, RiskReview
from app.db.targets import Actual, ExchangeRate, ImportBatch, Target
from app.db.training import Course, TrainingAssignment

__all__ = [
    "ActionItem",
    "Actual",
    "Attachment",
    "AuditEvent",
    "Base",
    "ComplianceItem",
    "Course",
    "DevelopmentGoal",
    "ExchangeRate",
    "ImportBatch",
    "KpiLine",
    "Manager",
    "OneOnOne",
    "Region",
    "Rep",
    "Review",
    "ReviewCycle",
    "Risk",
    "RiskAcceptance",
    "RiskAction",
    "RiskReview",
    "Target",
    "TrainingAssignment",
]
