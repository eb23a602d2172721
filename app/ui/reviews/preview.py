"""The Reviews pane's side panel: the selected review at a glance (no extra query).

The pane's rows already carry the KPI lines and goals (``list_reviews`` reads
them for the whole page), so the preview needs nothing from the database.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.services.review_records import ReviewRecord
from app.ui.editors import format_amount
from app.ui.labels import date_text, enum_label
from app.ui.reviews.formats import (
    local_date,
    rating_text,
    score_text,
    stars,
    weight_text,
)
from app.ui.reviews.kpi_lines import line_score_text


def _para(text: str | None) -> str:
    return escape(text or "").replace("\n", "<br>")


class ReviewPreview(QTextBrowser):
    """Status, rating, KPI lines, written parts and goals of one review, read-only."""

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_preview")
        self.language = language
        self.setOpenLinks(False)
        # The text wraps to the panel; a sideways scroll bar would only show padding.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.review: ReviewRecord | None = None
        self.show_review(None)

    def show_review(self, review: ReviewRecord | None) -> None:
        self.review = review
        if review is None:
            self.setHtml(
                "<p style='color:#777'>"
                + escape(self.tr("Select a review to see it here; Enter opens it."))
                + "</p>"
            )
            return
        parts = [f"<h3>{escape(review.rep_name)}</h3>"]
        status = enum_label(review.status)
        signed = local_date(review.signed_at)
        if signed is not None:
            status += " · " + self.tr("signed {date}").format(date=date_text(signed))
        acknowledged = local_date(review.acknowledged_at)
        if acknowledged is not None:
            status += " · " + self.tr("acknowledged {date}").format(date=date_text(acknowledged))
        parts.append(f"<p>{escape(status)}</p>")
        if review.overall_rating is not None:
            parts.append(
                f"<p><span style='font-size:large'>{stars(review.overall_rating)}</span><br>"
                f"{escape(rating_text(review.overall_rating, self.language))}</p>"
            )
        else:
            not_rated = escape(self.tr("Not rated yet"))
            parts.append(f"<p>{not_rated}</p>")
        parts.append(self._lines_table(review))
        for title, text in (
            (self.tr("Strengths"), review.strengths),
            (self.tr("Areas to improve"), review.improvements),
            (self.tr("Manager summary"), review.manager_summary),
            (self.tr("Rep comments"), review.rep_comments),
        ):
            if text:
                parts.append(f"<p><b>{escape(title)}</b><br>{_para(text)}</p>")
        if review.goals:
            items = "".join(
                "<li>{text} <span style='color:#666'>({status}{due}{course})</span></li>".format(
                    text=escape(goal.text),
                    status=escape(enum_label(goal.status)),
                    due=", " + date_text(goal.due_date) if goal.due_date else "",
                    course=", " + escape(goal.course_title) if goal.course_title else "",
                )
                for goal in review.goals
            )
            # Outside the f-string: lupdate does not read strings inside one.
            heading = escape(self.tr("Development goals"))
            parts.append(f"<p><b>{heading}</b></p><ul>{items}</ul>")
        self.setHtml("".join(parts))

    def _lines_table(self, review: ReviewRecord) -> str:
        head = "".join(
            f"<th align='{align}'>{escape(text)}</th>"
            for text, align in (
                (self.tr("Metric"), "left"),
                (self.tr("Weight"), "right"),
                (self.tr("Attainment"), "right"),
                (self.tr("Score"), "right"),
            )
        )
        rows = "".join(
            "<tr><td>{metric}</td><td align='right'>{weight}</td>"
            "<td align='right'>{attainment}</td><td align='right'>{score}</td></tr>".format(
                metric=escape(enum_label(line.metric)),
                weight=weight_text(line.weight),
                attainment=""
                if line.attainment is None
                else f"{format_amount(line.attainment, 1)} %",
                score="" if line.score is None else line_score_text(line.score),
            )
            for line in review.kpi_lines
        )
        total = self.tr("Weighted score: {score}").format(
            score=score_text(review.weighted_score) or "—"
        )
        return (
            f"<table cellspacing='0' cellpadding='3' width='100%'><tr>{head}</tr>{rows}</table>"
            f"<p><b>{escape(total)}</b></p>"
        )


__all__ = ["ReviewPreview"]
