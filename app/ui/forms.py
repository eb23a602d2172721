"""Edit dialogs: named fields, errors shown at the field, save through a service.

A :class:`FormDialog` is a ``QFormLayout`` of fields, each a name (the
service's field name, e.g. ``"email"``) and an editor. OK calls the save
function; a :class:`ValidationError` appears in red under its field and the
dialog stays open; a stale edit (:class:`ConflictError`) opens the conflict
dialog (reload theirs / overwrite with mine); other service errors appear in a
message box. After a successful save the change bus announces ``topics`` and
the dialog accepts, with the save's result in :attr:`FormDialog.result_value`::

    dialog = FormDialog(ctx, self.tr("New target"), topics=("targets",), parent=self)
    amount = dialog.add_field("amount", self.tr("Amount"), MoneyEdit(currency="SGD"))
    dialog.set_save(lambda _version: service.create_target(make_input(dialog.values())))
    if dialog.exec() == QDialog.DialogCode.Accepted:
        record = dialog.result_value

For an edit, pass ``expected_version`` (the loaded row's version): the save
function is called with it, and with the stored one when the user chooses to
overwrite. Subclasses may override :meth:`save`, :meth:`conflict_values` and
:meth:`reload_from` instead of passing functions.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ConflictError, ServiceError, ValidationError
from app.ui.conflict_dialog import save_with_conflict_handling
from app.ui.context import UiContext
from app.ui.editors import invalid_dates
from app.ui.error_text import error_text, message_text

ERROR_STYLE = "color: #c5221f;"


def widget_value(widget: QWidget) -> Any:
    """A field's value: ``value()`` of our editors, else the Qt widget's natural one."""
    value = getattr(widget, "value", None)
    if callable(value):
        return value()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    raise TypeError(f"no value for {type(widget).__name__}")


def set_widget_value(widget: QWidget, value: Any) -> None:
    """Show ``value`` in a field (the inverse of :func:`widget_value`)."""
    if callable(getattr(widget, "setValue", None)):
        widget.setValue(value)  # type: ignore[attr-defined]
    elif isinstance(widget, QLineEdit):
        widget.setText("" if value is None else str(value))
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        widget.setPlainText("" if value is None else str(value))
    elif isinstance(widget, QAbstractButton) and widget.isCheckable():
        widget.setChecked(bool(value))
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(widget.findData(value))
    else:
        raise TypeError(f"cannot show a value in {type(widget).__name__}")


def edited_signal(widget: QWidget) -> Any:
    """The signal a user's change to ``widget`` emits (to clear its error), or None."""
    edited = getattr(widget, "edited", None)
    if edited is not None:
        return edited
    if isinstance(widget, QLineEdit):
        return widget.textEdited
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QAbstractButton):
        return widget.toggled
    if isinstance(widget, QAbstractSpinBox):
        return widget.editingFinished
    return None


def plain_message(label: str, message: str) -> str:
    """``"Email 'x' is not an e-mail address"`` from a service's field message."""
    label = label.replace("&", "").rstrip(":").strip()
    if label.casefold() in message.casefold():
        # "a time zone is required" names the field already.
        return message[:1].upper() + message[1:]
    if label and not message[:1].isupper():
        # Chinese runs on without a space: "电子邮件为必填项".
        return f"{label}{' ' if message[:1].isascii() else ''}{message}"
    return message


class FieldForm:
    """Named fields in a form layout, each with its error line (and optional hint) under it.

    What :class:`FormDialog` and the set-up wizard's pages share: a field is
    kept under the service's name, so an error the service raises for that name
    shows in red under it, and editing the field clears it.
    """

    def __init__(self) -> None:
        self.layout = QFormLayout()
        self.layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, str] = {}
        self.errors: dict[str, QLabel] = {}

    def add_field(
        self, name: str, label: str, editor: QWidget, *, tip: str = "", hint: str = ""
    ) -> Any:
        """Add ``editor`` as field ``name``, with a tooltip and a grey hint if given."""
        editor.setObjectName(f"field_{name}")
        if tip:
            editor.setToolTip(tip)
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        if hint:
            note = QLabel(hint)
            note.setObjectName(f"hint_{name}")
            note.setWordWrap(True)
            note.setStyleSheet("color: palette(placeholder-text);")
            column.addWidget(note)
        column.addWidget(error)
        cell.setFocusProxy(editor)
        caption = QLabel(label)
        caption.setBuddy(editor)
        self.layout.addRow(caption, cell)
        self.fields[name] = editor
        self.labels[name] = label
        self.errors[name] = error
        signal = edited_signal(editor)
        if signal is not None:
            signal.connect(lambda *_args, n=name: self.clear_error(n))
        return editor

    def show_error(self, name: str, message: str) -> bool:
        """Show ``message`` under field ``name``; False when there is no such field."""
        label = self.errors.get(name)
        if label is None:
            return False
        label.setText(plain_message(self.labels[name], message))
        label.show()
        self.fields[name].setFocus()
        return True

    def clear_error(self, name: str) -> None:
        label = self.errors.get(name)
        if label is not None and not label.isHidden():
            label.hide()
            label.clear()

    def clear_errors(self) -> None:
        for name in self.errors:
            self.clear_error(name)

    def error_text(self, name: str) -> str:
        """The error now shown under ``name``, '' when none (or no such field)."""
        label = self.errors.get(name)
        return label.text() if label is not None and not label.isHidden() else ""


class FormDialog(QDialog):
    """A dialog of named fields that saves through a service and shows errors in place."""

    #: Emitted after a successful save with its result (before the dialog closes).
    saved = Signal(object)

    def __init__(
        self,
        ctx: UiContext,
        title: str,
        *,
        topics: tuple[str, ...] = (),
        save: Callable[[int | None], Any] | None = None,
        expected_version: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.topics = topics
        self.expected_version = expected_version
        self.result_value: Any = None
        self._save = save
        self.rows = FieldForm()
        # The rows' own dictionaries, named as every dialog has used them.
        self.fields = self.rows.fields
        self.labels = self.rows.labels
        self.errors = self.rows.errors

        # Errors about no field on the form (or the form as a whole) show here.
        self.form_error = QLabel()
        self.form_error.setObjectName("form_error")
        self.form_error.setStyleSheet(ERROR_STYLE)
        self.form_error.setWordWrap(True)
        self.form_error.hide()

        self.form = self.rows.layout

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.main_layout = QVBoxLayout(self)
        self.main_layout.addWidget(self.form_error)
        self.main_layout.addLayout(self.form)
        self.main_layout.addWidget(self.buttons)

    # -- building ----------------------------------------------------------------

    def add_field(self, name: str, label: str, editor: QWidget, *, tip: str = "") -> Any:
        """Add ``editor`` as field ``name`` (the service's field name); returns it."""
        return self.rows.add_field(name, label, editor, tip=tip)

    def add_section(self, title: str) -> QLabel:
        """A bold heading row between groups of fields."""
        heading = QLabel(title)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.form.addRow(heading)
        return heading

    def field(self, name: str) -> Any:
        return self.fields[name]

    def values(self) -> dict[str, Any]:
        """Every field's value by name (editors' ``value()``, a line edit's text…)."""
        return {name: widget_value(widget) for name, widget in self.fields.items()}

    def set_values(self, values: Mapping[str, Any]) -> None:
        """Fill the named fields (names not on the form are ignored)."""
        for name, value in values.items():
            if name in self.fields:
                set_widget_value(self.fields[name], value)

    # -- errors ------------------------------------------------------------------

    def show_error(self, field: str | None, message: str) -> None:
        """Show ``message`` under ``field`` (at the top when the field isn't here)."""
        if not self.rows.show_error(field or "", message):
            self.form_error.setText(message)
            self.form_error.show()

    def clear_error(self, field: str) -> None:
        self.rows.clear_error(field)

    def clear_errors(self) -> None:
        self.rows.clear_errors()
        self.form_error.hide()
        self.form_error.clear()

    def error_text(self, field: str | None = None) -> str:
        """The error now shown at ``field`` (None: the top), '' when none."""
        if field is not None:
            return self.rows.error_text(field)
        return self.form_error.text() if not self.form_error.isHidden() else ""

    # -- saving ------------------------------------------------------------------

    def set_save(self, save: Callable[[int | None], Any]) -> None:
        """The function OK calls with the expected version (None for a new row)."""
        self._save = save

    def save(self, version: int | None) -> Any:
        """Write through the service; raise its errors. Override or use ``set_save``."""
        if self._save is None:
            raise NotImplementedError("FormDialog needs a save function")
        return self._save(version)

    def conflict_values(self) -> Mapping[str, Any]:
        """The user's values shown in the conflict dialog (default: every field)."""
        return self.values()

    def reload_from(self, error: ConflictError) -> None:
        """The user chose "reload theirs": show the stored values (``error.theirs``)."""
        self.set_values(error.theirs)
        if error.stored_version is not None:
            self.expected_version = error.stored_version

    def refuse_bad_dates(self) -> bool:
        """Show an error at every date field whose text is not a date; True if any.

        Checked before any save, so a typo such as 2026-13-45 is never written
        as some other date (nor as "no date").
        """
        refused = False
        for name, widget in reversed(self.fields.items()):
            bad = invalid_dates(widget)
            if bad:
                # Reversed: the first bad field ends up with the focus.
                self.show_error(name, bad[0][1])
                bad[0][0].setFocus()
                refused = True
        return refused

    def accept(self) -> None:
        """OK: save; stay open on any error, showing it where it belongs."""
        self.clear_errors()
        if self.refuse_bad_dates():
            return
        try:
            # Boxed so a save returning None is told apart from "cancelled".
            boxed = save_with_conflict_handling(
                self,
                lambda version: (self.save(version),),
                self.expected_version,
                self.conflict_values(),
                labels=self.labels,
                on_reload=self.reload_from,
            )
        except ValidationError as error:
            self.show_error(error.field, message_text(error))
            return
        except ServiceError as error:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
            return
        if boxed is None:
            # Cancelled or reloaded after a conflict: the user looks again.
            return
        result = self.result_value = boxed[0]
        self.saved.emit(result)
        if self.topics:
            self.ctx.bus.emit_changed(*self.topics)
        super().accept()


__all__ = [
    "FormDialog",
    "plain_message",
    "set_widget_value",
    "widget_value",
]
