"""The year's meetings as an iCalendar file (.ics) for Outlook and other agendas.

Times are Europe/Amsterdam wall-clock times with a VTIMEZONE for the year, so the
file reads the same in any time zone. Every meeting has a UID made of the governance
file's identity (when and by whom it was created) and the meeting's id: importing a
newer file again updates the meetings in Outlook instead of adding them twice; its
SEQUENCE counts how often the meeting's day, times or place were changed (from the
audit log) and LAST-MODIFIED says when, so an agenda takes a moved meeting over
instead of keeping the old time. A meeting without times becomes an all-day event.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from pathlib import Path
from zoneinfo import ZoneInfo

from swtgov.domain.meetings.model import Meeting
from swtgov.errors import SwtgovError
from swtgov.outputs import write_bytes
from swtgov.store.governance import GovernanceFile
from swtgov.store.meetings import repo

ZONE = "Europe/Amsterdam"
PRODID = "-//swtgov//Vergaderingen//NL"


def file_key(info: Mapping[str, str]) -> str:
    """A short, stable identity of a governance file (a copy or leesversie keeps it)."""
    seed = f"{info.get('created_at', '')}|{info.get('created_by', '')}"
    return hashlib.sha256(seed.encode()).hexdigest()[:16]


def meeting_uid(key: str, meeting: Meeting) -> str:
    """``vergadering-12-<file key>@swtgov``: the same meeting always has the same UID."""
    return f"vergadering-{meeting.id}-{key}@swtgov"


def _summary(meeting: Meeting) -> str:
    return f"Vergadering {meeting.body.name}"


def _description(gf: GovernanceFile, meeting: Meeting) -> str:
    assert meeting.id is not None
    items = repo.load_items(gf.db, meeting.id)
    if not items:
        return ""
    return "Agenda:\n" + "\n".join(f"{item.number}. {item.title}" for item in items)


def build_calendar(gf: GovernanceFile, year: int, *, body: str | None = None, target: Path | None = None,
                   stamp: dt.datetime | None = None) -> bytes:
    """The .ics of ``year``'s meetings (of one body when named); written to ``target`` when given.

    Raises:
        SwtgovError: an unknown body, a year out of range, a target that is not an .ics file.
    """
    from icalendar import Calendar, Event

    from swtgov.services.meetings.lookup import resolve_body

    if not 1900 <= year <= 2999:
        raise SwtgovError(f"Het jaar moet tussen 1900 en 2999 liggen, niet {year}.")
    if target is not None and Path(target).suffix.lower() != ".ics":
        raise SwtgovError(f'Het agendabestand wordt een .ics-bestand; geef een naam die eindigt op .ics, niet "{target}".')

    chosen = resolve_body(gf.db, body) if body else None
    zone = ZoneInfo(ZONE)
    key = file_key(gf.info)
    made = stamp or dt.datetime.now(dt.UTC)
    organisation = repo.organisation_name(gf.db)
    name = f"Vergaderingen {year} {chosen.name if chosen else ''} – {organisation}".replace("  ", " ")
    which = chosen.key.replace(":", "-") if chosen else "alle"
    revisions = repo.schedule_revisions(gf.db)
    calendar = Calendar.new(prodid=PRODID, method="PUBLISH", name=name,
                            uid=f"vergaderingen-{year}-{which}-{key}@swtgov")
    for meeting in repo.load_meetings(gf.db, year=year, body=chosen):
        if meeting.start is not None:
            start: dt.date = dt.datetime.combine(meeting.date, meeting.start, zone)
            end_time = meeting.end or (dt.datetime.combine(meeting.date, meeting.start) + dt.timedelta(hours=2)).time()
            end: dt.date = dt.datetime.combine(meeting.date, end_time, zone)
        else:
            start, end = meeting.date, meeting.date + dt.timedelta(days=1)
        assert meeting.id is not None
        sequence, changed = revisions.get(meeting.id, (0, None))
        event = Event.new(uid=meeting_uid(key, meeting), summary=_summary(meeting), start=start, end=end,
                          location=meeting.location or None, description=_description(gf, meeting) or None,
                          stamp=made, sequence=sequence,
                          last_modified=changed.astimezone(dt.UTC) if changed else None)
        calendar.add_component(event)
    calendar.add_missing_timezones(first_date=dt.date(year, 1, 1), last_date=dt.date(year + 1, 1, 1))
    data = calendar.to_ical()
    if target is not None:
        write_bytes(Path(target), data, what="Het agendabestand")
    return data
