"""The bilingual message catalog: complete Chinese, stable English, picklable errors.

Also guards against regressions in the code: a ValidationError (or another
error a user reads) raised with an English string literal, or a field name
that has no Chinese label, fails here rather than in a Chinese screen.
"""

from __future__ import annotations

import ast
import pickle
import re
from decimal import Decimal
from pathlib import Path

import pytest

from app.domain import messages as m
from app.domain.enums import Focus, MeetingStatus, Metric
from app.domain.message_words import FIELD_LABELS, NOUNS, WHATS, field_label
from app.domain.messages import CATALOG, Message, Text
from app.domain.validation import ValidationError, require_choice, require_email
from app.services.errors import ConflictError, DeleteRefusedError, NotFoundError
from app.services.team_rows import CellError

APP = Path(__file__).resolve().parents[2] / "app"
_HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.mark.parametrize("key", sorted(CATALOG))
def test_every_message_has_chinese_with_the_same_placeholders(key: str) -> None:
    message = CATALOG[key]
    assert message.key == key
    assert message.zh.strip(), f"{key} has no Chinese"
    assert message.placeholders("zh") == message.placeholders("en"), key
    # Chinese words, not the English copied over (a few are placeholders only).
    if message.en.strip("{} ") and key not in {"COUNTED", "DELETE_REFUSED"}:
        assert _HAN.search(message.zh), f"{key}: {message.zh!r} has no Chinese characters"


def test_english_is_the_wording_the_cli_always_printed() -> None:
    with pytest.raises(ValidationError) as caught:
        require_email("li.na", "email")
    error = caught.value
    assert str(error) == "email: 'li.na' is not an e-mail address"
    assert error.message == "'li.na' is not an e-mail address"
    assert error.text("zh") == "“li.na”不是有效的电子邮件地址"
    assert error.full_text("zh") == "电子邮件：“li.na”不是有效的电子邮件地址"
    assert error.at_row(3).full_text("zh") == "第 3 行，电子邮件：“li.na”不是有效的电子邮件地址"
    assert str(error.at_row(3)) == "row 3, email: 'li.na' is not an e-mail address"


def test_enum_values_read_as_their_labels_in_chinese() -> None:
    with pytest.raises(ValidationError) as caught:
        require_choice("x", Focus, "focus")
    assert caught.value.message == "'x' is not one of acquisition, retention, both"
    assert caught.value.text("zh") == "“x”不是以下之一：新客户开发、客户维护、开发与维护"
    said = m.CANNOT_CANCEL(status=MeetingStatus.HELD)
    assert str(said) == "a held meeting cannot be cancelled, only a planned one"
    assert "已举行" in said.text("zh") and "held" not in said.text("zh")
    whole = m.WHOLE_NUMBER_OF(value=Decimal("2.5"), unit=Metric.VISITS)
    assert whole.text("en") == "2.5 is not a whole number of visits"
    assert whole.text("zh") == "2.5 不是整数（拜访次数）"


def test_field_names_read_as_labels_including_qualified_ones() -> None:
    said = m.BEFORE_FIELD(value="2026-01-01", start_field="posting_start")
    assert str(said) == "2026-01-01 is before posting_start"
    assert said.text("zh") == "2026-01-01 早于派驻开始"
    assert field_label("region_name", "zh") == "区域名称"
    assert field_label("value (2026-03)", "zh") == "数值 (2026-03)"
    assert field_label("month 2026-03", "zh") == "月份 2026-03"
    assert field_label("posting_start", "en") == "posting_start"


def test_errors_stay_picklable_with_their_catalog_text() -> None:
    error = ValidationError("email", m.NOT_AN_EMAIL(value="x"), 4)
    back = pickle.loads(pickle.dumps(error))
    assert (back.field, back.message, back.row) == ("email", "'x' is not an e-mail address", 4)
    assert back.text("zh") == error.text("zh")
    refused = DeleteRefusedError(m.NOT_A_COLUMN(), {"reps": 2})
    again = pickle.loads(pickle.dumps(refused))
    assert again.referrers == {"reps": 2} and again.text("zh") == refused.text("zh")
    plain = ValidationError("name", "already translated text")
    assert plain.said is None and plain.text("zh") == "already translated text"


def test_service_errors_speak_both_languages() -> None:
    missing = NotFoundError("rep", 7)
    assert str(missing) == "rep 7 was not found"
    assert missing.text("zh") == "找不到销售人员 7"
    conflict = ConflictError("region", 3, 1, 2)
    assert str(conflict).startswith("region 3 was changed by someone else")
    assert conflict.text("zh").startswith("区域 3 已被其他人修改")
    cell = CellError.of("Reps", 3, "email", m.NOT_AN_EMAIL(value="li.na"))
    assert str(cell) == "Reps, row 3, email: 'li.na' is not an e-mail address"
    assert cell.text("zh") == "“li.na”不是有效的电子邮件地址"


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        m.REQUIRED().text("fr")


def test_nouns_and_kinds_all_have_chinese() -> None:
    for table in (FIELD_LABELS, WHATS, NOUNS):
        for word, chinese in table.items():
            assert _HAN.search(chinese), (word, chinese)


# -- the code ------------------------------------------------------------------------

#: Errors a user reads, and the position of their message argument.
_MESSAGE_ARG = {
    "ValidationError": 1,
    "ReviewPartError": 1,
    "DeleteRefusedError": 0,
    "LockedError": 0,
    "DemoRefusedError": 0,
    "CorruptAttachmentError": 0,
    "TeamSheetError": 0,
    "CellError": 3,
}


def _calls() -> list[tuple[Path, ast.Call, str]]:
    found = []
    for path in sorted(APP.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                if name in _MESSAGE_ARG:
                    found.append((path, node, name))
    return found


def _is_text_literal(node: ast.expr) -> bool:
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return True
    return isinstance(node, ast.BinOp) and (
        _is_text_literal(node.left) or _is_text_literal(node.right)
    )


def test_no_user_error_is_raised_with_an_english_literal() -> None:
    """Every such message comes from the catalog (or a tr() in the console)."""
    offenders = []
    for path, call, name in _calls():
        index = _MESSAGE_ARG[name]
        if len(call.args) > index and _is_text_literal(call.args[index]):
            offenders.append(f"{path.relative_to(APP.parent)}:{call.lineno} {name}")
    assert not offenders, "use a Message of app.domain.messages:\n" + "\n".join(offenders)
    assert len(_calls()) > 100  # the scan sees the raise sites


def _checked_fields() -> set[str]:
    """Field names spelled out where an error is raised or a value checked."""
    fields = set()
    for _path, call, name in _calls():
        if name in ("ValidationError", "ReviewPartError") and call.args:
            first = call.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                fields.add(first.value)
    for path in sorted(APP.rglob("*.py")):
        if "ui" in path.relative_to(APP).parts:
            continue  # the console's own fields are not services' words
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            func = getattr(node, "func", None)
            name = getattr(func, "id", None) or getattr(func, "attr", "")
            if isinstance(node, ast.Call) and name.startswith("require_"):
                fields.update(
                    arg.value
                    for arg in node.args[1:]
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                )
    return fields


def test_every_field_a_raise_site_names_has_a_chinese_label() -> None:
    fields = _checked_fields()
    assert {"email", "posting_start", "rate_to_base"} <= fields
    missing = sorted(f for f in fields if field_label(f, "zh") == f)
    assert not missing, f"add Chinese labels to app.domain.message_words: {missing}"


def test_a_message_is_a_template_pair() -> None:
    message = Message("{n} left", "剩余 {n}")
    assert message.placeholders("en") == {"n"} == message.placeholders("zh")
    assert isinstance(m.REQUIRED(), Text)
