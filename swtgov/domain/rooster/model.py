"""Leden, termijnen and the rules of the rooster van aan- en aftreden: the vocabulary.

Plain value types (members, terms, roles, commissies), the settings and rules,
the Dutch wording, and validation of what a user or an import enters. The
arithmetic of terms (chains, tenure, reappointment, status, the rooster row)
is in :mod:`swtgov.domain.rooster.terms`. The store maps rows to these types
and the UI, the reports and the signals read them.

The edges, decided once for every caller:

* A term runs from ``start`` up to, not including, its end. The end date is
  the departure date ("aftreden per 1 maart 2027"): on that day the member no
  longer sits. A recorded departure (``left_on``) ends the term the same way;
  ``left_on == end`` is the regular departure at the scheduled end.
* After the end date has passed the member is not sitting, whether or not a
  departure is recorded; the missing record is the ``term_overdue`` signal.
* Years are added with ``relativedelta``: 29 February 2024 + 4 years is
  29 February 2028, + 1 year is 28 February 2025.
* Tenure (zittingsduur) counts the days actually sat: gaps between terms do
  not count. The maximum tenure is therefore reached at
  :func:`tenure_limit_date`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property
from operator import attrgetter
from typing import Any

from dateutil.relativedelta import relativedelta

from swtgov.domain.settings import SettingSpec
from swtgov.domain.values import ORDINAL_WORDS, message_date  # noqa: F401  (message_date: used by the area)

ROLES: dict[str, str] = {"voorzitter": "Voorzitter", "vicevoorzitter": "Vicevoorzitter", "lid": "Lid"}
ROLE_ABBREVIATIONS: dict[str, str] = {"voorzitter": "VZ", "vicevoorzitter": "VVZ", "lid": ""}
COMMITTEE_KINDS: dict[str, str] = {
    "audit": "Auditcommissie / financiële commissie",
    "werkgevers": "Werkgeverscommissie / remuneratiecommissie",
    "kwaliteit": "Kwaliteitscommissie",
    "overig": "Overige commissie",
}

_SERVED_ORDER = attrgetter("start", "number")

STATUS_SITTING = "zittend"
STATUS_REAPPOINTABLE = "herbenoembaar"
STATUS_NOT_REAPPOINTABLE = "niet herbenoembaar"
STATUS_LEFT = "afgetreden"
STATUS_APPOINTED = "benoemd"
STATUSES = (STATUS_SITTING, STATUS_REAPPOINTABLE, STATUS_NOT_REAPPOINTABLE, STATUS_LEFT, STATUS_APPOINTED)



@dataclass(frozen=True)
class Member:
    """A member of the RvT, current or former; ``role`` is the current role."""

    id: int | None
    name: str
    role: str = "lid"
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Term:
    """One termijn: ``end`` is the scheduled departure, ``left_on`` the actual one."""

    id: int | None
    member_id: int | None
    number: int
    start: dt.date
    end: dt.date
    left_on: dt.date | None = None
    left_reason: str = ""

    @property
    def effective_end(self) -> dt.date:
        """The day the member stops sitting: the recorded departure, else the end."""
        return self.left_on if self.left_on is not None else self.end

    def covers(self, day: dt.date) -> bool:
        """Whether the member sits on ``day`` by this term (end exclusive)."""
        return self.start <= day < self.effective_end


@dataclass(frozen=True)
class RoleChange:
    """From ``since`` on the member holds ``role``."""

    member_id: int
    role: str
    since: dt.date


@dataclass(frozen=True)
class Committee:
    """A commissie; ``kind`` is a key of :data:`COMMITTEE_KINDS`."""

    id: int | None
    name: str
    kind: str = "overig"

    @property
    def kind_label(self) -> str:
        """The Dutch name of the kind."""
        return COMMITTEE_KINDS.get(self.kind, self.kind)


@dataclass(frozen=True)
class CommitteeSeat:
    """A member's seat on a commissie from ``start`` up to ``end`` (exclusive)."""

    id: int | None
    committee_id: int
    member_id: int
    start: dt.date
    end: dt.date | None = None
    is_chair: bool = False

    def covers(self, day: dt.date) -> bool:
        """Whether the seat is held on ``day`` (end exclusive)."""
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Rooster:
    """The whole rooster as loaded from a file: members, terms, roles, commissies, seats."""

    members: tuple[Member, ...] = ()
    terms: tuple[Term, ...] = ()
    role_changes: tuple[RoleChange, ...] = ()
    committees: tuple[Committee, ...] = ()
    seats: tuple[CommitteeSeat, ...] = field(default=())

    @cached_property
    def _index(self) -> dict[str, dict[int | None, list[Any]]]:
        """Terms, role changes and seats by member, seats by commissie; built once, in order."""
        index: dict[str, dict[int | None, list[Any]]] = {"terms": {}, "changes": {}, "seats": {}, "in": {}}
        for term in ordered(self.terms):
            index["terms"].setdefault(term.member_id, []).append(term)
        for change in sorted(self.role_changes, key=lambda c: c.since):
            index["changes"].setdefault(change.member_id, []).append(change)
        for seat in sorted(self.seats, key=lambda s: (s.start, s.committee_id, s.member_id)):
            index["seats"].setdefault(seat.member_id, []).append(seat)
            index["in"].setdefault(seat.committee_id, []).append(seat)
        return index

    def since(self, day: dt.date) -> Rooster:
        """The part that still matters from ``day`` on: members sitting after it, or overdue.

        Members whose last term ended (with a recorded departure) on or before
        ``day`` are left out with their terms, roles and seats; signals, the
        timeline and the rooster table of any later date do not change by it.
        """
        keep = set()
        for member_id, terms in self._index["terms"].items():
            last = terms[-1]
            if (last.left_on is None and last.end <= day) or any(t.effective_end > day for t in terms):
                keep.add(member_id)
        return Rooster(tuple(m for m in self.members if m.id in keep),
                       tuple(t for t in self.terms if t.member_id in keep),
                       tuple(c for c in self.role_changes if c.member_id in keep), self.committees,
                       tuple(s for s in self.seats if s.member_id in keep))

    def member(self, member_id: int | None) -> Member:
        """The member with this id; raises KeyError when there is none."""
        for member in self.members:
            if member.id == member_id:
                return member
        raise KeyError(member_id)

    def terms_of(self, member_id: int | None) -> list[Term]:
        """One member's terms in the order they were served."""
        return list(self._index["terms"].get(member_id, []))

    def role_changes_of(self, member_id: int | None) -> list[RoleChange]:
        """One member's role history, oldest first."""
        return list(self._index["changes"].get(member_id, []))

    def committee(self, committee_id: int | None) -> Committee:
        """The commissie with this id; raises KeyError when there is none."""
        for committee in self.committees:
            if committee.id == committee_id:
                return committee
        raise KeyError(committee_id)

    def seats_of(self, member_id: int | None) -> list[CommitteeSeat]:
        """One member's commissie seats, oldest first."""
        return list(self._index["seats"].get(member_id, []))

    def seats_in(self, committee_id: int | None) -> list[CommitteeSeat]:
        """The seats of one commissie, oldest first."""
        return list(self._index["in"].get(committee_id, []))


SETTINGS: list[SettingSpec] = [
    SettingSpec("rooster.term_years", "Duur van een termijn (jaren)",
                "Hoe lang een (her)benoeming ten hoogste duurt, volgens de statuten. Een kortere termijn mag.",
                4, minimum=1, maximum=10),
    SettingSpec("rooster.max_terms", "Maximum aantal termijnen",
                "Hoe vaak een lid ten hoogste benoemd mag worden (de eerste benoeming meegeteld).",
                2, minimum=1, maximum=5),
    SettingSpec("rooster.max_tenure_years", "Maximale zittingsduur (jaren)",
                "Hoe lang een lid in totaal ten hoogste zitting heeft, volgens statuten en governancecode.",
                8, minimum=1, maximum=20),
    SettingSpec("rooster.horizon_months", "Signaleringstermijn (maanden)",
                "Hoeveel maanden vooruit een aflopende termijn wordt gesignaleerd.",
                6, minimum=1, maximum=36),
    SettingSpec("rooster.min_members", "Minimum aantal leden",
                "Het kleinste aantal zittende leden dat de statuten toestaan.",
                3, minimum=1, maximum=15),
    SettingSpec("rooster.min_committee_members", "Minimum aantal leden per commissie",
                "Een commissie met minder zittende leden wordt gesignaleerd.",
                2, minimum=1, maximum=10),
    SettingSpec("rooster.cluster_quarter_count", "Gelijktijdig aftreden: leden per kwartaal",
                "Zoveel of meer leden die in één kwartaal aftreden is een risico voor de continuïteit.",
                2, minimum=2, maximum=10),
    SettingSpec("rooster.cluster_fraction_denominator", "Gelijktijdig aftreden: meer dan 1/N van de raad",
                "Treedt meer dan 1/N van de zittende raad af binnen het venster, dan is de continuïteit in gevaar. "
                "Standaard 3: meer dan een derde.",
                3, minimum=2, maximum=10),
    SettingSpec("rooster.cluster_window_months", "Gelijktijdig aftreden: venster (maanden)",
                "De periode waarbinnen het aandeel aftredende leden wordt geteld.",
                12, minimum=1, maximum=60),
]


@dataclass(frozen=True)
class RoosterRules:
    """The rules of the rooster, from the statuten; build with :meth:`from_settings`."""

    term_years: int = 4
    max_terms: int = 2
    max_tenure_years: int = 8
    horizon_months: int = 6
    min_members: int = 3
    min_committee_members: int = 2
    cluster_quarter_count: int = 2
    cluster_fraction: Fraction = Fraction(1, 3)
    cluster_window_months: int = 12

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any]) -> RoosterRules:
        """Read the ``rooster.*`` settings; a missing key takes its default.

        Raises:
            SettingValueError: a value outside its bounds.
        """
        values = {spec.key.split(".", 1)[1]: spec.validate(settings.get(spec.key, spec.default))
                  for spec in SETTINGS}
        denominator = values.pop("cluster_fraction_denominator")
        return cls(**values, cluster_fraction=Fraction(1, denominator))

    def horizon_end(self, as_of: dt.date) -> dt.date:
        """The last day (inclusive) of the warning horizon."""
        return as_of + relativedelta(months=self.horizon_months)


def term_label(number: int) -> str:
    """'Tweede termijn' for 2, as rooster tables print it."""
    word = ORDINAL_WORDS[number - 1] if 1 <= number <= len(ORDINAL_WORDS) else f"{number}e"
    return f"{word.capitalize()} termijn"


def duration_text(span: relativedelta) -> str:
    """'8 jaar', '8 jaar en 6 maanden', '8 jaar, 1 maand en 3 dagen'."""
    parts = [f"{span.years} jaar"] if span.years or not (span.months or span.days) else []
    if span.months:
        parts.append(f"{span.months} {'maand' if span.months == 1 else 'maanden'}")
    if span.days:
        parts.append(f"{span.days} {'dag' if span.days == 1 else 'dagen'}")
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " en " + parts[-1]


def ordered(terms: Iterable[Term]) -> list[Term]:
    """Terms in the order they were served: by start, then number."""
    return sorted(terms, key=_SERVED_ORDER)


def role_on(member: Member, role_changes: Iterable[RoleChange], as_of: dt.date) -> str:
    """The role held on ``as_of``: the latest change on or before it, else ``member.role``.

    Of two changes on the same day the one given last (recorded last) counts.
    """
    changes = [c for c in role_changes if c.member_id == member.id and c.since <= as_of]
    return max(reversed(changes), key=lambda c: c.since).role if changes else member.role


def validate_member(member: Member) -> list[str]:
    """Dutch problems with a member's own fields; empty when fine."""
    problems = []
    if not member.name.strip():
        problems.append("naam: de naam is leeg")
    if member.role not in ROLES:
        problems.append(f'{member.name or "lid"}, rol: "{member.role}" is geen rol '
                        f'(kies voorzitter, vicevoorzitter of lid)')
    return problems


def validate_terms(member_name: str, terms: Sequence[Term]) -> list[str]:
    """Every Dutch problem with one member's terms, each naming the field.

    Checks: end not after start; a departure before the start or after the
    end; a term number below 1, repeated or skipped (2 without 1); terms that
    overlap.
    """
    problems: list[str] = []
    numbers = [t.number for t in terms]
    for term in sorted(terms, key=lambda t: (t.number, t.start)):
        where = f"{member_name}, termijn {term.number}"
        if term.number < 1:
            problems.append(f"{where}: het termijnnummer moet 1 of hoger zijn")
        elif term.number > 1 and term.number - 1 not in numbers:
            problems.append(f"{where}: termijn {term.number} zonder termijn {term.number - 1}")
        if term.end <= term.start:
            problems.append(f"{where}: einde ({message_date(term.end)}) ligt niet na "
                            f"aanvang ({message_date(term.start)})")
        if term.left_on is not None and term.left_on < term.start:
            problems.append(f"{where}: afgetreden ({message_date(term.left_on)}) ligt vóór "
                            f"aanvang ({message_date(term.start)})")
        if term.left_on is not None and term.left_on > term.end:
            problems.append(f"{where}: afgetreden ({message_date(term.left_on)}) ligt na "
                            f"einde ({message_date(term.end)})")
    for number in sorted({n for n in numbers if numbers.count(n) > 1}):
        problems.append(f"{member_name}, termijn {number}: dit termijnnummer komt {numbers.count(number)} keer voor")
    in_order = ordered(terms)
    for i, earlier in enumerate(in_order):
        for later in in_order[i + 1:]:
            if later.start < earlier.effective_end and earlier.start < later.effective_end:
                problems.append(
                    f"{member_name}, termijn {later.number}: aanvang ({message_date(later.start)}) valt "
                    f"binnen termijn {earlier.number} ({message_date(earlier.start)} – "
                    f"{message_date(earlier.effective_end)}); termijnen mogen niet overlappen")
            elif later.number < earlier.number:
                problems.append(f"{member_name}, termijn {later.number}: begint na termijn {earlier.number}; "
                                f"de nummers volgen de data niet")
    return problems
