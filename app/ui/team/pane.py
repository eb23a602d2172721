"""The Team pane: every rep of the region, searchable, sorted by the database."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QToolButton, QWidget

from app.domain.enums import RepStatus
from app.domain.periods import Period
from app.services.errors import NotFoundError, ServiceError
from app.services.team import RepRecord, TeamService
from app.ui.area_keys import TEAM
from app.ui.context import UiContext
from app.ui.error_text import error_text
from app.ui.labels import enum_label
from app.ui.packs.exporter import PackExporter
from app.ui.table_pane import TablePane
from app.ui.team.columns import team_columns
from app.ui.team.import_dialog import import_team_action
from app.ui.team.rep_dialog import RepDialog, RepHistory
from app.ui.team.rep_profile import RepProfile


class TeamPane(TablePane[RepRecord]):
    """Reps in a table (left) and the selected rep's profile (right).

    New, Edit (Enter, double-click), Delete (deactivate or delete) go through
    :class:`RepDialog` and the service; each is pushed on the undo stack.
    Besides the table, the selected rep's latest review pack can be exported.
    """

    key = TEAM
    icon = "team.svg"
    can_create = True
    can_edit = True
    can_delete = True
    topics = ("reps", "regions", "managers")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.service = TeamService(ctx.db)
        self.history = RepHistory(ctx, self.service, self)
        self.exporter = PackExporter(ctx, self)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in RepStatus:
            self.status_filter.addItem(enum_label(status), status.value)
        self.profile = RepProfile(ctx)
        # The profile's first part is the former detail panel (kept as ``detail``).
        self.detail = self.profile.detail
        self.import_action = import_team_action(ctx, self)
        import_button = QToolButton()
        import_button.setObjectName("import_team_button")
        import_button.setDefaultAction(self.import_action)
        self.build(
            self.service.list_reps,
            team_columns(chinese=ctx.prefers_chinese),
            count_text=self.tr("Reps: {count}"),
            bar=[QLabel(self.tr("Status:")), self.status_filter, import_button],
            side=self.profile,
        )
        self.status_filter.currentIndexChanged.connect(self.apply_filters)
        self.add_export_action(
            self.tr("Export review pack (PDF)…"), self.export_pack, "export_review_pack"
        )

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("TeamPane", "Team")

    def set_period(self, period: Period) -> None:
        super().set_period(period)
        self.profile.set_period(period)

    def filters(self) -> dict[str, object]:
        return {"region_id": self.region_id, "status": self.status_filter.currentData()}

    def show_selected(self, record: RepRecord | None) -> None:
        self.profile.show_record(record)

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
        in_region = self.region_id is None or rep.region_id == self.region_id
        if not (in_region and self.load_until(item_id)):
            # The email is unique: searching it lists this rep alone.
            self.model.set_query(search=rep.email, filters={})
            self.count_label.setText(self.tr("Showing {name} only").format(name=rep.name))
        self.select_id(item_id)

    # -- actions ---------------------------------------------------------------

    def create(self) -> None:
        dialog = RepDialog(self.ctx, region_id=self.region_id, parent=self)
        if self.run_dialog(dialog):
            record: RepRecord = dialog.result_value
            self.history.created(record)
            self.open_item(record.id)

    def edit_selected(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        try:
            # The row may be older than the database; edit what is stored now.
            record = self.service.get_rep(record.id)
        except NotFoundError as error:
            self.warn_and_reload(self.tr("Edit rep"), error)
            return
        dialog = RepDialog(self.ctx, record, parent=self)
        if self.run_dialog(dialog):
            self.history.edited(record, dialog.result_value)

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
            QMessageBox.warning(self, self.tr("Remove rep"), error_text(error))

    def export_pack(self) -> None:
        """The pack of the selected rep's latest review."""
        record = self.selected_record()
        if record is None:
            QMessageBox.information(
                self, self.tr("Export review pack"), self.tr("Select a rep to export first.")
            )
            return
        self.exporter.export_rep_latest(record.id, record.name)
