"""The dashboard lists currencies without a rate in force and opens Exchange rates on a click."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt

from app.services.rates import RateService
from app.ui.area_keys import ADMIN, DASHBOARD
from app.ui.main_window import MainWindow
from tests.services.factories import make_region, make_rep

TODAY = dt.date(2026, 11, 15)


def test_missing_rates_card_opens_the_exchange_rates_tab(qtbot, ctx) -> None:
    asia = make_region(ctx.db, name="Asia", base_currency="CNY")
    gulf = make_region(ctx.db, name="Gulf", base_currency="USD", countries=("AE",))
    make_rep(ctx.db, asia.id, currency="SGD")
    make_rep(ctx.db, asia.id, currency="SGD")
    make_rep(ctx.db, asia.id, currency="MYR")
    make_rep(ctx.db, gulf.id, currency="AED")  # another region: not listed for Asia
    rates = RateService(ctx.db)
    rates.set_rate("CNY", "MYR", Decimal("1.55"), dt.date(2026, 1, 1))
    rates.set_rate("CNY", "SGD", Decimal("5.4"), dt.date(2027, 1, 1))  # not in force yet

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 900)
    dashboard = window.pane(DASHBOARD)
    dashboard.today = lambda: TODAY
    window.show()
    with qtbot.waitSignal(dashboard.loaded, timeout=10_000):
        window.set_region(asia.id)
    qtbot.waitUntil(
        lambda: dashboard.overview is not None and dashboard.overview.region_id == asia.id
    )

    table = dashboard.rates
    assert dashboard.rates_card.isVisible()
    assert dashboard.rates_card.title_label.text() == "Exchange rates missing (1)"
    cells = [table.item(0, c).text() for c in range(table.columnCount())]
    assert cells == ["SGD", "CNY", "Asia", "2 reps, 0 actuals"]

    rect = table.visualRect(table.model().index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    admin = window.pane(ADMIN)
    assert window.current_pane() is admin
    assert admin.current() is admin.rates
    qtbot.waitUntil(lambda: not admin.rates.warning.isHidden())  # the tab's own banner agrees

    # A rate in force today clears the card once the dashboard is shown again.
    with qtbot.waitSignal(ctx.bus.changed):
        rates.set_rate("CNY", "SGD", Decimal("5.3"), dt.date(2026, 1, 1))
        ctx.bus.emit_changed("rates")
    with qtbot.waitSignal(dashboard.loaded, timeout=10_000):
        window.show_pane(DASHBOARD)
    assert dashboard.overview.missing_rates == ()
    assert not dashboard.rates_card.isVisible()
