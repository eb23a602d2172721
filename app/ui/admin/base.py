"""What the Administration tables share: lazy reading, edit dialogs, refused deletes.

Each of the four tables (regions, managers, exchange rates, courses) is a
:class:`TablePane` listing one service's page; New and Edit open a
:class:`FormDialog`, Delete asks first and shows the service's refusal (a row
others refer to, see :class:`DeleteRefusedError`) in a message box.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.validation import ValidationError
from app.services.errors import NotFoundError, ServiceError
from app.ui.context import UiContext
from app.ui.error_text import error_text
from app.ui.forms import FormDialog
from app.ui.table_pane import TablePane

R = TypeVar("R")

translate = QCoreApplication.translate


def split_codes(text: str) -> tuple[str, ...]:
    """``"sg, my;TH"`` → ``("SG", "MY", "TH")`` (commas, semicolons, 、 or blanks)."""
    for separator in (";", "、", " "):
        text = text.replace(separator, ",")
    return tuple(part.strip().upper() for part in text.split(",") if part.strip())


class AdminTablePane(TablePane[R]):
    """A table of reference rows with New, Edit and Delete; read only while shown."""

    lazy = True
    #: What a write of this table announces on the change bus.
    write_topics: ClassVar[tuple[str, ...]] = ()
    can_create = True
    can_edit = True
    can_delete = True
    splitter_sizes = (900, 0)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)

    # -- what each table says --------------------------------------------------------

    def make_dialog(self, record: R | None) -> FormDialog:
        """The create (``record`` None) or edit dialog."""
        raise NotImplementedError

    def fresh(self, record: R) -> R:
        """The row as stored now (NotFoundError when it went)."""
        raise NotImplementedError

    def row_name(self, record: R) -> str:
        raise NotImplementedError

    def remove(self, record: R) -> None:
        """Delete through the service (DeleteRefusedError when others refer to it)."""
        raise NotImplementedError

    def delete_title(self) -> str:
        return translate("AdminTablePane", "Delete")

    # -- actions ------------------------------------------------------------------

    def create(self) -> None:
        dialog = self.make_dialog(None)
        if self.run_dialog(dialog):
            self._show_saved(dialog.result_value)

    def edit_selected(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        try:
            record = self.fresh(record)
        except NotFoundError as error:
            self.warn_and_reload(self.delete_title(), error)
            return
        dialog = self.make_dialog(record)
        if self.run_dialog(dialog):
            self._show_saved(dialog.result_value)

    def delete_selected(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        question = translate("AdminTablePane", "Delete {name}?").format(name=self.row_name(record))
        if not self.confirm(self.delete_title(), question):
            return
        self.try_write(self.delete_title(), lambda: self.remove(record))

    def try_write(self, title: str, write: Callable[[], Any]) -> bool:
        """Run ``write``; a refusal or stale row is shown in a box. True when written."""
        try:
            write()
        except (ServiceError, ValidationError) as error:
            QMessageBox.warning(self, title, error_text(error))
            self.reload()
            return False
        self.ctx.bus.emit_changed(*self.write_topics)
        return True

    def _show_saved(self, record: Any) -> None:
        row_id = getattr(record, "id", None)
        if row_id is not None and self.load_until(row_id):
            self.select_id(row_id)


__all__ = ["AdminTablePane", "split_codes"]
