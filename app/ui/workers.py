"""Long work off the UI thread, with progress and cancel.

A task is a plain function ``task(state) -> result`` run on a worker thread; it
reports through ``state.set_progress`` / ``state.set_status`` and looks at
``state.cancelled``. :class:`TaskRunner` carries the results back to the UI
thread as signals and shows a progress dialog only when the work takes longer
than about half a second (orange3's and anki's habit), so quick jobs never flash
a dialog.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

log = logging.getLogger(__name__)

#: How long a task may run before the progress dialog appears.
PROGRESS_DELAY_MS = 500

# Runners kept alive until their task ends (they have no Qt parent on purpose).
_ALIVE: set[TaskRunner] = set()


class TaskCancelled(Exception):
    """Raised by a task that stopped because the user cancelled it."""


class TaskState:
    """What a running task reports to, and asks whether it should stop.

    Thread-safe: the worker writes progress, the UI thread sets ``cancelled``.
    """

    def __init__(self, report: Callable[[int, str], None] | None = None) -> None:
        self._report = report or (lambda _percent, _message: None)
        self._cancel = threading.Event()
        self._percent = 0
        self._message = ""

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def set_progress(self, percent: int, message: str | None = None) -> None:
        self._percent = max(0, min(100, int(percent)))
        if message is not None:
            self._message = message
        try:
            self._report(self._percent, self._message)
        except RuntimeError:
            # Nobody is listening any more (the app is closing): stop the task.
            self._cancel.set()

    def set_status(self, message: str) -> None:
        self.set_progress(self._percent, message)

    def raise_if_cancelled(self) -> None:
        if self.cancelled:
            raise TaskCancelled

    def progress_callback(self, percent: int, message: str) -> bool:
        """The ``progress(percent, message) -> bool`` shape services take: False stops them."""
        self.set_progress(percent, message)
        return not self.cancelled


class _Signals(QObject):
    # Lives in the UI thread; emitting from the worker queues the calls there.
    progressed = Signal(int, str)
    done = Signal(object, object)  # result, exception (one of them is None)


class _Runnable(QRunnable):
    def __init__(self, task: Callable[[TaskState], Any], state: TaskState, signals: _Signals):
        super().__init__()
        self.setAutoDelete(True)
        self._task = task
        self._state = state
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._task(self._state)
        except BaseException as exc:  # handed to the UI thread, not lost
            self._finish(None, exc)
        else:
            self._finish(result, None)

    def _finish(self, result: object, error: BaseException | None) -> None:
        try:
            self._signals.done.emit(result, error)
        except RuntimeError:
            # The application is shutting down and took the signals with it.
            log.warning("task ended after the application closed", exc_info=error)


class TaskRunner(QObject):
    """Runs one task on a pool thread and reports on the UI thread.

    Signals: ``progressed(percent, message)``, ``succeeded(result)``,
    ``failed(exception)``, ``cancelled()``, then ``finished()`` in every case.
    A task that stops on cancel raises (:class:`TaskCancelled` or its own
    error); one that returns normally succeeded, even if the cancel came too
    late to stop it, because its work is done.
    """

    progressed = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(
        self,
        task: Callable[[TaskState], Any],
        *,
        title: str = "",
        parent: QWidget | None = None,
        progress_delay_ms: int = PROGRESS_DELAY_MS,
        pool: QThreadPool | None = None,
    ) -> None:
        # Not a QObject child of ``parent``: a window closed mid-task must not
        # delete the signals a worker thread is about to emit.
        super().__init__()
        self._task = task
        self._title = title
        self._parent_widget = parent
        self._pool = pool or QThreadPool.globalInstance()
        self._signals = _Signals(self)
        self._signals.progressed.connect(self._on_progress)
        self._signals.done.connect(self._on_done)
        self.state = TaskState(self._signals.progressed.emit)
        self.progress_dialog: QProgressDialog | None = None
        self.running = False
        self._last = (0, "")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(progress_delay_ms)
        self._timer.timeout.connect(self._show_progress)

    def start(self) -> None:
        _ALIVE.add(self)
        self.finished.connect(lambda: _ALIVE.discard(self))
        self.running = True
        self._timer.start()
        self._pool.start(_Runnable(self._task, self.state, self._signals))

    def cancel(self) -> None:
        self.state.cancel()
        if self.progress_dialog is not None:
            self.progress_dialog.setLabelText(self.tr("Cancelling…"))

    @Slot()
    def _show_progress(self) -> None:
        if not self.running or self.progress_dialog is not None:
            return
        parent = self._parent_widget
        dialog = QProgressDialog(parent if parent is not None and isValid(parent) else None)
        dialog.setWindowTitle(self._title or self.tr("Working"))
        dialog.setCancelButtonText(self.tr("Cancel"))
        dialog.setRange(0, 100)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(380)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setValue(self._last[0])
        dialog.setLabelText(self._last[1] or self.tr("Please wait…"))
        dialog.canceled.connect(self.cancel)
        self.progress_dialog = dialog
        dialog.show()

    @Slot(int, str)
    def _on_progress(self, percent: int, message: str) -> None:
        self._last = (percent, message)
        dialog = self.progress_dialog
        if dialog is not None and not self.state.cancelled:
            # A modal dialog's setValue processes events, which may deliver the
            # task's end and close the dialog (progress_dialog is None after it).
            dialog.setValue(percent)
            if message and self.progress_dialog is dialog:
                dialog.setLabelText(message)
        self.progressed.emit(percent, message)

    @Slot(object, object)
    def _on_done(self, result: object, error: object) -> None:
        self.running = False
        self._timer.stop()
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect(self.cancel)
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        if error is None:
            self.succeeded.emit(result)
        elif isinstance(error, TaskCancelled) or self.state.cancelled:
            self.cancelled.emit()
        else:
            self.failed.emit(error)
        self.finished.emit()


def run_task(
    task: Callable[[TaskState], Any],
    *,
    title: str,
    parent: QWidget | None,
    on_success: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
) -> TaskRunner:
    """Start ``task`` off the UI thread; the callbacks run on the UI thread."""
    runner = TaskRunner(task, title=title, parent=parent)
    if on_success is not None:
        runner.succeeded.connect(on_success)
    if on_error is not None:
        runner.failed.connect(on_error)
    if on_cancel is not None:
        runner.cancelled.connect(on_cancel)
    runner.finished.connect(runner.deleteLater)
    runner.start()
    return runner
