"""The klokkenluiders tab: meldingen with their two clocks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from swtgov import display
from swtgov.domain.confidential.figures import (
    DeadlineRow,
    deadline_row,
    whistleblower_figures,
)
from swtgov.domain.confidential.model import WhistleblowerReport
from swtgov.services.confidential import registers as service
from swtgov.ui.confidential import dialogs
from swtgov.ui.confidential.view import (
    DUE,
    OVERDUE,
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


@dataclass(frozen=True)
class Row:
    """A melding and its deadlines as of the peildatum."""

    report: WhistleblowerReport
    deadlines: DeadlineRow
    as_of: dt.date

    def colour(self, met: bool | None, deadline: dt.date) -> str | None:
        if self.report.is_closed or met is True:
            return None
        if met is False:
            return OVERDUE
        return DUE if (deadline - self.as_of).days <= 31 else None


class WhistleblowerTab(QWidget):
    """Klokkenluidersmeldingen: received, acknowledged within 7 days, feedback within 3 months."""

    report_kind = "klokkenluiders"
    import_kind = "klokkenluidersmeldingen"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.read_only = False
        self.has_registers = False
        self._sized = False
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

        def day(value: dt.date | None) -> str:
            return display.short_date(value, "—")

        extended = self.tr(" (extended)")
        columns: list[ColumnDef[Row]] = [
            ColumnDef(self.tr("Received"), lambda r: day(r.report.received_on), sort=lambda r: r.report.received_on),
            ColumnDef(self.tr("Channel"), lambda r: r.report.channel or ""),
            ColumnDef(self.tr("Subject"), lambda r: r.report.subject),
            ColumnDef(self.tr("Acknowledge by"), lambda r: day(r.deadlines.ack_deadline),
                      sort=lambda r: r.deadlines.ack_deadline,
                      background=lambda r: r.colour(r.deadlines.ack_met, r.deadlines.ack_deadline)),
            ColumnDef(self.tr("Acknowledged"), lambda r: day(r.report.acknowledged_on),
                      sort=lambda r: r.report.acknowledged_on or dt.date.min),
            ColumnDef(self.tr("Feedback by"),
                      lambda r: day(r.deadlines.feedback_deadline) + (extended if r.deadlines.extended else ""),
                      sort=lambda r: r.deadlines.feedback_deadline,
                      background=lambda r: r.colour(r.deadlines.feedback_met, r.deadlines.feedback_deadline)),
            ColumnDef(self.tr("Feedback given"), lambda r: day(r.report.feedback_on),
                      sort=lambda r: r.report.feedback_on or dt.date.min),
            ColumnDef(self.tr("Status"), lambda r: r.report.status),
        ]  # fmt: skip
        self.model: RecordTableModel[Row] = RecordTableModel(columns, self)
        self.table, self.proxy = register_table(self.model, self, edit=self.edit, delete=self.delete, new=self.new)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.report_button)
        note = QLabel(self.tr("The register never holds who reported. Signals and the RvT's figures name only "
                              "the date and the deadline, never the subject."))  # fmt: skip
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
            self.tr("No whistleblower reports yet. Add one, or import them from Excel "
                    "(the register never holds who reported)."),
            self.tr("New report…"), self.new, self.tr("Import from Excel…"), self.import_file)  # fmt: skip
        self.stack = EmptyStack(content, self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

    def refresh(self) -> None:
        """Reload the meldingen with their deadlines as of the peildatum."""
        gf = self.session.gf
        self.has_registers = gf is not None and service.has_registers(gf.db)
        reports = service.load_whistleblower(gf.db) if gf is not None else []
        as_of = self.session.as_of
        chosen = current_record(self.table)
        rows = [Row(r, deadline_row(r, as_of), as_of) for r in reports]
        self.model.set_records(sorted(rows, key=lambda r: (r.report.received_on, r.report.id or 0), reverse=True))
        figures = whistleblower_figures(reports, as_of.year, as_of)
        verdict = self.tr("every deadline met") if figures.all_deadlines_met else self.tr("not every deadline met")
        self.summary.setText(self.tr("{year}: {comparison}; {verdict}.").format(
            year=as_of.year, comparison=figures.comparison, verdict=verdict))
        self.new_button.setEnabled(self.has_registers and not self.read_only)
        self.stack.set_empty(gf is not None and not reports)
        if reports and not self._sized:
            self._sized = True
            size_register_columns(self.table)
        if chosen is not None:
            self.select(chosen.report.id)

    def select(self, report_id: int | None) -> bool:
        return select_where(self.table, self.proxy, self.model, lambda r: r.report.id == report_id)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.setVisible(not read_only)
        self.empty.set_read_only(read_only, self.tr("This file is read-only: nothing can be added here."))

    def _save(self, report: WhistleblowerReport | None) -> None:
        dialog = dialogs.WhistleblowerDialog(report, self.session.as_of, self)
        saved: list[int] = []
        def submit() -> None:
            record = dialog.record()
            saved.append(self.session.perform(self.tr("Whistleblower report"), lambda audit: service.save_whistleblower(audit, record)))

        dialog.submit = submit
        if dialog.exec() and saved:
            self.select(saved[0])

    def new(self) -> None:
        if not self.read_only and self.has_registers:
            self._save(None)

    def edit(self) -> None:
        chosen: Row | None = current_record(self.table)
        if chosen is not None and not self.read_only:
            self._save(chosen.report)

    def delete(self) -> None:
        chosen: Row | None = current_record(self.table)
        if chosen is None or self.read_only or chosen.report.id is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete report"), self.tr(
            "Delete the report received on {date}? Undo brings it back.").format(
                date=display.date(chosen.report.received_on)))  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            report_id = chosen.report.id
            self.session.perform(self.tr("Delete report"), lambda audit: service.delete_whistleblower(audit, report_id))

    def import_file(self) -> None:
        """Open the import dialog on this register (from the empty state)."""
        if not self.read_only:
            open_import(self.session, self, self.import_kind)

    def report(self) -> None:
        from swtgov.ui.dialogs.report import ReportDialog

        if self.session.gf is not None:
            ReportDialog(self.session, self, kind=self.report_kind).exec()
