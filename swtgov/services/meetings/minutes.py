"""The secretary's use cases around a meeting: plan it, its agenda, attendance, minutes, sending.

Every function takes an :class:`~swtgov.store.audit.Audit` (the window wraps it in
``session.perform``, the command line in ``gf.change()``) and refuses with a Dutch
message: a :class:`~swtgov.errors.SwtgovError`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from swtgov.domain.meetings import rules
from swtgov.domain.meetings.model import (
    CAPACITY_MEMBER,
    ActionItem,
    Attendance,
    Body,
    Decision,
    Meeting,
)
from swtgov.errors import ValidationError
from swtgov.store.audit import Audit
from swtgov.store.meetings import repo, write
from swtgov.store.meetings.lock import item_meeting


def plan_meeting(audit: Audit, body: Body, day: dt.date, *, start: dt.time | None = None,
                 end: dt.time | None = None, location: str = "", standard_items: bool = True) -> int:
    """Add a meeting with the standard agenda items; returns its id.

    Raises:
        ChangeRefused: end before start, or the body already meets that day.
    """
    meeting_id = write.insert_meeting(audit, Meeting(None, body, day, start, end, location))
    if standard_items:
        add_standard_items(audit, meeting_id)
    return meeting_id


def update_meeting(audit: Audit, meeting_id: int, **fields: Any) -> dict[str, Any]:
    """Change a concept meeting's ``body``, ``date``, ``start``, ``end`` and/or ``location``.

    Raises:
        ChangeRefused: vastgesteld, end before start, or the body already meets that day.
    """
    return write.update_meeting(audit, meeting_id, **fields)


def delete_meeting(audit: Audit, meeting_id: int) -> None:
    """Remove a concept meeting with its agenda, documents, attendance and minutes.

    Raises:
        ChangeRefused: the minutes are vastgesteld.
    """
    write.delete_meeting(audit, meeting_id)


def add_standard_items(audit: Audit, meeting_id: int) -> None:
    """Add the standard agenda items (opening, verslag, actielijst, ..., rondvraag, sluiting)."""
    for number, title, kind in rules.standard_items():
        write.insert_item(audit, meeting_id, number, title, kind=kind)


def add_item(audit: Audit, meeting_id: int, title: str, *, kind: str = "bespreking", presenter: str = "",
             note: str = "", number: str | None = None) -> int:
    """Add an agenda item before the closing items (rondvraag, sluiting) and renumber; returns its id.

    With ``number`` the item keeps that number and goes at the end (an import's way).
    """
    if not title.strip():
        raise ValidationError(["een agendapunt heeft een titel nodig"])
    if number is not None:
        return write.insert_item(audit, meeting_id, number, title, kind=kind, presenter=presenter, note=note)
    items = repo.load_items(audit.db, meeting_id)
    closing = {t.lower() for t, _ in rules.CLOSING_ITEMS}
    tail = 0
    while tail < len(items) and items[len(items) - 1 - tail].title.strip().lower() in closing:
        tail += 1
    temp = f"{len(items) + 900}"
    item_id = write.insert_item(audit, meeting_id, temp, title, kind=kind, presenter=presenter, note=note)
    order = [i.id for i in items[:len(items) - tail]] + [item_id] + [i.id for i in items[len(items) - tail:]]
    write.reorder_items(audit, meeting_id, order)  # type: ignore[arg-type]
    return item_id


def update_item(audit: Audit, item_id: int, **fields: Any) -> dict[str, Any]:
    """Change an agenda item's fields (title, kind, presenter, note, number, minutes).

    Raises:
        ChangeRefused: the meeting is vastgesteld, or the number is taken.
    """
    return write.update_item(audit, item_id, **fields)


def delete_item(audit: Audit, item_id: int) -> None:
    """Remove an agenda item with its document links and conflicts; its decisions and
    action items stay with the meeting."""
    write.delete_item(audit, item_id)


def move_item(audit: Audit, meeting_id: int, item_id: int, step: int) -> bool:
    """Move an item up (-1) or down (+1) and renumber; False when it is already at the edge."""
    ids = [i.id for i in repo.load_items(audit.db, meeting_id)]
    index = ids.index(item_id)
    target = index + step
    if not 0 <= target < len(ids):
        return False
    ids.insert(target, ids.pop(index))
    write.reorder_items(audit, meeting_id, ids)  # type: ignore[arg-type]
    return True


def place_item(audit: Audit, meeting_id: int, item_id: int, row: int) -> None:
    """Move an item to ``row`` (0-based, as dropped) and renumber."""
    ids = [i.id for i in repo.load_items(audit.db, meeting_id)]
    ids.remove(item_id)
    ids.insert(max(0, min(row, len(ids))), item_id)
    write.reorder_items(audit, meeting_id, ids)  # type: ignore[arg-type]


def record_attendance(audit: Audit, meeting_id: int, name: str, presence: str, *, capacity: str | None = None,
                      role: str = "") -> int:
    """Record one person's presence; members are matched by name among the body's sitting members.

    Raises:
        ValidationError: someone who is not a member of the body and not a guest or notulist.
    """
    meeting = repo.load_meeting(audit.db, meeting_id)
    members = {m.name.strip().casefold(): m for m in repo.sitting_members(audit.db, meeting.body, meeting.date)}
    member = members.get(name.strip().casefold())
    problem = rules.check_attendee(name.strip(), member is not None, capacity)
    if problem:
        raise ValidationError([problem])
    capacity = capacity or CAPACITY_MEMBER
    member_id = member.member_id if member is not None and capacity == CAPACITY_MEMBER else None
    person = Attendance(None, meeting_id, member.name if member_id else name.strip(), member_id, presence,
                        capacity, role)
    return write.save_attendance(audit, meeting_id, person)


def fill_attendance(audit: Audit, meeting_id: int, presence: str = "aanwezig") -> int:
    """Add every sitting member not yet recorded, as ``presence``; returns how many were added."""
    meeting = repo.load_meeting(audit.db, meeting_id)
    recorded = {a.name.casefold() for a in repo.load_attendance(audit.db, meeting_id)}
    added = 0
    for member in repo.sitting_members(audit.db, meeting.body, meeting.date):
        if member.name.casefold() not in recorded:
            write.save_attendance(audit, meeting_id, Attendance(None, meeting_id, member.name, member.member_id,
                                                                presence))
            added += 1
    return added


def remove_attendance(audit: Audit, attendance_id: int) -> None:
    """Remove one person from a meeting's attendance."""
    write.delete_attendance(audit, attendance_id)


def set_conflicts(audit: Audit, item_id: int, names: Sequence[str], reason: str = "") -> None:
    """Record who takes no part in an item (tegenstrijdig belang); members matched by name.

    Raises:
        ValidationError: a name that is not a member of the body on the meeting's date.
    """
    meeting = repo.load_meeting(audit.db, item_meeting(audit.db, item_id))
    members = {m.name.casefold(): m for m in repo.sitting_members(audit.db, meeting.body, meeting.date)}
    unknown = [n for n in names if n.strip() and n.strip().casefold() not in members]
    if unknown:
        raise ValidationError([f'"{n}" is op {rules.long_date(meeting.date)} geen lid van {meeting.body.short}'
                               for n in unknown])
    people = [(members[n.strip().casefold()].name, members[n.strip().casefold()].member_id, reason)
              for n in names if n.strip()]
    write.set_conflicts(audit, item_id, people)


def add_decision(audit: Audit, meeting_id: int, text: str, item_id: int | None = None) -> Decision:
    """Record a besluit with the next number of the meeting's year."""
    if not text.strip():
        raise ValidationError(["een besluit heeft een tekst nodig"])
    return write.insert_decision(audit, meeting_id, text, item_id)


def delete_decision(audit: Audit, decision_id: int) -> None:
    """Remove a decision (while its meeting is concept)."""
    write.delete_decision(audit, decision_id)


def add_action(audit: Audit, meeting_id: int, what: str, who: str, due: dt.date | None = None,
               item_id: int | None = None) -> int:
    """Record an actiepunt agreed at this meeting."""
    problems = []
    if not what.strip():
        problems.append("een actiepunt heeft een omschrijving nodig")
    if not who.strip():
        problems.append("een actiepunt heeft iemand nodig die het uitvoert (wie)")
    if problems:
        raise ValidationError(problems)
    return write.insert_action(audit, ActionItem(None, meeting_id, what, who, due, item_id=item_id))


def delete_action(audit: Audit, action_id: int) -> None:
    """Remove an action item (while its meeting is concept)."""
    write.delete_action(audit, action_id)


def set_action_done(audit: Audit, action_id: int, done_on: dt.date | None) -> None:
    """Mark an action item gereed on ``done_on``, or open again with None (also after vaststellen)."""
    write.set_action_done(audit, action_id, done_on)


def approve_minutes(audit: Audit, meeting_id: int, on: dt.date) -> None:
    """Vaststellen: the minutes are approved on ``on`` and the record no longer changes.

    Raises:
        ChangeRefused: already vastgesteld (with the date), or ``on`` before the meeting.
    """
    write.approve_minutes(audit, meeting_id, on)


def mark_pack_sent(audit: Audit, meeting_id: int, on: dt.date) -> None:
    """Record that the vergaderpakket went out (clears ``pack_due``)."""
    write.mark_sent(audit, meeting_id, pack_on=on)


def mark_minutes_sent(audit: Audit, meeting_id: int, on: dt.date) -> None:
    """Record that the (concept) minutes went out."""
    write.mark_sent(audit, meeting_id, minutes_on=on)
