"""PySide6 6.12.0 on CPython 3.11 drops a reference to None on every void setter call
and aborts after a few thousand; pyproject pins <6.12 there. This guards the pin."""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtWidgets import QLabel, QWidget


def test_installed_pyside_is_not_the_broken_release() -> None:
    version = tuple(int(part) for part in PySide6.__version__.split(".")[:3])
    if sys.version_info[:2] == (3, 11):
        assert version != (6, 12, 0), "PySide6 6.12.0 corrupts None's refcount on CPython 3.11"


def test_void_setters_keep_none_alive(qtbot) -> None:
    widget = QWidget()
    label = QLabel(widget)
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)

    for i in range(20_000):
        if i % 2:
            widget.setEnabled(bool(i % 4))
        else:
            label.setText("x" if i % 4 else "y")

    # None is immortal on 3.12+ (huge constant count); on 3.11 a leak would fall by ~20,000.
    assert sys.getrefcount(None) >= before - 100
