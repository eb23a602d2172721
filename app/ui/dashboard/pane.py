"""The Dashboard pane: the region at a glance for the chosen period.

Cards: four KPI tiles, attainment by rep (a bar chart), and lists of this
week's one-on-ones, overdue action items, expiring permits and compliance
items, high risks, and training overdue or due soon. Clicking an entry asks the main window (through
``ctx.bus.request_open``) to show it in its pane.

The overview can take a second on a 5,000-rep database, so it is read on a
worker thread; the cards keep the last figures until the new ones arrive (no
flicker) and the pane only reads while it is visible.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.domain.attainment import band
from app.domain.enums import RiskLevel
from app.domain.periods import Period
from app.reports.chart_style import BAND_COLOURS
from app.reports.charts import plot_attainment_by_rep
from app.services.attainment import RepAttainment
from app.services.dashboard import (
    LIST_LIMIT,
    TEAM,
    DashboardService,
    Link,
    Overview,
    open_target,
    rep_link,
)
from app.ui.area_keys import ADMIN, ADMIN_RATES, ADMIN_TABS, AREA_KEYS, DASHBOARD
from app.ui.change_bus import concerns
from app.ui.chart_canvas import ChartCanvas
from app.ui.context import UiContext
from app.ui.dashboard.cards import Card, EntryTable, Tile, chart_lines, coloured, local_text
from app.ui.labels import date_text, enum_label, period_text
from app.ui.pane import Pane
from app.ui.period_selector import default_period
from app.ui.workers import TaskRunner, TaskState

if TYPE_CHECKING:
    from matplotlib.backend_bases import MouseEvent

translate = QCoreApplication.translate

# The chart grows with its bars so the names never overlap (the page scrolls).
BAR_HEIGHT_PX = 18
CHART_MIN_PX = 300
#: What the dashboard reloads on (besides "*").
TOPICS = (
    "targets",
    "actuals",
    "rates",
    "reps",
    "regions",
    "meetings",
    "actions",
    "risks",
    "compliance",
    "training",
)
# A background refresh never pops up a progress dialog: the cards keep the old
# figures and a small "Updating…" shows instead.
NO_DIALOG_MS = 2**31 - 1
OVERDUE = QColor("#c0392b")
SOON = QColor("#b9770e")
LEVEL_COLOURS = {RiskLevel.CRITICAL: QColor("#c0392b"), RiskLevel.HIGH: QColor("#d35400")}
#: Names a rep in the lists from their id and English name.
RepNamer = Callable[[int | None, str | None], str]


class DashboardPane(Pane):
    """The first pane a manager sees; it only shows and opens, never edits."""

    key = DASHBOARD
    icon = "dashboard.svg"

    #: Emitted after new figures are shown (tests wait for it).
    loaded = Signal()

    @classmethod
    def title(cls) -> str:
        return translate("DashboardPane", "Dashboard")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.service = DashboardService(ctx.db)
        self.region_id: int | None = None
        self.period: Period = default_period()
        #: The date the lists count from (tests fix it).
        self.today: Callable[[], dt.date] = dt.date.today
        self.overview: Overview | None = None
        self.runner: TaskRunner | None = None
        self._dirty = True
        self._pending = False
        self._start_timer = QTimer(self)
        self._start_timer.setSingleShot(True)
        self._start_timer.setInterval(0)
        self._start_timer.timeout.connect(self._start_load)
        self._build_training()
        self._build()
        ctx.bus.changed.connect(self._on_changed)

    # -- building ----------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("dashboard_heading")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.status_label = QLabel()
        self.status_label.setObjectName("dashboard_status")
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.status_label)

        self.attainment_tile = Tile(self.tr("Total attainment"), "tile_attainment")
        self.reps_tile = Tile(self.tr("Reps"), "tile_reps")
        self.risks_tile = Tile(self.tr("Open high risks"), "tile_risks")
        self.actions_tile = Tile(self.tr("Overdue actions"), "tile_actions")
        tiles = QHBoxLayout()
        for tile in (self.attainment_tile, self.reps_tile, self.risks_tile, self.actions_tile):
            tiles.addWidget(tile, 1)

        self.chart = ChartCanvas(height_inches=4.0)
        self.chart.setObjectName("attainment_chart")
        self.chart.setMinimumHeight(CHART_MIN_PX)
        self.chart.on_click(self._on_chart_click)
        self.shown_bars: list[RepAttainment] = []
        self._build_lists()
        self.chart_card = Card(self.tr("Attainment by rep"), self.chart)
        self.meetings_card = Card(self.tr("One-on-ones this week"), self.meetings)
        self.actions_card = Card(self.tr("Overdue action items"), self.actions)
        self.expiring_card = Card(self.tr("Permits and compliance due"), self.expiring)
        self.rates_card = Card(self.tr("Exchange rates missing"), self.rates)
        self.rates_card.setObjectName("missing_rates_card")
        self.rates_card.hide()  # shown only while a rate is missing

        grid = QGridLayout()
        grid.setSpacing(10)
        grid.addWidget(self.chart_card, 0, 0, 2, 1)
        grid.addWidget(self.meetings_card, 0, 1)
        grid.addWidget(self.actions_card, 1, 1)
        grid.addWidget(self.expiring_card, 2, 0)
        grid.addWidget(self.risks_card, 2, 1)
        grid.addWidget(self.training_card, 3, 0)
        grid.addWidget(self.risk_attention_card, 3, 1)
        grid.addWidget(self.rates_card, 4, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        content = QWidget()
        content.setObjectName("dashboard_content")
        layout = QVBoxLayout(content)
        layout.addLayout(top)
        layout.addLayout(tiles)
        layout.addLayout(grid, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.attainment_tile.clicked.connect(lambda: self._open_tile("attainment"))
        self.reps_tile.clicked.connect(lambda: self._open_tile("reps"))

    def _build_lists(self) -> None:
        """The tables of entries that open a row (or, for missing rates, a tab)."""
        self.meetings = EntryTable(
            [self.tr("Rep"), self.tr("Your time"), self.tr("Rep's time"), self.tr("With")],
            "meetings_list",
            stretch=3,
        )
        self.actions = EntryTable(
            [self.tr("Rep"), self.tr("Action"), self.tr("Due"), self.tr("Days late")],
            "actions_list",
            stretch=1,
        )
        self.actions.setToolTip(self.tr("Click an item to open its one-on-one"))
        self.expiring = EntryTable(
            [self.tr("Rep"), self.tr("Item"), self.tr("Due"), self.tr("Days left")],
            "expiring_list",
            stretch=1,
        )
        self._build_risk_cards()
        self.rates = EntryTable(
            [self.tr("Currency"), self.tr("Base currency"), self.tr("Region"), self.tr("Used by")],
            "missing_rates_list",
            stretch=3,
        )
        self.rates.setToolTip(self.tr("Click to add the rates in Administration → Exchange rates"))
        lists = (self.meetings, self.actions, self.expiring, self.risks, self.risk_attention)
        for table in (*lists, self.rates):
            table.link_activated.connect(self.open_link)

    def _build_training(self) -> None:
        """The card of open training assignments overdue or due soon."""
        self.training = EntryTable(
            [self.tr("Rep"), self.tr("Course"), self.tr("Due"), self.tr("Days left")],
            "training_list",
            stretch=1,
        )
        self.training.setToolTip(self.tr("Click an assignment to open it in Training"))
        self.training.link_activated.connect(self.open_link)
        self.training_card = Card(self.tr("Training overdue or due soon"), self.training)

    def _build_risk_cards(self) -> None:
        """The high risks, and the overdue risk reviews and acceptances running out."""
        self.risks = EntryTable(
            [self.tr("Risk"), self.tr("Rep"), self.tr("Score"), self.tr("Level")],
            "risks_list",
            stretch=0,
        )
        self.risks_card = Card(self.tr("High risks"), self.risks)
        self.risk_attention = EntryTable(
            [self.tr("Risk"), self.tr("Rep"), self.tr("What"), self.tr("Date"), self.tr("Days")],
            "risk_attention_list",
            stretch=0,
        )
        self.risk_attention.setToolTip(self.tr("Click a risk to open it in the Risks pane"))
        self.risk_attention_card = Card(
            self.tr("Risk reviews overdue and acceptances ending"), self.risk_attention
        )

    # -- what the window tells the pane ------------------------------------------

    def set_region(self, region_id: int | None) -> None:
        if region_id != self.region_id or self.overview is None:
            self.region_id = region_id
            self.reload()

    def set_period(self, period: Period) -> None:
        if period != self.period or self.overview is None:
            self.period = period
            self.reload()

    def _on_changed(self, topic: str) -> None:
        if concerns(topic, *TOPICS):
            self.reload()

    # -- loading -----------------------------------------------------------------

    def reload(self) -> None:
        """Read the overview again, now if the pane is on screen, else when it shows."""
        self._dirty = True
        if self.isVisible():
            self._start_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self._start_timer.start()

    def _start_load(self) -> None:
        if self.runner is not None:
            self._pending = True  # read again once the running read ends
            return
        self._dirty = False
        self.status_label.setText(self.tr("Updating…"))
        region_id, period, today = self.region_id, self.period, self.today()
        service = self.service

        def task(_state: TaskState) -> Overview:
            return service.overview(region_id, period, today)

        runner = TaskRunner(
            task, title=self.tr("Dashboard"), parent=self, progress_delay_ms=NO_DIALOG_MS
        )
        runner.succeeded.connect(self._on_loaded)
        runner.failed.connect(self._on_failed)
        runner.finished.connect(self._on_finished)
        self.runner = runner
        runner.start()

    def _on_loaded(self, overview: Overview) -> None:
        if not isValid(self) or self._pending:
            return  # the region or period changed meanwhile: the next read shows
        self.show_overview(overview)

    def _on_failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self.status_label.setText(self.tr("Could not load the dashboard"))
        sys.excepthook(type(error), error, error.__traceback__)

    def _on_finished(self) -> None:
        if not isValid(self):
            return
        if self.runner is not None:
            self.runner.deleteLater()
        self.runner = None
        if self._pending:
            self._pending = False
            self._start_load()

    # -- showing -----------------------------------------------------------------

    @property
    def lang(self) -> str:
        return "zh" if self.ctx.prefers_chinese else "en"

    def show_overview(self, overview: Overview) -> None:
        self.overview = overview
        self.status_label.setText(self.tr("As of {date}").format(date=date_text(overview.today)))
        self._show_tiles(overview)
        self._show_chart(overview)
        rep_name = self._rep_namer(overview)
        self._show_meetings_and_actions(overview, rep_name)
        self._show_expiring_and_risks(overview, rep_name)
        self._show_training(overview, rep_name)
        self._show_missing_rates(overview)
        self._show_card_titles(overview)
        self.loaded.emit()

    def _rep_namer(self, overview: Overview) -> RepNamer:
        """How the lists name a rep: in Chinese when the console prefers it and one is kept."""
        zh_names = {a.rep_id: a.rep_name_zh for a in overview.attainment if a.rep_name_zh}

        def rep_name(rep_id: int | None, name: str | None) -> str:
            if self.ctx.prefers_chinese and rep_id in zh_names:
                return zh_names[rep_id]  # type: ignore[index]
            return name or self.tr("(region)")

        return rep_name

    def _show_meetings_and_actions(self, overview: Overview, rep_name: RepNamer) -> None:
        self.meetings.set_rows(
            [
                (
                    m.link,
                    [
                        rep_name(m.rep_id, m.rep_name),
                        local_text(m.starts_at, m.manager_time_zone),
                        local_text(m.starts_at, m.rep_time_zone),
                        m.manager_name or "",
                    ],
                )
                for m in overview.meetings
            ]
        )
        self.actions.set_rows(
            [
                (
                    a.link,
                    [
                        rep_name(a.rep_id, a.rep_name),
                        a.text,
                        date_text(a.due_date),
                        coloured(str(a.days_overdue), OVERDUE, align_right=True),
                    ],
                )
                for a in overview.actions
            ]
        )

    def _show_expiring_and_risks(self, overview: Overview, rep_name: RepNamer) -> None:
        self.expiring.set_rows(
            [
                (
                    e.link,
                    [
                        rep_name(e.rep_id, e.rep_name),
                        self._expiring_title(e.kind, e.title),
                        coloured(date_text(e.due_date), OVERDUE if e.days_left < 0 else None),
                        coloured(
                            str(e.days_left),
                            OVERDUE if e.days_left < 0 else SOON if e.days_left <= 14 else None,
                            align_right=True,
                        ),
                    ],
                )
                for e in overview.expiring
            ]
        )
        self.risks.set_rows(
            [
                (
                    r.link,
                    [
                        r.title,
                        rep_name(r.rep_id, r.rep_name) if r.rep_id is not None else "",
                        coloured(str(r.score), None, align_right=True),
                        coloured(enum_label(r.level), LEVEL_COLOURS.get(r.level)),
                    ],
                )
                for r in overview.risks
            ]
        )
        self._show_risk_attention(overview, rep_name)

    def _show_risk_attention(self, overview: Overview, rep_name: RepNamer) -> None:
        what = {
            "review": self.tr("Review overdue"),
            "acceptance": self.tr("Acceptance ends"),
        }
        self.risk_attention.set_rows(
            [
                (
                    e.link,
                    [
                        e.title,
                        rep_name(e.rep_id, e.rep_name) if e.rep_id is not None else "",
                        what[e.kind],
                        coloured(date_text(e.due_date), OVERDUE if e.days_left < 0 else None),
                        coloured(
                            str(e.days_left),
                            OVERDUE if e.days_left < 0 else SOON if e.days_left <= 14 else None,
                            align_right=True,
                        ),
                    ],
                )
                for e in overview.risk_attention
            ]
        )

    def _show_training(self, overview: Overview, rep_name: RepNamer) -> None:
        chinese = self.ctx.prefers_chinese
        self.training.set_rows(
            [
                (
                    t.link,
                    [
                        rep_name(t.rep_id, t.rep_name),
                        (t.course_title_zh if chinese else None) or t.course_title,
                        coloured(date_text(t.due_date), OVERDUE if t.days_left < 0 else None),
                        coloured(
                            str(t.days_left),
                            OVERDUE if t.days_left < 0 else SOON if t.days_left <= 14 else None,
                            align_right=True,
                        ),
                    ],
                )
                for t in overview.training
            ]
        )

    def _show_missing_rates(self, overview: Overview) -> None:
        # Every row opens the Exchange rates tab (filtered to the window's region there).
        link = Link(ADMIN, ADMIN_TABS.index(ADMIN_RATES))
        used_by = self.tr("{reps} reps, {actuals} actuals")
        self.rates.set_rows(
            [
                (
                    link,
                    [
                        m.currency,
                        m.base_currency,
                        m.region_name,
                        used_by.format(reps=m.reps, actuals=m.actuals),
                    ],
                )
                for m in overview.missing_rates
            ]
        )
        self._set_card_title(
            self.rates_card, self.tr("Exchange rates missing"), len(overview.missing_rates)
        )
        self.rates_card.setVisible(bool(overview.missing_rates))

    def _show_card_titles(self, overview: Overview) -> None:
        self._set_card_title(
            self.meetings_card, self.tr("One-on-ones this week"), overview.meetings_total
        )
        self._set_card_title(
            self.actions_card, self.tr("Overdue action items"), overview.actions_total
        )
        self._set_card_title(
            self.expiring_card, self.tr("Permits and compliance due"), overview.expiring_total
        )
        self._set_card_title(self.risks_card, self.tr("High risks"), overview.risks_total)
        self._set_card_title(
            self.training_card, self.tr("Training overdue or due soon"), overview.training_total
        )
        self._set_card_title(
            self.risk_attention_card,
            self.tr("Risk reviews overdue and acceptances ending"),
            overview.risk_attention_total,
        )

    def _show_tiles(self, overview: Overview) -> None:
        total = overview.total
        heading = period_text(overview.period, self.lang)
        if overview.region_id is None:
            heading = self.tr("{period} · all regions").format(period=heading)
        self.heading.setText(heading)
        if total.attainment is None:
            detail = (
                self.tr("regions use different currencies")
                if total.unit is None and len(total.regions) > 1
                else self.tr("no targets or actuals")
            )
            self.attainment_tile.set_value("—", None, detail)
        else:
            colour = BAND_COLOURS[band(total.attainment).value]  # type: ignore[union-attr]
            detail = self.tr("{actual} of {target} {unit}").format(
                actual=f"{total.actual or 0:,.0f}",
                target=f"{total.target or 0:,.0f}",
                unit=total.unit or "",
            )
            self.attainment_tile.set_value(f"{total.attainment:.1f} %", colour, detail)
        without = (
            self.tr("{n} without an exchange rate").format(n=total.reps_without_rate)
            if total.reps_without_rate
            else ""
        )
        self.reps_tile.set_value(str(len(overview.attainment)), None, without)
        self.risks_tile.set_value(
            str(overview.risks_total),
            BAND_COLOURS["below"] if overview.risks_total else None,
            self.tr("high or critical"),
        )
        self.actions_tile.set_value(
            str(overview.actions_total),
            BAND_COLOURS["below"] if overview.actions_total else None,
            self.tr("past their due date"),
        )

    def _show_chart(self, overview: Overview) -> None:
        self.shown_bars = chart_lines(overview.attainment)
        measured = sum(1 for a in overview.attainment if a.attainment is not None)
        title = ""
        if len(self.shown_bars) < measured:
            title = self.tr("Best {half} and lowest {half} of {n} reps").format(
                half=len(self.shown_bars) // 2, n=measured
            )
        self.chart.setMinimumHeight(max(CHART_MIN_PX, BAR_HEIGHT_PX * len(self.shown_bars) + 90))
        self.chart.show_plot(
            partial(plot_attainment_by_rep, lang=self.lang, title=title), self.shown_bars
        )

    def _set_card_title(self, card: Card, title: str, total: int) -> None:
        shown = min(total, LIST_LIMIT)
        text = f"{title} ({total})"
        if shown < total:
            text += " — " + self.tr("showing the first {n}").format(n=shown)
        card.title_label.setText(text)

    def _expiring_title(self, kind: str, title: str) -> str:
        if kind == "work_permit":
            number = title.removeprefix("Work permit").strip()
            return self.tr("Work permit {number}").format(number=number).strip()
        return title

    # -- opening -----------------------------------------------------------------

    def available_panes(self) -> set[str]:
        """The areas an entry may open (the rest fall back, see ``open_target``)."""
        return set(AREA_KEYS)

    def open_link(self, link: Link) -> None:
        """Ask the window to show ``link``'s row in its pane (or the fallback)."""
        target = open_target(link, self.available_panes())
        if target is not None:
            self.ctx.bus.request_open(*target)

    def _open_tile(self, which: str) -> None:
        if self.overview is None:
            return
        if which == "attainment":
            self.open_link(self.overview.total.link)
        elif which == "reps":
            self.open_link(Link(TEAM, 0))  # the Team pane, no particular rep

    def _on_chart_click(self, event: MouseEvent) -> None:
        if event.inaxes is not self.chart.axes or event.ydata is None:
            return
        # The chart draws self.shown_bars best first from the top at y = 0, 1, …
        row = round(event.ydata)
        if 0 <= row < len(self.shown_bars):
            self.open_link(rep_link(self.shown_bars[row].rep_id))


__all__ = ["DashboardPane"]
