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
from swtgov.resources import resource_path
from swtgov.services import areas
from swtgov.services.transfer import ImportSummary, reads_own_file, run_export, run_import
from swtgov.ui import preferences, style
from swtgov.ui.errors import show_error
from swtgov.ui.icons import icon
from swtgov.ui.session import Session
from swtgov.ui.worker import Task

SPREADSHEETS = "Spreadsheets (*.xlsx *.csv)"
AUDITFILES = "Auditfile (*.xaf *.xml)"
TEMPLATES = resource_path("templates")


def template_path(kind: str) -> Path | None:
    """The shipped template of an import kind (columns, one example row, explanations)."""
    path = TEMPLATES / f"{kind}.xlsx"
    return path if path.exists() else None


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
        self.template_button = QPushButton(icon("export"), self.tr("Save template…"))
        self.template_button.setToolTip(self.tr("An Excel file with the right columns, one example row "
                                                "and a second sheet that explains each column"))
        self.template_button.clicked.connect(self.save_template)
        self.template_note = style.hint(self.tr("No file yet? Start from the template."))
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_note, 1)
        template_row.addWidget(self.template_button)
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow("", template_row)
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
        self.kind.currentIndexChanged.connect(lambda _i: self._update_template())
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result, 1)
        layout.addWidget(self.buttons)
        self.task: Task | None = None
        self.summary: ImportSummary | None = None
        self._update_template()

    def _update_template(self) -> None:
        """A template where the kind has one; the file hint says what the kind reads."""
        has = template_path(str(self.kind.currentData())) is not None
        self.template_button.setEnabled(has)
        self.template_note.setVisible(has)
        if reads_own_file(areas.import_kinds()[str(self.kind.currentData())]):
            self.source.setPlaceholderText(self.tr("Choose the auditfile (.xaf) your accounting package exported"))
        else:
            self.source.setPlaceholderText(self.tr("Choose an .xlsx or .csv file"))

    def save_template(self, target: str | None = None) -> Path | None:
        """Save a copy of the kind's template where the user wants it, and open it."""
        import shutil

        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        kind = str(self.kind.currentData())
        template = template_path(kind)
        if template is None:
            return None
        if target is None:
            target = preferences.save_file_name(self, self.tr("Save template"), "spreadsheet",
                                                f"{kind}-sjabloon.xlsx", "Excel (*.xlsx)")
        if not target:
            return None
        try:
            shutil.copyfile(template, target)
        except OSError as exc:
            from swtgov.errors import os_error_text

            show_error(self, SwtgovError(self.tr("The template cannot be saved: {reason}.").format(
                reason=os_error_text(exc))))
            return None
        if not self.source.text().strip():
            self.source.setText(str(target))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        return Path(target)

    def _browse(self) -> None:
        """Offer the files the chosen kind reads: spreadsheets, or an XAF auditfile."""
        if reads_own_file(areas.import_kinds()[str(self.kind.currentData())]):
            name = preferences.open_file_name(self, self.tr("Choose auditfile"), "auditfile", AUDITFILES)
        else:
            name = preferences.open_file_name(self, self.tr("Choose spreadsheet"), "spreadsheet", SPREADSHEETS)
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


class ExportDialog(QDialog):
    """Bestand › Exporteren: what to export and where to, in one dialog."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Export to a spreadsheet"))
        self.setMinimumWidth(560)
        self.kind = QComboBox()
        for name, spec in areas.import_kinds().items():
            if not reads_own_file(spec):  # an import-only kind (an auditfile) has no export
                self.kind.addItem(spec.label, name)
        self.target = QLineEdit()
        self._typed = False
        self.target.textEdited.connect(lambda _t: setattr(self, "_typed", True))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.target, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("What:"), self.kind)
        form.addRow(self.tr("To file:"), row)
        note = style.hint(self.tr("An .xlsx or .csv file with exactly the columns the import reads: "
                                  "change it in Excel and import it again."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(style.GAP)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self._suggest())
        self._suggest()
        self.count = 0

    def _suggest(self) -> None:
        if not self._typed:
            self.target.setText(preferences.suggested("spreadsheet", f"{self.kind.currentData()}.xlsx"))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.target.text(), SPREADSHEETS)
        if chosen:
            self._typed = True
            self.target.setText(chosen)

    def export(self) -> None:
        """Write the file; a known error is shown and the dialog stays open."""
        gf = self.session.gf
        target = self.target.text().strip()
        if gf is None or not target:
            return
        try:
            self.count = run_export(gf, str(self.kind.currentData()), Path(target))
        except SwtgovError as exc:
            show_error(self, exc)
            return
        preferences.remember_folder("spreadsheet", target)
        from swtgov import display

        rows = display.plural(self.count, self.tr("row"), self.tr("rows"))
        QMessageBox.information(self, self.tr("Export"), self.tr("{rows} exported to {path}.").format(
            rows=rows, path=target))
        self.accept()


def export_interactively(session: Session, parent: QWidget) -> None:
    """Bestand › Exporteren: the export dialog."""
    if session.gf is None or not areas.import_kinds():
        return
    ExportDialog(session, parent).exec()
