"""The file commands of the window: new, open, backup, restore, verify, leesversie.

Kept apart from :mod:`swtgov.ui.mainwindow` so that the window stays about layout and
navigation. Long work runs in a :class:`~swtgov.ui.worker.Task`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from swtgov.errors import SwtgovError
from swtgov.services import governance
from swtgov.store.paths import EXTENSION
from swtgov.ui import recent
from swtgov.ui.errors import show_error

if TYPE_CHECKING:
    from swtgov.ui.mainwindow import MainWindow
    from swtgov.ui.worker import Task


def _display():  # type: ignore[no-untyped-def]
    from swtgov import display

    return display


class FileCommands(QObject):
    """What the Bestand menu does, for one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.tasks: list[Task] = []

    def run(self, task: Task, on_success: object) -> None:
        """Start a task; show its error, or call on_success with its result."""
        self.tasks.append(task)

        def finished(result: object, error: object) -> None:
            self.tasks.remove(task)
            if isinstance(error, SwtgovError):
                show_error(self.window, error)
            elif isinstance(error, BaseException):
                raise error
            else:
                on_success(result)  # type: ignore[operator]

        task.finished.connect(finished)
        task.start()

    def choose_file(self) -> None:
        from swtgov.ui.preferences import open_file_name

        if not self.window.session.settle_pending(self.window):  # asked before the file dialog
            return
        name = open_file_name(self.window, self.tr("Open governance file"), "governance",
                              self.tr("Governance files (*{ext})").format(ext=EXTENSION))
        if name:
            self.window.open_path(Path(name))

    def new_file(self) -> None:
        """Bestand › Nieuw: one dialog for the organisation and the file; every page starts empty."""
        from swtgov.ui.dialogs.newfile import NewFileDialog

        if not self.window.session.settle_pending(self.window):  # unsaved input first
            return
        dialog = NewFileDialog(self.window)
        if not dialog.exec():
            return
        self.create(dialog.path(), dialog.organisation_name())

    def create(self, path: Path, organisation: str) -> bool:
        """Create a governance file and show it (every page empty); a known error is shown."""
        try:
            gf = governance.create_file(path, organisation)
        except SwtgovError as exc:
            show_error(self.window, exc)
            return False
        self.window.session.set_file(gf)
        recent.remember(gf.path)
        return True

    def daily_backup(self) -> None:
        from swtgov.ui.worker import Task
        gf = self.window.session.gf
        if gf is None or not gf.needs_daily_backup():
            return
        task = Task(self.window, self.tr("Making today's backup…"), lambda _progress: gf.backup("dagelijks"), show_dialog=False)
        self.run(task, lambda _result: self.window.statusBar().showMessage(self.tr("Today's backup was made."), 5000))

    def backup_now(self) -> None:
        from swtgov.ui.worker import Task
        from PySide6.QtWidgets import QMessageBox

        gf = self.window.session.gf
        if gf is None:
            return
        task = Task(self.window, self.tr("Making a backup…"), lambda _progress: gf.backup("handmatig"))
        self.run(task, lambda backup: QMessageBox.information(self.window, self.tr("Backup"), self.tr("Backup made:\n{path}").format(path=backup.path)))

    def restore_dialog(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from swtgov.ui.dialogs.restore import RestoreDialog

        if self.window.session.gf is None or not self.window.session.settle_pending(self.window):
            return
        if self.window.session.read_only:
            show_error(self.window, SwtgovError(self.tr("A file opened read-only cannot be restored.")))
            return
        dialog = RestoreDialog(self.window.session.gf.path, self.window)
        if dialog.exec() and dialog.chosen is not None:
            try:
                gf = governance.restore_backup(self.window.session.gf, dialog.chosen)
            except SwtgovError as exc:
                show_error(self.window, exc)
                return
            self.window.session.gf = None
            self.window.session.set_file(gf)
            QMessageBox.information(self.window, self.tr("Restored"),
                self.tr("The backup of {date} has been restored. The state before it was backed up first.").format(
                    date=_display().moment(dialog.chosen.made_at)),
            )

    def verify_file(self) -> None:
        from swtgov.ui.worker import Task
        from PySide6.QtWidgets import QMessageBox

        gf = self.window.session.gf
        if gf is None:
            return
        path = gf.path
        task = Task(self.window, self.tr("Verifying the file…"), lambda _progress: governance.verify(path))

        def done(result: governance.VerifyResult) -> None:
            if result.ok and result.note:
                QMessageBox.information(self.window, self.tr("Verify file"),
                                        self.tr("The database is intact.") + "\n\n" + result.note)
            elif result.ok:
                QMessageBox.information(self.window, self.tr("Verify file"),
                    self.tr("The file is intact and its audit log ({count} entries) is consistent.").format(
                        count=result.audit_entries),
                )
            else:
                found = _display().plural(len(result.problems), self.tr("problem found"), self.tr("problems found"))
                box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Verify file"), f"{found}.", parent=self.window)
                box.setDetailedText("\n".join(result.problems))
                box.exec()

        self.run(task, done)

    def review_copy_dialog(self) -> None:
        """Bestand › Leesversie maken: a copy for RvT members, without the confidential registers."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from swtgov.services.review_copy import make_review_copy
        from swtgov.ui.preferences import save_file_name
        from swtgov.ui.worker import Task

        gf = self.window.session.gf
        if gf is None or gf.is_review_copy:
            return
        name = save_file_name(
            self.window, self.tr("Make read-only copy"), "review-copy", f"{gf.path.stem}-leesversie{EXTENSION}",
            self.tr("Governance files (*{ext})").format(ext=EXTENSION),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return
        from swtgov.services.review_copy import review_copy_contents  # not before the first paint

        source, target = gf.path, Path(name)
        task = Task(self.window, self.tr("Making the read-only copy…"), lambda _progress: make_review_copy(source, target))
        self.run(task, lambda path: QMessageBox.information(self.window, self.tr("Read-only copy"),
            self.tr("The read-only copy was saved as {path}. It holds: {areas}; not the confidential "
                    "registers and not the audit log.").format(path=path, areas=review_copy_contents())))

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from swtgov import __version__

        QMessageBox.about(self.window, self.tr("About swtgov"),
            self.tr("swtgov {version}\nGovernance for the supervisory board of a foundation.").format(
                version=__version__),
        )
