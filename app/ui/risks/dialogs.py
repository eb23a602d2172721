"""The Risks pane's dialogs: a risk, a review, an acceptance, a treatment action.

Each is a :class:`FormDialog`: the service validates, errors show at their
field, and the change bus announces ``risks`` after a save.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from app.domain.enums import RiskCategory, RiskLevel, RiskStatus, Treatment
from app.services.risk_treatment import (
    AcceptanceInput,
    ReviewInput,
    RiskActionInput,
    RiskTreatmentService,
)
from app.services.risks import RiskInput, RiskRecord, RiskService
from app.services.team import TeamService
from app.ui.combos import EnumCombo, RepPicker
from app.ui.context import UiContext
from app.ui.editors import DateEdit
from app.ui.forms import FormDialog

RISK_TOPICS = ("risks",)
#: A new acceptance runs this long unless the manager says otherwise.
DEFAULT_ACCEPTANCE_DAYS = 90


def rating_combo(*, allow_none: bool = False) -> QComboBox:
    """A 1–5 rating (``currentData`` an int; "—" None when allowed)."""
    combo = QComboBox()
    if allow_none:
        combo.addItem("—", None)
    for n in range(1, 6):
        combo.addItem(str(n), n)
    return combo


def _text_box(height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


def _ratings(dialog: FormDialog) -> None:
    # Shared by two dialogs: one translation context, not each dialog's class name.
    dialog.add_field(
        "likelihood",
        QCoreApplication.translate("RiskRatings", "Inherent likelihood"),
        rating_combo(),
    )
    dialog.add_field(
        "impact", QCoreApplication.translate("RiskRatings", "Inherent impact"), rating_combo()
    )
    dialog.add_field(
        "residual_likelihood",
        QCoreApplication.translate("RiskRatings", "Residual likelihood"),
        rating_combo(allow_none=True),
    )
    dialog.add_field(
        "residual_impact",
        QCoreApplication.translate("RiskRatings", "Residual impact"),
        rating_combo(allow_none=True),
    )


class RiskDialog(FormDialog):
    """New risk (``record`` None) in ``region_id``, or edit one."""

    def __init__(
        self,
        ctx: UiContext,
        region_id: int,
        record: RiskRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("New risk") if record is None else self.tr("Edit risk")
        super().__init__(
            ctx,
            title,
            topics=RISK_TOPICS,
            expected_version=record.version if record else None,
            parent=parent,
        )
        self.setObjectName("risk_dialog")
        self.service = RiskService(ctx.db)
        self.region_id = region_id
        self._record_id = record.id if record is not None else 0
        self.add_field("category", self.tr("Category"), EnumCombo(RiskCategory))
        self.add_field("title", self.tr("Title"), QLineEdit())
        self.add_field("cause", self.tr("Cause"), _text_box())
        rep = RepPicker(TeamService(ctx.db), region_id, allow_none=True)
        self.add_field("rep_id", self.tr("Rep"), rep)
        self.add_field("customer", self.tr("Customer"), QLineEdit())
        self.add_field("owner", self.tr("Owner"), QLineEdit())
        _ratings(self)
        self.add_field("treatment", self.tr("Treatment"), EnumCombo(Treatment))
        self.add_field("controls", self.tr("Controls"), _text_box())
        # Accepting is its own decision (Accept risk…); an accepted risk may stay so.
        keep = record is not None and record.status is RiskStatus.ACCEPTED
        statuses = [s for s in RiskStatus if s is not RiskStatus.ACCEPTED or keep]
        self.add_field("status", self.tr("Status"), EnumCombo(RiskStatus, members=statuses))
        self.add_field("next_review", self.tr("Next review"), DateEdit())
        if record is not None:
            self.set_values(vars_of(record))
        else:
            self.set_values({"owner": ctx.db.actor.split(" <")[0], "likelihood": 3, "impact": 3})
        self.set_save(self._save_risk)
        self.resize(520, self.sizeHint().height())

    def _save_risk(self, version: int | None) -> RiskRecord:
        v = self.values()
        data = RiskInput(
            region_id=self.region_id,
            category=v["category"],
            title=v["title"],
            likelihood=v["likelihood"],
            impact=v["impact"],
            owner=v["owner"],
            cause=v["cause"] or None,
            residual_likelihood=v["residual_likelihood"],
            residual_impact=v["residual_impact"],
            treatment=v["treatment"],
            controls=v["controls"] or None,
            status=v["status"],
            next_review=v["next_review"],
            rep_id=v["rep_id"],
            customer=v["customer"] or None,
        )
        if self.expected_version is None:
            return self.service.create(data)
        return self.service.update(self._record_id, data, version)


def vars_of(record: RiskRecord) -> dict[str, object]:
    """A record's fields by name, for filling a form."""
    return {name: getattr(record, name) for name in record.__dataclass_fields__}


class ReviewDialog(FormDialog):
    """Record a review of ``record``: date, reviewer, note, levels re-assessed.

    ``cadence`` (days by residual level, from Preferences) sets the next review.
    """

    def __init__(
        self,
        ctx: UiContext,
        record: RiskRecord,
        reviewer: str,
        cadence: Mapping[RiskLevel, int],
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            ctx,
            self.tr("Record review: {title}").format(title=record.title),
            topics=RISK_TOPICS,
            expected_version=record.version,
            parent=parent,
        )
        self.setObjectName("review_dialog")
        self.service = RiskTreatmentService(ctx.db, today=today)
        self.record = record
        self.cadence = dict(cadence)
        self.add_field("reviewed_on", self.tr("Reviewed on"), DateEdit(allow_empty=False))
        self.add_field("reviewer", self.tr("Reviewer"), QLineEdit())
        _ratings(self)
        self.add_field("note", self.tr("Note"), _text_box(90))
        self.set_values(
            {
                "reviewed_on": today(),
                "reviewer": reviewer,
                "likelihood": record.likelihood,
                "impact": record.impact,
                "residual_likelihood": record.residual_likelihood,
                "residual_impact": record.residual_impact,
            }
        )
        self.set_save(self._save_review)
        self.resize(480, self.sizeHint().height())

    def _save_review(self, version: int | None) -> RiskRecord:
        v = self.values()
        data = ReviewInput(
            reviewed_on=v["reviewed_on"],
            reviewer=v["reviewer"],
            likelihood=v["likelihood"],
            impact=v["impact"],
            residual_likelihood=v["residual_likelihood"],
            residual_impact=v["residual_impact"],
            note=v["note"] or None,
        )
        return self.service.record_review(self.record.id, data, version, self.cadence)


class AcceptDialog(FormDialog):
    """Accept ``record`` until a date, as the signed-in manager (``accepted_by``), with a why."""

    def __init__(
        self,
        ctx: UiContext,
        record: RiskRecord,
        accepted_by: str,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            ctx,
            self.tr("Accept risk: {title}").format(title=record.title),
            topics=RISK_TOPICS,
            expected_version=record.version,
            parent=parent,
        )
        self.setObjectName("accept_dialog")
        self.service = RiskTreatmentService(ctx.db, today=today)
        self.record = record
        who = self.add_field("accepted_by", self.tr("Accepted by"), QLineEdit())
        who.setReadOnly(True)  # the decision is the signed-in manager's
        self.add_field("justification", self.tr("Justification"), _text_box(90))
        self.add_field("accepted_until", self.tr("Accepted until"), DateEdit(allow_empty=False))
        self.set_values(
            {
                "accepted_by": accepted_by,
                "accepted_until": today() + dt.timedelta(days=DEFAULT_ACCEPTANCE_DAYS),
            }
        )
        self.set_save(self._save_acceptance)
        self.resize(460, self.sizeHint().height())

    def _save_acceptance(self, version: int | None) -> RiskRecord:
        v = self.values()
        data = AcceptanceInput(v["accepted_by"], v["justification"], v["accepted_until"])
        return self.service.accept(self.record.id, data, version)


class ActionDialog(FormDialog):
    """A new treatment action of ``record``: what, who, by when."""

    def __init__(self, ctx: UiContext, record: RiskRecord, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New treatment action"), topics=RISK_TOPICS, parent=parent)
        self.setObjectName("action_dialog")
        self.service = RiskTreatmentService(ctx.db)
        self.record = record
        self.add_field("text", self.tr("Action"), QLineEdit())
        self.add_field("owner", self.tr("Owner"), QLineEdit())
        self.add_field("due_date", self.tr("Due"), DateEdit())
        self.set_values({"owner": record.owner})
        self.set_save(self._save_action)
        self.resize(440, self.sizeHint().height())

    def _save_action(self, _version: int | None) -> object:
        v = self.values()
        return self.service.add_action(
            RiskActionInput(self.record.id, v["text"], v["owner"], v["due_date"])
        )


__all__ = [
    "AcceptDialog",
    "ActionDialog",
    "ReviewDialog",
    "RiskDialog",
    "rating_combo",
    "vars_of",
]
