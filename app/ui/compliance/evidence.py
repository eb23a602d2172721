"""Evidence files of one obligation: add (drop or choose), open, save as, remove.

Files are stored in the database (see :mod:`app.services.compliance`). Opening
one reads it back, checks it against the SHA-256 taken when it was attached,
writes it under its plain name into a private temporary folder and hands that
to the desktop; a copy that no longer matches is refused with a message and is
never written out.
"""

from __future__ import annotations

import mimetypes
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.validation import ValidationError
from app.services.compliance import (
    MAX_ATTACHMENT_BYTES,
    AttachmentRecord,
    ComplianceService,
    CorruptAttachmentError,
)
from app.services.errors import ServiceError
from app.ui.context import UiContext
from app.ui.dialog_parts import confirm
from app.ui.labels import date_text

FileRole = 0x0100 + 10  # Qt.UserRole + 10: the AttachmentRecord of a list item


class EvidenceList(QListWidget):
    """The files list; local files dropped on it are announced by ``files_dropped``."""

    files_dropped = Signal(list)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("evidence_list")
        # Drops land on the viewport, which must accept them too.
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def _local_files(self, event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
        mime = event.mimeData()
        if not self.isEnabled() or not mime.hasUrls():
            return []
        return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._local_files(event)
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1_048_576:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1_048_576:.1f} MB"


class EvidencePanel(QWidget):
    """The evidence files of the obligation shown (none for a Team permit)."""

    #: After files were added or removed (the table's file counts change).
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ComplianceService(ctx.db)
        self.item_id: int | None = None
        #: How a written file is handed to the desktop (a test may record it instead).
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self._folder = tempfile.TemporaryDirectory(prefix="outpost-evidence-")
        self.last_opened: Path | None = None
        self.title = QLabel(self.tr("Evidence files"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.files = EvidenceList()
        self.files.setToolTip(self.tr("Drop files here to attach them"))
        self.add_button = self._button("evidence_add", self.tr("Add…"), self.choose_files)
        self.open_button = self._button("evidence_open", self.tr("Open"), self.open_selected)
        self.save_button = self._button("evidence_save", self.tr("Save as…"), self.save_selected_as)
        self.remove_button = self._button(
            "evidence_remove", self.tr("Remove"), self.remove_selected
        )
        # Two by two: the side panel stays narrow enough for a small window.
        buttons = QGridLayout()
        for index, each in enumerate(
            (self.add_button, self.open_button, self.save_button, self.remove_button)
        ):
            buttons.addWidget(each, index // 2, index % 2)
        buttons.setColumnStretch(2, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.files, 1)
        column.addLayout(buttons)
        column.addWidget(self.hint)
        self.files.files_dropped.connect(self.add_files)
        self.files.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.files.currentItemChanged.connect(lambda *_a: self._enable())
        self.destroyed.connect(self._folder.cleanup)
        self.show_item(None)

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- showing -------------------------------------------------------------------

    def show_item(self, item_id: int | None, *, read_only_reason: str = "") -> None:
        """List ``item_id``'s files; None (or a reason) leaves the panel read-only."""
        self.item_id = item_id if not read_only_reason else None
        self.files.clear()
        if item_id is not None and not read_only_reason:
            for record in self.service.attachments(item_id):
                self._add_row(record)
            self.hint.setText(
                self.tr("Drop files on the list or choose Add…; at most {mb} MB each").format(
                    mb=MAX_ATTACHMENT_BYTES // 1_048_576
                )
            )
        else:
            self.hint.setText(read_only_reason or self.tr("Select an obligation"))
        self.files.setEnabled(self.item_id is not None)
        self._enable()

    def _add_row(self, record: AttachmentRecord) -> None:
        text = f"{record.file_name}  ({size_text(record.size_bytes)}, "
        text += f"{date_text(record.created_at.date())})"
        row = QListWidgetItem(text)
        row.setData(FileRole, record)
        row.setToolTip(f"SHA-256 {record.sha256}")
        self.files.addItem(row)

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.add_button.setEnabled(self.item_id is not None)
        for button in (self.open_button, self.save_button, self.remove_button):
            button.setEnabled(chosen)

    def selected(self) -> AttachmentRecord | None:
        row = self.files.currentItem()
        return row.data(FileRole) if row is not None else None

    def file_names(self) -> list[str]:
        return [self.files.item(i).data(FileRole).file_name for i in range(self.files.count())]

    # -- acting --------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach evidence files"))
        self.add_files([Path(n) for n in names])

    def add_files(self, paths: Iterable[Path]) -> None:
        """Attach each file (a refused one is named in one message; the rest are kept)."""
        if self.item_id is None:
            return
        refused: list[str] = []
        added = 0
        for path in paths:
            try:
                if path.stat().st_size > MAX_ATTACHMENT_BYTES:
                    # Not read at all: the size alone refuses it.
                    raise ValidationError(
                        "content",
                        self.tr("{name} is larger than {mb} MB").format(
                            name=path.name, mb=MAX_ATTACHMENT_BYTES // 1_048_576
                        ),
                    )
                kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
                self.service.attach(self.item_id, path.name, path.read_bytes(), kind)
                added += 1
            except OSError as error:
                refused.append(f"{path.name}: {error.strerror or error}")
            except (ValidationError, ServiceError) as error:
                refused.append(str(getattr(error, "message", error)))
        if added:
            self.show_item(self.item_id)
            self.changed.emit()
        if refused:
            QMessageBox.warning(self, self.tr("Attach evidence files"), "\n".join(refused))

    def _content(self, record: AttachmentRecord, title: str) -> bytes | None:
        """The verified bytes, or None after saying why there are none."""
        try:
            return self.service.attachment_content(record.id)
        except CorruptAttachmentError:
            QMessageBox.critical(
                self,
                title,
                self.tr(
                    "{name} is damaged: its content no longer matches the checksum taken when "
                    "it was attached. It was not opened."
                ).format(name=record.file_name),
            )
        except ServiceError as error:
            QMessageBox.warning(self, title, str(error))
            self.show_item(self.item_id)
        return None

    def open_selected(self) -> Path | None:
        """Write the checked file to the temporary folder and open it; its path."""
        record = self.selected()
        if record is None:
            return None
        data = self._content(record, self.tr("Open evidence file"))
        if data is None:
            return None
        # One folder per file: two files of the same name never overwrite each other.
        folder = Path(self._folder.name) / str(record.id)
        folder.mkdir(exist_ok=True)
        path = folder / record.file_name
        path.write_bytes(data)
        self.last_opened = path
        self.open_url(QUrl.fromLocalFile(str(path)))
        return path

    def save_selected_as(self) -> None:
        record = self.selected()
        if record is None:
            return
        start = str(Path.home() / record.file_name)
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Save evidence file"), start)
        if name:
            self.save_selected_to(Path(name))

    def save_selected_to(self, path: Path) -> bool:
        """Write the checked file to ``path``; False when refused or not writable."""
        record = self.selected()
        if record is None:
            return False
        data = self._content(record, self.tr("Save evidence file"))
        if data is None:
            return False
        try:
            path.write_bytes(data)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Save evidence file"), str(error))
            return False
        return True

    def remove_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        title = self.tr("Remove evidence file")
        question = self.tr("Remove {name} from this obligation?").format(name=record.file_name)
        if not confirm(self, title, question, default_no=True):
            return
        try:
            self.service.delete_attachment(record.id, record.version)
        except ServiceError as error:
            QMessageBox.warning(self, title, str(error))
        self.show_item(self.item_id)
        self.changed.emit()


__all__ = ["EvidenceList", "EvidencePanel", "size_text"]
