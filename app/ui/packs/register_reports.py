"""File → Reports: the region's risk, compliance and training registers as PDFs.

The same reports as ``outpost report``: the region is the one chosen in the
window's region selector, the training year the selected period's, the
language the console's. The PDF is rendered off the UI thread over its own
database connection; the status bar says where it was written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from app.reports.batch import safe_file_name
from app.reports.fonts import FontNotFoundError, install_hint
from app.reports.registers import ReportKind, write_report
from app.services.errors import ServiceError
from app.services.register_reports import RegisterReportService
from app.ui.context import UiContext
from app.ui.workers import PROGRESS_DELAY_MS, TaskRunner, TaskState


class RegisterReports(QObject):
    """The Reports submenu of a main window and the exports it starts."""

    written = Signal(Path)

    def __init__(
        self,
        ctx: UiContext,
        window: QMainWindow,
        region_id: Callable[[], int | None],
        year: Callable[[], int],
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self._region_id = region_id
        self._year = year
        self.runner: TaskRunner | None = None
        self.progress_delay_ms = PROGRESS_DELAY_MS
        self.menu = QMenu(self.tr("&Reports"), window)
        self.menu.setObjectName("reports_menu")
        self.actions: dict[ReportKind, QAction] = {}
        titles = {
            ReportKind.RISKS: self.tr("Risk register (PDF)…"),
            ReportKind.COMPLIANCE: self.tr("Compliance register (PDF)…"),
            ReportKind.TRAINING: self.tr("Training plan (PDF)…"),
        }
        for kind, text in titles.items():
            action = self.menu.addAction(text)
            action.setObjectName(f"report_{kind.value}_action")
            action.triggered.connect(lambda _=False, k=kind: self.export(k))
            self.actions[kind] = action

    def choose_file(self, default: Path) -> Path | None:
        """Ask where to write the PDF (tests replace this)."""
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save report"), str(default), self.tr("PDF files (*.pdf)")
        )
        return Path(name) if name else None

    def export(self, kind: ReportKind) -> TaskRunner | None:
        """Write the report ``kind`` of the selected region; None when nothing was started."""
        title = self.tr("Export report")
        region_id = self._region_id()
        if region_id is None:
            QMessageBox.information(
                self.window, title, self.tr("Choose a region in the region selector first.")
            )
            return None
        year = self._year()
        stem = f"{kind.value} {year}" if kind is ReportKind.TRAINING else kind.value
        out = self.choose_file(Path.home() / f"{safe_file_name(stem)}.pdf")
        if out is None:
            return None
        url = self.ctx.db.engine.url.render_as_string(hide_password=False)
        lang = "zh" if self.ctx.prefers_chinese else "en"
        message = self.tr("Writing {file}…").format(file=out.name)

        def task(state: TaskState) -> Path:
            state.set_status(message)
            service = RegisterReportService.connect(url)
            try:
                return write_report(
                    service, kind, region_id, out, today=dt.date.today(), year=year, lang=lang
                )
            finally:
                service.close()

        runner = TaskRunner(
            task, title=title, parent=self.window, progress_delay_ms=self.progress_delay_ms
        )
        runner.succeeded.connect(self._done)
        runner.failed.connect(lambda error: self._failed(title, error))
        runner.finished.connect(runner.deleteLater)
        self.runner = runner
        runner.start()
        return runner

    def _done(self, path: Path) -> None:
        self.window.statusBar().showMessage(
            self.tr("The report was written to {file}.").format(file=path), 15_000
        )
        self.written.emit(path)

    def _failed(self, title: str, error: BaseException) -> None:
        if isinstance(error, FontNotFoundError):
            text = self.tr("No usable font with Chinese characters: {reason}").format(reason=error)
            text += "\n\n" + self.tr("To fix it: {hint}.").format(hint=install_hint())
        elif isinstance(error, OSError):
            text = self.tr("The report could not be written: {reason}").format(reason=error)
        elif isinstance(error, ServiceError):
            text = str(error)
        else:
            raise error  # a bug: the application's error dialog shows it
        QMessageBox.warning(self.window, title, text)


__all__ = ["RegisterReports"]
