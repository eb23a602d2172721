"""Administration → Exchange rates: rates into each base currency, pasted from a
spreadsheet in bulk, with a warning naming currencies in use that have no rate."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.services.errors import NotFoundError
from app.services.rate_paste import PasteRefusedError
from app.services.rates import RateRecord, RateService
from app.services.team import TeamService
from app.ui.admin.base import AdminTablePane
from app.ui.combos import CurrencyCombo
from app.ui.context import UiContext
from app.ui.editors import AmountEdit, DateEdit, format_amount
from app.ui.error_text import error_text
from app.ui.forms import FormDialog
from app.ui.labels import date_text
from app.ui.table_model import CENTER, RIGHT, Column

RATE_TOPICS = ("rates",)
WARNING_STYLE = "background: #fce8b2; color: #5f4000; padding: 4px 8px; border-radius: 3px;"

translate = QCoreApplication.translate


def rate_columns() -> list[Column[RateRecord]]:
    return [
        Column(
            "currency",
            translate("RateColumns", "Currency"),
            lambda r: r.currency,
            "currency",
            CENTER,
        ),
        Column(
            "rate_to_base",
            translate("RateColumns", "Rate to base"),
            lambda r: format_amount(r.rate_to_base, None),
            "rate_to_base",
            RIGHT,
        ),
        Column(
            "base_currency",
            translate("RateColumns", "Base currency"),
            lambda r: r.base_currency,
            "base_currency",
            CENTER,
        ),
        Column(
            "valid_from",
            translate("RateColumns", "Valid from"),
            lambda r: date_text(r.valid_from),
            "valid_from",
            CENTER,
        ),
    ]


class RateDialog(FormDialog):
    """New rate (``record`` None) or edit one: one unit of the currency in base units."""

    def __init__(
        self,
        ctx: UiContext,
        record: RateRecord | None = None,
        *,
        base_currency: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("New exchange rate") if record is None else self.tr("Edit exchange rate")
        super().__init__(
            ctx,
            title,
            topics=RATE_TOPICS,
            expected_version=record.version if record else None,
            parent=parent,
        )
        self.service = RateService(ctx.db)
        self.before = record
        self.add_field("currency", self.tr("Currency"), CurrencyCombo())
        self.add_field(
            "rate_to_base",
            self.tr("Rate to base"),
            AmountEdit(places=4),
            tip=self.tr("How many units of the base currency one unit of the currency buys"),
        )
        self.add_field("base_currency", self.tr("Base currency"), CurrencyCombo())
        self.add_field("valid_from", self.tr("Valid from"), DateEdit(allow_empty=False))
        if record is not None:
            self.set_values(record.__dict__)
        else:
            self.field("base_currency").setValue(base_currency or "CNY")
            self.field("currency").setValue(None)
        self.field("currency").setFocus()
        self.resize(420, self.sizeHint().height())

    def save(self, version: int | None) -> Any:
        v = self.values()
        args = (
            v["base_currency"] or "",
            v["currency"] or "",
            v["rate_to_base"] if v["rate_to_base"] is not None else Decimal(0),
            v["valid_from"],
        )
        if self.before is None:
            return self.service.set_rate(*args)
        return self.service.update_rate(self.before.id, *args, version)


class RatesPane(AdminTablePane[RateRecord]):
    """Rates into the window's region's base currency (all of them for all regions).

    The banner above the table names each currency a rep or a money actual
    uses with no rate in force today into its region's base currency.
    """

    key = "admin_rates"
    write_topics = ("rates",)
    topics = ("rates", "reps", "regions", "actuals")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.service = RateService(ctx.db)
        self.team = TeamService(ctx.db)
        self.base_currency: str | None = None
        self.paste_button = QPushButton(self.tr("Paste from spreadsheet"))
        self.paste_button.setObjectName("paste_rates_button")
        self.paste_button.setToolTip(
            self.tr(
                "Paste rows copied from a spreadsheet: currency, rate, base currency, "
                "valid from (YYYY-MM-DD); a header row is optional"
            )
        )
        self.paste_button.clicked.connect(self.paste)
        self.warning = QLabel()
        self.warning.setObjectName("missing_rates_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        banner = QVBoxLayout()
        banner.addWidget(self.warning)
        self.build(
            self.service.list_rate_page,
            rate_columns(),
            count_text=self.tr("Rates: {count}"),
            bar=[self.paste_button],
            below_bar=banner,
            view_name="rates_table",
        )
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self.view)
        shortcut.activated.connect(self.paste)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("RatesPane", "Exchange rates")

    def filters(self) -> dict[str, object]:
        return {"base_currency": self.base_currency}

    def refresh(self) -> None:
        if self._postpone():
            return
        self.base_currency = None
        if self.region_id is not None:
            try:
                self.base_currency = self.team.get_region(self.region_id).base_currency
            except NotFoundError:
                self.base_currency = None
        super().refresh()
        self.update_warning()

    def reload(self) -> None:
        super().reload()
        if self.isVisible():
            self.update_warning()

    def update_warning(self) -> None:
        """Name the currencies in use without a rate in force today (hidden when none)."""
        missing = self.service.missing_rates(region_id=self.region_id)
        if not missing:
            self.warning.hide()
            self.warning.clear()
            return
        pairs = ", ".join(
            self.tr("{currency} → {base} ({region})").format(
                currency=m.currency, base=m.base_currency, region=m.region_name
            )
            for m in missing
        )
        self.warning.setText(
            self.tr("No exchange rate in force today for: {pairs}").format(pairs=pairs)
        )
        self.warning.show()

    # -- actions ------------------------------------------------------------------

    def make_dialog(self, record: RateRecord | None) -> RateDialog:
        return RateDialog(self.ctx, record, base_currency=self.base_currency, parent=self)

    def fresh(self, record: RateRecord) -> RateRecord:
        return self.service.get_rate(record.id)

    def row_name(self, record: RateRecord) -> str:
        return self.tr("the {currency} rate from {date}").format(
            currency=record.currency, date=date_text(record.valid_from)
        )

    def delete_title(self) -> str:
        return self.tr("Delete exchange rate")

    def remove(self, record: RateRecord) -> None:
        self.service.delete_rate(record.id, record.version)

    def paste(self) -> None:
        """Write the clipboard's rows, all or none; say what was done or every bad cell."""
        text = QGuiApplication.clipboard().text()
        title = self.tr("Paste exchange rates")
        try:
            done = self.service.paste_rates(text)
        except PasteRefusedError as error:
            box = QMessageBox(QMessageBox.Icon.Warning, title, self.tr("Nothing was pasted."))
            box.setInformativeText(
                self.tr("Correct these cells and paste again:") + "\n" + error_text(error)
            )
            box.setParent(self, box.windowFlags())
            box.exec()
            box.deleteLater()
            return
        self.ctx.bus.emit_changed(*self.write_topics)
        QMessageBox.information(
            self,
            title,
            self.tr("Rates added: {created}, changed: {updated}, unchanged: {unchanged}").format(
                created=done.created, updated=done.updated, unchanged=done.unchanged
            ),
        )
