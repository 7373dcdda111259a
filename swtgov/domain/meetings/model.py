"""Vergaderingen: bodies, meetings, agenda items, documents, attendance, decisions, actions.

Plain, frozen value types. The store maps rows to these, the services and reports
read them, the rules in :mod:`swtgov.domain.meetings.rules` compute with them.

The edges, decided once for every caller:

* A body is the RvT (``committee_id is None``) or one commissie of the rooster area.
* Times are local wall-clock times (Europe/Amsterdam) without offset; a meeting
  without times is allowed (a date is enough for the jaarplanning).
* Minutes are ``concept`` until ``vastgesteld``; from then on nothing in the
  meeting's record changes, except that its action items can still be marked done
  (at a later meeting) and that sending can still be recorded.
* A document is stored once by its SHA-256; ``besloten`` documents stay out of the
  leesversie.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

RVT_NAME = "Raad van Toezicht"
RVT_SHORT = "RvT"

MINUTES_DRAFT = "concept"
MINUTES_APPROVED = "vastgesteld"
MINUTES_STATUSES: dict[str, str] = {MINUTES_DRAFT: "Concept", MINUTES_APPROVED: "Vastgesteld"}

KIND_DECISION = "besluitvorming"
KIND_DISCUSSION = "bespreking"
KIND_INFORMATION = "informatie"
#: agenda item kinds, key -> Dutch label as the agenda prints it
ITEM_KINDS: dict[str, str] = {
    KIND_DECISION: "ter besluitvorming",
    KIND_DISCUSSION: "ter bespreking",
    KIND_INFORMATION: "ter informatie",
}

PRESENT = "aanwezig"
ABSENT_NOTIFIED = "afwezig_mk"
ABSENT_UNNOTIFIED = "afwezig_zk"
#: presence key -> Dutch label
PRESENCES: dict[str, str] = {
    PRESENT: "aanwezig",
    ABSENT_NOTIFIED: "afwezig met kennisgeving",
    ABSENT_UNNOTIFIED: "afwezig zonder kennisgeving",
}

CAPACITY_MEMBER = "lid"
CAPACITY_GUEST = "gast"
CAPACITY_SECRETARY = "notulist"
#: capacity key -> Dutch label
CAPACITIES: dict[str, str] = {CAPACITY_MEMBER: "lid", CAPACITY_GUEST: "gast", CAPACITY_SECRETARY: "notulist"}

ACTION_OPEN = "open"
ACTION_DONE = "gereed"
ACTION_STATUSES: dict[str, str] = {ACTION_OPEN: "open", ACTION_DONE: "gereed"}


@dataclass(frozen=True)
class Body:
    """The RvT (``committee_id`` None) or a commissie.

    Attributes:
        committee_id: the ``committees.id`` of a commissie; None for the RvT.
        name: "Raad van Toezicht" or the commissie's name.
    """

    committee_id: int | None
    name: str = RVT_NAME

    @property
    def is_board(self) -> bool:
        """True for the RvT itself."""
        return self.committee_id is None

    @property
    def short(self) -> str:
        """"RvT" or the commissie's name (for lists, file names, the CLI)."""
        return RVT_SHORT if self.committee_id is None else self.name

    @property
    def key(self) -> str:
        """Stable text key: ``rvt`` or ``commissie:<id>``."""
        return "rvt" if self.committee_id is None else f"commissie:{self.committee_id}"


@dataclass(frozen=True)
class Meeting:
    """One vergadering of a body.

    Attributes:
        id: row id (None before it is stored).
        body: RvT or commissie.
        date: the meeting's day.
        start, end: local times, or None.
        location: where ("Teamkantoor Noord, Stationsplein 3").
        minutes_status: :data:`MINUTES_DRAFT` or :data:`MINUTES_APPROVED`.
        approved_on: the day the minutes were vastgesteld.
        pack_sent_on: the day the vergaderpakket went out (clears ``pack_due``).
        minutes_sent_on: the day the (concept) minutes went out.
    """

    id: int | None
    body: Body
    date: dt.date
    start: dt.time | None = None
    end: dt.time | None = None
    location: str = ""
    minutes_status: str = MINUTES_DRAFT
    approved_on: dt.date | None = None
    pack_sent_on: dt.date | None = None
    minutes_sent_on: dt.date | None = None

    @property
    def is_approved(self) -> bool:
        """True when the minutes are vastgesteld (the record no longer changes)."""
        return self.minutes_status == MINUTES_APPROVED


@dataclass(frozen=True)
class Document:
    """A PDF stored once in the file, by content.

    Attributes:
        id: ``documents.id``.
        sha256: hex digest of the bytes (the natural key).
        name: file name as attached ("Jaarrekening 2025.pdf").
        size: bytes.
        pages: page count.
        besloten: confidential: not in the leesversie.
    """

    id: int | None
    sha256: str
    name: str
    size: int
    pages: int
    besloten: bool = False


@dataclass(frozen=True)
class Attachment:
    """A document attached to an agenda item, at a position (1-based)."""

    id: int | None
    item_id: int | None
    document: Document
    position: int


@dataclass(frozen=True)
class Conflict:
    """Tegenstrijdig belang: a member who takes no part in one agenda item."""

    id: int | None
    item_id: int | None
    name: str
    member_id: int | None = None
    reason: str = ""


@dataclass(frozen=True)
class AgendaItem:
    """One agendapunt.

    Attributes:
        id: row id.
        meeting_id: the meeting.
        number: "1", "4a" (unique within the meeting).
        position: order on the agenda (1-based).
        title: "Jaarrekening 2025".
        kind: a key of :data:`ITEM_KINDS`.
        presenter: inbrenger ("directeur-bestuurder").
        note: explanatory note for the agenda (toelichting).
        minutes: the notes (verslag) of this item in the minutes.
        attachments: documents in order.
        conflicts: members who take no part.
    """

    id: int | None
    meeting_id: int | None
    number: str
    position: int
    title: str
    kind: str = KIND_DISCUSSION
    presenter: str = ""
    note: str = ""
    minutes: str = ""
    attachments: tuple[Attachment, ...] = ()
    conflicts: tuple[Conflict, ...] = ()

    @property
    def kind_label(self) -> str:
        """"ter besluitvorming" etc."""
        return ITEM_KINDS.get(self.kind, self.kind)


@dataclass(frozen=True)
class Attendance:
    """One person at (or absent from) a meeting.

    Attributes:
        id: row id.
        meeting_id: the meeting.
        name: as the minutes print it.
        member_id: the member, for members of the body; None for guests and the notulist.
        presence: a key of :data:`PRESENCES`.
        capacity: a key of :data:`CAPACITIES`.
        role: for guests the function ("directeur-bestuurder", "controller");
            for members filled by the store from the rooster ("voorzitter").
        is_chair: chairs this meeting (chair of the RvT or of the commissie that day).
    """

    id: int | None
    meeting_id: int | None
    name: str
    member_id: int | None = None
    presence: str = PRESENT
    capacity: str = CAPACITY_MEMBER
    role: str = ""
    is_chair: bool = False


@dataclass(frozen=True)
class Decision:
    """A besluit, numbered per year over all bodies ("2026-07").

    Attributes:
        id: row id.
        meeting_id: the meeting that took it.
        item_id: the agenda item, or None.
        number: "2026-07".
        text: the decision as minuted.
    """

    id: int | None
    meeting_id: int | None
    item_id: int | None
    number: str
    text: str


@dataclass(frozen=True)
class ActionItem:
    """An actiepunt, carried from meeting to meeting until done.

    Attributes:
        id: row id.
        meeting_id: the origin meeting (where it was agreed).
        item_id: the agenda item it came from, or None.
        what: omschrijving.
        who: wie.
        due: deadline, or None.
        status: :data:`ACTION_OPEN` or :data:`ACTION_DONE`.
        done_on: when it was done.
    """

    id: int | None
    meeting_id: int | None
    what: str
    who: str
    due: dt.date | None = None
    status: str = ACTION_OPEN
    done_on: dt.date | None = None
    item_id: int | None = None

    @property
    def is_open(self) -> bool:
        return self.status == ACTION_OPEN


@dataclass(frozen=True)
class CarriedAction:
    """An open action item of an earlier meeting, as a later meeting shows it."""

    action: ActionItem
    origin: Meeting

    @property
    def origin_label(self) -> str:
        """"vorige vergadering" marker text: where it came from (the origin's date, ISO)."""
        return self.origin.date.isoformat()


@dataclass(frozen=True)
class SittingMember:
    """A member of a body on a meeting's date, as the rooster says.

    ``role`` is the RvT role on that date (voorzitter, vicevoorzitter, lid);
    ``is_chair`` says who chairs this body (the RvT chair, or the commissie's chair).
    """

    member_id: int
    name: str
    role: str = "lid"
    is_chair: bool = False
    email: str = ""


@dataclass(frozen=True)
class MeetingRecord:
    """Everything the minutes, the pack and the page need about one meeting.

    Attributes:
        meeting: the meeting.
        items: agenda items in order, with attachments and conflicts.
        attendance: everyone recorded (members, guests, notulist), in the minutes' order.
        members: members of the body sitting on the meeting's date (rooster).
        decisions: decisions of this meeting, by number.
        actions: action items agreed at this meeting.
        carried: open action items of earlier meetings of the same body (with origin).
        previous: the body's previous meeting, or None.
        organisation: the organisation's name (setting ``general.organisation_name``).
    """

    meeting: Meeting
    items: tuple[AgendaItem, ...] = ()
    attendance: tuple[Attendance, ...] = ()
    members: tuple[SittingMember, ...] = ()
    decisions: tuple[Decision, ...] = ()
    actions: tuple[ActionItem, ...] = ()
    carried: tuple[CarriedAction, ...] = ()
    previous: Meeting | None = None
    organisation: str = ""
    quorum_rule: str = "meerderheid"


@dataclass(frozen=True)
class PackVersion:
    """One made (and perhaps sent) version of a meeting's vergaderpakket.

    Attributes:
        id: row id.
        meeting_id: the meeting.
        version: 1, 2, ... per meeting.
        made_at: ISO moment with offset.
        sent_on: the day this version was sent, or None.
        fingerprint: JSON text the pack builder chooses (per item number the title
            and the documents' hashes), to say which items changed since a sent version.
    """

    id: int | None
    meeting_id: int
    version: int
    made_at: str
    sent_on: dt.date | None = None
    fingerprint: str = "{}"
