"""The vertrouwenspersoon tab: anonymous meldingen and this year's figures."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from swtgov import display
from swtgov.domain.confidential.figures import counsellor_figures
from swtgov.domain.confidential.model import CounsellorReport
from swtgov.services.confidential import registers as service
from swtgov.ui.confidential import dialogs
from swtgov.ui.confidential.view import (
    current_record,
    empty_state,
    open_import,
    register_table,
    select_where,
    size_register_columns,
)
from swtgov.ui.emptystate import EmptyStack
from swtgov.ui.models import ColumnDef, RecordTableModel
from swtgov.ui.session import Session


class CounsellorTab(QWidget):
    """Meldingen bij de vertrouwenspersoon: date, categories, consultations, outcome."""

    report_kind = "vertrouwenspersoon"
    import_kind = "vertrouwensmeldingen"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.read_only = False
        self.has_registers = False
        self._sized = False
        self.categories: list[str] = []
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New report…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.report_button = QPushButton(self.tr("Annual figures…"))
        self.new_button.clicked.connect(self.new)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.report_button.clicked.connect(self.report)
        columns: list[ColumnDef[CounsellorReport]] = [
            ColumnDef(self.tr("Date"), lambda r: display.date(r.reported_on), sort=lambda r: r.reported_on),
            ColumnDef(self.tr("Categories"), lambda r: ", ".join(r.categories)),
            ColumnDef(self.tr("Consultations"), lambda r: str(r.consultations), sort=lambda r: r.consultations,
                      align_right=True),  # fmt: skip
            ColumnDef(self.tr("Outcome"), lambda r: r.outcome or self.tr("still running")),
        ]
        self.model: RecordTableModel[CounsellorReport] = RecordTableModel(columns, self)
        self.table, self.proxy = register_table(self.model, self, edit=self.edit, delete=self.delete, new=self.new)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.report_button)
        note = QLabel(self.tr("Anonymous by design: no names and no free text. The RvT sees only the figures, "
                              "with counts below the threshold shown as \u201c< 5\u201d."))  # fmt: skip
        note.setWordWrap(True)
        note.setStyleSheet("color: #5b6472;")
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.summary)
        inner.addLayout(buttons)
        inner.addWidget(self.table, 1)
        inner.addWidget(note)
        self.empty = empty_state(
            self.tr("No reports to the confidential counsellor yet. Add one, or import them from Excel "
                    "(date, categories, consultations, outcome: never a name)."),
            self.tr("New report…"), self.new, self.tr("Import from Excel…"), self.import_file)  # fmt: skip
        self.stack = EmptyStack(content, self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

    def refresh(self) -> None:
        """Reload the meldingen and the figures of the peildatum's year."""
        gf = self.session.gf
        self.has_registers = gf is not None and service.has_registers(gf.db)
        reports = service.load_counsellor(gf.db) if gf is not None else []
        self.categories = service.categories(gf.db) if gf is not None else []
        chosen = current_record(self.table)
        self.model.set_records(sorted(reports, key=lambda r: (r.reported_on, r.id or 0), reverse=True))
        year = self.session.as_of.year
        figures = counsellor_figures(reports, year, self.categories)
        self.summary.setText(self.tr("{year}: {comparison}; {consultations} consultations.").format(
            year=year, comparison=figures.comparison, consultations=figures.consultations))
        self.new_button.setEnabled(self.has_registers and not self.read_only)
        self.stack.set_empty(gf is not None and not reports)
        if reports and not self._sized:
            self._sized = True
            size_register_columns(self.table, maximum=330)
        if chosen is not None:
            self.select(chosen.id)

    def select(self, report_id: int | None) -> bool:
        return select_where(self.table, self.proxy, self.model, lambda r: r.id == report_id)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.setVisible(not read_only)
        self.empty.set_read_only(read_only, self.tr("This file is read-only: nothing can be added here."))

    def _save(self, report: CounsellorReport | None) -> None:
        dialog = dialogs.CounsellorDialog(self.categories, report, self.session.as_of, self)
        saved: list[int] = []
        def submit() -> None:
            record = dialog.record()
            saved.append(self.session.perform(self.tr("Confidential counsellor report"), lambda audit: service.save_counsellor(audit, record)))

        dialog.submit = submit
        if dialog.exec() and saved:
            self.select(saved[0])

    def new(self) -> None:
        if not self.read_only and self.has_registers:
            self._save(None)

    def edit(self) -> None:
        chosen = current_record(self.table)
        if chosen is not None and not self.read_only:
            self._save(chosen)

    def delete(self) -> None:
        chosen: CounsellorReport | None = current_record(self.table)
        if chosen is None or self.read_only or chosen.id is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete report"), self.tr(
            "Delete the report of {date}? Undo brings it back.").format(date=display.date(chosen.reported_on)))
        if answer == QMessageBox.StandardButton.Yes:
            report_id = chosen.id
            self.session.perform(self.tr("Delete report"), lambda audit: service.delete_counsellor(audit, report_id))

    def import_file(self) -> None:
        """Open the import dialog on this register (from the empty state)."""
        if not self.read_only:
            open_import(self.session, self, self.import_kind)

    def report(self) -> None:
        from swtgov.ui.dialogs.report import ReportDialog

        if self.session.gf is not None:
            ReportDialog(self.session, self, kind=self.report_kind).exec()
