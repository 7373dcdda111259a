"""The datalekken tab: every breach, and the 72-hour countdown while a decision is due.

The countdown runs against the clock when the peildatum is today, and against the
end of the peildatum otherwise (as the signals do); it is refreshed every
30 seconds.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from swtgov import display
from swtgov.domain.confidential import clocks
from swtgov.domain.confidential.figures import breach_figures
from swtgov.domain.confidential.model import DataBreach
from swtgov.services.confidential import registers as service
from swtgov.ui.confidential import dialogs
from swtgov.ui.confidential.register_tab import RegisterTab, RegisterTexts
from swtgov.ui.confidential.view import DUE, OVERDUE
from swtgov.ui.models import ColumnDef
from swtgov.ui.session import Session

if TYPE_CHECKING:
    from sqlite_utils import Database

COUNTDOWN_COLUMN = 4


def short_moment(moment: dt.datetime) -> str:
    """``21 nov 2026 10:30`` in Amsterdam time: for the narrow Ontdekt column."""
    local = clocks.local_moment(moment)
    return f"{display.short_date(local.date())} {local:%H:%M}"
TICK_MS = 30_000


class BreachTab(RegisterTab[DataBreach]):
    """Datalekken: what happened, and whether the AP was notified within 72 hours."""

    report_kind = "datalekken"
    import_kind = "datalekken"
    column_maximum = 240

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        self.now = service.now_for(session.as_of)
        super().__init__(session, parent)
        self.countdown = QLabel()
        self.countdown.setWordWrap(True)
        self.content_layout.insertWidget(1, self.countdown)  # below the summary, above the buttons
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def texts(self) -> RegisterTexts:
        return RegisterTexts(
            new=self.tr("New data breach…"), edit=self.tr("Edit…"), delete=self.tr("Delete"),
            report=self.tr("Register report…"), import_file=self.tr("Import from Excel…"),
            empty=self.tr("No data breaches registered. Every breach belongs here, notified to the Autoriteit "
                          "Persoonsgegevens or not."),
            read_only=self.tr("This file is read-only: nothing can be added here."),
            save=self.tr("Data breach"))  # fmt: skip

    def columns(self) -> list[ColumnDef[DataBreach]]:
        return [
            ColumnDef(self.tr("Discovered"), lambda b: short_moment(b.discovered_at),
                      sort=lambda b: clocks.utc(b.discovered_at),
                      tooltip=lambda b: display.moment(clocks.local_moment(b.discovered_at))),
            ColumnDef(self.tr("What happened"), lambda b: " ".join(b.description.split()),
                      tooltip=lambda b: b.description),
            ColumnDef(self.tr("Cause"), lambda b: b.cause),
            ColumnDef(self.tr("People"), lambda b: display.number(b.people) if b.people is not None else "",
                      sort=lambda b: -1 if b.people is None else b.people, align_right=True),
            ColumnDef(self.tr("72-hour deadline"), self.clock_text, sort=lambda b: clocks.utc(b.discovered_at),
                      background=self.clock_colour),
            ColumnDef(self.tr("Dealt with"), lambda b: display.short_date(b.closed_on, ""),
                      sort=lambda b: b.closed_on or dt.date.min),
        ]  # fmt: skip

    # --- the clock ----------------------------------------------------------------------

    def left_text(self, breach: DataBreach) -> str:
        """``34 h 12 min left`` until the deadline (rounded down)."""
        minutes = max(0, math.floor(clocks.hours_left(breach.discovered_at, self.now) * 60))
        return self.tr("{hours} h {minutes} min left").format(hours=minutes // 60, minutes=minutes % 60)

    def clock_text(self, breach: DataBreach) -> str:
        """What the deadline column says about one breach."""
        if breach.notify_ap is None:
            if clocks.hours_left(breach.discovered_at, self.now) >= 0:
                return self.left_text(breach)
            return self.tr("overdue: no decision")
        if breach.notify_ap is False:
            return self.tr("not notified (decided)")
        if breach.notified_at is not None and clocks.notified_in_time(breach.discovered_at, breach.notified_at):
            return self.tr("notified in time")
        return self.tr("notified late, reason recorded") if breach.reason_late.strip() else self.tr("notified late")

    def clock_colour(self, breach: DataBreach) -> str | None:
        if breach.notify_ap is None:
            return DUE if clocks.hours_left(breach.discovered_at, self.now) >= 0 else OVERDUE
        late = breach.notify_ap and breach.notified_at and not clocks.notified_in_time(breach.discovered_at,
                                                                                      breach.notified_at)
        return OVERDUE if late and not breach.reason_late.strip() else None

    def running(self) -> list[DataBreach]:
        """The breaches without a decision, discovered by now: their clocks run or ran out."""
        return sorted((b for b in self.model.records() if b.notify_ap is None
                       and clocks.utc(b.discovered_at) <= clocks.utc(self.now)),
                      key=lambda b: clocks.utc(b.discovered_at))  # fmt: skip

    def tick(self) -> None:
        """Move the countdown on."""
        self.now = service.now_for(self.session.as_of)
        lines = []
        for breach in self.running():
            deadline = display.moment(clocks.breach_deadline(breach.discovered_at))
            discovered = display.date(breach.discovered_on)
            if clocks.hours_left(breach.discovered_at, self.now) >= 0:
                lines.append(self.tr("Data breach of {date}: {left} to notify the Autoriteit Persoonsgegevens "
                                     "or record the decision not to (deadline {deadline}).").format(
                    date=discovered, left=self.left_text(breach), deadline=deadline))  # fmt: skip
            else:
                lines.append(self.tr("Data breach of {date}: the 72 hours ran out at {deadline} without a "
                                     "notification or a recorded decision.").format(date=discovered, deadline=deadline))
        self.countdown.setText("\n".join(lines))
        self.countdown.setVisible(bool(lines))
        overdue = any(clocks.hours_left(b.discovered_at, self.now) < 0 for b in self.running())
        colour = OVERDUE if overdue else DUE
        self.countdown.setStyleSheet(f"background: {colour}; padding: 6px; border-radius: 3px; font-weight: 600;")
        rows = self.model.rowCount()
        if rows:
            first, last = self.model.index(0, COUNTDOWN_COLUMN), self.model.index(rows - 1, COUNTDOWN_COLUMN)
            self.model.dataChanged.emit(first, last)

    # --- data ---------------------------------------------------------------------------

    def load(self, db: Database | None) -> bool:
        """Show the register and the countdown."""
        breaches = service.load_breaches(db) if db is not None else []
        self.now = service.now_for(self.session.as_of)
        self.model.set_records(sorted(breaches, key=lambda b: clocks.utc(b.discovered_at), reverse=True))
        figures = breach_figures(breaches, self.session.as_of.year, self.session.as_of)
        self.summary.setText(figures.summary)
        self.tick()
        return bool(breaches)

    def dialog_for(self, item: DataBreach | None) -> dialogs.BreachDialog:
        return dialogs.BreachDialog(item, clocks.local_moment(dt.datetime.now().astimezone()), self)

    def save_record(self, audit: Any, record: DataBreach) -> int:
        return service.save_breach(audit, record)

    def delete_question(self, row: DataBreach) -> tuple[str, str]:
        return self.tr("Delete data breach"), self.tr(
            "Delete the data breach of {date}? Every breach belongs in the register; undo brings it back.").format(
                date=display.date(row.discovered_on))  # fmt: skip

    def delete_record(self, audit: Any, record_id: int) -> None:
        service.delete_breach(audit, record_id)
