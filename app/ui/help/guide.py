"""Help → Quick guide: what each pane is for and how a review cycle runs.

The text is HTML in resources/help/ (``guide_en.html``, ``guide_zh_CN.html``),
so it can be written and reviewed as prose rather than as dozens of tr() calls;
the file follows the language the console runs in (the default QLocale, which
:func:`app.ui.translations.install_translators` sets).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app.paths import resources_dir


def guide_file(locale: QLocale | None = None) -> Path:
    """The guide in the locale's language: Chinese for any zh locale, else English."""
    chosen = locale or QLocale()
    chinese = chosen.language() == QLocale.Language.Chinese
    return resources_dir() / "help" / ("guide_zh_CN.html" if chinese else "guide_en.html")


class GuideDialog(QDialog):
    """The guide in a browser that follows its own links and opens outside ones externally."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide_dialog")
        self.setWindowTitle(self.tr("Quick guide"))
        self.resize(680, 620)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide_browser")
        self.browser.setOpenExternalLinks(True)
        self.path = guide_file()
        self.browser.setSource(QUrl.fromLocalFile(str(self.path)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
