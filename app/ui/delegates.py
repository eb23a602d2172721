"""In-table editing with the editors of ``app.ui.editors`` and ``app.ui.combos``.

Each delegate reads the cell's native value from ``Qt.EditRole`` (a ``date``,
``Decimal``, enum value, ``int``…), edits it with the matching editor and
writes the native value back with ``model.setData(index, value, EditRole)``;
the model decides whether to save at once or on a Save button. Display text
is formatted too (ISO dates, grouped amounts, translated enum labels, stars),
so a model may put native values in ``DisplayRole`` and let the delegate show
them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.domain.formats import format_money
from app.ui.combos import EnumCombo
from app.ui.editors import (
    EMPTY_STAR,
    FILLED_STAR,
    AmountEdit,
    DateEdit,
    MoneyEdit,
    RatingEdit,
    format_amount,
)
from app.ui.labels import date_text, enum_label, ui_language

ModelIndex = QModelIndex | QPersistentModelIndex
EDIT_ROLE = Qt.ItemDataRole.EditRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class EditorDelegate(QStyledItemDelegate):
    """Base: an editor with ``value()``/``setValue()`` over the cell's EditRole value."""

    def make_editor(self, parent: QWidget, index: ModelIndex) -> QWidget:
        raise NotImplementedError

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:
        editor = self.make_editor(parent, index)
        # The cell's text must not show through the editor.
        editor.setAutoFillBackground(True)
        return editor

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        editor.setValue(index.data(EDIT_ROLE))  # type: ignore[attr-defined]

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:
        model.setData(index, editor.value(), EDIT_ROLE)  # type: ignore[attr-defined]

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> None:
        editor.setGeometry(option.rect)

    def commit_and_close(self, editor: QWidget) -> None:
        """For editors that are done after one choice (a combo item, a star)."""
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)


class DateDelegate(EditorDelegate):
    """Dates shown as every screen shows them (``date_text``), edited with a calendar (ISO).

    Empty allowed by default.
    """

    def __init__(self, parent: Any = None, *, allow_empty: bool = True) -> None:
        super().__init__(parent)
        self.allow_empty = allow_empty

    def make_editor(self, parent: QWidget, index: ModelIndex) -> QWidget:
        return DateEdit(parent, allow_empty=self.allow_empty)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:
        # Text that is not a date keeps the cell as it was, never another date.
        if isinstance(editor, DateEdit) and not editor.is_valid():
            return
        super().setModelData(editor, model, index)

    def displayText(self, value: Any, locale: QLocale) -> str:
        if isinstance(value, dt.date):
            return date_text(value)
        return super().displayText(value, locale) if value is not None else ""


class MoneyDelegate(EditorDelegate):
    """Amounts right-aligned with grouping (1,234.50).

    The cell value is a ``Decimal`` (edited with an amount field; ``currency_of``
    may name the currency to show beside it, e.g. the row's rep currency) or an
    ``(amount, currency)`` pair (edited with amount + currency).
    """

    def __init__(
        self,
        parent: Any = None,
        *,
        places: int | None = 2,
        allow_negative: bool = False,
        currency_of: Callable[[ModelIndex], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.places = places
        self.allow_negative = allow_negative
        self.currency_of = currency_of

    def make_editor(self, parent: QWidget, index: ModelIndex) -> QWidget:
        value = index.data(EDIT_ROLE)
        if isinstance(value, tuple):
            return MoneyEdit(parent, currency=value[1] or "CNY", allow_negative=self.allow_negative)
        currency = self.currency_of(index) if self.currency_of else None
        if currency:
            return MoneyEdit(
                parent,
                currency=currency,
                currency_editable=False,
                allow_negative=self.allow_negative,
            )
        return AmountEdit(parent, places=self.places or 2, allow_negative=self.allow_negative)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:
        value = editor.value()  # type: ignore[attr-defined]
        if isinstance(editor, MoneyEdit) and not isinstance(index.data(EDIT_ROLE), tuple):
            value = value[0]  # the currency was only shown, the cell holds the amount
        model.setData(index, value, EDIT_ROLE)

    def displayText(self, value: Any, locale: QLocale) -> str:
        if isinstance(value, tuple):
            amount, currency = value
            if currency:
                return format_money(amount, currency, ui_language())
            return format_amount(amount, self.places)
        if isinstance(value, Decimal | int) and not isinstance(value, bool):
            return format_amount(Decimal(value), self.places)
        return super().displayText(value, locale) if value is not None else ""

    def initStyleOption(self, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        super().initStyleOption(option, index)
        option.displayAlignment = RIGHT  # type: ignore[attr-defined]


class EnumDelegate(EditorDelegate):
    """A StrEnum cell shown by its translated label and chosen from a list."""

    def __init__(
        self,
        enum_cls: type[StrEnum],
        parent: Any = None,
        *,
        allow_none: bool = False,
    ) -> None:
        super().__init__(parent)
        self.enum_cls = enum_cls
        self.allow_none = allow_none

    def make_editor(self, parent: QWidget, index: ModelIndex) -> QWidget:
        editor: EnumCombo[Any] = EnumCombo(self.enum_cls, parent, allow_none=self.allow_none)
        editor.activated.connect(lambda _i: self.commit_and_close(editor))
        return editor

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:
        member = editor.value()  # type: ignore[attr-defined]
        # Models hold the enum's string value, as the database does.
        model.setData(index, member.value if member is not None else None, EDIT_ROLE)

    def displayText(self, value: Any, locale: QLocale) -> str:
        if value is None or value == "":
            return ""
        try:
            return enum_label(self.enum_cls(value))
        except ValueError:
            return str(value)


class RatingDelegate(EditorDelegate):
    """A 1–5 rating shown as stars (★★★☆☆) and edited with star buttons."""

    def __init__(self, parent: Any = None, *, language: str = "en") -> None:
        super().__init__(parent)
        self.language = language

    def make_editor(self, parent: QWidget, index: ModelIndex) -> QWidget:
        editor = RatingEdit(parent, language=self.language)
        editor.edited.connect(lambda: self.commit_and_close(editor))
        return editor

    def displayText(self, value: Any, locale: QLocale) -> str:
        if value is None or value == "":
            return ""
        rating = int(value)
        return FILLED_STAR * rating + EMPTY_STAR * (5 - rating)


__all__ = ["DateDelegate", "EditorDelegate", "EnumDelegate", "MoneyDelegate", "RatingDelegate"]
