"""TaskRunner: results come back on the UI thread; progress dialog only for slow work."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QPushButton

from app.ui.workers import TaskCancelled, TaskRunner, TaskState


def test_quick_task_returns_its_result_without_a_dialog(qtbot) -> None:
    seen: list[tuple[int, str]] = []
    threads: list[QThread] = []

    def task(state: TaskState) -> int:
        threads.append(QThread.currentThread())
        state.set_progress(50, "half")
        return sum(range(10))

    runner = TaskRunner(task, progress_delay_ms=60_000)
    runner.progressed.connect(lambda p, m: seen.append((p, m)))
    with qtbot.waitSignal(runner.succeeded) as blocker:
        runner.start()

    assert blocker.args == [45]
    assert seen == [(50, "half")]
    assert runner.progress_dialog is None
    assert threads[0] is not QApplication.instance().thread()


def test_slow_task_shows_progress_and_can_be_cancelled(qtbot) -> None:
    release = threading.Event()
    answers: list[bool] = []

    def task(state: TaskState) -> str:
        state.progress_callback(0, "step 0")
        # Busy until the test has clicked Cancel (bounded so a broken test cannot
        # hang), then reports again, and that report says whether to stop.
        release.wait(30)
        keep_going = state.progress_callback(50, "step 1")
        answers.append(keep_going)
        if not keep_going:
            raise TaskCancelled
        return "ran out"

    runner = TaskRunner(task, title="Slow", progress_delay_ms=0)
    cancelled: list[bool] = []
    runner.cancelled.connect(lambda: cancelled.append(True))
    runner.start()
    try:
        qtbot.waitUntil(
            lambda: runner.progress_dialog is not None and runner.progress_dialog.isVisible()
        )
        assert runner.progress_dialog.windowTitle() == "Slow"

        cancel_button = runner.progress_dialog.findChild(QPushButton)
        assert cancel_button.text() == "Cancel"
        with qtbot.waitSignal(runner.finished):
            qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
            release.set()
    finally:
        release.set()

    assert cancelled == [True]
    assert answers == [False]
    assert runner.progress_dialog is None


def test_failing_task_reports_its_exception(qtbot) -> None:
    def task(_state: TaskState) -> None:
        raise ValueError("bad row 3")

    runner = TaskRunner(task, progress_delay_ms=60_000)
    with qtbot.waitSignal(runner.failed) as blocker:
        runner.start()
    assert isinstance(blocker.args[0], ValueError)
    assert str(blocker.args[0]) == "bad row 3"


@pytest.mark.parametrize("percent", [-5, 140])
def test_progress_is_clamped(percent: int) -> None:
    reported: list[int] = []
    state = TaskState(lambda p, _m: reported.append(p))
    state.set_progress(percent)
    assert reported == [0 if percent < 0 else 100]


def test_a_task_that_finished_despite_a_late_cancel_succeeded(qtbot) -> None:
    def task(state: TaskState) -> str:
        state.cancel()  # as if the user clicked Cancel just as the work ended
        return "written"

    runner = TaskRunner(task, progress_delay_ms=60_000)
    with qtbot.waitSignal(runner.succeeded) as blocker:
        runner.start()
    assert blocker.args == ["written"]
