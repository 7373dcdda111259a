"""Guards against a broken Qt binding: the app must survive thousands of Qt calls.

PySide6 6.12.0 on Python 3.11 lowers None's reference count on every Qt call that
returns nothing, until Python aborts with "none_dealloc". pyproject.toml keeps that
release out; this test fails if a binding like it slips back in.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_leave_none_alone(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for n in range(500):
        label.setText(str(n))
        label.clear()
    assert sys.getrefcount(None) >= before - 50
