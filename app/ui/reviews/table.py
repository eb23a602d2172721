"""The Reviews pane's table columns and the cycle summary strip above the table."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.domain.enums import CycleStatus, ReviewStatus
from app.services.base import Page, PageRequest
from app.services.cycles import CycleSummary
from app.services.review_queries import ReviewQueries
from app.services.review_records import ReviewRecord
from app.ui.labels import date_text, enum_label
from app.ui.reviews.formats import (
    STATUS_COLOURS,
    local_date,
    rating_text,
    score_text,
    stars,
    template_text,
)
from app.ui.table_model import CENTER, RIGHT, Column

translate = QCoreApplication.translate

#: Draft names listed in the summary before "and N more".
DRAFT_NAMES_SHOWN = 12


@dataclass(frozen=True)
class ReviewRow:
    """A review with its rep's Chinese name (read for the page in one query)."""

    review: ReviewRecord
    rep_name_zh: str | None

    @property
    def id(self) -> int:
        return self.review.id


def review_rows(queries: ReviewQueries, request: PageRequest) -> Page[ReviewRow]:
    """A page of a cycle's reviews with their reps' Chinese names (two queries).

    Without a ``cycle_id`` filter nothing is read: no filter would mean every review.
    """
    if request.filters.get("cycle_id") is None:
        return Page(rows=[], total=0, offset=request.offset)
    page = queries.list_reviews(request)
    names = queries.chinese_names(r.rep_id for r in page.rows)
    rows = [ReviewRow(r, names.get(r.rep_id)) for r in page.rows]
    return Page(rows=rows, total=page.total, offset=page.offset)


def review_columns(language: str = "en") -> list[Column[ReviewRow]]:
    """The Reviews table's columns; sortable ones name a ReviewService sort column."""
    return [
        Column(
            "rep_name", translate("ReviewColumns", "Rep"), lambda r: r.review.rep_name, "rep_name"
        ),
        Column(
            "rep_name_zh",
            translate("ReviewColumns", "Chinese name"),
            lambda r: r.rep_name_zh or "",
        ),
        Column(
            "status",
            translate("ReviewColumns", "Status"),
            lambda r: enum_label(r.review.status),
            "status",
            value=lambda r: r.review.status.value,
            background=lambda r: STATUS_COLOURS.get(r.review.status),
        ),
        Column(
            "overall_rating",
            translate("ReviewColumns", "Rating"),
            lambda r: stars(r.review.overall_rating),
            "overall_rating",
            alignment=CENTER,
            value=lambda r: r.review.overall_rating,
            tooltip=lambda r: rating_text(r.review.overall_rating, language) or None,
        ),
        Column(
            "weighted_score",
            translate("ReviewColumns", "Score"),
            lambda r: score_text(r.review.weighted_score),
            "weighted_score",
            alignment=RIGHT,
            value=lambda r: r.review.weighted_score,
        ),
        Column(
            "reviewer_name",
            translate("ReviewColumns", "Reviewer"),
            lambda r: r.review.reviewer_name or "",
        ),
        Column(
            "signed_at",
            translate("ReviewColumns", "Signed on"),
            lambda r: date_text(local_date(r.review.signed_at)),
            "signed_at",
            alignment=CENTER,
            value=lambda r: r.review.signed_at,
        ),
        Column(
            "acknowledged_at",
            translate("ReviewColumns", "Acknowledged on"),
            lambda r: date_text(local_date(r.review.acknowledged_at)),
            "acknowledged_at",
            alignment=CENTER,
            value=lambda r: r.review.acknowledged_at,
        ),
    ]


class CycleSummaryStrip(QFrame):
    """Period, KPI template, reviews counted by status and who is still in draft."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cycle_summary")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.period_label = QLabel()
        self.period_label.setObjectName("summary_period")
        self.template_label = QLabel()
        self.template_label.setObjectName("summary_template")
        self.template_label.setWordWrap(True)
        self.counts_label = QLabel()
        self.counts_label.setObjectName("summary_counts")
        self.drafts_label = QLabel()
        self.drafts_label.setObjectName("summary_drafts")
        self.drafts_label.setWordWrap(True)
        strip = QVBoxLayout(self)
        strip.setContentsMargins(8, 6, 8, 6)
        strip.setSpacing(3)
        for label in self.lines():
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            strip.addWidget(label)

    def lines(self) -> list[QLabel]:
        return [self.period_label, self.template_label, self.counts_label, self.drafts_label]

    def show_summary(self, summary: CycleSummary | None, *, region_chosen: bool) -> None:
        """Show ``summary`` (None: no cycle, with what to do about it)."""
        if summary is None:
            self.period_label.setText(
                self.tr("No review cycle yet. Open one with “Open cycle…”.")
                if region_chosen
                else self.tr("No review cycle yet. Choose a region to open one.")
            )
            for label in (self.template_label, self.counts_label, self.drafts_label):
                label.hide()
            return
        cycle = summary.cycle
        self.period_label.setText(
            self.tr("<b>{name}</b> · {kind} · {start} to {end} · {status}").format(
                name=escape(cycle.name),
                kind=enum_label(cycle.kind),
                start=date_text(cycle.period_start),
                end=date_text(cycle.period_end),
                status=enum_label(cycle.status),
            )
        )
        self.template_label.setText(
            self.tr("KPI template: {template}").format(
                template=template_text([(kw.metric, kw.weight) for kw in cycle.kpi_template])
            )
        )
        counts = "   ".join(
            self.tr("{status}: {count}").format(
                status=enum_label(status), count=summary.counts.get(status, 0)
            )
            for status in ReviewStatus
        )
        self.counts_label.setText(
            counts + "   " + self.tr("Total: {count}").format(count=summary.total)
        )
        names = summary.draft_rep_names
        if names:
            shown = ", ".join(names[:DRAFT_NAMES_SHOWN])
            if len(names) > DRAFT_NAMES_SHOWN:
                shown += " " + self.tr("and {count} more").format(
                    count=len(names) - DRAFT_NAMES_SHOWN
                )
            self.drafts_label.setText(self.tr("Still draft: {names}").format(names=shown))
            self.drafts_label.setToolTip("\n".join(names[:200]))
        elif cycle.status is CycleStatus.OPEN:
            self.drafts_label.setText(self.tr("No drafts left: the cycle can be closed."))
            self.drafts_label.setToolTip("")
        else:
            self.drafts_label.setText(
                self.tr("Closed on {date}.").format(date=date_text(local_date(cycle.closed_at)))
            )
            self.drafts_label.setToolTip("")
        for label in (self.template_label, self.counts_label, self.drafts_label):
            label.show()


__all__ = ["CycleSummaryStrip", "ReviewRow", "review_columns", "review_rows"]
