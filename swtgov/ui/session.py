"""The open file as the window sees it: the file, the undo stack, the peildatum."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from swtgov.store.audit import Audit, JournalStep
    from swtgov.store.governance import GovernanceFile


class Session(QObject):
    """Shared by every page. Pages listen to :attr:`changed` and refresh.

    Signals:
        changed: data in the file changed (an edit, undo, redo or import).
        file_changed: another file was opened (or the file was closed).
        as_of_changed: the peildatum changed.
    """

    changed = Signal()
    file_changed = Signal()
    as_of_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.gf: GovernanceFile | None = None
        self.undo_stack = QUndoStack(self)
        self._as_of: dt.date | None = None

    @property
    def as_of(self) -> dt.date:
        """The peildatum: today unless the user chose another date."""
        return self._as_of or dt.date.today()

    def set_as_of(self, day: dt.date | None) -> None:
        if day != self._as_of:
            self._as_of = day
            self.as_of_changed.emit()

    @property
    def read_only(self) -> bool:
        return self.gf is None or self.gf.read_only

    def set_file(self, gf: GovernanceFile | None, *, load: bool = True) -> None:
        """Switch to another file. With ``load=False`` the pages are not filled yet:
        the caller emits :attr:`changed` when it wants them filled."""
        if self.gf is not None and self.gf is not gf:
            self.gf.close()
        self.gf = gf
        self.undo_stack.clear()
        self.file_changed.emit()
        if load:
            self.changed.emit()

    def perform(self, text: str, change: Callable[[Audit], Any]) -> Any:
        """Run an audited change as one undoable step; returns what ``change`` returned.

        Known errors propagate (nothing is saved); the caller shows them.
        """
        command = UndoableChange(self, text, change)
        command.run_first()
        self.undo_stack.push(command)
        return command.result

    def record(self, text: str, steps: list[JournalStep]) -> None:
        """Put a change that already happened (an import in a worker) on the undo stack."""
        command = UndoableChange(self, text, None)
        command.steps = steps
        command.done_once = True
        self.undo_stack.push(command)
        self.changed.emit()


class UndoableChange(QUndoCommand):
    """A change whose undo and redo replay its audit journal."""

    def __init__(self, session: Session, text: str, change: Callable[[Audit], Any] | None) -> None:
        super().__init__(text)
        self.session = session
        self.change = change
        self.steps: list[JournalStep] = []
        self.result: Any = None
        self.done_once = False

    def run_first(self) -> None:
        gf = self.session.gf
        assert gf is not None and self.change is not None
        with gf.change() as audit:
            self.result = self.change(audit)
        self.steps = list(audit.journal)
        self.done_once = True
        self.session.changed.emit()

    def redo(self) -> None:
        if self.done_once:
            # QUndoStack.push calls redo(); the change already ran.
            self.done_once = False
            return
        gf = self.session.gf
        assert gf is not None
        from swtgov.store import journal

        with gf.change() as audit:
            journal.redo(audit, self.steps)
        self.session.changed.emit()

    def undo(self) -> None:
        gf = self.session.gf
        assert gf is not None
        from swtgov.store import journal

        with gf.change() as audit:
            journal.undo(audit, self.steps)
        self.session.changed.emit()
