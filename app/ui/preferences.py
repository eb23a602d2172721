"""Edit → Preferences: language, who I am, my time zone, export folder, PDF font, database.

The dialog is built from the declarations in :data:`app.ui.settings.PREFERENCES`
(their labels, keys and defaults); each gets an editor here. Bad values are
shown at their field and nothing is saved until every field is right. The
language and the database apply on the next start (the dialog says so);
who I am applies at once (the audit actor, the defaults of new reviews and
meetings, "your time").
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from app.domain.validation import ValidationError
from app.reports.fonts import FontNotFoundError, find_cjk_font
from app.services.team import TeamService
from app.ui.combos import SearchableCombo, TimeZoneCombo
from app.ui.context import UiContext
from app.ui.forms import FormDialog
from app.ui.labels import EMPTY_TEXT
from app.ui.me import sign_in
from app.ui.settings import (
    COMPLIANCE_WARNING_DAYS,
    DATABASE_URL,
    EXPORT_FOLDER,
    LANGUAGE,
    ME,
    MY_TIME_ZONE,
    PACK_FONT,
    PREFERENCES,
    RISK_REVIEW_DAYS,
    Setting,
)

#: The field name of each setting on the form (the settings' keys hold slashes).
FIELD_NAMES: dict[str, str] = {
    LANGUAGE.key: "language",
    ME.key: "me",
    MY_TIME_ZONE.key: "my_time_zone",
    EXPORT_FOLDER.key: "export_folder",
    PACK_FONT.key: "pack_font",
    DATABASE_URL.key: "database",
    COMPLIANCE_WARNING_DAYS.key: "compliance_warning_days",
    **{s.key: s.key.rsplit("/", 1)[-1] for s in RISK_REVIEW_DAYS},
}
#: Languages named in themselves, after "as the system".
NATIVE_LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文"}


def sqlite_file_url(path: Path) -> str:
    return f"sqlite:///{path.expanduser().resolve()}"


class PathField(QWidget):
    """A path typed or chosen with "Choose…"; ``value()`` is the text, "" for none."""

    edited = Signal()

    def __init__(self, choose: Callable[[str], str], placeholder: str = "") -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        self.button = QPushButton(self.tr("Choose…"))
        self._choose = choose
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.edit, 1)
        line.addWidget(self.button)
        self.edit.textEdited.connect(lambda _t: self.edited.emit())
        self.button.clicked.connect(self.choose)
        self.setFocusProxy(self.edit)

    def choose(self) -> None:
        chosen = self._choose(self.edit.text())
        if chosen:
            self.edit.setText(chosen)
            self.edited.emit()

    def value(self) -> str:
        return self.edit.text().strip()

    def setValue(self, value: str | None) -> None:
        self.edit.setText(value or "")


class DatabaseField(QWidget):
    """A local SQLite file or a server URL; ``value()`` is what ``DATABASE_URL`` keeps."""

    edited = Signal()

    def __init__(self, default_file: Path | None, choose: Callable[[str], str]) -> None:
        super().__init__()
        self.default_file = default_file
        self.local = QRadioButton(self.tr("Local file"))
        self.local.setObjectName("database_local")
        self.server = QRadioButton(self.tr("Server"))
        self.server.setObjectName("database_server")
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.server)
        self.file = PathField(choose, str(default_file or ""))
        self.file.setObjectName("database_file")
        self.url = QLineEdit()
        self.url.setObjectName("database_url")
        self.url.setPlaceholderText("postgresql+psycopg://user@host:5432/outpost")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.local)
        column.addWidget(self.file)
        column.addWidget(self.server)
        column.addWidget(self.url)
        self.local.setChecked(True)
        self.local.toggled.connect(self._enable)
        self.url.textEdited.connect(lambda _t: self.edited.emit())
        self.file.edited.connect(self.edited)
        self.local.toggled.connect(lambda _c: self.edited.emit())
        self._enable()

    def _enable(self) -> None:
        self.file.setEnabled(self.local.isChecked())
        self.url.setEnabled(self.server.isChecked())

    def setValue(self, stored: str | None) -> None:
        stored = (stored or "").strip()
        parsed = _parse(stored) if stored else None
        if parsed is not None and parsed.get_backend_name() != "sqlite":
            self.server.setChecked(True)
            self.url.setText(stored)
            return
        self.local.setChecked(True)
        self.file.setValue(parsed.database if parsed is not None else "")

    def value(self) -> str:
        """ "" for the data folder's file, else a URL; a ValidationError when unusable."""
        if self.local.isChecked():
            text = self.file.value()
            if not text:
                return ""
            path = Path(text).expanduser()
            if not path.parent.is_dir():
                raise ValidationError(
                    "database",
                    self.tr("The folder {folder} does not exist").format(folder=path.parent),
                )
            if self.default_file is not None and path.resolve() == self.default_file.resolve():
                return ""
            return sqlite_file_url(path)
        text = self.url.text().strip()
        parsed = _parse(text)
        if parsed is None or parsed.get_backend_name() != "postgresql":
            raise ValidationError(
                "database",
                self.tr("Give a server URL such as postgresql+psycopg://user@host/outpost"),
            )
        if parsed.password:
            raise ValidationError(
                "database",
                self.tr(
                    "Leave the password out of the URL: it would be kept in plain text; "
                    "put it in ~/.pgpass or PGPASSWORD"
                ),
            )
        return text


def _days_editor(minimum: int = 1, maximum: int = 3650) -> QSpinBox:
    """A number of days within bounds (the spin box refuses anything else)."""
    box = QSpinBox()
    box.setRange(minimum, maximum)
    box.setSuffix(QCoreApplication.translate("PreferencesDialog", " days"))
    return box


def _parse(text: str) -> Any:
    try:
        return make_url(text)
    except (ArgumentError, ValueError):
        return None


class PreferencesDialog(FormDialog):
    """The user's preferences; OK saves them all (or shows what is wrong, at its field)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Preferences"), topics=("preferences",), parent=parent)
        self.setObjectName("preferences")
        self.managers = TeamService(ctx.db).list_managers()
        self.restart_needed = False
        editors = {
            LANGUAGE.key: self._language_editor,
            ME.key: self._me_editor,
            MY_TIME_ZONE.key: lambda: TimeZoneCombo(allow_none=True),
            EXPORT_FOLDER.key: lambda: PathField(self._choose_folder, str(Path.home())),
            PACK_FONT.key: lambda: PathField(self._choose_font, self._automatic_font()),
            DATABASE_URL.key: self._database_editor,
            COMPLIANCE_WARNING_DAYS.key: lambda: _days_editor(1, 730),
            **{s.key: _days_editor for s in RISK_REVIEW_DAYS},
        }
        tips = {
            LANGUAGE.key: self.tr("Applies the next time Outpost starts"),
            ME.key: self.tr(
                "Your changes are recorded as this manager's; new reviews and "
                "one-on-ones are theirs by default"
            ),
            MY_TIME_ZONE.key: self.tr("Empty: the time zone of the manager chosen above"),
            PACK_FONT.key: self.tr(
                "A TrueType (.ttf or .ttc) font with Chinese characters; empty: found automatically"
            ),
            DATABASE_URL.key: self.tr(
                "Applies the next time Outpost starts; the password is never kept here"
            ),
            COMPLIANCE_WARNING_DAYS.key: self.tr(
                "Obligations and work permits due this soon are highlighted in the Compliance pane"
            ),
        }
        for setting in PREFERENCES:
            self.add_field(
                FIELD_NAMES[setting.key],
                setting.title(),
                editors[setting.key](),
                tip=tips.get(setting.key, ""),
            )
        # Said on the form, not only in tooltips: these wait for the next start.
        for setting in (LANGUAGE, DATABASE_URL):
            self._note(FIELD_NAMES[setting.key], tips[setting.key])
        self._load()
        self.set_save(lambda _version: self.apply())
        self.resize(620, self.sizeHint().height())

    def _note(self, name: str, text: str) -> None:
        """A grey line under field ``name`` (above its error line)."""
        note = QLabel(text)
        note.setObjectName(f"note_{name}")
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        column = self.field(name).parentWidget().layout()
        column.insertWidget(1, note)

    # -- editors -------------------------------------------------------------------------

    def _language_editor(self) -> QComboBox:
        combo = QComboBox()
        for value, title in LANGUAGE.choice_titles():
            combo.addItem(NATIVE_LANGUAGE_NAMES.get(value, title), value)
        return combo

    def _me_editor(self) -> SearchableCombo:
        chinese = self.ctx.prefers_chinese
        items = [
            (f"{m.name_zh if chinese and m.name_zh else m.name} <{m.email}>", m.id)
            for m in self.managers
        ]
        return SearchableCombo(items, allow_none=True)

    def _database_editor(self) -> DatabaseField:
        paths = self.ctx.paths
        return DatabaseField(paths.database_file if paths else None, self._choose_database)

    def _choose_folder(self, current: str) -> str:
        return QFileDialog.getExistingDirectory(
            self, self.tr("Choose the export folder"), current or str(Path.home())
        )

    def _choose_font(self, current: str) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a font with Chinese characters"),
            current,
            self.tr("TrueType fonts (*.ttf *.ttc);;All files (*)"),
        )
        return path

    def _choose_database(self, current: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Choose the database file"),
            current,
            self.tr("SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        return path

    def _automatic_font(self) -> str:
        try:
            return self.tr("Automatic: {file}").format(file=find_cjk_font())
        except FontNotFoundError:
            return self.tr("Automatic (no Chinese font found yet)")

    # -- values --------------------------------------------------------------------------

    def _load(self) -> None:
        settings = self.ctx.settings
        language = self.field("language")
        language.setCurrentIndex(max(language.findData(LANGUAGE.get(settings)), 0))
        self.field("me").setValue(ME.get(settings))
        self.field("my_time_zone").setValue(MY_TIME_ZONE.get(settings) or None)
        self.field("export_folder").setValue(EXPORT_FOLDER.get(settings))
        self.field("pack_font").setValue(PACK_FONT.get(settings))
        self.field("database").setValue(DATABASE_URL.get(settings))
        self.field("compliance_warning_days").setValue(COMPLIANCE_WARNING_DAYS.get(settings))
        for setting in RISK_REVIEW_DAYS:
            self.field(FIELD_NAMES[setting.key]).setValue(setting.get(settings))

    def checked_values(self) -> dict[Setting[Any], Any]:
        """Every preference as it will be saved; a ValidationError names the bad field."""
        zone_combo: TimeZoneCombo = self.field("my_time_zone")
        zone = zone_combo.value()
        if zone is None and zone_combo.currentText().strip() not in ("", EMPTY_TEXT):
            raise ValidationError("my_time_zone", self.tr("Not a known IANA time zone"))
        me = self.field("me")
        if me.value() is None and me.currentText().strip() not in ("", EMPTY_TEXT):
            raise ValidationError("me", self.tr("Choose a manager from the list"))
        folder = self.field("export_folder").value()
        if folder and not Path(folder).expanduser().is_dir():
            raise ValidationError(
                "export_folder", self.tr("{folder} is not a folder").format(folder=folder)
            )
        font = self.field("pack_font").value()
        if font:
            try:
                find_cjk_font(preferred=font)
            except FontNotFoundError as error:
                raise ValidationError("pack_font", str(error)) from error
        return {
            LANGUAGE: self.field("language").currentData(),
            ME: me.value(),
            MY_TIME_ZONE: zone or "",
            EXPORT_FOLDER: folder,
            PACK_FONT: font,
            DATABASE_URL: self.field("database").value(),
            COMPLIANCE_WARNING_DAYS: self.field("compliance_warning_days").value(),
            **{s: self.field(FIELD_NAMES[s.key]).value() for s in RISK_REVIEW_DAYS},
        }

    def apply(self) -> dict[Setting[Any], Any]:
        """Save every preference (after checking them all); who I am applies at once."""
        values = self.checked_values()
        settings = self.ctx.settings
        self.restart_needed = any(values[s] != s.get(settings) for s in (LANGUAGE, DATABASE_URL))
        for setting, value in values.items():
            if setting is not ME:
                setting.set(settings, value)
        manager = next((m for m in self.managers if m.id == values[ME]), None)
        sign_in(self.ctx, manager)
        return values

    def accept(self) -> None:
        super().accept()
        if self.result() and self.restart_needed:
            QMessageBox.information(
                self.parentWidget(),
                self.tr("Preferences"),
                self.tr("The new language or database applies the next time Outpost starts."),
            )


__all__ = ["DatabaseField", "PathField", "PreferencesDialog", "sqlite_file_url"]
