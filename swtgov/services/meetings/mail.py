"""E-mail drafts: the vergaderpakket and the concept notulen as an .eml to open and send.

An .eml with ``X-Unsent: 1`` opens in Outlook and Thunderbird as a new message, ready
to check and send; swtgov itself sends nothing (no network). It is addressed to the
members of the body sitting on the meeting's date, with the e-mail addresses the
rooster holds, and carries the PDF. Making the draft records that the pack (or the
minutes) went out, which clears the ``pack_due`` signal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path

from swtgov import display
from swtgov.domain.meetings.model import Meeting, SittingMember
from swtgov.errors import SwtgovError
from swtgov.outputs import write_bytes
from swtgov.reports.meetings import labels
from swtgov.services.meetings.outputs import find_meeting
from swtgov.services.progress import Progress
from swtgov.store.governance import GovernanceFile
from swtgov.store.meetings import repo

PACK_TEXT = """Geachte leden van de {body},

Hierbij ontvangt u het vergaderpakket voor de vergadering van de {body} op {when}.
{changes}
Het pakket bevat de agenda met de paginanummers van de stukken; in een PDF-lezer
brengen de bladwijzers u direct naar elk agendapunt.

Met vriendelijke groet,

namens de voorzitter,
het bestuurssecretariaat van {organisation}
"""

MINUTES_TEXT = """Geachte leden van de {body},

Hierbij ontvangt u de conceptnotulen van de vergadering van de {body} van {date},
met de besluitenlijst en de actielijst. Opmerkingen en correcties ontvangen wij graag
vóór de volgende vergadering, waarin de notulen worden vastgesteld.

Met vriendelijke groet,

namens de voorzitter,
het bestuurssecretariaat van {organisation}
"""

APPROVED_TEXT = """Geachte leden van de {body},

Hierbij ontvangt u de notulen van de vergadering van de {body} van {date}, zoals
vastgesteld op {approved}, met de besluitenlijst en de actielijst.

Met vriendelijke groet,

namens de voorzitter,
het bestuurssecretariaat van {organisation}
"""


@dataclass(frozen=True)
class Draft:
    """A written draft: where it is, who it goes to, and who has no e-mail address."""

    path: Path
    recipients: tuple[str, ...]
    without_email: tuple[str, ...]


def _when(meeting: Meeting) -> str:
    day = f"{labels.WEEKDAYS[meeting.date.weekday()]} {display.date(meeting.date)}"
    if meeting.start is not None:
        day += f" om {meeting.start:%H:%M} uur"
    if meeting.location:
        day += f", {meeting.location}"
    return day


def _message(subject: str, text: str, members: Sequence[SittingMember], pdf: bytes, filename: str) -> EmailMessage:
    message = EmailMessage(policy=policy.default.clone(linesep="\r\n"))
    message["Subject"] = subject
    addresses = [Address(display_name=m.name, addr_spec=m.email.strip()) for m in members if m.email.strip()]
    if addresses:
        message["To"] = addresses
    message["X-Unsent"] = "1"
    message.set_content(text)
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=filename)
    return message


def _write(message: EmailMessage, target: Path) -> None:
    if Path(target).suffix.lower() != ".eml":
        raise SwtgovError(f'Een e-mailconcept wordt een .eml-bestand; geef een naam die eindigt op .eml, niet "{target}".')
    write_bytes(Path(target), message.as_bytes(), what="Het e-mailconcept")


def _file_stem(kind: str, meeting: Meeting) -> str:
    return f"{kind} {meeting.body.short} {meeting.date.isoformat()}"


def _draft(target: Path, members: Iterable[SittingMember]) -> Draft:
    members = list(members)
    return Draft(Path(target), tuple(m.name for m in members if m.email.strip()),
                 tuple(m.name for m in members if not m.email.strip()))


def pack_draft(gf: GovernanceFile, as_of: dt.date, target: Path, *, meeting: object, body: str | None = None,
               sections: str | Iterable[str] | None = None, progress: Progress | None = None,
               on: dt.date | None = None, made: object = None) -> Draft:
    """Write the pack's e-mail draft to ``target`` (.eml) and record that the pack went out on ``on``.

    ``made`` is a :class:`~swtgov.services.meetings.packs.MadePack` already made (the window
    makes it with progress first); otherwise the pack is made here.

    Raises:
        SwtgovError: no such meeting, a bad target, the file is read-only.
    """
    from swtgov.services.meetings.packs import MadePack, make_pack, record_sent

    found = find_meeting(gf.db, meeting, body)
    pack = made if isinstance(made, MadePack) else make_pack(gf.db, as_of, found, sections=sections,
                                                             progress=progress)
    members = repo.sitting_members(gf.db, found.body, found.date)
    changes = ""
    if pack.changed:
        changes = (f"\nDit is versie {pack.version} van het pakket; gewijzigd zijn de stukken bij agendapunt"
                   f"{'en' if len(pack.changed) > 1 else ''} {', '.join(pack.changed)}.\n")
    text = PACK_TEXT.format(body=found.body.name, when=_when(found), changes=changes,
                            organisation=repo.organisation_name(gf.db))
    subject = f"Vergaderpakket {found.body.name} {display.date(found.date)}"
    if pack.version > 1:
        subject += f" (versie {pack.version})"
    message = _message(subject, text, members, pack.pdf, _file_stem("Vergaderpakket", found) + ".pdf")
    with gf.change() as audit:  # refused on a read-only file before anything is written
        record_sent(audit, pack, on or dt.date.today())
        _write(message, target)  # a failed write rolls the record back
    return _draft(target, members)


def minutes_draft(gf: GovernanceFile, as_of: dt.date, target: Path, *, meeting: object, body: str | None = None,
                  on: dt.date | None = None) -> Draft:
    """Write the concept notulen's e-mail draft to ``target`` and record that they went out on ``on``."""
    from swtgov.services.meetings.minutes import mark_minutes_sent
    from swtgov.services.meetings.outputs import build_notulen

    found = find_meeting(gf.db, meeting, body)
    assert found.id is not None
    pdf = build_notulen(gf.db, as_of, meeting=found)
    members = repo.sitting_members(gf.db, found.body, found.date)
    text = (APPROVED_TEXT if found.is_approved else MINUTES_TEXT).format(
        body=found.body.name, date=display.date(found.date), organisation=repo.organisation_name(gf.db),
        approved=display.date(found.approved_on))
    kind = "Conceptnotulen" if not found.is_approved else "Notulen"
    message = _message(f"{kind} {found.body.name} {display.date(found.date)}", text, members, pdf,
                       _file_stem(kind, found) + ".pdf")
    with gf.change() as audit:
        mark_minutes_sent(audit, found.id, on or dt.date.today())
        _write(message, target)
    return _draft(target, members)

