"""First start on an empty database: set up my region, load demo data, or start empty.

:func:`offer_first_start` is what the console runs once its window is shown.
The chooser is a small dialog of three big buttons; "Set up my region" runs
the :class:`~app.ui.first_start.wizard.SetupWizard`, "Load demo data" the
demo load of :mod:`app.ui.demo_offer` (off the UI thread, as before).
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.ui.context import UiContext
from app.ui.demo_offer import DEMO_REPS, DEMO_YEARS, database_is_empty, load_demo
from app.ui.first_start.wizard import SetupWizard, report_text
from app.ui.workers import TaskRunner

translate = QCoreApplication.translate


class Start(enum.Enum):
    SET_UP = "set_up"
    DEMO = "demo"
    EMPTY = "empty"


class FirstStartDialog(QDialog):
    """How to begin on an empty database; :attr:`choice` is the button pressed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_start")
        self.setWindowTitle(self.tr("Welcome to Outpost"))
        self.choice = Start.EMPTY
        intro = QLabel(self.tr("This database is empty. How would you like to begin?"))
        intro.setObjectName("first_start_intro")
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.buttons: dict[Start, QCommandLinkButton] = {}
        for choice, text, description in (
            (
                Start.SET_UP,
                self.tr("Set up my region"),
                self.tr(
                    "Say who you are, name your region and its countries, then import "
                    "your team from a spreadsheet or add the reps one by one."
                ),
            ),
            (
                Start.DEMO,
                self.tr("Load demo data"),
                self.tr(
                    "{reps} sample reps in several regions with {years} years of targets, "
                    "one-on-ones, reviews, training, risks and compliance, to try every area."
                ).format(reps=DEMO_REPS, years=DEMO_YEARS),
            ),
            (
                Start.EMPTY,
                self.tr("Start empty"),
                self.tr("Look around first; regions and people can be added later."),
            ),
        ):
            button = QCommandLinkButton(text, description)
            button.setObjectName(f"start_{choice.value}")
            button.clicked.connect(lambda _c=False, chosen=choice: self.choose(chosen))
            layout.addWidget(button)
            self.buttons[choice] = button
        self.buttons[Start.SET_UP].setDefault(True)
        self.resize(520, self.sizeHint().height())

    def choose(self, choice: Start) -> None:
        self.choice = choice
        self.accept()


def ask_how_to_start(parent: QWidget | None) -> Start:
    """Show the chooser; closing it means "start empty"."""
    dialog = FirstStartDialog(parent)
    try:
        dialog.exec()
        return dialog.choice
    finally:
        dialog.deleteLater()


def run_setup(ctx: UiContext, window: QWidget | None) -> SetupWizard | None:
    """Run the wizard; after Finish, show the new region (and the new-rep form). The wizard
    when finished, else None."""
    wizard = SetupWizard(ctx, window)
    try:
        if wizard.exec() != QDialog.DialogCode.Accepted or wizard.result is None:
            return None
    finally:
        wizard.deleteLater()
    region = wizard.result.region
    set_region = getattr(window, "set_region", None)
    if callable(set_region):
        set_region(region.id)
    if wizard.import_report is not None:
        QMessageBox.information(
            window,
            translate("FirstStart", "Team imported"),
            translate("FirstStart", "The team spreadsheet was imported:\n{counts}").format(
                counts=report_text(wizard.import_report)
            ),
        )
    elif wizard.add_reps_by_hand and isinstance(window, QMainWindow):
        # Once the wizard is gone: the Team pane with a new rep's form over it.
        QTimer.singleShot(0, window, lambda: _add_first_rep(window))
    return wizard


def _add_first_rep(window: QMainWindow) -> None:
    show_pane, pane = getattr(window, "show_pane", None), getattr(window, "pane", None)
    if callable(show_pane) and callable(pane):
        show_pane("team")
        pane("team").create()


def offer_first_start(ctx: UiContext, window: QWidget | None) -> TaskRunner | None:
    """On an empty database, ask how to begin; the demo load's runner when one started."""
    if not database_is_empty(ctx):
        return None
    choice = ask_how_to_start(window)
    if choice is Start.DEMO:
        return load_demo(ctx, window)
    if choice is Start.SET_UP:
        run_setup(ctx, window)
    return None


__all__ = [
    "FirstStartDialog",
    "Start",
    "ask_how_to_start",
    "offer_first_start",
    "run_setup",
]
