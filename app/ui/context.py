"""What every window and pane is given: the database, the change bus, the settings."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack

from app.db.engine import Database, default_actor
from app.paths import AppPaths
from app.ui.change_bus import ChangeBus
from app.ui.settings import LANGUAGE, LAST_REGION

# Kept for older callers; the declarations (type, default, label) are in app/ui/settings.py.
LANGUAGE_KEY = LANGUAGE.key
LAST_REGION_KEY = LAST_REGION.key


def open_settings(paths: AppPaths) -> QSettings:
    """An INI file under the config folder, so ``--data-dir`` isolates it too."""
    paths.config.mkdir(parents=True, exist_ok=True)
    return QSettings(str(paths.settings_file), QSettings.Format.IniFormat)


@dataclass
class UiContext:
    """Shared by the main window and its panes; widgets never hold a Session."""

    db: Database
    bus: ChangeBus
    settings: QSettings
    # "zh" or "en": which name (Chinese or English) lists prefer.
    language: str = "en"
    # This session's creates, edits and deletes, for Ctrl+Z (see app/ui/undo.py).
    undo_stack: QUndoStack = field(default_factory=QUndoStack)
    # Where this run keeps its files (None in tests that do not need it).
    paths: AppPaths | None = None

    def set_actor(self, actor: str | None) -> None:
        """Audit later writes as ``actor`` ("Name <email>"); None: the OS login."""
        self.db.actor = actor or default_actor()

    @property
    def prefers_chinese(self) -> bool:
        return self.language == "zh"
