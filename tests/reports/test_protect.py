"""Atomic writes and AES-256 password protection of PDFs."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path
from typing import BinaryIO

import pytest
from pypdf import PasswordType, PdfReader
from reportlab.pdfgen.canvas import Canvas

from app.reports.protect import atomic_write, encrypt_bytes, encrypt_pdf

PASSWORD = "s3cret-长城"


def simple_pdf(text: str = "Quarterly pack for Zhang Wei") -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    canvas.drawString(72, 720, text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_atomic_write_replaces_the_file_and_leaves_nothing_else(tmp_path: Path) -> None:
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"old")
    assert atomic_write(target, lambda f: f.write(b"new content")) == target
    assert target.read_bytes() == b"new content"
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]
    assert target.stat().st_mode & 0o777 != 0o600  # not mkstemp's private mode


def test_a_failed_write_keeps_the_old_file_and_removes_the_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"old")

    def half_then_fail(file: BinaryIO) -> None:
        file.write(b"half a PD")
        raise RuntimeError("renderer crashed")

    with pytest.raises(RuntimeError, match="renderer crashed"):
        atomic_write(target, half_then_fail)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]


def test_an_interrupted_write_of_a_new_file_leaves_no_file(tmp_path: Path) -> None:
    def interrupted(file: BinaryIO) -> None:
        file.write(b"%PDF-1.4 partial")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        atomic_write(tmp_path / "new.pdf", interrupted)
    assert list(tmp_path.iterdir()) == []


def test_encrypted_pdf_opens_only_with_the_password_and_uses_aes_256(tmp_path: Path) -> None:
    src = tmp_path / "plain.pdf"
    src.write_bytes(simple_pdf())
    dst = tmp_path / "locked.pdf"
    encrypt_pdf(src, dst, PASSWORD)

    reader = PdfReader(dst)
    assert reader.is_encrypted
    encrypt = reader.trailer["/Encrypt"].get_object()
    assert (encrypt["/V"], encrypt["/R"]) == (5, 6)  # AES-256, PDF 2.0 handler
    assert encrypt["/CF"]["/StdCF"]["/CFM"] == "/AESV3"
    assert reader.decrypt("wrong") == PasswordType.NOT_DECRYPTED

    reader = PdfReader(dst)
    assert reader.decrypt(PASSWORD) != PasswordType.NOT_DECRYPTED
    assert "Zhang Wei" in reader.pages[0].extract_text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["locked.pdf", "plain.pdf"]


def test_poppler_opens_the_encrypted_pdf_only_with_the_password(tmp_path: Path) -> None:
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(encrypt_bytes(simple_pdf(), "open sesame"))

    refused = subprocess.run(
        ["pdftotext", str(locked), "-"], capture_output=True, text=True, check=False
    )
    assert refused.returncode != 0
    assert "Zhang Wei" not in refused.stdout

    opened = subprocess.run(
        ["pdftotext", "-upw", "open sesame", str(locked), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "Quarterly pack for Zhang Wei" in opened.stdout


def test_encrypting_in_place_and_refusing_an_empty_password(tmp_path: Path) -> None:
    pdf = tmp_path / "pack.pdf"
    pdf.write_bytes(simple_pdf())
    encrypt_pdf(pdf, pdf, PASSWORD)
    assert PdfReader(pdf).is_encrypted
    with pytest.raises(ValueError, match="empty password"):
        encrypt_bytes(simple_pdf(), "")
