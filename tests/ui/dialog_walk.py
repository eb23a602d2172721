"""Every dialog the console opens, with real data, for walks over their visible texts.

:data:`DIALOGS` is a table of ``(name, opener)`` pairs: an opener gets the
context, the :class:`Scene` (a team with targets, actuals, a meeting, a review
cycle, a course) and the main window, and returns the dialog it opened,
unshown. A new dialog is one line here (a lambda, or a small function when it
needs data first); tests/ui/test_no_english.py walks them all in Chinese.

:data:`MODALS` holds the questions asked with ``exec()`` (message boxes built
and run inside a method): its "opener" runs the step that asks, and the test
answers the dialog (walking it first) with the ``answer_dialog`` fixture.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal as D
from pathlib import Path
from typing import cast
from zoneinfo import ZoneInfo, available_timezones

from PySide6.QtWidgets import QWidget

from app.domain.enums import CourseCategory, CourseFormat, Metric, ReviewStatus
from app.domain.geo import country_codes, currency_codes
from app.domain.periods import Period
from app.reports.fonts import FontNotFoundError, find_cjk_font
from app.services.actuals import ActualInput, ActualService
from app.services.base import PageRequest
from app.services.cycles import CycleInput, CycleService
from app.services.errors import ConflictError
from app.services.one_on_one_records import OneOnOneInput
from app.services.one_on_ones import OneOnOneService
from app.services.review_queries import ReviewQueries
from app.services.reviews import ReviewService
from app.services.targets import TargetInput, TargetRecord, TargetService
from app.services.team import RegionRecord, RepRecord, TeamService
from app.services.training import (
    AssignmentInput,
    AssignmentRecord,
    CourseInput,
    TrainingService,
)
from app.ui.admin.courses import CourseDialog
from app.ui.admin.managers import ManagerDialog
from app.ui.admin.rates import RateDialog
from app.ui.admin.regions import RegionDialog
from app.ui.compliance.dialog import ComplianceDialog
from app.ui.conflict_dialog import ConflictDialog
from app.ui.context import UiContext
from app.ui.error_dialog import ErrorDialog
from app.ui.first_start import FirstStartDialog
from app.ui.first_start.wizard import SetupWizard
from app.ui.help.about import AboutDialog
from app.ui.help.data_folder import DataFolderDialog
from app.ui.help.guide import GuideDialog
from app.ui.help.shortcuts import ShortcutsDialog
from app.ui.main_window import MainWindow
from app.ui.one_on_ones.editor import OneOnOneEditor
from app.ui.one_on_ones.schedule_dialog import ScheduleDialog
from app.ui.packs.export_dialog import ExportPackDialog
from app.ui.preferences import PreferencesDialog
from app.ui.reviews.cycle_dialog import OpenCycleDialog
from app.ui.reviews.dialogs import AcknowledgeDialog, GoalDialog, ReopenDialog
from app.ui.reviews.editor import ReviewEditor
from app.ui.risks.dialogs import RiskDialog
from app.ui.targets.actuals_grid import ActualsGridDialog
from app.ui.targets.dialogs import CreateTargetDialog, EditTargetDialog
from app.ui.team.import_dialog import TeamImportDialog
from app.ui.team.rep_dialog import RepDialog
from app.ui.training.dialogs import AssignmentDialog, CompleteDialog
from app.ui.training.plan_dialog import PlanDialog
from tests.services.factories import make_manager

Q2 = Period.quarter(2026, 2)
SINGAPORE = ZoneInfo("Asia/Singapore")


@dataclass(frozen=True)
class Scene:
    """What the dialogs open on, and the texts that are data rather than the console's words."""

    region_id: int
    rep_id: int
    target: TargetRecord
    meeting_id: int
    cycle_id: int
    review_id: int
    course_id: int
    data: list[str]


def make_scene(ctx: UiContext, team: dict[str, object]) -> Scene:
    """Li Wei (``team`` fixture) with Q2 targets and actuals, a meeting, a course, a cycle."""
    asia = cast(RegionRecord, team["asia"])
    li = cast(dict[str, RepRecord], team["reps"])["Li Wei"]
    targets = TargetService(ctx.db)
    revenue = targets.create_target(TargetInput(li.id, Metric.REVENUE, Q2, D(30000), "SGD"))
    targets.create_target(TargetInput(li.id, Metric.CSAT, Q2, D(90), "%"))
    may = Period.month(2026, 5)
    ActualService(ctx.db).create_actual(
        ActualInput(li.id, Metric.REVENUE, may.start, may.end, D(21000), "SGD")
    )
    manager = make_manager(ctx.db, asia.id, name="Zhou Ping", name_zh="周平")
    meeting = OneOnOneService(ctx.db).schedule(
        OneOnOneInput(li.id, dt.datetime(2026, 6, 2, 10, 0, tzinfo=SINGAPORE), manager.id)
    )
    course = TrainingService(ctx.db).create_course(
        CourseInput("Negotiation skills", CourseCategory.SALES_SKILLS, CourseFormat.ONLINE, D(8))
    )
    template = [{"metric": "revenue", "weight": 70}, {"metric": "csat", "weight": 30}]
    cycle = CycleService(ctx.db).open_cycle(
        CycleInput(asia.id, "2026 Q2 review", "quarterly", Q2.start, Q2.end, template)
    )
    review = (
        ReviewService(ctx.db)
        .list_reviews(PageRequest(filters={"cycle_id": cycle.id, "rep_id": li.id}))
        .rows[0]
    )
    team_service = TeamService(ctx.db)
    reps = team_service.list_reps(PageRequest(limit=1000)).rows
    data = [r.name for r in reps] + [r.posting_city for r in reps if r.posting_city]
    data += [r.name for r in team_service.list_regions()]
    data += [manager.name, manager.email, course.title, cycle.name]
    data += [r.email for r in reps] + [str(ctx.db.description), ctx.db.actor]
    data += [r.currency for r in reps] + [r.base_currency for r in team_service.list_regions()]
    data += identifiers()
    # Preferences shows the default database file and export folder (the home folder).
    data += [str(ctx.paths.database_file) if ctx.paths else "", str(Path.home())]
    return Scene(asia.id, li.id, revenue, meeting.id, cycle.id, review.id, course.id, data)


def identifiers() -> list[str]:
    """Names the console shows alike in both languages.

    IANA zones, their cities and abbreviations ("Asia/Shanghai", "Shanghai (CST)"),
    country codes after a name ("中国 (CN)"), a command-line option, the pack font's file,
    file extensions.
    """
    zones = available_timezones()
    cities = {zone.rsplit("/", 1)[-1].replace("_", " ") for zone in zones}
    moments = [dt.datetime(2026, m, 1, tzinfo=ZoneInfo(zone)) for zone in zones for m in (1, 7)]
    abbreviations = {name for moment in moments if (name := moment.tzname())}
    codes = [f"({code})" for code in country_codes()]
    # A currency list item starts with its ISO code: "SGD — 新加坡元".
    codes += [f"{code} — " for code in currency_codes()]
    try:
        font = [str(find_cjk_font())]
    except FontNotFoundError:
        font = []
    return [*zones, *cities, *abbreviations, *codes, "--data-dir", *font, ".xlsx", ".csv"]


Opener = Callable[[UiContext, Scene, MainWindow], QWidget]


def _conflict(ctx: UiContext, scene: Scene, window: MainWindow) -> ConflictDialog:
    """The dialog a stale save of a rep raises: a colleague saved first."""
    service = TeamService(ctx.db)
    loaded = service.get_rep(scene.rep_id)
    service.update_rep(loaded.id, replace(loaded.to_input(), phone="+65 6000 0001"), loaded.version)
    form = RepDialog(ctx, loaded, parent=window)
    try:
        service.update_rep(loaded.id, loaded.to_input(), loaded.version)
    except ConflictError as error:
        return ConflictDialog(error, form.conflict_values(), form.labels, window)
    finally:
        form.deleteLater()
    raise AssertionError("the stale save did not conflict")


def _review(ctx: UiContext, scene: Scene, signed: bool = False):  # type: ignore[no-untyped-def]
    queries = ReviewQueries(ctx.db)
    review = queries.get(scene.review_id)
    if signed:
        review = queries.submit(review.id, review.version)
        review = queries.sign(review.id, review.version)
        assert review.status is ReviewStatus.SIGNED
    return queries, review


def _acknowledge(ctx: UiContext, scene: Scene, window: MainWindow) -> AcknowledgeDialog:
    queries, review = _review(ctx, scene, signed=True)
    return AcknowledgeDialog(ctx, queries, review, "", window)


def _reopen(ctx: UiContext, scene: Scene, window: MainWindow) -> ReopenDialog:
    queries, review = _review(ctx, scene, signed=True)
    return ReopenDialog(ctx, queries, review, window)


def _export_pack(ctx: UiContext, scene: Scene, window: MainWindow) -> ExportPackDialog:
    out = Path(ctx.settings.fileName()).parent / "pack.pdf"
    return ExportPackDialog(ctx, folder=False, default_out=out, subject="", parent=window)


def _training_record(ctx: UiContext, scene: Scene) -> AssignmentRecord:
    return TrainingService(ctx.db).assign(
        AssignmentInput(scene.rep_id, scene.course_id, dt.date(2026, 7, 1))
    )


def _plan_training(ctx: UiContext, scene: Scene, window: MainWindow) -> PlanDialog:
    rep_ids = (scene.rep_id,)
    return PlanDialog(
        ctx, region_id=scene.region_id, rep_ids=rep_ids, today=dt.date(2026, 6, 1), parent=window
    )


DIALOGS: list[tuple[str, Opener]] = [
    ("new rep", lambda ctx, s, w: RepDialog(ctx, region_id=s.region_id, parent=w)),
    (
        "edit rep",
        lambda ctx, s, w: RepDialog(ctx, TeamService(ctx.db).get_rep(s.rep_id), parent=w),
    ),
    ("new target", lambda ctx, s, w: CreateTargetDialog(ctx, s.region_id, Q2, w)),
    ("edit target", lambda ctx, s, w: EditTargetDialog(ctx, s.target, w)),
    (
        "actuals grid",
        lambda ctx, s, w: ActualsGridDialog(ctx, s.region_id, Metric.REVENUE, 2026, w),
    ),
    ("schedule", lambda ctx, s, w: ScheduleDialog(ctx, region_id=s.region_id, parent=w)),
    (
        "move meeting",
        lambda ctx, s, w: ScheduleDialog(
            ctx, meeting=OneOnOneService(ctx.db).get(s.meeting_id), parent=w
        ),
    ),
    (
        "one-on-one editor",
        lambda ctx, s, w: OneOnOneEditor(
            ctx, s.meeting_id, today=lambda: dt.date(2026, 6, 1), parent=w
        ),
    ),
    ("open cycle", lambda ctx, s, w: OpenCycleDialog(ctx, s.region_id, Q2, w)),
    ("review editor", lambda ctx, s, w: ReviewEditor(ctx, s.review_id, w)),
    (
        "goal",
        lambda ctx, s, w: GoalDialog(ctx, [("Negotiation skills", s.course_id)], None, w),
    ),
    ("acknowledge", _acknowledge),
    ("reopen", _reopen),
    ("export pack", _export_pack),
    ("conflict", _conflict),
    ("error", lambda ctx, s, w: ErrorDialog("", "", w)),
    ("new region", lambda ctx, s, w: RegionDialog(ctx, parent=w)),
    ("new manager", lambda ctx, s, w: ManagerDialog(ctx, region_id=s.region_id, parent=w)),
    ("new exchange rate", lambda ctx, s, w: RateDialog(ctx, parent=w)),
    ("new course", lambda ctx, s, w: CourseDialog(ctx, parent=w)),
    ("import team", lambda ctx, s, w: TeamImportDialog(ctx, w)),
    ("new training", lambda ctx, s, w: AssignmentDialog(ctx, region_id=s.region_id, parent=w)),
    (
        "edit training",
        lambda ctx, s, w: AssignmentDialog(ctx, _training_record(ctx, s), parent=w),
    ),
    (
        "complete training",
        lambda ctx, s, w: CompleteDialog(ctx, _training_record(ctx, s), dt.date(2026, 6, 1), w),
    ),
    ("plan training", _plan_training),
    ("new risk", lambda ctx, s, w: RiskDialog(ctx, s.region_id, parent=w)),
    ("new obligation", lambda ctx, s, w: ComplianceDialog(ctx, region_id=s.region_id, parent=w)),
    ("first start", lambda ctx, s, w: FirstStartDialog(w)),
    ("set-up wizard", lambda ctx, s, w: SetupWizard(ctx, w)),
    ("preferences", lambda ctx, s, w: PreferencesDialog(ctx, w)),
    ("shortcuts", lambda ctx, s, w: ShortcutsDialog(w)),
    ("guide", lambda ctx, s, w: GuideDialog(w)),
    ("data folder", lambda ctx, s, w: DataFolderDialog(ctx, w)),
    ("about", lambda ctx, s, w: AboutDialog(w)),
]


def _sign_question(ctx: UiContext, scene: Scene, window: MainWindow) -> None:
    """The editor's Sign… on a submitted review: "Sign the review of …?" (answered No)."""
    queries = ReviewQueries(ctx.db)
    review = queries.get(scene.review_id)
    queries.submit(review.id, review.version)
    editor = ReviewEditor(ctx, scene.review_id, window)
    try:
        assert editor.workflow.sign() is False
    finally:
        editor.deleteLater()


MODALS: list[tuple[str, Callable[[UiContext, Scene, MainWindow], None]]] = [
    ("sign question", _sign_question),
]
