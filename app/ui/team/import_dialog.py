"""Import a team spreadsheet from the console: choose the file, preview, then import.

Choosing a file reads it and runs the import as a dry run off the UI thread
(:class:`TeamImportService`, the same use case as ``outpost import team``);
the preview shows every sheet's rows with what the import would do, and every
bad cell as ``sheet, row, column: reason`` (a click selects the cell). Import
is offered only when no cell is bad and something would change; it writes the
rows previewed in one transaction and announces the change on the bus.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.io.team_sheet import TeamSheetError, read_team_sheet, write_template
from app.services.team_import import TeamImportService
from app.services.team_rows import SHEETS, CellError, ImportReport, RowStatus, TeamRows
from app.ui.context import UiContext
from app.ui.error_text import message_text
from app.ui.team.import_preview import PreviewModel, error_text, sheet_label
from app.ui.workers import TaskRunner, TaskState

#: What an import may change: the panes listening reload.
IMPORT_TOPICS = ("regions", "managers", "reps", "rates", "courses", "training")

XLSX_FILTER = "XLSX (*.xlsx)"


class TeamImportDialog(QDialog):
    """The team spreadsheet's preview and import.

    Signals: ``previewed(report)`` after each dry run, ``imported(report)``
    after the rows are written (tests and the wizard wait on them).
    """

    previewed = Signal(object)
    imported = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = TeamImportService(ctx.db)
        self.path: Path | None = None
        self.rows: TeamRows | None = None
        self.report: ImportReport | None = None
        self.runner: TaskRunner | None = None
        self.models: dict[str, PreviewModel] = {}
        self.views: dict[str, QTableView] = {}
        self.setWindowTitle(self.tr("Import team spreadsheet"))
        self.setObjectName("team_import_dialog")

        self.file_label = QLabel(self.tr("Choose a filled team spreadsheet (.xlsx)."))
        self.file_label.setObjectName("file_label")
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.setObjectName("choose_button")
        self.template_button = QPushButton(self.tr("Save a blank template…"))
        self.template_button.setObjectName("template_button")
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        top.addWidget(self.template_button)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("sheet_tabs")
        for sheet in SHEETS:
            view = QTableView()
            view.setObjectName(f"grid_{sheet}")
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.verticalHeader().hide()
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
            view.horizontalHeader().setStretchLastSection(True)
            self.views[sheet] = view
            self.tabs.addTab(view, sheet_label(sheet))
        self.totals_label = QLabel()
        self.totals_label.setObjectName("totals_label")
        self.totals_label.setWordWrap(True)
        self.errors_label = QLabel(self.tr("Errors (click one to see its cell):"))
        self.error_list = QListWidget()
        self.error_list.setObjectName("error_list")
        self.error_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("import_button")
        self.import_button.setEnabled(False)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.errors_label)
        layout.addWidget(self.error_list)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self._show_errors(())

        self.choose_button.clicked.connect(self.choose_file)
        self.template_button.clicked.connect(self.choose_template_path)
        self.import_button.clicked.connect(self.import_rows)
        self.close_button.clicked.connect(self.reject)
        self.error_list.itemClicked.connect(self._error_clicked)
        self.error_list.itemActivated.connect(self._error_clicked)
        self.resize(980, 620)

    # -- choosing and previewing -------------------------------------------------------

    def choose_file(self) -> None:
        start = str(self.path.parent) if self.path else ""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Team spreadsheet to import"), start, XLSX_FILTER
        )
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        """Read ``path`` and preview the import (a dry run) off the UI thread."""
        if self.is_running():
            return
        self.path, self.rows, self.report = path, None, None
        self.file_label.setText(str(path))
        self._clear_preview()
        service = self.service
        status = self.tr("Checking {file}…").format(file=path.name)

        def task(state: TaskState) -> tuple[TeamRows, ImportReport]:
            state.set_status(status)
            rows = read_team_sheet(path)
            return rows, service.import_rows(rows, dry_run=True)

        self._run(task, self.tr("Checking the spreadsheet"), self._preview_ready)

    def _preview_ready(self, result: tuple[TeamRows, ImportReport]) -> None:
        self.rows, self.report = result
        self._show_report(result[1])
        self.previewed.emit(result[1])

    def _show_report(self, report: ImportReport) -> None:
        assert self.rows is not None
        for sheet, view in self.views.items():
            model = PreviewModel(
                sheet, self.rows.rows(sheet), report.outcomes(sheet), report.errors, view
            )
            old = view.model()
            view.setModel(model)
            if old is not None:
                old.deleteLater()
            view.resizeColumnsToContents()
            self.models[sheet] = model
            self.tabs.setTabText(self.tabs.indexOf(view), self._tab_text(sheet, report))
        self.totals_label.setText(self._totals_text(report))
        self._show_errors(report.errors)
        changes = any(o.status in (RowStatus.NEW, RowStatus.UPDATE) for o in report.rows)
        self.import_button.setEnabled(self.can_import())
        if not report.ok:
            self.status_label.setText(
                self.tr("{count} bad cell(s): correct the file and choose it again.").format(
                    count=len(report.errors)
                )
            )
        elif not changes:
            self.status_label.setText(
                self.tr("Nothing to import: every row is already stored as it is in the file.")
            )
        else:
            self.status_label.setText(self.tr("Ready: press Import to write these rows."))
        first = next((s for s in SHEETS if self.rows.rows(s)), None)
        if first is not None and report.ok:
            self.tabs.setCurrentWidget(self.views[first])

    def _tab_text(self, sheet: str, report: ImportReport) -> str:
        bad = sum(1 for o in report.outcomes(sheet) if o.status is RowStatus.ERROR)
        rows = len(report.outcomes(sheet))
        if bad:
            return self.tr("{sheet} ({rows}, {bad} with errors)").format(
                sheet=sheet_label(sheet), rows=rows, bad=bad
            )
        return self.tr("{sheet} ({rows})").format(sheet=sheet_label(sheet), rows=rows)

    def _totals_text(self, report: ImportReport) -> str:
        def count(status: RowStatus) -> int:
            return sum(1 for o in report.rows if o.status is status)

        text = self.tr(
            "{new} new, {update} to update, {unchanged} unchanged, {error} with errors"
        ).format(
            new=count(RowStatus.NEW),
            update=count(RowStatus.UPDATE),
            unchanged=count(RowStatus.UNCHANGED),
            error=count(RowStatus.ERROR),
        )
        skipped = count(RowStatus.SKIPPED)
        if skipped:
            text += self.tr(", {skipped} not checked").format(skipped=skipped)
        return text

    def _clear_preview(self) -> None:
        for sheet, view in self.views.items():
            old = view.model()
            view.setModel(None)  # type: ignore[arg-type]
            if old is not None:
                old.deleteLater()
            self.tabs.setTabText(self.tabs.indexOf(view), sheet_label(sheet))
        self.models.clear()
        self.totals_label.clear()
        self._show_errors(())
        self.import_button.setEnabled(False)

    def _show_errors(self, errors: tuple[CellError, ...]) -> None:
        self.error_list.clear()
        for error in errors:
            item = QListWidgetItem(error_text(error))
            item.setData(Qt.ItemDataRole.UserRole, error)
            self.error_list.addItem(item)
        self.errors_label.setVisible(bool(errors))
        self.error_list.setVisible(bool(errors))

    def _error_clicked(self, item: QListWidgetItem) -> None:
        self.select_cell(item.data(Qt.ItemDataRole.UserRole))

    def select_cell(self, error: CellError) -> None:
        """Show the sheet of ``error`` and select its cell (a header error: its tab)."""
        view = self.views.get(error.sheet)
        model = self.models.get(error.sheet)
        if view is None or model is None:
            return
        self.tabs.setCurrentWidget(view)
        row, column = model.row_of(error.row), model.column_of(error.column)
        if row < 0 or column < 0:
            return
        index = model.index(row, column)
        view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        view.scrollTo(index)
        view.setFocus()

    # -- importing ---------------------------------------------------------------------

    def can_import(self) -> bool:
        """A preview without bad cells, with something to write, not yet written."""
        report = self.report
        if report is None or not report.ok or report.written:
            return False
        return any(o.status in (RowStatus.NEW, RowStatus.UPDATE) for o in report.rows)

    def import_rows(self) -> None:
        """Write the rows previewed, all or nothing, off the UI thread."""
        if self.rows is None or self.is_running():
            return
        rows, service = self.rows, self.service
        status = self.tr("Importing…")

        def task(state: TaskState) -> ImportReport:
            state.set_status(status)
            return service.import_rows(rows)

        self._run(task, self.tr("Importing the team spreadsheet"), self._imported)

    def _imported(self, report: ImportReport) -> None:
        self.report = report
        self._show_report(report)
        if not report.written:
            # The database changed since the preview and a row no longer fits.
            self.previewed.emit(report)
            return
        self.ctx.bus.emit_changed(*IMPORT_TOPICS)
        self.status_label.setText(self._written_text(report))
        self.imported.emit(report)

    def _written_text(self, report: ImportReport) -> str:
        parts = [
            self.tr("{sheet}: {created} created, {updated} updated").format(
                sheet=sheet_label(sheet), created=counts.created, updated=counts.updated
            )
            for sheet, counts in report.counts.items()
            if counts.created or counts.updated
        ]
        return self.tr("Imported. {counts}.").format(counts="; ".join(parts))

    # -- the template -----------------------------------------------------------------

    def choose_template_path(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a blank team template"), "team.xlsx", XLSX_FILTER
        )
        if path:
            self.save_template(Path(path))

    def save_template(self, path: Path) -> None:
        """Write the blank template (the one ``outpost template team`` writes) to ``path``."""
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        try:
            write_template(path)
        except OSError as error:
            self.status_label.setText(
                self.tr("Cannot write {path}: {reason}").format(path=path, reason=error.strerror)
            )
            return
        self.status_label.setText(self.tr("Blank template saved to {path}.").format(path=path))

    # -- running -----------------------------------------------------------------------

    def is_running(self) -> bool:
        return self.runner is not None and self.runner.running

    def _run(self, task: Callable[[TaskState], Any], title: str, on_success: Callable) -> None:
        self._set_busy(True)
        runner = TaskRunner(task, title=title, parent=self)
        runner.succeeded.connect(on_success)
        runner.failed.connect(self._failed)
        runner.finished.connect(self._finished)
        self.runner = runner
        runner.start()

    def _set_busy(self, busy: bool) -> None:
        self.choose_button.setEnabled(not busy)
        self.template_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy and self.can_import())
        if busy:
            self.status_label.setText(self.tr("Working…"))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, TeamSheetError):
            self.status_label.setText(
                self.tr("This file cannot be imported: {reason}").format(reason=message_text(error))
            )
        else:
            self.status_label.clear()
            sys.excepthook(type(error), error, error.__traceback__)

    def _finished(self) -> None:
        runner, self.runner = self.runner, None
        if runner is not None:
            runner.deleteLater()
        self._set_busy(False)

    def reject(self) -> None:
        # Closing while a task runs would leave it writing to a dialog being deleted.
        if not self.is_running():
            super().reject()


def import_team_action(ctx: UiContext, parent: QWidget) -> QAction:
    """The "Import team spreadsheet…" action (File menu, Team pane) opening the dialog."""
    action = QAction(
        QCoreApplication.translate("TeamImportDialog", "Import team spreadsheet…"), parent
    )
    action.setObjectName("import_team_action")
    action.setStatusTip(
        QCoreApplication.translate(
            "TeamImportDialog", "Import regions, managers, reps, rates and courses from XLSX"
        )
    )

    def open_dialog() -> None:
        dialog = TeamImportDialog(ctx, parent)
        dialog.exec()
        dialog.deleteLater()

    action.triggered.connect(open_dialog)
    return action


__all__ = ["IMPORT_TOPICS", "TeamImportDialog", "import_team_action"]
