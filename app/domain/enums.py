"""The closed vocabularies of the product, shared by models, services and UI."""

from __future__ import annotations

from enum import StrEnum


class ManagerRole(StrEnum):
    REGIONAL_MANAGER = "regional_manager"
    HEAD_OF_SALES = "head_of_sales"
    ADMIN = "admin"


class RepStatus(StrEnum):
    ACTIVE = "active"
    ON_LEAVE = "on_leave"
    INACTIVE = "inactive"


class Focus(StrEnum):
    ACQUISITION = "acquisition"
    RETENTION = "retention"
    BOTH = "both"


class Metric(StrEnum):
    REVENUE = "revenue"
    NEW_CUSTOMERS = "new_customers"
    ACTIVE_CUSTOMERS = "active_customers"
    CSAT = "csat"
    VISITS = "visits"
    CHURN_RATE = "churn_rate"
    DSO = "dso"


# Metrics where a smaller actual is the better result.
LOWER_IS_BETTER: frozenset[Metric] = frozenset({Metric.CHURN_RATE, Metric.DSO})

# Levels are averaged over a period's rows, flows (every other metric) summed:
# three months of CSAT 90 make a CSAT of 90, three months of revenue add up.
LEVEL_METRICS: frozenset[Metric] = frozenset(
    {Metric.ACTIVE_CUSTOMERS, Metric.CSAT, Metric.CHURN_RATE, Metric.DSO}
)

# Metrics measured in money, hence in the rep's local currency.
MONEY_METRICS: frozenset[Metric] = frozenset({Metric.REVENUE})


class PeriodKind(StrEnum):
    YEAR = "year"
    QUARTER = "quarter"
    MONTH = "month"


class ActualSource(StrEnum):
    MANUAL = "manual"
    IMPORT = "import"


class Channel(StrEnum):
    VIDEO = "video"
    PHONE = "phone"
    IN_PERSON = "in_person"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class ActionOwner(StrEnum):
    REP = "rep"
    MANAGER = "manager"


class Cadence(StrEnum):
    """How often a series of one-on-ones repeats (None: a single meeting)."""

    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"


class CycleKind(StrEnum):
    QUARTERLY = "quarterly"
    ANNUAL = "annual"
    PROBATION = "probation"


class CycleStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class ReviewStatus(StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    SIGNED = "signed"
    ACKNOWLEDGED = "acknowledged"


# A review in one of these states is locked against edits.
LOCKED_REVIEW_STATUSES: frozenset[ReviewStatus] = frozenset(
    {ReviewStatus.SIGNED, ReviewStatus.ACKNOWLEDGED}
)


class GoalStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class CourseCategory(StrEnum):
    SALES_SKILLS = "sales_skills"
    PRODUCT_KNOWLEDGE = "product_knowledge"
    CULTURE_LANGUAGE = "culture_language"
    COMPLIANCE = "compliance"
    LEADERSHIP = "leadership"


class CourseFormat(StrEnum):
    CLASSROOM = "classroom"
    ONLINE = "online"
    BLENDED = "blended"
    COACHING = "coaching"


class AssignmentStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    WAIVED = "waived"


class RiskCategory(StrEnum):
    MARKET = "market"
    CUSTOMER_CREDIT = "customer_credit"
    OPERATIONAL = "operational"
    LEGAL = "legal"
    FX = "fx"
    POLITICAL = "political"
    PERSONAL_SAFETY = "personal_safety"


class Treatment(StrEnum):
    AVOID = "avoid"
    REDUCE = "reduce"
    TRANSFER = "transfer"
    ACCEPT = "accept"


class RiskStatus(StrEnum):
    OPEN = "open"
    MONITORING = "monitoring"
    #: Accepted until a date (see the risk's acceptance); open again once it passes.
    ACCEPTED = "accepted"
    CLOSED = "closed"


class RiskLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class ComplianceCategory(StrEnum):
    CONTRACT = "contract"
    TAX = "tax"
    IP = "ip"
    ANTI_BRIBERY = "anti_bribery"
    DATA_PROTECTION = "data_protection"
    IMMIGRATION = "immigration"
    EXPORT_CONTROL = "export_control"


class ComplianceStatus(StrEnum):
    COMPLIANT = "compliant"
    AT_RISK = "at_risk"
    NON_COMPLIANT = "non_compliant"
    NOT_ASSESSED = "not_assessed"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    REOPEN = "reopen"
