"""Administration → Regions: name, base currency, countries; who leads each, how many reps."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from app.services.team import RegionInput, RegionRow, TeamService
from app.ui.admin.base import AdminTablePane, split_codes
from app.ui.combos import CurrencyCombo
from app.ui.context import UiContext
from app.ui.forms import FormDialog
from app.ui.table_model import CENTER, RIGHT, Column, text_column

REGION_TOPICS = ("regions",)

translate = QCoreApplication.translate


def region_columns(chinese: bool = False) -> list[Column[RegionRow]]:
    """The Regions tab's columns; ``chinese`` names the managers by their Chinese names."""

    def managers(r: RegionRow) -> str:
        names = r.managers_zh if chinese and r.managers_zh else r.managers
        return ("、" if chinese else ", ").join(names)

    return [
        text_column("name", translate("RegionColumns", "Name")),
        text_column("name_zh", translate("RegionColumns", "Chinese name")),
        text_column("base_currency", translate("RegionColumns", "Base currency"), alignment=CENTER),
        Column(
            "countries",
            translate("RegionColumns", "Countries"),
            lambda r: ", ".join(r.countries),
            "countries",
        ),
        Column("managers", translate("RegionColumns", "Managers"), managers),
        Column(
            "rep_count",
            translate("RegionColumns", "Reps"),
            lambda r: str(r.rep_count),
            "rep_count",
            RIGHT,
        ),
    ]


class RegionDialog(FormDialog):
    """New region (``record`` None) or edit one; errors show at their field."""

    def __init__(
        self, ctx: UiContext, record: RegionRow | None = None, parent: QWidget | None = None
    ) -> None:
        title = self.tr("New region") if record is None else self.tr("Edit region")
        super().__init__(
            ctx,
            title,
            topics=REGION_TOPICS,
            expected_version=record.version if record else None,
            parent=parent,
        )
        self.service = TeamService(ctx.db)
        self.before = record
        self.add_field("name", self.tr("Name"), QLineEdit())
        self.add_field("name_zh", self.tr("Chinese name"), QLineEdit())
        self.add_field("base_currency", self.tr("Base currency"), CurrencyCombo())
        self.add_field(
            "countries",
            self.tr("Countries"),
            QLineEdit(),
            tip=self.tr("ISO country codes separated by commas, e.g. SG, MY, TH"),
        )
        if record is not None:
            self.set_values(self.values_of(record.to_input()))
        else:
            self.field("base_currency").setValue("CNY")
        self.field("name").setFocus()
        self.resize(440, self.sizeHint().height())

    @staticmethod
    def values_of(data: RegionInput) -> dict[str, Any]:
        return {**data.__dict__, "countries": ", ".join(data.countries)}

    def region_input(self) -> RegionInput:
        v = self.values()
        return RegionInput(
            name=v["name"],
            name_zh=v["name_zh"] or None,
            base_currency=v["base_currency"] or "",
            countries=split_codes(v["countries"]),
        )

    def save(self, version: int | None) -> Any:
        data = self.region_input()
        if self.before is None:
            return self.service.create_region(data)
        return self.service.update_region(self.before.id, data, version)


class RegionsPane(AdminTablePane[RegionRow]):
    """Every region (the window's region selector does not narrow this list)."""

    key = "admin_regions"
    write_topics = ("regions",)
    topics = ("regions", "managers", "reps")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.service = TeamService(ctx.db)
        self.build(
            self.service.list_region_page,
            region_columns(ctx.prefers_chinese),
            count_text=self.tr("Regions: {count}"),
            view_name="regions_table",
        )

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("RegionsPane", "Regions")

    def filters(self) -> dict[str, object]:
        return {}

    def set_region(self, region_id: int | None) -> None:
        """Regions list them all: the selector chooses among them, it does not filter."""
        self.region_id = region_id

    def make_dialog(self, record: RegionRow | None) -> RegionDialog:
        return RegionDialog(self.ctx, record, parent=self)

    def fresh(self, record: RegionRow) -> RegionRow:
        stored = self.service.get_region(record.id)
        return replace(record, **{k: getattr(stored, k) for k in stored.__dataclass_fields__})

    def row_name(self, record: RegionRow) -> str:
        return record.name

    def delete_title(self) -> str:
        return self.tr("Delete region")

    def remove(self, record: RegionRow) -> None:
        self.service.delete_region(record.id, record.version)
