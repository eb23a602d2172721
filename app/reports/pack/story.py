"""Render PDF review packs (one rep) and region summaries with reportlab platypus.

Every page gets a header (rep, period) and a footer (page X of Y, document
id, Confidential); "of Y" needs the page count, so the canvas keeps each
page's state and draws header and footer on all of them when it is saved.
Invariant mode plus a creation date taken from the data (``issued_on``)
make the same data give the same bytes.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Spacer

from app.reports.fonts import PackFont, register_pack_font
from app.reports.pack.region import region_story
from app.reports.pack.sections import pack_story
from app.reports.pack.styles import ACCENT, CONFIDENTIAL_RED, MUTED, RULE, Styles
from app.reports.pack.text import check_lang, rep_display_name, text
from app.services.pack_records import PackData, RegionSummary

_MARGIN_X = 18 * mm
_MARGIN_TOP = 24 * mm
_MARGIN_BOTTOM = 20 * mm


class NumberedCanvas(Canvas):
    """A canvas that draws header and footer with "page X of Y" once the page count is known."""

    def __init__(
        self,
        *args: Any,
        pack_font: PackFont,
        pack_header: tuple[str, str],
        pack_footer_id: str,
        pack_lang: str,
        pack_issued_on: date,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        # Prefixed names: reportlab's canvas has its own font/lang attributes
        # and the document passes lang= to the canvas.
        self._pack_font = pack_font
        self._pack_header = pack_header
        self._pack_footer_id = pack_footer_id
        self._pack_lang = pack_lang
        self._pack_pages: list[dict[str, Any]] = []
        stamp = f"D:{pack_issued_on:%Y%m%d}000000+00'00'"
        # Creation and modification date from the data, never the clock.
        self.setDateFormatter(lambda *_: stamp)

    def showPage(self) -> None:
        self._pack_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pack_pages)
        for number, state in enumerate(self._pack_pages, start=1):
            self.__dict__.update(state)
            self._decorate(number, total)
            super().showPage()
        super().save()

    def _decorate(self, number: int, total: int) -> None:
        width, height = self._pagesize
        left, right = _MARGIN_X, width - _MARGIN_X
        self.saveState()
        top = height - 14 * mm
        self.setFont(self._pack_font.bold, 9)
        self.setFillColor(ACCENT)
        self.drawString(left, top, self._pack_header[0])
        self.setFont(self._pack_font.regular, 9)
        self.setFillColor(MUTED)
        self.drawRightString(right, top, self._pack_header[1])
        self.setStrokeColor(RULE)
        self.setLineWidth(0.6)
        self.line(left, top - 3 * mm, right, top - 3 * mm)
        bottom = 11 * mm
        self.line(left, bottom + 4 * mm, right, bottom + 4 * mm)
        self.setFont(self._pack_font.regular, 8)
        self.drawString(left, bottom, self._pack_footer_id)
        self.drawRightString(right, bottom, text(self._pack_lang, "page", page=number, pages=total))
        self.setFont(self._pack_font.bold, 8)
        self.setFillColor(CONFIDENTIAL_RED)
        self.drawCentredString(width / 2, bottom, text(self._pack_lang, "confidential"))
        self.restoreState()


def build_pdf(
    story: list[Flowable],
    out: BinaryIO | Path,
    *,
    font: PackFont,
    lang: str,
    title: str,
    header: tuple[str, str],
    footer_id: str,
    issued_on: date,
) -> None:
    """Lay ``story`` out on A4 pages with the packs' header, footer and page X of Y
    (also used by the register reports, :mod:`app.reports.registers`)."""
    target: Any = str(out) if isinstance(out, Path) else out
    doc = BaseDocTemplate(
        target,
        pagesize=A4,
        leftMargin=_MARGIN_X,
        rightMargin=_MARGIN_X,
        topMargin=_MARGIN_TOP,
        bottomMargin=_MARGIN_BOTTOM,
        title=title,
        subject=footer_id,
        author="Outpost",
        creator="Outpost",
        producer="Outpost",
        lang="zh-CN" if lang == "zh" else "en",
        invariant=1,
        # Otherwise the canvas starts every page in Helvetica, a base-14 font
        # that is referenced but never embedded.
        initialFontName=font.regular,
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        # No frame padding: tables span exactly the text width, aligned with the rules.
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(
        story or [Spacer(1, 1)],
        canvasmaker=partial(
            NumberedCanvas,
            pack_font=font,
            pack_header=header,
            pack_footer_id=footer_id,
            pack_lang=lang,
            pack_issued_on=issued_on,
        ),
    )


def _cycle_and_period(cycle_name: str, period_label: str) -> str:
    """ "FY2026 annual · 2026", or just "2026 Q3" when the cycle is named after its period."""
    if cycle_name.strip() == period_label:
        return period_label
    return f"{cycle_name} · {period_label}"


def render_pack(
    data: PackData, out: BinaryIO | Path, *, lang: str = "en", font: PackFont | None = None
) -> None:
    """Write the review pack of ``data`` as a PDF to a path or binary stream."""
    check_lang(lang)
    font = font or register_pack_font()
    rep = rep_display_name(data.rep_name, data.rep_name_zh, lang)
    period = _cycle_and_period(data.cycle_name, data.period.label(lang))
    build_pdf(
        pack_story(data, Styles(font, lang)),
        out,
        font=font,
        lang=lang,
        title=f"{text(lang, 'title')} — {rep} — {data.cycle_name}",
        header=(rep, period),
        footer_id=data.document_id,
        issued_on=data.issued_on,
    )


def pack_bytes(data: PackData, *, lang: str = "en", font: PackFont | None = None) -> bytes:
    """The review pack of ``data`` as PDF bytes."""
    buffer = io.BytesIO()
    render_pack(data, buffer, lang=lang, font=font)
    return buffer.getvalue()


def region_document_id(summary: RegionSummary) -> str:
    """A stable id for a region summary: the same region and cycle give the same id."""
    key = f"{summary.region_name}\n{summary.cycle_name}\n{summary.period.label()}"
    return f"OP-S-{hashlib.sha256(key.encode()).hexdigest()[:8].upper()}"


def render_region_summary(
    summary: RegionSummary,
    packs: Sequence[PackData],
    out: BinaryIO | Path,
    *,
    lang: str = "en",
    font: PackFont | None = None,
) -> None:
    """Write the region summary (team ranked by score, attainment chart, risk heat map)."""
    check_lang(lang)
    font = font or register_pack_font()
    region = rep_display_name(summary.region_name, summary.region_name_zh, lang)
    # Fixed date from the data: the latest pack's, else the period's end.
    issued_on = max((p.issued_on for p in packs), default=summary.period.end)
    build_pdf(
        region_story(summary, packs, Styles(font, lang)),
        out,
        font=font,
        lang=lang,
        title=f"{text(lang, 'region_title')} — {region} — {summary.cycle_name}",
        header=(region, _cycle_and_period(summary.cycle_name, summary.period.label(lang))),
        footer_id=region_document_id(summary),
        issued_on=issued_on,
    )


__all__ = [
    "NumberedCanvas",
    "build_pdf",
    "pack_bytes",
    "region_document_id",
    "render_pack",
    "render_region_summary",
]
