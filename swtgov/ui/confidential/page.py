"""The Vertrouwelijk page: vertrouwenspersoon, klokkenluidersmeldingen and datalekken.

One tab per register. The details of a melding or a breach are shown here and
in the register's own report, nowhere else; the Overzicht shows only the
register, the date and the deadline.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from swtgov.domain.confidential.signals import BREACH, WHISTLEBLOWER
from swtgov.domain.signals import ItemRef
from swtgov.ui.confidential.breaches import BreachTab
from swtgov.ui.confidential.counsellor import CounsellorTab
from swtgov.ui.confidential.whistleblower import WhistleblowerTab
from swtgov.ui.pages.base import AreaPage
from swtgov.ui.session import Session


class ConfidentialPage(AreaPage):
    """Vertrouwelijk: the three registers the organisation keeps and the RvT supervises."""

    key = "vertrouwelijk"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        heading = QLabel(self.tr("Confidential registers"))
        heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        note = QLabel(self.tr(
            "Details stay on this page and in each register's own report. Signals, the meeting pack and the "
            "read-only copy for RvT members show only the register, dates, deadlines and figures."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #5b6472;")
        self.counsellor = CounsellorTab(session)
        self.whistleblower = WhistleblowerTab(session)
        self.breaches = BreachTab(session)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.counsellor, self.tr("Confidential counsellor"))
        self.tabs.addTab(self.whistleblower, self.tr("Whistleblower reports"))
        self.tabs.addTab(self.breaches, self.tr("Data breaches"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        """Reload the three registers as of the peildatum."""
        self._dirty = False
        for tab in (self.counsellor, self.whistleblower, self.breaches):
            tab.refresh()

    def show_item(self, ref: ItemRef) -> None:
        """Open what a signal is about: its register's tab, with the row chosen."""
        self._ensure_fresh()
        tab = {BREACH: self.breaches, WHISTLEBLOWER: self.whistleblower}.get(ref.kind)
        if tab is None:
            return
        self.tabs.setCurrentWidget(tab)
        if ref.id is not None:
            tab.select(ref.id)

    def set_read_only(self, read_only: bool) -> None:
        """A file opened read-only: no edit action on any tab."""
        for tab in (self.counsellor, self.whistleblower, self.breaches):
            tab.set_read_only(read_only)
