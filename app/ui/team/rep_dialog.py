"""The dialog that creates or edits a rep (every field of ``RepInput``), and rep undo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from app.domain.enums import Focus, RepStatus
from app.services.errors import ConflictError
from app.services.team import RepInput, RepRecord, TeamService
from app.ui.combos import (
    CountryCombo,
    CountryFill,
    CurrencyCombo,
    EnumCombo,
    SearchableCombo,
    TimeZoneCombo,
)
from app.ui.context import UiContext
from app.ui.editors import DateEdit
from app.ui.forms import FormDialog
from app.ui.undo import VersionBook, push_change, version_book

REP_TOPICS = ("reps",)

translate = QCoreApplication.translate


def parse_languages(text: str) -> tuple[str, ...]:
    """``"zh, en;  fr"`` → ``("zh", "en", "fr")``."""
    parts = text.replace(";", ",").replace(" ", ",").split(",")
    return tuple(part.strip() for part in parts if part.strip())


class RepDialog(FormDialog):
    """New rep (``record=None``) or edit one; validation errors show at their field.

    After OK, :attr:`result_value` is the saved :class:`RepRecord` and
    :attr:`before` the record as loaded (None for a new rep), so the pane can
    push an undo step.
    """

    def __init__(
        self,
        ctx: UiContext,
        record: RepRecord | None = None,
        *,
        region_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("New rep") if record is None else self.tr("Edit rep")
        super().__init__(
            ctx,
            title,
            topics=REP_TOPICS,
            expected_version=record.version if record else None,
            parent=parent,
        )
        self.service = TeamService(ctx.db)
        self.before = record
        chinese = ctx.prefers_chinese

        self.add_section(self.tr("Person"))
        self.add_field("name", self.tr("Name"), QLineEdit())
        self.add_field("name_zh", self.tr("Chinese name"), QLineEdit())
        self.add_field("email", self.tr("Email"), QLineEdit())
        self.add_field("phone", self.tr("Phone"), QLineEdit())
        self.add_field(
            "languages",
            self.tr("Languages"),
            QLineEdit(),
            tip=self.tr("Language codes separated by commas, e.g. zh, en"),
        )
        self.add_field("status", self.tr("Status"), EnumCombo(RepStatus))

        self.add_section(self.tr("Posting"))
        regions = [(r.name_zh if chinese and r.name_zh else r.name, r.id) for r in self._regions()]
        self.add_field("region_id", self.tr("Region"), SearchableCombo(regions))
        # Every manager, read once: the list is filtered to the region in memory.
        self._managers = self.service.list_managers()
        self._kept_manager = (record.region_id, record.manager_id) if record else None
        self.add_field("manager_id", self.tr("Manager"), SearchableCombo(allow_none=True))
        self._filter_managers()
        region_combo = self.field("region_id")
        region_combo.currentIndexChanged.connect(self._filter_managers)
        region_combo.edited.connect(self._filter_managers)
        country = CountryCombo(language=ctx.language)
        self.add_field("posting_country", self.tr("Country"), country)
        self.add_field("posting_city", self.tr("City"), QLineEdit())
        time_zone = TimeZoneCombo()
        self.add_field("time_zone", self.tr("Time zone"), time_zone)
        currency = CurrencyCombo(language=ctx.language)
        self.add_field("currency", self.tr("Currency"), currency)
        # Choosing a country fills the zone and the currency (see CountryFill's rule).
        self.country_fill = CountryFill(country, time_zone, currency)
        self.add_field("posting_start", self.tr("Posting start"), DateEdit(allow_empty=False))
        self.add_field("posting_end", self.tr("Posting end"), DateEdit())
        self.add_field("focus", self.tr("Focus"), EnumCombo(Focus))

        self.add_section(self.tr("Work permit"))
        self.add_field("work_permit_number", self.tr("Permit number"), QLineEdit())
        self.add_field("work_permit_expiry", self.tr("Permit expiry"), DateEdit())

        notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)
        notes.setFixedHeight(notes.fontMetrics().lineSpacing() * 4 + 12)
        self.add_field("notes", self.tr("Notes"), notes)

        if record is not None:
            self.load(record)
        else:
            self.set_values({"region_id": region_id, "status": RepStatus.ACTIVE})
            self.field("focus").setValue(Focus.BOTH)
        self.field("name").setFocus()
        self.resize(520, self.sizeHint().height())

    def _regions(self) -> list[Any]:
        return self.service.list_regions()

    def _filter_managers(self) -> None:
        """List the managers of the region chosen (all while none is), keeping the
        manager chosen when they are still listed.

        A stored rep's manager stays listed for the rep's own region even when
        they lead another, so opening and saving the rep never drops them.
        """
        region_id = self.field("region_id").value()
        chinese = self.ctx.prefers_chinese
        kept = self._kept_manager
        items = [
            (m.name_zh if chinese and m.name_zh else m.name, m.id)
            for m in self._managers
            if region_id is None
            or m.region_id == region_id
            or (kept is not None and kept == (region_id, m.id))
        ]
        combo = self.field("manager_id")
        if items != [(combo.itemText(i), combo.itemData(i)) for i in range(1, combo.count())]:
            combo.set_items(items)

    # -- values --------------------------------------------------------------------

    def load(self, record: RepRecord) -> None:
        """Show a stored rep (also after "reload theirs")."""
        values = self.values_of(record.to_input())
        self._kept_manager = (record.region_id, record.manager_id)
        self.set_values(values)
        self.country_fill.show(record.posting_country)
        self.expected_version = record.version

    @staticmethod
    def values_of(data: RepInput) -> dict[str, Any]:
        values = dict(data.__dict__)
        values["languages"] = ", ".join(data.languages)
        return values

    def rep_input(self) -> RepInput:
        """The form as a RepInput (validation is the service's, at save)."""
        v = self.values()
        return RepInput(
            name=v["name"],
            name_zh=v["name_zh"] or None,
            email=v["email"],
            phone=v["phone"] or None,
            region_id=v["region_id"],
            manager_id=v["manager_id"],
            posting_country=v["posting_country"] or "",
            posting_city=v["posting_city"],
            time_zone=v["time_zone"] or "",
            currency=v["currency"] or "",
            posting_start=v["posting_start"],
            posting_end=v["posting_end"],
            focus=v["focus"] or Focus.BOTH,
            languages=parse_languages(v["languages"]),
            work_permit_number=v["work_permit_number"] or None,
            work_permit_expiry=v["work_permit_expiry"],
            status=v["status"] or RepStatus.ACTIVE,
            notes=v["notes"] or None,
        )

    # -- saving --------------------------------------------------------------------

    def save(self, version: int | None) -> RepRecord:
        data = self.rep_input()
        if self.before is None:
            return self.service.create_rep(data)
        return self.service.update_rep(self.before.id, data, version)

    def conflict_values(self) -> dict[str, Any]:
        # Languages stay a tuple: the conflict dialog joins it as the database does.
        return dict(self.rep_input().__dict__)

    def reload_from(self, error: ConflictError) -> None:
        if self.before is not None:
            self.load(self.service.get_rep(self.before.id))


class RepHistory:
    """Pushes each rep change on the undo stack, written back through the service.

    Every command keeps the rep's id and version as they are after its last
    step, so undo/redo are version-checked like any edit (a rep changed by
    someone else meanwhile is refused, see app/ui/undo.py). Undoing a delete
    creates the rep again with the same values (a new id; history is gone).
    """

    def __init__(self, ctx: UiContext, service: TeamService, parent: QWidget | None) -> None:
        self.ctx = ctx
        self.service = service
        self.parent = parent
        self.book = version_book(ctx)

    def _push(self, text: str, undo: Any, redo: Any) -> None:
        push_change(self.ctx, text, undo, redo, REP_TOPICS, self.parent)

    def _write(self, state: _State, values: RepRecord) -> None:
        state.track(self.service.update_rep(state.id, values.to_input(), state.version))

    def created(self, record: RepRecord) -> None:
        """After a create: undo deletes the rep, redo creates it again."""
        state = _State(self.book, record.id, record.version)
        data = record.to_input()

        def undo() -> None:
            self.service.delete_rep(state.id, state.version)

        def redo() -> None:
            state.track(self.service.create_rep(data))

        self._push(translate("RepHistory", "Create {name}").format(name=record.name), undo, redo)

    def edited(self, before: RepRecord, after: RepRecord) -> None:
        """After an edit: undo writes the previous values back at the new version."""
        state = _State(self.book, after.id, after.version)
        self._push(
            translate("RepHistory", "Edit {name}").format(name=after.name),
            lambda: state.track(
                self.service.update_rep(state.id, before.to_input(), state.version)
            ),
            lambda: state.track(self.service.update_rep(state.id, after.to_input(), state.version)),
        )

    def deactivate(self, record: RepRecord) -> RepRecord:
        """Deactivate now; undo restores the status and posting end it had."""
        after = self.service.deactivate_rep(record.id, record.version)
        state = _State(self.book, after.id, after.version)
        self._push(
            translate("RepHistory", "Deactivate {name}").format(name=record.name),
            lambda: state.track(
                self.service.update_rep(state.id, record.to_input(), state.version)
            ),
            lambda: state.track(self.service.deactivate_rep(state.id, state.version)),
        )
        self.ctx.bus.emit_changed(*REP_TOPICS)
        return after

    def delete(self, record: RepRecord) -> None:
        """Delete now (LockedError when a signed review exists); undo creates it again."""
        self.service.delete_rep(record.id, record.version)
        state = _State(self.book, record.id, record.version)
        data = record.to_input()

        def undo() -> None:
            state.track(self.service.create_rep(data))

        def redo() -> None:
            self.service.delete_rep(state.id, state.version)

        self._push(translate("RepHistory", "Delete {name}").format(name=record.name), undo, redo)
        self.ctx.bus.emit_changed(*REP_TOPICS)


class _State:
    """The id of the rep a command writes; its version as this session last left it.

    The version lives in the session's :class:`~app.ui.undo.VersionBook`, shared
    by every command on the same rep: undoing two edits in a row expects the
    version the first undo produced, not the one a command saw when pushed.
    """

    def __init__(self, book: VersionBook, rep_id: int, version: int) -> None:
        self.book = book
        self.id = rep_id
        book.note("rep", rep_id, version)

    @property
    def version(self) -> int | None:
        return self.book.expect("rep", self.id)

    def track(self, record: RepRecord) -> None:
        self.id = record.id
        self.book.saw("rep", record)
