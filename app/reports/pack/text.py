"""Every label, date and number format of the PDF packs, in English and Chinese.

The words of the enums (status, category, level…) are the console's own, from
:mod:`app.domain.labels`, so a pack names a thing as the screen does. No Qt:
packs are rendered in worker processes and from the command line. The data
(names, notes, titles) is never translated, only the words around it.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from app.domain.formats import format_date, format_datetime, format_number, format_percent
from app.domain.labels import label
from app.domain.labels import unit_label as domain_unit_label
from app.domain.scoring import RATING_RUBRIC

LANGS = ("en", "zh")

TEXT: dict[str, dict[str, str]] = {
    "en": {
        "title": "Performance review pack",
        "region_title": "Region review summary",
        "confidential": "Confidential",
        "page": "Page {page} of {pages}",
        "document_id": "Document ID",
        "rep": "Sales rep",
        "region": "Region",
        "posting": "Posting",
        "period": "Period",
        "cycle": "Review cycle",
        "reviewer": "Reviewer",
        "issued_on": "Date",
        "status": "Status",
        "s_scorecard": "Scorecard",
        "s_charts": "Performance charts",
        "s_review": "The review",
        "s_plan": "Development plan",
        "s_meetings": "One-on-one record",
        "s_risks": "Risks and compliance",
        "s_signatures": "Signatures",
        "metric": "KPI",
        "weight": "Weight",
        "target": "Target",
        "actual": "Actual",
        "attainment": "Attainment",
        "score": "Score",
        "comment": "Comment",
        "weighted_total": "Weighted total",
        "overall_rating": "Overall rating",
        "rubric": "Rating scale",
        "description": "Description",
        "no_targets": "No targets or actuals for the period.",
        "no_attainment": "No attainment to show.",
        "no_scores": "No scored reviews in the region yet.",
        "labelled": "{label}: {value}",
        "due_lower": "due",
        "not_rated": "Not rated yet",
        "chart_months": "Target vs actual by month ({metric}, {unit})",
        "chart_months_plain": "Target vs actual by month ({metric})",
        "chart_quarters": "Attainment by quarter ({metric})",
        "chart_peers": "Position among the region's reps (weighted score)",
        "strengths": "Strengths",
        "improvements": "Areas to improve",
        "manager_summary": "Manager summary",
        "rep_comments": "Rep comments",
        "goals": "Development goals",
        "goal": "Goal",
        "course": "Course",
        "due": "Due",
        "completed": "Completed",
        "training": "Training",
        "meeting_date": "Date (rep's local time)",
        "notes": "Shared notes",
        "actions": "Action items",
        "done": "done",
        "open": "open",
        "risks": "Risks",
        "risk": "Risk",
        "category": "Category",
        "level": "Level",
        "next_review": "Next review",
        "compliance": "Compliance items",
        "item": "Item",
        "work_permit": "Work permit expires",
        "manager_signature": "Manager",
        "rep_signature": "Sales rep",
        "signed_on": "Signed on",
        "acknowledged_on": "Acknowledged on",
        "signature": "Signature",
        "none": "None recorded.",
        "blank": "—",
        "rank": "Rank",
        "rating": "Rating",
        "chart_region": "Attainment by rep ({metric})",
        "chart_heat": "Open risks by likelihood and impact",
        "likelihood": "Likelihood",
        "impact": "Impact",
        "team": "Team ranked by weighted score",
        "region_reps": "{count} reps",
    },
    "zh": {
        "title": "绩效评估报告",
        "region_title": "区域绩效评估汇总",
        "confidential": "机密",
        "page": "第 {page} 页，共 {pages} 页",
        "document_id": "文件编号",
        "rep": "销售代表",
        "region": "区域",
        "posting": "派驻地",
        "period": "期间",
        "cycle": "评估周期",
        "reviewer": "评估人",
        "issued_on": "日期",
        "status": "状态",
        "s_scorecard": "绩效记分卡",
        "s_charts": "业绩图表",
        "s_review": "评估意见",
        "s_plan": "发展计划",
        "s_meetings": "一对一面谈记录",
        "s_risks": "风险与合规",
        "s_signatures": "签字",
        "metric": "关键绩效指标",
        "weight": "权重",
        "target": "目标",
        "actual": "实际",
        "attainment": "达成率",
        "score": "得分",
        "comment": "备注",
        "weighted_total": "加权总分",
        "overall_rating": "总体评级",
        "rubric": "评级标准",
        "description": "说明",
        "no_targets": "本期间无目标或实际数据。",
        "no_attainment": "暂无达成率。",
        "no_scores": "本区域暂无已评分的评估。",
        "labelled": "{label}：{value}",
        "due_lower": "截止",
        "not_rated": "尚未评级",
        "chart_months": "按月目标与实际（{metric}，{unit}）",
        "chart_months_plain": "按月目标与实际（{metric}）",
        "chart_quarters": "按季度达成率（{metric}）",
        "chart_peers": "在区域销售代表中的位置（加权得分）",
        "strengths": "优势",
        "improvements": "待改进之处",
        "manager_summary": "经理总结",
        "rep_comments": "销售代表意见",
        "goals": "发展目标",
        "goal": "目标",
        "course": "课程",
        "due": "截止日期",
        "completed": "完成日期",
        "training": "培训",
        "meeting_date": "日期（销售代表当地时间）",
        "notes": "共享记录",
        "actions": "行动项",
        "done": "已完成",
        "open": "未完成",
        "risks": "风险",
        "risk": "风险",
        "category": "类别",
        "level": "等级",
        "next_review": "下次复核",
        "compliance": "合规事项",
        "item": "事项",
        "work_permit": "工作许可到期日",
        "manager_signature": "经理",
        "rep_signature": "销售代表",
        "signed_on": "签字日期",
        "acknowledged_on": "确认日期",
        "signature": "签字",
        "none": "无记录。",
        "blank": "—",
        "rank": "排名",
        "rating": "评级",
        "chart_region": "各销售代表达成率（{metric}）",
        "chart_heat": "未关闭风险：可能性 × 影响",
        "likelihood": "可能性",
        "impact": "影响",
        "team": "团队按加权得分排名",
        "region_reps": "{count} 名销售代表",
    },
}


def check_lang(lang: str) -> str:
    """The language code, or ValueError for one packs don't speak."""
    if lang not in LANGS:
        raise ValueError(f"unsupported language {lang!r}; use 'en' or 'zh'")
    return lang


def text(lang: str, key: str, **values: object) -> str:
    """The label `key` in `lang`, with ``{placeholders}`` filled in."""
    words = TEXT[check_lang(lang)][key]
    return words.format(**values) if values else words


def enum_label(value: StrEnum, lang: str) -> str:
    """An enum member's word in `lang`: the console's own (``app.domain.labels``)."""
    return label(value, check_lang(lang))


def fmt_date(d: date | None, lang: str) -> str:
    """28 Nov 2026 / 2026年11月28日 (the console's format, from CLDR); a dash for no date."""
    if d is None:
        return text(lang, "blank")
    return format_date(d, check_lang(lang))


def fmt_datetime(moment: datetime | None, lang: str, time_zone: str | None = None) -> str:
    """Date and 24-hour time, in ``time_zone`` when given (the rep's local time)."""
    if moment is None:
        return text(lang, "blank")
    # An unknown zone shows the moment as stored (UTC) rather than fail.
    return format_datetime(moment, check_lang(lang), time_zone)


def fmt_number(value: Decimal | int | None, lang: str, places: int = 2) -> str:
    """1,234,567.89, rounded half up (CLDR, the same in both languages); a dash for None."""
    check_lang(lang)
    if value is None:
        return text(lang, "blank")
    return format_number(value, lang, places)


def fmt_amount(value: Decimal | None, lang: str) -> str:
    """A target or actual: whole numbers without decimals, others with two."""
    if value is not None and Decimal(value) == Decimal(value).to_integral_value():
        return fmt_number(value, lang, 0)
    return fmt_number(value, lang, 2)


def fmt_percent(value: Decimal | None, lang: str) -> str:
    """87.5% (one decimal; the value is in percent)."""
    if value is None:
        return text(lang, "blank")
    return format_percent(value, check_lang(lang), 1)


# Unit words that only repeat the metric's name ("New customers (customers)")
# are dropped; the rest are translated; currency codes stay as they are.
_REDUNDANT_UNITS = frozenset({"customers", "visits", "score"})


def unit_label(unit: str, lang: str) -> str:
    """The unit shown next to a KPI: "" when it adds nothing, else per language."""
    if unit.strip().lower() in _REDUNDANT_UNITS:
        return ""
    return domain_unit_label(unit, check_lang(lang))


def rubric_text(rating: int, lang: str) -> str:
    """The rating scale's description of `rating` (1–5) in `lang`."""
    en, zh = RATING_RUBRIC[rating]
    return zh if check_lang(lang) == "zh" else en


def rep_display_name(name: str, name_zh: str | None, lang: str) -> str:
    """ "李伟 Li Wei" in Chinese packs, "Li Wei (李伟)" in English ones."""
    if not name_zh:
        return name
    return f"{name_zh} {name}" if lang == "zh" else f"{name} ({name_zh})"


__all__ = [
    "LANGS",
    "TEXT",
    "check_lang",
    "enum_label",
    "fmt_amount",
    "fmt_date",
    "fmt_datetime",
    "fmt_number",
    "fmt_percent",
    "rep_display_name",
    "rubric_text",
    "text",
    "unit_label",
]
