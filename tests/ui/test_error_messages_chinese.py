"""In Chinese, the services' messages are shown in Chinese where a user reads them:
at a dialog's field, in a refused delete's box, in the team import's list of bad cells.

The words come from the catalog (app.domain.messages), not from the .qm, so
these hold whatever translations are installed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.services.rate_paste import PasteRefusedError
from app.services.rates import RateService
from app.services.team import TeamService
from app.ui.admin.regions import RegionsPane
from app.ui.error_text import error_text, message_text
from tests.io.team_workbook import TEAM, fill_template
from tests.services.factories import make_manager, make_region, make_rep
from tests.ui.dialog_answers import answer_each
from tests.ui.team.test_import_dialog import open_dialog as open_import
from tests.ui.team.test_import_dialog import preview
from tests.ui.team.test_rep_dialog import fill_new_rep
from tests.ui.team.test_rep_dialog import open_dialog as open_rep
from tests.ui.test_translations import chinese  # noqa: F401  (the fixture)

YES = QMessageBox.StandardButton.Yes
OK = QMessageBox.StandardButton.Ok


def test_a_bad_email_is_refused_in_chinese_at_its_field(qtbot, ctx, team, chinese) -> None:  # noqa: F811
    dialog = open_rep(qtbot, ctx, region_id=team["asia"].id)
    fill_new_rep(qtbot, dialog, email="sun.li-at-example.com")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    shown = dialog.error_text("email")
    assert "“sun.li-at-example.com”不是有效的电子邮件地址" in shown
    assert "e-mail address" not in shown
    assert TeamService(ctx.db).list_reps().total == 6


def test_a_refused_delete_says_why_in_chinese(qtbot, ctx, answer_dialog, chinese) -> None:  # noqa: F811
    region = make_region(ctx.db, name="EMEA", base_currency="EUR")
    for _ in range(2):
        make_rep(ctx.db, region.id)
    make_manager(ctx.db, region.id, name="Ana Lee")
    pane = RegionsPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1000, 600)
    pane.show()
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1)
    pane.select_id(region.id)

    seen = answer_each(answer_dialog, YES, OK)
    pane.delete_selected()
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen[-1].text == "区域 EMEA 被 2 名销售人员和 1 名经理使用"
    assert TeamService(ctx.db).get_region(region.id).name == "EMEA"


def test_the_team_import_lists_bad_cells_with_chinese_reasons(
    qtbot,
    ctx,
    tmp_path: Path,
    chinese,  # noqa: F811
) -> None:
    bad = {sheet: [dict(row) for row in rows] for sheet, rows in TEAM.items()}
    bad["Reps"][1]["currency"] = "RMB"
    bad["Reps"][0]["email"] = "chen.jie"
    bad["Exchange rates"][0]["valid_from"] = "next monday"
    dialog = open_import(qtbot, ctx)
    report = preview(qtbot, dialog, fill_template(tmp_path / "bad.xlsx", bad))

    assert not report.ok
    texts = [dialog.error_list.item(i).text() for i in range(dialog.error_list.count())]
    assert len(texts) == 3
    joined = "\n".join(texts)
    assert "“RMB”不是 ISO 4217 货币代码" in joined
    assert "“chen.jie”不是有效的电子邮件地址" in joined
    assert "“next monday”不是日期（年-月-日）" in joined
    for english in ("is not", "currency code", "e-mail", "a date"):
        assert english not in joined
    # The bad cell's tooltip says the same.
    rates = dialog.models["Exchange rates"]
    tip = rates.index(0, rates.column_of("valid_from")).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "“next monday”不是日期（年-月-日）"
    # The CLI's words stay English.
    assert any("is not an ISO 4217 currency code" in str(e) for e in report.errors)


def test_pasted_rates_refused_cell_by_cell_in_chinese(ctx, chinese) -> None:  # noqa: F811
    with pytest.raises(PasteRefusedError) as refused:
        RateService(ctx.db).paste_rates("SGD\tabc\tCNY\t2026-01-01\nMYR\t1.5\tCNY\tsoon")
    assert error_text(refused.value) == (
        "第 1 行，汇率：“abc”不是数字\n第 2 行，生效日期：“soon”不是日期（年-月-日）"
    )
    assert str(refused.value) == (
        "row 1, rate: 'abc' is not a number\nrow 2, valid_from: 'soon' is not a date (YYYY-MM-DD)"
    )


def test_errors_without_catalog_words_are_shown_as_they_are(chinese) -> None:  # noqa: F811
    plain = ValueError("no catalog words")
    assert error_text(plain) == message_text(plain) == "no catalog words"
