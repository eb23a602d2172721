"""The words for every member of the closed vocabularies, in English and Simplified Chinese.

Declared once, below the UI, so a screen and a PDF name a thing alike: the
console reads them through ``app.ui.labels.enum_label`` (in the language it
runs in), the PDF packs through ``app.reports.pack.text.enum_label``.

Each label is ``(English, Chinese)`` like :data:`app.domain.scoring.RATING_RUBRIC`.
The tables are per enum because members of different enums share a value
(``GoalStatus.OPEN == RiskStatus.OPEN == "open"``) yet not a word: an open
review cycle is under way (进行中), an open goal not started (未开始), an open
risk not closed (未关闭).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from app.domain.enums import (
    ActionOwner,
    ActualSource,
    AssignmentStatus,
    AuditAction,
    Cadence,
    Channel,
    ComplianceCategory,
    ComplianceStatus,
    CourseCategory,
    CourseFormat,
    CycleKind,
    CycleStatus,
    Focus,
    GoalStatus,
    ManagerRole,
    MeetingStatus,
    Metric,
    PeriodKind,
    RepStatus,
    ReviewStatus,
    RiskCategory,
    RiskLevel,
    RiskStatus,
    Treatment,
)

#: The languages a label is written in.
LANGUAGES = ("en", "zh")

Label = tuple[str, str]

LABELS: Mapping[type[StrEnum], Mapping[StrEnum, Label]] = {
    ManagerRole: {
        ManagerRole.REGIONAL_MANAGER: ("Regional manager", "区域经理"),
        ManagerRole.HEAD_OF_SALES: ("Head of sales", "销售总监"),
        ManagerRole.ADMIN: ("Administrator", "管理员"),
    },
    RepStatus: {
        RepStatus.ACTIVE: ("Active", "在岗"),
        RepStatus.ON_LEAVE: ("On leave", "休假"),
        RepStatus.INACTIVE: ("Inactive", "已离任"),
    },
    Focus: {
        Focus.ACQUISITION: ("Acquisition", "新客户开发"),
        Focus.RETENTION: ("Retention", "客户维护"),
        Focus.BOTH: ("Both", "开发与维护"),
    },
    Metric: {
        Metric.REVENUE: ("Revenue", "营收"),
        Metric.NEW_CUSTOMERS: ("New customers", "新客户"),
        Metric.ACTIVE_CUSTOMERS: ("Active customers", "活跃客户"),
        Metric.CSAT: ("CSAT", "客户满意度"),
        Metric.VISITS: ("Visits", "拜访次数"),
        Metric.CHURN_RATE: ("Churn rate", "流失率"),
        Metric.DSO: ("DSO", "应收账款周转天数"),
    },
    PeriodKind: {
        PeriodKind.YEAR: ("Year", "年"),
        PeriodKind.QUARTER: ("Quarter", "季度"),
        PeriodKind.MONTH: ("Month", "月"),
    },
    ActualSource: {
        ActualSource.MANUAL: ("Manual", "手工录入"),
        ActualSource.IMPORT: ("Import", "导入"),
    },
    Channel: {
        Channel.VIDEO: ("Video call", "视频通话"),
        Channel.PHONE: ("Phone", "电话"),
        Channel.IN_PERSON: ("In person", "面对面"),
    },
    MeetingStatus: {
        MeetingStatus.PLANNED: ("Planned", "已安排"),
        MeetingStatus.HELD: ("Held", "已举行"),
        MeetingStatus.CANCELLED: ("Cancelled", "已取消"),
    },
    ActionOwner: {
        ActionOwner.REP: ("Rep", "销售人员"),
        ActionOwner.MANAGER: ("Manager", "经理"),
    },
    Cadence: {
        Cadence.WEEKLY: ("Weekly", "每周"),
        Cadence.FORTNIGHTLY: ("Fortnightly", "每两周"),
        Cadence.MONTHLY: ("Monthly", "每月"),
    },
    CycleKind: {
        CycleKind.QUARTERLY: ("Quarterly", "季度评估"),
        CycleKind.ANNUAL: ("Annual", "年度评估"),
        CycleKind.PROBATION: ("Probation", "试用期评估"),
    },
    CycleStatus: {
        CycleStatus.OPEN: ("Open", "进行中"),
        CycleStatus.CLOSED: ("Closed", "已关闭"),
    },
    ReviewStatus: {
        ReviewStatus.DRAFT: ("Draft", "草稿"),
        ReviewStatus.IN_REVIEW: ("In review", "审阅中"),
        ReviewStatus.SIGNED: ("Signed", "已签署"),
        ReviewStatus.ACKNOWLEDGED: ("Acknowledged", "已确认"),
    },
    GoalStatus: {
        GoalStatus.OPEN: ("Open", "未开始"),
        GoalStatus.IN_PROGRESS: ("In progress", "进行中"),
        GoalStatus.DONE: ("Done", "已完成"),
        GoalStatus.DROPPED: ("Dropped", "已放弃"),
    },
    CourseCategory: {
        CourseCategory.SALES_SKILLS: ("Sales skills", "销售技能"),
        CourseCategory.PRODUCT_KNOWLEDGE: ("Product knowledge", "产品知识"),
        CourseCategory.CULTURE_LANGUAGE: ("Culture and language", "文化与语言"),
        CourseCategory.COMPLIANCE: ("Compliance", "合规"),
        CourseCategory.LEADERSHIP: ("Leadership", "领导力"),
    },
    CourseFormat: {
        CourseFormat.CLASSROOM: ("Classroom", "课堂"),
        CourseFormat.ONLINE: ("Online", "在线"),
        CourseFormat.BLENDED: ("Blended", "混合式"),
        CourseFormat.COACHING: ("Coaching", "辅导"),
    },
    AssignmentStatus: {
        AssignmentStatus.PLANNED: ("Planned", "已计划"),
        AssignmentStatus.IN_PROGRESS: ("In progress", "进行中"),
        AssignmentStatus.COMPLETED: ("Completed", "已完成"),
        AssignmentStatus.WAIVED: ("Waived", "已免除"),
    },
    RiskCategory: {
        RiskCategory.MARKET: ("Market", "市场"),
        RiskCategory.CUSTOMER_CREDIT: ("Customer credit", "客户信用"),
        RiskCategory.OPERATIONAL: ("Operational", "运营"),
        RiskCategory.LEGAL: ("Legal", "法律"),
        RiskCategory.FX: ("FX", "汇率"),
        RiskCategory.POLITICAL: ("Political", "政治"),
        RiskCategory.PERSONAL_SAFETY: ("Personal safety", "人身安全"),
    },
    Treatment: {
        Treatment.AVOID: ("Avoid", "规避"),
        Treatment.REDUCE: ("Reduce", "减轻"),
        Treatment.TRANSFER: ("Transfer", "转移"),
        Treatment.ACCEPT: ("Accept", "接受"),
    },
    RiskStatus: {
        RiskStatus.OPEN: ("Open", "未关闭"),
        RiskStatus.MONITORING: ("Monitoring", "监控中"),
        RiskStatus.ACCEPTED: ("Accepted", "已接受"),
        RiskStatus.CLOSED: ("Closed", "已关闭"),
    },
    RiskLevel: {
        RiskLevel.LOW: ("Low", "低"),
        RiskLevel.MEDIUM: ("Medium", "中"),
        RiskLevel.HIGH: ("High", "高"),
        RiskLevel.CRITICAL: ("Critical", "严重"),
    },
    ComplianceCategory: {
        ComplianceCategory.CONTRACT: ("Contract", "合同"),
        ComplianceCategory.TAX: ("Tax", "税务"),
        ComplianceCategory.IP: ("IP", "知识产权"),
        ComplianceCategory.ANTI_BRIBERY: ("Anti-bribery", "反贿赂"),
        ComplianceCategory.DATA_PROTECTION: ("Data protection", "数据保护"),
        ComplianceCategory.IMMIGRATION: ("Immigration", "移民签证"),
        ComplianceCategory.EXPORT_CONTROL: ("Export control", "出口管制"),
    },
    ComplianceStatus: {
        ComplianceStatus.COMPLIANT: ("Compliant", "合规"),
        ComplianceStatus.AT_RISK: ("At risk", "有风险"),
        ComplianceStatus.NON_COMPLIANT: ("Non-compliant", "不合规"),
        ComplianceStatus.NOT_ASSESSED: ("Not assessed", "未评估"),
    },
    AuditAction: {
        AuditAction.CREATE: ("Create", "创建"),
        AuditAction.UPDATE: ("Update", "修改"),
        AuditAction.DELETE: ("Delete", "删除"),
        AuditAction.REOPEN: ("Reopen", "重新打开"),
    },
}


#: The words for the units a figure is counted in (``DEFAULT_UNITS`` in
#: app.services.period_queries, and what a target may name instead). A unit not
#: listed here is a currency code (ISO 4217) and is shown as it is.
UNIT_LABELS: Mapping[str, Label] = {
    "customers": ("customers", "个客户"),
    "visits": ("visits", "次拜访"),
    "score": ("score", "分"),
    "days": ("days", "天"),
    "day": ("day", "天"),
    "%": ("%", "%"),
}


def unit_label(unit: str, lang: str) -> str:
    """``unit``'s word in ``lang``; a currency code (or any unit not listed) as it is."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; use 'en' or 'zh'")
    words = UNIT_LABELS.get(unit.strip().lower())
    if words is None:
        return unit
    english, chinese = words
    return chinese if lang == "zh" else english


def label(member: StrEnum, lang: str) -> str:
    """``member``'s word in ``lang`` ("en" or "zh").

    A plain string is refused (TypeError): ``"open"`` alone does not say
    whose "open" it is. An unknown language is a ValueError.
    """
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; use 'en' or 'zh'")
    words = LABELS.get(type(member))
    if words is None:
        raise TypeError(f"no labels for {member!r}: pass an enum member")
    english, chinese = words[member]
    return chinese if lang == "zh" else english


__all__ = ["LABELS", "LANGUAGES", "UNIT_LABELS", "Label", "label", "unit_label"]
