"""The read-only fields of one rep: the top of the rep profile (rep_profile.py)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.team import RepRecord
from app.ui.labels import (
    country_label,
    date_text,
    enum_label,
    local_time_text,
    weekday_text,
)

# The rep's clock is refreshed this often while shown.
CLOCK_INTERVAL_MS = 20_000


class RepDetail(QWidget):
    """Shows the selected rep's fields, Chinese name included, and their local time.

    Not scrollable itself: :class:`~app.ui.team.rep_profile.RepProfile` scrolls
    it together with the rep's sections.
    """

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.record: RepRecord | None = None
        # Long values (emails) are cut at the panel's edge (Ignored size policy) and
        # shown whole as a tooltip, rather than pushing the panel into sideways scrolling.
        self.setMinimumWidth(260)

        self._stack = QStackedWidget()
        self.placeholder = QLabel(self.tr("Select a rep to see the details."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(self._build_fields())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)

        self._clock = QTimer(self)
        self._clock.setInterval(CLOCK_INTERVAL_MS)
        self._clock.timeout.connect(self._update_clock)

    def _build_fields(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 8, 12, 8)
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clock_label = QLabel()
        clock_font = self.clock_label.font()
        clock_font.setPointSizeF(clock_font.pointSizeF() * 1.15)
        self.clock_label.setFont(clock_font)
        layout.addWidget(self.title_label)
        layout.addWidget(self.clock_label)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.fields: dict[str, QLabel] = {}
        for key, label in self._field_labels():
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setObjectName(f"detail_{key}")
            value.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            self.fields[key] = value
            form.addRow(label, value)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _field_labels(self) -> list[tuple[str, str]]:
        return [
            ("name", self.tr("Name")),
            ("name_zh", self.tr("Chinese name")),
            ("status", self.tr("Status")),
            ("email", self.tr("Email")),
            ("phone", self.tr("Phone")),
            ("region_name", self.tr("Region")),
            ("manager_name", self.tr("Manager")),
            ("posting_country", self.tr("Country")),
            ("posting_city", self.tr("City")),
            ("time_zone", self.tr("Time zone")),
            ("local_time", self.tr("Local time")),
            ("currency", self.tr("Currency")),
            ("focus", self.tr("Focus")),
            ("languages", self.tr("Languages")),
            ("posting_start", self.tr("Posting start")),
            ("posting_end", self.tr("Posting end")),
            ("work_permit_number", self.tr("Work permit number")),
            ("work_permit_expiry", self.tr("Work permit expiry")),
            ("notes", self.tr("Notes")),
        ]

    def show_record(self, record: RepRecord | None) -> None:
        """Show ``record`` (None: the placeholder)."""
        self.record = record
        if record is None:
            self._clock.stop()
            self._stack.setCurrentIndex(0)
            return
        title = record.name + (f"  {record.name_zh}" if record.name_zh else "")
        self.title_label.setText(title)
        values = {
            "name": record.name,
            "name_zh": record.name_zh or "",
            "status": enum_label(record.status),
            "email": record.email,
            "phone": record.phone or "",
            "region_name": record.region_label(self._language == "zh"),
            "manager_name": record.manager_name or "",
            "posting_country": country_label(record.posting_country, self._language),
            "posting_city": record.posting_city,
            "time_zone": record.time_zone,
            "currency": record.currency,
            "focus": enum_label(record.focus),
            "languages": ", ".join(record.languages),
            "posting_start": date_text(record.posting_start),
            "posting_end": date_text(record.posting_end) or self.tr("open-ended"),
            "work_permit_number": record.work_permit_number or "",
            "work_permit_expiry": date_text(record.work_permit_expiry),
            "notes": record.notes or "",
        }
        for key, text in values.items():
            self.fields[key].setText(text or "—")
            self.fields[key].setToolTip(text)
        self._update_clock()
        self._clock.start()
        self._stack.setCurrentIndex(1)

    def local_time(self, now: dt.datetime | None = None) -> str:
        """The shown rep's local time now, e.g. ``"14:05 (UTC+8)"``."""
        return local_time_text(self.record.time_zone, now) if self.record else ""

    def _update_clock(self) -> None:
        if self.record is None:
            return
        text = self.local_time()
        self.fields["local_time"].setText(text or "—")
        weekday = weekday_text(self.record.time_zone)
        self.clock_label.setText(
            self.tr("Local time: {time}, {weekday}").format(time=text, weekday=weekday)
            if text
            else ""
        )
