"""The rules of meetings: settings, times, the agenda, quorum, attendance order, numbering.

Pure functions on the types of :mod:`swtgov.domain.meetings.model`. Every refusal is
a Dutch sentence returned as data (a list of problems, or None when all is well),
never an exception, so an import can collect every problem at once.

Decisions on the edges:

* Quorum: ``meerderheid`` is more than half of the sitting members (3 of 5, 3 of 4);
  ``helft`` at least half; ``twee_derde`` at least two thirds; a number is a fixed
  minimum. A member with a tegenstrijdig belang on an item is left out of that item
  entirely: neither sitting nor present for its quorum.
* Decision numbers run per calendar year of the meeting over all bodies: the
  first decision of 2026 is ``2026-01``, the 100th ``2026-100``.
* An action item is carried into a meeting when it was agreed at an earlier meeting
  of the same body and was not done before that meeting's date.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from swtgov.domain.meetings.model import (
    ABSENT_NOTIFIED,
    ABSENT_UNNOTIFIED,
    CAPACITY_GUEST,
    CAPACITY_MEMBER,
    CAPACITY_SECRETARY,
    PRESENT,
    ActionItem,
    Attendance,
    CarriedAction,
    Meeting,
    SittingMember,
)
from swtgov.domain.meetings.agenda import (  # noqa: F401  (the agenda's rules, re-exported)
    CLOSING_ITEMS,
    OPENING_ITEMS,
    STANDARD_TITLES,
    check_item_number,
    duplicate_numbers,
    item_number_key,
    next_item_number,
    recurring_topics,
    renumber,
    standard_items,
)
from swtgov.domain.settings import SettingSpec

AREA = "vergaderingen"

QUORUM_RULES: dict[str, str] = {
    "meerderheid": "meer dan de helft van de zittende leden",
    "helft": "ten minste de helft van de zittende leden",
    "twee_derde": "ten minste twee derde van de zittende leden",
}


def _check_quorum_rule(value: object) -> str | None:
    text = str(value).strip()
    if text in QUORUM_RULES or (text.isdigit() and 1 <= int(text) <= 20):
        return None
    return 'gebruik "meerderheid", "helft", "twee_derde" of een aantal leden (1 tot en met 20)'


SETTINGS: list[SettingSpec] = [
    SettingSpec(
        key="vergaderingen.quorum",
        label="Quorum",
        help="Hoeveel leden aanwezig moeten zijn om te mogen besluiten (reglement RvT): "
        '"meerderheid" (meer dan de helft van de zittende leden), "helft", "twee_derde" '
        "of een vast aantal leden.",
        default="meerderheid",
        kind="text",
        check=_check_quorum_rule,
    ),
    SettingSpec(
        key="vergaderingen.pack_lead_days",
        label="Vergaderpakket vooraf (dagen)",
        help="Hoeveel dagen voor de vergadering het vergaderpakket verstuurd moet zijn; "
        "daarna volgt het signaal dat het pakket nog niet is verstuurd.",
        default=7,
        minimum=0,
        maximum=60,
    ),
    SettingSpec(
        key="vergaderingen.convocation_days",
        label="Oproeping vooraf (dagen)",
        help="Hoeveel dagen voor de vergadering de oproeping met de agenda uiterlijk uitgaat "
        "(statuten / reglement).",
        default=7,
        minimum=0,
        maximum=60,
    ),
]

_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli",
           "augustus", "september", "oktober", "november", "december")
_TIME = re.compile(r"(\d{1,2})(?:\s*(?:[:.]|u)\s*(\d{2})?|\s*u)?\s*(?:uur)?")


def long_date(day: dt.date) -> str:
    """"1 oktober 2026" (the domain's own, so messages need no display module)."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def parse_time(text: str) -> dt.time:
    """Read a clock time: ``19:00``, ``19.00``, ``19u``, ``19u30``, ``9:30``, ``19``.

    Raises:
        ValueError: with a Dutch reason that reads after the quoted value.
    """
    if isinstance(text, dt.time):
        return text
    if isinstance(text, dt.datetime):
        return text.time().replace(second=0, microsecond=0)
    if isinstance(text, float) and 0 <= text < 1:  # an Excel time cell
        minutes = round(text * 24 * 60)
        return dt.time(minutes // 60, minutes % 60)
    match = _TIME.fullmatch(str(text).strip().lower())
    if match is None:
        raise ValueError("is geen geldige tijd; schrijf bijvoorbeeld 19:00, 19.00 of 19u")
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour > 23 or minute > 59:
        raise ValueError("is geen bestaande tijd")
    return dt.time(hour, minute)


def show_time(time: dt.time | None) -> str:
    """``19:00``, or empty for no time."""
    return "" if time is None else f"{time.hour:02d}:{time.minute:02d}"


def check_times(start: dt.time | None, end: dt.time | None) -> str | None:
    """A Dutch refusal when the meeting ends before (or when) it starts."""
    if start is not None and end is not None and end <= start:
        return f"de eindtijd {show_time(end)} ligt niet na de begintijd {show_time(start)}"
    return None


# --- the vastgesteld lock -----------------------------------------------------------------


def lock_refusal(meeting: Meeting) -> str | None:
    """The Dutch refusal for any change to a meeting whose minutes are vastgesteld, else None."""
    if not meeting.is_approved:
        return None
    approved = f" op {long_date(meeting.approved_on)}" if meeting.approved_on else ""
    return (
        f"De notulen van de vergadering van {meeting.body.short} van {long_date(meeting.date)} "
        f"zijn vastgesteld{approved}; deze vergadering kan niet meer worden gewijzigd."
    )


def approval_refusal(meeting: Meeting, on: dt.date) -> str | None:
    """Why the minutes cannot be vastgesteld on ``on`` (already approved, or before the meeting)."""
    if meeting.is_approved:
        return lock_refusal(meeting)
    if on < meeting.date:
        return (f"De notulen kunnen niet worden vastgesteld op {long_date(on)}, vóór de vergadering "
                f"zelf ({long_date(meeting.date)}).")
    return None


# --- attendance and quorum ---------------------------------------------------------------


def attendance_order(people: Iterable[Attendance]) -> list[Attendance]:
    """Chair first, then alphabetically by name (case- and accent-insensitive enough)."""
    return sorted(people, key=lambda a: (not a.is_chair, name_key(a.name), a.name))


def name_key(name: str) -> str:
    """Sort key of a name: accents and case ignored ("Émile" sorts with "Emile")."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@dataclass(frozen=True)
class AttendanceGroups:
    """The minutes' header: each group in print order."""

    present: list[Attendance]
    absent_notified: list[Attendance]
    absent_unnotified: list[Attendance]
    guests: list[Attendance]
    secretaries: list[Attendance]


def attendance_groups(people: Iterable[Attendance]) -> AttendanceGroups:
    """Split attendance the way the minutes print it (members present chair first, then a–z)."""
    people = list(people)
    members = [a for a in people if a.capacity == CAPACITY_MEMBER]
    return AttendanceGroups(
        present=attendance_order(a for a in members if a.presence == PRESENT),
        absent_notified=attendance_order(a for a in members if a.presence == ABSENT_NOTIFIED),
        absent_unnotified=attendance_order(a for a in members if a.presence == ABSENT_UNNOTIFIED),
        guests=attendance_order(a for a in people if a.capacity == CAPACITY_GUEST and a.presence == PRESENT),
        secretaries=[a for a in people if a.capacity == CAPACITY_SECRETARY],
    )


def check_attendee(name: str, is_member: bool, capacity: str | None) -> str | None:
    """A Dutch refusal for someone who is not a member of the body and not a guest or notulist."""
    if capacity in (CAPACITY_GUEST, CAPACITY_SECRETARY):
        return None
    if not is_member:
        if capacity == CAPACITY_MEMBER:
            return f'"{name}" is op deze datum geen lid van dit orgaan'
        return (f'"{name}" is op deze datum geen lid van dit orgaan; '
                "vul bij hoedanigheid gast of notulist in")
    return None


def quorum_needed(rule: str, sitting: int) -> int:
    """How many members must be present, by the quorum setting, of ``sitting`` members."""
    rule = str(rule).strip()
    if rule == "helft":
        return math.ceil(sitting / 2)
    if rule == "twee_derde":
        return math.ceil(2 * sitting / 3)
    if rule.isdigit():
        return int(rule)
    return sitting // 2 + 1


@dataclass(frozen=True)
class Quorum:
    """The quorum of a meeting, or of one item of it.

    Attributes:
        sitting: members who count (conflicted members left out).
        present: of those, present.
        needed: how many must be present.
        excluded: names left out for a tegenstrijdig belang.
    """

    sitting: int
    present: int
    needed: int
    excluded: tuple[str, ...] = ()

    @property
    def met(self) -> bool:
        return self.sitting > 0 and self.present >= self.needed

    @property
    def everyone_conflicted(self) -> bool:
        """Every member has a conflict: the reasons must be recorded in writing (WBTR)."""
        return self.sitting == 0 and bool(self.excluded)

    def text(self) -> str:
        """"4 van 5 leden aanwezig, quorum 3: gehaald"."""
        verdict = "gehaald" if self.met else "niet gehaald"
        text = f"{self.present} van {self.sitting} leden aanwezig, quorum {self.needed}: {verdict}"
        if self.excluded:
            text += f" (buiten beschouwing wegens tegenstrijdig belang: {', '.join(self.excluded)})"
        return text


def quorum(
    rule: str,
    members: Sequence[SittingMember],
    attendance: Iterable[Attendance],
    conflicted: Iterable[str] = (),
) -> Quorum:
    """The quorum among the body's sitting members, leaving out the conflicted ones.

    Members are matched by member id, or by name (case-insensitive) when the
    attendance row has no id.
    """
    out = {n.strip().casefold() for n in conflicted}
    counted = [m for m in members if m.name.strip().casefold() not in out]
    excluded = tuple(m.name for m in members if m.name.strip().casefold() in out)
    present_ids = set()
    present_names = set()
    for a in attendance:
        if a.presence == PRESENT and a.capacity == CAPACITY_MEMBER:
            if a.member_id is not None:
                present_ids.add(a.member_id)
            present_names.add(a.name.strip().casefold())
    present = sum(1 for m in counted if m.member_id in present_ids or m.name.strip().casefold() in present_names)
    return Quorum(len(counted), present, quorum_needed(rule, len(counted)), excluded)


# --- decisions and actions ----------------------------------------------------------------


def decision_number(year: int, sequence: int) -> str:
    """``2026-07``: the year and the sequence, at least two digits."""
    return f"{year}-{sequence:02d}"


def next_decision_number(existing: Iterable[str], year: int) -> str:
    """The next free decision number of ``year`` after the highest one used."""
    highest = 0
    prefix = f"{year}-"
    for number in existing:
        if number.startswith(prefix) and number[len(prefix):].isdigit():
            highest = max(highest, int(number[len(prefix):]))
    return decision_number(year, highest + 1)


def carried_actions(
    meeting: Meeting, meetings: Iterable[Meeting], actions: Iterable[ActionItem]
) -> list[CarriedAction]:
    """Open action items of earlier meetings of the same body, oldest origin first.

    An item done on or after the meeting's date is still carried (it was open when
    the meeting began); one done before is not.
    """
    earlier = {m.id: m for m in meetings if m.body.key == meeting.body.key and m.date < meeting.date}
    carried = [
        CarriedAction(a, earlier[a.meeting_id])
        for a in actions
        if a.meeting_id in earlier
        and (a.done_on is None and a.is_open or a.done_on is not None and a.done_on >= meeting.date)
    ]
    carried.sort(key=lambda c: (c.origin.date, c.action.due or dt.date.max, c.action.id or 0))
    return carried


def convocation_deadline(meeting: Meeting, days: int) -> dt.date:
    """The last day the oproeping may go out."""
    return meeting.date - dt.timedelta(days=days)
