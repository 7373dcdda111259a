"""The rooster in the governance file: rows <-> domain objects.

:func:`load_rooster` reads everything in five queries. Every write takes an
:class:`~swtgov.store.audit.Audit` (so it is logged, undoable and verified)
and the caller's transaction; deletes remove children through the audit log
before the parent, never by the cascade.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlite_utils import Database

from swtgov.domain.rooster.model import (
    Committee,
    CommitteeSeat,
    Member,
    RoleChange,
    Rooster,
    Term,
)
from swtgov.store.audit import Audit

_TERM_COLUMNS = {"number": "number", "start": "starts_on", "end": "ends_on",
                 "left_on": "left_on", "left_reason": "left_reason"}
_SEAT_COLUMNS = {"start": "starts_on", "end": "ends_on", "is_chair": "is_chair"}
_MEMBER_COLUMNS = ("name", "role", "email", "phone")


def load_rooster(db: Database) -> Rooster:
    """Every member, term, role change, commissie and seat of the file."""
    fromiso = dt.date.fromisoformat
    members = tuple(Member(*row) for row in db.execute(
        "SELECT id, name, role, email, phone FROM members ORDER BY name, id"))
    terms = tuple(
        Term(i, m, n, fromiso(s), fromiso(e), fromiso(left) if left else None, reason)
        for i, m, n, s, e, left, reason in db.execute(
            "SELECT id, member_id, number, starts_on, ends_on, left_on, left_reason FROM terms"
            " ORDER BY member_id, starts_on, number"))
    changes = tuple(RoleChange(m, role, fromiso(since)) for m, role, since in db.execute(
        "SELECT member_id, role, since FROM role_changes ORDER BY member_id, since, id"))
    committees = tuple(Committee(*row) for row in db.execute(
        "SELECT id, name, kind FROM committees ORDER BY name, id"))
    seats = tuple(
        CommitteeSeat(i, c, m, fromiso(s), fromiso(e) if e else None, bool(chair))
        for i, c, m, s, e, chair in db.execute(
            "SELECT id, committee_id, member_id, starts_on, ends_on, is_chair FROM committee_seats"
            " ORDER BY committee_id, starts_on, id"))
    return Rooster(members, terms, changes, committees, seats)


def find_member_id(db: Database, name: str) -> int | None:
    """The id of the member with exactly this name (trimmed, case-insensitive), else None."""
    row = db.execute("SELECT id FROM members WHERE lower(trim(name)) = lower(trim(?)) ORDER BY id LIMIT 1",
                     [name]).fetchone()
    return int(row[0]) if row else None


# --- members -------------------------------------------------------------------------------


def insert_member(audit: Audit, member: Member) -> int:
    """Add a member; returns the new id."""
    return int(audit.insert("members", {c: getattr(member, c) for c in _MEMBER_COLUMNS}))


def update_member(audit: Audit, member_id: int, **fields: Any) -> dict[str, Any]:
    """Change ``name``, ``role``, ``email`` and/or ``phone``; returns what changed."""
    unknown = set(fields) - set(_MEMBER_COLUMNS)
    if unknown:
        raise ValueError(f"not a member field: {sorted(unknown)}")
    return audit.update("members", member_id, fields)


def delete_member(audit: Audit, member_id: int) -> None:
    """Remove a member with their terms, role history and seats (children first)."""
    for table in ("committee_seats", "role_changes", "terms"):
        for (row_id,) in audit.db.execute(f"SELECT id FROM {table} WHERE member_id = ? ORDER BY id",  # noqa: S608
                                          [member_id]).fetchall():
            audit.delete(table, row_id)
    audit.delete("members", member_id)


# --- terms and roles --------------------------------------------------------------------------


def insert_term(audit: Audit, term: Term) -> int:
    """Add a term to a member; returns the new id."""
    return int(audit.insert("terms", {
        "member_id": term.member_id, "number": term.number, "starts_on": term.start, "ends_on": term.end,
        "left_on": term.left_on, "left_reason": term.left_reason,
    }))


def update_term(audit: Audit, term_id: int, **fields: Any) -> dict[str, Any]:
    """Change ``number``, ``start``, ``end``, ``left_on`` and/or ``left_reason``."""
    return audit.update("terms", term_id, {_TERM_COLUMNS[k]: v for k, v in fields.items()})


def delete_term(audit: Audit, term_id: int) -> None:
    """Remove one term."""
    audit.delete("terms", term_id)


def insert_role_change(audit: Audit, change: RoleChange) -> int:
    """Record that the member holds ``change.role`` from ``change.since``."""
    return int(audit.insert("role_changes", {"member_id": change.member_id, "role": change.role,
                                             "since": change.since}))


# --- commissies ---------------------------------------------------------------------------------


def insert_committee(audit: Audit, committee: Committee) -> int:
    """Add a commissie; returns the new id."""
    return int(audit.insert("committees", {"name": committee.name, "kind": committee.kind}))


def update_committee(audit: Audit, committee_id: int, **fields: Any) -> dict[str, Any]:
    """Change ``name`` and/or ``kind``."""
    return audit.update("committees", committee_id, fields)


def delete_committee(audit: Audit, committee_id: int) -> None:
    """Remove a commissie and its seats (seats first)."""
    for (seat_id,) in audit.db.execute("SELECT id FROM committee_seats WHERE committee_id = ? ORDER BY id",
                                       [committee_id]).fetchall():
        audit.delete("committee_seats", seat_id)
    audit.delete("committees", committee_id)


def insert_seat(audit: Audit, seat: CommitteeSeat) -> int:
    """Seat a member on a commissie; returns the new id."""
    return int(audit.insert("committee_seats", {
        "committee_id": seat.committee_id, "member_id": seat.member_id, "starts_on": seat.start,
        "ends_on": seat.end, "is_chair": seat.is_chair,
    }))


def update_seat(audit: Audit, seat_id: int, **fields: Any) -> dict[str, Any]:
    """Change ``start``, ``end`` and/or ``is_chair``."""
    return audit.update("committee_seats", seat_id, {_SEAT_COLUMNS[k]: v for k, v in fields.items()})


def delete_seat(audit: Audit, seat_id: int) -> None:
    """Remove one commissie seat."""
    audit.delete("committee_seats", seat_id)
