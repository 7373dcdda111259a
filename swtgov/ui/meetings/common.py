"""What the tabs of the Vergaderingen page share: the meeting shown, writing through the session."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QTableView, QWidget

from swtgov.domain.meetings.model import MeetingRecord
from swtgov.errors import SwtgovError
from swtgov.ui import errors
from swtgov.ui.session import Session

if TYPE_CHECKING:
    from swtgov.store.audit import Audit

#: the colours of the vastgesteld banner and of muted text
BANNER_STYLE = ("background: #e8f1e4; border: 1px solid #9cc28c; border-radius: 4px; padding: 6px; "
                "color: #24421a;")
MUTED_STYLE = "color: #5b6472;"


class MeetingTab(QWidget):
    """A tab about one meeting; the page hands it the meeting's record on every refresh.

    Subclasses call ``self.tr`` themselves (PySide's context is the runtime class).
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.record: MeetingRecord | None = None
        self.read_only = False

    @property
    def locked(self) -> bool:
        """No change possible: a read-only file, or vastgestelde notulen."""
        return self.read_only or self.record is None or self.record.meeting.is_approved

    def show_record(self, record: MeetingRecord | None) -> None:
        """Show a meeting (None: no meeting chosen)."""
        self.record = record
        self.fill()
        self.update_actions()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.update_actions()

    def fill(self) -> None:
        """Fill the widgets from :attr:`record`."""

    def update_actions(self) -> None:
        """Enable what may be done now."""

    def perform(self, text: str, change: Callable[[Audit], Any]) -> Any:
        """One undoable change; a known error is shown and None returned."""
        if self.session.gf is None:
            return None
        try:
            return self.session.perform(text, change)
        except SwtgovError as exc:
            errors.show_error(self, exc)
            return None


def plain_table(view: QTableView) -> QTableView:
    """A read-only, row-selecting table the way every page shows one."""
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    return view
