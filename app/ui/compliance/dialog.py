"""New and Edit obligation: one row of the compliance register."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from app.domain import messages as m
from app.domain.enums import ComplianceCategory, ComplianceStatus
from app.domain.validation import ValidationError
from app.services.compliance import (
    MAX_RENEWAL_MONTHS,
    ComplianceInput,
    ComplianceRecord,
    ComplianceService,
)
from app.services.team import TeamService
from app.ui.combos import CountryCombo, EnumCombo, RepPicker, SearchableCombo
from app.ui.context import UiContext
from app.ui.editors import DateEdit
from app.ui.forms import FormDialog

TOPICS = ("compliance",)


class ComplianceDialog(FormDialog):
    """New obligation (``record`` None) in ``region_id``, or edit ``record``."""

    def __init__(
        self,
        ctx: UiContext,
        record: ComplianceRecord | None = None,
        *,
        region_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("New obligation") if record is None else self.tr("Edit obligation")
        super().__init__(
            ctx,
            title,
            topics=TOPICS,
            expected_version=record.version if record else None,
            parent=parent,
        )
        self.setObjectName("compliance_dialog")
        self.service = ComplianceService(ctx.db)
        team = TeamService(ctx.db)
        self.before = record
        chinese = ctx.prefers_chinese
        regions = [
            (r.name_zh if chinese and r.name_zh else r.name, r.id) for r in team.list_regions()
        ]
        self.add_field("region_id", self.tr("Region"), SearchableCombo(regions))
        self.add_field("country", self.tr("Country"), CountryCombo())
        self.add_field(
            "rep_id",
            self.tr("Rep"),
            RepPicker(team, record.region_id if record else region_id, allow_none=True),
            tip=self.tr("Empty: the obligation is the country's, not one rep's"),
        )
        self.add_field("category", self.tr("Category"), EnumCombo(ComplianceCategory))
        self.add_field("obligation", self.tr("Obligation"), QLineEdit())
        self.add_field("legal_reference", self.tr("Legal reference"), QLineEdit())
        self.add_field("owner", self.tr("Owner"), QLineEdit())
        self.add_field("due_date", self.tr("Due or renewal date"), DateEdit())
        self.add_field(
            "renewal_months",
            self.tr("Renewed every"),
            self._months_editor(),
            tip=self.tr("Marking it renewed then creates the next due date this many months on"),
        )
        self.add_field("status", self.tr("Status"), EnumCombo(ComplianceStatus))
        self.add_field("last_checked", self.tr("Last checked"), DateEdit())
        notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)
        notes.setFixedHeight(notes.fontMetrics().lineSpacing() * 4 + 12)
        self.add_field("notes", self.tr("Notes"), notes)
        self.field("region_id").currentIndexChanged.connect(self._region_chosen)
        if record is not None:
            self.set_values(record.to_input().__dict__)
        else:
            self.set_values({"region_id": region_id, "status": ComplianceStatus.NOT_ASSESSED})
        self.field("obligation").setFocus()
        self.resize(520, self.sizeHint().height())

    def _months_editor(self) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, MAX_RENEWAL_MONTHS)
        box.setSpecialValueText(self.tr("No renewal"))
        box.setSuffix(self.tr(" months"))
        return box

    def _region_chosen(self) -> None:
        picker: RepPicker = self.field("rep_id")
        kept = picker.value()
        picker.set_region(self.field("region_id").value())
        if kept is not None and picker.findData(kept) >= 0:
            picker.setValue(kept)

    def compliance_input(self) -> ComplianceInput:
        v = self.values()
        return ComplianceInput(
            region_id=v["region_id"],
            country=v["country"] or "",
            category=v["category"] or "",
            obligation=v["obligation"],
            owner=v["owner"],
            rep_id=v["rep_id"],
            legal_reference=v["legal_reference"] or None,
            due_date=v["due_date"],
            status=v["status"] or "",
            last_checked=v["last_checked"],
            notes=v["notes"] or None,
            renewal_months=v["renewal_months"] or None,
        )

    def save(self, version: int | None) -> Any:
        data = self.compliance_input()
        if data.region_id is None:
            raise ValidationError("region_id", m.CHOOSE_A_REGION())
        if self.before is None:
            return self.service.create(data)
        return self.service.update(self.before.id, data, version)


__all__ = ["TOPICS", "ComplianceDialog"]
