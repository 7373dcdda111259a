"""The meetings area's signals as of a date (the provider for the Overzicht and ``swtgov signals``)."""

from __future__ import annotations

import datetime as dt
import json

from sqlite_utils import Database

from swtgov.domain.meetings import rules
from swtgov.domain.meetings import signals as rules_signals
from swtgov.domain.signals import Signal
from swtgov.store.meetings import repo


def _setting(db: Database, key: str, default: object) -> object:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return json.loads(row[0]) if row else default


def signals(db: Database, as_of: dt.date) -> list[Signal]:
    """``action_overdue``, ``minutes_unapproved``, ``quorum_not_met`` and ``pack_due`` on ``as_of``."""
    meetings = repo.load_meetings(db)
    by_id = {m.id: m for m in meetings if m.id is not None}
    out = rules_signals.action_overdue(repo.load_actions(db, open_only=True), by_id, as_of)
    out += rules_signals.minutes_unapproved(meetings, as_of)
    rule = str(_setting(db, "vergaderingen.quorum", "meerderheid"))
    recorded = {row[0] for row in db.execute("SELECT DISTINCT meeting_id FROM attendance")}
    quorums = []
    for meeting in meetings:
        if meeting.id in recorded and meeting.date <= as_of:
            members = repo.sitting_members(db, meeting.body, meeting.date)
            attendance = repo.load_attendance(db, meeting.id, members)  # type: ignore[arg-type]
            quorums.append((meeting, rules.quorum(rule, members, attendance)))
    out += rules_signals.quorum_not_met(quorums, as_of)
    lead = int(_setting(db, "vergaderingen.pack_lead_days", 7))  # type: ignore[call-overload]
    out += rules_signals.pack_due(meetings, as_of, lead)
    return out
