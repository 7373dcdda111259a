"""The Aanwezigheid tab: the body's members on the day, guests, the notulist and the live quorum."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from swtgov.domain.meetings import rules
from swtgov.domain.meetings.model import CAPACITIES, PRESENCES
from swtgov.services.meetings import minutes
from swtgov.ui.meetings.common import MeetingTab, plain_table
from swtgov.ui.meetings.dialogs import GuestDialog
from swtgov.ui.models import RECORD_ROLE, ColumnDef, RecordTableModel
from swtgov.ui.session import Session

NOT_RECORDED = ""


@dataclass(frozen=True)
class Row:
    """One person on the tab: a sitting member (recorded or not yet) or a recorded guest."""

    name: str
    capacity: str
    presence: str  # a key of PRESENCES, or NOT_RECORDED
    role: str
    is_chair: bool
    attendance_id: int | None


class AttendanceTab(MeetingTab):
    """Who was there, with the quorum shown as it stands."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.rows: list[Row] = []
        self._build()

    def _build(self) -> None:
        self.quorum_label = QLabel()
        self.quorum_label.setStyleSheet("font-weight: 600;")
        self.model: RecordTableModel[Row] = RecordTableModel([
            ColumnDef(self.tr("Name"), lambda r: r.name + (" " + self.tr("(chair)") if r.is_chair else "")),
            ColumnDef(self.tr("As"), lambda r: CAPACITIES.get(r.capacity, r.capacity)),
            ColumnDef(self.tr("Presence"), lambda r: PRESENCES.get(r.presence, self.tr("not recorded"))),
            ColumnDef(self.tr("Function"), lambda r: r.role),
        ], self)
        self.table = plain_table(QTableView())
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 90)
        self.table.setColumnWidth(2, 210)
        self.table.setColumnWidth(3, 170)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._row_changed())
        self.presence = QComboBox()
        for key, label in PRESENCES.items():
            self.presence.addItem(label, key)
        self.presence.activated.connect(lambda _index: self.set_presence(self.presence.currentData()))
        self.all_present = QPushButton(self.tr("Everyone present"))
        self.all_present.setToolTip(self.tr("Record every member not yet recorded as present"))
        self.all_present.clicked.connect(self.everyone_present)
        self.guest_button = QPushButton(self.tr("Add guest or minute-taker…"))
        self.guest_button.clicked.connect(self.add_guest)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Presence:")))
        controls.addWidget(self.presence)
        controls.addWidget(self.all_present)
        controls.addStretch(1)
        others = QHBoxLayout()
        others.addWidget(self.guest_button)
        others.addWidget(self.remove_button)
        others.addStretch(1)
        self.quorum_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.quorum_label)
        layout.addLayout(controls)
        layout.addLayout(others)
        layout.addWidget(self.table, 1)

    def fill(self) -> None:
        chosen = self.current_row()
        record = self.record
        rows: list[Row] = []
        if record is not None:
            by_name = {a.name.casefold(): a for a in record.attendance}
            for member in record.members:
                recorded = by_name.pop(member.name.casefold(), None)
                rows.append(Row(member.name, "lid", recorded.presence if recorded else NOT_RECORDED, member.role,
                                member.is_chair, recorded.id if recorded else None))
            for a in record.attendance:
                if a.name.casefold() in by_name:
                    rows.append(Row(a.name, a.capacity, a.presence, a.role, False, a.id))
        self.rows = rows
        self.model.set_records(rows)
        names = [r.name for r in rows]
        row = names.index(chosen.name) if chosen and chosen.name in names else (0 if rows else -1)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._show_quorum()
        self._row_changed()

    def quorum(self) -> rules.Quorum | None:
        """The quorum as recorded now (members not recorded count as absent)."""
        if self.record is None:
            return None
        return rules.quorum(self.record.quorum_rule, self.record.members, self.record.attendance)

    def _show_quorum(self) -> None:
        result = self.quorum()
        if result is None or not self.record or not self.record.members:
            self.quorum_label.setText(self.tr("No members of this body on this date in the rooster."))
            return
        if not any(a.capacity == "lid" for a in self.record.attendance):
            self.quorum_label.setText(self.tr("Attendance not recorded yet: {needed} of {sitting} members are needed "
                                              "for the quorum.").format(needed=result.needed, sitting=result.sitting))
            self.quorum_label.setStyleSheet("font-weight: 600;")
            return
        verdict = self.tr("quorum met") if result.met else self.tr("quorum NOT met")
        self.quorum_label.setText(self.tr("{present} of {sitting} members present, {needed} needed: {verdict}").format(
            present=result.present, sitting=result.sitting, needed=result.needed, verdict=verdict))
        self.quorum_label.setStyleSheet("font-weight: 600; color: %s;" % ("#24421a" if result.met else "#9b1c1c"))

    def current_row(self) -> Row | None:
        index = self.table.currentIndex()
        value = index.data(RECORD_ROLE) if index.isValid() else None
        return value if isinstance(value, Row) else None

    def _row_changed(self) -> None:
        row = self.current_row()
        if row is not None and row.presence:
            self.presence.setCurrentIndex(self.presence.findData(row.presence))
        self.update_actions()

    def update_actions(self) -> None:
        row = self.current_row()
        can = not self.locked
        self.presence.setEnabled(can and row is not None)
        self.all_present.setEnabled(can and any(r.presence == NOT_RECORDED for r in self.rows))
        self.guest_button.setEnabled(can)
        self.remove_button.setEnabled(can and row is not None and row.attendance_id is not None)

    def select_name(self, name: str) -> None:
        for index, row in enumerate(self.rows):
            if row.name == name:
                self.table.setCurrentIndex(self.model.index(index, 0))

    def set_presence(self, presence: str) -> None:
        """Record the chosen person's presence (aanwezig, afwezig_mk, afwezig_zk)."""
        row = self.current_row()
        if row is None or self.locked or self.record is None:
            return
        meeting_id = self.record.meeting.id
        capacity = None if row.capacity == "lid" else row.capacity
        self.perform(self.tr("{name}: {presence}").format(name=row.name, presence=PRESENCES[presence]),
                     lambda audit: minutes.record_attendance(audit, meeting_id, row.name, presence,  # type: ignore[arg-type]
                                                             capacity=capacity, role=row.role if capacity else ""))
        self.select_name(row.name)

    def everyone_present(self) -> None:
        if self.locked or self.record is None:
            return
        meeting_id = self.record.meeting.id
        self.perform(self.tr("Everyone present"), lambda audit: minutes.fill_attendance(audit, meeting_id))  # type: ignore[arg-type]

    def add_guest(self) -> None:
        if self.locked or self.record is None:
            return
        dialog = GuestDialog(self)
        if not dialog.exec():
            return
        name, capacity, role = dialog.values()
        if not name:
            return
        meeting_id = self.record.meeting.id
        self.perform(self.tr("Add {name}").format(name=name), lambda audit: minutes.record_attendance(
            audit, meeting_id, name, "aanwezig", capacity=capacity, role=role))  # type: ignore[arg-type]
        self.select_name(name)

    def remove(self) -> None:
        row = self.current_row()
        if row is None or row.attendance_id is None or self.locked:
            return
        self.perform(self.tr("Remove {name}").format(name=row.name),
                     lambda audit: minutes.remove_attendance(audit, row.attendance_id))  # type: ignore[arg-type]

