"""The Training pane driven like a user: filters, Complete, Plan for many, goals, export."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from app.domain.enums import AssignmentStatus
from app.services.base import PageRequest
from app.services.cycles import CycleInput, CycleService
from app.services.rates import RateService
from app.services.review_records import GoalInput
from app.services.reviews import ReviewService
from app.services.training import AssignmentInput, CourseInput, TrainingService
from app.ui.reviews.goals_panel import GoalsPanel
from app.ui.training.columns import GOAL_MARK, OVERDUE_COLOUR
from app.ui.training.pane import TrainingPane
from app.ui.training.plan_dialog import PlanDialog
from tests.services.factories import make_rep
from tests.ui.dialog_answers import answering

TODAY = dt.date(2026, 6, 10)


@pytest.fixture
def world(ctx, team):
    """The team's reps, a newly posted rep in Saudi Arabia, two courses, four assignments."""
    reps = team["reps"]
    gulf = team["gulf"]
    newcomer = make_rep(
        ctx.db,
        gulf.id,
        name="Sun Li",
        name_zh="孙丽",
        posting_country="SA",
        posting_city="Jeddah",
        time_zone="Asia/Riyadh",
        currency="SAR",
        posting_start=dt.date(2026, 5, 1),
    )
    training = TrainingService(ctx.db)
    arabic = training.create_course(
        CourseInput(
            "Arabic for sales",
            "culture_language",
            "classroom",
            Decimal(16),
            title_zh="销售阿拉伯语",
            cost=Decimal(400),
            currency="USD",
        )
    )
    negotiation = training.create_course(
        CourseInput("Negotiation", "sales_skills", "online", Decimal("7.5"))
    )
    late = training.assign(
        AssignmentInput(reps["Li Wei"].id, negotiation.id, dt.date(2026, 5, 1), "in_progress")
    )
    soon = training.assign(AssignmentInput(reps["Zhang Min"].id, negotiation.id, TODAY))
    done = training.assign(
        AssignmentInput(
            reps["Chen Jie"].id,
            arabic.id,
            dt.date(2026, 3, 1),
            "completed",
            dt.date(2026, 2, 20),
            Decimal(88),
            cost=Decimal(400),
            currency="USD",
        )
    )
    # Liu Yang (Riyadh) already has the Arabic course under way.
    open_arabic = training.assign(
        AssignmentInput(reps["Liu Yang"].id, arabic.id, dt.date(2026, 9, 1), "in_progress")
    )
    return {
        **team,
        "newcomer": newcomer,
        "arabic": arabic,
        "negotiation": negotiation,
        "late": late,
        "soon": soon,
        "done": done,
        "open_arabic": open_arabic,
        "training": training,
    }


def make_pane(qtbot, ctx, region_id: int | None = None) -> TrainingPane:
    pane = TrainingPane(ctx)
    qtbot.addWidget(pane)
    pane.today = lambda: TODAY
    pane.resize(1300, 750)
    pane.set_region(region_id)
    pane.show()
    return pane


def shown(pane: TrainingPane, key: str) -> list[str]:
    column = pane.model.column_index(key)
    return [pane.model.index(r, column).data() for r in range(pane.model.rowCount())]


def test_lists_assignments_and_passes_the_model_tester(qtbot, qtmodeltester, ctx, world) -> None:
    pane = make_pane(qtbot, ctx)
    qtmodeltester.check(pane.model)
    assert pane.count_label.text() == "Assignments: 4"
    # By due date; the open one past its date is red, with its days late.
    assert shown(pane, "rep_name") == ["Chen Jie", "Li Wei", "Zhang Min", "Liu Yang"]
    due = pane.model.index(1, pane.model.column_index("due_date"))
    assert due.data(Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_COLOUR
    assert shown(pane, "overdue") == ["", "40 d", "", ""]
    assert shown(pane, "hours") == ["16", "7.5", "7.5", "16"]
    done_row = shown(pane, "rep_name").index("Chen Jie")
    assert shown(pane, "score")[done_row] == "88"
    assert shown(pane, "status")[done_row] == "Completed"


def test_filters_by_region_rep_category_status_and_overdue(qtbot, ctx, world) -> None:
    pane = make_pane(qtbot, ctx, world["gulf"].id)
    assert sorted(shown(pane, "rep_name")) == ["Chen Jie", "Liu Yang"]
    pane.set_region(None)
    pane.category_filter.setCurrentIndex(pane.category_filter.findData("sales_skills"))
    assert sorted(shown(pane, "rep_name")) == ["Li Wei", "Zhang Min"]
    pane.status_filter.setCurrentIndex(pane.status_filter.findData("in_progress"))
    assert shown(pane, "rep_name") == ["Li Wei"]
    pane.status_filter.setCurrentIndex(0)
    qtbot.mouseClick(pane.overdue_filter, Qt.MouseButton.LeftButton)
    assert pane.overdue_filter.isChecked() and shown(pane, "rep_name") == ["Li Wei"]
    pane.overdue_filter.setChecked(False)
    pane.category_filter.setCurrentIndex(0)
    pane.rep_filter.setValue(world["reps"]["Liu Yang"].id)
    assert shown(pane, "course_title") == ["Arabic for sales"]
    pane.rep_filter.setValue(None)
    pane.set_search("arabic")
    assert sorted(shown(pane, "rep_name")) == ["Chen Jie", "Liu Yang"]


def _plan_for_saudi_arabia(dialog: PlanDialog, world) -> None:
    dialog.course.setValue(world["arabic"].id)
    dialog.scope.country_button.click()
    dialog.scope.country.setValue("SA")
    dialog.update_preview()
    text = dialog.preview_label.text()
    world["preview"] = text
    dialog.ok_button.click()


def test_a_course_planned_for_every_rep_of_a_country(qtbot, ctx, world, answer_dialog) -> None:
    """Done when: every rep posted in Saudi Arabia gets the culture-and-language course."""
    pane = make_pane(qtbot, ctx, world["gulf"].id)
    answer_dialog(answering(lambda dialog: _plan_for_saudi_arabia(dialog, world)))
    qtbot.mouseClick(pane.plan_button, Qt.MouseButton.LeftButton)

    # The preview said what OK would do: the newcomer planned, Liu Yang skipped.
    assert world["preview"].splitlines()[0] == "1 reps will get the course."
    assert "Liu Yang" in world["preview"].splitlines()[1]
    page = world["training"].list_assignments(
        PageRequest(filters={"course_id": world["arabic"].id, "rep_id": world["newcomer"].id})
    )
    assert page.total == 1
    planned = page.rows[0]
    assert planned.status is AssignmentStatus.PLANNED
    assert planned.due_date == TODAY + dt.timedelta(days=60)
    assert (planned.cost, planned.currency) == (Decimal(400), "USD")
    # Every rep posted in SA has the course open now, and the table shows it.
    sa_reps = {world["reps"]["Liu Yang"].id, world["newcomer"].id}
    open_ones = world["training"].list_assignments(
        PageRequest(filters={"course_id": world["arabic"].id})
    )
    assert sa_reps <= {a.rep_id for a in open_ones.rows if a.status.value != "completed"}
    assert "Sun Li" in shown(pane, "rep_name")
    assert pane.count_label.text() == "Arabic for sales: planned 1, skipped 1"
    assert "Liu Yang" in pane.count_label.toolTip()


def test_plan_for_selected_reps_with_dates_after_posting(qtbot, ctx, world, answer_dialog) -> None:
    pane = make_pane(qtbot, ctx)
    pane.view.selectAll()
    chosen = {r.rep_id for r in pane.selected_records()}

    def plan(dialog: PlanDialog) -> None:
        assert dialog.scope.value().value == "selected"
        dialog.course.setValue(world["negotiation"].id)
        dialog.due.days.setValue(30)
        assert dialog.due.relative.isChecked()
        # Li Wei and Zhang Min have it open: skipped; the others get it.
        assert dialog.preview_value is not None
        assert len(dialog.preview_value.skipped) == 2
        dialog.ok_button.click()

    answer_dialog(answering(plan))
    pane.plan_for_many()
    page = world["training"].list_assignments(
        PageRequest(filters={"course_id": world["negotiation"].id, "status": "planned"})
    )
    new = [a for a in page.rows if a.id != world["soon"].id]
    assert {a.rep_id for a in new} == chosen - {
        world["reps"]["Li Wei"].id,
        world["reps"]["Zhang Min"].id,
    }
    chen = next(a for a in new if a.rep_name == "Chen Jie")
    posted = world["reps"]["Chen Jie"].posting_start
    assert chen.due_date == posted + dt.timedelta(days=30)


def test_plan_dialog_refuses_until_ready(qtbot, ctx, world) -> None:
    dialog = PlanDialog(ctx, region_id=None, rep_ids=(), today=TODAY)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    assert dialog.preview_label.text().startswith("Not ready:")
    assert not dialog.scope.selected.isEnabled() and not dialog.scope.region.isEnabled()
    dialog.course.setValue(world["arabic"].id)
    dialog.scope.country.setValue("SA")
    dialog.update_preview()
    assert dialog.ok_button.isEnabled()
    dialog.since.setValue(dt.date(2026, 4, 1))
    assert dialog.since.check.isChecked()
    assert dialog.preview_value is not None
    assert [p.rep_name for p in dialog.preview_value.planned] == ["Sun Li"]
    dialog.since.setValue(dt.date(2026, 5, 2))
    assert not dialog.ok_button.isEnabled()  # nobody posted since then


def test_complete_records_score_and_feedback(qtbot, ctx, world, answer_dialog) -> None:
    pane = make_pane(qtbot, ctx)
    assert pane.select_id(world["late"].id)
    assert pane.complete_button.isEnabled()

    def complete(dialog) -> None:
        assert dialog.field("completed_on").value() == TODAY
        dialog.field("score").setText("92.5")
        dialog.field("feedback").setPlainText("Strong close")
        dialog.ok_button.click()

    answer_dialog(answering(complete))
    qtbot.mouseClick(pane.complete_button, Qt.MouseButton.LeftButton)
    stored = world["training"].get_assignment(world["late"].id)
    assert (stored.status, stored.completed_on, stored.score, stored.feedback) == (
        AssignmentStatus.COMPLETED,
        TODAY,
        Decimal("92.5"),
        "Strong close",
    )
    row = pane.model.row_of_id(stored.id)
    assert row is not None and pane.model.record(row).status is AssignmentStatus.COMPLETED


def test_complete_refuses_a_bad_score_at_the_field(qtbot, ctx, world) -> None:
    from app.ui.training.dialogs import CompleteDialog

    record = world["training"].get_assignment(world["soon"].id)
    dialog = CompleteDialog(ctx, record, TODAY)
    qtbot.addWidget(dialog)
    dialog.field("score").setText("120")
    dialog.ok_button.click()
    assert "score" in dialog.error_text("score").lower() or "120" in dialog.error_text("score")
    assert world["training"].get_assignment(record.id).status is AssignmentStatus.PLANNED
    dialog.reject()


def test_new_and_edit_an_assignment(qtbot, ctx, world, answer_dialog) -> None:
    pane = make_pane(qtbot, ctx, world["asia"].id)

    def new(dialog) -> None:
        dialog.rep.setValue(world["reps"]["Wang Fang"].id)
        dialog.course.setValue(world["arabic"].id)
        dialog.field("due_date").setValue(dt.date(2026, 8, 1))
        dialog.ok_button.click()

    answer_dialog(answering(new))
    pane.create()
    created = pane.selected_record()
    assert created is not None and created.rep_name == "Wang Fang"
    assert created.due_date == dt.date(2026, 8, 1)

    def edit(dialog) -> None:
        dialog.field("status").setValue(AssignmentStatus.WAIVED)
        dialog.ok_button.click()

    answer_dialog(answering(edit))
    pane.edit_selected()
    assert world["training"].get_assignment(created.id).status is AssignmentStatus.WAIVED
    assert not pane.complete_button.isEnabled()


def test_review_goal_shows_on_its_assignment_and_opens_it(qtbot, ctx, world) -> None:
    cycle = CycleService(ctx.db).open_cycle(
        CycleInput(
            world["gulf"].id,
            "2026 Q2",
            "quarterly",
            dt.date(2026, 4, 1),
            dt.date(2026, 6, 30),
            [{"metric": "revenue", "weight": "100"}],
        )
    )
    reviews = ReviewService(ctx.db)
    rep_id = world["reps"]["Liu Yang"].id
    review = next(
        r
        for r in reviews.list_reviews(PageRequest(filters={"cycle_id": cycle.id})).rows
        if r.rep_id == rep_id
    )
    goal = reviews.add_goal(review.id, GoalInput("Speak Arabic", course_id=world["arabic"].id))
    pane = make_pane(qtbot, ctx)
    row = pane.model.row_of_id(world["open_arabic"].id)
    assert row is not None
    assert shown(pane, "goal")[row] == f"{GOAL_MARK} Speak Arabic"

    panel = GoalsPanel(ctx)
    qtbot.addWidget(panel)
    panel.rep_id = rep_id
    panel.load((goal,))
    panel.view.selectRow(0)
    assert panel.training_button.isEnabled()
    pane.view.clearSelection()
    ctx.bus.open_requested.connect(lambda key, item: pane.open_item(item))
    with qtbot.waitSignal(ctx.bus.open_requested) as opened:
        qtbot.mouseClick(panel.training_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["training", world["open_arabic"].id]
    assert pane.selected_id() == world["open_arabic"].id


def test_open_item_clears_filters_that_hide_the_row(qtbot, ctx, world) -> None:
    pane = make_pane(qtbot, ctx, world["asia"].id)
    pane.status_filter.setCurrentIndex(pane.status_filter.findData("completed"))
    pane.open_item(world["late"].id)
    assert pane.selected_id() == world["late"].id
    assert pane.status_filter.currentIndex() == 0
    # Another region's row is shown alone.
    pane.open_item(world["done"].id)
    assert pane.selected_id() == world["done"].id
    assert pane.model.rowCount() == 1
    assert pane.count_label.text() == "Showing one assignment only"


def test_figures_show_cost_in_base_currency_and_hours(qtbot, ctx, world) -> None:
    # The Gulf region's base currency is CNY (the factories'): USD at 7.1.
    RateService(ctx.db).set_rate("CNY", "USD", Decimal("7.1"), dt.date(2026, 1, 1))
    pane = make_pane(qtbot, ctx, world["gulf"].id)
    pane.figures.year.setValue(2026)
    regions, reps = pane.figures.regions, pane.figures.reps
    # The figures are read once the table's first rows are shown.
    qtbot.waitUntil(lambda: regions.rowCount() > 0)
    assert regions.rowCount() == 1
    assert regions.item(0, 0).text() == "Gulf"
    # Chen Jie's 400 USD and Liu Yang's at the course's list price (400 USD).
    assert regions.item(0, 2).text() == "5,680.00 CNY"
    names = [reps.item(r, 0).text() for r in range(reps.rowCount())]
    chen = names.index("Chen Jie")
    assert (reps.item(chen, 2).text(), reps.item(chen, 3).text()) == ("16", "1")
    assert pane.figures.note.isHidden()
    # Double-clicking a rep filters the table to them.
    pane.figures.rep_activated.emit(world["reps"]["Chen Jie"].id)
    assert shown(pane, "rep_name") == ["Chen Jie"]


def test_export_writes_the_rows_as_xlsx(qtbot, ctx, world, tmp_path) -> None:
    pane = make_pane(qtbot, ctx)
    path = tmp_path / "training.xlsx"
    assert pane.export_table(path) == path
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Rep", "Course", "Category", "Due")
    assert len(rows) == 1 + 4
    assert rows[2][0] == "Li Wei" and rows[2][3] == dt.datetime(2026, 5, 1)
    assert pane.count_label.text() == "Exported 4 rows to training.xlsx"
