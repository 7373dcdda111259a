"""The datalekken tab: every breach, and the 72-hour countdown while a decision is due.

The countdown runs against the clock when the peildatum is today, and against the
end of the peildatum otherwise (as the signals do); it is refreshed every
30 seconds.
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from swtgov import display
from swtgov.domain.confidential import clocks
from swtgov.domain.confidential.figures import breach_figures
from swtgov.domain.confidential.model import DataBreach
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

COUNTDOWN_COLUMN = 4


def short_moment(moment: dt.datetime) -> str:
    """``21 nov 2026 10:30`` in Amsterdam time: for the narrow Ontdekt column."""
    local = clocks.local_moment(moment)
    return f"{display.short_date(local.date())} {local:%H:%M}"
TICK_MS = 30_000


class BreachTab(QWidget):
    """Datalekken: what happened, and whether the AP was notified within 72 hours."""

    report_kind = "datalekken"
    import_kind = "datalekken"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.read_only = False
        self.has_registers = False
        self._sized = False
        self.now = service.now_for(session.as_of)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.countdown = QLabel()
        self.countdown.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New data breach…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.report_button = QPushButton(self.tr("Register report…"))
        self.new_button.clicked.connect(self.new)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.report_button.clicked.connect(self.report)
        columns: list[ColumnDef[DataBreach]] = [
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
        self.model: RecordTableModel[DataBreach] = RecordTableModel(columns, self)
        self.table, self.proxy = register_table(self.model, self, edit=self.edit, delete=self.delete, new=self.new)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.report_button)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.summary)
        inner.addWidget(self.countdown)
        inner.addLayout(buttons)
        inner.addWidget(self.table, 1)
        self.empty = empty_state(
            self.tr("No data breaches registered. Every breach belongs here, notified to the Autoriteit "
                    "Persoonsgegevens or not."),
            self.tr("New data breach…"), self.new, self.tr("Import from Excel…"), self.import_file)  # fmt: skip
        self.stack = EmptyStack(content, self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

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

    def refresh(self) -> None:
        """Reload the register and the countdown."""
        gf = self.session.gf
        self.has_registers = gf is not None and service.has_registers(gf.db)
        breaches = service.load_breaches(gf.db) if gf is not None else []
        chosen = current_record(self.table)
        self.now = service.now_for(self.session.as_of)
        self.model.set_records(sorted(breaches, key=lambda b: clocks.utc(b.discovered_at), reverse=True))
        figures = breach_figures(breaches, self.session.as_of.year, self.session.as_of)
        self.summary.setText(figures.summary)
        self.new_button.setEnabled(self.has_registers and not self.read_only)
        self.stack.set_empty(gf is not None and not breaches)
        self.tick()
        if breaches and not self._sized:
            self._sized = True
            size_register_columns(self.table, maximum=240)
        if chosen is not None:
            self.select(chosen.id)

    def select(self, breach_id: int | None) -> bool:
        return select_where(self.table, self.proxy, self.model, lambda b: b.id == breach_id)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.setVisible(not read_only)
        self.empty.set_read_only(read_only, self.tr("This file is read-only: nothing can be added here."))

    def _save(self, breach: DataBreach | None) -> None:
        dialog = dialogs.BreachDialog(breach, clocks.local_moment(dt.datetime.now().astimezone()), self)
        saved: list[int] = []
        def submit() -> None:
            record = dialog.record()
            saved.append(self.session.perform(self.tr("Data breach"), lambda audit: service.save_breach(audit, record)))

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
        chosen: DataBreach | None = current_record(self.table)
        if chosen is None or self.read_only or chosen.id is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete data breach"), self.tr(
            "Delete the data breach of {date}? Every breach belongs in the register; undo brings it back.").format(
                date=display.date(chosen.discovered_on)))  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            breach_id = chosen.id
            self.session.perform(self.tr("Delete data breach"), lambda audit: service.delete_breach(audit, breach_id))

    def import_file(self) -> None:
        """Open the import dialog on this register (from the empty state)."""
        if not self.read_only:
            open_import(self.session, self, self.import_kind)

    def report(self) -> None:
        from swtgov.ui.dialogs.report import ReportDialog

        if self.session.gf is not None:
            ReportDialog(self.session, self, kind=self.report_kind).exec()
