"""Bestand › Rapport maken: choose a report, a peildatum and where to save it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from swtgov.services.areas import report_kinds
from swtgov.services.reports import build_report
from swtgov.ui.preferences import save_file_name
from swtgov.ui.session import Session
from swtgov.ui.widgets import date_edit, from_qdate
from swtgov.ui.worker import Task

#: the options this dialog can ask for; a report that requires another one (a meeting's
#: notulen) is made from its own page
DIALOG_OPTIONS = frozenset({"public", "year", "quarter"})


class ReportDialog(QDialog):
    """Builds a PDF in a worker, then offers to open it."""

    def __init__(self, session: Session, parent: QWidget | None = None, kind: str | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Make report"))
        self.kind = QComboBox()
        self.reports = {name: report for name, report in report_kinds().items()
                        if report.required <= DIALOG_OPTIONS}
        for name, report in self.reports.items():
            self.kind.addItem(report.title, name)
        if kind is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.date = date_edit(session.as_of)
        self.public = QCheckBox(self.tr("Public version (without signals, for the website)"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(session.as_of.year)
        self.quarter = QComboBox()
        self.quarter.addItem(self.tr("Whole year so far"), None)
        for number in range(1, 5):
            self.quarter.addItem(self.tr("Quarter {n}").format(n=number), number)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.form = form = QFormLayout()
        form.addRow(self.tr("Report:"), self.kind)
        form.addRow(self.tr("As of:"), self.date)
        form.addRow(self.tr("Year:"), self.year)
        form.addRow(self.tr("Quarter:"), self.quarter)
        form.addRow("", self.public)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.make)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.task: Task | None = None
        self._kind_changed()

    def _kind_changed(self) -> None:
        """Offer only the options the chosen report has."""
        options = self.reports[str(self.kind.currentData())].options
        for name, widget in (("public", self.public), ("year", self.year), ("quarter", self.quarter)):
            self.form.setRowVisible(widget, name in options)

    def make(self) -> None:
        gf = self.session.gf
        if gf is None:
            return
        kind = str(self.kind.currentData())
        as_of = from_qdate(self.date.date())
        suggested = f"{kind}-{as_of.isoformat()}.pdf"
        name = save_file_name(self, self.tr("Save report"), "report", suggested, "PDF (*.pdf)")
        if not name:
            return
        target = Path(name)
        offered = self.reports[kind].options
        choices = {"public": self.public.isChecked(), "year": self.year.value(), "quarter": self.quarter.currentData()}
        options = {name: value for name, value in choices.items() if name in offered}
        self.task = Task(
            self, self.tr("Making the report…"),
            lambda _progress: build_report(gf.db, kind, target, as_of=as_of, **options),
        )
        self.task.finished.connect(lambda _result, error: self._done(target, error))
        self.task.start()

    def _done(self, target: Path, error: BaseException | None) -> None:
        from swtgov.errors import SwtgovError
        from swtgov.ui.errors import show_error

        self.task = None
        if isinstance(error, SwtgovError):
            show_error(self, error)
            return
        if error is not None:
            raise error
        answer = QMessageBox.question(
            self, self.tr("Report ready"), self.tr("The report was saved as {path}. Open it now?").format(path=target)
        )
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        self.accept()
