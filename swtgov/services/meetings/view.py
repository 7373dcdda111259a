"""Reading what the Vergaderingen page shows: bodies, meetings, a meeting's record, the registers.

The page reads only through these functions (and writes through
:mod:`swtgov.services.meetings.minutes` and :mod:`swtgov.services.meetings.attachments`);
most are the store's loaders as they are, a few put together what a tab shows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from swtgov.domain.meetings import rules
from swtgov.domain.meetings.model import (
    ActionItem,
    Body,
    Decision,
    Meeting,
    MeetingRecord,
)
from swtgov.store.meetings import repo
from swtgov.store.settings import read_setting

#: how many of the body's earlier meetings the agenda's suggestions look at
SUGGESTION_MEETINGS = 6


@dataclass(frozen=True)
class DecisionRow:
    """A line of the besluitenregister: the decision, its meeting and its item ("3. Jaarplan")."""

    decision: Decision
    meeting: Meeting
    item: str


@dataclass(frozen=True)
class ActionRow:
    """A line of the actielijst: the action item and the meeting that agreed it."""

    action: ActionItem
    meeting: Meeting


def bodies(db: Database) -> list[Body]:
    """The bodies that meet (the RvT, then its commissies)."""
    return repo.load_bodies(db)


def meetings(
    db: Database, *, year: int | None = None, body: Body | None = None
) -> list[Meeting]:
    """The meetings, oldest first; of one year and/or one body when given."""
    return repo.load_meetings(db, year=year, body=body)


def meeting(db: Database, meeting_id: int) -> Meeting:
    """One meeting.

    Raises:
        SwtgovError: no meeting with that id.
    """
    return repo.load_meeting(db, meeting_id)


def meeting_record(db: Database, meeting_id: int) -> MeetingRecord:
    """A meeting with its agenda, documents, members, attendance, decisions and action items."""
    return repo.load_meeting_record(db, meeting_id)


def next_meeting(db: Database, meeting: Meeting) -> Meeting | None:
    """The body's meeting after ``meeting`` (None when it is the last)."""
    return repo.next_meeting(db, meeting)


def convocation_deadline(db: Database, meeting: Meeting) -> dt.date:
    """The day the convocation with the agenda must go out (setting ``vergaderingen.convocation_days``)."""
    days = int(read_setting(db, "vergaderingen.convocation_days"))
    return rules.convocation_deadline(meeting, days)


def recurring_topics(db: Database, meeting: Meeting) -> list[str]:
    """Topics on several of the body's last meetings before ``meeting``: the agenda's suggestions."""
    earlier = [
        m for m in repo.load_meetings(db, body=meeting.body) if m.date < meeting.date
    ][-SUGGESTION_MEETINGS:]
    return rules.recurring_topics(
        [[i.title for i in repo.load_items(db, m.id)] for m in earlier]
    )  # type: ignore[arg-type]


def document_bytes(db: Database, sha256: str) -> bytes:
    """The content of a stored document (a PDF)."""
    return repo.document_bytes(db, sha256)


def decision_rows(db: Database) -> list[DecisionRow]:
    """Every decision with its meeting and item, in the store's order (the page sorts)."""
    by_id = {m.id: m for m in repo.load_meetings(db)}
    labels = repo.item_labels(db)
    return [
        DecisionRow(d, by_id[d.meeting_id], labels.get(d.item_id, ""))
        for d in repo.load_decisions(db)
    ]  # type: ignore[arg-type]


def action_rows(db: Database) -> list[ActionRow]:
    """Every action item with the meeting that agreed it, in the store's order (the page sorts)."""
    by_id = {m.id: m for m in repo.load_meetings(db)}
    return [ActionRow(a, by_id[a.meeting_id]) for a in repo.load_actions(db)]
