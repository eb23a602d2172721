"""Set up my region: a three-page wizard from an empty database to a region I lead.

Finish writes the region and me, its manager, in one audited transaction
(:meth:`FirstStartService.set_up_region`, audited as me), keeps me as "who I
am" with my language, then imports the team spreadsheet when one was chosen.
A refused spreadsheet leaves the wizard open on its page with the bad cells
listed (the region stays: Finish again imports only the corrected file).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget, QWizard

from app.domain.validation import ValidationError
from app.io.team_sheet import TeamSheetError, read_team_sheet
from app.services.first_start import FirstStartService, SetUpRegion
from app.services.team_import import TeamImportService
from app.services.team_rows import ImportReport
from app.ui.context import UiContext
from app.ui.error_text import error_text, message_text
from app.ui.first_start.pages import RegionPage, TeamPage, WhoPage
from app.ui.me import actor_text, sign_in
from app.ui.settings import LANGUAGE
from app.ui.team.import_preview import error_text as cell_error_text

translate = QCoreApplication.translate

#: How many bad cells the team page lists before "and N more".
SHOWN_ERRORS = 12


def report_text(report: ImportReport) -> str:
    """Counts per sheet ("Reps: 12 created, 1 updated, 0 unchanged"), one line each."""
    return "\n".join(
        translate(
            "SetupWizard", "{sheet}: {created} created, {updated} updated, {unchanged} unchanged"
        ).format(sheet=sheet, created=c.created, updated=c.updated, unchanged=c.unchanged)
        for sheet, c in report.counts.items()
        if c.created or c.updated or c.unchanged
    )


class SetupWizard(QWizard):
    """Who I am → my region → my team; :attr:`result` is what Finish wrote."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("setup_wizard")
        self.setWindowTitle(self.tr("Set up my region"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.who_page = WhoPage(ctx)
        self.region_page = RegionPage(ctx)
        self.team_page = TeamPage(ctx)
        self.who_id = self.addPage(self.who_page)
        self.region_id = self.addPage(self.region_page)
        self.team_id = self.addPage(self.team_page)
        #: The region and manager written by Finish (kept if the import is refused).
        self.result: SetUpRegion | None = None
        #: The team import's report when a spreadsheet was imported.
        self.import_report: ImportReport | None = None
        self.resize(680, 540)

    @property
    def add_reps_by_hand(self) -> bool:
        return not self.team_page.importing()

    def validateCurrentPage(self) -> bool:
        if not super().validateCurrentPage():
            return False
        if self.currentId() != self.team_id:
            return True
        return self.finish_setup()

    def finish_setup(self) -> bool:
        """Write the region and me (once), then import the spreadsheet; False stays open."""
        if self.result is None and not self._set_up():
            return False
        if self.team_page.importing():
            return self._import()
        return True

    def _set_up(self) -> bool:
        who, region = self.who_page, self.region_page
        manager = who.manager_input()
        previous = self.ctx.db.actor
        # The first events of the trail are mine, not the OS login's.
        self.ctx.set_actor(actor_text(manager.name, manager.email))
        try:
            self.result = FirstStartService(self.ctx.db).set_up_region(
                region.region_input(), manager
            )
        except ValidationError as error:
            self.ctx.db.actor = previous
            self._show_at_page(error.field, message_text(error))
            return False
        sign_in(self.ctx, self.result.manager)
        LANGUAGE.set(self.ctx.settings, who.chosen_language())
        self.ctx.settings.sync()
        self.ctx.bus.emit_changed("regions", "managers")
        return True

    def _show_at_page(self, field: str, message: str) -> None:
        for page_id, page in (
            (self.who_id, self.who_page),
            (self.region_id, self.region_page),
        ):
            if field in page.fields:
                # Finish runs on the last page: go back to the page of the field.
                while self.currentId() not in (page_id, self.startId()):
                    self.back()
                page.show_error(field, message)
                return
        self.team_page.show_report(message)

    def _import(self) -> bool:
        page = self.team_page
        path = page.team_file()
        assert path is not None  # the page refuses an import without a file
        try:
            rows = read_team_sheet(path)
        except TeamSheetError as error:
            page.show_error("team_file", error_text(error))
            return False
        report = TeamImportService(self.ctx.db).import_rows(rows)
        if not report.ok:
            lines = [cell_error_text(e) for e in report.errors[:SHOWN_ERRORS]]
            if len(report.errors) > SHOWN_ERRORS:
                more = len(report.errors) - SHOWN_ERRORS
                lines.append(self.tr("…and {count} more").format(count=more))
            page.show_report(
                self.tr(
                    "Your region is saved, but nothing was imported: {count} bad cell(s). "
                    "Correct the file and press Finish again.\n{errors}"
                ).format(count=len(report.errors), errors="\n".join(lines))
            )
            return False
        self.import_report = report
        self.ctx.bus.emit_changed()
        return True


__all__ = ["SHOWN_ERRORS", "SetupWizard", "report_text"]
