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

The search field lives in a toolbar of its own at the right of the main one:
when the window is narrow the main toolbar's actions fold into its overflow
menu first and the search field stays on screen (shrinking down to
``SEARCH_MIN_WIDTH``), so Ctrl+F always has something to focus. Undo and redo
carry the command's name ("Undo Edit target of Li Wei for 2026 Q3"); the
toolbar shows it elided to ``UNDO_TEXT_WIDTH`` pixels, the tooltip and the
Edit menu the whole text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFontMetrics, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QSizePolicy, QToolBar, QWidget
from shiboken6 import Shiboken

SEARCH_DELAY_MS = 200
SEARCH_MIN_WIDTH = 140
SEARCH_WIDTH = 240
UNDO_TEXT_WIDTH = 170


class SearchField(QLineEdit):
    """The window's search box; ``search_changed(text)`` ~200 ms after typing stops."""

    search_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_field")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.setMinimumWidth(SEARCH_MIN_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(self._timer.start)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), SEARCH_WIDTH), hint.height())

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


def search_toolbar(field: SearchField) -> QToolBar:
    """The toolbar holding only ``field``: placed after the main one, it never overflows."""
    toolbar = QToolBar(QCoreApplication.translate("SearchField", "Search"))
    toolbar.setObjectName("search_toolbar")
    toolbar.setMovable(False)
    toolbar.addWidget(field)
    return toolbar


def _plain(text: str) -> str:
    """An action's text without its mnemonic ampersands ("&Undo" → "Undo", "&&" → "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class _ElidedText(QObject):
    """Keeps an action's toolbar text elided and its tooltip whole, as its text changes."""

    def __init__(self, toolbar: QToolBar, action: QAction) -> None:
        super().__init__(action)
        self._toolbar = toolbar
        self._action = action
        action.changed.connect(self.update)
        self.update()

    def update(self) -> None:
        action = self._action
        # changed() still fires while the window tears its actions down.
        if not (Shiboken.isValid(action) and Shiboken.isValid(self._toolbar)):
            return
        whole = _plain(action.text())
        metrics = QFontMetrics(self._toolbar.font())
        short = metrics.elidedText(whole, Qt.TextElideMode.ElideRight, UNDO_TEXT_WIDTH)
        # Setting the icon text or tooltip emits changed() again; stop once both are right.
        if action.iconText() != short:
            action.setIconText(short)
        if action.toolTip() != whole:
            action.setToolTip(whole)


def elide_undo_texts(toolbar: QToolBar, *actions: QAction) -> None:
    """Show each action's text in ``toolbar`` elided; the tooltip keeps the whole text."""
    for action in actions:
        _ElidedText(toolbar, action)


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
