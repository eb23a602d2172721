"""Finding and registering the CJK TrueType font packs embed."""

from __future__ import annotations

from pathlib import Path

import matplotlib
import pytest
from reportlab.pdfbase import pdfmetrics

from app.reports.fonts import (
    FontNotFoundError,
    PackFont,
    find_cjk_font,
    install_hint,
    register_pack_font,
)

WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
# A TrueType font without Chinese glyphs that is there wherever matplotlib is.
DEJAVU = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"


def test_finds_the_installed_wqy_font() -> None:
    assert find_cjk_font() == WQY


def test_no_candidate_raises_naming_what_to_install(tmp_path: Path) -> None:
    with pytest.raises(FontNotFoundError) as caught:
        find_cjk_font(candidates=[tmp_path])
    message = str(caught.value)
    assert install_hint() in message
    assert any(name in message for name in ("fonts-wqy-microhei", "msyh.ttc", "STHeiti"))


def test_fonts_without_chinese_glyphs_cff_fonts_and_junk_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "a-junk.ttf").write_bytes(b"not a font at all")
    (tmp_path / "b-cff.ttc").write_bytes(b"OTTO" + bytes(200))
    (tmp_path / "c-latin.ttf").write_bytes(DEJAVU.read_bytes())
    with pytest.raises(FontNotFoundError, match="3 candidate"):
        find_cjk_font(candidates=[tmp_path])


def test_first_usable_candidate_wins(tmp_path: Path) -> None:
    (tmp_path / "latin.ttf").write_bytes(DEJAVU.read_bytes())
    assert find_cjk_font(candidates=[tmp_path / "latin.ttf", tmp_path / "missing.ttc", WQY]) == WQY


def test_a_bad_preferred_font_is_reported_not_replaced(tmp_path: Path) -> None:
    missing = tmp_path / "gone.ttc"
    with pytest.raises(FontNotFoundError, match=r"gone\.ttc.*no such file"):
        find_cjk_font(missing)
    cff = tmp_path / "NotoSansCJK-Regular.otf"
    cff.write_bytes(b"OTTO" + bytes(200))
    with pytest.raises(FontNotFoundError, match="CFF"):
        find_cjk_font(cff)
    with pytest.raises(FontNotFoundError, match="lacks Chinese"):
        find_cjk_font(DEJAVU)


def test_preferred_font_is_used(tmp_path: Path) -> None:
    copy = tmp_path / "my font.ttc"
    copy.write_bytes(WQY.read_bytes())
    assert find_cjk_font(str(copy)) == copy


def test_register_is_idempotent_and_registers_truetype() -> None:
    first = register_pack_font()
    second = register_pack_font(WQY)
    assert first == second == PackFont("OutpostCJK-wqymicrohei", "OutpostCJK-wqymicrohei")
    font = pdfmetrics.getFont(first.regular)
    assert font.face.filename == str(WQY)
    # Chinese and Latin have real widths (glyphs), not the missing-glyph default.
    assert pdfmetrics.stringWidth("王芳", first.regular, 10) == pytest.approx(20, abs=1)
    assert pdfmetrics.stringWidth("Wang", first.regular, 10) > 0
