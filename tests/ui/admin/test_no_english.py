"""In Chinese, the Administration tabs and their dialogs show no English (data aside).

Data is what the test stored (names, e-mails, codes, time zones) and the
searchable lists of ISO countries, currencies and zones, which are reference
data with their own names (see the CLDR item of issue 10).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtWidgets import QWidget

from app.services.rates import RateService
from app.services.training import CourseInput, TrainingService
from app.ui.admin.courses import CourseDialog
from app.ui.admin.managers import ManagerDialog
from app.ui.admin.pane import AdminPane
from app.ui.admin.rates import RateDialog
from app.ui.admin.regions import RegionDialog
from app.ui.combos import SearchableCombo
from tests.services.factories import make_manager, make_region, make_rep
from tests.ui.test_no_english import english_words, visible_texts
from tests.ui.test_translations import chinese  # noqa: F401  (the fixture)


def reference_items(root: QWidget) -> list[str]:
    """The items of the searchable ISO lists (data, not the console's words)."""
    return [c.itemText(i) for c in root.findChildren(SearchableCombo) for i in range(c.count())]


def english_in(root: QWidget, data: list[str]) -> set[str]:
    data = data + reference_items(root)
    return {text for text in visible_texts(root) if english_words(text or "", data)}


def test_admin_tabs_and_dialogs_speak_chinese(qtbot, ctx, chinese) -> None:  # noqa: F811
    region = make_region(ctx.db, name="Asia", base_currency="CNY", countries=("SG", "MY"))
    make_rep(ctx.db, region.id, currency="SGD")  # no rate: the warning shows
    make_manager(ctx.db, region.id, name="Ana Lee", email="ana@example.com")
    RateService(ctx.db).set_rate("CNY", "MYR", Decimal("1.55"), dt.date(2026, 1, 1))
    course = TrainingService(ctx.db).create_course(
        CourseInput(
            "Negotiation",
            "sales_skills",
            "online",
            Decimal(8),
            cost=Decimal(9),
            currency="SGD",
            provider="Acme",
        )
    )
    data = ["Asia", "Ana Lee", "ana@example.com", "Asia/Shanghai", "Negotiation", "Acme"]
    data += ["CNY", "SGD", "MYR", "SG", "MY"]

    pane = AdminPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1024, 640)
    pane.show()
    for table in pane.tables:
        pane.show_table(table.key)
        assert table.model.rowCount() > 0
        assert english_in(pane, data) == set(), table.key
    assert not pane.rates.warning.isHidden()

    records = {
        "regions": pane.regions.model.record(0),
        "managers": pane.managers.model.record(0),
        "rates": pane.rates.model.record(0),
    }
    dialogs = [
        RegionDialog(ctx),
        RegionDialog(ctx, records["regions"]),
        ManagerDialog(ctx),
        ManagerDialog(ctx, records["managers"]),
        RateDialog(ctx),
        RateDialog(ctx, records["rates"]),
        CourseDialog(ctx),
        CourseDialog(ctx, course),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert english_in(dialog, data) == set(), dialog.windowTitle()


def test_regions_name_their_managers_in_chinese(qtbot, ctx, chinese) -> None:  # noqa: F811
    region = make_region(ctx.db, name="Asia")
    make_manager(ctx.db, region.id, name="Ana Lee", name_zh="李安娜", email="ana@example.com")
    make_manager(ctx.db, region.id, name="Bo Wu", email="bo@example.com")  # no Chinese name
    ctx.language = "zh"
    pane = AdminPane(ctx)
    qtbot.addWidget(pane)
    pane.show()
    pane.show_table("admin_regions")
    column = pane.regions.model.column_index("managers")
    assert pane.regions.model.index(0, column).data() == "李安娜、Bo Wu"
