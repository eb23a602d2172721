"""The set-up wizard's pages: who I am, my region, my team.

Each page checks its own fields with the services' validators before Next
(nothing is written until Finish), so a bad e-mail or an unknown currency is
shown at its field on the page where it was typed.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import available_timezones

from PySide6.QtCore import QTimeZone
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from app.domain.enums import ManagerRole
from app.domain.validation import ValidationError
from app.io.team_sheet import write_template
from app.services.first_start import check_manager, check_region
from app.services.team import ManagerInput, RegionInput
from app.ui.combos import CurrencyCombo, TimeZoneCombo
from app.ui.context import UiContext
from app.ui.error_text import message_text
from app.ui.first_start.parts import CountryChecklist, FieldsPage

#: The languages the console speaks, each named in itself (as language pickers do).
LANGUAGE_NAMES = (("en", "English"), ("zh_CN", "简体中文"))


def system_time_zone() -> str:
    """The computer's IANA zone ("Asia/Shanghai"), or UTC when it has none we know."""
    zone = bytes(QTimeZone.systemTimeZoneId().data()).decode(errors="ignore")
    return zone if zone in available_timezones() else "UTC"


def language_combo(current: str) -> QComboBox:
    """English / 简体中文, ``current`` ("en" or "zh_CN") chosen."""
    combo = QComboBox()
    for code, name in LANGUAGE_NAMES:
        combo.addItem(name, code)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


class WhoPage(FieldsPage):
    """Name, e-mail, my time zone and language: the manager the console acts as."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Who I am"),
            self.tr("You become the manager of your region; your changes are recorded as yours."),
            parent,
        )
        self.name_edit: QLineEdit = self.add_field("manager_name", self.tr("Name"), QLineEdit())
        self.email_edit: QLineEdit = self.add_field("manager_email", self.tr("Email"), QLineEdit())
        self.zone_combo: TimeZoneCombo = self.add_field(
            "manager_time_zone", self.tr("My time zone"), TimeZoneCombo()
        )
        self.zone_combo.setValue(system_time_zone())
        self.language: QComboBox = self.add_field(
            "language",
            self.tr("Language"),
            language_combo("zh_CN" if ctx.prefers_chinese else "en"),
            hint=self.tr("A new language applies the next time Outpost starts."),
        )

    def manager_input(self) -> ManagerInput:
        return ManagerInput(
            name=self.name_edit.text(),
            email=self.email_edit.text().strip(),
            time_zone=self.zone_combo.value() or "",
            role=ManagerRole.REGIONAL_MANAGER,
        )

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def validatePage(self) -> bool:
        self.clear_errors()
        try:
            check_manager(self.manager_input())
        except ValidationError as error:
            self.show_error(error.field, message_text(error))
            return False
        return True


class RegionPage(FieldsPage):
    """The region's name, base currency and countries."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("My region"),
            self.tr("The region you lead: targets and reviews are summed in its base currency."),
            parent,
        )
        self.name_edit: QLineEdit = self.add_field("region_name", self.tr("Name"), QLineEdit())
        self.currency_combo: CurrencyCombo = self.add_field(
            "region_base_currency", self.tr("Base currency"), CurrencyCombo()
        )
        self.countries: CountryChecklist = self.add_field(
            "region_countries", self.tr("Countries"), CountryChecklist(language=ctx.language)
        )

    def region_input(self) -> RegionInput:
        return RegionInput(
            name=self.name_edit.text(),
            base_currency=self.currency_combo.value() or "",
            countries=self.countries.value(),
        )

    def validatePage(self) -> bool:
        self.clear_errors()
        try:
            check_region(self.region_input())
        except ValidationError as error:
            self.show_error(error.field, message_text(error))
            return False
        return True


class TeamPage(FieldsPage):
    """Import a team spreadsheet, or add the reps one by one after finishing."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("My team"),
            self.tr("Bring in your reps from a spreadsheet, or type them in one by one."),
            parent,
        )
        self.by_hand = QRadioButton(self.tr("Add reps one by one"))
        self.by_hand.setObjectName("by_hand")
        self.by_hand.setChecked(True)
        self.by_import = QRadioButton(self.tr("Import a team spreadsheet"))
        self.by_import.setObjectName("by_import")
        group = QButtonGroup(self)
        group.addButton(self.by_hand)
        group.addButton(self.by_import)
        self.form.addRow(self.by_hand)
        self.form.addRow(
            "", QLabel(self.tr("After Finish, the Team pane opens with the form of a new rep."))
        )
        self.form.addRow(self.by_import)
        self.file_edit = QLineEdit()
        self.file_edit.setPlaceholderText(self.tr("An .xlsx file made from the team template"))
        self.browse_button = QPushButton(self.tr("Choose…"))
        self.browse_button.setObjectName("browse_team_file")
        self.template_button = QPushButton(self.tr("Save a blank template…"))
        self.template_button.setObjectName("save_template")
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.file_edit, 1)
        line.addWidget(self.browse_button)
        self.add_field("team_file", self.tr("Spreadsheet"), row)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_button)
        template_row.addStretch(1)
        self.form.addRow("", template_row)
        self.report_label = QLabel()
        self.report_label.setObjectName("import_report")
        self.report_label.setWordWrap(True)
        self.report_label.hide()
        self.main_layout.addWidget(self.report_label)
        self.main_layout.addStretch(1)
        self.file_edit.textEdited.connect(lambda _t: self.clear_error("team_file"))
        self.file_edit.textEdited.connect(lambda _t: self.by_import.setChecked(True))
        self.browse_button.clicked.connect(self.choose_file)
        self.template_button.clicked.connect(self.save_template)
        self.by_import.toggled.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        importing = self.by_import.isChecked()
        for widget in (self.file_edit, self.browse_button):
            widget.setEnabled(importing)
        if not importing:
            self.clear_error("team_file")

    def importing(self) -> bool:
        return self.by_import.isChecked()

    def team_file(self) -> Path | None:
        text = self.file_edit.text().strip()
        return Path(text).expanduser() if text else None

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the team spreadsheet"),
            str(Path.home()),
            self.tr("Excel workbooks (*.xlsx);;All files (*)"),
        )
        if path:
            self.file_edit.setText(path)
            self.clear_error("team_file")

    def save_template(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the team template"),
            str(Path.home() / "team.xlsx"),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not path:
            return
        try:
            write_template(Path(path))
        except OSError as error:
            self.show_error("team_file", str(error))
            return
        self.show_report(
            self.tr("Template saved to {path}; fill it and choose it above.").format(path=path)
        )

    def show_report(self, text: str) -> None:
        self.report_label.setText(text)
        self.report_label.setVisible(bool(text))

    def validatePage(self) -> bool:
        if self.importing() and self.team_file() is None:
            self.show_error("team_file", self.tr("Choose the spreadsheet to import"))
            return False
        return True


__all__ = ["LANGUAGE_NAMES", "RegionPage", "TeamPage", "WhoPage", "system_time_zone"]
