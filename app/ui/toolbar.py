"""The window's search field and its actions on the current pane (New, Edit, Delete, Export).

Keys (decided here, see also :func:`edit_on_enter`):

- Ctrl+N (New) works anywhere in the window.
- Delete acts only while the focus is inside the pane stack (shortcut context
  WidgetWithChildrenShortcut), so Delete in the search field edits the text;
  line edits inside a pane keep their Delete key too (Qt lets a focused text
  editor override a shortcut for the keys it uses).
- Enter has NO window shortcut: a Return shortcut would fire before a line
  edit, a spin box or a table's cell editor sees the key (Qt does not let
  editors override Return), so Enter could never commit an edit. Instead a
  pane's table turns Enter and double-click into ``edit_selected`` with
  :func:`edit_on_enter`; the toolbar's Edit action is there for the mouse.
- Ctrl+F focuses the search field and selects its text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QWidget

SEARCH_DELAY_MS = 200


class SearchField(QLineEdit):
    """The window's search box; ``search_changed(text)`` ~200 ms after typing stops."""

    search_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_field")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.setMinimumWidth(220)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(self._timer.start)

    def flush(self) -> None:
        """Announce the text now (Enter, or the delay ran out)."""
        self._timer.stop()
        self.search_changed.emit(self.text())

    def focus_and_select(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.flush()
        elif event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            self.flush()
        else:
            super().keyPressEvent(event)


class _EnterEdits(QObject):
    """Event filter turning Enter on an item view into ``edit()``."""

    def __init__(self, view: QAbstractItemView, edit: Callable[[], object]) -> None:
        super().__init__(view)
        self._view = view
        self._edit = edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            and self._view.state() != QAbstractItemView.State.EditingState
            and self._view.currentIndex().isValid()
        ):
            self._edit()
            return True
        return False


def edit_on_enter(
    view: QAbstractItemView, edit: Callable[[], object], *, double_click: bool = True
) -> None:
    """Enter (and, unless ``double_click`` is False, a double-click) on ``view`` calls ``edit``.

    Enter reaches the view only when no cell editor is open (an open editor
    takes Enter to commit), so in-place editing keeps working.
    """
    view.installEventFilter(_EnterEdits(view, edit))
    if double_click:
        view.doubleClicked.connect(lambda _index: edit())


def make_action(
    parent: QObject,
    text: str,
    tip: str,
    shortcuts: list[QKeySequence] | None = None,
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
    name: str = "",
) -> QAction:
    """A toolbar/menu action with its shortcuts shown in the tooltip."""
    action = QAction(text, parent)
    action.setObjectName(name)
    if shortcuts:
        action.setShortcuts(shortcuts)
        action.setShortcutContext(context)
        keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in shortcuts)
        tip = f"{tip} ({keys})"
    action.setToolTip(tip)
    action.setStatusTip(tip)
    return action
