"""The Notulen tab: per agenda item the notes, conflicts of interest, decisions and new actions;
below, the open action items carried over from earlier meetings."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from swtgov import display
from swtgov.domain.meetings import rules
from swtgov.domain.meetings.model import ActionItem, AgendaItem, CarriedAction, Decision
from swtgov.services.meetings import minutes
from swtgov.ui.meetings.common import MUTED_STYLE, MeetingTab, plain_table
from swtgov.ui.meetings.dialogs import ActionDialog, TextDialog
from swtgov.ui.models import RECORD_ROLE, ColumnDef, RecordTableModel
from swtgov.ui.session import Session


class MinutesTab(MeetingTab):
    """Writing the minutes, item by item."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.item_id: int | None = None
        self._build()

    def _build(self) -> None:
        self.item_list = QListWidget()
        self.item_list.currentRowChanged.connect(lambda _row: self._item_changed())
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: 600;")
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Notes of this item (verslag)"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(60)
        self.notes.textChanged.connect(self.update_actions)
        self.save_button = QPushButton(self.tr("Save notes"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.save_button.clicked.connect(self.save_notes)
        save = QShortcut(QKeySequence.StandardKey.Save, self.notes)
        save.setContext(Qt.ShortcutContext.WidgetShortcut)
        save.activated.connect(self.save_notes)

        self.conflicts = QListWidget()
        self.conflicts.setMinimumHeight(60)
        self.conflict_reason = QLineEdit()
        self.conflict_reason.setPlaceholderText(self.tr("Reason (optional)"))
        self.conflict_button = QPushButton(self.tr("Save conflicts"))
        self.conflict_button.clicked.connect(self.save_conflicts)
        self.item_quorum = QLabel()
        self.item_quorum.setWordWrap(True)
        self.item_quorum.setStyleSheet(MUTED_STYLE)
        conflict_box = QWidget()
        conflict_layout = QVBoxLayout(conflict_box)
        conflict_layout.addWidget(QLabel(self.tr("Members who take no part in this item:")))
        conflict_layout.addWidget(self.conflicts)
        conflict_layout.addWidget(self.conflict_reason)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.conflict_button)
        conflict_layout.addLayout(row)
        conflict_layout.addWidget(self.item_quorum)

        self.decisions = QListWidget()
        self.decisions.setMinimumHeight(40)
        self.decision_button = QPushButton(self.tr("Add decision…"))
        self.decision_button.clicked.connect(lambda: self.add_decision())
        self.remove_decision_button = QPushButton(self.tr("Remove"))
        self.remove_decision_button.clicked.connect(self.remove_decision)
        self.actions = QListWidget()
        self.actions.setMinimumHeight(40)
        self.action_button = QPushButton(self.tr("Add action item…"))
        self.action_button.clicked.connect(lambda: self.add_action())
        self.remove_action_button = QPushButton(self.tr("Remove"))
        self.remove_action_button.clicked.connect(self.remove_action)
        outcome = QWidget()
        outcome_layout = QVBoxLayout(outcome)
        outcome_layout.addWidget(self.decisions)
        decision_row = QHBoxLayout()
        decision_row.addWidget(self.decision_button)
        decision_row.addWidget(self.remove_decision_button)
        decision_row.addStretch(1)
        outcome_layout.addLayout(decision_row)
        outcome_layout.addWidget(self.actions)
        action_row = QHBoxLayout()
        action_row.addWidget(self.action_button)
        action_row.addWidget(self.remove_action_button)
        action_row.addStretch(1)
        outcome_layout.addLayout(action_row)

        notes_page = QWidget()
        notes_layout = QVBoxLayout(notes_page)
        notes_layout.addWidget(self.notes, 1)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        notes_layout.addLayout(save_row)
        self.parts = QTabWidget()
        self.parts.addTab(notes_page, self.tr("Notes"))
        self.parts.addTab(conflict_box, self.tr("Conflict of interest"))
        self.parts.addTab(outcome, self.tr("Decisions and action items"))
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.heading)
        editor_layout.addWidget(self.parts, 1)

        self.carried_model: RecordTableModel[CarriedAction] = RecordTableModel([
            ColumnDef(self.tr("Action item"), lambda c: c.action.what),
            ColumnDef(self.tr("Who"), lambda c: c.action.who),
            ColumnDef(self.tr("Due"), lambda c: display.date(c.action.due), lambda c: c.action.due or dt.date.max),
            ColumnDef(self.tr("Agreed at"), lambda c: display.date(c.origin.date), lambda c: c.origin.date),
            ColumnDef(self.tr("Status"), lambda c: self.tr("done on {date}").format(date=display.date(c.action.done_on))
                      if c.action.done_on else self.tr("open")),
        ], self)
        self.carried = plain_table(QTableView())
        self.carried.setModel(self.carried_model)
        self.carried.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4):
            self.carried.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.carried.setMinimumHeight(70)
        self.carried.selectionModel().currentRowChanged.connect(lambda *_: self.update_actions())
        self.done_button = QPushButton(self.tr("Done at this meeting"))
        self.done_button.clicked.connect(self.mark_done)
        carried_box = QGroupBox(self.tr("Open action items from earlier meetings"))
        carried_layout = QVBoxLayout(carried_box)
        carried_layout.addWidget(self.carried, 1)
        done_row = QHBoxLayout()
        done_row.addStretch(1)
        done_row.addWidget(self.done_button)
        carried_layout.addLayout(done_row)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(editor)
        right.addWidget(carried_box)
        right.setSizes([380, 170])
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.item_list)
        split.addWidget(right)
        self.item_list.setMinimumWidth(140)
        split.setSizes([230, 620])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    # --- data -------------------------------------------------------------------------------

    def fill(self) -> None:
        keep = self.item_id
        self.item_list.blockSignals(True)
        self.item_list.clear()
        items = list(self.record.items) if self.record else []
        for item in items:
            entry = QListWidgetItem(f"{item.number}. {item.title}")
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            self.item_list.addItem(entry)
        ids = [i.id for i in items]
        self.item_list.setCurrentRow(ids.index(keep) if keep in ids else (0 if items else -1))
        self.item_list.blockSignals(False)
        self.carried_model.set_records(list(self.record.carried) if self.record else [])
        self._item_changed()

    def current_item(self) -> AgendaItem | None:
        if self.record is None:
            return None
        row = self.item_list.currentRow()
        return self.record.items[row] if 0 <= row < len(self.record.items) else None

    def select_item(self, number: str) -> None:
        """Show the item with this number."""
        if self.record is not None:
            for row, item in enumerate(self.record.items):
                if item.number == number:
                    self.item_list.setCurrentRow(row)

    def _item_changed(self) -> None:
        item = self.current_item()
        self.item_id = item.id if item else None
        record = self.record
        self.heading.setText(f"{item.number}. {item.title} ({item.kind_label})" if item else
                             self.tr("No agenda items"))
        self.notes.blockSignals(True)
        self.notes.setPlainText(item.minutes if item else "")
        self.notes.blockSignals(False)
        self.conflicts.clear()
        conflicted = {c.name.casefold() for c in item.conflicts} if item else set()
        if record is not None and item is not None:
            for member in record.members:
                entry = QListWidgetItem(member.name)
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Checked if member.name.casefold() in conflicted
                                    else Qt.CheckState.Unchecked)
                self.conflicts.addItem(entry)
        self.conflict_reason.setText(item.conflicts[0].reason if item and item.conflicts else "")
        if record is not None and item is not None:
            result = rules.quorum(record.quorum_rule, record.members, record.attendance, conflicted)
            self.item_quorum.setText(self.tr("Quorum for this item: {text}").format(text=result.text()))
        else:
            self.item_quorum.clear()
        self.decisions.clear()
        self.actions.clear()
        if record is not None and item is not None:
            for decision in record.decisions:
                if decision.item_id == item.id:
                    entry = QListWidgetItem(f"{decision.number}: {decision.text}")
                    entry.setData(Qt.ItemDataRole.UserRole, decision)
                    self.decisions.addItem(entry)
            for action in record.actions:
                if action.item_id == item.id:
                    due = f" ({display.date(action.due)})" if action.due else ""
                    entry = QListWidgetItem(f"{action.what} — {action.who}{due}")
                    entry.setData(Qt.ItemDataRole.UserRole, action)
                    self.actions.addItem(entry)
        self.update_actions()

    def update_actions(self) -> None:
        item = self.current_item()
        can = not self.locked and item is not None
        self.notes.setReadOnly(self.locked)
        self.save_button.setEnabled(can and item is not None and self.notes.toPlainText() != item.minutes)
        self.conflicts.setEnabled(can)
        self.conflict_reason.setReadOnly(not can)
        self.conflict_button.setEnabled(can)
        self.decision_button.setEnabled(can)
        self.remove_decision_button.setEnabled(can and self.decisions.currentItem() is not None)
        self.action_button.setEnabled(can)
        self.remove_action_button.setEnabled(can and self.actions.currentItem() is not None)
        index = self.carried.currentIndex()
        carried = index.data(RECORD_ROLE) if index.isValid() else None
        self.done_button.setEnabled(not self.read_only and self.record is not None
                                    and isinstance(carried, CarriedAction) and carried.action.done_on is None)

    # --- changes ----------------------------------------------------------------------------

    def save_notes(self) -> None:
        item = self.current_item()
        if item is None or self.locked:
            return
        text = self.notes.toPlainText().strip()
        self.perform(self.tr("Notes of item {number}").format(number=item.number),
                     lambda audit: minutes.update_item(audit, item.id, minutes=text))  # type: ignore[arg-type]

    def save_conflicts(self) -> None:
        item = self.current_item()
        if item is None or self.locked:
            return
        names = [self.conflicts.item(i).text() for i in range(self.conflicts.count())
                 if self.conflicts.item(i).checkState() == Qt.CheckState.Checked]
        reason = self.conflict_reason.text().strip()
        self.perform(self.tr("Conflicts of interest of item {number}").format(number=item.number),
                     lambda audit: minutes.set_conflicts(audit, item.id, names, reason))  # type: ignore[arg-type]

    def add_decision(self, text: str | None = None) -> None:
        item = self.current_item()
        if item is None or self.locked or self.record is None:
            return
        if text is None:
            dialog = TextDialog(self.tr("New decision"), self.tr("The decision as minuted:"), self)
            if not dialog.exec():
                return
            text = dialog.value()
        meeting_id = self.record.meeting.id
        value = text
        self.perform(self.tr("Decision on item {number}").format(number=item.number),
                     lambda audit: minutes.add_decision(audit, meeting_id, value, item.id))  # type: ignore[arg-type]

    def remove_decision(self) -> None:
        entry = self.decisions.currentItem()
        if entry is None or self.locked:
            return
        decision: Decision = entry.data(Qt.ItemDataRole.UserRole)
        self.perform(self.tr("Remove decision {number}").format(number=decision.number),
                     lambda audit: minutes.delete_decision(audit, decision.id))  # type: ignore[arg-type]

    def add_action(self, values: tuple[str, str, dt.date | None] | None = None) -> None:
        item = self.current_item()
        if item is None or self.locked or self.record is None:
            return
        if values is None:
            people = [m.name for m in self.record.members] + [a.name for a in self.record.attendance
                                                               if a.capacity != "lid"]
            dialog = ActionDialog(people, self.record.meeting.date + dt.timedelta(days=42), self)
            if not dialog.exec():
                return
            values = dialog.values()
        what, who, due = values
        meeting_id = self.record.meeting.id
        self.perform(self.tr("Action item on item {number}").format(number=item.number),
                     lambda audit: minutes.add_action(audit, meeting_id, what, who, due, item.id))  # type: ignore[arg-type]

    def remove_action(self) -> None:
        entry = self.actions.currentItem()
        if entry is None or self.locked:
            return
        action: ActionItem = entry.data(Qt.ItemDataRole.UserRole)
        self.perform(self.tr("Remove action item"), lambda audit: minutes.delete_action(audit, action.id))  # type: ignore[arg-type]

    def mark_done(self) -> None:
        index = self.carried.currentIndex()
        carried = index.data(RECORD_ROLE) if index.isValid() else None
        if not isinstance(carried, CarriedAction) or self.record is None:
            return
        day = self.record.meeting.date
        self.perform(self.tr("Action item done"),
                     lambda audit: minutes.set_action_done(audit, carried.action.id, day))  # type: ignore[arg-type]
