"""The words of the register reports in English and Chinese.

Enum words (category, status, level, treatment) come from :mod:`app.domain.labels`
through :func:`app.reports.pack.text.enum_label`, so a report names a thing as the
console does; dates and numbers use the packs' formats.
"""

from __future__ import annotations

from app.reports.pack.text import check_lang

TEXT: dict[str, dict[str, str]] = {
    "en": {
        "risks_title": "Risk register",
        "compliance_title": "Compliance register",
        "training_title": "Training plan {year}",
        "as_of": "As of {date}",
        "region_line": "{region} · base currency {currency}",
        "none": "None.",
        # risks
        "heat_inherent": "Inherent risk (before treatment)",
        "heat_residual": "Residual risk (after treatment)",
        "heat_note": "Live risks (open or monitoring) per likelihood × impact cell.",
        "risk_counts": "{live} live risks, {closed} closed (not listed).",
        "by_level": "Live risks by residual level",
        "level_group": "{level}: {count}",
        "risk": "Risk",
        "category": "Category",
        "owner": "Owner",
        "inherent": "Inherent",
        "residual": "Residual",
        "treatment": "Treatment",
        "status": "Status",
        "next_review": "Next review",
        "not_assessed_note": "* Not assessed after treatment yet: the inherent rating is used.",
        "overdue": "Overdue reviews",
        "overdue_note": "Live risks whose next review date has passed.",
        "days_overdue": "Days overdue",
        "accepted": "Accepted risks",
        "accepted_note": "Live risks whose treatment is to accept them, with their next review.",
        # compliance
        "matrix": "Country × category (worst status)",
        "matrix_note": "Each cell: the worst status of the country's obligations in the "
        "category, and how many there are.",
        "country": "Country",
        "legend": "Legend",
        "due": "Obligations due within {days} days",
        "due_note": "Due on or before {date}; overdue ones included.",
        "due_date": "Due",
        "days_left": "Days left",
        "obligation": "Obligation",
        "permits": "Work permits expiring within {days} days",
        "rep": "Sales rep",
        "permit_number": "Permit number",
        "expires": "Expires",
        "non_compliant": "Non-compliant obligations",
        "last_checked": "Last checked",
        # training
        "summary": "Summary",
        "planned": "Planned",
        "completed": "Completed",
        "waived": "Waived",
        "completion_rate": "Completion rate",
        "hours": "Hours",
        "hours_completed": "Hours completed",
        "cost": "Cost ({currency})",
        "plan_note": "Courses due or completed in {year}. Cost in {currency} at the rate "
        "in force on the day each counts (completed on, else due).",
        "per_rep": "Hours and cost per rep",
        "plan": "The plan",
        "course": "Course",
        "completed_on": "Completed on",
        "score": "Score",
        "missing_rates": "No exchange rate into {base} in force for {codes}: "
        "those costs are left out of the totals.",
        "total": "Total",
    },
    "zh": {
        "risks_title": "风险登记册",
        "compliance_title": "合规登记册",
        "training_title": "{year} 年培训计划",
        "as_of": "截至 {date}",
        "region_line": "{region} · 本位币 {currency}",
        "none": "无。",
        "heat_inherent": "固有风险（应对前）",
        "heat_residual": "剩余风险（应对后）",
        "heat_note": "按可能性 × 影响统计的未关闭风险（未关闭或监控中）。",
        "risk_counts": "未关闭风险 {live} 项，已关闭 {closed} 项（未列出）。",
        "by_level": "按剩余风险等级列出的未关闭风险",
        "level_group": "{level}：{count} 项",
        "risk": "风险",
        "category": "类别",
        "owner": "负责人",
        "inherent": "固有",
        "residual": "剩余",
        "treatment": "应对方式",
        "status": "状态",
        "next_review": "下次复核",
        "not_assessed_note": "* 应对后尚未重新评估：使用固有风险评级。",
        "overdue": "逾期复核",
        "overdue_note": "下次复核日期已过的未关闭风险。",
        "days_overdue": "逾期天数",
        "accepted": "已接受的风险",
        "accepted_note": "应对方式为接受的未关闭风险及其下次复核日期。",
        "matrix": "国家 × 类别（最差状态）",
        "matrix_note": "每格显示该国家在该类别下各项义务的最差状态及义务数量。",
        "country": "国家",
        "legend": "图例",
        "due": "{days} 天内到期的义务",
        "due_note": "{date} 或之前到期，含已逾期的义务。",
        "due_date": "到期日",
        "days_left": "剩余天数",
        "obligation": "义务",
        "permits": "{days} 天内到期的工作许可",
        "rep": "销售人员",
        "permit_number": "许可证号",
        "expires": "到期日",
        "non_compliant": "不合规的义务",
        "last_checked": "上次检查",
        "summary": "概要",
        "planned": "计划",
        "completed": "已完成",
        "waived": "已免修",
        "completion_rate": "完成率",
        "hours": "学时",
        "hours_completed": "已完成学时",
        "cost": "费用（{currency}）",
        "plan_note": "{year} 年到期或完成的课程。费用按计入当日（完成日期，否则到期日）"
        "有效的汇率折算为 {currency}。",
        "per_rep": "各销售人员的学时与费用",
        "plan": "计划明细",
        "course": "课程",
        "completed_on": "完成日期",
        "score": "成绩",
        "missing_rates": "{codes} 无折算为 {base} 的有效汇率：相关费用未计入合计。",
        "total": "合计",
    },
}


def words(lang: str, key: str, **values: object) -> str:
    """The report label ``key`` in ``lang`` with ``{placeholders}`` filled in."""
    found = TEXT[check_lang(lang)][key]
    return found.format(**values) if values else found


__all__ = ["TEXT", "words"]
