"""Editors, combos and delegates: value()/setValue round trips, typing, in-table edits."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCalendarWidget, QMenu, QStyleOptionViewItem, QTableView, QWidget

from app.domain.enums import Metric, RepStatus
from app.domain.scoring import RATING_RUBRIC
from app.services.team import TeamService
from app.ui.combos import (
    CountryCombo,
    CurrencyCombo,
    EnumCombo,
    RepPicker,
    SearchableCombo,
    TimeZoneCombo,
)
from app.ui.delegates import DateDelegate, EnumDelegate, MoneyDelegate, RatingDelegate
from app.ui.editors import AmountEdit, DateEdit, MoneyEdit, RatingEdit, format_amount, parse_amount
from app.ui.labels import EMPTY_TEXT, date_text, enum_label

EDIT = Qt.ItemDataRole.EditRole


def test_date_edit_round_trips_and_can_be_empty(qtbot) -> None:
    edit = DateEdit()
    qtbot.addWidget(edit)
    assert edit.value() is None
    assert (edit.text(), edit.placeholderText()) == ("", "—")
    edit.setValue(dt.date(2026, 3, 31))
    assert edit.value() == dt.date(2026, 3, 31)
    assert edit.text() == "2026-03-31"
    edit.setValue(None)
    assert edit.value() is None


def test_date_edit_cleared_by_button_and_key(qtbot) -> None:
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.setValue(dt.date(2025, 1, 2))
    with qtbot.waitSignal(edit.edited):
        qtbot.mouseClick(edit.clear_button, Qt.MouseButton.LeftButton)
    assert edit.value() is None

    edit.setValue(dt.date(2025, 1, 2))
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.value() is None


def test_required_date_edit_is_never_empty(qtbot) -> None:
    edit = DateEdit(allow_empty=False)
    qtbot.addWidget(edit)
    assert edit.value() == dt.date.today()
    edit.setValue(None)
    assert edit.value() == dt.date.today()


@pytest.mark.parametrize("typed", ["2026-13-45", "2026-02-30", "abc", "2026-1"])
def test_date_edit_keeps_text_that_is_not_a_date_and_marks_it(qtbot, typed: str) -> None:
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.setToolTip("Due date")
    edit.show()
    edit.setValue(dt.date(2025, 1, 2))
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, typed)
    edit.clearFocus()
    # Kept as typed, never rolled into another date, and shown refused.
    assert edit.text() == typed
    assert edit.value() is None
    assert not edit.is_valid()
    assert "is not a date" in edit.invalid_reason()
    assert edit.toolTip() == edit.invalid_reason()
    assert "c5221f" in edit.styleSheet()
    edit.selectAll()
    qtbot.keyClicks(edit, "2026-03-04")
    assert edit.value() == dt.date(2026, 3, 4)
    assert (edit.styleSheet(), edit.toolTip()) == ("", "Due date")


def test_a_required_date_refuses_blank_text(qtbot) -> None:
    edit = DateEdit(allow_empty=False)
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.text() == ""
    assert edit.invalid_reason() == "is required"


def test_date_edit_calendar_and_arrow_keys(qtbot) -> None:
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.setValue(dt.date(2026, 2, 28))
    edit.setFocus()
    with qtbot.waitSignal(edit.edited):
        qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.value() == dt.date(2026, 3, 1)
    qtbot.mouseClick(edit.calendar_button, Qt.MouseButton.LeftButton)
    menu = edit.findChild(QMenu)
    qtbot.waitUntil(menu.isVisible)
    calendar = menu.findChild(QCalendarWidget)
    assert calendar.selectedDate() == QDate(2026, 3, 1)
    with qtbot.waitSignal(edit.edited):
        calendar.clicked.emit(QDate(2026, 3, 17))
    assert edit.value() == dt.date(2026, 3, 17)
    qtbot.waitUntil(lambda: not menu.isVisible())


def test_amount_parsing_and_formatting() -> None:
    assert parse_amount("1,234.50") == Decimal("1234.50")
    assert parse_amount(" 12 000 ") == Decimal("12000")
    assert parse_amount("") is None
    assert parse_amount("-") is None
    assert format_amount(Decimal("1234567.5")) == "1,234,567.50"
    # Never rounds digits away.
    assert format_amount(Decimal("1234.5"), 0) == "1,234.5"
    assert format_amount(Decimal("40.000"), None) == "40"
    assert format_amount(Decimal("12345.6700"), None) == "12,345.67"


def test_amounts_in_chinese_read_back_as_typed(qtbot) -> None:
    # An AmountEdit shows its value in the console language and parses it back:
    # CLDR writes 1,234,567.50 in Chinese too.
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    try:
        assert format_amount(Decimal("-1234567.5")) == "-1,234,567.50"
        edit = AmountEdit(places=3, allow_negative=True)
        qtbot.addWidget(edit)
        edit.setValue(Decimal("-1234567.5"))
        assert edit.text() == "-1,234,567.500"
        assert edit.value() == Decimal("-1234567.500")
        assert date_text(dt.date(2026, 10, 12)) == "2026年10月12日"
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_amount_edit_accepts_typed_numbers_only(qtbot) -> None:
    edit = AmountEdit()
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit, "12a34.5x")
    assert edit.text() == "1234.5"
    assert edit.value() == Decimal("1234.5")
    edit.editingFinished.emit()
    assert edit.text() == "1,234.50"
    qtbot.keyClicks(edit, "-")
    assert edit.value() == Decimal("1234.50")


def test_money_edit_round_trips_amount_and_currency(qtbot) -> None:
    edit = MoneyEdit(currency="SGD")
    qtbot.addWidget(edit)
    assert edit.value() == (None, "SGD")
    edit.setValue((Decimal("2500.75"), "EUR"))
    assert edit.value() == (Decimal("2500.75"), "EUR")
    assert edit.amount.text() == "2,500.75"
    edit.setValue(Decimal("10"))
    assert edit.value() == (Decimal("10"), "EUR")
    # Japanese yen have no minor unit.
    edit.setValue((Decimal("3000"), "JPY"))
    assert edit.amount.text() == "3,000"


def test_enum_combo_round_trips_members_with_labels(qtbot) -> None:
    combo = EnumCombo(RepStatus)
    qtbot.addWidget(combo)
    combo.setValue("on_leave")
    assert combo.value() is RepStatus.ON_LEAVE
    assert combo.currentText() == "On leave"
    combo.setValue(RepStatus.INACTIVE)
    assert combo.value() is RepStatus.INACTIVE

    optional = EnumCombo(Metric, allow_none=True)
    qtbot.addWidget(optional)
    assert optional.value() is None
    optional.setValue(Metric.CHURN_RATE)
    assert optional.value() is Metric.CHURN_RATE
    assert optional.currentText() == "Churn rate"
    optional.setValue(None)
    assert optional.value() is None
    assert enum_label(Metric.CSAT) == "CSAT"
    assert enum_label(Metric.NEW_CUSTOMERS) == "New customers"


def test_rating_edit_clicks_keys_and_rubric(qtbot) -> None:
    rating = RatingEdit()
    qtbot.addWidget(rating)
    rating.show()
    assert rating.value() is None
    with qtbot.waitSignal(rating.edited):
        qtbot.mouseClick(rating.stars[3], Qt.MouseButton.LeftButton)
    assert rating.value() == 4
    assert rating.toolTip() == RATING_RUBRIC[4][0]
    assert [s.text() for s in rating.stars] == ["★", "★", "★", "★", "☆"]
    # Clicking the chosen star again clears it.
    qtbot.mouseClick(rating.stars[3], Qt.MouseButton.LeftButton)
    assert rating.value() is None
    rating.setFocus()
    qtbot.keyClick(rating, Qt.Key.Key_2)
    assert rating.value() == 2
    qtbot.keyClick(rating, Qt.Key.Key_Right)
    assert rating.value() == 3
    rating.setValue(5)
    assert rating.value() == 5
    with pytest.raises(ValueError):
        rating.setValue(6)
    chinese = RatingEdit(language="zh")
    qtbot.addWidget(chinese)
    assert chinese.stars[0].toolTip().endswith(RATING_RUBRIC[1][1])


def test_country_currency_time_zone_combos_search(qtbot) -> None:
    country = CountryCombo()
    qtbot.addWidget(country)
    country.setValue("SG")
    assert (country.value(), country.currentText()) == ("SG", "Singapore (SG)")
    country.setEditText("my")  # a bare code typed by hand
    assert country.value() == "MY"
    country.setEditText("nowhere")
    assert country.value() is None
    chinese = CountryCombo(language="zh")
    qtbot.addWidget(chinese)
    chinese.setValue("TH")
    assert chinese.currentText() == "泰国 (TH)"

    currency = CurrencyCombo()
    qtbot.addWidget(currency)
    currency.setValue("EUR")
    assert (currency.value(), currency.currentText()) == ("EUR", "EUR — Euro")

    zone = TimeZoneCombo()
    qtbot.addWidget(zone)
    zone.setValue("Asia/Shanghai")
    assert zone.value() == "Asia/Shanghai"
    # Typing filters by any part of the name.
    zone.completer().setCompletionPrefix("kuala")
    assert zone.completer().currentCompletion() == "Asia/Kuala_Lumpur"


def test_rep_picker_lists_region_reps_by_either_name(qtbot, ctx, team) -> None:
    service = TeamService(ctx.db)
    picker = RepPicker(service, team["asia"].id)
    qtbot.addWidget(picker)
    assert picker.count() == 3
    li = team["reps"]["Li Wei"]
    picker.setValue(li.id)
    assert picker.value() == li.id
    assert picker.currentText() == "Li Wei 李伟"
    picker.completer().setCompletionPrefix("张")
    assert picker.completer().currentCompletion() == "Zhang Min 张敏"
    # A rep of another region set by id is fetched and shown.
    chen = team["reps"]["Chen Jie"]
    picker.setValue(chen.id)
    assert picker.value() == chen.id
    picker.set_region(team["gulf"].id)
    assert picker.value() == chen.id
    assert picker.count() == 3


# -- delegates ------------------------------------------------------------------------


def edit_cell(qtbot, view: QTableView, row: int, column: int, change) -> None:
    """Open the cell's editor like a double-click, change it, commit like Enter."""
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index) or view.focusWidget()
    delegate = view.itemDelegateForColumn(column)
    while editor is not None and not hasattr(editor, "value"):
        editor = editor.parentWidget()
    assert editor is not None
    change(editor)
    delegate.commitData.emit(editor)
    delegate.closeEditor.emit(editor)


@pytest.fixture
def grid(qtbot):
    model = QStandardItemModel(1, 4)
    values = [dt.date(2026, 1, 31), Decimal("1500"), "active", 3]
    for column, value in enumerate(values):
        item = QStandardItem()
        item.setData(value, EDIT)
        model.setItem(0, column, item)
    view = QTableView()
    view.setModel(model)
    view.setItemDelegateForColumn(0, DateDelegate(view))
    view.setItemDelegateForColumn(1, MoneyDelegate(view))
    view.setItemDelegateForColumn(2, EnumDelegate(RepStatus, view))
    view.setItemDelegateForColumn(3, RatingDelegate(view))
    qtbot.addWidget(view)
    view.resize(700, 200)
    view.show()
    return view, model


def test_delegates_write_native_values_to_the_model(qtbot, grid) -> None:
    view, model = grid
    edit_cell(qtbot, view, 0, 0, lambda e: e.setValue(dt.date(2026, 2, 28)))
    edit_cell(qtbot, view, 0, 1, lambda e: e.setValue(Decimal("2750.5")))
    edit_cell(qtbot, view, 0, 2, lambda e: e.setValue(RepStatus.ON_LEAVE))
    edit_cell(qtbot, view, 0, 3, lambda e: e.setValue(5))
    assert model.index(0, 0).data(EDIT) == dt.date(2026, 2, 28)
    assert model.index(0, 1).data(EDIT) == Decimal("2750.5")
    assert model.index(0, 2).data(EDIT) == "on_leave"
    assert model.index(0, 3).data(EDIT) == 5


def test_delegates_show_formatted_text(qtbot, grid) -> None:
    view, model = grid
    locale = view.locale()
    date, money, status, rating = (view.itemDelegateForColumn(c) for c in range(4))
    # Dates and money as the PDFs write them (CLDR, app.domain.formats); the
    # date editor itself keeps ISO input.
    assert date.displayText(dt.date(2026, 1, 31), locale) == "31 Jan 2026"
    assert money.displayText(Decimal("1234567.8"), locale) == "1,234,567.80"
    assert money.displayText((Decimal("12"), "SGD"), locale) == "SGD\u00a012.00"
    assert money.displayText((Decimal("12"), "USD"), locale) == "US$12.00"
    assert money.displayText((Decimal("1200"), "JPY"), locale) == "JP¥1,200"
    assert status.displayText("on_leave", locale) == "On leave"
    assert rating.displayText(2, locale) == "★★☆☆☆"
    option = QStyleOptionViewItem()
    money.initStyleOption(option, model.index(0, 1))
    assert option.displayAlignment & Qt.AlignmentFlag.AlignRight


def test_money_delegate_with_fixed_currency_edits_the_amount(qtbot, grid) -> None:
    view, model = grid
    view.setItemDelegateForColumn(1, MoneyDelegate(view, currency_of=lambda _i: "THB"))
    edited: list[QWidget] = []

    def change(editor) -> None:
        edited.append(editor)
        assert editor.value() == (Decimal("1500"), "THB")
        assert not editor.currency.isEnabled()
        editor.amount.setValue(Decimal("99"))

    edit_cell(qtbot, view, 0, 1, change)
    assert isinstance(edited[0], MoneyEdit)
    assert model.index(0, 1).data(EDIT) == Decimal("99")


def test_an_optional_combo_shows_no_value_as_a_placeholder(qtbot) -> None:
    combo = SearchableCombo([("Li Wei", 1), ("Wang Fang", 2)], allow_none=True)
    qtbot.addWidget(combo)
    assert combo.value() is None
    assert combo.currentText() == ""
    assert combo.lineEdit().placeholderText() == EMPTY_TEXT
    # Typing a name replaces nothing and appends to nothing.
    qtbot.keyClicks(combo.lineEdit(), "Wang Fang")
    combo.completer().popup().hide()  # the matches shown while typing
    assert combo.value() == 2
    combo.setValue(None)
    assert (combo.currentText(), combo.value()) == ("", None)
