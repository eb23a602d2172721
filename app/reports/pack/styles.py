"""Paragraph styles and table helpers shared by the pack sections (reportlab platypus)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from app.reports.fonts import PackFont

INK = colors.HexColor("#1f2933")
ACCENT = colors.HexColor("#1f4e79")
MUTED = colors.HexColor("#5f6b7a")
RULE = colors.HexColor("#c5ccd3")
ZEBRA = colors.HexColor("#f3f5f7")
CONFIDENTIAL_RED = colors.HexColor("#b42318")

# A4 with 18 mm side margins.
CONTENT_WIDTH = 210 * mm - 2 * 18 * mm

# Han, kana, hangul and full-width punctuation: text that wraps between any characters.
_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef]")


@dataclass
class Styles:
    """The pack's paragraph styles in one font (regular + bold face)."""

    font: PackFont
    lang: str
    by_name: dict[str, ParagraphStyle] = field(default_factory=dict)

    def __post_init__(self) -> None:
        reg, bold = self.font.regular, self.font.bold

        def style(name: str, **kw: object) -> None:
            self.by_name[name] = ParagraphStyle(name, **kw)  # type: ignore[arg-type]

        style("body", fontName=reg, fontSize=9.5, leading=14, textColor=INK, spaceAfter=4)
        style("small", fontName=reg, fontSize=8, leading=10.5, textColor=MUTED)
        style("cell", fontName=reg, fontSize=8.5, leading=11.5, textColor=INK)
        style("cell_right", parent=self.by_name["cell"], alignment=2)
        style("head_cell", fontName=bold, fontSize=8.5, leading=11, textColor=colors.white)
        style("head_right", parent=self.by_name["head_cell"], alignment=2)
        style(
            "h1",
            fontName=bold,
            fontSize=15,
            leading=20,
            textColor=ACCENT,
            spaceBefore=8,
            spaceAfter=6,
        )
        style("h2", fontName=bold, fontSize=11, leading=15, textColor=ACCENT, spaceBefore=8)
        style("title", fontName=bold, fontSize=24, leading=32, textColor=ACCENT, spaceAfter=10)
        style("cover_name", fontName=bold, fontSize=20, leading=28, textColor=INK)
        style("cover_latin", fontName=reg, fontSize=13, leading=18, textColor=MUTED)
        style(
            "confidential",
            fontName=bold,
            fontSize=14,
            leading=18,
            textColor=CONFIDENTIAL_RED,
            borderColor=CONFIDENTIAL_RED,
            borderWidth=1.2,
            borderPadding=5,
            alignment=1,
        )

    def __getitem__(self, name: str) -> ParagraphStyle:
        return self.by_name[name]


def markup(value: str) -> str:
    """Plain text as paragraph markup: escaped, line breaks kept."""
    return escape(value).replace("\r\n", "\n").replace("\n", "<br/>")


def para(value: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text; Chinese text may wrap between any two characters."""
    if _CJK.search(value):
        style = ParagraphStyle(f"{style.name}-cjk", parent=style, wordWrap="CJK")
    return Paragraph(markup(value), style)


def paragraphs(value: str, style: ParagraphStyle) -> list[Flowable]:
    """Long free text as one paragraph per blank-line-separated block (they split across pages)."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", value.strip()) if b.strip()]
    return [para(b, style) for b in blocks]


Cell = str | Flowable


def font_commands(styles: Styles) -> list[tuple[object, ...]]:
    """Table style commands setting the pack font: a table's default is Helvetica,
    which would be referenced (not embedded) even when every cell is a paragraph."""
    return [("FONTNAME", (0, 0), (-1, -1), styles.font.regular)]


def data_table(
    styles: Styles,
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths_mm: Sequence[float],
    *,
    right: Sequence[int] = (),
    bold_last: bool = False,
) -> Table:
    """A zebra table whose header row repeats on every page it spans.

    Strings become wrapping paragraphs (right-aligned in columns ``right``);
    ``splitInRow`` lets one tall row (a long note) break across pages too.
    """
    scale = CONTENT_WIDTH / (sum(widths_mm) * mm)
    widths = [w * mm * scale for w in widths_mm]
    head = [
        para(h, styles["head_right"] if i in right else styles["head_cell"])
        for i, h in enumerate(header)
    ]
    body: list[list[Cell]] = [
        [
            para(c, styles["cell_right"] if i in right else styles["cell"])
            if isinstance(c, str)
            else c
            for i, c in enumerate(row)
        ]
        for row in rows
    ]
    table = Table([head, *body], colWidths=widths, repeatRows=1, splitInRow=1)
    commands: list[tuple[object, ...]] = [
        *font_commands(styles),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    commands += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(2, len(body) + 1, 2)]
    if bold_last and body:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 1, ACCENT))
    table.setStyle(TableStyle(commands))
    return table


def key_value_table(styles: Styles, pairs: Sequence[tuple[str, str]]) -> Table:
    """Two columns of label and value, no grid (the cover and the signature block)."""
    rows = [[para(k, styles["small"]), para(v, styles["body"])] for k, v in pairs]
    table = Table(rows, colWidths=[45 * mm, CONTENT_WIDTH - 45 * mm])
    table.setStyle(
        TableStyle(
            [
                *font_commands(styles),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table
