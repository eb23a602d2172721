"""What the three register reports share: the document, the cover lines and a fast table.

Registers can be long (thousands of rows for a big region), so their tables
are not tables of paragraphs: cells are plain strings wrapped here, row
heights are computed once and given to reportlab, and a long table is cut
into blocks so that splitting it across pages stays linear. The pack's
fonts, header, footer and page X of Y are reused (:func:`build_pdf`).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from app.domain.geo import country_name
from app.reports.fonts import PackFont
from app.reports.pack.story import build_pdf
from app.reports.pack.styles import ACCENT, CONTENT_WIDTH, RULE, ZEBRA, Styles, para
from app.reports.pack.text import fmt_date, rep_display_name
from app.reports.registers.text import words
from app.services.register_report_records import ReportRegion

FONT_SIZE = 7.5
LEADING = 9.5
PAD = 2.5
#: Rows per table block: small enough that splitting a block across pages is
#: cheap, large enough that a block's repeated header is rarely seen mid-page.
BLOCK_ROWS = 250

# One CJK character, a run of other non-space characters, or a run of spaces.
_TOKENS = re.compile(
    r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef]"
    r"|[^\s\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef]+|\s+"
)


@lru_cache(maxsize=1 << 16)
def _width(text: str, font: str, size: float) -> float:
    """A string's width, remembered: the words and names of a register repeat a lot."""
    return stringWidth(text, font, size)


def _cut(word: str, font: str, size: float, width: float) -> tuple[str, str]:
    """The longest head of ``word`` (at least one character) that fits, and the rest."""
    cut = len(word) - 1
    while cut > 1 and _width(word[:cut], font, size) > width:
        cut -= 1
    return word[:cut], word[cut:]


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` in lines no wider than ``width`` points: between words, between
    any two Chinese characters, and inside a word only when it is too long.

    Widths add up token by token (TrueType text is set without kerning), so a
    long cell costs one measurement per distinct word, not one per line tried.
    """
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        if _width(paragraph, font, size) <= width:
            lines.append(paragraph)
            continue
        line, used = "", 0.0
        for token in _TOKENS.findall(paragraph):
            token_width = _width(token, font, size)
            if used + token_width <= width:
                line, used = line + token, used + token_width
                continue
            if line.strip():
                lines.append(line.rstrip())
            line, used = ("", 0.0) if token.isspace() else (token, token_width)
            while used > width and len(line) > 1:
                head, line = _cut(line, font, size, width)
                lines.append(head)
                used = _width(line, font, size)
        lines.append(line.rstrip())
    return lines


def fast_table(
    styles: Styles,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths_mm: Sequence[float],
    *,
    right: Sequence[int] = (),
    fills: Sequence[tuple[int, int, colors.Color]] = (),
) -> list[Flowable]:
    """A zebra table of plain text in blocks of :data:`BLOCK_ROWS` rows, each
    repeating the header on every page it spans. ``fills``: (row, column, colour)
    backgrounds of body cells (row 0 is the first body row)."""
    font, bold = styles.font.regular, styles.font.bold
    scale = CONTENT_WIDTH / (sum(widths_mm) * mm)
    widths = [w * mm * scale for w in widths_mm]
    inner = [w - 2 * PAD for w in widths]

    def lay_out(row: Sequence[str], face: str) -> tuple[list[str], float]:
        cells = [wrap(str(c), face, FONT_SIZE, inner[i]) for i, c in enumerate(row)]
        height = max(len(c) for c in cells) * LEADING + 2 * PAD
        return ["\n".join(c) for c in cells], height

    head, head_height = lay_out(header, bold)
    body = [lay_out(row, font) for row in rows]
    out: list[Flowable] = []
    for start in range(0, max(len(body), 1), BLOCK_ROWS):
        block = body[start : start + BLOCK_ROWS]
        table = Table(
            [head, *(cells for cells, _ in block)],
            colWidths=widths,
            rowHeights=[head_height, *(h for _, h in block)],
            repeatRows=1,
        )
        commands: list[tuple[object, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), font),
            ("FONTNAME", (0, 0), (-1, 0), bold),
            ("FONTSIZE", (0, 0), (-1, -1), FONT_SIZE),
            ("LEADING", (0, 0), (-1, -1), LEADING),
            ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), PAD),
            ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ]
        commands += [("ALIGN", (c, 0), (c, -1), "RIGHT") for c in right]
        commands += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(2, len(block) + 1, 2)]
        commands += [
            ("BACKGROUND", (c, r - start + 1), (c, r - start + 1), colour)
            for r, c, colour in fills
            if start <= r < start + BLOCK_ROWS
        ]
        table.setStyle(TableStyle(commands))
        out.append(table)
    return out


def region_label(region: ReportRegion, lang: str) -> str:
    return rep_display_name(region.name, region.name_zh, lang)


def country_label(code: str, lang: str) -> str:
    """ "沙特阿拉伯 (SA)" / "Saudi Arabia (SA)"."""
    return f"{country_name(code, lang)} ({code})"


def cover(s: Styles, title: str, region: ReportRegion, on: date) -> list[Flowable]:
    """The report's title block: title, region with its base currency, the date."""
    lang = s.lang
    line = words(
        lang, "region_line", region=region_label(region, lang), currency=region.base_currency
    )
    return [
        para(title, s["title"]),
        para(line, s["h2"]),
        para(words(lang, "as_of", date=fmt_date(on, lang)), s["small"]),
        Spacer(1, 4 * mm),
    ]


def heading(s: Styles, text: str, note: str | None = None) -> list[Flowable]:
    out: list[Flowable] = [para(text, s["h1"])]
    if note:
        out.append(para(note, s["small"]))
        out.append(Spacer(1, 2 * mm))
    return out


def nothing(s: Styles) -> Paragraph:
    return para(words(s.lang, "none"), s["small"])


def document_id(kind: str, region: ReportRegion, on: date, extra: str = "") -> str:
    """A stable id: the same region, report and day give the same id."""
    key = f"{kind}\n{region.id}\n{region.name}\n{on.isoformat()}\n{extra}"
    return f"OP-{kind[0].upper()}-{hashlib.sha256(key.encode()).hexdigest()[:8].upper()}"


def render(
    story: list[Flowable],
    out: BinaryIO | Path,
    *,
    font: PackFont,
    lang: str,
    title: str,
    region: ReportRegion,
    doc_id: str,
    issued_on: date,
) -> None:
    """The report on A4 with the packs' header (region, title · date) and footer."""
    name = region_label(region, lang)
    build_pdf(
        story,
        out,
        font=font,
        lang=lang,
        title=f"{title} — {name}",
        header=(name, f"{title} · {fmt_date(issued_on, lang)}"),
        footer_id=doc_id,
        issued_on=issued_on,
    )


__all__ = [
    "BLOCK_ROWS",
    "country_label",
    "cover",
    "document_id",
    "fast_table",
    "heading",
    "nothing",
    "region_label",
    "render",
    "wrap",
]
