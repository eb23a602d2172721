"""UI fixtures: a context over a real SQLite file, settings in the test's own folder."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import insert

from app.db.engine import Database
from app.db.org import Rep
from app.paths import AppPaths, app_paths
from app.services.team import RegionRecord
from app.ui.change_bus import ChangeBus
from app.ui.context import UiContext, open_settings
from app.ui.error_dialog import ErrorDialog
from tests.services.factories import make_region, make_rep


@pytest.fixture(autouse=True)
def no_window_left_open(qapp: QApplication) -> Iterator[None]:
    """Fail the test that leaves a window open (autouse: torn down after qtbot)."""
    yield
    QApplication.processEvents()
    leftovers = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for widget in leftovers:
        widget.close()
    assert not leftovers, f"windows left open: {leftovers}"


_dialogs_answered = False


@pytest.fixture(autouse=True)
def unexpected_errors_fail(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """An unexpected exception fails its test instead of blocking it.

    ``start()`` installs the app's excepthook, whose error dialog is modal: in
    a test nobody would close it. Unless the test answers dialogs itself
    (``answer_dialog``), the dialog is recorded instead of shown, and the test
    fails with its message. sys.excepthook is restored afterwards.
    """
    global _dialogs_answered
    _dialogs_answered = False
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    unexpected: list[str] = []
    shown = ErrorDialog.exec

    def exec_or_record(dialog: ErrorDialog) -> int:
        if _dialogs_answered:
            return shown(dialog)
        unexpected.append(dialog.details)
        return 0

    monkeypatch.setattr(ErrorDialog, "exec", exec_or_record)
    yield
    assert not unexpected, "unexpected exception:\n" + "\n".join(unexpected)


@pytest.fixture
def ui_paths(tmp_path: Path) -> AppPaths:
    return app_paths(tmp_path / "outpost-data").ensure()


@pytest.fixture
def ctx(sqlite_database: Database, ui_paths: AppPaths, qapp: QApplication) -> Iterator[UiContext]:
    bus = ChangeBus()
    yield UiContext(db=sqlite_database, bus=bus, settings=open_settings(ui_paths), paths=ui_paths)
    bus.deleteLater()


@pytest.fixture
def team(sqlite_database: Database) -> dict[str, object]:
    """Two regions and six reps with Chinese names (one permit expired, one expiring)."""
    today = dt.date.today()
    asia = make_region(sqlite_database, name="South-East Asia", name_zh="东南亚")
    gulf = make_region(sqlite_database, name="Gulf", name_zh="海湾", countries=("AE", "SA"))
    people = [
        ("Li Wei", "李伟", "SG", "Singapore", "Asia/Singapore", "SGD", 30, asia),
        ("Zhang Min", "张敏", "MY", "Kuala Lumpur", "Asia/Kuala_Lumpur", "MYR", -5, asia),
        ("Wang Fang", "王芳", "TH", "Bangkok", "Asia/Bangkok", "THB", 400, asia),
        ("Chen Jie", "陈杰", "AE", "Dubai", "Asia/Dubai", "AED", 200, gulf),
        ("Liu Yang", "刘洋", "SA", "Riyadh", "Asia/Riyadh", "SAR", None, gulf),
        ("Zhao Lei", "赵磊", "AE", "Abu Dhabi", "Asia/Dubai", "AED", 90, gulf),
    ]
    reps = {}
    for name, zh, country, city, zone, currency, days, region in people:
        reps[name] = make_rep(
            sqlite_database,
            region.id,
            name=name,
            name_zh=zh,
            posting_country=country,
            posting_city=city,
            time_zone=zone,
            currency=currency,
            work_permit_expiry=None if days is None else today + dt.timedelta(days=days),
        )
    return {"asia": asia, "gulf": gulf, "reps": reps}


def bulk_reps(db: Database, region: RegionRecord, count: int) -> None:
    """``count`` reps in one Core insert (fast enough for paging tests)."""
    rows = [
        {
            "name": f"Bulk {i:04d}",
            "name_zh": f"批量 {i:04d}",
            "email": f"bulk{i}@example.com",
            "region_id": region.id,
            "posting_country": "SG",
            "posting_city": "Singapore",
            "time_zone": "Asia/Singapore",
            "currency": "SGD",
            "posting_start": dt.date(2024, 1, 1) + dt.timedelta(days=i % 300),
            "focus": "both",
            "languages": "zh,en",
            "status": "active",
        }
        for i in range(count)
    ]
    with db.session() as session:
        session.execute(insert(Rep), rows)


@dataclass(frozen=True)
class SeenDialog:
    """What a dialog showed when the test answered it (the widget may be gone since)."""

    title: str
    text: str
    class_name: str


@pytest.fixture
def answer_dialog(qapp: QApplication) -> Iterator[Callable[..., list[SeenDialog]]]:
    """Answer the next modal dialog as a user would; returns what the dialogs showed.

    ``answer_dialog(QMessageBox.StandardButton.No)`` clicks No on the next message
    box; ``answer_dialog(callback)`` hands the dialog to ``callback`` instead.
    """
    global _dialogs_answered
    _dialogs_answered = True
    seen: list[SeenDialog] = []
    # A poll still waiting when the test ends must not answer the next test's
    # dialog (that made an unrelated test fail, depending on test order).
    armed = [True]

    def arm(answer: object, *, attempts: int = 200) -> list[SeenDialog]:
        def poll(left: int = attempts) -> None:
            if not armed[0]:
                return
            dialog = QApplication.activeModalWidget()
            if dialog is None or not dialog.isVisible():
                if left > 0:
                    QTimer.singleShot(10, lambda: poll(left - 1))
                return
            text = dialog.text() if isinstance(dialog, QMessageBox) else ""
            seen.append(SeenDialog(dialog.windowTitle(), text, type(dialog).__name__))
            if callable(answer):
                answer(dialog)
            elif isinstance(dialog, QMessageBox):
                dialog.button(answer).click()  # type: ignore[arg-type]
            elif isinstance(dialog, QDialog):
                dialog.reject()

        QTimer.singleShot(0, poll)
        return seen

    yield arm
    armed[0] = False


@pytest.fixture
def restore_start_globals(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Undo what ``application.start()`` installs: the excepthook, a log handler,
    the translators (and the default locale they set)."""
    import logging

    from app.ui import application
    from app.ui.translations import install_translators

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    handlers = list(logging.getLogger().handlers)
    level = logging.getLogger().level
    yield
    root = logging.getLogger()
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    app = QApplication.instance()
    for translator in application._translators:
        app.removeTranslator(translator)
    application._translators.clear()
    install_translators(app, "en")  # the default locale back to English
