"""Qt translations: choosing the language, loading the .qm files, regenerating them.

Sources (``resources/translations/outpost_zh_CN.ts``) are committed and edited
with Qt Linguist; the compiled ``.qm`` beside them is what the app loads.
Regenerate both from the repository root with::

    python -m app.ui.translations          # lupdate (refresh .ts) then lrelease (.qm)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import project_root, resources_dir

LANGUAGES = ("en", "zh_CN")
TS_FILES = ("outpost_zh_CN.ts",)


def translations_dir() -> Path:
    return resources_dir() / "translations"


def choose_language(setting: str | None, system: QLocale | None = None) -> str:
    """ "zh_CN" or "en": the setting when it names one, else the system locale's."""
    if setting in LANGUAGES:
        return setting
    name = (system or QLocale.system()).name()
    return "zh_CN" if name.startswith("zh") else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Outpost's and Qt's own translations for ``language``; keep the result alive."""
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return []
    QLocale.setDefault(QLocale(language))
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    wanted = [(f"outpost_{language}", str(translations_dir())), (f"qtbase_{language}", qt_dir)]
    for name, folder in wanted:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def _tool(name: str) -> str:
    """The PySide6 tool beside this interpreter, else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; install PySide6 in this environment")
    return found


def sources() -> list[str]:
    root = project_root()
    return sorted(str(p.relative_to(root)) for p in (root / "app" / "ui").rglob("*.py"))


def update_ts() -> None:
    """Refresh the .ts sources from the code (keeps existing translations)."""
    root = project_root()
    for ts in TS_FILES:
        target = translations_dir() / ts
        cmd = [_tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-ts", str(target)]
        subprocess.run(cmd, check=True, cwd=root)


def release_qm() -> None:
    """Compile each .ts into the .qm the app loads."""
    for ts in TS_FILES:
        source = translations_dir() / ts
        target = source.with_suffix(".qm")
        subprocess.run([_tool("pyside6-lrelease"), str(source), "-qm", str(target)], check=True)


if __name__ == "__main__":
    update_ts()
    release_qm()
