"""The Targets pane: the region's targets for the period, attainment, a monthly chart.

Rows come from :class:`~app.services.target_rows.TargetRowService`, which sorts
and pages in the database (actual to date and attainment included). Selecting
a row draws the rep's target against actual month by month for the period's
year; "Record actuals" opens the reps × months grid.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget

from app.domain.enums import Metric
from app.domain.periods import Period
from app.reports.charts import plot_target_vs_actual
from app.services.attainment import AttainmentService
from app.services.base import PageRequest
from app.services.errors import ServiceError
from app.services.target_rows import TargetRow, TargetRowService
from app.services.targets import TargetRecord, TargetService
from app.ui.area_keys import TARGETS
from app.ui.chart_canvas import ChartCanvas
from app.ui.context import UiContext
from app.ui.labels import enum_label, period_text
from app.ui.table_pane import TablePane
from app.ui.targets.actuals_grid import ActualsGridDialog
from app.ui.targets.columns import target_columns
from app.ui.targets.dialogs import CreateTargetDialog, EditTargetDialog
from app.ui.undo import push_change, version_book


class TargetsPane(TablePane[TargetRow]):
    """Targets in a table (top) and the selected rep's months as a chart (below)."""

    key = TARGETS
    icon = "targets.svg"
    can_create = True
    can_edit = True
    can_delete = True
    topics = ("targets", "actuals", "reps", "regions", "rates")
    lazy = True
    period_filters = True
    splitter_sizes = (480, 260)
    splitter_stretch = (3, 2)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        #: What "to date" means; tests set a fixed day.
        self.today: Callable[[], dt.date] = dt.date.today
        self.service = TargetRowService(ctx.db, today=lambda: self.today())
        self.targets = TargetService(ctx.db)
        self.attainment = AttainmentService(ctx.db)
        self.metric_filter = QComboBox()
        self.metric_filter.setObjectName("metric_filter")
        self.metric_filter.addItem(self.tr("All metrics"), None)
        for metric in Metric:
            self.metric_filter.addItem(enum_label(metric), metric.value)
        self.record_button = QPushButton(self.tr("Record actuals…"))
        self.record_button.setObjectName("record_actuals")
        self.record_button.setToolTip(self.tr("Type a year of actuals per rep and month"))
        self.chart = ChartCanvas(height_inches=2.4)
        self.chart.setObjectName("target_chart")
        self.chart.setMinimumHeight(180)
        # Which target the chart shows (None: the "select a target" message).
        self._chart_of: int | None = None
        self._chart_drawn = False
        self.build(
            self.service.list_rows,
            target_columns(ctx.language),
            count_text=self.tr("Targets: {count}"),
            bar=[QLabel(self.tr("Metric:")), self.metric_filter, self.record_button],
            side=self.chart,
            orientation=Qt.Orientation.Vertical,
            view_name="targets_view",
        )
        self.metric_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.record_button.clicked.connect(self.record_actuals)
        self._update_buttons()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("TargetsPane", "Targets")

    def set_region(self, region_id: int | None) -> None:
        super().set_region(region_id)
        self._update_buttons()

    def filters(self) -> dict[str, Any]:
        return {
            "region_id": self.region_id,
            "period": self.period,
            "metric": self.metric_filter.currentData(),
        }

    def _update_buttons(self) -> None:
        self.record_button.setEnabled(self.region_id is not None)
        if self.region_id is None:
            self.record_button.setToolTip(self.tr("Choose a region to record its actuals"))

    def show_selected(self, record: TargetRow | None) -> None:
        """The rep's months of the target's metric over the period's year."""
        if record is None:
            # Filtering away the selection happens on every keystroke; an empty
            # chart already showing needs no redraw.
            if self._chart_of is not None or not self._chart_drawn:
                self.chart.clear(self.tr("Select a target to see its months"))
                self._chart_of, self._chart_drawn = None, True
            return
        self._chart_of, self._chart_drawn = record.id, True
        year = record.period.start.year
        points = self.attainment.rep_monthly_series(record.rep_id, year, record.metric)
        lang = self.ctx.language
        name = (
            f"{record.rep_name_zh} {record.rep_name}"
            if lang == "zh" and record.rep_name_zh
            else record.rep_name
        )
        title = f"{name} · {enum_label(record.metric)} · {Period.year(year).label(lang)}"
        self.chart.show_plot(
            lambda ax, data: plot_target_vs_actual(
                ax, data, lang=lang, unit=record.unit, title=title
            ),
            points,
        )

    def open_item(self, item_id: int) -> None:
        if not self.select_id(item_id):
            # Not among the loaded rows: show it whatever the filters say.
            record = self.targets.get_target(item_id)
            self.set_period(record.period)
            self.metric_filter.setCurrentIndex(0)
            self.select_id(item_id)

    # -- create, edit, delete ------------------------------------------------------------

    def create(self) -> None:
        dialog = CreateTargetDialog(self.ctx, self.region_id, self.period, self)
        if not self.run_dialog(dialog):
            return
        created: list[TargetRecord] = dialog.result_value
        self._push_create(created, dialog.save)
        if created:
            self.select_id(created[0].id)

    def _push_create(
        self, created: list[TargetRecord], redo_create: Callable[[int | None], Any]
    ) -> None:
        made = {"records": created}

        def roots() -> list[TargetRecord]:
            ids = {r.id for r in made["records"]}
            return [r for r in made["records"] if r.parent_id not in ids]

        def undo() -> None:
            for root in roots():
                self.targets.delete_target(root.id, None)

        def redo() -> None:
            made["records"] = redo_create(None)

        count = len(roots())
        text = self.tr("New target") if count == 1 else self.tr("New targets ({count})")
        push_change(self.ctx, text.format(count=count), undo, redo, ("targets",), self)

    def edit_selected(self) -> None:
        row = self.selected_record()
        if row is None:
            return
        try:
            before = self.targets.get_target(row.id)
        except ServiceError as error:
            self.warn_and_reload(self.tr("Edit target"), error)
            return
        dialog = EditTargetDialog(self.ctx, before, self)
        if not self.run_dialog(dialog):
            return
        after: TargetRecord = dialog.result_value
        # The version each step expects is the one this session last left (shared
        # with other commands on the same target), never a copy that goes stale.
        book = version_book(self.ctx)
        book.saw("target", after)

        def step(record: TargetRecord) -> Callable[[], None]:
            def run() -> None:
                expected = book.expect("target", after.id)
                book.saw(
                    "target", self.targets.update_target(after.id, record.to_input(), expected)
                )

            return run

        push_change(self.ctx, self.tr("Edit target"), step(before), step(after), ("targets",), self)

    def delete_selected(self) -> None:
        row = self.selected_record()
        if row is None:
            return
        question = self.tr(
            "Delete the {metric} target of {rep} for {period}, with the quarters and "
            "months split from it?"
        ).format(
            metric=enum_label(row.metric),
            rep=row.rep_name,
            period=period_text(row.period, self.ctx.language),
        )
        if not self.confirm(self.tr("Delete target"), question):
            return
        try:
            tree = self._subtree(row.id)
            self.targets.delete_target(row.id, row.version)
        except ServiceError as error:
            self.warn_and_reload(self.tr("Delete target"), error)
            return
        self.ctx.bus.emit_changed("targets")
        root = {"id": row.id}

        def undo() -> None:
            new_ids: dict[int, int] = {}
            for record in tree:
                parent = new_ids.get(record.parent_id) if record.parent_id else None
                data = replace(record.to_input(), parent_id=parent)
                new_ids[record.id] = self.targets.create_target(data).id
            root["id"] = new_ids[tree[0].id]

        def redo() -> None:
            self.targets.delete_target(root["id"], None)

        push_change(self.ctx, self.tr("Delete target"), undo, redo, ("targets",), self)

    def _subtree(self, target_id: int) -> list[TargetRecord]:
        """The target and everything split from it, parents before children."""
        tree = [self.targets.get_target(target_id)]
        level = [target_id]
        while level:
            children: list[TargetRecord] = []
            for parent_id in level:
                page = self.targets.list_targets(
                    PageRequest(limit=10_000, filters={"parent_id": parent_id})
                )
                children += page.rows
            tree += children
            level = [c.id for c in children]
        return tree

    def record_actuals(self) -> None:
        if self.region_id is None:
            return
        metric = Metric(self.metric_filter.currentData() or Metric.REVENUE.value)
        selected = self.selected_record()
        if selected is not None:
            metric = selected.metric
        year = self.period.start.year
        self.run_dialog(
            ActualsGridDialog(self.ctx, self.region_id, metric, year, self, today=self.today)
        )


__all__ = ["TargetsPane"]
