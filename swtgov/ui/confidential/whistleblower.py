"""The klokkenluiders tab: meldingen with their two clocks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from swtgov import display
from swtgov.domain.confidential.figures import (
    DeadlineRow,
    deadline_row,
    whistleblower_figures,
)
from swtgov.domain.confidential.model import WhistleblowerReport
from swtgov.services.confidential import registers as service
from swtgov.ui.confidential import dialogs
from swtgov.ui.confidential.register_tab import RegisterTab, RegisterTexts
from swtgov.ui.confidential.view import DUE, OVERDUE
from swtgov.ui.models import ColumnDef

if TYPE_CHECKING:
    from sqlite_utils import Database


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


class WhistleblowerTab(RegisterTab[Row]):
    """Klokkenluidersmeldingen: received, acknowledged within 7 days, feedback within 3 months."""

    report_kind = "klokkenluiders"
    import_kind = "klokkenluidersmeldingen"

    def texts(self) -> RegisterTexts:
        return RegisterTexts(
            new=self.tr("New report…"), edit=self.tr("Edit…"), delete=self.tr("Delete"),
            report=self.tr("Annual figures…"), import_file=self.tr("Import from Excel…"),
            empty=self.tr("No whistleblower reports yet. Add one, or import them from Excel "
                          "(the register never holds who reported)."),
            read_only=self.tr("This file is read-only: nothing can be added here."),
            save=self.tr("Whistleblower report"),
            note=self.tr("The register never holds who reported. Signals and the RvT's figures name only "
                         "the date and the deadline, never the subject."))  # fmt: skip

    def columns(self) -> list[ColumnDef[Row]]:
        def day(value: dt.date | None) -> str:
            return display.short_date(value, "—")

        extended = self.tr(" (extended)")
        return [
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

    def load(self, db: Database | None) -> bool:
        """Show the meldingen with their deadlines as of the peildatum."""
        reports = service.load_whistleblower(db) if db is not None else []
        as_of = self.session.as_of
        rows = [Row(r, deadline_row(r, as_of), as_of) for r in reports]
        self.model.set_records(sorted(rows, key=lambda r: (r.report.received_on, r.report.id or 0), reverse=True))
        figures = whistleblower_figures(reports, as_of.year, as_of)
        verdict = self.tr("every deadline met") if figures.all_deadlines_met else self.tr("not every deadline met")
        self.summary.setText(self.tr("{year}: {comparison}; {verdict}.").format(
            year=as_of.year, comparison=figures.comparison, verdict=verdict))
        return bool(reports)

    def record_id(self, row: Row) -> int | None:
        return row.report.id

    def item(self, row: Row) -> WhistleblowerReport:
        return row.report

    def dialog_for(self, item: WhistleblowerReport | None) -> dialogs.WhistleblowerDialog:
        return dialogs.WhistleblowerDialog(item, self.session.as_of, self)

    def save_record(self, audit: Any, record: WhistleblowerReport) -> int:
        return service.save_whistleblower(audit, record)

    def delete_question(self, row: Row) -> tuple[str, str]:
        return self.tr("Delete report"), self.tr(
            "Delete the report received on {date}? Undo brings it back.").format(
                date=display.date(row.report.received_on))  # fmt: skip

    def delete_record(self, audit: Any, record_id: int) -> None:
        service.delete_whistleblower(audit, record_id)
