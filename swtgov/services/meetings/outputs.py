"""The meetings area's reports: notulen, vergaderpakket, jaarplanning.

Each is ``build(db, as_of, target=None, **options) -> bytes``, as the area record
declares its reports. ``meeting`` is a date (or date text, or a meeting id); without
``body`` the one meeting on that date is meant, and several meetings that day raise
:class:`~swtgov.services.meetings.lookup.AmbiguousMeeting` (the command line exits 2).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from sqlite_utils import Database

from swtgov.domain.meetings.model import Meeting
from swtgov.errors import SwtgovError
from swtgov.reports.meetings import labels
from swtgov.reports.meetings import minutes as minutes_pdf
from swtgov.reports.meetings import planning as planning_pdf
from swtgov.reports.meetings.pack import times
from swtgov.services.meetings import lookup
from swtgov.services.meetings.notulen import minutes_model
from swtgov.services.progress import Progress
from swtgov.store.meetings import repo


def find_meeting(db: Database, meeting: object, body: str | None = None) -> Meeting:
    """The meeting named by a date, date text, meeting id or :class:`Meeting`, and a body.

    Raises:
        AmbiguousMeeting: several meetings on the date and no body.
        SwtgovError: no such meeting, an unknown body, a date that does not exist.
    """
    if isinstance(meeting, Meeting):
        return meeting
    if isinstance(meeting, int) and not isinstance(meeting, bool):
        return repo.load_meeting(db, meeting)
    if meeting is None or meeting == "":
        raise SwtgovError("Geef de datum van de vergadering op (--meeting DATUM).")
    return lookup.resolve_meeting(db, meeting, body)  # type: ignore[arg-type]


def build_notulen(db: Database, as_of: dt.date, target: Path | None = None, *, meeting: object,
                  body: str | None = None, generated_on: dt.date | None = None, **_: object) -> bytes:
    """The notulen of one meeting; CONCEPT on every page until vastgesteld."""
    found = find_meeting(db, meeting, body)
    assert found.id is not None
    model = minutes_model(repo.load_meeting_record(db, found.id))
    return minutes_pdf.build(model, generated_on or dt.date.today(), target)


def build_vergaderpakket(db: Database, as_of: dt.date, target: Path | None = None, *, meeting: object,
                         body: str | None = None, sections: str | Iterable[str] | None = None,
                         progress: Progress | None = None, generated_on: dt.date | None = None,
                         **_: object) -> bytes:
    """The vergaderpakket of one meeting, with the generated ``sections`` (default: notulen, acties).

    Cancellable: ``progress`` may raise :class:`~swtgov.services.progress.Cancelled`.
    """
    from swtgov.services.meetings.packs import make_pack

    found = find_meeting(db, meeting, body)
    return make_pack(db, as_of, found, sections=sections, generated_on=generated_on, progress=progress,
                     target=target).pdf


#: the name the area record first used for the pack builder
build_pack = build_vergaderpakket


def _year(value: object) -> int:
    try:
        year = int(str(value).strip())
    except ValueError:
        raise SwtgovError(f'Het jaar "{value}" is geen geheel getal.') from None
    if not 1900 <= year <= 2999:
        raise SwtgovError(f"Het jaar moet tussen 1900 en 2999 liggen, niet {year}.")
    return year


def planning_model(db: Database, year: int, body: str | None = None) -> planning_pdf.Planning:
    """The jaarplanning's data: the year's meetings (of one body when named)."""
    chosen = lookup.resolve_body(db, body) if body else None
    meetings = repo.load_meetings(db, year=year, body=chosen)
    rows = [planning_pdf.PlannedMeeting(m.date, m.body.name, times(m.start, m.end).replace(" uur", ""), m.location)
            for m in meetings]
    order = {b.name: n for n, b in enumerate(repo.load_bodies(db))}
    counts = Counter(m.body.name for m in meetings)
    subtitle = (f"Vergaderingen van de {chosen.name}" if chosen else labels.PLANNING_SUBTITLE)
    return planning_pdf.Planning(
        organisation=repo.organisation_name(db), year=year, meetings=rows,
        counts=sorted(counts.items(), key=lambda kv: (order.get(kv[0], 99), kv[0])), subtitle=subtitle,
    )


def build_jaarplanning(db: Database, as_of: dt.date, target: Path | None = None, *, year: object = None,
                       body: str | None = None, generated_on: dt.date | None = None, **_: object) -> bytes:
    """The jaarplanning of ``year`` (default: the year of ``as_of``), optionally of one body."""
    chosen = _year(year) if year not in (None, "") else as_of.year
    return planning_pdf.build(planning_model(db, chosen, body), generated_on or dt.date.today(), target)
