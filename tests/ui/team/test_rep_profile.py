"""The rep profile: the selected rep's targets, one-on-ones, reviews, training and risks."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import event

from app.domain.enums import Metric, RiskCategory
from app.domain.periods import Period
from app.services.actuals import ActualInput, ActualService
from app.services.base import PageRequest
from app.services.demo import generate_demo
from app.services.one_on_one_records import OneOnOneInput
from app.services.one_on_ones import OneOnOneService
from app.services.risks import RiskInput, RiskService
from app.services.targets import TargetInput, TargetService
from app.services.team import TeamService
from app.ui.team.pane import TeamPane
from app.ui.team.rep_profile import RepProfile, excerpt, plain_text

QUARTER = Period.quarter(2026, 2)


def make_pane(qtbot, ctx) -> TeamPane:
    pane = TeamPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1300, 800)
    pane.show()
    pane.set_period(QUARTER)
    return pane


def select_and_wait(qtbot, pane: TeamPane, rep_id: int) -> None:
    loads = pane.profile.loads
    pane.select_id(rep_id)
    qtbot.waitUntil(lambda: pane.profile.loads > loads)


def section(pane: TeamPane, key: str) -> str:
    return pane.profile.sections[key].text()


def test_profile_gathers_the_reps_sections(qtbot, ctx, team) -> None:
    li = team["reps"]["Li Wei"]
    OneOnOneService(ctx.db).schedule(
        OneOnOneInput(
            rep_id=li.id,
            starts_at=dt.datetime(2026, 5, 4, 2, 0, tzinfo=dt.UTC),
            notes="Walked through the Penang distributor pipeline.",
            private_note="Seems tired; ask about family.",
        )
    )
    TargetService(ctx.db).create_target(
        TargetInput(li.id, Metric.REVENUE, QUARTER, Decimal("100000"), "SGD")
    )
    ActualService(ctx.db).create_actual(
        ActualInput(
            li.id,
            Metric.REVENUE,
            dt.date(2026, 4, 1),
            dt.date(2026, 4, 30),
            Decimal("92500"),
            "SGD",
        )
    )
    RiskService(ctx.db).create(
        RiskInput(
            region_id=team["asia"].id,
            category=RiskCategory.CUSTOMER_CREDIT,
            title="Distributor pays late",
            likelihood=4,
            impact=4,
            owner="Li Wei",
            rep_id=li.id,
        )
    )
    pane = make_pane(qtbot, ctx)
    select_and_wait(qtbot, pane, li.id)

    assert pane.profile.sections["targets"].heading.text() == "Targets and attainment, 2026 Q2"
    assert section(pane, "targets") == "Revenue: 92,500.00 / 100,000.00 SGD — 92.5 %"
    meetings = section(pane, "meetings")
    assert "Walked through the Penang distributor pipeline." in meetings
    assert meetings.startswith("4 May 2026 10:00")  # Singapore time, CLDR date
    assert "Seems tired" not in meetings  # the private note stays private
    assert section(pane, "risks").startswith("Distributor pays late")
    assert section(pane, "reviews") == "No reviews yet."
    assert section(pane, "training") == "No training assigned."

    # Another rep: their own (empty) sections.
    select_and_wait(qtbot, pane, team["reps"]["Zhang Min"].id)
    assert section(pane, "meetings") == "No one-on-ones yet."
    assert section(pane, "targets") == "No targets in 2026 Q2."


def test_profile_follows_the_period_and_the_change_bus(qtbot, ctx, team) -> None:
    li = team["reps"]["Li Wei"]
    pane = make_pane(qtbot, ctx)
    select_and_wait(qtbot, pane, li.id)
    assert section(pane, "targets") == "No targets in 2026 Q2."

    TargetService(ctx.db).create_target(
        TargetInput(li.id, Metric.VISITS, Period.quarter(2026, 3), Decimal("40"), "visits")
    )
    loads = pane.profile.loads
    pane.set_period(Period.quarter(2026, 3))
    qtbot.waitUntil(lambda: pane.profile.loads > loads)
    assert section(pane, "targets") == "Visits: — / 40 visits"

    ActualService(ctx.db).create_actual(
        ActualInput(
            li.id, Metric.VISITS, dt.date(2026, 7, 1), dt.date(2026, 7, 31), Decimal("50"), "visits"
        )
    )
    loads = pane.profile.loads
    ctx.bus.emit_changed("actuals")
    qtbot.waitUntil(lambda: pane.profile.loads > loads)
    assert section(pane, "targets") == "Visits: 50 / 40 visits — 125.0 %"


def test_profile_of_a_demo_rep_fills_every_section_in_few_queries(qtbot, ctx) -> None:
    generate_demo(ctx.db, reps=12, years=1, today=dt.date(2026, 11, 15))
    rep = TeamService(ctx.db).list_reps(PageRequest(limit=1, filters={"status": "active"})).rows[0]
    profile = RepProfile(ctx)
    qtbot.addWidget(profile)
    profile.set_period(Period.quarter(2026, 3))
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(ctx.db.engine, "before_cursor_execute", count)
    try:
        profile.show_record(rep)
        profile.load_sections()
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", count)
    for key in ("targets", "meetings", "reviews", "training"):
        text = profile.sections[key].text()
        assert text and not text.startswith("No "), (key, text)
    assert "%" in profile.sections["targets"].text()
    # A bounded number of statements for one rep, whatever the region's size.
    assert len(statements) < 60, len(statements)


def test_no_rep_selected_shows_the_placeholder_only(qtbot, ctx, team) -> None:
    pane = make_pane(qtbot, ctx)
    assert not pane.profile._section_box.isVisible()
    pane.select_id(team["reps"]["Li Wei"].id)
    assert pane.profile._section_box.isVisible()


def test_excerpt_and_plain_text() -> None:
    assert excerpt("a\n b  c") == "a b c"
    assert excerpt("x" * 200, 10) == "x" * 9 + "…"
    assert plain_text('<a href="m:1">A &amp; B</a><br>c') == "A & B\nc"
