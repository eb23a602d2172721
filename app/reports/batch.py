"""Exporting review packs to files: one pack, or a whole region in worker processes.

Workers are separate processes (rendering is CPU-bound Python, so threads would
not run in parallel). Each worker opens its own database connection from the URL
(:meth:`PackDataService.connect`) and registers the font once, then renders the
packs it is handed. Every file is written atomically, so cancelling or a failure
never leaves a half-written PDF.

Workers are started by a fork server (or spawned, on Windows), never forked from
the caller, so a script calling :func:`export_region` with ``jobs > 1`` needs the
usual ``if __name__ == "__main__":`` guard (``python -m app`` has it).
"""

from __future__ import annotations

import io
import multiprocessing
import re
import unicodedata
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from app.reports.fonts import PackFont, register_pack_font
from app.reports.pack.story import pack_bytes, render_region_summary
from app.reports.protect import atomic_write, encrypt_bytes
from app.services.pack_data import PackDataService
from app.services.pack_records import PackData

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

#: Characters Windows, macOS or Linux refuse in a file name, and control characters.
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_MAX_NAME = 120


def safe_file_name(text: str) -> str:
    """``text`` usable as a file name on every platform (CJK kept, separators replaced)."""
    name = " ".join(unicodedata.normalize("NFC", text).split())  # tabs, newlines -> a space
    name = _UNSAFE.sub("_", name)
    # Windows drops trailing dots and spaces silently; a leading dot hides the file.
    name = name.strip(" .")[:_MAX_NAME].strip(" .")
    return name or "_"


def pack_file_name(cycle_name: str, rep_name: str) -> str:
    return f"{safe_file_name(f'{cycle_name} - {rep_name}')}.pdf"


def summary_file_name(cycle_name: str) -> str:
    return f"{safe_file_name(f'{cycle_name} - region summary')}.pdf"


def _write_pdf(out: Path, pdf: bytes, password: str | None) -> Path:
    if password:
        pdf = encrypt_bytes(pdf, password)
    return atomic_write(out, lambda file: file.write(pdf))


def _render_pack(
    service: PackDataService,
    font: PackFont,
    review_id: int,
    out: Path,
    *,
    lang: str,
    password: str | None,
) -> PackData:
    data = service.load(review_id)
    _write_pdf(out, pack_bytes(data, lang=lang, font=font), password)
    return data


def export_pack(
    db_url: str,
    review_id: int,
    out: Path,
    *,
    lang: str,
    font_path: Path | None,
    password: str | None,
) -> Path:
    """Write the pack of one review to ``out`` (AES-256 protected when ``password``)."""
    font = register_pack_font(font_path)
    service = PackDataService.connect(db_url)
    try:
        _render_pack(service, font, review_id, Path(out), lang=lang, password=password)
    finally:
        service.close()
    return Path(out)


# --- worker processes -------------------------------------------------------------


@dataclass
class _Worker:
    service: PackDataService
    font: PackFont


_worker: _Worker | None = None


def _start_worker(db_url: str, font_path: Path | None) -> None:
    """Pool initializer: one database connection and one font registration per process."""
    global _worker
    _worker = _Worker(PackDataService.connect(db_url), register_pack_font(font_path))


def _worker_context() -> multiprocessing.context.BaseContext:
    """Never plain fork: forking a process with threads (SQLAlchemy pools, a GUI)
    can deadlock. The fork server is a fresh single-threaded process that has
    imported the renderer once, so workers start without re-importing it;
    where there is none (Windows), spawn."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        # Only read when the fork server starts (once per process).
        context.set_forkserver_preload([__name__])
        return context
    return multiprocessing.get_context("spawn")


def _worker_export(review_id: int, out: Path, lang: str, password: str | None) -> PackData:
    # Top level (picklable by reference); the data comes back for the summary.
    assert _worker is not None, "the pool initializer did not run"
    return _render_pack(_worker.service, _worker.font, review_id, out, lang=lang, password=password)


# --- a whole region -----------------------------------------------------------------


def region_file_names(
    service: PackDataService, cycle_id: int, review_ids: Iterable[int]
) -> dict[int, str]:
    """Review id -> "<cycle> - <rep>.pdf"; reps sharing a name get their review id added."""
    rows = service.review_names(cycle_id, list(review_ids))
    names = {review_id: pack_file_name(cycle, rep) for review_id, rep, cycle in rows}
    seen: dict[str, int] = {}
    for name in names.values():
        seen[name.casefold()] = seen.get(name.casefold(), 0) + 1
    for review_id, rep, cycle in rows:
        if seen[names[review_id].casefold()] > 1:
            names[review_id] = pack_file_name(cycle, f"{rep} ({review_id})")
    return names


def export_region(
    db_url: str,
    cycle_id: int,
    out_dir: Path,
    *,
    lang: str,
    font_path: Path | None,
    password: str | None,
    jobs: int,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[Path]:
    """One pack per review of the cycle, then the region summary, into ``out_dir``.

    ``progress(done, total)`` is called after each file (total = reviews + 1).
    When ``cancelled()`` turns true the export stops: packs being rendered are
    finished, nothing else is started, no summary is written. Returns the files
    written, in review order, the summary last.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    service = PackDataService.connect(db_url)
    try:
        review_ids = service.review_ids(cycle_id)
        names = region_file_names(service, cycle_id, review_ids)
        total = len(review_ids) + 1
        if progress:
            progress(0, total)
        targets = {review_id: out_dir / names[review_id] for review_id in review_ids}
        packs, was_cancelled = _export_all(
            service,
            db_url,
            review_ids,
            targets,
            lang=lang,
            font_path=font_path,
            password=password,
            jobs=jobs,
            progress=progress,
            cancelled=cancelled,
            total=total,
        )
        written = [out_dir / names[i] for i in review_ids if i in packs]
        if was_cancelled or (cancelled and cancelled()):
            return written
        summary = service.region_summary(cycle_id)
        buffer = io.BytesIO()
        font = register_pack_font(font_path)
        render_region_summary(summary, [packs[i] for i in review_ids], buffer, lang=lang, font=font)
        target = out_dir / summary_file_name(summary.cycle_name)
        written.append(_write_pdf(target, buffer.getvalue(), password))
        if progress:
            progress(total, total)
        return written
    finally:
        service.close()


def _export_all(
    service: PackDataService,
    db_url: str,
    review_ids: list[int],
    targets: dict[int, Path],
    *,
    lang: str,
    font_path: Path | None,
    password: str | None,
    jobs: int,
    progress: Progress | None,
    cancelled: Cancelled | None,
    total: int,
) -> tuple[dict[int, PackData], bool]:
    """Render every pack; returns the data of those written and whether it was cancelled."""
    packs: dict[int, PackData] = {}
    if jobs <= 1 or len(review_ids) <= 1:
        # No pool for one worker: same code path, none of the start-up cost.
        font = register_pack_font(font_path)
        for review_id in review_ids:
            if cancelled and cancelled():
                return packs, True
            packs[review_id] = _render_pack(
                service, font, review_id, targets[review_id], lang=lang, password=password
            )
            if progress:
                progress(len(packs), total)
        return packs, False

    pool = ProcessPoolExecutor(
        max_workers=min(jobs, len(review_ids)),
        mp_context=_worker_context(),
        initializer=_start_worker,
        initargs=(db_url, font_path),
    )
    futures: dict[Future[PackData], int] = {}
    was_cancelled = False
    try:
        for review_id in review_ids:
            future = pool.submit(_worker_export, review_id, targets[review_id], lang, password)
            futures[future] = review_id
        pending = set(futures)
        while pending:
            # A timeout, so a cancel is seen promptly even while workers start up.
            done, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            for future in done:
                packs[futures[future]] = future.result()  # a worker's error stops the batch
                if progress:
                    progress(len(packs), total)
            if pending and cancelled and cancelled():
                was_cancelled = True
                break
    finally:
        # Queued packs are dropped; those being rendered finish (atomically).
        pool.shutdown(wait=True, cancel_futures=True)
    for future, review_id in futures.items():
        if future.done() and not future.cancelled() and future.exception() is None:
            packs[review_id] = future.result()
    return packs, was_cancelled


__all__ = [
    "export_pack",
    "export_region",
    "pack_file_name",
    "region_file_names",
    "safe_file_name",
    "summary_file_name",
]
