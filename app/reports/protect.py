"""Writing PDFs safely: atomically (never a half-written file) and with a password.

A pack is written to a temporary file next to its target and renamed over it
only once complete, so a cancelled or failed export leaves either the old file
or nothing, never a truncated PDF.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from pypdf import PdfReader, PdfWriter

#: pypdf's name for AES-256 with the PDF 2.0 handler (/V 5 /R 6), which poppler,
#: pdf.js and Acrobat all open.
ENCRYPTION_ALGORITHM = "AES-256"
TEMP_SUFFIX = ".part"


def atomic_write(path: Path, write: Callable[[BinaryIO], None]) -> Path:
    """Write ``path`` through ``write(file)``: temp file in the same folder, fsync, rename.

    The temporary file is removed if ``write`` raises (including on Ctrl+C), so
    the folder never holds a partial file. Returns ``path``.
    """
    path = Path(path)
    # Same folder, so os.replace is a rename on one file system (atomic). The
    # leading dot keeps the temp file out of casual listings while it exists.
    fd, temp_name = tempfile.mkstemp(
        prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent or Path(".")
    )
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as file:
            write(file)
            file.flush()
            os.fsync(file.fileno())
        # mkstemp creates the file 0600; give it the usual permissions.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return path


def encrypt_bytes(pdf: bytes, password: str) -> bytes:
    """The PDF ``pdf`` protected with AES-256: it opens only with ``password``."""
    if not password:
        raise ValueError("an empty password does not protect anything")
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    # The same password as user and owner: whoever may open the pack may print it.
    writer.encrypt(user_password=password, owner_password=password, algorithm=ENCRYPTION_ALGORITHM)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def encrypt_pdf(src: Path, dst: Path, password: str) -> None:
    """Write ``src`` to ``dst`` protected with AES-256 (``dst`` may be ``src``)."""
    protected = encrypt_bytes(Path(src).read_bytes(), password)
    atomic_write(Path(dst), lambda file: file.write(protected))


__all__ = ["atomic_write", "encrypt_bytes", "encrypt_pdf"]
