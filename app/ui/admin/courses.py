"""Administration → Training courses: the catalogue a development goal links to."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from app.domain.enums import CourseCategory, CourseFormat
from app.services.training import CourseInput, CourseRecord, TrainingService
from app.ui.admin.base import AdminTablePane
from app.ui.combos import CurrencyCombo, EnumCombo
from app.ui.context import UiContext
from app.ui.editors import AmountEdit, format_amount
from app.ui.forms import FormDialog
from app.ui.labels import enum_label
from app.ui.table_model import CENTER, RIGHT, Column, text_column

COURSE_TOPICS = ("courses",)

translate = QCoreApplication.translate


def course_columns(chinese: bool) -> list[Column[CourseRecord]]:
    def header(key: str) -> str:
        return {
            "title": translate("CourseColumns", "Title"),
            "title_zh": translate("CourseColumns", "Chinese title"),
            "category": translate("CourseColumns", "Category"),
            "format": translate("CourseColumns", "Format"),
            "hours": translate("CourseColumns", "Hours"),
            "provider": translate("CourseColumns", "Provider"),
            "cost": translate("CourseColumns", "Cost"),
            "currency": translate("CourseColumns", "Currency"),
            "active": translate("CourseColumns", "Active"),
        }[key]

    yes, no = translate("CourseColumns", "Yes"), translate("CourseColumns", "No")
    return [
        Column("title", header("title"), lambda c: c.title, "title"),
        text_column("title_zh", header("title_zh")),
        Column("category", header("category"), lambda c: enum_label(c.category), "category"),
        Column("format", header("format"), lambda c: enum_label(c.format), "format"),
        Column("hours", header("hours"), lambda c: format_amount(c.hours, None), "hours", RIGHT),
        text_column("provider", header("provider")),
        Column("cost", header("cost"), lambda c: format_amount(c.cost, 2), "cost", RIGHT),
        text_column("currency", header("currency"), alignment=CENTER),
        Column("active", header("active"), lambda c: yes if c.active else no, "active", CENTER),
    ]


class CourseDialog(FormDialog):
    """New course (``record`` None) or edit one."""

    def __init__(
        self, ctx: UiContext, record: CourseRecord | None = None, parent: QWidget | None = None
    ) -> None:
        title = self.tr("New course") if record is None else self.tr("Edit course")
        super().__init__(
            ctx,
            title,
            topics=COURSE_TOPICS,
            expected_version=record.version if record else None,
            parent=parent,
        )
        self.service = TrainingService(ctx.db)
        self.before = record
        self.add_field("title", self.tr("Title"), QLineEdit())
        self.add_field("title_zh", self.tr("Chinese title"), QLineEdit())
        self.add_field("category", self.tr("Category"), EnumCombo(CourseCategory))
        self.add_field("format", self.tr("Format"), EnumCombo(CourseFormat))
        self.add_field("hours", self.tr("Hours"), AmountEdit(places=1))
        self.add_field("provider", self.tr("Provider"), QLineEdit())
        self.add_field("cost", self.tr("Cost"), AmountEdit(places=2))
        self.add_field("currency", self.tr("Currency"), CurrencyCombo(allow_none=True))
        self.add_field("active", self.tr("Active"), QCheckBox(self.tr("Offered to reps")))
        if record is not None:
            self.set_values(record.to_input().__dict__)
        else:
            self.set_values({"active": True})
        self.field("title").setFocus()
        self.resize(460, self.sizeHint().height())

    def course_input(self) -> CourseInput:
        v = self.values()
        kept = self.before.to_input() if self.before is not None else None
        return CourseInput(
            title=v["title"],
            title_zh=v["title_zh"] or None,
            category=v["category"] or "",
            format=v["format"] or "",
            hours=v["hours"] if v["hours"] is not None else 0,
            provider=v["provider"] or None,
            cost=v["cost"],
            currency=v["currency"] or None,
            active=bool(v["active"]),
            # Not on this form: an edit keeps the stored description.
            description=kept.description if kept else None,
        )

    def save(self, version: int | None) -> Any:
        data = self.course_input()
        if self.before is None:
            return self.service.create_course(data)
        return self.service.update_course(self.before.id, data, version)


class CoursesPane(AdminTablePane[CourseRecord]):
    """The course catalogue (every region shares it)."""

    key = "admin_courses"
    write_topics = ("courses",)
    topics = ("courses",)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.service = TrainingService(ctx.db)
        self.build(
            self.service.list_courses,
            course_columns(ctx.prefers_chinese),
            count_text=self.tr("Courses: {count}"),
            view_name="courses_table",
        )

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("CoursesPane", "Training courses")

    def filters(self) -> dict[str, object]:
        return {}

    def set_region(self, region_id: int | None) -> None:
        """The catalogue is shared by every region."""
        self.region_id = region_id

    def make_dialog(self, record: CourseRecord | None) -> CourseDialog:
        return CourseDialog(self.ctx, record, parent=self)

    def fresh(self, record: CourseRecord) -> CourseRecord:
        return self.service.get_course(record.id)

    def row_name(self, record: CourseRecord) -> str:
        return record.title

    def delete_title(self) -> str:
        return self.tr("Delete course")

    def remove(self, record: CourseRecord) -> None:
        self.service.delete_course(record.id, record.version)
