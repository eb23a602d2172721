"""Pieces of the set-up wizard: a page of named fields with errors in place, a country checklist.

:class:`FieldsPage` is the wizard's counterpart of :class:`~app.ui.forms.FormDialog`:
each field has the service's (prefixed) name, and an error shows in red under
its field. :class:`CountryChecklist` picks several countries out of ~250 by
typing part of a name and ticking.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.ui.combos import country_items
from app.ui.forms import FieldForm
from app.ui.labels import country_label

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


class FieldsPage(QWizardPage):
    """A wizard page of named fields; ``show_error(name, message)`` shows at the field."""

    def __init__(self, title: str, subtitle: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.rows = FieldForm()
        self.fields = self.rows.fields
        self.form = self.rows.layout
        self.main_layout = QVBoxLayout(self)
        self.main_layout.addLayout(self.form)

    def add_field(self, name: str, label: str, editor: QWidget, *, hint: str = "") -> QWidget:
        """Add ``editor`` as field ``name`` with an error line (and a grey hint) under it."""
        return self.rows.add_field(name, label, editor, hint=hint)  # type: ignore[no-any-return]

    def show_error(self, name: str, message: str) -> bool:
        """Show ``message`` under field ``name``; False when the page has no such field."""
        return self.rows.show_error(name, message)

    def clear_error(self, name: str) -> None:
        self.rows.clear_error(name)

    def clear_errors(self) -> None:
        self.rows.clear_errors()

    def error_text(self, name: str) -> str:
        return self.rows.error_text(name)


class CountryChecklist(QWidget):
    """Tick countries in a list filtered by what is typed; ``value()`` is their ISO codes."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None, *, language: str = "en") -> None:
        super().__init__(parent)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("country_filter")
        self.filter_edit.setPlaceholderText(self.tr("Type to find a country"))
        self.filter_edit.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("country_list")
        self.list.setMinimumHeight(150)
        for label, code in country_items(language):
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, code)
            # Found by its English or Chinese name whichever the UI shows.
            both = f"{country_label(code, 'en')} {country_label(code, 'zh')}".casefold()
            item.setData(SEARCH_ROLE, both)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.chosen_label = QLabel()
        self.chosen_label.setObjectName("countries_chosen")
        self.chosen_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list)
        layout.addWidget(self.chosen_label)
        self.filter_edit.textChanged.connect(self._filter)
        self.list.itemChanged.connect(self._changed)
        self._show_chosen()

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for item in self._items():
            item.setHidden(bool(needle) and needle not in str(item.data(SEARCH_ROLE)))

    def _changed(self, _item: QListWidgetItem) -> None:
        self._show_chosen()
        self.edited.emit()

    def _show_chosen(self) -> None:
        codes = self.value()
        self.chosen_label.setText(
            self.tr("Chosen: {codes}").format(codes=", ".join(codes))
            if codes
            else self.tr("No country chosen yet")
        )

    def value(self) -> tuple[str, ...]:
        return tuple(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        )

    def setValue(self, codes: tuple[str, ...] | list[str] | None) -> None:
        wanted = {code.upper() for code in codes or ()}
        with QSignalBlocker(self.list):
            for item in self._items():
                checked = item.data(Qt.ItemDataRole.UserRole) in wanted
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._show_chosen()


__all__ = ["CountryChecklist", "FieldsPage"]
