"""In Chinese, no visible text of any pane is English (the data aside).

A text counts as English when a run of two or more ASCII letters is left after
the data is taken out. Data is what the test put in the database or what names
the machine: region and rep names (``team`` fixture), the database path and the
user (status bar). ``ALLOWED`` lists the acronyms and names the console writes
in both languages alike.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QTableView,
    QWidget,
)

from app.services.listing import PageRequest
from app.services.team import TeamService
from app.ui.main_window import MainWindow
from tests.ui.test_translations import chinese  # noqa: F401  (the fixture)

WORD = re.compile(r"[A-Za-z]{2,}")
ALLOWED = {"KPI", "CSAT", "DSO", "SMART", "Outpost", "UTC", "Ctrl", "PDF", "XLSX", "CSV", "FX"}


def visible_texts(root: QWidget) -> list[str]:
    """Labels, buttons, group and tab titles, combo items, placeholders, table headers."""
    found = [w.text() for w in root.findChildren(QLabel)]
    found += [w.text() for w in root.findChildren(QAbstractButton)]
    found += [w.title() for w in root.findChildren(QGroupBox)]
    for bar in root.findChildren(QTabBar):
        found += [bar.tabText(i) for i in range(bar.count())]
    for combo in root.findChildren(QComboBox):
        found += [combo.itemText(i) for i in range(combo.count())]
    found += [w.placeholderText() for w in root.findChildren(QLineEdit)]
    for view in root.findChildren(QTableView):
        model = view.model()
        if model is not None:
            found += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(view.horizontalHeader().count())
            ]
    found.append(root.windowTitle())
    return found


def english_words(text: str, data: list[str]) -> list[str]:
    for value in sorted(data, key=len, reverse=True):
        text = text.replace(value, " ")
    return [word for word in WORD.findall(text) if word not in ALLOWED]


def test_no_pane_shows_english_in_chinese(qtbot, ctx, team, chinese) -> None:  # noqa: F811
    reps = TeamService(ctx.db).list_reps(PageRequest(limit=1000)).rows
    regions = TeamService(ctx.db).list_regions()
    data = [r.name for r in reps] + [r.name for r in regions]
    data += [str(ctx.db.description), ctx.db.actor]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    english: set[tuple[str, str]] = set()
    for pane in window.panes:
        window.show_pane(pane.key)
        for text in visible_texts(window):
            if english_words(text or "", data):
                english.add((pane.key, text))
    assert english == set()


def test_the_walk_sees_english_when_the_language_is_english(qtbot, ctx, team) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert any(english_words(text, []) for text in visible_texts(window))


def test_the_team_import_dialog_shows_no_english_in_chinese(
    qtbot,
    ctx,
    chinese,  # noqa: F811
    tmp_path,
) -> None:
    from app.ui.team.import_dialog import TeamImportDialog
    from app.ui.team.import_preview import STATUS
    from tests.io.team_workbook import fill_template

    path = fill_template(tmp_path / "team.xlsx")
    dialog = TeamImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.previewed):
        dialog.open_file(path)
    qtbot.waitUntil(lambda: not dialog.is_running())
    texts = visible_texts(dialog)
    for model in dialog.models.values():
        texts += [model.index(row, STATUS).data() for row in range(model.rowCount())]
    assert "新增" in texts
    assert [text for text in texts if english_words(text or "", [str(path), path.name])] == []
    dialog.reject()
