"""Vergaderingen: the year's meetings by body, and per meeting its agenda, attendance and minutes;
the besluitenregister and the actielijst across meetings.

Every change runs through ``session.perform`` (one undoable, audited step); the page
refreshes on ``session.changed``. A meeting whose minutes are vastgesteld is shown
read-only under a banner; the store refuses changes to it in any case.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from swtgov import display
from swtgov.domain.meetings import rules
from swtgov.domain.meetings.model import Meeting, MeetingRecord
from swtgov.domain.signals import ItemRef
from swtgov.errors import SwtgovError
from swtgov.services.areas import area_named
from swtgov.services.meetings import minutes, view
from swtgov.ui import errors, style
from swtgov.ui.flow import FlowLayout
from swtgov.ui.meetings.agenda import AgendaTab
from swtgov.ui.meetings.attendance import AttendanceTab
from swtgov.ui.meetings.common import BANNER_STYLE, MUTED_STYLE, plain_table
from swtgov.ui.meetings.dialogs import DateDialog, MeetingDialog
from swtgov.ui.meetings.minutes_tab import MinutesTab
from swtgov.ui.meetings.outputs import OutputButtons
from swtgov.ui.meetings.registers import ActionList, DecisionRegister
from swtgov.ui.models import RECORD_ROLE, ColumnDef, RecordTableModel
from swtgov.ui.session import Session

ALL = None


class MeetingsPage(QWidget):
    """The secretary's page for meetings, agendas, minutes and action items."""

    key = "vergaderingen"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.meetings: list[Meeting] = []
        self.record: MeetingRecord | None = None
        self.read_only = False
        self._dirty = True
        self._year_set = False
        self._build()
        session.changed.connect(self._data_changed)
        session.as_of_changed.connect(self._data_changed)

    def title(self) -> str:
        """The area's title, as the navigation shows it."""
        return area_named(self.key).title

    # --- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        heading = QLabel(self.tr("Meetings"))
        heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setPrefix(self.tr("Year "))
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.body_filter = QComboBox()
        self.body_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.body_filter.currentIndexChanged.connect(lambda _i: self._show_meetings())
        self.new_button = QPushButton(self.tr("New meeting…"))
        self.new_button.clicked.connect(self.new_meeting)
        self.outputs = OutputButtons(self)
        top = FlowLayout()  # wraps onto a second line in a narrow window (1024×600)
        top.addWidget(self.year)
        top.addWidget(self.body_filter)
        top.addWidget(self.new_button)
        top.addWidget(self.outputs.year_buttons())

        self.model: RecordTableModel[Meeting] = RecordTableModel([
            ColumnDef(self.tr("Date"), lambda m: display.date(m.date), lambda m: m.date),
            ColumnDef(self.tr("Body"), lambda m: m.body.short),
            ColumnDef(self.tr("Minutes"), lambda m: self.tr("approved") if m.is_approved else self.tr("draft")),
        ], self)
        self.table = plain_table(QTableView())
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumWidth(260)
        # the date column fits the longest Dutch date ("30 september 2026") whole
        longest_date = self.table.fontMetrics().horizontalAdvance(display.date(dt.date(2026, 9, 30))) + 16
        for column, width in ((0, max(128, longest_date)), (2, 86)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._meeting_changed())
        self.year_note = QLabel()
        self.year_note.setStyleSheet(MUTED_STYLE)
        self.year_note.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.year_note)

        self.header = QLabel()
        self.header.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.header.setWordWrap(True)
        self.details = QLabel()
        self.details.setStyleSheet(MUTED_STYLE)
        self.details.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.meeting_button = QPushButton(self.tr("Meeting"))
        menu = QMenu(self.meeting_button)
        self.edit_action = menu.addAction(self.tr("Edit…"))
        self.edit_action.triggered.connect(self.edit_meeting)
        self.delete_action = menu.addAction(self.tr("Delete…"))
        self.delete_action.triggered.connect(self.delete_meeting)
        self.meeting_button.setMenu(menu)
        self.approve_button = QPushButton(self.tr("Approve minutes…"))
        self.approve_button.setToolTip(self.tr("Vaststellen: afterwards nothing in this meeting changes"))
        self.approve_button.clicked.connect(lambda: self.approve())
        buttons = FlowLayout()
        buttons.addWidget(self.outputs.meeting_buttons())
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.meeting_button)

        self.agenda = AgendaTab(self.session)
        self.attendance = AttendanceTab(self.session)
        self.minutes = MinutesTab(self.session)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.agenda, self.tr("Agenda"))
        self.tabs.addTab(self.attendance, self.tr("Attendance"))
        self.tabs.addTab(self.minutes, self.tr("Minutes"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.header)
        right_layout.addWidget(self.details)
        right_layout.addWidget(self.banner)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.tabs, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        # at 1024×600 the meeting's panel scrolls instead of squeezing the agenda to one row
        split.addWidget(style.tall(right, 520))
        split.setStretchFactor(1, 1)
        split.setSizes([390, 760])
        year_view = QWidget()
        year_layout = QVBoxLayout(year_view)
        year_layout.setContentsMargins(4, 4, 4, 4)
        year_layout.addLayout(top)
        year_layout.addWidget(split, 1)

        self.decisions = DecisionRegister(self.session)
        self.decisions.open_meeting.connect(self.select_meeting)
        self.actions = ActionList(self.session)
        self.actions.open_meeting.connect(self.select_meeting)
        self.views = QTabWidget()
        self.views.addTab(year_view, self.tr("Meetings"))
        self.views.addTab(self.decisions, self.tr("Decision register"))
        self.views.addTab(self.actions, self.tr("Action list"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.views, 1)

    # --- data ---------------------------------------------------------------------------

    def _data_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if self._dirty:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Reload the year's meetings, the chosen meeting and the registers."""
        self._dirty = False
        if not self._year_set:
            self._year_set = True
            self.year.blockSignals(True)
            self.year.setValue(self.session.as_of.year)
            self.year.blockSignals(False)
        gf = self.session.gf
        self.meetings = view.meetings(gf.db, year=self.year.value()) if gf is not None else []
        current = self.body_filter.currentData()
        self.body_filter.blockSignals(True)
        self.body_filter.clear()
        self.body_filter.addItem(self.tr("All bodies"), ALL)
        if gf is not None:
            for body in view.bodies(gf.db):
                self.body_filter.addItem(body.short, body.key)
        self.body_filter.setCurrentIndex(max(0, self.body_filter.findData(current)))
        self.body_filter.blockSignals(False)
        self._show_meetings()
        self.decisions.refresh()
        self.actions.refresh()

    def _show_meetings(self) -> None:
        chosen = self.record.meeting.id if self.record else None
        body = self.body_filter.currentData()
        shown = [m for m in self.meetings if body is None or m.body.key == body]
        self.model.set_records(shown)
        counts: dict[str, int] = {}
        for meeting in shown:
            counts[meeting.body.short] = counts.get(meeting.body.short, 0) + 1
        self.year_note.setText(", ".join(f"{name}: {n}" for name, n in counts.items()) or
                               self.tr("No meetings planned in {year}.").format(year=self.year.value()))
        ids = [m.id for m in shown]
        if chosen in ids:
            row = ids.index(chosen)
        else:
            upcoming = [i for i, m in enumerate(shown) if m.date >= self.session.as_of]
            row = upcoming[0] if upcoming else len(shown) - 1
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._meeting_changed()

    def current_meeting(self) -> Meeting | None:
        index = self.table.currentIndex()
        value = index.data(RECORD_ROLE) if index.isValid() else None
        return value if isinstance(value, Meeting) else None

    def _meeting_changed(self) -> None:
        meeting = self.current_meeting()
        gf = self.session.gf
        self.record = view.meeting_record(gf.db, meeting.id) if meeting and gf else None  # type: ignore[arg-type]
        record = self.record
        if record is None:
            self.header.setText(self.tr("No meeting chosen"))
            self.details.clear()
            self.banner.hide()
        else:
            m = record.meeting
            when = display.date(m.date)
            if m.start:
                when += f", {rules.show_time(m.start)}" + (f"–{rules.show_time(m.end)}" if m.end else "")
            self.header.setText(f"{m.body.name} · {when}")
            parts = [m.location or self.tr("no location yet")]
            parts.append(self.tr("pack sent on {date}").format(date=display.date(m.pack_sent_on))
                         if m.pack_sent_on else self.tr("pack not sent"))
            if gf is not None and m.date >= self.session.as_of and not m.pack_sent_on:
                parts.append(self.tr("convocation with the agenda by {date}").format(
                    date=display.date(view.convocation_deadline(gf.db, m))))
            if m.minutes_sent_on:
                parts.append(self.tr("minutes sent on {date}").format(date=display.date(m.minutes_sent_on)))
            self.details.setText(" · ".join(parts))
            if m.is_approved:
                self.banner.setText(self.tr("The minutes were approved on {date}: nothing in this meeting can be "
                                            "changed any more.").format(date=display.date(m.approved_on)))
            self.banner.setVisible(m.is_approved)
        for tab in (self.agenda, self.attendance, self.minutes):
            tab.show_record(record)
        self.outputs.set_record(record)
        self._update_actions()

    def _update_actions(self) -> None:
        meeting = self.record.meeting if self.record else None
        editable = not self.read_only and meeting is not None and not meeting.is_approved
        self.new_button.setVisible(not self.read_only)
        self.edit_action.setEnabled(editable)
        self.delete_action.setEnabled(editable)
        self.approve_button.setEnabled(editable and meeting is not None and meeting.date <= self.session.as_of)
        for widget in (self.meeting_button, self.approve_button):
            widget.setVisible(not self.read_only)

    def select_meeting(self, meeting_id: int) -> bool:
        """Show a meeting (switching year and body filter when needed)."""
        gf = self.session.gf
        if gf is None:
            return False
        try:
            meeting = view.meeting(gf.db, meeting_id)
        except SwtgovError:
            return False
        self.views.setCurrentIndex(0)
        if meeting.date.year != self.year.value():
            self.year.setValue(meeting.date.year)
        if self.body_filter.currentData() not in (None, meeting.body.key):
            self.body_filter.setCurrentIndex(0)
        for row in range(self.model.rowCount()):
            if self.model.record(row).id == meeting_id:
                self.table.setCurrentIndex(self.model.index(row, 0))
                return True
        return False

    def show_item(self, ref: ItemRef) -> None:
        """Open what a signal is about: a meeting, or an action item in the action list."""
        if self._dirty:
            self.refresh()
        if ref.kind == "meeting" and ref.id is not None:
            self.select_meeting(ref.id)
        elif ref.kind == "action":
            self.views.setCurrentWidget(self.actions)
            self.actions.extra_filter.setCurrentIndex(self.actions.extra_filter.findData("overdue"))

    # --- actions ------------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        """A file opened read-only (or a leesversie): no edit action anywhere."""
        self.read_only = read_only
        for tab in (self.agenda, self.attendance, self.minutes):
            tab.set_read_only(read_only)
        self.actions.set_read_only(read_only)
        self.outputs.set_read_only(read_only)
        self._update_actions()

    def _perform(self, text: str, change: object) -> object:
        try:
            return self.session.perform(text, change)  # type: ignore[arg-type]
        except SwtgovError as exc:
            errors.show_error(self, exc)
            return None

    def new_meeting(self) -> None:
        gf = self.session.gf
        if self.read_only or gf is None:
            return
        day = max(self.session.as_of, dt.date(self.year.value(), 1, 1))
        dialog = MeetingDialog(view.bodies(gf.db), day, parent=self)
        if not dialog.exec():
            return
        v = dialog.values()
        meeting_id = self._perform(self.tr("New meeting"), lambda audit: minutes.plan_meeting(
            audit, v["body"], v["date"], start=v["start"], end=v["end"], location=v["location"],  # type: ignore[arg-type]
            standard_items=bool(v["standard_items"])))
        if isinstance(meeting_id, int):
            self.select_meeting(meeting_id)

    def edit_meeting(self) -> None:
        gf = self.session.gf
        if self.record is None or self.read_only or gf is None:
            return
        meeting = self.record.meeting
        dialog = MeetingDialog(view.bodies(gf.db), meeting.date, meeting, self)
        if not dialog.exec():
            return
        v = dialog.values()
        self._perform(self.tr("Edit meeting"), lambda audit: minutes.update_meeting(
            audit, meeting.id, body=v["body"], date=v["date"], start=v["start"], end=v["end"],  # type: ignore[arg-type]
            location=v["location"]))
        self.select_meeting(meeting.id)  # type: ignore[arg-type]

    def delete_meeting(self) -> None:
        if self.record is None or self.read_only:
            return
        meeting = self.record.meeting
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(self, self.tr("Delete meeting"), self.tr(
            "Delete the meeting of {body} on {date} with its agenda, documents and minutes?").format(
                body=meeting.body.short, date=display.date(meeting.date)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._perform(self.tr("Delete meeting"), lambda audit: minutes.delete_meeting(audit, meeting.id))  # type: ignore[arg-type]

    def approve(self, on: dt.date | None = None) -> None:
        """Vaststellen: asks the date (default: the body's next meeting that took place, else today)."""
        gf = self.session.gf
        if self.record is None or self.read_only or gf is None:
            return
        meeting = self.record.meeting
        if on is None:
            following = view.next_meeting(gf.db, meeting)
            default = following.date if following and following.date <= self.session.as_of else self.session.as_of
            dialog = DateDialog(self.tr("Approve minutes"), self.tr(
                "Approve (vaststellen) the minutes of {body} on {date}. Afterwards nothing in this meeting can be "
                "changed. Approved on:").format(body=meeting.body.short, date=display.date(meeting.date)),
                default, self)
            if not dialog.exec():
                return
            on = dialog.value()
        day = on
        self._perform(self.tr("Approve minutes"), lambda audit: minutes.approve_minutes(audit, meeting.id, day))  # type: ignore[arg-type]
