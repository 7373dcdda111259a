"""Finding a meeting the way the command line and the report dialog name it: a date and a body."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from swtgov.domain import values as v
from swtgov.domain.meetings.model import Body, Meeting
from swtgov.domain.meetings.rules import long_date
from swtgov.errors import SwtgovError, WrongUsage
from swtgov.store.meetings import repo


class AmbiguousMeeting(WrongUsage):
    """Several meetings on the date and no body given (the command line exits 2)."""

    def __init__(self, day: dt.date, meetings: list[Meeting]) -> None:
        names = ", ".join(m.body.short for m in meetings)
        super().__init__(
            f"Op {long_date(day)} zijn {len(meetings)} vergaderingen ({names}); "
            "geef met --body aan welke u bedoelt."
        )
        self.meetings = meetings


def resolve_body(db: Database, text: str) -> Body:
    """The body named ``text`` ("RvT", "Raad van Toezicht", a commissie).

    Raises:
        SwtgovError: no such body; the message lists the known ones.
    """
    body = repo.find_body(db, text)
    if body is None:
        known = ", ".join(b.short for b in repo.load_bodies(db))
        raise SwtgovError(f'Onbekend orgaan "{text}". Bekende organen: {known}.')
    return body


def resolve_meeting(db: Database, day: dt.date | str, body_text: str | None = None) -> Meeting:
    """The meeting on ``day`` (a date or a date text), of the body when named.

    Raises:
        AmbiguousMeeting: several meetings that day and no body named.
        SwtgovError: a date that does not exist, an unknown body, or no meeting.
    """
    if not isinstance(day, dt.date):
        try:
            day = v.parse_date(day)
        except v.ValueProblem as exc:
            raise SwtgovError(f'"{day}" {exc}.') from None
    body = resolve_body(db, body_text) if body_text else None
    found = repo.meetings_on(db, day, body)
    if not found:
        of = f" van {body.short}" if body else ""
        raise SwtgovError(f"Er is geen vergadering{of} op {long_date(day)}.")
    if len(found) > 1:
        raise AmbiguousMeeting(day, found)
    return found[0]
