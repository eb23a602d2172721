"""Demo data: load it off the UI thread (offered by app/ui/first_start on an empty database)."""

from __future__ import annotations

import logging
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from app.ui.change_bus import EVERYTHING
from app.ui.context import UiContext
from app.ui.error_text import error_text
from app.ui.workers import TaskRunner, TaskState, run_task

log = logging.getLogger(__name__)

DEMO_REPS = 40
DEMO_YEARS = 2


translate = QCoreApplication.translate


def database_is_empty(ctx: UiContext) -> bool:
    from app.services import demo

    return bool(demo.is_empty(ctx.db))


def load_demo(ctx: UiContext, parent: QWidget | None, reps: int = DEMO_REPS) -> TaskRunner:
    """Generate demo data on a worker thread; panes refresh through the change bus."""
    from app.services import demo

    db = ctx.db

    def task(state: TaskState) -> Any:
        status = translate("DemoOffer", "Creating demo data…")
        state.set_status(status)

        def progress(percent: int, _message: str) -> bool:
            # The generator's step names are English log text; the dialog keeps
            # its own translated label and shows only the percentage.
            return state.progress_callback(percent, status)

        return demo.generate_demo(db, reps=reps, years=DEMO_YEARS, progress=progress)

    def succeeded(summary: Any) -> None:
        log.info("demo data loaded: %s", summary)
        ctx.bus.emit_changed(EVERYTHING)
        _status(parent, translate("DemoOffer", "Demo data loaded."))

    def cancelled() -> None:
        # The generator writes in one transaction, but refresh anyway in case it did not.
        ctx.bus.emit_changed(EVERYTHING)
        _status(parent, translate("DemoOffer", "Loading demo data was cancelled."))

    def failed(error: BaseException) -> None:
        if isinstance(error, demo.DemoRefusedError):
            QMessageBox.warning(parent, translate("DemoOffer", "Demo data"), error_text(error))
        else:
            sys.excepthook(type(error), error, error.__traceback__)

    return run_task(
        task,
        title=translate("DemoOffer", "Loading demo data"),
        parent=parent,
        on_success=succeeded,
        on_error=failed,
        on_cancel=cancelled,
    )


def _status(parent: QWidget | None, message: str) -> None:
    if isinstance(parent, QMainWindow):
        parent.statusBar().showMessage(message, 10_000)
