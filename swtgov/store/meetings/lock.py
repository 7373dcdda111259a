"""The vastgesteld lock as the store checks it before a write."""

from __future__ import annotations

from sqlite_utils import Database

from swtgov.domain.meetings import rules
from swtgov.domain.meetings.model import Meeting
from swtgov.store.audit import ChangeRefused
from swtgov.store.meetings import repo


def require_open(db: Database, meeting_id: int) -> Meeting:
    """The meeting, when its record may still change.

    Raises:
        ChangeRefused: its minutes are vastgesteld (Dutch message with the dates).
    """
    meeting = repo.load_meeting(db, meeting_id)
    refusal = rules.lock_refusal(meeting)
    if refusal:
        raise ChangeRefused(refusal)
    return meeting


def item_meeting(db: Database, item_id: int) -> int:
    """The meeting id of an agenda item.

    Raises:
        ChangeRefused: the item does not exist (any more).
    """
    row = db.execute("SELECT meeting_id FROM agenda_items WHERE id = ?", [item_id]).fetchone()
    if row is None:
        raise ChangeRefused("Dit agendapunt bestaat niet (meer).")
    return int(row[0])
