"""Leden & rooster: members and their terms, the timeline, signals and the spreading proposal.

Everything shown is as of the peildatum (``session.as_of``). Every change runs
through ``session.perform`` (one undoable, audited step) and the page
refreshes on ``session.changed``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from swtgov import display
from swtgov.domain.rooster.model import Rooster, RoosterRules
from swtgov.domain.rooster.spreading import REAPPOINT, Proposal
from swtgov.domain.rooster.terms import (
    is_overdue,
    next_term,
    proposed_reappointment_end,
)
from swtgov.domain.rooster.timeline import build_timeline
from swtgov.domain.signals import ItemRef, Signal
from swtgov.errors import SwtgovError
from swtgov.services.rooster import members as service
from swtgov.services.rooster.committees import committee_overview
from swtgov.ui import errors, style
from swtgov.ui.emptystate import EmptyStack, EmptyState
from swtgov.ui.flow import FlowLayout
from swtgov.ui.icons import icon
from swtgov.ui.models import RECORD_ROLE, RecordTableModel, SortProxy
from swtgov.ui.pages.base import AreaPage
from swtgov.ui.preferences import remember_splitter
from swtgov.ui.rooster.columns import member_columns
from swtgov.ui.rooster.committees import CommitteesDialog
from swtgov.ui.rooster.detail import MemberDetail
from swtgov.ui.rooster.dialogs import (
    ContactDialog,
    DepartureDialog,
    NewMemberDialog,
    ReappointDialog,
    RoleDialog,
)
from swtgov.ui.rooster.tabs import RoosterTabs, record_table
from swtgov.ui.session import Session

CURRENT, FORMER, ALL = "current", "former", "all"


class RoosterPage(AreaPage):
    """The secretary's page for the board's composition and its rooster."""

    key = "rooster"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.rooster = Rooster()
        self.rules = RoosterRules()
        self.overview: list[service.MemberOverview] = []
        self.signals: list[Signal] = []
        self.read_only = False
        self.dialog: QWidget | None = None
        self._columns_sized = False
        self._build()

    # --- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        heading = style.title(self.tr("Members & rooster"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.filter = QComboBox()
        self.filter.addItem(self.tr("Current members"), CURRENT)
        self.filter.addItem(self.tr("Former members"), FORMER)
        self.filter.addItem(self.tr("All members"), ALL)
        self.filter.currentIndexChanged.connect(self._filter_changed)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.setClearButtonEnabled(True)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.filter)
        top.addWidget(self.search)

        self.new_button = QPushButton(self.tr("New member…"))
        self.reappoint_button = QPushButton(self.tr("Reappoint…"))
        self.departure_button = QPushButton(self.tr("Record departure…"))
        self.role_button = QPushButton(self.tr("Change role…"))
        self.contact_button = QPushButton(self.tr("Contact details…"))
        self.committees_button = QPushButton(self.tr("Commissies…"))
        self.report_button = QPushButton(self.tr("Rooster PDF…"))
        for button, name in ((self.new_button, "add"), (self.report_button, "report")):
            button.setIcon(icon(name))
        actions = FlowLayout()  # wraps onto a second line in a narrow window
        for button, slot in ((self.new_button, self.new_member), (self.reappoint_button, self.reappoint),
                             (self.departure_button, self.record_departure), (self.role_button, self.change_role),
                             (self.contact_button, self.edit_contact), (self.committees_button, self.committees),
                             (self.report_button, self.report)):
            button.clicked.connect(lambda _checked=False, s=slot: s())
            actions.addWidget(button)

        self.model: RecordTableModel[service.MemberOverview] = RecordTableModel(member_columns(), self)
        self.table = record_table(self.model, self)
        self.proxy: SortProxy = self.table.model()  # type: ignore[assignment]
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.detail = MemberDetail()
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(self.table)
        # the detail panel scrolls in a small window instead of squeezing the table
        upper.addWidget(style.scrolling(self.detail, 250))
        upper.setStretchFactor(0, 3)
        upper.setStretchFactor(1, 1)
        upper.setSizes([820, 300])
        upper.setChildrenCollapsible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)

        self.tabs = RoosterTabs()
        self.timeline = self.tabs.timeline
        self.timeline.member_clicked.connect(lambda member_id: self.select_member(member_id))
        self.signal_model = self.tabs.signal_model
        self.proposal_list = self.tabs.proposal_list
        self.proposal_list.taken.connect(self.take_proposal)
        self.committee_table = self.tabs.committee_table
        self.tabs.item_requested.connect(self.show_item)
        self.tabs.committees_requested.connect(self.committees)
        self.timeline_tab, self.signals_tab = self.tabs.timeline_tab, self.tabs.signals_tab
        self.committees_tab = self.tabs.committees_tab

        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(upper)
        body.addWidget(self.tabs)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 1)
        body.setSizes([340, 400])
        body.setChildrenCollapsible(False)
        remember_splitter(upper, "rooster/upper")
        remember_splitter(body, "rooster/body")
        content = QWidget()
        content_layout = QVBoxLayout(content)
        style.tighten(content_layout)
        content_layout.addLayout(actions)
        content_layout.addWidget(body, 1)
        self.empty = EmptyState(self.tr("No members yet. Add a member or import the rooster from Excel."),
                                self.tr("The import template has a column for every field, one example "
                                        "row and a sheet that explains each column."))
        self.empty.add_action(self.tr("Add member…"), self.new_member, icon="add", primary=True)
        self.empty.add_action(self.tr("Import from Excel…"), self.import_rooster, icon="import")
        # a short window scrolls the page rather than squeezing the table to a row or two
        self.stack = EmptyStack(style.tall(content, 540), self.empty)
        layout = style.page_layout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)
        self.proxy.set_predicate(self._accepts)
        self._update_buttons()

    # --- data ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload everything as of the peildatum, keeping the selected member."""
        self._dirty = False
        gf = self.session.gf
        keep = self.selected_id()
        as_of = self.session.as_of
        if gf is None:
            self.rooster, self.overview, self.signals, proposals = Rooster(), [], [], []
        else:
            view = service.rooster_view(gf.db, as_of)
            self.rooster, self.rules, self.overview = view.rooster, view.rules, view.overview
            self.signals, proposals = view.signals, view.proposals
        self.model.set_records(self.overview)
        self.tabs.set_data(self.signals, proposals, committee_overview(self.rooster, as_of))
        self._update_timeline()
        sitting = sum(not o.is_former for o in self.overview)
        self.summary.setText(self.tr("As of {date}: {members}, {signals}.").format(
            date=display.date(as_of),
            members=display.plural(sitting, self.tr("sitting member"), self.tr("sitting members")),
            signals=display.plural(len(self.signals), self.tr("signal"), self.tr("signals"))))
        self.stack.set_empty(gf is not None and not self.rooster.members)
        if self.overview and not self._columns_sized:  # once: then the user's widths stay
            self._columns_sized = True
            style.size_columns(self.table, {0: 140, 2: 120}, stretch=2, maximum=240)
        if keep is not None:
            self.select_member(keep)
        self._selection_changed()

    def _update_timeline(self) -> None:
        include_former = self.filter.currentData() != CURRENT
        self.timeline.set_timeline(build_timeline(self.rooster, self.rules, self.session.as_of,
                                                  include_former=include_former) if self.rooster.members else None)

    def _accepts(self, record: service.MemberOverview | None) -> bool:
        which = self.filter.currentData()
        if record is None or which == ALL:
            return True
        return record.is_former == (which == FORMER)

    def _filter_changed(self) -> None:
        self.proxy.set_predicate(self._accepts)
        self._update_timeline()
        self._selection_changed()

    # --- selection ----------------------------------------------------------------------------

    def selected(self) -> service.MemberOverview | None:
        """The selected member's overview, or None."""
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.proxy.data(index, RECORD_ROLE)  # type: ignore[no-any-return]

    def selected_id(self) -> int | None:
        """The selected member's id, or None."""
        record = self.selected()
        return record.member.id if record else None

    def select_member(self, member_id: int | None) -> bool:
        """Select a member's row (switching to All members when they are former)."""
        self._ensure_fresh()
        record = next((o for o in self.overview if o.member.id == member_id), None)
        if record is None:
            return False
        if not self._accepts(record):
            self.filter.setCurrentIndex(self.filter.findData(ALL))
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(RECORD_ROLE).member.id == member_id:
                self.table.selectRow(row)
                self.table.setCurrentIndex(self.proxy.index(row, 0))
                self.table.scrollTo(self.proxy.index(row, 0))
                return True
        return False

    def _selection_changed(self) -> None:
        record = self.selected()
        self.detail.show_member(record, self.rooster.role_changes_of(record.member.id) if record else None)
        self.timeline.set_selected(record.member.id if record else None)
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        """Disable every edit action (a read-only file or a leesversie)."""
        self.read_only = read_only
        self.proposal_list.set_read_only(read_only)
        self.empty.set_read_only(read_only, self.tr("This file is read-only: nothing can be added here."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = not self.read_only and self.session.gf is not None
        record = self.selected()
        self.new_button.setEnabled(editable)
        self.committees_button.setEnabled(editable)
        self.contact_button.setEnabled(editable and record is not None)
        sitting = record is not None and not record.is_former
        for button in (self.reappoint_button, self.departure_button, self.role_button):
            button.setEnabled(editable and sitting)
        self.report_button.setEnabled(self.session.gf is not None)

    # --- navigation ---------------------------------------------------------------------------

    def show_item(self, ref: ItemRef) -> None:
        """A member: select them. The board: the timeline. A commissie: the Commissies tab."""
        self._ensure_fresh()
        if ref.kind == "member":
            self.select_member(ref.id)
        elif ref.kind == "committee":
            self.tabs.show_committee(ref.id)
        else:
            self.tabs.setCurrentIndex(self.timeline_tab)

    # --- actions ------------------------------------------------------------------------------

    def _open(self, dialog: QWidget) -> Any:
        self.dialog = dialog
        dialog.open()  # type: ignore[attr-defined]
        return dialog

    def new_member(self) -> NewMemberDialog:
        """Open the New member dialog; OK adds the member (undoable)."""
        dialog = NewMemberDialog(self.session.as_of, self.rules.term_years, self)

        def submit() -> None:
            values = dialog.values()
            member_id = self.session.perform(self.tr("New member {name}").format(name=str(values["name"]).strip()),
                                             lambda audit: service.add_member(audit, **values))  # type: ignore[arg-type]
            self.select_member(member_id)

        dialog.submit = submit
        return self._open(dialog)

    def reappoint(self, end: Any = None) -> ReappointDialog | None:
        """Open the Reappoint dialog (``end`` pre-filled), or show why the member is not reappointable."""
        record = self.selected()
        if record is None:
            return None
        terms = list(record.terms)
        try:
            proposed = next_term(terms, self.rules).end
        except SwtgovError as exc:
            errors.show_error(self, exc, self.tr("Reappoint {name}").format(name=record.member.name))
            return None
        member_id = record.member.id
        dialog = ReappointDialog(record.member.name, terms[-1].end, end or proposed,
                                 proposed_reappointment_end(terms, self.rules), self)
        dialog.submit = lambda: self.session.perform(
            self.tr("Reappoint {name}").format(name=record.member.name),
            lambda audit: service.reappoint(audit, member_id, dialog.chosen_end()))  # type: ignore[arg-type]
        return self._open(dialog)

    def record_departure(self, day: Any = None) -> DepartureDialog | None:
        """Open the departure dialog for the selected member (``day`` pre-filled)."""
        record = self.selected()
        if record is None:
            return None
        terms = list(record.terms)
        default = day or (terms[-1].end if is_overdue(terms, self.session.as_of) else self.session.as_of)
        dialog = DepartureDialog(record.member.name, default, self)
        member_id = record.member.id

        def submit() -> None:
            on, reason = dialog.values()
            self.session.perform(self.tr("Departure of {name}").format(name=record.member.name),
                                 lambda audit: service.record_departure(audit, member_id, on, reason))  # type: ignore[arg-type]

        dialog.submit = submit
        return self._open(dialog)

    def change_role(self) -> RoleDialog | None:
        """Open the role dialog for the selected member."""
        record = self.selected()
        if record is None:
            return None
        dialog = RoleDialog(record.member.name, record.row.role, self.session.as_of, self)
        member_id = record.member.id

        def submit() -> None:
            role, since = dialog.values()
            self.session.perform(self.tr("Role of {name}").format(name=record.member.name),
                                 lambda audit: service.change_role(audit, member_id, role, since))  # type: ignore[arg-type]

        dialog.submit = submit
        return self._open(dialog)

    def edit_contact(self) -> ContactDialog | None:
        """Open the contact dialog for the selected member."""
        record = self.selected()
        if record is None:
            return None
        member = record.member
        dialog = ContactDialog(member.name, member.email, member.phone, self)
        dialog.submit = lambda: self.session.perform(
            self.tr("Contact details of {name}").format(name=member.name),
            lambda audit: service.edit_contact(audit, member.id, **dialog.values()))  # type: ignore[arg-type]
        return self._open(dialog)

    def committees(self) -> CommitteesDialog:
        """Open the Commissies dialog on the commissie chosen in the tab, if any."""
        dialog = CommitteesDialog(self.session, self, self.tabs.current_committee_id())
        return self._open(dialog)

    def take_proposal(self, proposal: Proposal) -> QWidget | None:
        """Open the dialog a suggestion needs, pre-filled; the secretary decides there."""
        if not self.select_member(proposal.member_id):
            return None
        if proposal.action == REAPPOINT:
            return self.reappoint(proposal.suggested_date)
        return self.record_departure(proposal.suggested_date)

    def import_rooster(self) -> None:
        """Open the import dialog on the rooster kind (from the empty state)."""
        from swtgov.ui.dialogs.transfer import ImportDialog

        if self.session.gf is not None and not self.read_only:
            ImportDialog(self.session, self, kind="rooster").exec()

    def report(self) -> None:
        """Open the report dialog on the rooster report."""
        from swtgov.ui.dialogs.report import ReportDialog

        if self.session.gf is not None:
            ReportDialog(self.session, self, kind="rooster").exec()
