"""The open file as the window sees it: the file, the undo stack, the peildatum.

Undo and redo go through :meth:`Session.undo` and :meth:`Session.redo` (the Bewerken
menu's actions come from :meth:`Session.undo_action`): the journal is replayed first,
and only when that worked does the undo stack move. A failed undo (a row changed
meanwhile, a full disk) leaves the stack where it was and says so in Dutch. A large
step (an import) is replayed off the UI thread with a progress dialog.

Editors with typed-but-unsaved input register with :meth:`Session.set_pending`; before
anything would drop that input (another row, page or file, closing the window) the
window calls :meth:`Session.settle_pending`, which asks Opslaan / Niet opslaan / Annuleren.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from swtgov.store.audit import Audit, JournalStep
    from swtgov.store.governance import GovernanceFile
    from swtgov.ui.worker import Task

#: a step with at least this many journal entries is replayed in a worker with progress
LARGE_STEP = 500


class PendingEditor(Protocol):
    """What an editor with unsaved input offers the session."""

    def pending_title(self) -> str:
        """What is being edited, for the question ("R-03 Hoog personeelsverloop")."""

    def save_pending(self) -> bool:
        """Save the typed input; False when it was refused (the editor showed why)."""

    def discard_pending(self) -> None:
        """Throw the typed input away and show the stored values again."""


class Session(QObject):
    """Shared by every page. Pages listen to :attr:`changed` and refresh.

    Signals:
        changed: data in the file changed (an edit, undo, redo or import).
        file_changed: another file was opened (or the file was closed).
        as_of_changed: the peildatum changed.
        pending_changed: an editor got or lost unsaved input.
    """

    changed = Signal()
    file_changed = Signal()
    as_of_changed = Signal()
    pending_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.gf: GovernanceFile | None = None
        self.undo_stack: QUndoStack = SafeUndoStack(self)
        self._as_of: dt.date | None = None
        self._pending: list[PendingEditor] = []
        self.task: Task | None = None  # an undo or redo running in a worker

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
        if self._pending:
            self._pending.clear()
            self.pending_changed.emit()
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

    # --- unsaved input --------------------------------------------------------------------

    def set_pending(self, editor: PendingEditor, pending: bool) -> None:
        """An editor says whether it holds typed input that is not saved yet."""
        if pending and editor not in self._pending:
            self._pending.append(editor)
            self.pending_changed.emit()
        elif not pending and editor in self._pending:
            self._pending.remove(editor)
            self.pending_changed.emit()

    def has_pending(self) -> bool:
        """Whether some editor holds unsaved input."""
        return bool(self._pending)

    def settle_pending(self, parent: QWidget | None) -> bool:
        """Ask, for each editor with unsaved input: Opslaan / Niet opslaan / Annuleren.

        Returns:
            True when nothing is pending any more (saved or discarded): the caller may go
            on. False when the user cancelled or a save was refused: stay where you are.
        """
        for editor in list(self._pending):
            from PySide6.QtWidgets import QMessageBox  # (only then: opening a file calls this first)

            box = QMessageBox(parent)
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(self.tr("Unsaved changes"))
            box.setText(self.tr("You changed {item} but did not save it yet. Save the changes?").format(
                item=editor.pending_title()))
            box.setInformativeText(self.tr("If you do not save, what you typed is lost."))
            save = box.addButton(self.tr("Save"), QMessageBox.ButtonRole.AcceptRole)
            discard = box.addButton(self.tr("Don't save"), QMessageBox.ButtonRole.DestructiveRole)
            cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(save)
            box.setEscapeButton(cancel)
            box.exec()
            clicked = box.clickedButton()
            if clicked is save:
                if not editor.save_pending():
                    return False
            elif clicked is discard:
                editor.discard_pending()
            else:
                return False
            self.set_pending(editor, False)
        return True

    # --- undo and redo --------------------------------------------------------------------

    def undo_action(self, parent: QWidget, prefix: str, *, redo: bool = False) -> QAction:
        """A menu action for undo (or redo) through :meth:`undo` / :meth:`redo`, with the
        step's name in its text and enabled only when there is a step, like Qt's own."""
        stack = self.undo_stack
        action = QAction(prefix, parent)

        def follow() -> None:
            try:
                text = stack.redoText() if redo else stack.undoText()
                can = stack.canRedo() if redo else stack.canUndo()
                action.setText(f"{prefix} {text}".strip() if can else prefix)
                action.setEnabled(can and self.task is None)
            except RuntimeError:  # the window is being torn down
                return

        for signal in (stack.indexChanged, stack.cleanChanged, stack.canUndoChanged, stack.canRedoChanged):
            signal.connect(lambda *_args: follow())
        action.triggered.connect(lambda: self.redo(parent) if redo else self.undo(parent))
        action.follow = follow  # type: ignore[attr-defined]
        follow()
        return action

    def undo(self, parent: QWidget | None = None) -> bool:
        """Undo the last step; False (stack unmoved, reason shown) when it could not be undone."""
        return self._replay(parent, redo=False)

    def redo(self, parent: QWidget | None = None) -> bool:
        """Redo the next step; False (stack unmoved, reason shown) when it could not be redone."""
        return self._replay(parent, redo=True)

    def _replay(self, parent: QWidget | None, *, redo: bool) -> bool:
        stack = self.undo_stack
        if self.gf is None or self.task is not None or not (stack.canRedo() if redo else stack.canUndo()):
            return False
        command = stack.command(stack.index() if redo else stack.index() - 1)
        assert isinstance(command, UndoableChange)
        if len(command.steps) >= LARGE_STEP:
            self._replay_in_worker(parent, command, redo)
            return True
        try:
            command.replay(redo=redo)
        except Exception as exc:  # noqa: BLE001 - every failure leaves the stack as it was
            self._failed(parent, command, redo, exc)
            return False
        self._moved(command, redo)
        return True

    def _moved(self, command: UndoableChange, redo: bool) -> None:
        """The file has changed: move the stack without replaying again."""
        command.skip_once = True
        if redo:
            QUndoStack.redo(self.undo_stack)
        else:
            QUndoStack.undo(self.undo_stack)
        command.skip_once = False
        self.changed.emit()

    def _replay_in_worker(self, parent: QWidget | None, command: UndoableChange, redo: bool) -> None:
        from swtgov.ui.worker import Task

        label = (self.tr("Redoing {step}…") if redo else self.tr("Undoing {step}…")).format(step=command.text())
        task = Task(parent, label, lambda progress: command.replay(redo=redo, progress=progress))
        self.task = task
        self.undo_stack.indexChanged.emit(self.undo_stack.index())  # the actions disable themselves

        def finished(_result: object, error: object) -> None:
            self.task = None
            if isinstance(error, BaseException):
                self._failed(parent, command, redo, error)
                self.undo_stack.indexChanged.emit(self.undo_stack.index())
            else:
                self._moved(command, redo)

        task.finished.connect(finished)
        task.start()

    def _failed(self, parent: QWidget | None, command: UndoableChange, redo: bool, exc: BaseException) -> None:
        from swtgov.errors import SwtgovError
        from swtgov.services.progress import Cancelled
        from swtgov.ui import errors

        if isinstance(exc, Cancelled):
            reason = self.tr("it was cancelled")
        elif isinstance(exc, SwtgovError):
            reason = str(exc)
        elif isinstance(exc, sqlite3.IntegrityError):
            reason = self.tr("a row was changed meanwhile ({error})").format(error=exc)
        elif isinstance(exc, (sqlite3.Error, OSError)):
            reason = self.tr("the file could not be written ({error})").format(error=exc)
        else:
            raise exc
        reason = reason.strip().rstrip(".")
        text = (self.tr('Redoing "{step}" did not work: {reason}.') if redo
                else self.tr('Undoing "{step}" did not work: {reason}.')).format(step=command.text(), reason=reason)
        text += "\n" + self.tr("Nothing was changed; the step is still in the Edit menu.")
        self.last_failure = text
        errors.show_error(parent, SwtgovError(text))


class SafeUndoStack(QUndoStack):
    """An undo stack whose ``undo()`` and ``redo()``, called from Python, go through the
    session: the file first, the stack only when that worked."""

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self._session = session

    def undo(self) -> None:
        self._session.undo()

    def redo(self) -> None:
        self._session.redo()


class UndoableChange(QUndoCommand):
    """A change whose undo and redo replay its audit journal."""

    def __init__(self, session: Session, text: str, change: Callable[[Audit], Any] | None) -> None:
        super().__init__(text)
        self.session = session
        self.change = change
        self.steps: list[JournalStep] = []
        self.result: Any = None
        self.done_once = False
        self.skip_once = False  # the session already replayed it

    def run_first(self) -> None:
        gf = self.session.gf
        assert gf is not None and self.change is not None
        with gf.change() as audit:
            self.result = self.change(audit)
        self.steps = list(audit.journal)
        self.done_once = True
        self.session.changed.emit()

    def replay(self, *, redo: bool, progress: Callable[[int, int], None] | None = None) -> None:
        """Undo (or redo) the journal in one transaction; on any error nothing changes."""
        gf = self.session.gf
        assert gf is not None
        from swtgov.store import journal

        with gf.change() as audit:
            if redo:
                journal.redo(audit, self.steps, progress)
            else:
                journal.undo(audit, self.steps, progress)

    def redo(self) -> None:
        if self.done_once:
            # QUndoStack.push calls redo(); the change already ran.
            self.done_once = False
            return
        if self.skip_once:
            return
        self.replay(redo=True)
        self.session.changed.emit()

    def undo(self) -> None:
        if self.skip_once:
            return
        self.replay(redo=False)
        self.session.changed.emit()
