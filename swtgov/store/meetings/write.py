"""Writing the meetings area: every function takes an :class:`~swtgov.store.audit.Audit`.

Each write first checks the vastgesteld lock of the meeting it touches and refuses
with :class:`~swtgov.store.audit.ChangeRefused` (a Dutch message); the schema's
triggers refuse updates and deletes as a second line (undo, raw paths). Deletes
remove children through the audit log before the parent.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from swtgov.domain.meetings import rules
from swtgov.domain.meetings.model import (
    ACTION_DONE,
    ACTION_OPEN,
    MINUTES_APPROVED,
    ActionItem,
    Attendance,
    Decision,
    Meeting,
    PackVersion,
)
from swtgov.store.audit import Audit, ChangeRefused
from swtgov.store.meetings import documents, repo
from swtgov.store.meetings.lock import item_meeting, require_open


def _time(value: dt.time | None) -> str | None:
    return None if value is None else rules.show_time(value)


def _check_times(start: dt.time | None, end: dt.time | None) -> None:
    problem = rules.check_times(start, end)
    if problem:
        raise ChangeRefused(problem[0].upper() + problem[1:] + ".")


# --- meetings -------------------------------------------------------------------------------


def insert_meeting(audit: Audit, meeting: Meeting) -> int:
    """Add a meeting (minutes concept); returns its id."""
    _check_times(meeting.start, meeting.end)
    clash = repo.meetings_on(audit.db, meeting.date, meeting.body)
    if clash:
        raise ChangeRefused(f"{meeting.body.short} heeft al een vergadering op {rules.long_date(meeting.date)}.")
    return int(audit.insert("meetings", {
        "committee_id": meeting.body.committee_id, "held_on": meeting.date, "starts_at": _time(meeting.start),
        "ends_at": _time(meeting.end), "location": meeting.location,
    }))


def update_meeting(audit: Audit, meeting_id: int, **fields: Any) -> dict[str, Any]:
    """Change ``date``, ``start``, ``end``, ``location`` and/or ``body``."""
    current = require_open(audit.db, meeting_id)
    start = fields.get("start", current.start)
    end = fields.get("end", current.end)
    _check_times(start, end)
    values: dict[str, Any] = {}
    if "date" in fields:
        values["held_on"] = fields["date"]
    if "start" in fields:
        values["starts_at"] = _time(fields["start"])
    if "end" in fields:
        values["ends_at"] = _time(fields["end"])
    if "location" in fields:
        values["location"] = fields["location"]
    if "body" in fields:
        values["committee_id"] = fields["body"].committee_id
    new_body = fields.get("body", current.body)
    new_date = fields.get("date", current.date)
    if (new_body.key, new_date) != (current.body.key, current.date) and repo.meetings_on(audit.db, new_date, new_body):
        raise ChangeRefused(f"{new_body.short} heeft al een vergadering op {rules.long_date(new_date)}.")
    return audit.update("meetings", meeting_id, values)


def delete_meeting(audit: Audit, meeting_id: int) -> None:
    """Remove a concept meeting with everything in it; unused documents go too."""
    require_open(audit.db, meeting_id)
    db = audit.db
    for table in ("action_items", "decisions", "attendance", "pack_versions"):
        for (row_id,) in db.execute(f"SELECT id FROM {table} WHERE meeting_id = ? ORDER BY id",  # noqa: S608
                                    [meeting_id]).fetchall():
            audit.delete(table, row_id)
    for (item_id,) in db.execute("SELECT id FROM agenda_items WHERE meeting_id = ? ORDER BY id",
                                 [meeting_id]).fetchall():
        delete_item(audit, item_id)
    audit.delete("meetings", meeting_id)


def approve_minutes(audit: Audit, meeting_id: int, on: dt.date) -> None:
    """Vaststellen: from now on the meeting's record does not change.

    Raises:
        ChangeRefused: already vastgesteld, or ``on`` lies before the meeting.
    """
    meeting = repo.load_meeting(audit.db, meeting_id)
    refusal = rules.approval_refusal(meeting, on)
    if refusal:
        raise ChangeRefused(refusal)
    audit.update("meetings", meeting_id, {"minutes_status": MINUTES_APPROVED, "approved_on": on})


def mark_sent(audit: Audit, meeting_id: int, *, pack_on: dt.date | None = None,
              minutes_on: dt.date | None = None) -> None:
    """Record that the pack and/or the minutes went out (allowed after vaststelling too)."""
    values: dict[str, Any] = {}
    if pack_on is not None:
        values["pack_sent_on"] = pack_on
    if minutes_on is not None:
        values["minutes_sent_on"] = minutes_on
    repo.load_meeting(audit.db, meeting_id)
    audit.update("meetings", meeting_id, values)


# --- agenda items ---------------------------------------------------------------------------

_ITEM_FIELDS = ("number", "position", "title", "kind", "presenter", "note", "minutes")


def insert_item(audit: Audit, meeting_id: int, number: str, title: str, *, kind: str = "bespreking",
                presenter: str = "", note: str = "", minutes: str = "", position: int | None = None) -> int:
    """Add an agenda item (at the end unless ``position`` is given); returns its id.

    Raises:
        ChangeRefused: meeting vastgesteld, a bad or duplicate number.
    """
    require_open(audit.db, meeting_id)
    _check_number(audit.db, meeting_id, number, None)
    if position is None:
        row = audit.db.execute("SELECT max(position) FROM agenda_items WHERE meeting_id = ?", [meeting_id]).fetchone()
        position = (row[0] or 0) + 1
    return int(audit.insert("agenda_items", {
        "meeting_id": meeting_id, "number": number.strip().lower(), "position": position, "title": title.strip(),
        "kind": kind, "presenter": presenter, "note": note, "minutes": minutes,
    }))


def _check_number(db: Database, meeting_id: int, number: str, item_id: int | None) -> None:
    problem = rules.check_item_number(number)
    if problem:
        raise ChangeRefused(problem[0].upper() + problem[1:] + ".")
    row = db.execute("SELECT id FROM agenda_items WHERE meeting_id = ? AND lower(number) = ? AND id IS NOT ?",
                     [meeting_id, number.strip().lower(), item_id]).fetchone()
    if row is not None:
        raise ChangeRefused(f"Agendapunt {number} bestaat al in deze vergadering; kies een ander nummer.")


def update_item(audit: Audit, item_id: int, **fields: Any) -> dict[str, Any]:
    """Change fields of an agenda item (see :data:`_ITEM_FIELDS`)."""
    unknown = set(fields) - set(_ITEM_FIELDS)
    if unknown:
        raise ValueError(f"not an agenda item field: {sorted(unknown)}")
    meeting_id = item_meeting(audit.db, item_id)
    require_open(audit.db, meeting_id)
    if "number" in fields:
        _check_number(audit.db, meeting_id, fields["number"], item_id)
        fields["number"] = fields["number"].strip().lower()
    return audit.update("agenda_items", item_id, fields)


def delete_item(audit: Audit, item_id: int) -> None:
    """Remove an agenda item: its links and conflicts go, its decisions and actions stay
    with the meeting (no longer tied to the item)."""
    db = audit.db
    require_open(db, item_meeting(db, item_id))
    for (link_id,) in db.execute("SELECT id FROM agenda_documents WHERE agenda_item_id = ? ORDER BY id",
                                 [item_id]).fetchall():
        documents.detach(audit, link_id)
    for (cid,) in db.execute("SELECT id FROM conflicts WHERE agenda_item_id = ?", [item_id]).fetchall():
        audit.delete("conflicts", cid)
    for table in ("decisions", "action_items"):
        for (row_id,) in db.execute(f"SELECT id FROM {table} WHERE agenda_item_id = ?",  # noqa: S608
                                    [item_id]).fetchall():
            audit.update(table, row_id, {"agenda_item_id": None})
    audit.delete("agenda_items", item_id)


def reorder_items(audit: Audit, meeting_id: int, item_ids: Sequence[int], *, renumber: bool = True) -> None:
    """Put the items in this order (positions 1..n) and, by default, renumber them
    (:func:`swtgov.domain.meetings.rules.renumber`)."""
    require_open(audit.db, meeting_id)
    current = {i.id: i for i in repo.load_items(audit.db, meeting_id)}
    if sorted(item_ids) != sorted(current):
        raise ValueError("reorder_items needs every item of the meeting exactly once")
    numbers = rules.renumber([current[i].number for i in item_ids]) if renumber else None
    for position, item_id in enumerate(item_ids, start=1):
        values: dict[str, Any] = {"position": position}
        if numbers is not None:
            values["number"] = numbers[position - 1]
        audit.update("agenda_items", item_id, values)


def set_conflicts(audit: Audit, item_id: int, people: Sequence[tuple[str, int | None, str]]) -> None:
    """Replace the conflicts of interest of an item by ``(name, member_id, reason)`` rows."""
    db = audit.db
    require_open(db, item_meeting(db, item_id))
    existing = {name.casefold(): (cid, mid, reason) for cid, name, mid, reason in db.execute(
        "SELECT id, name, member_id, reason FROM conflicts WHERE agenda_item_id = ?", [item_id])}
    wanted = {name.strip().casefold(): (name.strip(), mid, reason) for name, mid, reason in people if name.strip()}
    for key, (cid, _, _) in existing.items():
        if key not in wanted:
            audit.delete("conflicts", cid)
    for key, (name, mid, reason) in wanted.items():
        if key in existing:
            audit.update("conflicts", existing[key][0], {"member_id": mid, "reason": reason})
        else:
            audit.insert("conflicts", {"agenda_item_id": item_id, "member_id": mid, "name": name, "reason": reason})


# --- attendance ------------------------------------------------------------------------------


def save_attendance(audit: Audit, meeting_id: int, person: Attendance) -> int:
    """Add or update one person's attendance (matched by name); returns the row id."""
    require_open(audit.db, meeting_id)
    row = audit.db.execute("SELECT id FROM attendance WHERE meeting_id = ? AND lower(name) = lower(?)",
                           [meeting_id, person.name.strip()]).fetchone()
    values = {"member_id": person.member_id, "presence": person.presence, "capacity": person.capacity,
              "role": person.role}
    if row is not None:
        audit.update("attendance", row[0], values)
        return int(row[0])
    return int(audit.insert("attendance", {"meeting_id": meeting_id, "name": person.name.strip(), **values}))


def delete_attendance(audit: Audit, attendance_id: int) -> None:
    """Remove one person from a meeting's attendance."""
    row = audit.db.execute("SELECT meeting_id FROM attendance WHERE id = ?", [attendance_id]).fetchone()
    require_open(audit.db, int(row[0]))
    audit.delete("attendance", attendance_id)


# --- decisions and actions -----------------------------------------------------------------


def insert_decision(audit: Audit, meeting_id: int, text: str, item_id: int | None = None,
                    number: str | None = None) -> Decision:
    """Record a decision; numbered ``<year>-NN`` after the year's highest unless given."""
    meeting = require_open(audit.db, meeting_id)
    if number is None:
        year = meeting.date.year
        existing = [r[0] for r in audit.db.execute("SELECT number FROM decisions WHERE number LIKE ?", [f"{year}-%"])]
        number = rules.next_decision_number(existing, year)
    elif audit.db.execute("SELECT 1 FROM decisions WHERE number = ?", [number]).fetchone():
        raise ChangeRefused(f"Besluitnummer {number} is al gebruikt.")
    decision_id = audit.insert("decisions", {"meeting_id": meeting_id, "agenda_item_id": item_id,
                                             "number": number, "text": text.strip()})
    return Decision(int(decision_id), meeting_id, item_id, number, text.strip())


def update_decision(audit: Audit, decision_id: int, text: str) -> None:
    """Change a decision's text."""
    row = audit.db.execute("SELECT meeting_id FROM decisions WHERE id = ?", [decision_id]).fetchone()
    require_open(audit.db, int(row[0]))
    audit.update("decisions", decision_id, {"text": text.strip()})


def delete_decision(audit: Audit, decision_id: int) -> None:
    """Remove a decision (its number is not reused for a later one unless it was the last)."""
    row = audit.db.execute("SELECT meeting_id FROM decisions WHERE id = ?", [decision_id]).fetchone()
    require_open(audit.db, int(row[0]))
    audit.delete("decisions", decision_id)


def insert_action(audit: Audit, action: ActionItem) -> int:
    """Record an action item agreed at ``action.meeting_id``; returns its id."""
    assert action.meeting_id is not None
    require_open(audit.db, action.meeting_id)
    return int(audit.insert("action_items", {
        "meeting_id": action.meeting_id, "agenda_item_id": action.item_id, "what": action.what.strip(),
        "who": action.who.strip(), "due_on": action.due, "status": action.status, "done_on": action.done_on,
    }))


def update_action(audit: Audit, action_id: int, **fields: Any) -> dict[str, Any]:
    """Change ``what``, ``who``, ``due`` (only while the origin meeting is concept), or
    ``status`` / ``done_on`` (always: an item is done at a later meeting)."""
    columns = {"what": "what", "who": "who", "due": "due_on", "status": "status", "done_on": "done_on"}
    values = {columns[k]: v for k, v in fields.items()}
    row = audit.db.execute("SELECT meeting_id FROM action_items WHERE id = ?", [action_id]).fetchone()
    if set(values) - {"status", "done_on"}:
        require_open(audit.db, int(row[0]))
    return audit.update("action_items", action_id, values)


def set_action_done(audit: Audit, action_id: int, done_on: dt.date | None) -> None:
    """Mark an action item gereed on ``done_on``, or open again with None."""
    update_action(audit, action_id, status=ACTION_DONE if done_on else ACTION_OPEN, done_on=done_on)


def delete_action(audit: Audit, action_id: int) -> None:
    """Remove an action item (only while its meeting is concept)."""
    row = audit.db.execute("SELECT meeting_id FROM action_items WHERE id = ?", [action_id]).fetchone()
    require_open(audit.db, int(row[0]))
    audit.delete("action_items", action_id)


# --- pack versions ------------------------------------------------------------------------------


def insert_pack_version(audit: Audit, meeting_id: int, made_at: str, fingerprint: str) -> PackVersion:
    """Record a made version of the pack (next number); allowed after vaststelling too."""
    row = audit.db.execute("SELECT max(version) FROM pack_versions WHERE meeting_id = ?", [meeting_id]).fetchone()
    version = (row[0] or 0) + 1
    pid = audit.insert("pack_versions", {"meeting_id": meeting_id, "version": version, "made_at": made_at,
                                         "fingerprint": fingerprint})
    return PackVersion(int(pid), meeting_id, version, made_at, None, fingerprint)


def mark_pack_version_sent(audit: Audit, pack_id: int, on: dt.date) -> None:
    """Record that this version of the pack went out."""
    audit.update("pack_versions", pack_id, {"sent_on": on})
