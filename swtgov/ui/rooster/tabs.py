"""The lower half of the page: timeline, signals, spreading proposal and commissies, as tabs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QScrollArea,
    QTableView,
    QTabWidget,
    QWidget,
)

from swtgov.domain.rooster.spreading import Proposal
from swtgov.domain.signals import Signal as DomainSignal
from swtgov.services.rooster.committees import CommitteeOverview
from swtgov.ui.models import RECORD_ROLE, RecordTableModel, SortProxy
from swtgov.ui.rooster.columns import signal_columns
from swtgov.ui.rooster.committees import committee_columns
from swtgov.ui.rooster.proposals import ProposalList
from swtgov.ui.rooster.timeline import RoosterTimeline


def record_table(model: RecordTableModel, parent: QWidget) -> QTableView:  # type: ignore[type-arg]
    """A sortable, read-only, row-selecting view of a record model (through a SortProxy)."""
    proxy = SortProxy(parent)
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    return view


class RoosterTabs(QTabWidget):
    """Signals: :attr:`item_requested` (a signal was opened), :attr:`committees_requested`."""

    item_requested = Signal(object)
    committees_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline = RoosterTimeline()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.timeline)
        self.signal_model: RecordTableModel[DomainSignal] = RecordTableModel(signal_columns(), self)
        self.signal_table = record_table(self.signal_model, self)
        self.signal_table.setWordWrap(True)
        self.signal_table.setStyleSheet("QTableView::item { padding: 4px 3px; }")
        self.signal_table.horizontalHeader().sectionResized.connect(
            lambda *_: self.signal_table.resizeRowsToContents())
        self.signal_table.doubleClicked.connect(self._signal_activated)
        self.signal_table.activated.connect(self._signal_activated)
        self.proposal_list = ProposalList()
        self.committee_model: RecordTableModel[Any] = RecordTableModel(committee_columns(), self)
        self.committee_table = record_table(self.committee_model, self)
        self.committee_table.doubleClicked.connect(lambda _index: self.committees_requested.emit())
        self.committee_table.horizontalHeader().setStretchLastSection(False)
        self.committee_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.timeline_tab = self.addTab(scroll, "")
        self.signals_tab = self.addTab(self.signal_table, "")
        self.proposals_tab = self.addTab(self.proposal_list, "")
        self.committees_tab = self.addTab(self.committee_table, "")

    def set_data(self, signals: list[DomainSignal], proposals: list[Proposal],
                 committees: list[CommitteeOverview]) -> None:
        """Fill the signals, proposals and commissies, and count them in the tab titles."""
        self.signal_model.set_records(signals)
        self.signal_table.resizeRowsToContents()
        self.proposal_list.set_proposals(proposals)
        self.committee_model.set_records(committees)
        self.setTabText(self.timeline_tab, self.tr("Timeline"))
        self.setTabText(self.signals_tab, self.tr("Signals ({count})").format(count=len(signals)))
        self.setTabText(self.proposals_tab, self.tr("Spreading proposal ({count})").format(count=len(proposals)))
        self.setTabText(self.committees_tab, self.tr("Commissies ({count})").format(count=len(committees)))

    def show_committee(self, committee_id: int | None) -> None:
        """Switch to the Commissies tab and select one."""
        self.setCurrentIndex(self.committees_tab)
        model = self.committee_table.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(RECORD_ROLE).committee.id == committee_id:
                self.committee_table.selectRow(row)
                self.committee_table.setCurrentIndex(index)
                return

    def current_committee_id(self) -> int | None:
        """The id of the commissie selected in the tab, or None."""
        index = self.committee_table.currentIndex()
        return index.data(RECORD_ROLE).committee.id if index.isValid() else None

    def _signal_activated(self, index: QModelIndex) -> None:
        signal = index.data(RECORD_ROLE)
        if isinstance(signal, DomainSignal) and signal.ref is not None:
            self.item_requested.emit(signal.ref)

