"""Import and export of the meetings area: ``vergaderingen``, ``aanwezigheid``, ``actiepunten``
(and ``agendapunten`` in :mod:`swtgov.services.meetings.import_agenda`).

Decisions, besides the general contract of import-formats.md:

* ``orgaan`` is ``RvT`` / ``Raad van Toezicht`` or the name of a commissie that exists
  (case-insensitive); an unknown body is a problem of that row, never created.
* A meeting imported with ``vergaderingen`` starts without agenda items (an agenda
  usually follows with ``agendapunten``); the page offers the standard items.
* The record of a meeting whose minutes are vastgesteld no longer changes: a row that
  would change it (or add to it) is refused; a row that repeats what is stored counts
  as unchanged, so an export can be imported again as it is. An action item of such
  a meeting may still be marked done (``status``, ``gereed_op``): that happens at a
  later meeting.
* ``aanwezigheid``: a person who is not a member of the body on the meeting's date is
  refused unless ``hoedanigheid`` says gast or notulist.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlite_utils import Database

from swtgov.domain import values as v
from swtgov.domain.meetings import rules
from swtgov.domain.meetings.model import (
    ABSENT_NOTIFIED,
    ABSENT_UNNOTIFIED,
    ACTION_DONE,
    ACTION_OPEN,
    CAPACITY_GUEST,
    CAPACITY_MEMBER,
    CAPACITY_SECRETARY,
    PRESENT,
    ActionItem,
    Attendance,
    Body,
    Meeting,
)
from swtgov.domain.tabular import Column, ParsedRow, Problem
from swtgov.services.kinds import ImportPlan
from swtgov.services.progress import Progress
from swtgov.store.audit import Audit
from swtgov.store.meetings import repo, write


def parse_time(cell: v.Cell) -> dt.time:
    """A clock time cell (``19:00``, ``19.00``, ``19u``, an Excel time)."""
    try:
        return rules.parse_time(cell)  # type: ignore[arg-type]
    except ValueError as exc:
        raise v.ValueProblem(str(exc)) from None


_PRESENCE_WORDS = {
    "aanwezig": PRESENT, "present": PRESENT, "ja": PRESENT,
    "afwezig met kennisgeving": ABSENT_NOTIFIED, "m.k.": ABSENT_NOTIFIED, "mk": ABSENT_NOTIFIED,
    "met kennisgeving": ABSENT_NOTIFIED, "afwezig m.k.": ABSENT_NOTIFIED, "afgemeld": ABSENT_NOTIFIED,
    "afwezig": ABSENT_UNNOTIFIED, "z.k.": ABSENT_UNNOTIFIED, "zk": ABSENT_UNNOTIFIED, "absent": ABSENT_UNNOTIFIED,
    "afwezig zonder kennisgeving": ABSENT_UNNOTIFIED, "zonder kennisgeving": ABSENT_UNNOTIFIED,
    "afwezig z.k.": ABSENT_UNNOTIFIED,
}
_CAPACITY_WORDS = {"lid": CAPACITY_MEMBER, "member": CAPACITY_MEMBER, "gast": CAPACITY_GUEST,
                   "guest": CAPACITY_GUEST, "notulist": CAPACITY_SECRETARY, "secretaris": CAPACITY_SECRETARY,
                   "notulen": CAPACITY_SECRETARY}
_STATUS_WORDS = {"open": ACTION_OPEN, "lopend": ACTION_OPEN, "gereed": ACTION_DONE, "klaar": ACTION_DONE,
                 "afgerond": ACTION_DONE, "done": ACTION_DONE}


def _word(table: dict[str, str], reason: str):  # type: ignore[no-untyped-def]
    def parse(cell: v.Cell) -> str:
        key = " ".join(str(cell).split()).lower()
        if key not in table:
            raise v.ValueProblem(reason)
        return table[key]
    return parse


parse_presence = _word(_PRESENCE_WORDS, "is geen aanwezigheid (kies aanwezig, afwezig met kennisgeving (m.k.) "
                                        "of afwezig (z.k.))")
parse_capacity = _word(_CAPACITY_WORDS, "is geen hoedanigheid (kies lid, gast of notulist)")
parse_status = _word(_STATUS_WORDS, "is geen status (kies open of gereed)")

MEETING_COLUMNS = (
    Column("orgaan", required=True, aliases=("body",)),
    Column("datum", "date", required=True, aliases=("date",)),
)


def _fold(text: str) -> str:
    return " ".join(str(text).split()).casefold()


class _MeetingRows:
    """Finds the meeting of each row (body + date), reporting unknown bodies and missing meetings."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.bodies: dict[str, Body | None] = {}
        self.meetings = {(m.body.key, m.date): m for m in repo.load_meetings(db)}

    def body(self, row: ParsedRow, problems: list[Problem]) -> Body | None:
        text = row["orgaan"]
        if text is None:
            return None
        key = _fold(text)
        if key not in self.bodies:
            self.bodies[key] = repo.find_body(self.db, text)
        body = self.bodies[key]
        if body is None:
            known = ", ".join(b.short for b in repo.load_bodies(self.db))
            problems.append(Problem(row.row, "orgaan", f"is geen bekend orgaan (bekend: {known})", text))
        return body

    def meeting(self, row: ParsedRow, problems: list[Problem]) -> Meeting | None:
        """The existing meeting of the row (it must exist), or None with a problem."""
        body = self.body(row, problems)
        if body is None or row["datum"] is None:
            return None
        meeting = self.meetings.get((body.key, row["datum"]))
        if meeting is None:
            problems.append(Problem(row.row, "datum", f"{body.short} heeft op {rules.long_date(row['datum'])} "
                                    "geen vergadering; importeer die eerst (soort vergaderingen)"))
        return meeting


def locked_problem(row: ParsedRow, meeting: Meeting) -> Problem:
    """The problem of a row that would change a vastgesteld meeting's record."""
    return Problem(row.row, "datum", rules.lock_refusal(meeting) or "")


class _Kind:
    """Shared parts of the meetings kinds."""

    name = ""
    label = ""
    columns: tuple[Column, ...] = ()

    def forbidden(self, normalised_header: str) -> str | None:
        """No column of the meetings kinds is forbidden."""
        return None


# --- vergaderingen ----------------------------------------------------------------------------


class MeetingsKind(_Kind):
    """``vergaderingen``: one row per meeting, natural key orgaan + datum."""

    name = "vergaderingen"
    label = "Vergaderingen (jaarplanning)"
    columns = MEETING_COLUMNS + (
        Column("aanvang", aliases=("start",), parse=parse_time),
        Column("einde", aliases=("end",), parse=parse_time),
        Column("locatie", aliases=("location", "plaats")),
    )

    def plan(self, db: Database, rows: list[ParsedRow]) -> tuple[ImportPlan, list[Problem]]:
        """Check every row; new meetings are added, existing ones updated."""
        finder = _MeetingRows(db)
        plan, problems = ImportPlan(), []
        seen: dict[tuple[str, dt.date], int] = {}
        work: list[tuple[Meeting | None, Meeting]] = []
        for row in rows:
            body = finder.body(row, problems)
            if body is None or row["datum"] is None:
                continue
            key = (body.key, row["datum"])
            if key in seen:
                problems.append(Problem(row.row, "datum", f"dezelfde vergadering ({body.short}) staat ook op "
                                        f"rij {seen[key]}; één rij per vergadering"))
                continue
            seen[key] = row.row
            old = finder.meetings.get(key)
            present = row.values
            start = row["aanvang"] if "aanvang" in present else (old.start if old else None)
            end = row["einde"] if "einde" in present else (old.end if old else None)
            location = (row["locatie"] or "") if "locatie" in present else (old.location if old else "")
            problem = rules.check_times(start, end)
            if problem:
                problems.append(Problem(row.row, "einde", problem))
                continue
            new = Meeting(old.id if old else None, body, row["datum"], start, end, location)
            if old is None:
                plan.created += 1
            elif (old.start, old.end, old.location) == (start, end, location):
                plan.unchanged += 1
                continue
            elif old.is_approved:
                problems.append(locked_problem(row, old))
                continue
            else:
                plan.updated += 1
            work.append((old, new))

        def run(audit: Audit, progress: Progress) -> None:
            for done, (old, new) in enumerate(work, start=1):
                if old is None:
                    write.insert_meeting(audit, new)
                else:
                    assert old.id is not None
                    write.update_meeting(audit, old.id, start=new.start, end=new.end, location=new.location)
                progress(done, len(work))

        plan.write = run
        return plan, problems

    def export_rows(self, db: Database) -> list[dict[str, Any]]:
        """Every meeting by date."""
        return [{"orgaan": m.body.short, "datum": m.date, "aanvang": rules.show_time(m.start) or None,
                 "einde": rules.show_time(m.end) or None, "locatie": m.location or None}
                for m in repo.load_meetings(db)]


# --- aanwezigheid -------------------------------------------------------------------------------


class AttendanceKind(_Kind):
    """``aanwezigheid``: one row per person per meeting, natural key orgaan + datum + naam."""

    name = "aanwezigheid"
    label = "Aanwezigheid"
    columns = MEETING_COLUMNS + (
        Column("naam", required=True, aliases=("name",)),
        Column("aanwezigheid", required=True, aliases=("attendance", "presence"), parse=parse_presence),
        Column("hoedanigheid", aliases=("capacity",), parse=parse_capacity),
    )

    def plan(self, db: Database, rows: list[ParsedRow]) -> tuple[ImportPlan, list[Problem]]:
        """Check every person against the body's members on the meeting's date."""
        finder = _MeetingRows(db)
        plan, problems = ImportPlan(), []
        seen: dict[tuple[int, str], int] = {}
        members: dict[int, dict[str, Any]] = {}
        stored: dict[int, dict[str, Attendance]] = {}
        work: list[tuple[int, Attendance]] = []
        for row in rows:
            meeting = finder.meeting(row, problems)
            if meeting is None or meeting.id is None or not row["naam"] or row["aanwezigheid"] is None:
                continue
            if meeting.id not in members:
                members[meeting.id] = {_fold(m.name): m for m in repo.sitting_members(db, meeting.body, meeting.date)}
                stored[meeting.id] = {_fold(a.name): a for a in repo.load_attendance(db, meeting.id)}
            name = " ".join(row["naam"].split())
            key = (meeting.id, _fold(name))
            if key in seen:
                problems.append(Problem(row.row, "naam", f"staat voor deze vergadering ook op rij {seen[key]}", name))
                continue
            seen[key] = row.row
            member = members[meeting.id].get(_fold(name))
            capacity = row["hoedanigheid"]
            problem = rules.check_attendee(name, member is not None, capacity)
            if problem:
                problems.append(Problem(row.row, "naam", problem.split('" ', 1)[1], name))
                continue
            capacity = capacity or CAPACITY_MEMBER
            old = stored[meeting.id].get(_fold(name))
            member_id = member.member_id if member is not None and capacity == CAPACITY_MEMBER else None
            person = Attendance(None, meeting.id, member.name if member_id else name, member_id,
                                row["aanwezigheid"], capacity, old.role if old else "")
            if old is not None and (old.presence, old.capacity, old.member_id) == (
                    person.presence, person.capacity, person.member_id):
                plan.unchanged += 1
                continue
            if meeting.is_approved:
                problems.append(locked_problem(row, meeting))
                continue
            if old is None:
                plan.created += 1
            else:
                plan.updated += 1
            work.append((meeting.id, person))

        def run(audit: Audit, progress: Progress) -> None:
            for done, (meeting_id, person) in enumerate(work, start=1):
                write.save_attendance(audit, meeting_id, person)
                progress(done, len(work))

        plan.write = run
        return plan, problems

    def export_rows(self, db: Database) -> list[dict[str, Any]]:
        """Every recorded person, meetings by date, in the minutes' order."""
        labels = {PRESENT: "aanwezig", ABSENT_NOTIFIED: "afwezig met kennisgeving",
                  ABSENT_UNNOTIFIED: "afwezig zonder kennisgeving"}
        rows = []
        for meeting in repo.load_meetings(db):
            assert meeting.id is not None
            for a in repo.load_attendance(db, meeting.id):
                rows.append({"orgaan": meeting.body.short, "datum": meeting.date, "naam": a.name,
                             "aanwezigheid": labels[a.presence], "hoedanigheid": a.capacity})
        return rows


# --- actiepunten ----------------------------------------------------------------------------


class ActionsKind(_Kind):
    """``actiepunten``: one row per action item, natural key orgaan + datum + omschrijving."""

    name = "actiepunten"
    label = "Actiepunten"
    columns = MEETING_COLUMNS + (
        Column("omschrijving", required=True, aliases=("description", "wat")),
        Column("wie", required=True, aliases=("who",)),
        Column("deadline", "date", aliases=("due",)),
        Column("status", parse=parse_status),
        Column("gereed_op", "date", aliases=("done_on",)),
    )

    def plan(self, db: Database, rows: list[ParsedRow]) -> tuple[ImportPlan, list[Problem]]:
        """Check every action item; a vastgesteld meeting's items may only be marked done."""
        finder = _MeetingRows(db)
        plan, problems = ImportPlan(), []
        seen: dict[tuple[int, str], int] = {}
        stored: dict[int, dict[str, ActionItem]] = {}
        work: list[tuple[ActionItem | None, ActionItem]] = []
        for row in rows:
            meeting = finder.meeting(row, problems)
            if meeting is None or meeting.id is None or not row["omschrijving"] or not row["wie"]:
                continue
            if meeting.id not in stored:
                stored[meeting.id] = {_fold(a.what): a for a in repo.load_actions(db, meeting_id=meeting.id)}
            what = row["omschrijving"].strip()
            key = (meeting.id, _fold(what))
            if key in seen:
                problems.append(Problem(row.row, "omschrijving", f"staat voor deze vergadering ook op rij "
                                        f"{seen[key]}", what))
                continue
            seen[key] = row.row
            old = stored[meeting.id].get(_fold(what))
            present = row.values
            done_on = row["gereed_op"] if "gereed_op" in present else (old.done_on if old else None)
            status = row["status"] or (ACTION_DONE if done_on else (old.status if old else ACTION_OPEN))
            due = row["deadline"] if "deadline" in present else (old.due if old else None)
            if status == ACTION_OPEN and done_on is not None:
                problems.append(Problem(row.row, "gereed_op", "is ingevuld, maar de status is open"))
                continue
            new = ActionItem(old.id if old else None, meeting.id, what, row["wie"].strip(), due, status, done_on,
                             old.item_id if old else None)
            if old is not None and new == old:
                plan.unchanged += 1
                continue
            record_change = old is None or (old.what, old.who, old.due) != (new.what, new.who, new.due)
            if meeting.is_approved and record_change:
                problems.append(locked_problem(row, meeting))
                continue
            if old is None:
                plan.created += 1
            else:
                plan.updated += 1
            work.append((old, new))

        def run(audit: Audit, progress: Progress) -> None:
            for done, (old, new) in enumerate(work, start=1):
                if old is None:
                    write.insert_action(audit, new)
                else:
                    assert old.id is not None
                    changes: dict[str, Any] = {"status": new.status, "done_on": new.done_on}
                    if (old.who, old.due) != (new.who, new.due):
                        changes |= {"who": new.who, "due": new.due}
                    write.update_action(audit, old.id, **changes)
                progress(done, len(work))

        plan.write = run
        return plan, problems

    def export_rows(self, db: Database) -> list[dict[str, Any]]:
        """Every action item by origin meeting, then due date."""
        meetings = {m.id: m for m in repo.load_meetings(db)}
        return [{"orgaan": meetings[a.meeting_id].body.short, "datum": meetings[a.meeting_id].date,
                 "omschrijving": a.what, "wie": a.who, "deadline": a.due, "status": a.status,
                 "gereed_op": a.done_on} for a in repo.load_actions(db)]


def import_kinds() -> tuple[object, ...]:
    """The area's kinds in menu order."""
    from swtgov.services.meetings.import_agenda import AgendaKind

    return (MeetingsKind(), AgendaKind(), AttendanceKind(), ActionsKind())
