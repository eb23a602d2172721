"""Where a table export goes: the save dialog, remembering its folder, writing the file.

The dialog offers XLSX and CSV, opens in the folder of the last export
(:data:`~app.ui.settings.EXPORT_FOLDER`, else the home folder) and adds the
chosen format's suffix when the name has none. Writing is
:func:`app.io.table_export.write_table`; a failure (disk full, file open in
Excel on Windows) is shown in a message box, never raised.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from app.io.table_export import FORMATS, TableExportError, write_table
from app.ui.settings import EXPORT_FOLDER

translate = QCoreApplication.translate


def export_folder(settings: QSettings) -> Path:
    """The folder the export dialog opens in: the last one used, if it still exists."""
    kept = EXPORT_FOLDER.get(settings)
    folder = Path(kept) if kept else Path.home()
    return folder if folder.is_dir() else Path.home()


def _filters() -> tuple[str, str]:
    return (
        translate("TableExport", "Excel workbook (*.xlsx)"),
        translate("TableExport", "CSV, UTF-8 (*.csv)"),
    )


def ask_export_path(parent: QWidget, settings: QSettings, name: str) -> Path | None:
    """Ask where to save a table; ``name`` suggests the file's stem. None when cancelled."""
    xlsx_filter, csv_filter = _filters()
    stem = f"{name} {dt.date.today().isoformat()}".replace("/", "-")
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        translate("TableExport", "Export table"),
        str(export_folder(settings) / f"{stem}.xlsx"),
        f"{xlsx_filter};;{csv_filter}",
        xlsx_filter,
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in FORMATS:
        target = target.with_name(target.name + (".csv" if chosen == csv_filter else ".xlsx"))
    return target


def save_table(
    parent: QWidget,
    settings: QSettings,
    path: Path,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    title: str,
) -> Path | None:
    """Write the table to ``path`` and remember its folder; None (said in a box) on failure."""
    try:
        written = write_table(path, headers, rows, sheet_title=title)
    except (OSError, TableExportError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        message = translate("TableExport", "Cannot write {file}: {reason}").format(
            file=path, reason=reason
        )
        QMessageBox.warning(parent, translate("TableExport", "Export table"), message)
        return None
    EXPORT_FOLDER.set(settings, str(written.parent))
    return written


class WaitCursor:
    """A busy cursor while a block runs (reading every row can take a moment)."""

    def __enter__(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_exc: object) -> None:
        QApplication.restoreOverrideCursor()


__all__ = ["WaitCursor", "ask_export_path", "export_folder", "save_table"]
