"""The "Export pack" dialog: language, where to write, the font, an optional password.

One review's pack goes to a file; a cycle's region packs go to a folder, with
the number of worker processes. The font the pack embeds is shown, and
"Choose font…" stores a font file in the settings (``PACK_FONT``) once
:func:`~app.reports.fonts.find_cjk_font` accepts it; a stored font that cannot
be used is reported at the field and blocks the export until fixed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.reports.fonts import FontNotFoundError, find_cjk_font, install_hint
from app.ui.context import UiContext
from app.ui.forms import ERROR_STYLE
from app.ui.settings import PACK_FONT


@dataclass(frozen=True)
class PackOptions:
    """What the user chose: the file (or folder), language, font, password, workers."""

    out: Path
    lang: str
    font_path: Path | None
    password: str | None
    jobs: int


def default_jobs() -> int:
    return os.cpu_count() or 1


class ExportPackDialog(QDialog):
    """Options for one pack (``folder=False``) or a cycle's region packs (``folder=True``).

    ``default_out`` is the suggested file or folder. After Export,
    :attr:`options` holds the choices.
    """

    def __init__(
        self,
        ctx: UiContext,
        *,
        folder: bool,
        default_out: Path,
        subject: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.folder = folder
        self.options: PackOptions | None = None
        self.errors: dict[str, QLabel] = {}
        self.setWindowTitle(
            self.tr("Export region packs") if folder else self.tr("Export review pack")
        )
        self.setMinimumWidth(560)
        heading = self._build_heading(subject)
        self._build_language()
        out_row = self._build_out_row(default_out)
        font_row = self._build_font_row()
        self._build_password()
        self._build_jobs()
        self._build_form(out_row, font_row)
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self._connect()
        self.show_font()

    # -- building ------------------------------------------------------------------------

    def _build_heading(self, subject: str) -> QLabel:
        heading = QLabel(subject)
        heading.setObjectName("subject")
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        return heading

    def _build_language(self) -> None:
        """The pack's language, the console's by default."""
        self.lang_combo = QComboBox()
        self.lang_combo.setObjectName("field_lang")
        self.lang_combo.addItem(self.tr("Chinese"), "zh")
        self.lang_combo.addItem(self.tr("English"), "en")
        self.lang_combo.setCurrentIndex(self.lang_combo.findData(self.ctx.language))
        if self.lang_combo.currentIndex() < 0:
            self.lang_combo.setCurrentIndex(self.lang_combo.findData("en"))

    def _build_out_row(self, default_out: Path) -> QHBoxLayout:
        self.out_edit = QLineEdit(str(default_out))
        self.out_edit.setObjectName("field_out")
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.setObjectName("browse")
        out_row = QHBoxLayout()
        out_row.addWidget(self.out_edit, 1)
        out_row.addWidget(self.browse_button)
        return out_row

    def _build_font_row(self) -> QHBoxLayout:
        self.font_label = QLabel()
        self.font_label.setObjectName("font_label")
        self.font_label.setWordWrap(True)
        self.choose_font_button = QPushButton(self.tr("Choose font…"))
        self.choose_font_button.setObjectName("choose_font")
        self.auto_font_button = QPushButton(self.tr("Find automatically"))
        self.auto_font_button.setObjectName("auto_font")
        font_row = QHBoxLayout()
        font_row.addWidget(self.font_label, 1)
        font_row.addWidget(self.choose_font_button)
        font_row.addWidget(self.auto_font_button)
        return font_row

    def _build_password(self) -> None:
        """A check box, then the password twice (enabled once checked)."""
        self.protect_check = QCheckBox(self.tr("Protect with a password (AES-256)"))
        self.protect_check.setObjectName("field_protect")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("field_password")
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setObjectName("field_repeat")
        for edit in (self.password_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setEnabled(False)

    def _build_jobs(self) -> None:
        self.jobs_spin = QSpinBox()
        self.jobs_spin.setObjectName("field_jobs")
        self.jobs_spin.setRange(1, max(64, default_jobs()))
        self.jobs_spin.setValue(default_jobs())
        self.jobs_spin.setToolTip(self.tr("How many packs are rendered at the same time"))

    def _build_form(self, out_row: QHBoxLayout, font_row: QHBoxLayout) -> None:
        """The fields in order; parallel jobs only for a region's packs."""
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.tr("Language:"), self.lang_combo)
        self._add_row(
            "out", self.tr("Folder:") if self.folder else self.tr("File:"), out_row, self.out_edit
        )
        self._add_row("font", self.tr("Font:"), font_row, self.font_label)
        self.form.addRow("", self.protect_check)
        self._add_row("password", self.tr("Password:"), None, self.password_edit)
        self._add_row("repeat", self.tr("Repeat password:"), None, self.repeat_edit)
        if self.folder:
            self.form.addRow(self.tr("Parallel jobs:"), self.jobs_spin)
        else:
            self.jobs_spin.hide()

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("export_button")
        self.export_button.setDefault(True)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.browse_button.clicked.connect(self.browse)
        self.choose_font_button.clicked.connect(self.choose_font)
        self.auto_font_button.clicked.connect(self.use_automatic_font)
        self.protect_check.toggled.connect(self._on_protect)
        self.out_edit.textEdited.connect(lambda _t: self.clear_error("out"))
        self.password_edit.textEdited.connect(lambda _t: self.clear_error("password"))
        self.repeat_edit.textEdited.connect(lambda _t: self.clear_error("repeat"))

    def _add_row(self, name: str, label: str, layout: QHBoxLayout | None, editor: QWidget) -> None:
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if layout is not None:
            column.addLayout(layout)
        else:
            column.addWidget(editor)
        column.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(editor)
        self.form.addRow(caption, cell)
        self.errors[name] = error

    # -- errors ------------------------------------------------------------------------

    def show_error(self, field: str, message: str) -> None:
        self.errors[field].setText(message)
        self.errors[field].show()

    def clear_error(self, field: str) -> None:
        self.errors[field].hide()
        self.errors[field].clear()

    def error_text(self, field: str) -> str:
        label = self.errors[field]
        return label.text() if not label.isHidden() else ""

    # -- font --------------------------------------------------------------------------

    def font_setting(self) -> Path | None:
        stored = PACK_FONT.get(self.ctx.settings).strip()
        return Path(stored) if stored else None

    def show_font(self) -> bool:
        """Show the font packs will embed; an unusable one is an error. True when usable."""
        chosen = self.font_setting()
        self.auto_font_button.setVisible(chosen is not None)
        self.clear_error("font")
        try:
            found = find_cjk_font(chosen)
        except FontNotFoundError as error:
            if chosen is None:
                self.font_label.setText(self.tr("No font with Chinese characters was found."))
                self.show_error("font", self.tr("Install one: {hint}.").format(hint=install_hint()))
            else:
                self.font_label.setText(str(chosen))
                self.show_error("font", str(error))
            self.export_button.setEnabled(False)
            return False
        if chosen is None:
            self.font_label.setText(self.tr("{file} (found automatically)").format(file=found))
        else:
            self.font_label.setText(str(found))
        self.export_button.setEnabled(True)
        return True

    def choose_font(self) -> None:
        """Pick a TrueType font file; it is stored only if packs can use it."""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a font with Chinese characters"),
            str(self.font_setting() or ""),
            self.tr("TrueType fonts (*.ttf *.ttc);;All files (*)"),
        )
        if path:
            self.set_font_file(Path(path))

    def set_font_file(self, path: Path) -> bool:
        """Store ``path`` as the pack font when usable, else show why not at the field."""
        try:
            find_cjk_font(preferred=path)
        except FontNotFoundError as error:
            self.show_error("font", str(error))
            return False
        PACK_FONT.set(self.ctx.settings, str(path))
        return self.show_font()

    def use_automatic_font(self) -> None:
        PACK_FONT.set(self.ctx.settings, "")
        self.show_font()

    # -- the rest ----------------------------------------------------------------------

    def _on_protect(self, checked: bool) -> None:
        for edit in (self.password_edit, self.repeat_edit):
            edit.setEnabled(checked)
        if checked:
            self.password_edit.setFocus()
        else:
            self.clear_error("password")
            self.clear_error("repeat")

    def browse(self) -> None:
        current = self.out_edit.text().strip()
        if self.folder:
            path = QFileDialog.getExistingDirectory(self, self.tr("Folder for the packs"), current)
        else:
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save pack as"), current, self.tr("PDF files (*.pdf)")
            )
        if path:
            self.out_edit.setText(path)
            self.clear_error("out")

    def out_path(self) -> Path | None:
        text = self.out_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if not self.folder and path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        return path

    def accept(self) -> None:
        """Export: check the choices (errors at their field), then close with :attr:`options`."""
        ok = self.show_font()
        out = self.out_path()
        if out is None:
            self.show_error(
                "out",
                self.tr("Choose a folder for the packs.")
                if self.folder
                else self.tr("Choose a file for the pack."),
            )
            ok = False
        elif not self.folder and out.is_dir():
            self.show_error("out", self.tr("This is a folder; choose a file name."))
            ok = False
        elif self.folder and out.exists() and not out.is_dir():
            self.show_error("out", self.tr("This is a file; choose a folder."))
            ok = False
        password: str | None = None
        if self.protect_check.isChecked():
            password = self.password_edit.text()
            if not password:
                self.show_error("password", self.tr("Enter a password."))
                ok = False
            elif password != self.repeat_edit.text():
                self.show_error("repeat", self.tr("The two passwords differ."))
                ok = False
        if not ok or out is None:
            return
        self.options = PackOptions(
            out=out,
            lang=str(self.lang_combo.currentData()),
            font_path=self.font_setting(),
            password=password,
            jobs=self.jobs_spin.value(),
        )
        super().accept()


__all__ = ["ExportPackDialog", "PackOptions", "default_jobs"]
