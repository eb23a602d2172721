"""The register reports (risks, compliance, training) as PDFs, from a database to a file.

Each kind has a renderer module reading only the records of
:mod:`app.services.register_report_records`; :func:`write_report` loads the data
through :class:`RegisterReportService` and writes the file atomically, so a
failure never leaves half a PDF behind. Used by ``outpost report`` and the console.
"""

from __future__ import annotations

import io
from datetime import date
from enum import StrEnum
from pathlib import Path

from app.reports.fonts import PackFont, register_pack_font
from app.reports.protect import atomic_write
from app.services.register_reports import RegisterReportService


class ReportKind(StrEnum):
    RISKS = "risks"
    COMPLIANCE = "compliance"
    TRAINING = "training"


def report_bytes(
    service: RegisterReportService,
    kind: ReportKind | str,
    region_id: int,
    *,
    today: date,
    year: int | None = None,
    lang: str = "en",
    font: PackFont | None = None,
) -> bytes:
    """The report ``kind`` of the region as PDF bytes; ``today`` is the report's date
    (overdue and due-soon are counted from it); ``year`` for training (default: today's)."""
    font = font or register_pack_font()
    buffer = io.BytesIO()
    kind = ReportKind(kind)
    if kind is ReportKind.RISKS:
        from app.reports.registers.risks import render_risk_report

        render_risk_report(service.risks(region_id, today), buffer, lang=lang, font=font)
    elif kind is ReportKind.COMPLIANCE:
        from app.reports.registers.compliance import render_compliance_report

        render_compliance_report(service.compliance(region_id, today), buffer, lang=lang, font=font)
    else:
        from app.reports.registers.training import render_training_report

        data = service.training(region_id, year or today.year)
        render_training_report(data, buffer, issued_on=today, lang=lang, font=font)
    return buffer.getvalue()


def write_report(
    service: RegisterReportService,
    kind: ReportKind | str,
    region_id: int,
    out: Path,
    *,
    today: date,
    year: int | None = None,
    lang: str = "en",
    font: PackFont | None = None,
) -> Path:
    """Write the report ``kind`` of the region to ``out`` (atomically); returns ``out``."""
    pdf = report_bytes(service, kind, region_id, today=today, year=year, lang=lang, font=font)
    return atomic_write(Path(out), lambda file: file.write(pdf))


__all__ = ["ReportKind", "report_bytes", "write_report"]
