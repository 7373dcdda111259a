"""Leden, termijnen and the rules of the rooster van aan- en aftreden.

Plain value types and pure functions; the store maps rows to these types and
the UI, the reports and the signals read them.

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
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Any

from dateutil.relativedelta import relativedelta

from swtgov.domain.settings import SettingSpec
from swtgov.errors import ValidationError

ROLES: dict[str, str] = {"voorzitter": "Voorzitter", "vicevoorzitter": "Vicevoorzitter", "lid": "Lid"}
ROLE_ABBREVIATIONS: dict[str, str] = {"voorzitter": "VZ", "vicevoorzitter": "VVZ", "lid": ""}
COMMITTEE_KINDS: dict[str, str] = {
    "audit": "Auditcommissie / financiële commissie",
    "werkgevers": "Werkgeverscommissie / remuneratiecommissie",
    "kwaliteit": "Kwaliteitscommissie",
    "overig": "Overige commissie",
}

STATUS_SITTING = "zittend"
STATUS_REAPPOINTABLE = "herbenoembaar"
STATUS_NOT_REAPPOINTABLE = "niet herbenoembaar"
STATUS_LEFT = "afgetreden"
STATUS_APPOINTED = "benoemd"
STATUSES = (STATUS_SITTING, STATUS_REAPPOINTABLE, STATUS_NOT_REAPPOINTABLE, STATUS_LEFT, STATUS_APPOINTED)

_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli",
           "augustus", "september", "oktober", "november", "december")
_ORDINALS = ("eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende",
             "achtste", "negende", "tiende")


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
        return self.start <= day and (self.end is None or day < self.end)


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


def message_date(day: dt.date) -> str:
    """'1 maart 2027': for the Dutch sentences of the domain (screens use babel)."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def term_label(number: int) -> str:
    """'Tweede termijn' for 2, as rooster tables print it."""
    word = _ORDINALS[number - 1] if 1 <= number <= len(_ORDINALS) else f"{number}e"
    return f"{word.capitalize()} termijn"


def parse_term_number(text: str) -> int | None:
    """Read '2', '2e', 'tweede' or 'tweede termijn'; None when unreadable."""
    word = text.strip().lower().removesuffix("termijn").strip().removesuffix("e")
    if word.isdigit():
        return int(word) or None
    for number, ordinal in enumerate(_ORDINALS, start=1):
        if ordinal.removesuffix("e") == word:
            return number
    return None


def duration_text(span: relativedelta) -> str:
    """'8 jaar', '8 jaar en 6 maanden', '8 jaar, 1 maand en 3 dagen'."""
    parts = [f"{span.years} jaar"] if span.years or not (span.months or span.days) else []
    if span.months:
        parts.append(f"{span.months} {'maand' if span.months == 1 else 'maanden'}")
    if span.days:
        parts.append(f"{span.days} {'dag' if span.days == 1 else 'dagen'}")
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " en " + parts[-1]


def default_term_end(start: dt.date, rules: RoosterRules) -> dt.date:
    """The scheduled end of a full term starting on ``start``."""
    return start + relativedelta(years=rules.term_years)


def ordered(terms: Iterable[Term]) -> list[Term]:
    """Terms in the order they were served: by start, then number."""
    return sorted(terms, key=lambda t: (t.start, t.number))


def current_term(terms: Iterable[Term], as_of: dt.date) -> Term | None:
    """The term by which the member sits on ``as_of``, or None."""
    covering = [t for t in ordered(terms) if t.covers(as_of)]
    return covering[-1] if covering else None


def _chain_from(terms: list[Term], first: Term) -> list[Term]:
    """``first`` and the terms that continue it without a gap (reappointments)."""
    chain = [first]
    for term in terms:
        if chain[-1].start < term.start <= chain[-1].effective_end and chain[-1].left_on is None:
            chain.append(term)
    return chain


def sitting_chain(member_terms: Iterable[Term], as_of: dt.date) -> list[Term]:
    """The current term and its recorded reappointments; else the first future chain.

    Empty when the member neither sits on ``as_of`` nor has a term starting later.
    """
    terms = ordered(member_terms)
    first = current_term(terms, as_of) or next((t for t in terms if t.start > as_of), None)
    return _chain_from(terms, first) if first else []


def scheduled_departure(member_terms: Iterable[Term], as_of: dt.date) -> dt.date | None:
    """The day the member leaves as the rooster now stands, or None.

    The effective end of the last term of :func:`sitting_chain`: a recorded
    reappointment moves the departure, a recorded early departure brings it
    forward. None for a member without a current or future term.
    """
    chain = sitting_chain(member_terms, as_of)
    return chain[-1].effective_end if chain else None


def is_overdue(member_terms: Iterable[Term], as_of: dt.date) -> bool:
    """The last term's end has passed (or is today) and nothing follows it.

    That is: no departure recorded, and no later term (reappointment) recorded.
    """
    terms = ordered(member_terms)
    if not terms:
        return False
    last = terms[-1]
    return last.left_on is None and last.end <= as_of


def first_appointed(member_terms: Iterable[Term]) -> dt.date | None:
    """The start of the member's first term."""
    terms = ordered(member_terms)
    return terms[0].start if terms else None


def _gap_days(terms: list[Term]) -> int:
    """Days between terms in which the member did not sit."""
    gaps, sat_until = 0, None
    for term in terms:
        if sat_until is not None and term.start > sat_until:
            gaps += (term.start - sat_until).days
        sat_until = term.effective_end if sat_until is None else max(sat_until, term.effective_end)
    return gaps


def tenure(member_terms: Iterable[Term], until: dt.date | None = None) -> relativedelta:
    """Time sat from the first appointment up to ``until`` (default: the last end).

    Gaps between terms do not count.
    """
    terms = ordered(member_terms)
    if not terms:
        return relativedelta()
    last = until if until is not None else max(t.effective_end for t in terms)
    served = [t for t in terms if t.start < last]
    if not served:
        return relativedelta()
    end = min(last, max(t.effective_end for t in served))
    return relativedelta(end, served[0].start + dt.timedelta(days=_gap_days(served)))


def tenure_years(member_terms: Iterable[Term], until: dt.date | None = None) -> float:
    """:func:`tenure` as a number of years, e.g. 5.5 (for sorting and charts)."""
    span = tenure(member_terms, until)
    return span.years + span.months / 12 + span.days / 365.25


def tenure_limit_date(member_terms: Iterable[Term], rules: RoosterRules) -> dt.date | None:
    """The day the member reaches the maximum tenure (gaps push it later)."""
    terms = ordered(member_terms)
    if not terms:
        return None
    return terms[0].start + dt.timedelta(days=_gap_days(terms)) + relativedelta(years=rules.max_tenure_years)


def check_reappointment(member_terms: Sequence[Term], rules: RoosterRules,
                        new_end: dt.date | None = None) -> str | None:
    """Whether the member may be reappointed from the end of the last term.

    Args:
        member_terms: all terms of one member.
        rules: the rooster rules.
        new_end: the end of the new term; None means a full term.

    Returns:
        None when allowed, else the Dutch reason, e.g. "heeft al het maximum
        van 2 termijnen" or "zou met deze termijn 9 jaar zitten; het maximum
        is 8 jaar".
    """
    terms = ordered(member_terms)
    if not terms:
        return "heeft nog geen termijn om te verlengen"
    last = terms[-1]
    if last.left_on is not None:
        return f"is per {message_date(last.left_on)} afgetreden"
    if len(terms) >= rules.max_terms:
        return f"heeft al het maximum van {rules.max_terms} termijnen"
    limit = tenure_limit_date(terms, rules)
    assert limit is not None
    if limit <= last.end:
        return f"heeft de maximale zittingsduur van {rules.max_tenure_years} jaar al bereikt"
    full_end = default_term_end(last.end, rules)
    end = full_end if new_end is None else new_end
    if end <= last.end:
        return f"de nieuwe termijn moet eindigen na {message_date(last.end)}"
    if end > full_end:
        return f"een termijn duurt ten hoogste {rules.term_years} jaar (tot {message_date(full_end)})"
    if end > limit:
        would_sit = tenure([*terms, replace(last, number=last.number + 1, start=last.end, end=end)])
        return (f"zou met deze termijn {duration_text(would_sit)} zitten; "
                f"het maximum is {rules.max_tenure_years} jaar")
    return None


def proposed_reappointment_end(member_terms: Sequence[Term], rules: RoosterRules) -> dt.date | None:
    """The longest allowed end for a reappointment: a full term, capped at the tenure limit."""
    terms = ordered(member_terms)
    if not terms:
        return None
    limit = tenure_limit_date(terms, rules)
    assert limit is not None
    return min(default_term_end(terms[-1].end, rules), limit)


def is_reappointable(member_terms: Sequence[Term], rules: RoosterRules) -> bool:
    """Whether some reappointment (perhaps shorter than a full term) is allowed."""
    return check_reappointment(member_terms, rules, proposed_reappointment_end(member_terms, rules)) is None


def next_term(member_terms: Sequence[Term], rules: RoosterRules, end: dt.date | None = None) -> Term:
    """The reappointment: a new term from the previous end (not stored; id None).

    Args:
        member_terms: all terms of one member.
        rules: the rooster rules.
        end: the end of the new term; None means :func:`proposed_reappointment_end`.

    Raises:
        ValidationError: the reappointment is refused; the problem names the reason.
    """
    end = end if end is not None else proposed_reappointment_end(member_terms, rules)
    reason = check_reappointment(member_terms, rules, end)
    if reason:
        raise ValidationError([f"herbenoeming: {reason}"], "De herbenoeming is geweigerd.")
    last = ordered(member_terms)[-1]
    assert end is not None
    return Term(None, last.member_id, last.number + 1, last.end, end)


def member_status(member_terms: Sequence[Term], as_of: dt.date, rules: RoosterRules) -> str:
    """The member's status on ``as_of``, one of :data:`STATUSES`.

    * ``afgetreden``: no term covers ``as_of`` and none starts later (also when
      the end passed without a record: that is the ``term_overdue`` signal).
    * ``benoemd``: not sitting yet; the first future term starts later.
    * ``zittend``: sitting, and the reappointment after the current term is
      already recorded, so its end is no departure.
    * ``herbenoembaar``: sitting, this is the last recorded term, and
      :func:`is_reappointable` (a recorded early departure makes it false).
    * ``niet herbenoembaar``: sitting, last recorded term, not reappointable.
    """
    chain = sitting_chain(member_terms, as_of)
    if not chain:
        return STATUS_LEFT
    if chain[0].start > as_of:
        return STATUS_APPOINTED
    if len(chain) > 1:
        return STATUS_SITTING
    served = [t for t in ordered(member_terms) if t.start <= chain[-1].start]
    return STATUS_REAPPOINTABLE if is_reappointable(served, rules) else STATUS_NOT_REAPPOINTABLE


def role_on(member: Member, role_changes: Iterable[RoleChange], as_of: dt.date) -> str:
    """The role held on ``as_of``: the latest change on or before it, else ``member.role``."""
    changes = [c for c in role_changes if c.member_id == member.id and c.since <= as_of]
    return max(changes, key=lambda c: c.since).role if changes else member.role


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


@dataclass(frozen=True)
class RoosterRow:
    """One row of the rooster table ("Naam | Aan- en aftreden | Termijn").

    ``term`` is the current term, else the first future one, else the last.
    ``departure`` is :func:`scheduled_departure` (for a former member: the day
    they left). ``latest_departure`` is the end if reappointed to the maximum.
    """

    member_id: int | None
    name: str
    role: str
    role_abbreviation: str
    status: str
    first_appointed: dt.date | None
    term: Term | None
    term_label: str
    departure: dt.date | None
    reappointable: bool
    latest_departure: dt.date | None


def latest_departure(member_terms: Sequence[Term], rules: RoosterRules) -> dt.date | None:
    """The last day a member can sit if every allowed reappointment is a full term."""
    terms = list(ordered(member_terms))
    while terms and is_reappointable(terms, rules):
        terms.append(next_term(terms, rules))
    return terms[-1].effective_end if terms else None


def rooster_row(member: Member, member_terms: Sequence[Term], role_changes: Iterable[RoleChange],
                rules: RoosterRules, as_of: dt.date) -> RoosterRow:
    """The rooster table row of one member on ``as_of``."""
    terms = ordered(member_terms)
    chain = sitting_chain(terms, as_of)
    term = chain[0] if chain else (terms[-1] if terms else None)
    status = member_status(terms, as_of, rules)
    role = role_on(member, role_changes, as_of)
    return RoosterRow(
        member_id=member.id, name=member.name, role=role, role_abbreviation=ROLE_ABBREVIATIONS.get(role, ""),
        status=status, first_appointed=first_appointed(terms), term=term,
        term_label=term_label(term.number) if term else "",
        departure=chain[-1].effective_end if chain else (term.effective_end if term else None),
        reappointable=status == STATUS_REAPPOINTABLE
        or (status in (STATUS_SITTING, STATUS_APPOINTED) and is_reappointable(terms, rules)),
        latest_departure=latest_departure(terms, rules),
    )
