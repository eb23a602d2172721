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

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.attainment import Band
from app.domain.enums import Metric
from app.domain.periods import Period
from app.reports.charts import plot_target_vs_actual
from app.services.attainment import AttainmentService
from app.services.base import Page, PageRequest
from app.services.errors import ServiceError
from app.services.target_rows import TargetRow, TargetRowService
from app.services.targets import TargetRecord, TargetService
from app.ui.change_bus import concerns
from app.ui.chart_canvas import ChartCanvas
from app.ui.context import UiContext
from app.ui.editors import format_amount
from app.ui.labels import enum_label
from app.ui.pane import Pane
from app.ui.period_selector import default_period
from app.ui.table_model import CENTER, RIGHT, Column, IdRole, PagedTableModel
from app.ui.targets.actuals_grid import ActualsGridDialog
from app.ui.targets.dialogs import CreateTargetDialog, EditTargetDialog
from app.ui.undo import push_change

translate = QCoreApplication.translate

BAND_BACKGROUNDS = {
    Band.BELOW: QColor("#f4c7c3"),
    Band.NEAR: QColor("#fce8b2"),
    Band.ABOVE: QColor("#c8e6c9"),
}


def _amount(value: Any, row: TargetRow | None = None) -> str:
    # Money keeps its cents; counts and scores show the digits they have.
    places = 2 if row is None or row.is_money else 0
    return format_amount(value.normalize() if value is not None else None, places)


def _percent(row: TargetRow) -> str:
    return f"{row.attainment} %" if row.attainment is not None else ""


def _base(value: Any, row: TargetRow) -> str:
    return f"{_amount(value)} {row.base_currency}" if value is not None else ""


def target_columns(language: str = "en") -> list[Column[TargetRow]]:
    """The Targets table's columns; sortable ones name a service sort column."""

    def band_colour(row: TargetRow) -> QColor | None:
        return BAND_BACKGROUNDS.get(row.band) if row.band is not None else None

    def attainment_tip(row: TargetRow) -> str | None:
        if row.attainment is None:
            return translate("TargetColumns", "No actual recorded yet")
        return translate("TargetColumns", "{count} actual(s) to date").format(count=row.actual_rows)

    return [
        Column("rep_name", translate("TargetColumns", "Rep"), lambda r: r.rep_name, "rep_name"),
        Column(
            "rep_name_zh",
            translate("TargetColumns", "Chinese name"),
            lambda r: r.rep_name_zh or "",
            "rep_name_zh",
        ),
        Column(
            "metric",
            translate("TargetColumns", "Metric"),
            lambda r: enum_label(r.metric),
            "metric",
            value=lambda r: r.metric.value,
        ),
        Column(
            "period",
            translate("TargetColumns", "Period"),
            lambda r: r.period.label(language),
            "period_start",
            alignment=CENTER,
            value=lambda r: r.period.start,
        ),
        Column(
            "value",
            translate("TargetColumns", "Target"),
            lambda r: _amount(r.value, r),
            "value",
            alignment=RIGHT,
        ),
        Column(
            "actual",
            translate("TargetColumns", "Actual to date"),
            lambda r: _amount(r.actual, r),
            "actual",
            alignment=RIGHT,
        ),
        Column(
            "attainment",
            translate("TargetColumns", "Attainment"),
            _percent,
            "attainment",
            alignment=RIGHT,
            background=band_colour,
            tooltip=attainment_tip,
        ),
        Column(
            "unit", translate("TargetColumns", "Unit"), lambda r: r.unit, "unit", alignment=CENTER
        ),
        Column(
            "value_base",
            translate("TargetColumns", "Target (base)"),
            lambda r: _base(r.value_base, r),
            alignment=RIGHT,
        ),
        Column(
            "actual_base",
            translate("TargetColumns", "Actual (base)"),
            lambda r: _base(r.actual_base, r),
            alignment=RIGHT,
        ),
        Column(
            "smart_description",
            translate("TargetColumns", "SMART description"),
            lambda r: (r.smart_description or "").replace("\n", " "),
            "smart_description",
            tooltip=lambda r: r.smart_description,
        ),
    ]


class _Version:
    """The version a later undo/redo step must expect (changes with each step)."""

    def __init__(self, value: int | None) -> None:
        self.value = value


class TargetsPane(Pane):
    """Targets in a table (top) and the selected rep's months as a chart (below)."""

    key = "targets"
    icon = "targets.svg"
    can_create = True
    can_edit = True
    can_delete = True

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        #: What "to date" means; tests set a fixed day.
        self.today: Callable[[], dt.date] = dt.date.today
        self.service = TargetRowService(ctx.db, today=lambda: self.today())
        self.targets = TargetService(ctx.db)
        self.attainment = AttainmentService(ctx.db)
        self.region_id: int | None = None
        self.period: Period = default_period()
        self.search_text = ""
        self._stale = True

        self.metric_filter = QComboBox()
        self.metric_filter.setObjectName("metric_filter")
        self.metric_filter.addItem(self.tr("All metrics"), None)
        for metric in Metric:
            self.metric_filter.addItem(enum_label(metric), metric.value)
        self.record_button = QPushButton(self.tr("Record actuals…"))
        self.record_button.setObjectName("record_actuals")
        self.record_button.setToolTip(self.tr("Type a year of actuals per rep and month"))
        self.count_label = QLabel()

        self.model: PagedTableModel[TargetRow] = PagedTableModel(
            self._fetch, target_columns(ctx.language), parent=self
        )
        self.view = QTableView()
        self.view.setObjectName("targets_view")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        self.chart = ChartCanvas(height_inches=2.4)
        # Which target the chart shows (None: the "select a target" message).
        self._chart_of: int | None = None
        self._chart_drawn = False
        self.chart.setObjectName("target_chart")
        self.chart.setMinimumHeight(180)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Metric:")))
        bar.addWidget(self.metric_filter)
        bar.addWidget(self.record_button)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        self.metric_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.record_button.clicked.connect(self.record_actuals)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        ctx.bus.changed.connect(self._on_changed)

        if not self._restore_state():
            header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
            self.view.setColumnWidth(self.model.column_index("rep_name"), 150)
            self.view.setColumnWidth(self.model.column_index("smart_description"), 300)
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.view.setSortingEnabled(True)
        self._update_buttons()
        self.apply_filters()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("TargetsPane", "Targets")

    def _fetch(self, request: PageRequest) -> Page[TargetRow]:
        # Nothing is read while hidden (building the pane, restoring the sort);
        # showEvent loads what the region, period and search then say.
        if not self.isVisible():
            return Page(rows=[], total=0, offset=request.offset)
        return self.service.list_rows(request)

    # -- what the window tells the pane -----------------------------------------------

    def set_region(self, region_id: int | None) -> None:
        if region_id != self.region_id:
            self.region_id = region_id
            self._update_buttons()
            self.apply_filters()

    def set_period(self, period: Period) -> None:
        if period != self.period:
            self.period = period
            self.apply_filters()

    def set_search(self, text: str) -> None:
        if text != self.search_text:
            self.search_text = text
            self.apply_filters()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.apply_filters()

    def apply_filters(self) -> None:
        """Query the database for the region, period, metric and search text now chosen.

        A hidden pane only notes that it is stale and queries when shown, so
        the window's region and period changes cost nothing until then.
        """
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        keep = self.selected_id()
        self.model.set_query(
            search=self.search_text,
            filters={
                "region_id": self.region_id,
                "period": self.period,
                "metric": self.metric_filter.currentData(),
            },
        )
        self._reselect(keep)

    def reload(self) -> None:
        if not self.isVisible():
            self._stale = True
            return
        keep = self.selected_id()
        self.model.reload()
        self._reselect(keep)

    def _on_changed(self, topic: str) -> None:
        if concerns(topic, "targets", "actuals", "reps", "regions", "rates"):
            self.reload()

    def _update_buttons(self) -> None:
        self.record_button.setEnabled(self.region_id is not None)
        if self.region_id is None:
            self.record_button.setToolTip(self.tr("Choose a region to record its actuals"))

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("Targets: {count}").format(count=self.model.total))

    # -- selection and chart -------------------------------------------------------------

    def has_selection(self) -> bool:
        return self.selected_row() is not None

    def selected_row(self) -> TargetRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(IdRole) if rows else None

    def select_id(self, target_id: int) -> bool:
        row = self.model.row_of_id(target_id)
        if row is None:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def _reselect(self, target_id: int | None) -> None:
        if target_id is None or not self.select_id(target_id):
            self.show_chart(None)

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.show_chart(self.selected_row())
        self.selection_changed.emit()

    def show_chart(self, row: TargetRow | None) -> None:
        """The rep's months of the target's metric over the period's year."""
        if row is None:
            # Filtering away the selection happens on every keystroke; an empty
            # chart already showing needs no redraw.
            if self._chart_of is not None or not self._chart_drawn:
                self.chart.clear(self.tr("Select a target to see its months"))
                self._chart_of, self._chart_drawn = None, True
            return
        self._chart_of, self._chart_drawn = row.id, True
        year = row.period.start.year
        points = self.attainment.rep_monthly_series(row.rep_id, year, row.metric)
        lang = self.ctx.language
        name = (
            f"{row.rep_name_zh} {row.rep_name}"
            if lang == "zh" and row.rep_name_zh
            else row.rep_name
        )
        title = f"{name} · {enum_label(row.metric)} · {Period.year(year).label(lang)}"
        self.chart.show_plot(
            lambda ax, data: plot_target_vs_actual(ax, data, lang=lang, unit=row.unit, title=title),
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
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            created: list[TargetRecord] = dialog.result_value
            redo_create = dialog.save
        finally:
            dialog.deleteLater()
        self._push_create(created, redo_create)
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
        row = self.selected_row()
        if row is None:
            return
        try:
            before = self.targets.get_target(row.id)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Edit target"), str(error))
            self.reload()
            return
        dialog = EditTargetDialog(self.ctx, before, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            after: TargetRecord = dialog.result_value
        finally:
            dialog.deleteLater()
        version = _Version(after.version)

        def step(record: TargetRecord) -> Callable[[], None]:
            def run() -> None:
                saved = self.targets.update_target(after.id, record.to_input(), version.value)
                version.value = saved.version

            return run

        push_change(self.ctx, self.tr("Edit target"), step(before), step(after), ("targets",), self)

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete target"),
            self.tr(
                "Delete the {metric} target of {rep} for {period}, with the quarters and "
                "months split from it?"
            ).format(
                metric=enum_label(row.metric),
                rep=row.rep_name,
                period=row.period.label(self.ctx.language),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            tree = self._subtree(row.id)
            self.targets.delete_target(row.id, row.version)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Delete target"), str(error))
            self.reload()
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
        selected = self.selected_row()
        if selected is not None:
            metric = selected.metric
        dialog = ActualsGridDialog(self.ctx, self.region_id, metric, self.period.start.year, self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    # -- state ---------------------------------------------------------------------------

    def _restore_state(self) -> bool:
        settings = self.ctx.settings
        splitter = settings.value("targets/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([480, 260])
        header_state = settings.value("targets/header")
        return header_state is not None and self.view.horizontalHeader().restoreState(header_state)

    def save_state(self) -> None:
        self.ctx.settings.setValue("targets/splitter", self.splitter.saveState())
        self.ctx.settings.setValue("targets/header", self.view.horizontalHeader().saveState())


__all__ = ["TargetsPane", "target_columns"]
