"""The actuals grid's model: reps × months, base-currency tooltips, locked months."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from PySide6.QtCore import Qt

from app.domain.enums import Metric
from app.services.actuals import ActualService
from app.services.rates import RateService
from app.ui.targets.actuals_grid import FIRST_MONTH_COLUMN, ActualsGridModel, load_grid_rows
from tests.services.targets_helpers import actual

Y = 2026


def test_grid_rows_tooltips_and_pending_changes(qtmodeltester, ctx, team) -> None:
    asia = team["asia"]
    li, zhang = team["reps"]["Li Wei"], team["reps"]["Zhang Min"]
    RateService(ctx.db).set_rate("CNY", "SGD", D("5.2"), dt.date(Y, 1, 1))
    actuals = ActualService(ctx.db)
    actuals.record_monthly_actuals(li.id, Metric.REVENUE, Y, {1: D(100), 2: D(200)}, "SGD")
    # Two actuals in one March: the grid cannot edit that month.
    actuals.create_actual(actual(zhang.id, dt.date(Y, 3, 1), dt.date(Y, 3, 31), "5", unit="MYR"))
    actuals.create_actual(actual(zhang.id, dt.date(Y, 3, 1), dt.date(Y, 3, 31), "6", unit="MYR"))

    rows = load_grid_rows(ctx, asia.id, Metric.REVENUE, Y)
    model = ActualsGridModel(rows, Y, "CNY", RateService(ctx.db).rates_for("CNY"))
    qtmodeltester.check(model)
    assert [r.name for r in rows] == ["Li Wei", "Wang Fang", "Zhang Min"]
    jan = model.index(0, FIRST_MONTH_COLUMN)
    assert jan.data() == "100.00"
    assert jan.data(Qt.ItemDataRole.ToolTipRole) == "520.00 CNY at the rate of 31 Jan 2026"
    assert model.index(0, FIRST_MONTH_COLUMN + 12).data() == "300.00"
    assert model.index(0, FIRST_MONTH_COLUMN + 13).data() == "1,560.00"
    march_zhang = model.index(2, FIRST_MONTH_COLUMN + 2)
    assert not march_zhang.flags() & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(march_zhang, D(1))
    assert "Several actuals" in march_zhang.data(Qt.ItemDataRole.ToolTipRole)
    # No MYR rate: the tooltip says so and the year in CNY is unknown.
    assert model.setData(model.index(2, FIRST_MONTH_COLUMN), D(10))
    tip = model.index(2, FIRST_MONTH_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "No MYR rate into CNY on 31 Jan 2026"
    assert model.index(2, FIRST_MONTH_COLUMN + 13).data() == ""

    assert model.setData(model.index(0, FIRST_MONTH_COLUMN + 1), D(250))
    assert model.setData(model.index(0, FIRST_MONTH_COLUMN), None)
    assert model.pending() == {li.id: {2: D(250), 1: None}, zhang.id: {1: D(10)}}
    assert model.index(0, FIRST_MONTH_COLUMN + 12).data() == "250.00"
