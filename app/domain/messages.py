"""Every message a service gives a user, in English and Simplified Chinese.

A :class:`Message` is a template pair with named placeholders, declared once
below (like the enum words in :mod:`app.domain.labels`). Calling it with the
values gives a :class:`Text`: the template's name and the values, small and
picklable, which an error carries so that the CLI and the logs say it in
English (``str(text)``) and the console in the language it runs in
(``text.text("zh")``).

Values are put into the Chinese template in Chinese where they are words:

* an enum member reads as its label (:func:`app.domain.labels.label`); in
  English as its value, as the messages always said;
* a value whose placeholder is named ``field`` or ends in ``_field`` is a
  field name and reads as the field's label (:data:`FIELD_LABELS`);
* a value whose placeholder is named ``what`` is a kind of row ("rep",
  "region"), one named ``noun`` a counted noun ("reps", "times"): each reads
  as its Chinese word (:mod:`app.domain.message_words`);
* a tuple reads as its items joined (", " / "、"), a nested Text in the same
  language.

Everything else is formatted as it is, so ``{value!r}`` in an English
template quotes a text as before.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from string import Formatter
from typing import Any

from app.domain.labels import LANGUAGES, label
from app.domain.message_words import FIELD_LABELS, field_label, noun_label, what_label


class Message:
    """An English template and its Chinese, with the same named placeholders."""

    __slots__ = ("en", "key", "zh")

    def __init__(self, en: str, zh: str) -> None:
        self.en = en
        self.zh = zh
        self.key = ""  # set from the constant's name when the catalog is built

    def __call__(self, **params: Any) -> Text:
        return Text(self.key, tuple(sorted(params.items())))

    def placeholders(self, lang: str) -> set[str]:
        """The names the template in ``lang`` fills in."""
        template = self.zh if lang == "zh" else self.en
        return {name for _, name, _, _ in Formatter().parse(template) if name}

    def __repr__(self) -> str:
        return f"Message({self.key or self.en!r})"


@dataclass(frozen=True)
class Text:
    """A catalog message with its values: ``text("en")`` / ``text("zh")``."""

    key: str
    params: tuple[tuple[str, Any], ...] = ()

    def text(self, lang: str) -> str:
        if lang not in LANGUAGES:
            raise ValueError(f"unsupported language {lang!r}; use 'en' or 'zh'")
        message = CATALOG[self.key]
        template = message.zh if lang == "zh" else message.en
        values = {name: _word(name, value, lang) for name, value in self.params}
        return template.format(**values)

    def __str__(self) -> str:
        return self.text("en")


def _word(name: str, value: Any, lang: str) -> Any:
    """``value`` as it reads in a message in ``lang`` (see the module's docstring)."""
    if isinstance(value, Text):
        return value.text(lang)
    if isinstance(value, tuple):
        return ("、" if lang == "zh" else ", ").join(str(_word(name, v, lang)) for v in value)
    if isinstance(value, StrEnum):
        return label(value, "zh") if lang == "zh" else value.value
    if lang == "zh" and isinstance(value, str):
        if name == "field" or name.endswith("_field"):
            return field_label(value, "zh")
        if name == "what":
            return what_label(value, "zh")
        if name == "noun":
            return noun_label(value, "zh")
    return value


def text_of(error: BaseException, lang: str) -> str:
    """What an error says in ``lang``: its ``text(lang)`` when it has one, else ``str()``."""
    speak = getattr(error, "text", None)
    if callable(speak):
        return str(speak(lang))
    return str(error)


# -- the catalog -----------------------------------------------------------------
# Names are the keys errors carry; keep them stable (they cross process boundaries).

# validation helpers (app.domain.validation)
NOT_TEXT = Message("must be text, not {kind}", "必须是文字，而不是 {kind}")
REQUIRED = Message("is required", "为必填项")
TOO_LONG = Message(
    "is {length} characters long; at most {limit}", "长度为 {length} 个字符，最多 {limit} 个"
)
COUNTRY_REQUIRED = Message("a country code is required", "需要填写国家/地区代码")
CURRENCY_REQUIRED = Message("a currency code is required", "需要填写货币代码")
NOT_A_COUNTRY = Message(
    "{value!r} is not an ISO 3166 country code", "“{value}”不是 ISO 3166 国家/地区代码"
)
NOT_A_CURRENCY = Message(
    "{value!r} is not an ISO 4217 currency code", "“{value}”不是 ISO 4217 货币代码"
)
TIME_ZONE_REQUIRED = Message("a time zone is required", "需要填写时区")
NOT_A_TIME_ZONE = Message("{value!r} is not an IANA time zone", "“{value}”不是 IANA 时区")
OUTSIDE_RANGE = Message("{value} is outside {low}–{high}", "{value} 不在 {low}–{high} 范围内")
NOT_A_NUMBER = Message("{value} is not a number", "{value} 不是数字")
NOT_A_NUMBER_QUOTED = Message("{value!r} is not a number", "“{value}”不是数字")
NEGATIVE_NOT_ALLOWED = Message(
    "{value} is negative; it must be zero or more", "{value} 是负数；必须大于或等于 0"
)
NOT_AN_EMAIL = Message("{value!r} is not an e-mail address", "“{value}”不是有效的电子邮件地址")
NOT_A_DATE = Message("{value!r} is not a date (YYYY-MM-DD)", "“{value}”不是日期（年-月-日）")
BEFORE_FIELD = Message("{value} is before {start_field}", "{value} 早于{start_field}")
NOT_ONE_OF = Message("{value!r} is not one of {allowed}", "“{value}”不是以下之一：{allowed}")

# numbers and amounts
NEGATIVE = Message("{value} is negative", "{value} 是负数")
NOT_A_POSITIVE_RATE = Message("{value} is not a positive rate", "{value} 不是正的汇率")
TOO_MANY_PLACES = Message(
    "{value} has more than {places} decimal places", "{value} 的小数位超过 {places} 位"
)
TOO_LARGE = Message("{value} is too large", "{value} 太大")
WHOLE_NUMBER_OF = Message("{value} is not a whole number of {unit}", "{value} 不是整数（{unit}）")
MORE_THAN_ZERO = Message("must be more than 0", "必须大于 0")
WHOLE_1_TO_5 = Message("must be a whole number from 1 to 5", "必须是 1 到 5 之间的整数")
RATING_1_TO_5 = Message("{value!r} is not a rating from 1 to 5", "“{value}”不是 1 到 5 的评分")
WHOLE_MINUTES = Message("must be a whole number of minutes", "必须是整数分钟")
AT_LEAST_ONE = Message("must be a whole number of at least 1", "必须是大于或等于 1 的整数")
COUNT_0_TO_1000 = Message(
    "{value!r} is not a whole number from 0 to 1000", "“{value}”不是 0 到 1000 之间的整数"
)
PARTS_1_OR_MORE = Message(
    "{value!r} is not a number of parts of 1 or more", "“{value}”不是大于或等于 1 的份数"
)

# weights and splits
NEEDS_A_WEIGHT = Message("needs at least one weight", "至少需要一个权重")
NOT_A_WEIGHT = Message(
    "{value} is not a weight between 0 and 100", "{value} 不是 0 到 100 之间的权重"
)
WEIGHTS_NOT_100 = Message("weights add up to {total}, not 100", "权重合计为 {total}，而不是 100")
LISTED_TWICE = Message("{value} is listed twice", "{value} 重复列出")
SPLIT_NEGATIVE = Message(
    "{value} is negative; a target cannot be split", "{value} 是负数；无法拆分目标"
)
PERCENTAGES_COUNT = Message(
    "needs {count} percentages, got {got}", "需要 {count} 个百分比，实际为 {got} 个"
)
NEEDS_A_PERCENTAGE = Message("needs at least one percentage", "至少需要一个百分比")
NOT_A_PERCENTAGE = Message(
    "{value} is not a percentage of 0 or more", "{value} 不是大于或等于 0 的百分比"
)
PERCENTAGES_NOT_100 = Message(
    "percentages add up to {total}, not 100", "百分比合计为 {total}，而不是 100"
)

# periods and dates
NOT_A_YEAR = Message(
    "{value!r} is not a year between 1 and 9999", "“{value}”不是 1 到 9999 之间的年份"
)
NOT_A_CALENDAR_PERIOD = Message(
    "{start}–{end} is not a calendar {kind}", "{start}–{end} 不是一个完整的{kind}"
)
NOT_A_QUARTER = Message("{value!r} is not a quarter 1–4", "“{value}”不是 1–4 季度")
NOT_A_MONTH = Message("{value!r} is not a month 1–12", "“{value}”不是 1–12 月")
NOT_A_PERIOD = Message(
    "{value!r} is not a period such as 2026, 2026 Q3 or 2026-07",
    "“{value}”不是期间，例如 2026、2026 Q3 或 2026-07",
)
PERIOD_REQUIRED = Message("a year, quarter or month is required", "需要选择年、季度或月")
DATE_REQUIRED = Message("a date is required", "需要填写日期")
DATE_TIME_REQUIRED = Message("a date and time is required", "需要填写日期和时间")
NEEDS_TIME_ZONE = Message("needs a time zone (an aware datetime)", "需要时区（带时区的日期时间）")
WALL_TIME = Message("must be a wall time without a time zone", "必须是不带时区的当地时间")
IN_THE_FUTURE = Message("{value} is in the future", "{value} 是将来的日期")
BEFORE_SIGNED = Message(
    "{value} is before the review was signed ({signed})", "{value} 早于绩效评估签署日期（{signed}）"
)

# rows that do not exist, clash or do not fit
DOES_NOT_EXIST = Message("{what} {value} does not exist", "{what} {value} 不存在")
ALREADY_USED = Message("{value!r} is already used", "“{value}”已被使用")
NAME_USED_IN_REGION = Message(
    "{value!r} is already used in this region", "“{value}”在此区域中已被使用"
)
NOT_A_SORT_COLUMN = Message("{value!r} is not a column to sort by", "“{value}”不是可排序的列")
OTHER_REGION = Message("{name} belongs to another region", "{name} 属于其他区域")
RESIDUAL_BOTH = Message(
    "give both residual likelihood and impact, or neither",
    "剩余可能性和影响要么都填写，要么都不填",
)
REGION_REQUIRED = Message("a region is required", "需要选择区域")
REP_REQUIRED = Message("a rep is required", "需要选择销售人员")
CHOOSE_REP = Message("choose a rep", "请选择销售人员")
CHOOSE_REGION_FIRST = Message("choose a region first", "请先选择区域")
NO_FILE_CONTENT = Message("{name} has no file content", "{name} 没有文件内容")
FILE_TOO_BIG = Message(
    "{name} is {size:.1f} MB; attachments may be at most {limit} MB",
    "{name} 为 {size:.1f} MB；附件最大 {limit} MB",
)
CURRENCY_WITH_COST = Message("is required when a cost is given", "填写费用时为必填项")
COMPLETED_ON_REQUIRED = Message("is required when the course is completed", "课程完成时为必填项")
NOTHING_TO_EXPORT = Message("there is no meeting to export", "没有可导出的一对一面谈")
NO_ROWS_TO_PASTE = Message("there are no rows to paste", "没有可粘贴的行")
NO_MATCH = Message("no {what} matches {value!r}", "没有与“{value}”匹配的{what}")
SEVERAL_MATCH = Message(
    "{value!r} matches several {what}s: {shown}{more}; use an id",
    "“{value}”匹配多个{what}：{shown}{more}；请使用编号",
)
AND_MORE = Message(" and {count} more", " 等另外 {count} 个")
REP_NOT_IN_REGION = Message(
    "rep {name} (id {id}) is not in that region", "销售人员 {name}（编号 {id}）不在该区域"
)
CYCLE_OTHER_REGION = Message(
    "cycle {name!r} (id {id}) belongs to another region", "周期“{name}”（编号 {id}）属于其他区域"
)
NO_REGION_NAMED = Message("no region {value!r}; known: {known}", "没有区域“{value}”；已有：{known}")
NO_REVIEW_IN_CYCLE = Message(
    "{name} has no review in cycle {cycle!r}", "{name} 在周期“{cycle}”中没有绩效评估"
)
NO_CYCLE_YET = Message("the region has no review cycle yet", "该区域还没有绩效评估周期")
NO_CYCLE_NAMED = Message(
    "no cycle {value!r} in the region; known: {known}", "该区域没有周期“{value}”；已有：{known}"
)

# targets and actuals
ALREADY_HAS_TARGET = Message(
    "this rep already has a {metric} target for {period}", "该销售人员已有{period}的{metric}目标"
)
PARENT_OTHER = Message(
    "the parent target is for another rep or metric", "上级目标属于其他销售人员或指标"
)
PARENT_PERIOD = Message(
    "the parent target's period must contain this one", "上级目标的期间必须包含此期间"
)
NOT_ACTIVE_REPS = Message(
    "reps {value} are not active reps of this region", "销售人员 {value} 不是此区域的在岗销售人员"
)
TARGETS_EXIST = Message(
    "{count} rep(s) already have {metric} targets in {year}: {names}",
    "{count} 名销售人员在 {year} 年已有{metric}目标：{names}",
)
WHOLE_YEAR_ONLY = Message(
    "targets for every rep are set for a whole year", "为所有销售人员设定的目标必须是全年目标"
)
MONTH_HAS_ACTUALS = Message(
    "has {count} actuals; edit them in the actuals list",
    "有 {count} 条实际值；请在实际值列表中编辑",
)

# reviews, cycles and meetings
REVIEW_LOCKED = Message(
    "The review of {name} is {status} and locked; reopen it before changing its {what}.",
    "{name} 的绩效评估为“{status}”，已锁定；请先重新打开，再修改其{what}。",
)
REP_HAS_SIGNED_REVIEWS = Message(
    "{name} has {count} signed review(s) and cannot be deleted; deactivate the rep instead",
    "{name} 有 {count} 份已签署的绩效评估，无法删除；请改为将其设为已离任",
)
REVIEW_STEP = Message(
    "a review cannot go from {here} to {there}", "绩效评估不能从“{here}”变为“{there}”"
)
CYCLE_CLOSED = Message("cycle {name!r} is already closed", "周期“{name}”已经关闭")
CYCLE_DRAFTS = Message(
    "cannot close {name!r}: {count} {noun} still draft ({names})",
    "无法关闭“{name}”：仍有 {count} {noun}为草稿（{names}）",
)
CANNOT_CANCEL = Message(
    "a {status} meeting cannot be cancelled, only a planned one",
    "“{status}”的面谈不能取消，只能取消已计划的面谈",
)
CANNOT_HOLD = Message(
    "cannot go from {status} to held; only a planned meeting can",
    "不能从“{status}”变为已举行；只有已计划的面谈可以",
)
GIVE_REGION = Message("give a region name or id", "请给出区域名称或编号")

# -- risk register --------------------------------------------------------------------
NOT_ONE_OR_MORE_DAYS = Message("{value!r} is not 1 or more days", "“{value}”不是 1 天或以上")
REVIEW_IN_FUTURE = Message("a review cannot be dated in the future", "复核日期不能晚于今天")
BOTH_RESIDUAL_OR_NEITHER = Message(
    "give both residual likelihood and impact, or neither",
    "剩余可能性和剩余影响须同时填写或同时留空",
)
ACCEPTANCE_IN_PAST = Message(
    "an acceptance must run until today or later", "接受的有效期须至今天或更晚"
)
CLOSED_RISK_NOT_ACCEPTED = Message("a closed risk cannot be accepted", "已关闭的风险不能接受")
DONE_ACTION_NOT_CARRIED = Message("a done action is not carried", "已完成的措施不会转入面谈")
ACTION_ALREADY_CARRIED = Message("this action is already carried", "此措施已转入面谈")
RISK_HAS_NO_REP = Message("the risk has no rep to raise it with", "该风险没有可与之讨论的销售人员")
NO_MEETING_AHEAD = Message(
    "{name} has no one-on-one planned ahead", "{name} 没有已安排的后续一对一面谈"
)
ACCEPT_WITH_RECORD = Message(
    "accept a risk with Accept risk: who, why and until when",
    "请用“接受风险”来接受风险：由谁接受、理由和有效期",
)

# -- compliance register ----------------------------------------------------------------
AT_LEAST_ONE_MONTH = Message("must be at least 1 month", "至少为 1 个月")
MONTHS_BETWEEN = Message("must be between 1 and {limit} months", "须在 1 到 {limit} 个月之间")
NO_FILE_NAME = Message(
    "{name!r} has no file name (a name such as permit.pdf is needed)",
    "“{name}”没有文件名（需要类似 permit.pdf 的名称）",
)
ALREADY_RENEWED = Message(
    "{obligation} was already renewed on {day}", "“{obligation}”已于 {day} 续期"
)
NO_RENEWAL_PERIOD = Message("{obligation} has no renewal period", "“{obligation}”没有续期周期")
NO_DUE_DATE_TO_RENEW = Message(
    "{obligation} has no due date to renew", "“{obligation}”没有可续期的截止日期"
)

# -- training plans -------------------------------------------------------------------
NOT_A_CHOICE = Message("{value!r} is not a choice", "“{value}”不是可选项")
SELECT_A_REP = Message("select at least one rep", "请至少选择一名销售人员")
CHOOSE_A_REGION = Message("choose a region", "请选择区域")
CHOOSE_A_COUNTRY = Message("choose a country", "请选择国家/地区")
DUE_DATE_OR_DAYS = Message(
    "give either a due date or days after the posting start",
    "请给出截止日期或派驻开始后的天数（二选一）",
)
COURSE_NO_LONGER_OFFERED = Message("{title!r} is no longer offered", "“{title}”已不再开设")
NO_REP_LEFT_TO_PLAN = Message(
    "no rep is left to plan this course for", "没有可为其安排此课程的销售人员"
)
NO_LONGER_HELD = Message(
    "the meeting is {status}, no longer held", "该面谈现为“{status}”，不再是已举行"
)
NEXT_HAS_ACTIONS = Message(
    "the next meeting has action items of its own since", "下一次面谈此后已有自己的行动项"
)
OTHER_REP_MEETING = Message(
    "meeting {id} is with another rep (rep {rep})", "面谈 {id} 属于其他销售人员（销售人员 {rep}）"
)

CHANGED_AND_REMOVED = Message("is both changed and removed", "既被修改又被删除")
DEMO_NOT_EMPTY = Message(
    "the database already holds data; demo data is only loaded into an empty database",
    "数据库中已有数据；演示数据只能载入空数据库",
)

ATTACHMENT_DAMAGED = Message(
    "{name} is damaged: its content no longer matches the checksum taken when it was attached",
    "{name} 已损坏：其内容与附加时记录的校验和不再一致",
)
DEMO_CANCELLED = Message(
    "demo data load cancelled; nothing was written", "已取消载入演示数据；未写入任何内容"
)

# exchange rates
NO_RATE = Message(
    "no exchange rate for {currency} on or before {value}", "{value} 或之前没有 {currency} 的汇率"
)
BASE_RATE_IS_ONE = Message(
    "{value} is the base currency; its rate is 1", "{value} 是基础货币；其汇率为 1"
)
RATE_EXISTS = Message(
    "a {currency} rate from {value} already exists", "已存在自 {value} 起的 {currency} 汇率"
)
SAME_RATE_ON_ROW = Message("the same rate is already on row {row}", "相同的汇率已在第 {row} 行")
PASTE_CELLS = Message(
    "expected {count} cells ({columns}), found {found}",
    "应为 {count} 个单元格（{columns}），实际为 {found} 个",
)
ONLY_RATE_IN_FORCE = Message(
    "The {currency} rate into {base} from {value} is the only rate in force for "
    "{currency}, which is used by {users}; add another rate first",
    "自 {value} 起 {currency} 兑 {base} 的汇率是 {currency} 唯一有效的汇率，"
    "而 {currency} 被 {users}使用；请先添加另一个汇率",
)
ON_EARLIER_ROW = Message("{value} is already on row {row}", "{value} 已在第 {row} 行")

# the team spreadsheet's cells
NOT_A_COLUMN = Message("is not a column of this sheet", "不是此工作表的列")
APPEARS_TWICE = Message("{value} appears twice", "{value} 出现了两次")
DATE_NOT_TEXT = Message("{value} is a date; text is expected", "{value} 是日期；此处应为文字")
HAS_TIME_OF_DAY = Message(
    "{value} has a time of day; a date is expected", "{value} 带有时间；此处应为日期"
)
NO_REGION_NAMED_SHEET = Message("there is no region named {value!r}", "没有名为“{value}”的区域")
NO_MANAGER = Message("there is no manager {value}", "没有电子邮件为 {value} 的经理")
ONE_REGION_PER_MANAGER = Message(
    "a manager leads one region; give one name", "一名经理只负责一个区域；请只填写一个名称"
)
NOT_A_WORKBOOK = Message(
    "{path} cannot be read as an XLSX workbook: {reason}",
    "{path} 无法作为 XLSX 工作簿读取：{reason}",
)
NO_KNOWN_SHEET = Message(
    "{path} has none of the sheets {known}", "{path} 不包含以下任何工作表：{known}"
)

# deletes refused (app.services.references)
DELETE_REFUSED = Message("{what} {name} is {parts}", "{what} {name} {parts}")
USED_BY = Message("used by {referrers}", "被 {referrers}使用")
LINKED_FROM = Message("linked from {referrers}", "被 {referrers}引用")
ASSIGNED = Message("assigned {count} {noun}", "已分配 {count} {noun}")
COUNTED = Message("{count} {noun}", "{count} {noun}")
#: "a, b and c": ``first`` is a tuple (joined by ", " / "、").
AND = Message("{first} and {second}", "{first}和 {second}")
#: Two clauses: "assigned 3 times and linked from 2 development goals".
AND_ALSO = Message("{first} and {second}", "{first}，并且{second}")

# service errors (app.services.errors)
NOT_FOUND = Message("{what} {value!r} was not found", "找不到{what} {value}")
CHANGED_BY_OTHERS = Message(
    "{what} {id} was changed by someone else "
    "(you edited version {expected}, the stored one is {stored})",
    "{what} {id} 已被其他人修改（您编辑的是第 {expected} 版，已保存的是第 {stored} 版）",
)


def _build() -> dict[str, Message]:
    catalog = {}
    for name, value in globals().items():
        if isinstance(value, Message):
            value.key = name
            catalog[name] = value
    return catalog


#: Every message by its key.
CATALOG: Mapping[str, Message] = _build()

__all__ = [
    "CATALOG",
    "FIELD_LABELS",
    "Message",
    "Text",
    "field_label",
    "text_of",
]
