"""Export review packs from the console: one review, a rep's latest review, a cycle's region.

:class:`PackExporter` asks for the options (:class:`ExportPackDialog`), then
renders off the UI thread with a :class:`~app.ui.workers.TaskRunner` (a
cancellable progress dialog after ~0.5 s). A region's packs are rendered in
worker processes (:func:`~app.reports.batch.export_region`), which open their
own database connection from the URL. When done, a message offers to open
the file or the folder.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from shiboken6 import isValid

from app.reports.batch import export_pack, export_region, pack_file_name, safe_file_name
from app.reports.fonts import FontNotFoundError, install_hint
from app.services.base import PageRequest
from app.services.cycles import CycleService
from app.services.errors import NotFoundError, ServiceError
from app.services.pack_data import PackDataService
from app.services.review_queries import ReviewQueries
from app.ui.context import UiContext
from app.ui.packs.export_dialog import ExportPackDialog, PackOptions
from app.ui.workers import PROGRESS_DELAY_MS, TaskRunner, TaskState


@dataclass(frozen=True)
class ExportResult:
    """What a finished (or cancelled) export wrote."""

    files: tuple[Path, ...]
    folder: Path
    expected: int
    cancelled: bool = False


class PackExporter(QObject):
    """Runs pack exports for a pane; :attr:`runner` is the export under way (or last run)."""

    def __init__(self, ctx: UiContext, widget: QWidget) -> None:
        # No Qt parent: an export outlives a dialog closed while it runs.
        super().__init__()
        self.ctx = ctx
        self._widget = widget
        self.runner: TaskRunner | None = None
        self.result: ExportResult | None = None
        # How long an export runs before its progress dialog shows (tests delay it).
        self.progress_delay_ms = PROGRESS_DELAY_MS

    @property
    def widget(self) -> QWidget | None:
        """The widget messages belong to, None once it is gone."""
        return self._widget if isValid(self._widget) else None

    def _db_url(self) -> str:
        return self.ctx.db.engine.url.render_as_string(hide_password=False)

    def _ask(self, *, folder: bool, default_out: Path, subject: str) -> PackOptions | None:
        dialog = ExportPackDialog(
            self.ctx, folder=folder, default_out=default_out, subject=subject, parent=self.widget
        )
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.options
        finally:
            dialog.deleteLater()

    # -- entry points --------------------------------------------------------------------

    def export_review(self, review_id: int) -> TaskRunner | None:
        """Ask for the options, then write the pack of review ``review_id``."""
        title = self.tr("Export review pack")
        try:
            context = ReviewQueries(self.ctx.db).context(review_id)
        except NotFoundError as error:
            QMessageBox.warning(self.widget, title, str(error))
            return None
        rep = (
            f"{context.rep_name} {context.rep_name_zh}" if context.rep_name_zh else context.rep_name
        )
        options = self._ask(
            folder=False,
            default_out=Path.home() / pack_file_name(context.cycle_name, context.rep_name),
            subject=self.tr("{rep} — {cycle}").format(rep=rep, cycle=context.cycle_name),
        )
        if options is None:
            return None
        url = self._db_url()
        message = self.tr("Writing the pack of {rep}…").format(rep=rep)

        def task(state: TaskState) -> ExportResult:
            state.set_status(message)
            out = export_pack(
                url,
                review_id,
                options.out,
                lang=options.lang,
                font_path=options.font_path,
                password=options.password,
            )
            return ExportResult(files=(out,), folder=out.parent, expected=1)

        return self._start(task, title)

    def export_region(self, cycle_id: int) -> TaskRunner | None:
        """Ask for the options, then write every pack of cycle ``cycle_id`` and the summary."""
        title = self.tr("Export region packs")
        try:
            summary = CycleService(self.ctx.db).cycle_summary(cycle_id)
        except NotFoundError as error:
            QMessageBox.warning(self.widget, title, str(error))
            return None
        cycle = summary.cycle
        count = len(PackDataService(self.ctx.db).review_ids(cycle_id))
        if count == 0:
            QMessageBox.information(
                self.widget,
                title,
                self.tr("The cycle “{name}” has no reviews.").format(name=cycle.name),
            )
            return None
        options = self._ask(
            folder=True,
            default_out=Path.home() / safe_file_name(cycle.name),
            subject=self.tr("{cycle}: {count} packs and the region summary").format(
                cycle=cycle.name, count=count
            ),
        )
        if options is None:
            return None
        url = self._db_url()
        template = self.tr("Written {done} of {total} files…")

        def task(state: TaskState) -> ExportResult:
            def progress(done: int, total: int) -> None:
                state.set_progress(
                    done * 100 // max(total, 1), template.format(done=done, total=total)
                )

            files = export_region(
                url,
                cycle_id,
                options.out,
                lang=options.lang,
                font_path=options.font_path,
                password=options.password,
                jobs=options.jobs,
                progress=progress,
                cancelled=lambda: state.cancelled,
            )
            return ExportResult(
                files=tuple(files),
                folder=options.out,
                expected=count + 1,
                cancelled=state.cancelled and len(files) < count + 1,
            )

        return self._start(task, title)

    def export_rep_latest(self, rep_id: int, rep_name: str) -> TaskRunner | None:
        """Export the pack of the rep's latest review (by the cycle's period)."""
        review_id = latest_review_id(self.ctx, rep_id)
        if review_id is None:
            QMessageBox.information(
                self.widget,
                self.tr("Export review pack"),
                self.tr(
                    "{name} has no performance review yet, so there is no pack to export."
                ).format(name=rep_name),
            )
            return None
        return self.export_review(review_id)

    # -- running -------------------------------------------------------------------------

    def _start(self, task: Callable[[TaskState], ExportResult], title: str) -> TaskRunner:
        self.result = None
        runner = TaskRunner(
            task,
            title=title,
            parent=self.widget,
            progress_delay_ms=self.progress_delay_ms,
        )
        runner.succeeded.connect(lambda result: self._done(title, result))
        runner.failed.connect(lambda error: self._failed(title, error))
        runner.finished.connect(runner.deleteLater)
        self.runner = runner
        runner.start()
        return runner

    def _failed(self, title: str, error: BaseException) -> None:
        if isinstance(error, FontNotFoundError):
            text = self.tr("No usable font with Chinese characters: {reason}").format(reason=error)
            text += "\n\n" + self.tr("To fix it: {hint}.").format(hint=install_hint())
        elif isinstance(error, OSError):
            text = self.tr("The pack could not be written: {reason}").format(reason=error)
        elif isinstance(error, ServiceError):
            text = str(error)
        else:
            raise error  # a bug: the application's error dialog shows it
        QMessageBox.warning(self.widget, title, text)

    def _done(self, title: str, result: ExportResult) -> None:
        self.result = result
        box = QMessageBox(self.widget)
        box.setWindowTitle(title)
        box.setIcon(QMessageBox.Icon.Information)
        if result.cancelled:
            box.setText(
                self.tr("Cancelled: {done} of {total} files were written to {folder}.").format(
                    done=len(result.files), total=result.expected, folder=result.folder
                )
            )
        elif len(result.files) == 1:
            box.setText(self.tr("The pack was written to {file}.").format(file=result.files[0]))
        else:
            box.setText(
                self.tr("{count} files were written to {folder}.").format(
                    count=len(result.files), folder=result.folder
                )
            )
        open_file = None
        if len(result.files) == 1 and not result.cancelled:
            open_file = box.addButton(self.tr("Open file"), QMessageBox.ButtonRole.ActionRole)
        open_folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        close = box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(open_file or open_folder)
        box.setEscapeButton(close)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if open_file is not None and clicked is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.files[0])))
        elif clicked is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.folder)))


def latest_review_id(ctx: UiContext, rep_id: int) -> int | None:
    """The rep's review in the cycle with the latest period, or None (two queries)."""
    page = ReviewQueries(ctx.db).list_reviews(
        PageRequest(offset=0, limit=10_000, filters={"rep_id": rep_id})
    )
    if not page.rows:
        return None
    ends = {c.id: c.period_end for c in CycleService(ctx.db).list_cycles(None)}
    latest = max(page.rows, key=lambda r: (ends.get(r.cycle_id, dt.date.min), r.id))
    return latest.id


__all__ = ["ExportResult", "PackExporter", "latest_review_id"]
