"""The Chinese for the words the messages of :mod:`app.domain.messages` put in.

Field names (``posting_start``) are what validators and importers call a
field; the English messages show them as they are (the CLI and the logs have
always said so), the Chinese ones as the label the forms use. Kinds of rows
(``"rep"``, ``"Region"``) and counted nouns (``"12 reps"``) have their words
here too. A name not listed is shown as it is; a test keeps the list complete
for every field name a raise site spells out.
"""

from __future__ import annotations

from collections.abc import Mapping

#: Field name -> its Chinese label (the English message shows the name itself).
FIELD_LABELS: Mapping[str, str] = {
    "accepted_by": "接受人",
    "accepted_until": "接受有效期至",
    "carried_item_id": "已转入的待办事项",
    "done_on": "完成日期",
    "justification": "理由",
    "reviewed_on": "复核日期",
    "reviewer": "复核人",
    "acknowledged_on": "确认日期",
    "actual": "实际值",
    "agenda": "议程",
    "base_currency": "基础货币",
    "cadence": "频率",
    "category": "类别",
    "cell": "单元格",
    "cause": "原因",
    "channel": "渠道",
    "comment": "备注",
    "completed_on": "完成日期",
    "content": "文件内容",
    "controls": "控制措施",
    "cost": "费用",
    "count": "次数",
    "countries": "国家/地区",
    "country": "国家/地区",
    "course_id": "课程",
    "currency": "货币",
    "customer": "客户",
    "cycle": "周期",
    "database": "数据库",
    "date": "日期",
    "description": "描述",
    "distribution": "分配比例",
    "done_at": "完成时间",
    "duration_minutes": "时长（分钟）",
    "due_date": "截止日期",
    "due_days": "派驻开始后天数",
    "email": "电子邮件",
    "export_folder": "默认导出文件夹",
    "feedback": "反馈",
    "file_name": "文件名",
    "focus": "工作重点",
    "format": "形式",
    "hours": "学时",
    "id": "编号",
    "impact": "影响",
    "kind": "类型",
    "kpi_template": "KPI 权重",
    "languages": "语言",
    "legal_reference": "法律依据",
    "likelihood": "可能性",
    "limit": "数量上限",
    "manager_email": "经理电子邮件",
    "manager_id": "经理",
    "manager_time_zone": "经理时区",
    "me": "我是",
    "media_type": "文件类型",
    "meeting_id": "面谈",
    "meetings": "一对一面谈",
    "metric": "指标",
    "metrics": "指标",
    "month": "月份",
    "morale": "士气",
    "my_time_zone": "我的时区",
    "name": "名称",
    "name_zh": "中文名",
    "note": "备注",
    "notes": "备注",
    "obligation": "义务",
    "overall_rating": "总体评分",
    "owner": "负责人",
    "pack_font": "PDF 字体",
    "parent_id": "上级目标",
    "parts": "份数",
    "period": "期间",
    "period_end": "期间结束",
    "period_kind": "期间类型",
    "period_start": "期间开始",
    "phone": "电话",
    "posting_city": "城市",
    "posting_country": "派驻国家/地区",
    "posting_end": "派驻结束",
    "posting_start": "派驻开始",
    "private_note": "私人备注",
    "provider": "提供方",
    "quarter": "季度",
    "rate": "汇率",
    "rate_to_base": "汇率",
    "reason": "原因",
    "region": "区域",
    "region_id": "区域",
    "regions": "区域",
    "renewal_months": "续期周期（月）",
    "renewed_on": "续期日期",
    "rep": "销售人员",
    "rep_comments": "销售人员意见",
    "rep_id": "销售人员",
    "rep_ids": "销售人员",
    "rep_time_zone": "销售人员时区",
    "residual_impact": "剩余影响",
    "residual_likelihood": "剩余可能性",
    "role": "角色",
    "row": "行",
    "scope": "范围",
    "score": "分数",
    "sort": "排序",
    "smart_description": "SMART 描述",
    "source": "来源",
    "starts_at": "开始时间",
    "status": "状态",
    "target": "目标",
    "text": "文本",
    "time_zone": "时区",
    "title": "标题",
    "title_zh": "中文标题",
    "total": "总数",
    "treatment": "处理方式",
    "unit": "单位",
    "valid_from": "生效日期",
    "value": "数值",
    "weight": "权重",
    "weights": "权重",
    "work_permit_expiry": "工作许可到期",
    "work_permit_no": "工作许可编号",
    "work_permit_number": "工作许可编号",
    "year": "年份",
    "city": "城市",
}

#: Prefixes of composite field names (the first-start wizard's ``region_name``).
FIELD_PREFIXES: Mapping[str, str] = {"region_": "区域", "manager_": "经理"}

#: A kind of row, as a message names it ("rep 5", "Region EMEA"), in Chinese.
WHATS: Mapping[str, str] = {
    "action item": "行动项",
    "content": "内容",
    "kpi lines": "KPI 行",
    "development goals": "发展目标",
    "actual": "实际值",
    "assignment": "课程分配",
    "attachment": "附件",
    "compliance item": "合规事项",
    "course": "课程",
    "cycle": "周期",
    "exchange rate": "汇率",
    "manager": "经理",
    "meeting": "一对一面谈",
    "region": "区域",
    "rep": "销售人员",
    "review": "绩效评估",
    "review cycle": "绩效评估周期",
    "risk": "风险",
    "target": "目标",
    "training assignment": "课程分配",
    "goal": "发展目标",
    "development goal": "发展目标",
    "oneonone": "一对一面谈",
    "actionitem": "行动项",
    "reviewcycle": "绩效评估周期",
    "exchangerate": "汇率",
    "complianceitem": "合规事项",
    "trainingassignment": "课程分配",
    "developmentgoal": "发展目标",
}

#: A counted noun ("12 reps"), singular or plural, with its Chinese measure word.
NOUNS: Mapping[str, str] = {
    "rep": "名销售人员",
    "reps": "名销售人员",
    "manager": "名经理",
    "managers": "名经理",
    "review cycle": "个绩效评估周期",
    "review cycles": "个绩效评估周期",
    "risk": "项风险",
    "risks": "项风险",
    "compliance item": "项合规事项",
    "compliance items": "项合规事项",
    "review (as reviewer)": "份绩效评估（作为评估人）",
    "reviews (as reviewer)": "份绩效评估（作为评估人）",
    "one-on-one (as owner)": "次一对一面谈（作为负责人）",
    "one-on-ones (as owner)": "次一对一面谈（作为负责人）",
    "development goal": "个发展目标",
    "development goals": "个发展目标",
    "actual": "条实际值",
    "actuals": "条实际值",
    "time": "次",
    "times": "次",
    "review is": "份绩效评估",
    "reviews are": "份绩效评估",
}


def field_label(name: str, lang: str) -> str:
    """The label of field ``name`` in ``lang``; English (and unknown names) as it is."""
    if lang != "zh":
        return name
    if name in FIELD_LABELS:
        return FIELD_LABELS[name]
    for prefix, word in FIELD_PREFIXES.items():
        rest = name.removeprefix(prefix)
        if rest != name and rest in FIELD_LABELS:
            return word + FIELD_LABELS[rest]
    # A qualified name: "value (2026-03)", "month 2026-03".
    for sep in (" (", " "):
        head, found, rest = name.partition(sep)
        if found and head in FIELD_LABELS:
            return f"{FIELD_LABELS[head]}{sep}{rest}"
    return name


def what_label(what: str, lang: str) -> str:
    """A kind of row in ``lang``: "rep" -> 销售人员 (model class names too)."""
    if lang != "zh":
        return what
    key = what.strip().lower()
    return WHATS.get(key, WHATS.get(key.replace(" ", "").replace("_", ""), what))


def noun_label(noun: str, lang: str) -> str:
    """A counted noun in ``lang``: "reps" -> 名销售人员."""
    return NOUNS.get(noun, noun) if lang == "zh" else noun


__all__ = [
    "FIELD_LABELS",
    "NOUNS",
    "WHATS",
    "field_label",
    "noun_label",
    "what_label",
]
