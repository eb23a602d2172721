"""Exporting review packs from the console: one review, a region, a password, cancel, fonts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from app.db.org import Rep
from app.db.reviews import Review
from app.reports.batch import summary_file_name
from app.reports.fonts import find_cjk_font
from app.services.demo import generate_demo
from app.services.pack_data import PackDataService
from app.services.team import TeamService
from app.ui.packs.export_dialog import ExportPackDialog
from app.ui.packs.exporter import latest_review_id
from app.ui.reviews.pane import ReviewsPane
from app.ui.settings import PACK_FONT
from app.ui.team.pane import TeamPane
from tests.services.factories import make_rep

TODAY = dt.date(2026, 11, 15)
#: Long enough that a message box arriving after a whole export is still answered.
PATIENT = 6_000
#: The progress dialog would be the first modal answered; tests keep it away.
NO_PROGRESS_DIALOG = 600_000


@pytest.fixture
def demo(ctx):
    generate_demo(ctx.db, reps=12, years=1, today=TODAY)
    return ctx


def reviews_pane(qtbot, ctx) -> ReviewsPane:
    pane = ReviewsPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1300, 800)
    pane.set_region(None)
    pane.show()
    pane.exporter.progress_delay_ms = NO_PROGRESS_DIALOG
    assert pane.cycle_id() is not None
    return pane


def fill(out: Path, *, lang: str = "en", password: str | None = None, jobs: int = 1):
    """A dialog answer: fill the options, then press Export."""
    seen: list[str] = []

    def answer(dialog: ExportPackDialog) -> None:
        assert isinstance(dialog, ExportPackDialog)
        dialog.out_edit.setText(str(out))
        dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData(lang))
        dialog.jobs_spin.setValue(jobs)
        if password is not None:
            dialog.protect_check.setChecked(True)
            dialog.password_edit.setText(password)
            dialog.repeat_edit.setText(password + "typo")
            dialog.export_button.click()
            # Two different passwords: the dialog stays and says so at the field.
            seen.append(dialog.error_text("repeat"))
            assert dialog.isVisible()
            dialog.repeat_edit.setText(password)
        dialog.export_button.click()

    answer.seen = seen  # type: ignore[attr-defined]
    return answer


def run_export(qtbot, answer_dialog, exporter, start, options) -> list:
    """Start an export through its dialog and wait for it; returns the dialogs seen."""
    seen = answer_dialog(options)
    start()
    runner = exporter.runner
    assert runner is not None
    answer_dialog(QMessageBox.StandardButton.Close, attempts=PATIENT)
    with qtbot.waitSignal(runner.finished, timeout=120_000):
        pass
    return seen  # every dialog answered in this test, in order


def first_page_text(path: Path, password: str | None = None) -> str:
    reader = PdfReader(path)
    if password is not None:
        assert reader.decrypt(password)
    return reader.pages[0].extract_text()


def test_export_the_selected_review_from_the_reviews_pane(
    qtbot, demo, answer_dialog, tmp_path
) -> None:
    pane = reviews_pane(qtbot, demo)
    pane.view.selectRow(0)
    record = pane.selected_record()
    assert record is not None
    out = tmp_path / "pack"  # the dialog adds .pdf

    seen = run_export(qtbot, answer_dialog, pane.exporter, pane.export_pack, fill(out))

    written = tmp_path / "pack.pdf"
    assert written.is_file()
    assert record.rep_name in first_page_text(written)
    assert [d.class_name for d in seen] == ["ExportPackDialog", "QMessageBox"]
    assert seen[1].text == f"The pack was written to {written}."
    assert pane.exporter.result.files == (written,)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp file


def test_a_password_protected_pack_needs_its_password(qtbot, demo, answer_dialog, tmp_path) -> None:
    pane = reviews_pane(qtbot, demo)
    pane.view.selectRow(1)
    record = pane.selected_record()
    answer = fill(tmp_path / "secret.pdf", lang="zh", password="s3cret")

    run_export(qtbot, answer_dialog, pane.exporter, pane.export_pack, answer)

    assert answer.seen == ["The two passwords differ."]
    reader = PdfReader(tmp_path / "secret.pdf")
    assert reader.is_encrypted
    assert not reader.decrypt("wrong")
    assert record.rep_name in first_page_text(tmp_path / "secret.pdf", "s3cret")


@pytest.mark.parametrize("jobs", [1, 2])
def test_region_export_writes_a_pack_per_review_and_the_summary(
    qtbot, demo, answer_dialog, tmp_path, jobs
) -> None:
    pane = reviews_pane(qtbot, demo)
    cycle_id = pane.cycle_id()
    reviews = PackDataService(demo.db).review_ids(cycle_id)
    assert len(reviews) >= 2
    folder = tmp_path / "packs"
    pane.view.clearSelection()

    seen = run_export(
        qtbot,
        answer_dialog,
        pane.exporter,
        pane.export_region_button.click,
        fill(folder, jobs=jobs),
    )

    files = sorted(folder.iterdir())
    assert len(files) == len(reviews) + 1
    assert all(f.suffix == ".pdf" and not f.name.startswith(".") for f in files)
    assert (folder / summary_file_name(pane.summary.cycle.name)) in files
    assert seen[-1].text == f"{len(reviews) + 1} files were written to {folder}."
    for f in files:
        assert len(PdfReader(f).pages) >= 1


def test_cancelling_a_region_export_leaves_only_complete_packs(
    qtbot, demo, answer_dialog, tmp_path
) -> None:
    pane = reviews_pane(qtbot, demo)
    total = len(PackDataService(demo.db).review_ids(pane.cycle_id())) + 1
    folder = tmp_path / "packs"
    seen = answer_dialog(fill(folder))
    pane.export_region()
    runner = pane.exporter.runner
    # Cancel once the first pack is written, as the progress dialog's button would.
    runner.progressed.connect(lambda percent, _m: runner.cancel() if percent > 0 else None)
    answer_dialog(QMessageBox.StandardButton.Close, attempts=PATIENT)
    with qtbot.waitSignal(runner.finished, timeout=120_000):
        pass

    result = pane.exporter.result
    assert result.cancelled
    files = sorted(folder.iterdir())
    assert 1 <= len(files) < total - 1
    assert list(result.files) == files
    assert all(f.suffix == ".pdf" and not f.name.startswith(".") for f in files)
    for f in files:
        assert len(PdfReader(f).pages) >= 1  # complete: pypdf reads the trailer
    assert seen[-1].text.startswith(f"Cancelled: {len(files)} of {total} files")


def test_an_unusable_font_in_the_settings_is_shown_at_the_field(
    qtbot, demo, answer_dialog, tmp_path
) -> None:
    bad = tmp_path / "broken.ttf"
    bad.write_bytes(b"not a font at all")
    PACK_FONT.set(demo.settings, str(bad))
    pane = reviews_pane(qtbot, demo)
    pane.view.selectRow(0)
    shown: dict[str, object] = {}

    def look(dialog: ExportPackDialog) -> None:
        shown["error"] = dialog.error_text("font")
        shown["enabled"] = dialog.export_button.isEnabled()
        # Choosing a usable font stores it and clears the error.
        good = find_cjk_font()
        shown["chosen"] = dialog.set_font_file(good)
        shown["after"] = dialog.error_text("font")
        shown["label"] = dialog.font_label.text()
        dialog.reject()

    answer_dialog(look)
    pane.export_pack()

    assert "cannot be used" in str(shown["error"])
    assert str(bad) in str(shown["error"])
    assert shown["enabled"] is False
    assert shown["chosen"] is True
    assert shown["after"] == ""
    assert PACK_FONT.get(demo.settings) == str(find_cjk_font())
    assert pane.exporter.runner is None  # cancelled: nothing ran


def test_choosing_an_unusable_font_keeps_the_setting(qtbot, ctx, tmp_path) -> None:
    dialog = ExportPackDialog(ctx, folder=False, default_out=tmp_path / "x.pdf", subject="x")
    qtbot.addWidget(dialog)
    bad = tmp_path / "fake.ttc"
    bad.write_bytes(b"\x00\x01\x00\x00junk")
    assert not dialog.set_font_file(bad)
    assert "cannot be used" in dialog.error_text("font")
    assert PACK_FONT.get(ctx.settings) == ""


def test_team_pane_export_of_a_rep_without_reviews_says_so(qtbot, demo, answer_dialog) -> None:
    region = TeamService(demo.db).list_regions()[0]
    newcomer = make_rep(demo.db, region.id, name="Newcomer Without Review")
    pane = TeamPane(demo)
    qtbot.addWidget(pane)
    pane.show()
    pane.open_item(newcomer.id)
    assert pane.selected_id() == newcomer.id

    seen = answer_dialog(QMessageBox.StandardButton.Ok)
    pane.export_pack()

    assert [d.title for d in seen] == ["Export review pack"]
    assert seen[0].text == (
        "Newcomer Without Review has no performance review yet, so there is no pack to export."
    )
    assert pane.exporter.runner is None


def test_team_pane_exports_the_latest_review_of_the_rep(
    qtbot, demo, answer_dialog, tmp_path
) -> None:
    pane = TeamPane(demo)
    qtbot.addWidget(pane)
    pane.show()
    pane.view.selectRow(0)
    rep = pane.selected_record()
    review_id = latest_review_id(demo, rep.id)
    assert review_id is not None
    pane.exporter.progress_delay_ms = NO_PROGRESS_DIALOG

    run_export(qtbot, answer_dialog, pane.exporter, pane.export_pack, fill(tmp_path / "rep.pdf"))

    data = PackDataService(demo.db).load(review_id)
    text = first_page_text(tmp_path / "rep.pdf")
    assert rep.name in text
    assert data.document_id in text


def test_export_from_the_review_editor(qtbot, demo, answer_dialog, tmp_path, monkeypatch) -> None:
    from app.ui.packs import exporter as pack_export
    from app.ui.reviews.editor import ReviewEditor

    monkeypatch.setattr(pack_export, "PROGRESS_DELAY_MS", NO_PROGRESS_DIALOG)
    with demo.db.read_session() as session:
        review_id, rep_name = session.execute(
            select(Review.id, Rep.name).join(Rep, Review.rep_id == Rep.id).limit(1)
        ).one()
    editor = ReviewEditor(demo, review_id)
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.has_changes()

    seen = answer_dialog(fill(tmp_path / "from-editor.pdf"))
    editor.export_button.click()
    answer_dialog(QMessageBox.StandardButton.Close, attempts=PATIENT)
    with qtbot.waitSignal(editor.exporter.runner.finished, timeout=120_000):
        pass

    assert rep_name in first_page_text(tmp_path / "from-editor.pdf")
    assert [d.class_name for d in seen] == ["ExportPackDialog", "QMessageBox"]
    editor.close()
