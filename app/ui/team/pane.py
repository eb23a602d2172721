"""The Team pane: every rep of the region, searchable, sorted by the database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, QTimer
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import RepStatus
from app.domain.periods import Period
from app.services.errors import NotFoundError, ServiceError
from app.services.team import RepRecord, TeamService
from app.ui.change_bus import concerns
from app.ui.context import UiContext
from app.ui.labels import date_text, enum_label
from app.ui.packs.exporter import PackExporter
from app.ui.pane import Pane
from app.ui.table_model import CENTER, Column, IdRole, PagedTableModel
from app.ui.team.rep_dialog import RepDialog, RepHistory
from app.ui.team.rep_profile import RepProfile
from app.ui.toolbar import edit_on_enter

# A work permit expiring within this many days is highlighted.
PERMIT_WARNING_DAYS = 60
EXPIRED_COLOUR = QColor("#f4c7c3")
EXPIRING_COLOUR = QColor("#fce8b2")


translate = QCoreApplication.translate


def permit_days_left(record: RepRecord, today: dt.date) -> int | None:
    """Days until the permit expires; None when none is kept or the rep has left."""
    if record.work_permit_expiry is None or record.status == RepStatus.INACTIVE:
        return None
    return (record.work_permit_expiry - today).days


def team_columns(
    today: Callable[[], dt.date] = dt.date.today, *, chinese: bool = False
) -> list[Column[RepRecord]]:
    """The Team table's columns; ``today`` decides which permits are highlighted."""

    def permit_colour(record: RepRecord) -> QColor | None:
        days = permit_days_left(record, today())
        if days is None:
            return None
        if days < 0:
            return EXPIRED_COLOUR
        return EXPIRING_COLOUR if days <= PERMIT_WARNING_DAYS else None

    def permit_tip(record: RepRecord) -> str | None:
        days = permit_days_left(record, today())
        if days is None:
            return None
        if days < 0:
            return translate("TeamColumns", "Expired {days} days ago").format(days=-days)
        if days <= PERMIT_WARNING_DAYS:
            return translate("TeamColumns", "Expires in {days} days").format(days=days)
        return None

    return [
        Column("name", translate("TeamColumns", "Name"), lambda r: r.name, "name"),
        Column(
            "name_zh",
            translate("TeamColumns", "Chinese name"),
            lambda r: r.name_zh or "",
            "name_zh",
        ),
        Column(
            "region_name",
            translate("TeamColumns", "Region"),
            lambda r: r.region_label(chinese),
            "region_name",
        ),
        Column(
            "posting_city",
            translate("TeamColumns", "City"),
            lambda r: r.posting_city,
            "posting_city",
        ),
        Column(
            "posting_country",
            translate("TeamColumns", "Country"),
            lambda r: r.posting_country,
            "posting_country",
            alignment=CENTER,
        ),
        Column(
            "time_zone", translate("TeamColumns", "Time zone"), lambda r: r.time_zone, "time_zone"
        ),
        Column(
            "currency",
            translate("TeamColumns", "Currency"),
            lambda r: r.currency,
            "currency",
            alignment=CENTER,
        ),
        Column("focus", translate("TeamColumns", "Focus"), lambda r: enum_label(r.focus), "focus"),
        Column(
            "status", translate("TeamColumns", "Status"), lambda r: enum_label(r.status), "status"
        ),
        Column(
            "work_permit_expiry",
            translate("TeamColumns", "Permit expiry"),
            lambda r: date_text(r.work_permit_expiry),
            "work_permit_expiry",
            alignment=CENTER,
            background=permit_colour,
            tooltip=permit_tip,
        ),
        Column(
            "posting_start",
            translate("TeamColumns", "Posting start"),
            lambda r: date_text(r.posting_start),
            "posting_start",
            alignment=CENTER,
        ),
    ]


class TeamPane(Pane):
    """Reps in a table (left) and the selected rep's profile (right).

    New, Edit (Enter, double-click), Delete (deactivate or delete) go through
    :class:`RepDialog` and the service; each is pushed on the undo stack.
    """

    key = "team"
    icon = "team.svg"
    can_create = True
    can_edit = True
    can_delete = True
    can_export = True

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.service = TeamService(ctx.db)
        self.history = RepHistory(ctx, self.service, self)
        self.exporter = PackExporter(ctx, self)
        self._region_id: int | None = None
        self._search = ""

        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in RepStatus:
            self.status_filter.addItem(enum_label(status), status.value)
        self.count_label = QLabel()

        self.model: PagedTableModel[RepRecord] = PagedTableModel(
            self.service.list_reps, team_columns(chinese=ctx.prefers_chinese), parent=self
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        # Compact rows: the style's default leaves room for editors this pane lacks.
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.horizontalHeader().setHighlightSections(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionsMovable(True)
        edit_on_enter(self.view, self.edit_selected)
        self.profile = RepProfile(ctx)
        # The profile's first part is the former detail panel (kept as ``detail``).
        self.detail = self.profile.detail

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.profile)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Status:")))
        filters.addWidget(self.status_filter)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)

        self.status_filter.currentIndexChanged.connect(self.apply_filters)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.model.modelReset.connect(self._update_count)
        self.model.modelReset.connect(self._fit_columns_once)
        self.model.rowsInserted.connect(self._update_count)
        ctx.bus.changed.connect(self._on_changed)

        restored = self._restore_state()
        # Without saved widths, fit the columns once rows are on screen (Qt
        # measures only the visible rows, and before the first show there are none).
        self._fit_columns_on_show = not restored
        # The header's sort indicator (restored or by name) is what the database sorts by.
        header = self.view.horizontalHeader()
        if not restored:
            header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.view.setSortingEnabled(True)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("TeamPane", "Team")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_columns_once()

    def _fit_columns_once(self) -> None:
        # An empty table (first start, before demo data) would fit the headers
        # only; wait for rows so the first fit is to real content.
        if self._fit_columns_on_show and self.isVisible() and self.model.rowCount() > 0:
            self._fit_columns_on_show = False
            QTimer.singleShot(0, self.view, self.view.resizeColumnsToContents)

    # -- what the window tells the pane --------------------------------------------

    def set_region(self, region_id: int | None) -> None:
        if region_id == self._region_id:
            return
        self._region_id = region_id
        self.apply_filters()

    def set_period(self, period: Period) -> None:
        self.profile.set_period(period)

    def set_search(self, text: str) -> None:
        text = text.strip()
        if text == self._search:
            return
        self._search = text
        self.apply_filters()

    def apply_filters(self) -> None:
        """Query the database with the search text, status and region now chosen."""
        keep = self.selected_id()
        self.model.set_query(search=self._search, filters=self._filters())
        self._reselect(keep)

    def _filters(self) -> dict[str, object]:
        return {"region_id": self._region_id, "status": self.status_filter.currentData()}

    def reload(self) -> None:
        keep = self.selected_id()
        self.model.reload()
        self._reselect(keep)

    def _on_changed(self, topic: str) -> None:
        if concerns(topic, "reps", "regions", "managers"):
            self.reload()

    # -- selection -------------------------------------------------------------

    def has_selection(self) -> bool:
        return self.selected_id() is not None

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(IdRole) if rows else None

    def selected_record(self) -> RepRecord | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select_id(self, rep_id: int) -> bool:
        """Select a loaded rep; False when it is not among the loaded rows."""
        row = self.model.row_of_id(rep_id)
        if row is None:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def open_item(self, item_id: int) -> None:
        """Select rep ``item_id``, loading pages until it is there.

        A rep hidden by the status filter clears it; one outside the region or
        the search is shown alone (the next search or region change lists all).
        """
        if self.select_id(item_id):
            return
        try:
            rep = self.service.get_rep(item_id)
        except NotFoundError:
            return
        status = self.status_filter.currentData()
        if status is not None and status != rep.status:
            self.status_filter.setCurrentIndex(0)  # reloads
        if self._region_id is None or rep.region_id == self._region_id:
            while self.model.row_of_id(item_id) is None and self.model.canFetchMore():
                self.model.fetchMore()
        if self.model.row_of_id(item_id) is None:
            # The email is unique: searching it lists this rep alone.
            self.model.set_query(search=rep.email, filters={})
            self.count_label.setText(self.tr("Showing {name} only").format(name=rep.name))
        self.select_id(item_id)

    def _reselect(self, rep_id: int | None) -> None:
        if rep_id is None or not self.select_id(rep_id):
            self.profile.show_record(None)
            self.selection_changed.emit()

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.profile.show_record(self.selected_record())
        self.selection_changed.emit()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("Reps: {count}").format(count=self.model.total))

    # -- actions ---------------------------------------------------------------

    def create(self) -> None:
        dialog = RepDialog(self.ctx, region_id=self._region_id, parent=self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                record: RepRecord = dialog.result_value
                self.history.created(record)
                self.open_item(record.id)
        finally:
            dialog.deleteLater()

    def edit_selected(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        try:
            # The row may be older than the database; edit what is stored now.
            record = self.service.get_rep(record.id)
        except NotFoundError as error:
            QMessageBox.warning(self, self.tr("Edit rep"), str(error))
            self.reload()
            return
        dialog = RepDialog(self.ctx, record, parent=self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.history.edited(record, dialog.result_value)
        finally:
            dialog.deleteLater()

    def delete_selected(self) -> None:
        """Ask: deactivate (keeps history, the default), delete permanently, or cancel."""
        record = self.selected_record()
        if record is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Remove rep"))
        box.setText(self.tr("Remove {name} from the team?").format(name=record.name))
        box.setInformativeText(
            self.tr(
                "Deactivating keeps the rep's targets, one-on-ones and reviews. "
                "Deleting permanently removes the rep with all their history; "
                "undo brings the rep back but not the history."
            )
        )
        deactivate = None
        if record.status != RepStatus.INACTIVE:
            deactivate = box.addButton(self.tr("Deactivate"), QMessageBox.ButtonRole.AcceptRole)
            deactivate.setObjectName("deactivate_button")
        delete = box.addButton(
            self.tr("Delete permanently"), QMessageBox.ButtonRole.DestructiveRole
        )
        delete.setObjectName("delete_button")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(deactivate or cancel)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        try:
            if deactivate is not None and clicked is deactivate:
                self.history.deactivate(record)
            elif clicked is delete:
                self.history.delete(record)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Remove rep"), str(error))

    def export(self) -> None:
        """Export (toolbar): the pack of the selected rep's latest review."""
        record = self.selected_record()
        if record is None:
            QMessageBox.information(
                self, self.tr("Export review pack"), self.tr("Select a rep to export first.")
            )
            return
        self.exporter.export_rep_latest(record.id, record.name)

    # -- state -----------------------------------------------------------------

    def _restore_state(self) -> bool:
        settings = self.ctx.settings
        splitter = settings.value("team/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([900, 380])
        header_state = settings.value("team/header")
        header: QHeaderView = self.view.horizontalHeader()
        return header_state is not None and header.restoreState(header_state)

    def save_state(self) -> None:
        self.ctx.settings.setValue("team/splitter", self.splitter.saveState())
        self.ctx.settings.setValue("team/header", self.view.horizontalHeader().saveState())
