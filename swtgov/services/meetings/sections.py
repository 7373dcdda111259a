"""The generated sections a secretary can tick for a vergaderpakket, as data.

Each :class:`Section` says what it is called, which area must be installed for it,
which agenda items it belongs with (words in the item's title) and how it is made.
A section whose item is not on the agenda goes into a closing *Bijlagen* part.
Adding a section is one line in :data:`SECTIONS`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from swtgov.domain.meetings.model import MeetingRecord
from swtgov.errors import SwtgovError


@dataclass(frozen=True)
class SectionContext:
    """What a section is made from: the file, the peildatum, the meeting's record."""

    db: Database
    as_of: dt.date
    record: MeetingRecord
    generated_on: dt.date


@dataclass(frozen=True)
class Section:
    """One generated section.

    Attributes:
        key: its name on the command line (``--sections notulen,risicos``).
        title: the document's title in the agenda and the bookmarks; ``{previous}`` stands
            for the date of the body's previous meeting.
        area: the area that must be installed (``vergaderingen`` for this area's own).
        keywords: lower-case words, most specific first; the first agenda item whose
            title contains the first word that matches gets it.
        make: returns the section's PDF, or None when there is nothing to show.
    """

    key: str
    title: str
    area: str
    keywords: tuple[str, ...]
    make: Callable[[SectionContext], bytes | None]


def _previous_minutes(context: SectionContext) -> bytes | None:
    from swtgov.reports.meetings import minutes as minutes_pdf
    from swtgov.services.meetings.notulen import minutes_model
    from swtgov.store.meetings import repo

    previous = context.record.previous
    if previous is None or previous.id is None:
        return None
    return minutes_pdf.build(minutes_model(repo.load_meeting_record(context.db, previous.id)), context.generated_on)


def _open_actions(context: SectionContext) -> bytes | None:
    from swtgov.reports.meetings.sections import OpenAction, open_actions

    record = context.record
    rows = [OpenAction(c.action.what, c.action.who, c.action.due, c.origin.date)
            for c in record.carried if c.action.is_open]
    return open_actions(record.organisation, record.meeting.body.name, context.as_of, rows, context.generated_on)


def _risks(context: SectionContext) -> bytes | None:
    from swtgov.reports.meetings.sections import risks_in_short
    from swtgov.services.risks.report import report_model

    return risks_in_short(context.record.organisation, report_model(context.db, context.as_of), context.generated_on)


def _confidential(context: SectionContext) -> bytes | None:
    from swtgov.services.confidential.report import pack_section

    return pack_section(context.db, context.as_of, generated_on=context.generated_on)


def _area_report(area: str, report: str) -> Callable[[SectionContext], bytes | None]:
    """A section that is another area's report, made through the area record."""

    def make(context: SectionContext) -> bytes | None:
        from swtgov.services.areas import area_named

        kind = next(k for k in area_named(area).reports if k.name == report)
        return kind.build(context.db, context.as_of, generated_on=context.generated_on)

    return make


#: every generated section, in the order the report dialog lists them
SECTIONS: tuple[Section, ...] = (
    Section("notulen", "Notulen {previous}", "vergaderingen", ("notulen",), _previous_minutes),
    Section("acties", "Openstaande actiepunten", "vergaderingen",
            ("actielijst", "actiepunten", "acties", "notulen"), _open_actions),
    Section("rooster", "Rooster van aan- en aftreden", "rooster",
            ("rooster", "samenstelling", "benoeming", "werving"), _area_report("rooster", "rooster")),
    Section("risicos", "Risico's: matrix en boven de risicobereidheid", "risicos", ("risico",), _risks),
    Section("begroting", "Begroting en realisatie", "begroting",
            ("begroting", "realisatie", "kwartaal", "financ", "jaarrekening"), _area_report("begroting", "begroting")),
    Section("vertrouwelijk", "Vertrouwelijke registers: jaarcijfers", "vertrouwelijk",
            ("vertrouwens", "klokkenluid", "datalek", "integriteit"), _confidential),
)

#: the sections a pack gets when none are named
DEFAULT_SECTIONS = ("notulen", "acties")


def available() -> list[Section]:
    """The sections whose area is installed (this area's own always are)."""
    from swtgov.domain.meetings.rules import AREA
    from swtgov.services.areas import AREAS

    installed = {area.key for area in AREAS} | {AREA}
    return [s for s in SECTIONS if s.area in installed]


def choose(value: str | Iterable[str] | None) -> list[Section]:
    """The sections named by ``value``: a list, or text ``notulen,risicos``; ``alle``, ``geen``.

    None gives :data:`DEFAULT_SECTIONS`.

    Raises:
        SwtgovError: an unknown section, or one whose area is not installed.
    """
    offered = available()
    if value is None:
        return [s for s in offered if s.key in DEFAULT_SECTIONS]
    names: Sequence[str] = ([p.strip().lower() for p in value.replace(";", ",").split(",")]
                            if isinstance(value, str) else [str(p).strip().lower() for p in value])
    names = [n for n in names if n]
    if names in (["alle"], ["all"]):
        return offered
    if names in (["geen"], []):
        return []
    by_key = {s.key: s for s in offered}
    unknown = [n for n in names if n not in by_key]
    if unknown:
        known = ", ".join(s.key for s in offered)
        raise SwtgovError(f'Onbekend onderdeel van het vergaderpakket: "{unknown[0]}". '
                          f"Kies uit: {known} (of alle, geen).")
    return [s for s in offered if s.key in names]


def section_title(section: Section, record: MeetingRecord) -> str:
    """The section's title for this meeting."""
    from swtgov import display

    previous = record.previous
    return section.title.format(previous=display.date(previous.date) if previous else "").strip()


def place(sections: Sequence[Section], titles: Sequence[str]) -> list[tuple[Section, int | None]]:
    """Each section with the index of the agenda item it belongs with (None: the closing Bijlagen)."""
    lowered = [t.casefold() for t in titles]
    placed = []
    for section in sections:
        index = next((i for k in section.keywords for i, t in enumerate(lowered) if k in t), None)
        placed.append((section, index))
    return placed
