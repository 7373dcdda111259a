"""Long work off the UI thread, with a progress dialog and a cancel button.

The work is a plain function that takes a ``progress(done, total)`` callback, as
the services define it; the worker turns that into Qt signals, so the services
never learn about Qt (the Dangerzone way).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from swtgov.services.progress import Cancelled


class _Worker(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self._work = work
        self.cancel_requested = threading.Event()

    def _progress(self, done: int, total: int) -> None:
        if self.cancel_requested.is_set():
            raise Cancelled()
        self.progressed.emit(done, total)

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


class Task(QObject):
    """One run of long work. Keep a reference until ``finished`` fires.

    Signals:
        finished(result, error): exactly one of them is not None.
    """

    finished = Signal(object, object)

    def __init__(
        self,
        parent: QWidget | None,
        label: str,
        work: Callable[[Callable[[int, int], None]], Any],
        *,
        show_dialog: bool = True,
    ) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._worker = _Worker(work)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.succeeded.connect(self._done_ok, Qt.ConnectionType.QueuedConnection)
        self._worker.failed.connect(self._done_error, Qt.ConnectionType.QueuedConnection)
        self.dialog: QProgressDialog | None = None
        if show_dialog:
            self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(300)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.canceled.connect(self.cancel)
            self._worker.progressed.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._worker.cancel_requested.set()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Cancelling…"))

    def shutdown(self) -> None:
        """Ask the work to stop and wait for its thread (when the window closes)."""
        self._worker.cancel_requested.set()
        self._thread.quit()
        self._thread.wait()

    @Slot(int, int)
    def _show_progress(self, done: int, total: int) -> None:
        if self.dialog is not None:
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(min(done, max(total, 1)))

    def _finish(self, result: Any, error: BaseException | None) -> None:
        self._thread.quit()
        self._thread.wait()
        if self.dialog is not None:
            self.dialog.close()
        self.finished.emit(result, error)

    @Slot(object)
    def _done_ok(self, result: Any) -> None:
        self._finish(result, None)

    @Slot(object)
    def _done_error(self, error: BaseException) -> None:
        self._finish(None, error)
