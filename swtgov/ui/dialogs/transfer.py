"""Bestand › Importeren and Exporteren: spreadsheets of any kind."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from swtgov.errors import ImportRejected, SwtgovError
from swtgov.services import areas
from swtgov.services.transfer import ImportSummary, run_export, run_import
from swtgov.ui.errors import show_error
from swtgov.ui.session import Session
from swtgov.ui.worker import Task

SPREADSHEETS = "Spreadsheets (*.xlsx *.csv)"


class ImportDialog(QDialog):
    """Choose a kind and a file; check first, then import. All or nothing."""

    def __init__(self, session: Session, parent: QWidget | None = None, kind: str | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Import spreadsheet"))
        self.resize(680, 460)
        self.kind = QComboBox()
        for name, spec in areas.import_kinds().items():
            self.kind.addItem(spec.label, name)
        if kind is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("Choose an .xlsx or .csv file"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.source, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("File:"), row)
        self.result = QPlainTextEdit()
        self.result.setReadOnly(True)
        self.result.setPlaceholderText(
            self.tr("Press Check to see what the import would do. Nothing is saved until you press Import.")
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.check_button = self.buttons.addButton(self.tr("Check"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.check_button.clicked.connect(lambda: self.start(dry_run=True))
        self.import_button.clicked.connect(lambda: self.start(dry_run=False))
        self.buttons.rejected.connect(self.reject)
        self.source.textChanged.connect(lambda _t: self.import_button.setEnabled(False))
        self.kind.currentIndexChanged.connect(lambda _i: self.import_button.setEnabled(False))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result, 1)
        layout.addWidget(self.buttons)
        self.task: Task | None = None
        self.summary: ImportSummary | None = None

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose spreadsheet"), "", SPREADSHEETS)
        if name:
            self.source.setText(name)

    def start(self, dry_run: bool) -> None:
        """Run the check or the import in a worker with progress."""
        gf = self.session.gf
        if gf is None or not self.source.text().strip():
            return
        kind = str(self.kind.currentData())
        source = Path(self.source.text().strip())
        label = self.tr("Checking {name}…") if dry_run else self.tr("Importing {name}…")
        self.task = Task(
            self, label.format(name=source.name),
            lambda progress: run_import(gf, kind, source, dry_run=dry_run, progress=progress),
        )
        self.task.finished.connect(lambda result, error: self._finished(result, error, dry_run))
        self.check_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.task.start()

    def _finished(self, summary: ImportSummary | None, error: BaseException | None, dry_run: bool) -> None:
        self.check_button.setEnabled(True)
        self.task = None
        if isinstance(error, ImportRejected):
            self.result.setPlainText(str(error))
            return
        if isinstance(error, SwtgovError):
            self.result.setPlainText(str(error))
            return
        if error is not None:
            raise error
        assert summary is not None
        self.summary = summary
        self.result.setPlainText(summary.describe())
        if dry_run:
            self.import_button.setEnabled(not self.session.read_only)
        else:
            self.session.record(
                self.tr("Import {name}").format(name=summary.source.name), summary.steps
            )


def export_interactively(session: Session, parent: QWidget) -> None:
    """Ask for a kind and a target file, then export."""
    gf = session.gf
    kinds = areas.import_kinds()
    if gf is None or not kinds:
        return
    from PySide6.QtWidgets import QInputDialog

    labels = [k.label for k in kinds.values()]
    label, ok = QInputDialog.getItem(
        parent, QDialog.tr("Export"), QDialog.tr("What do you want to export?"), labels, 0, False
    )
    if not ok:
        return
    name = list(kinds)[labels.index(label)]
    target, _ = QFileDialog.getSaveFileName(parent, QDialog.tr("Export to"), f"{name}.xlsx", SPREADSHEETS)
    if not target:
        return
    try:
        count = run_export(gf, name, Path(target))
    except SwtgovError as exc:
        show_error(parent, exc)
        return
    QMessageBox.information(parent, QDialog.tr("Export"), QDialog.tr("{count} rows exported to {path}.").format(
        count=count, path=target))
