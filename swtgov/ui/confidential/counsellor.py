"""The vertrouwenspersoon tab: anonymous meldingen and this year's figures."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from swtgov import display
from swtgov.domain.confidential.figures import counsellor_figures
from swtgov.domain.confidential.model import CounsellorReport
from swtgov.services.confidential import registers as service
from swtgov.ui.confidential import dialogs
from swtgov.ui.confidential.register_tab import RegisterTab, RegisterTexts
from swtgov.ui.models import ColumnDef
from swtgov.ui.session import Session

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget
    from sqlite_utils import Database


class CounsellorTab(RegisterTab[CounsellorReport]):
    """Meldingen bij de vertrouwenspersoon: date, categories, consultations, outcome."""

    report_kind = "vertrouwenspersoon"
    import_kind = "vertrouwensmeldingen"
    column_maximum = 330

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        self.categories: list[str] = []
        super().__init__(session, parent)

    def texts(self) -> RegisterTexts:
        return RegisterTexts(
            new=self.tr("New report…"), edit=self.tr("Edit…"), delete=self.tr("Delete"),
            report=self.tr("Annual figures…"), import_file=self.tr("Import from Excel…"),
            empty=self.tr("No reports to the confidential counsellor yet. Add one, or import them from Excel "
                          "(date, categories, consultations, outcome: never a name)."),
            read_only=self.tr("This file is read-only: nothing can be added here."),
            save=self.tr("Confidential counsellor report"),
            note=self.tr("Anonymous by design: no names and no free text. The RvT sees only the figures, "
                         "with counts below the threshold shown as \u201c< 5\u201d."))  # fmt: skip

    def columns(self) -> list[ColumnDef[CounsellorReport]]:
        return [
            ColumnDef(self.tr("Date"), lambda r: display.date(r.reported_on), sort=lambda r: r.reported_on),
            ColumnDef(self.tr("Categories"), lambda r: ", ".join(r.categories)),
            ColumnDef(self.tr("Consultations"), lambda r: str(r.consultations), sort=lambda r: r.consultations,
                      align_right=True),
            ColumnDef(self.tr("Outcome"), lambda r: r.outcome or self.tr("still running")),
        ]  # fmt: skip

    def load(self, db: Database | None) -> bool:
        """Show the meldingen and the figures of the peildatum's year."""
        reports = service.load_counsellor(db) if db is not None else []
        self.categories = service.categories(db) if db is not None else []
        self.model.set_records(sorted(reports, key=lambda r: (r.reported_on, r.id or 0), reverse=True))
        year = self.session.as_of.year
        figures = counsellor_figures(reports, year, self.categories)
        self.summary.setText(self.tr("{year}: {comparison}; {consultations} consultations.").format(
            year=year, comparison=figures.comparison, consultations=figures.consultations))
        return bool(reports)

    def dialog_for(self, item: CounsellorReport | None) -> dialogs.CounsellorDialog:
        return dialogs.CounsellorDialog(self.categories, item, self.session.as_of, self)

    def save_record(self, audit: Any, record: CounsellorReport) -> int:
        return service.save_counsellor(audit, record)

    def delete_question(self, row: CounsellorReport) -> tuple[str, str]:
        return self.tr("Delete report"), self.tr("Delete the report of {date}? Undo brings it back.").format(
            date=display.date(row.reported_on))

    def delete_record(self, audit: Any, record_id: int) -> None:
        service.delete_counsellor(audit, record_id)
