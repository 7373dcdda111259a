"""Reading the meetings area: rows -> domain objects.

Writes are in :mod:`swtgov.store.meetings.write`, documents in
:mod:`swtgov.store.meetings.documents`. Everything here only reads.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable

from sqlite_utils import Database

from swtgov.domain.meetings import rules
from swtgov.domain.meetings.model import (
    RVT_NAME,
    RVT_SHORT,
    ActionItem,
    AgendaItem,
    Attachment,
    Attendance,
    Body,
    Conflict,
    Decision,
    Document,
    Meeting,
    MeetingRecord,
    PackVersion,
    SittingMember,
)
from swtgov.errors import SwtgovError

_d = dt.date.fromisoformat

_MEETING_SQL = (
    "SELECT m.id, m.committee_id, c.name, m.held_on, m.starts_at, m.ends_at, m.location,"
    " m.minutes_status, m.approved_on, m.pack_sent_on, m.minutes_sent_on"
    " FROM meetings m LEFT JOIN committees c ON c.id = m.committee_id"
)


def _date(text: str | None) -> dt.date | None:
    return _d(text) if text else None


def _time(text: str | None) -> dt.time | None:
    return dt.time.fromisoformat(text) if text else None


def _meeting(row: tuple) -> Meeting:  # type: ignore[type-arg]
    mid, committee_id, committee, held, start, end, location, status, approved, pack, minutes = row
    body = Body(None) if committee_id is None else Body(committee_id, committee)
    return Meeting(mid, body, _d(held), _time(start), _time(end), location, status,
                   _date(approved), _date(pack), _date(minutes))


# --- bodies ---------------------------------------------------------------------------------


def load_bodies(db: Database) -> list[Body]:
    """The RvT, then every commissie by name."""
    return [Body(None)] + [Body(cid, name) for cid, name in
                           db.execute("SELECT id, name FROM committees ORDER BY name, id")]


def find_body(db: Database, text: str) -> Body | None:
    """The body named ``text``: "RvT", "Raad van Toezicht" or a commissie (case-insensitive)."""
    key = " ".join(str(text).split()).casefold()
    if key in {RVT_SHORT.casefold(), RVT_NAME.casefold(), "rvt", "raad"}:
        return Body(None)
    row = db.execute("SELECT id, name FROM committees WHERE lower(trim(name)) = ?", [key]).fetchone()
    if row is None:
        for cid, name in db.execute("SELECT id, name FROM committees"):
            if " ".join(name.split()).casefold() == key:
                return Body(cid, name)
        return None
    return Body(row[0], row[1])


def sitting_members(db: Database, body: Body, day: dt.date) -> list[SittingMember]:
    """Members of ``body`` on ``day`` as the rooster says, chair first then by name.

    RvT: a term covers the day (start up to, not including, the departure). Commissie:
    a seat covers the day and the member sits on the RvT that day.
    """
    iso = day.isoformat()
    sitting = (
        "SELECT DISTINCT member_id FROM terms WHERE starts_on <= :d AND :d < coalesce(left_on, ends_on)"
    )
    role = (
        "coalesce((SELECT r.role FROM role_changes r WHERE r.member_id = m.id AND r.since <= :d"
        " ORDER BY r.since DESC, r.id DESC LIMIT 1), m.role)"
    )
    if body.is_board:
        rows = db.execute(
            f"SELECT m.id, m.name, {role}, 0, m.email FROM members m WHERE m.id IN ({sitting})",  # noqa: S608
            {"d": iso},
        ).fetchall()
        found = [SittingMember(i, n, r, r == "voorzitter", e) for i, n, r, _, e in rows]
    else:
        rows = db.execute(
            f"SELECT m.id, m.name, {role}, max(s.is_chair), m.email FROM committee_seats s"  # noqa: S608
            f" JOIN members m ON m.id = s.member_id WHERE s.committee_id = :c AND s.starts_on <= :d"
            f" AND (s.ends_on IS NULL OR :d < s.ends_on) AND m.id IN ({sitting}) GROUP BY m.id",
            {"d": iso, "c": body.committee_id},
        ).fetchall()
        found = [SittingMember(i, n, r, bool(chair), e) for i, n, r, chair, e in rows]
    return sorted(found, key=lambda m: (not m.is_chair, rules.name_key(m.name)))


# --- meetings -------------------------------------------------------------------------------


def load_meetings(db: Database, *, year: int | None = None, body: Body | None = None) -> list[Meeting]:
    """Meetings by date (then body), optionally of one year and/or one body."""
    where, args = [], []
    if year is not None:
        where.append("m.held_on >= ? AND m.held_on < ?")
        args += [f"{year:04d}-01-01", f"{year + 1:04d}-01-01"]
    if body is not None:
        where.append("m.committee_id IS NULL" if body.is_board else "m.committee_id = ?")
        if not body.is_board:
            args.append(body.committee_id)
    sql = _MEETING_SQL + (" WHERE " + " AND ".join(where) if where else "")
    rows = db.execute(sql + " ORDER BY m.held_on, m.committee_id IS NOT NULL, c.name, m.id", args).fetchall()
    return [_meeting(r) for r in rows]


def meetings_on(db: Database, day: dt.date, body: Body | None = None) -> list[Meeting]:
    """The meetings on ``day`` (of ``body`` when given)."""
    return [m for m in load_meetings(db, body=body) if m.date == day]


def load_meeting(db: Database, meeting_id: int) -> Meeting:
    """One meeting.

    Raises:
        SwtgovError: it does not exist (any more).
    """
    row = db.execute(_MEETING_SQL + " WHERE m.id = ?", [meeting_id]).fetchone()
    if row is None:
        raise SwtgovError("Deze vergadering bestaat niet (meer).")
    return _meeting(row)


def previous_meeting(db: Database, meeting: Meeting) -> Meeting | None:
    """The same body's meeting before this one."""
    earlier = [m for m in load_meetings(db, body=meeting.body) if m.date < meeting.date]
    return earlier[-1] if earlier else None


def next_meeting(db: Database, meeting: Meeting) -> Meeting | None:
    """The same body's meeting after this one."""
    later = [m for m in load_meetings(db, body=meeting.body) if m.date > meeting.date]
    return later[0] if later else None


# --- a meeting's record -----------------------------------------------------------------------


def load_items(db: Database, meeting_id: int) -> list[AgendaItem]:
    """The agenda in order, each item with its documents and conflicts."""
    items = db.execute(
        "SELECT id, meeting_id, number, position, title, kind, presenter, note, minutes FROM agenda_items"
        " WHERE meeting_id = ? ORDER BY position, id", [meeting_id]).fetchall()
    links: dict[int, list[Attachment]] = {}
    for lid, item_id, pos, did, sha, name, size, pages, besloten in db.execute(
        "SELECT l.id, l.agenda_item_id, l.position, d.id, d.sha256, d.name, d.size, d.pages, d.besloten"
        " FROM agenda_documents l JOIN documents d ON d.id = l.document_id"
        " JOIN agenda_items i ON i.id = l.agenda_item_id WHERE i.meeting_id = ? ORDER BY l.position, l.id",
        [meeting_id],
    ):
        doc = Document(did, sha, name, size, pages, bool(besloten))
        links.setdefault(item_id, []).append(Attachment(lid, item_id, doc, pos))
    conflicts: dict[int, list[Conflict]] = {}
    for cid, item_id, member_id, name, reason in db.execute(
        "SELECT c.id, c.agenda_item_id, c.member_id, c.name, c.reason FROM conflicts c"
        " JOIN agenda_items i ON i.id = c.agenda_item_id WHERE i.meeting_id = ? ORDER BY c.name", [meeting_id],
    ):
        conflicts.setdefault(item_id, []).append(Conflict(cid, item_id, name, member_id, reason))
    return [AgendaItem(*row, attachments=tuple(links.get(row[0], ())),
                       conflicts=tuple(conflicts.get(row[0], ()))) for row in items]


def item_labels(db: Database) -> dict[int, str]:
    """Every agenda item's id with its label as the registers show it ("3. Jaarplan 2027")."""
    return dict(db.execute("SELECT id, number || '. ' || title FROM agenda_items").fetchall())


def load_attendance(db: Database, meeting_id: int, members: Iterable[SittingMember] = ()) -> list[Attendance]:
    """Everyone recorded for the meeting, in the minutes' order; members get their role and
    chair mark from ``members`` (the body's sitting members)."""
    by_id = {m.member_id: m for m in members}
    out = []
    for aid, mid, member_id, name, presence, capacity, role in db.execute(
        "SELECT id, meeting_id, member_id, name, presence, capacity, role FROM attendance WHERE meeting_id = ?",
        [meeting_id],
    ):
        member = by_id.get(member_id)
        out.append(Attendance(aid, mid, name, member_id, presence, capacity,
                              role or (member.role if member else ""), bool(member and member.is_chair)))
    order = {"lid": 0, "notulist": 2, "gast": 1}
    return sorted(rules.attendance_order(out), key=lambda a: order.get(a.capacity, 3))


def _decision_rows(db: Database, where: str, args: list[object]) -> list[Decision]:
    rows = db.execute(
        "SELECT d.id, d.meeting_id, d.agenda_item_id, d.number, d.text FROM decisions d"
        f" JOIN meetings m ON m.id = d.meeting_id {where}", args).fetchall()  # noqa: S608
    decisions = [Decision(*r) for r in rows]
    return sorted(decisions, key=lambda d: _decision_key(d.number))


def _decision_key(number: str) -> tuple[int, int, str]:
    year, _, seq = number.partition("-")
    return (int(year) if year.isdigit() else 0, int(seq) if seq.isdigit() else 0, number)


def load_decisions(db: Database, *, meeting_id: int | None = None, year: int | None = None,
                   body: Body | None = None) -> list[Decision]:
    """Decisions by number, of one meeting, year and/or body."""
    where, args = [], []
    if meeting_id is not None:
        where.append("d.meeting_id = ?")
        args.append(meeting_id)
    if year is not None:
        where.append("substr(m.held_on, 1, 4) = ?")
        args.append(f"{year:04d}")
    if body is not None:
        where.append("m.committee_id IS NULL" if body.is_board else "m.committee_id = ?")
        if not body.is_board:
            args.append(body.committee_id)
    return _decision_rows(db, "WHERE " + " AND ".join(where) if where else "", args)


def load_actions(db: Database, *, meeting_id: int | None = None, body: Body | None = None,
                 open_only: bool = False) -> list[ActionItem]:
    """Action items by origin date then due date."""
    where, args = [], []
    if meeting_id is not None:
        where.append("a.meeting_id = ?")
        args.append(meeting_id)
    if body is not None:
        where.append("m.committee_id IS NULL" if body.is_board else "m.committee_id = ?")
        if not body.is_board:
            args.append(body.committee_id)
    if open_only:
        where.append("a.status = 'open'")
    sql = (
        "SELECT a.id, a.meeting_id, a.what, a.who, a.due_on, a.status, a.done_on, a.agenda_item_id"
        " FROM action_items a JOIN meetings m ON m.id = a.meeting_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY m.held_on, coalesce(a.due_on, '9999'), a.id"
    )
    return [ActionItem(i, m, what, who, _date(due), status, _date(done), item)
            for i, m, what, who, due, status, done, item in db.execute(sql, args)]


def quorum_rule(db: Database) -> str:
    """The ``vergaderingen.quorum`` setting (default ``meerderheid``)."""
    row = db.execute("SELECT value FROM settings WHERE key = 'vergaderingen.quorum'").fetchone()
    return str(json.loads(row[0])) if row else "meerderheid"


def organisation_name(db: Database) -> str:
    """The ``general.organisation_name`` setting."""
    row = db.execute("SELECT value FROM settings WHERE key = 'general.organisation_name'").fetchone()
    return str(json.loads(row[0])) if row else "Stichting"


def load_meeting_record(db: Database, meeting_id: int) -> MeetingRecord:
    """Everything the minutes and the pack need about one meeting."""
    meeting = load_meeting(db, meeting_id)
    members = sitting_members(db, meeting.body, meeting.date)
    body_meetings = load_meetings(db, body=meeting.body)
    carried = rules.carried_actions(meeting, body_meetings, load_actions(db, body=meeting.body))
    earlier = [m for m in body_meetings if m.date < meeting.date]
    return MeetingRecord(
        meeting=meeting,
        items=tuple(load_items(db, meeting_id)),
        attendance=tuple(load_attendance(db, meeting_id, members)),
        members=tuple(members),
        decisions=tuple(load_decisions(db, meeting_id=meeting_id)),
        actions=tuple(load_actions(db, meeting_id=meeting_id)),
        carried=tuple(carried),
        previous=earlier[-1] if earlier else None,
        organisation=organisation_name(db),
        quorum_rule=quorum_rule(db),
    )


# --- documents and pack versions ----------------------------------------------------------------


def find_document(db: Database, sha256: str) -> Document | None:
    """The stored document with this hash (without its bytes)."""
    row = db.execute("SELECT id, sha256, name, size, pages, besloten FROM documents WHERE sha256 = ?",
                     [sha256]).fetchone()
    return Document(*row[:5], bool(row[5])) if row else None


def document_bytes(db: Database, sha256: str) -> bytes:
    """The PDF bytes of a stored document.

    Raises:
        SwtgovError: no such document (in a leesversie: a besloten one).
    """
    row = db.execute("SELECT content FROM documents WHERE sha256 = ?", [sha256]).fetchone()
    if row is None:
        raise SwtgovError("Dit stuk zit niet in het bestand (in een leesversie ontbreken besloten stukken).")
    return bytes(row[0])


def load_pack_versions(db: Database, meeting_id: int) -> list[PackVersion]:
    """The made versions of a meeting's pack, oldest first."""
    return [PackVersion(i, m, v, made, _date(sent), fp) for i, m, v, made, sent, fp in db.execute(
        "SELECT id, meeting_id, version, made_at, sent_on, fingerprint FROM pack_versions"
        " WHERE meeting_id = ? ORDER BY version", [meeting_id])]


def member_references(db: Database, member_id: int) -> int:
    """How many attendance and conflict-of-interest rows name this member: a member who
    attended a meeting cannot be deleted from the rooster (the foreign key restricts)."""
    row = db.execute("SELECT (SELECT count(*) FROM attendance WHERE member_id = ?)"
                     " + (SELECT count(*) FROM conflicts WHERE member_id = ?)", [member_id, member_id]).fetchone()
    return int(row[0])


def committee_meetings(db: Database, committee_id: int) -> int:
    """How many meetings this commissie has: such a commissie cannot be deleted (the foreign key restricts)."""
    return int(db.execute("SELECT count(*) FROM meetings WHERE committee_id = ?", [committee_id]).fetchone()[0])


#: the columns of a meeting whose change a calendar must take over (RFC 5545 SEQUENCE):
#: day, times, place and the body that meets (the event's title)
SCHEDULE_FIELDS = frozenset({"held_on", "starts_at", "ends_at", "location", "committee_id"})


def schedule_revisions(db: Database) -> dict[int, tuple[int, dt.datetime]]:
    """Per meeting id: how often its day, times, place or body were changed after it was planned
    (from the audit log), and when last. A leesversie has no log: no revisions."""
    found: dict[int, tuple[int, dt.datetime]] = {}
    rows = db.execute(
        "SELECT row_key, at, changes FROM audit_log WHERE table_name = 'meetings' AND action = 'update' ORDER BY id"
    )
    for key, at, text in rows:
        try:
            changed = json.loads(text)
            meeting_id, moment = int(key), dt.datetime.fromisoformat(at)
        except (ValueError, TypeError):
            continue  # an unreadable entry is verify's to report, not the calendar's
        if not isinstance(changed, dict) or not SCHEDULE_FIELDS & changed.keys():
            continue
        count, _ = found.get(meeting_id, (0, moment))
        found[meeting_id] = (count + 1, moment)
    return found
