"""Administration → Managers: who leads which region, their e-mail, role and time zone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from app.domain.enums import ManagerRole
from app.services.team import ManagerInput, ManagerRecord, ManagerRow, TeamService
from app.ui.admin.base import AdminTablePane
from app.ui.combos import EnumCombo, SearchableCombo, TimeZoneCombo
from app.ui.context import UiContext
from app.ui.forms import FormDialog
from app.ui.labels import enum_label
from app.ui.table_model import Column, text_column

MANAGER_TOPICS = ("managers",)

translate = QCoreApplication.translate


def manager_columns(chinese: bool) -> list[Column[ManagerRow]]:
    return [
        text_column("name", translate("ManagerColumns", "Name")),
        text_column("name_zh", translate("ManagerColumns", "Chinese name")),
        text_column("email", translate("ManagerColumns", "Email")),
        Column("role", translate("ManagerColumns", "Role"), lambda m: enum_label(m.role), "role"),
        text_column("time_zone", translate("ManagerColumns", "Time zone")),
        Column(
            "region_name",
            translate("ManagerColumns", "Region"),
            lambda m: m.region_label(chinese),
            "region_name",
        ),
    ]


class ManagerDialog(FormDialog):
    """New manager (``record`` None) or edit one; a manager leads at most one region."""

    def __init__(
        self,
        ctx: UiContext,
        record: ManagerRow | ManagerRecord | None = None,
        *,
        region_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("New manager") if record is None else self.tr("Edit manager")
        super().__init__(
            ctx,
            title,
            topics=MANAGER_TOPICS,
            expected_version=record.version if record else None,
            parent=parent,
        )
        self.service = TeamService(ctx.db)
        self.before = record
        chinese = ctx.prefers_chinese
        self.add_field("name", self.tr("Name"), QLineEdit())
        self.add_field("name_zh", self.tr("Chinese name"), QLineEdit())
        self.add_field("email", self.tr("Email"), QLineEdit())
        self.add_field("role", self.tr("Role"), EnumCombo(ManagerRole))
        self.add_field("time_zone", self.tr("Time zone"), TimeZoneCombo())
        regions = [
            (r.name_zh if chinese and r.name_zh else r.name, r.id)
            for r in self.service.list_regions()
        ]
        self.add_field(
            "region_id", self.tr("Region led"), SearchableCombo(regions, allow_none=True)
        )
        if record is not None:
            self.set_values({k: getattr(record, k) for k in ManagerInput.__dataclass_fields__})
        else:
            self.set_values({"role": ManagerRole.REGIONAL_MANAGER, "region_id": region_id})
            self.field("time_zone").setValue("Asia/Shanghai")
        self.field("name").setFocus()
        self.resize(460, self.sizeHint().height())

    def manager_input(self) -> ManagerInput:
        v = self.values()
        return ManagerInput(
            name=v["name"],
            name_zh=v["name_zh"] or None,
            email=v["email"],
            role=v["role"] or ManagerRole.REGIONAL_MANAGER,
            time_zone=v["time_zone"] or "",
            region_id=v["region_id"],
        )

    def save(self, version: int | None) -> Any:
        data = self.manager_input()
        if self.before is None:
            return self.service.create_manager(data)
        return self.service.update_manager(self.before.id, data, version)


class ManagersPane(AdminTablePane[ManagerRow]):
    """Managers, narrowed to the window's region (the one they lead) when one is chosen."""

    key = "admin_managers"
    write_topics = ("managers",)
    topics = ("managers", "regions")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.service = TeamService(ctx.db)
        self.build(
            self.service.list_manager_page,
            manager_columns(ctx.prefers_chinese),
            count_text=self.tr("Managers: {count}"),
            view_name="managers_table",
        )

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ManagersPane", "Managers")

    def make_dialog(self, record: ManagerRow | None) -> ManagerDialog:
        return ManagerDialog(self.ctx, record, region_id=self.region_id, parent=self)

    def fresh(self, record: ManagerRow) -> ManagerRecord:  # type: ignore[override]
        return self.service.get_manager(record.id)

    def row_name(self, record: ManagerRow) -> str:
        return record.name

    def delete_title(self) -> str:
        return self.tr("Delete manager")

    def remove(self, record: ManagerRow) -> None:
        self.service.delete_manager(record.id, record.version)
