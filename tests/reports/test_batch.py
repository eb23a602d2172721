"""Exporting packs to files: one pack, a whole region in worker processes, cancelling."""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PasswordType, PdfReader
from sqlalchemy import select

from app.db import migrate
from app.db.engine import Database, sqlite_url
from app.db.org import Rep
from app.db.reviews import Review, ReviewCycle
from app.reports.batch import (
    export_pack,
    export_region,
    pack_file_name,
    region_file_names,
    safe_file_name,
    summary_file_name,
)
from app.services.demo import generate_demo
from app.services.errors import NotFoundError
from app.services.pack_data import PackDataService


@dataclass(frozen=True)
class Demo:
    url: str
    cycle_id: int
    cycle_name: str
    review_id: int
    rep_name: str
    review_ids: tuple[int, ...]
    rep_names: tuple[str, ...]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    """A demo database; the cycle of the region with the most reviews."""
    url = sqlite_url(tmp_path_factory.mktemp("demo") / "outpost.sqlite3")
    db = Database(url, actor="tester")
    migrate.upgrade(db.engine)
    generate_demo(db, reps=12, years=1, today=dt.date(2026, 11, 15))
    with db.read_session() as session:
        rows = session.execute(
            select(ReviewCycle.id, ReviewCycle.name, Review.id, Rep.name)
            .join(Review, Review.cycle_id == ReviewCycle.id)
            .join(Rep, Rep.id == Review.rep_id)
            .order_by(ReviewCycle.period_end.desc(), ReviewCycle.id)
        ).all()
    counts: dict[int, int] = {}
    for cycle_id, *_ in rows:
        counts[cycle_id] = counts.get(cycle_id, 0) + 1
    cycle_id = max(counts, key=lambda c: counts[c])  # the first of the latest, largest cycles
    assert counts[cycle_id] >= 3, "the demo region should have several reps"
    cycle_name = next(name for c, name, _, _ in rows if c == cycle_id)
    rep_of = {review_id: rep for c, _, review_id, rep in rows if c == cycle_id}
    review_ids = PackDataService(db).review_ids(cycle_id)  # the order packs are written in
    db.dispose()
    yield Demo(
        url,
        cycle_id,
        cycle_name,
        review_ids[0],
        rep_of[review_ids[0]],
        tuple(review_ids),
        tuple(rep_of[r] for r in review_ids),
    )


def pdf_text(path: Path, password: str | None = None) -> str:
    reader = PdfReader(path)
    if password is not None:
        assert reader.decrypt(password) != PasswordType.NOT_DECRYPTED
    return "\n".join(page.extract_text() for page in reader.pages)


def test_safe_file_names() -> None:
    assert safe_file_name('2026 Q3: "Review" a/b\\c?*') == "2026 Q3_ _Review_ a_b_c__"
    assert safe_file_name("  ..hidden.  ") == "hidden"
    assert safe_file_name("张伟\t\n王芳") == "张伟 王芳"
    assert safe_file_name("...") == "_"
    assert len(safe_file_name("x" * 500)) == 120
    assert pack_file_name("2026 Q3 Review", "Li/Na") == "2026 Q3 Review - Li_Na.pdf"
    assert summary_file_name("2026 Q3") == "2026 Q3 - region summary.pdf"


def test_export_pack_is_readable_and_reproducible(demo: Demo, tmp_path: Path) -> None:
    first = export_pack(
        demo.url, demo.review_id, tmp_path / "a.pdf", lang="en", font_path=None, password=None
    )
    second = export_pack(
        demo.url, demo.review_id, tmp_path / "b.pdf", lang="en", font_path=None, password=None
    )
    assert first == tmp_path / "a.pdf"
    assert demo.rep_name in pdf_text(first)
    assert first.read_bytes() == second.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf", "b.pdf"]


def test_export_pack_with_a_password_uses_aes_256(demo: Demo, tmp_path: Path) -> None:
    out = export_pack(
        demo.url, demo.review_id, tmp_path / "p.pdf", lang="zh", font_path=None, password="pw-1"
    )
    reader = PdfReader(out)
    encrypt = reader.trailer["/Encrypt"].get_object()
    assert (encrypt["/V"], encrypt["/R"]) == (5, 6)
    assert reader.decrypt("wrong") == PasswordType.NOT_DECRYPTED
    assert demo.rep_name in pdf_text(out, "pw-1")
    locked = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, check=False)
    assert locked.returncode != 0
    opened = subprocess.run(
        ["pdftotext", "-upw", "pw-1", str(out), "-"], capture_output=True, text=True, check=True
    )
    assert demo.rep_name in opened.stdout


def test_a_failed_export_leaves_no_file(demo: Demo, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        export_pack(demo.url, 987654, tmp_path / "x.pdf", lang="en", font_path=None, password=None)
    assert list(tmp_path.iterdir()) == []


def test_region_export_in_two_workers(demo: Demo, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    out_dir = tmp_path / "packs"  # created by the export
    written = export_region(
        demo.url,
        demo.cycle_id,
        out_dir,
        lang="en",
        font_path=None,
        password=None,
        jobs=2,
        progress=lambda done, total: calls.append((done, total)),
    )
    total = len(demo.review_ids) + 1
    expected = [out_dir / pack_file_name(demo.cycle_name, n) for n in demo.rep_names]
    expected.append(out_dir / summary_file_name(demo.cycle_name))
    assert written == expected
    assert sorted(out_dir.iterdir()) == sorted(expected)  # no temp files, nothing else
    assert calls[0] == (0, total) and calls[-1] == (total, total)
    assert [done for done, _ in calls] == list(range(total + 1))
    for path, rep in zip(written, demo.rep_names, strict=False):
        assert rep in pdf_text(path)
    summary = pdf_text(written[-1])
    assert all(rep in summary for rep in demo.rep_names)
    # A pack from a worker is the same file as one rendered in this process.
    alone = export_pack(
        demo.url, demo.review_id, tmp_path / "alone.pdf", lang="en", font_path=None, password=None
    )
    assert alone.read_bytes() == written[0].read_bytes()


@pytest.mark.parametrize("jobs", [1, 2])
def test_cancelling_leaves_only_complete_pdfs(demo: Demo, tmp_path: Path, jobs: int) -> None:
    done_so_far = 0

    def progress(done: int, _total: int) -> None:
        nonlocal done_so_far
        done_so_far = done

    written = export_region(
        demo.url,
        demo.cycle_id,
        tmp_path,
        lang="en",
        font_path=None,
        password=None if jobs == 1 else "pw-2",  # the password reaches the workers too
        jobs=jobs,
        progress=progress,
        cancelled=lambda: done_so_far >= 2,
    )
    files = sorted(tmp_path.iterdir())
    assert files == sorted(written)  # no temp or partial files
    assert summary_file_name(demo.cycle_name) not in {p.name for p in files}
    if jobs == 1:
        assert len(written) == 2  # cancelled before the third was started
    else:
        # Packs being rendered when cancelled are finished; queued ones are dropped.
        assert 2 <= len(written) <= len(demo.review_ids)
    for path in written:
        reader = PdfReader(path)  # every file left is a whole, readable PDF
        assert reader.is_encrypted == (jobs == 2)
        if jobs == 2:
            assert reader.decrypt("pw-2") != PasswordType.NOT_DECRYPTED
        assert len(reader.pages) >= 1
        assert path.read_bytes().rstrip().endswith(b"%%EOF")


def test_reps_sharing_a_name_get_distinct_files(demo: Demo) -> None:
    db = Database(demo.url)
    try:
        names = region_file_names(PackDataService(db), demo.cycle_id, demo.review_ids)
        assert names[demo.review_id] == pack_file_name(demo.cycle_name, demo.rep_name)
        with db.session() as session:
            other = session.get(Review, demo.review_ids[1])
            assert other is not None
            rep = session.get(Rep, other.rep_id)
            assert rep is not None
            original = rep.name
            rep.name = demo.rep_name
        try:
            names = region_file_names(PackDataService(db), demo.cycle_id, demo.review_ids)
        finally:
            with db.session() as session:
                rep = session.get(Rep, other.rep_id)
                assert rep is not None
                rep.name = original
        first, second = demo.review_ids[0], demo.review_ids[1]
        assert names[first] == pack_file_name(demo.cycle_name, f"{demo.rep_name} ({first})")
        assert names[second] == pack_file_name(demo.cycle_name, f"{demo.rep_name} ({second})")
    finally:
        db.dispose()
