"""Showing errors: known ones as a Dutch message, bugs as the crash dialog with a log."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from swtgov.errors import SwtgovError
from swtgov.store.paths import logs_dir


def show_error(parent: QWidget | None, error: SwtgovError, title: str | None = None) -> None:
    """A known error: its Dutch message, nothing more."""
    from PySide6.QtWidgets import QMessageBox  # (imported when needed: see ui.mainwindow)

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("ErrorDialog", "swtgov"))
    text = str(error)
    first, _, rest = text.partition("\n")
    box.setText(first)
    if rest:
        box.setInformativeText(rest if len(rest) < 1500 else rest[:1500] + "\n…")
        box.setDetailedText(rest)
    box.exec()


def write_crash_log(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> Path:
    """Save the traceback of a bug to the logs folder; returns the log's path."""
    import traceback

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = logs_dir() / f"crash-{stamp}.log"
    text = "".join(traceback.format_exception(kind, value, tb))
    path.write_text(f"swtgov crash {dt.datetime.now().isoformat()}\n\n{text}", encoding="utf-8")
    return path


def handle_exception(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """sys.excepthook for the window: known errors as a message, bugs as a crash dialog."""
    import traceback

    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    parent = QApplication.activeWindow()
    if isinstance(value, SwtgovError):
        show_error(parent, value)
        return
    from PySide6.QtWidgets import QMessageBox

    log = write_crash_log(kind, value, tb)
    sys.stderr.write("".join(traceback.format_exception(kind, value, tb)))
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Unexpected error"))
    box.setText(QCoreApplication.translate("ErrorDialog", "Something went wrong that swtgov did not expect."))
    box.setInformativeText(
        QCoreApplication.translate("ErrorDialog", "Your data is safe: a change is saved completely or not at all. "
            "The details have been written to {log}. Please send that file to whoever "
            "supports swtgov in your organisation.").format(log=log)
    )
    box.setDetailedText("".join(traceback.format_exception(kind, value, tb)))
    box.exec()
