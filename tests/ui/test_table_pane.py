"""The table-pane base driven through a small pane over an in-memory store."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from app.services.base import Page, PageRequest
from app.ui.context import UiContext
from app.ui.table_model import Column, text_column
from app.ui.table_pane import TablePane


@dataclass(frozen=True)
class Fruit:
    id: int
    name: str
    colour: str


class FruitStore:
    """A service stand-in: filters, sorts and pages like the real ones; counts its reads."""

    def __init__(self, count: int = 6) -> None:
        colours = ("red", "green", "yellow")
        self.rows = [Fruit(i, f"fruit {i:03d}", colours[i % 3]) for i in range(1, count + 1)]
        self.reads = 0

    def list(self, request: PageRequest) -> Page[Fruit]:
        self.reads += 1
        rows = [r for r in self.rows if not request.search or request.search in r.name]
        if "colour" in request.filters:
            rows = [r for r in rows if r.colour == request.filters["colour"]]
        if request.sort:
            rows.sort(key=lambda r: getattr(r, request.sort), reverse=request.descending)
        end = request.offset + request.limit
        return Page(rows[request.offset : end], len(rows), request.offset)


class FruitPane(TablePane[Fruit]):
    """What a pane on the base declares: columns, a filter, a side widget, actions."""

    key = "fruit"
    topics = ("fruit",)

    def __init__(self, ctx: UiContext, store: FruitStore, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.colour_filter = QComboBox()
        self.colour_filter.addItem("All colours", None)
        for colour in ("red", "green", "yellow"):
            self.colour_filter.addItem(colour, colour)
        self.side = QLabel()
        self.edited: list[int | None] = []
        columns: list[Column[Fruit]] = [
            text_column("name", "Name"),
            text_column("colour", "Colour"),
        ]
        self.build(
            store.list,
            columns,
            count_text="Fruit: {count}",
            bar=[self.colour_filter],
            side=self.side,
        )
        self.colour_filter.currentIndexChanged.connect(self.apply_filters)

    @classmethod
    def title(cls) -> str:
        return "Fruit"

    def filters(self) -> dict[str, object]:
        return {"colour": self.colour_filter.currentData()}

    def show_selected(self, record: Fruit | None) -> None:
        self.side.setText(record.name if record is not None else "")

    def edit_selected(self) -> None:
        self.edited.append(self.selected_id())

    def open_item(self, item_id: int) -> None:
        if self.load_until(item_id):
            self.select_id(item_id)


class LazyFruitPane(FruitPane):
    key = "lazy_fruit"
    lazy = True


def make_pane(qtbot, ctx, store: FruitStore, pane_class: type[FruitPane] = FruitPane):
    pane = pane_class(ctx, store)
    qtbot.addWidget(pane)
    pane.resize(900, 500)
    pane.show()
    return pane


def ids(pane: FruitPane) -> list[int]:
    return [pane.model.record(r).id for r in range(pane.model.rowCount())]


def test_lists_counts_and_sorts_by_the_first_column(qtbot, qtmodeltester, ctx) -> None:
    pane = make_pane(qtbot, ctx, FruitStore())
    qtmodeltester.check(pane.model)
    assert ids(pane) == [1, 2, 3, 4, 5, 6]
    assert pane.count_label.text() == "Fruit: 6"
    assert pane.model.request.sort == "name"
    assert not pane.has_selection() and pane.selected_record() is None


def test_search_and_filters_go_to_the_query(qtbot, ctx) -> None:
    pane = make_pane(qtbot, ctx, FruitStore())
    pane.colour_filter.setCurrentIndex(pane.colour_filter.findData("red"))
    assert ids(pane) == [3, 6]
    pane.set_search("  006 ")
    assert ids(pane) == [6]
    assert pane.model.request.search == "006"
    assert pane.count_label.text() == "Fruit: 1"


def test_selection_survives_a_reload_and_goes_with_its_row(qtbot, ctx) -> None:
    store = FruitStore()
    pane = make_pane(qtbot, ctx, store)
    with qtbot.waitSignal(pane.selection_changed):
        pane.select_id(4)
    assert pane.side.text() == "fruit 004"

    reads = store.reads
    ctx.bus.emit_changed("something else")
    assert store.reads == reads  # not one of the pane's topics
    ctx.bus.emit_changed("fruit")
    assert store.reads > reads
    assert pane.selected_id() == 4 and pane.selected_record() == store.rows[3]
    assert pane.side.text() == "fruit 004"

    # Filtered away: no selection, the side widget and the toolbar are told.
    with qtbot.waitSignal(pane.selection_changed):
        pane.set_search("001")
    assert not pane.has_selection()
    assert pane.side.text() == ""


def test_enter_and_double_click_edit_the_selected_row(qtbot, ctx) -> None:
    pane = make_pane(qtbot, ctx, FruitStore())
    pane.select_id(2)
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_Return)
    rect = pane.view.visualRect(pane.model.index(4, 0))
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert pane.edited == [2, 5]


def test_open_item_loads_pages_until_the_row_is_there(qtbot, ctx) -> None:
    store = FruitStore(450)
    pane = make_pane(qtbot, ctx, store)
    assert pane.model.rowCount() == 200
    pane.open_item(449)
    assert pane.selected_id() == 449
    assert pane.model.rowCount() == 450
    assert pane.side.text() == "fruit 449"


def test_header_and_splitter_are_kept_under_the_pane_key(qtbot, ctx) -> None:
    pane = make_pane(qtbot, ctx, FruitStore())
    header = pane.view.horizontalHeader()
    x = header.sectionViewportPosition(1) + header.sectionSize(1) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    pane.view.setColumnWidth(0, 211)
    assert pane.splitter is not None
    pane.splitter.setSizes([600, 300])
    sizes = pane.splitter.sizes()
    pane.save_state()
    assert ctx.settings.value("fruit/header") is not None
    assert ctx.settings.value("fruit/splitter") is not None

    again = make_pane(qtbot, ctx, FruitStore())
    assert again.view.columnWidth(0) == 211
    assert again.splitter is not None and again.splitter.sizes() == sizes
    # The restored sort is the one the database is asked for.
    assert again.model.request.sort == "colour"
    assert again.view.horizontalHeader().sortIndicatorSection() == 1


def test_columns_fit_their_content_the_first_time(qtbot, ctx) -> None:
    store = FruitStore(3)
    store.rows[0] = Fruit(1, "a fruit with a name far wider than its column", "red")
    pane = make_pane(qtbot, ctx, store)
    width = pane.view.fontMetrics().horizontalAdvance(store.rows[0].name)
    qtbot.waitUntil(lambda: pane.view.columnWidth(0) >= width)


def test_a_lazy_pane_reads_nothing_while_hidden(qtbot, ctx) -> None:
    store = FruitStore()
    pane = LazyFruitPane(ctx, store)
    qtbot.addWidget(pane)
    pane.set_region(7)
    pane.set_search("fruit")
    ctx.bus.emit_changed("fruit")
    assert store.reads == 0 and pane.model.rowCount() == 0

    pane.show()
    assert store.reads > 0
    assert ids(pane) == [1, 2, 3, 4, 5, 6]
    assert pane.model.request.search == "fruit"

    pane.hide()
    reads = store.reads
    ctx.bus.emit_changed("fruit")
    pane.set_search("002")
    assert store.reads == reads  # stale, not read
    pane.show()
    assert ids(pane) == [2]
