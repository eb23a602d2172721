"""The rep profile beside the team table: details, then targets, one-on-ones, reviews,
training and risks of the selected rep, each a compact section.

Sections load through the services when a rep is selected (shortly after, so
arrowing through the table does not query for every row passed): one or two
queries per section for the one rep, never one per table row. Entries link to
their pane (through the bus) once that pane exists.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.domain.attainment import band
from app.domain.enums import MONEY_METRICS, MeetingStatus, RiskStatus
from app.domain.geo import minor_units
from app.domain.periods import Period
from app.reports.chart_style import BAND_COLOURS
from app.services.attainment import AttainmentService, RepAttainment
from app.services.base import PageRequest
from app.services.one_on_ones import OneOnOneService
from app.services.reviews import ReviewService
from app.services.risks import RiskService
from app.services.targets import TargetService
from app.services.team import RepRecord
from app.services.training import TrainingService
from app.ui.area_keys import AREA_KEYS
from app.ui.change_bus import concerns
from app.ui.context import UiContext
from app.ui.editors import format_amount
from app.ui.labels import date_text, datetime_text, enum_label, period_text, unit_text
from app.ui.team.rep_detail import RepDetail

# Wait this long after a selection before querying (arrow keys move fast).
LOAD_DELAY_MS = 120
RECENT_MEETINGS = 5
RECENT_REVIEWS = 4
RECENT_TRAINING = 6
RECENT_RISKS = 5
NOTE_CHARS = 140

#: Topics after which the shown sections are loaded again.
PROFILE_TOPICS = ("targets", "actuals", "rates", "meetings", "reviews", "training", "risks")


def excerpt(text: str | None, limit: int = NOTE_CHARS) -> str:
    """The first ``limit`` characters of a note on one line."""
    flat = " ".join((text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


class ProfileSection(QWidget):
    """A heading and a rich-text body listing a few entries."""

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"section_{key}")
        self.heading = QLabel(title)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.body = QLabel()
        self.body.setObjectName(f"body_{key}")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 4)
        layout.setSpacing(3)
        layout.addWidget(self.heading)
        layout.addWidget(line)
        layout.addWidget(self.body)

    def show_lines(self, lines: Sequence[str], empty: str) -> None:
        """Entries (already HTML) one per line, or the greyed ``empty`` text."""
        if lines:
            self.body.setText("<br>".join(lines))
        else:
            self.body.setText(f'<span style="color:#777">{html.escape(empty)}</span>')

    def text(self) -> str:
        """The body as plain text (what a reader sees), for tests and accessibility."""
        return plain_text(self.body.text())


def plain_text(rich: str) -> str:
    """Our sections' rich text as plain text (line breaks kept)."""
    return html.unescape(re.sub(r"<[^>]+>", "", rich.replace("<br>", "\n")))


class RepProfile(QScrollArea):
    """Everything about the selected rep in one scrolling column."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record: RepRecord | None = None
        self.period = Period.containing(dt.date.today(), "quarter")
        self.loads = 0  # how many times the sections were loaded (tests wait on it)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(280)

        self.detail = RepDetail(ctx.language)
        self.sections: dict[str, ProfileSection] = {
            "targets": ProfileSection("targets", self.tr("Targets and attainment")),
            "meetings": ProfileSection("meetings", self.tr("Recent one-on-ones")),
            "reviews": ProfileSection("reviews", self.tr("Reviews")),
            "training": ProfileSection("training", self.tr("Training")),
            "risks": ProfileSection("risks", self.tr("Risks")),
        }
        self._section_box = QWidget()
        boxed = QVBoxLayout(self._section_box)
        boxed.setContentsMargins(0, 0, 0, 0)
        for section in self.sections.values():
            section.body.linkActivated.connect(self._open_link)
            boxed.addWidget(section)
        self._section_box.hide()

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(self.detail)
        layout.addWidget(self._section_box)
        layout.addStretch(1)
        self.setWidget(page)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOAD_DELAY_MS)
        self._timer.timeout.connect(self.load_sections)
        ctx.bus.changed.connect(self._on_changed)

    # -- what the pane tells the profile -------------------------------------------

    def show_record(self, record: RepRecord | None) -> None:
        """Show ``record`` (None: the placeholder); sections follow shortly."""
        same_rep = record is not None and self.record is not None and record.id == self.record.id
        self.record = record
        self.detail.show_record(record)
        if record is None:
            self._timer.stop()
            self._section_box.hide()
            return
        self._section_box.show()
        if not same_rep:
            for section in self.sections.values():
                section.show_lines([], self.tr("Loading…"))
        self._timer.start()

    def set_period(self, period: Period) -> None:
        if period == self.period:
            return
        self.period = period
        if self.record is not None:
            self._timer.start()

    def _on_changed(self, topic: str) -> None:
        if self.record is not None and concerns(topic, *PROFILE_TOPICS):
            self._timer.start()

    def _link(self, pane: str, item_id: int, text: str) -> str:
        """A link opening the item in its pane, plain text while that pane doesn't exist."""
        if pane not in AREA_KEYS:
            return html.escape(text)
        return f'<a href="{pane}:{item_id}">{html.escape(text)}</a>'

    def _open_link(self, link: str) -> None:
        pane, _, item = link.partition(":")
        self.ctx.bus.request_open(pane, int(item))

    # -- loading -------------------------------------------------------------------

    def load_sections(self) -> None:
        """Query each section for the shown rep (a few queries each)."""
        self._timer.stop()
        record = self.record
        if record is None:
            return
        loaders: list[tuple[str, Callable[[RepRecord], list[str]], str]] = [
            ("targets", self._targets, self.tr("No targets in {period}.")),
            ("meetings", self._meetings, self.tr("No one-on-ones yet.")),
            ("reviews", self._reviews, self.tr("No reviews yet.")),
            ("training", self._training, self.tr("No training assigned.")),
            ("risks", self._risks, self.tr("No risks recorded.")),
        ]
        shown_period = period_text(self.period, self.ctx.language)
        self.sections["targets"].heading.setText(
            self.tr("Targets and attainment, {period}").format(period=shown_period)
        )
        for key, load, empty in loaders:
            self.sections[key].show_lines(load(record), empty.format(period=shown_period))
        self.loads += 1

    def _targets(self, rep: RepRecord) -> list[str]:
        targets = TargetService(self.ctx.db).list_targets(
            PageRequest(limit=500, filters={"rep_id": rep.id, "period": self.period})
        )
        metrics = list(dict.fromkeys(t.metric for t in targets.rows))
        if not metrics:
            return []
        lines = AttainmentService(self.ctx.db).rep_attainment(rep.id, self.period, metrics)
        return [self._attainment_line(line) for line in lines]

    def _attainment_line(self, line: RepAttainment) -> str:
        places = minor_units(line.unit) if line.metric in MONEY_METRICS else None

        def amount(value: Decimal | None) -> str:
            if value is None:
                return "—"
            return format_amount(value, places)

        text = f"{enum_label(line.metric)}: {amount(line.actual)} / {amount(line.target)}"
        text = html.escape(f"{text} {unit_text(line.unit)}")
        if line.attainment is None:
            return text
        colour = BAND_COLOURS[band(line.attainment).value]  # type: ignore[union-attr]
        percent = f"{line.attainment.quantize(Decimal('0.1'))} %"
        return f'{text} — <b style="color:{colour}">{percent}</b>'

    def _meetings(self, rep: RepRecord) -> list[str]:
        """The next planned one-on-one, then the most recent ones (two queries)."""
        service = OneOnOneService(self.ctx.db)
        now = dt.datetime.now(dt.UTC)
        upcoming = service.list_meetings(
            PageRequest(
                limit=1,
                sort="starts_at",
                filters={"rep_id": rep.id, "from": now, "status": MeetingStatus.PLANNED},
            )
        )
        recent = service.list_meetings(
            PageRequest(
                limit=RECENT_MEETINGS,
                sort="starts_at",
                descending=True,
                filters={"rep_id": rep.id, "to": now},
            )
        )
        lines = []
        for meeting in upcoming.rows:
            when = datetime_text(meeting.local_starts_at)
            lines.append(
                self.tr("Next: {link}").format(link=self._link("one_on_ones", meeting.id, when))
            )
        for meeting in recent.rows:
            when = datetime_text(meeting.local_starts_at)
            head = self._link("one_on_ones", meeting.id, f"{when} · {enum_label(meeting.status)}")
            # The private note stays off this screen (a rep may look over a shoulder).
            note = excerpt(meeting.notes or meeting.agenda)
            lines.append(f"{head}<br>&nbsp;&nbsp;{html.escape(note)}" if note else head)
        return lines

    def _reviews(self, rep: RepRecord) -> list[str]:
        page = ReviewService(self.ctx.db).list_reviews(
            PageRequest(
                limit=RECENT_REVIEWS,
                sort="cycle_name",
                descending=True,
                filters={"rep_id": rep.id},
            )
        )
        lines = []
        for review in page.rows:
            rating = (
                self.tr("rating {rating}").format(rating=review.overall_rating)
                if review.overall_rating is not None
                else self.tr("not rated")
            )
            text = f"{review.cycle_name} · {enum_label(review.status)} · {rating}"
            lines.append(self._link("reviews", review.id, text))
        return lines

    def _training(self, rep: RepRecord) -> list[str]:
        page = TrainingService(self.ctx.db).list_assignments(
            PageRequest(
                limit=RECENT_TRAINING,
                sort="due_date",
                descending=True,
                filters={"rep_id": rep.id},
            )
        )
        today = dt.date.today()
        lines = []
        for item in page.rows:
            when = date_text(item.completed_on or item.due_date)
            text = f"{item.course_title} · {enum_label(item.status)}" + (
                f" · {when}" if when else ""
            )
            line = self._link("training", item.id, text)
            if item.is_overdue(today):
                overdue = self.tr("overdue")
                line += f' <b style="color:{BAND_COLOURS["below"]}">{overdue}</b>'
            lines.append(line)
        return lines

    def _risks(self, rep: RepRecord) -> list[str]:
        page = RiskService(self.ctx.db).list_risks(
            PageRequest(
                limit=RECENT_RISKS, sort="level", descending=True, filters={"rep_id": rep.id}
            )
        )
        lines = []
        for risk in page.rows:
            text = f"{risk.title} · {enum_label(risk.level)} ({risk.score})"
            line = self._link("risks", risk.id, text)
            if risk.status != RiskStatus.OPEN:
                line += f" · {html.escape(enum_label(risk.status))}"
            lines.append(line)
        return lines
