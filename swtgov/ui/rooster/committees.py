"""The Commissies dialog: create commissies, seat members with start and end, mark the chair.

Every change goes through ``session.perform`` (undoable, audited); the dialog
follows ``session.changed``, so an undo from the main window shows at once.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from swtgov import display
from swtgov.domain.rooster.model import STATUS_LEFT, CommitteeSeat
from swtgov.domain.rooster.terms import member_status
from swtgov.errors import SwtgovError
from swtgov.services.rooster import committees as committees_service
from swtgov.services.rooster import members as service
from swtgov.services.rooster.committees import CommitteeOverview
from swtgov.ui import errors
from swtgov.ui.dialogs.form import FormDialog, Problem
from swtgov.ui.models import ColumnDef, RecordTableModel, SortProxy
from swtgov.ui.rooster import texts
from swtgov.ui.session import Session
from swtgov.ui.widgets import DateField


def committee_columns() -> list[ColumnDef[CommitteeOverview]]:
    """The columns of a commissie table (also on the page's Commissies tab)."""
    return [
        ColumnDef(QCoreApplication.translate("CommitteeColumns", "Commissie"), lambda o: o.committee.name),
        ColumnDef(QCoreApplication.translate("CommitteeColumns", "Kind"),
                  lambda o: texts.committee_kind(o.committee.kind)),
        ColumnDef(QCoreApplication.translate("CommitteeColumns", "Members"), lambda o: ", ".join(o.members),
                  tooltip=lambda o: "\n".join(o.members)),
        ColumnDef(QCoreApplication.translate("CommitteeColumns", "Chair"), lambda o: o.chair),
        ColumnDef(QCoreApplication.translate("CommitteeColumns", "Number"), lambda o: str(len(o.members)),
                  sort=lambda o: len(o.members), align_right=True),
    ]


class CommitteeFormDialog(FormDialog):
    """Name and kind of a commissie."""

    def __init__(self, name: str = "", kind: str = "overig", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Commissie"))
        self.name = QLineEdit(name)
        self.kind = QComboBox()
        for key, label in texts.committee_kinds().items():
            self.kind.addItem(label, key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.form.addRow(self.tr("Name:"), self.name)
        self.form.addRow(self.tr("Kind:"), self.kind)
        self.field_names = {"naam": self.name}

    def check(self) -> list[Problem]:
        return [(self.name, self.tr("Fill in the name."))] if not self.name.text().strip() else []


class SeatDialog(FormDialog):
    """Seat a sitting member on a commissie from a date, optionally until a date, perhaps as chair."""

    def __init__(self, committee: str, members: list[tuple[int, str]], day: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a member to {committee}").format(committee=committee))
        self.member = QComboBox()
        for member_id, name in members:
            self.member.addItem(name, member_id)
        self.start = DateField(day)
        self.has_end = QCheckBox(self.tr("Until"))
        self.end = DateField(day.replace(year=day.year + 1) if not (day.month == 2 and day.day == 29)
                             else day + dt.timedelta(days=365))
        self.end.setEnabled(False)
        self.has_end.toggled.connect(self.end.setEnabled)
        self.chair = QCheckBox(self.tr("Chair of the commissie"))
        row = QHBoxLayout()
        row.addWidget(self.has_end)
        row.addWidget(self.end, 1)
        self.form.addRow(self.tr("Member:"), self.member)
        self.form.addRow(self.tr("From:"), self.start)
        self.form.addRow("", row)
        self.form.addRow("", self.chair)

    def values(self) -> tuple[int, dt.date, dt.date | None, bool]:
        """(member id, start, end or None, chair)."""
        end = self.end.value() if self.has_end.isChecked() else None
        start = self.start.value()
        assert start is not None  # OK stays disabled while a date is not readable
        return int(self.member.currentData()), start, end, self.chair.isChecked()


class EndSeatDialog(FormDialog):
    """The day a member leaves a commissie."""

    def __init__(self, name: str, committee: str, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("End seat"))
        self.set_intro(self.tr("From this date {name} no longer sits on the {committee}.")
                       .format(name=name, committee=committee))
        self.day = DateField(day)
        self.form.addRow(self.tr("Leaves on:"), self.day)


class CommitteesDialog(QDialog):
    """All commissies on top; the seats of the selected one below."""

    def __init__(self, session: Session, parent: QWidget | None = None, select: int | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Commissies"))
        self.resize(940, 580)
        self.overview: list[CommitteeOverview] = []
        self.model: RecordTableModel[CommitteeOverview] = RecordTableModel(committee_columns(), self)
        self.table = self._table(self.model)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.seat_model: RecordTableModel[tuple[CommitteeSeat, str]] = RecordTableModel([
            ColumnDef(self.tr("Member"), lambda r: r[1]),
            ColumnDef(self.tr("From"), lambda r: display.date(r[0].start), sort=lambda r: r[0].start),
            ColumnDef(self.tr("Until"), lambda r: display.date(r[0].end), sort=lambda r: r[0].end or dt.date.max),
            ColumnDef(self.tr("Chair"), lambda r: self.tr("chair") if r[0].is_chair else ""),
        ], self)
        self.seats = self._table(self.seat_model)
        self.new_button = QPushButton(self.tr("New commissie…"))
        self.edit_button = QPushButton(self.tr("Rename…"))
        self.delete_button = QPushButton(self.tr("Delete commissie"))
        self.add_button = QPushButton(self.tr("Add member…"))
        self.chair_button = QPushButton(self.tr("Mark as chair"))
        self.end_button = QPushButton(self.tr("End seat…"))
        for button, slot in ((self.new_button, self.new_committee), (self.edit_button, self.edit_committee),
                             (self.delete_button, self.delete_committee), (self.add_button, self.add_seat),
                             (self.chair_button, self.mark_chair), (self.end_button, self.end_seat)):
            button.clicked.connect(slot)
        top = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            top.addWidget(button)
        top.addStretch(1)
        bottom = QHBoxLayout()
        for button in (self.add_button, self.chair_button, self.end_button):
            bottom.addWidget(button)
        bottom.addStretch(1)
        self.seats_label = QLabel()
        self.seats_label.setStyleSheet("font-weight: 600;")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.seats_label)
        layout.addLayout(bottom)
        layout.addWidget(self.seats, 1)
        layout.addWidget(close)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._fill_seats())
        self.seats.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        session.changed.connect(self.refresh)
        self.refresh(select)

    def _table(self, model: RecordTableModel) -> QTableView:  # type: ignore[type-arg]
        proxy = SortProxy(self)
        proxy.setSourceModel(model)
        view = QTableView()
        view.setModel(proxy)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setSortingEnabled(True)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return view

    # --- state --------------------------------------------------------------------------------

    def current(self) -> CommitteeOverview | None:
        """The selected commissie, or None."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.record(self.table.model().mapToSource(index).row())  # type: ignore[attr-defined]

    def current_seat(self) -> tuple[CommitteeSeat, str] | None:
        """The selected seat with the member's name, or None."""
        index = self.seats.currentIndex()
        if not index.isValid():
            return None
        return self.seat_model.record(self.seats.model().mapToSource(index).row())  # type: ignore[attr-defined]

    def select_committee(self, committee_id: int | None) -> None:
        """Select the commissie with this id."""
        proxy = self.table.model()
        for row in range(proxy.rowCount()):
            record = self.model.record(proxy.mapToSource(proxy.index(row, 0)).row())  # type: ignore[attr-defined]
            if record.committee.id == committee_id:
                self.table.selectRow(row)
                self.table.setCurrentIndex(proxy.index(row, 0))
                return

    def refresh(self, select: int | None = None) -> None:
        """Reload the commissies as of the peildatum, keeping (or making) the selection."""
        gf = self.session.gf
        if gf is None:
            return
        keep = select if select is not None else (self.current().committee.id if self.current() else None)
        self.rooster = service.load_rooster(gf.db)
        self.overview = committees_service.committee_overview(self.rooster, self.session.as_of)
        self.model.set_records(self.overview)
        if keep is not None:
            self.select_committee(keep)
        elif self.overview:
            self.table.selectRow(0)
            self.table.setCurrentIndex(self.table.model().index(0, 0))
        self._fill_seats()

    def _fill_seats(self) -> None:
        current = self.current()
        self.seat_model.set_records(list(current.seats) if current else [])
        self.seats_label.setText(self.tr("Seats in {committee}").format(committee=current.committee.name)
                                 if current else self.tr("Choose a commissie above."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = not self.session.read_only
        has_committee = self.current() is not None
        seat = self.current_seat()
        self.new_button.setEnabled(editable)
        for button in (self.edit_button, self.delete_button, self.add_button):
            button.setEnabled(editable and has_committee)
        self.chair_button.setEnabled(editable and seat is not None and not seat[0].is_chair)
        self.end_button.setEnabled(editable and seat is not None and seat[0].end is None)

    # --- actions ------------------------------------------------------------------------------

    def _perform(self, text: str, change: object) -> bool:
        try:
            self.session.perform(text, change)  # type: ignore[arg-type]
        except SwtgovError as exc:
            errors.show_error(self, exc)
            return False
        return True

    def new_committee(self) -> CommitteeFormDialog:
        """Open the dialog for a new commissie."""
        dialog = CommitteeFormDialog(parent=self)
        dialog.submit = lambda: self.session.perform(
            self.tr("New commissie {name}").format(name=dialog.name.text().strip()),
            lambda audit: committees_service.create_committee(audit, dialog.name.text(), dialog.kind.currentData()))
        dialog.open()
        return dialog

    def edit_committee(self) -> CommitteeFormDialog | None:
        """Open the dialog to rename the selected commissie."""
        current = self.current()
        if current is None:
            return None
        committee_id = current.committee.id
        dialog = CommitteeFormDialog(current.committee.name, current.committee.kind, self)
        dialog.submit = lambda: self.session.perform(
            self.tr("Change commissie {name}").format(name=dialog.name.text().strip()),
            lambda audit: committees_service.edit_committee(audit, committee_id, dialog.name.text(),
                                                            dialog.kind.currentData()))
        dialog.open()
        return dialog

    def delete_committee(self) -> None:
        """Delete the selected commissie with its seats, after asking."""
        current = self.current()
        if current is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete commissie"), self.tr(
            "Delete the {name} with its {count} seats? You can undo this with Edit › Undo.").format(
                name=current.committee.name, count=len(current.seats)))
        if answer == QMessageBox.StandardButton.Yes:
            committee_id = current.committee.id
            self._perform(self.tr("Delete commissie {name}").format(name=current.committee.name),
                          lambda audit: committees_service.delete_committee(audit, committee_id))

    def add_seat(self) -> SeatDialog | None:
        """Open the dialog to seat a sitting member on the selected commissie."""
        current = self.current()
        if current is None:
            return None
        as_of = self.session.as_of
        members = [(m.id, m.name) for m in sorted(self.rooster.members, key=lambda m: m.name.lower())
                   if m.id is not None and member_status(self.rooster.terms_of(m.id), as_of,
                                                         service.load_rules(self.session.gf.db)) != STATUS_LEFT]  # type: ignore[union-attr]
        dialog = SeatDialog(current.committee.name, members, as_of, self)
        committee_id = current.committee.id

        def submit() -> None:
            member_id, start, end, chair = dialog.values()
            self.session.perform(
                self.tr("Add {name} to {committee}").format(name=dialog.member.currentText(),
                                                            committee=current.committee.name),
                lambda audit: committees_service.assign_seat(audit, committee_id, member_id, start, end,
                                                             is_chair=chair))

        dialog.submit = submit
        dialog.open()
        return dialog

    def mark_chair(self) -> None:
        """Make the selected seat the commissie's chair."""
        seat = self.current_seat()
        current = self.current()
        if seat is None or current is None:
            return
        seat_id = seat[0].id
        self._perform(self.tr("{name} chairs the {committee}").format(name=seat[1], committee=current.committee.name),
                      lambda audit: committees_service.set_chair(audit, seat_id))  # type: ignore[arg-type]

    def end_seat(self) -> EndSeatDialog | None:
        """Open the dialog to end the selected seat."""
        seat = self.current_seat()
        current = self.current()
        if seat is None or current is None:
            return None
        dialog = EndSeatDialog(seat[1], current.committee.name, self.session.as_of, self)
        seat_id = seat[0].id
        dialog.submit = lambda: self.session.perform(
            self.tr("{name} leaves the {committee}").format(name=seat[1], committee=current.committee.name),
            lambda audit: committees_service.end_seat(audit, seat_id, dialog.day.value()))  # type: ignore[arg-type]
        dialog.open()
        return dialog

