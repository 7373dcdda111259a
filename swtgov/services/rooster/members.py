"""Leden en rooster: the signal provider, the overview, and the member use cases.

Every use case takes the :class:`~swtgov.store.audit.Audit` of the caller's
transaction (``gf.change()`` or ``session.perform``), checks everything with
the domain first and raises :class:`~swtgov.errors.ValidationError` with Dutch
problems naming the field before anything is written. Commissies are in
:mod:`swtgov.services.rooster.committees`, the import in
:mod:`swtgov.services.rooster.importer`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlite_utils import Database

from swtgov.domain.rooster.checks import term_problems
from swtgov.domain.rooster.model import (
    ROLES,
    STATUS_LEFT,
    Committee,
    CommitteeSeat,
    Member,
    RoleChange,
    Rooster,
    RoosterRules,
    Term,
    message_date,
    role_on,
)
from swtgov.domain.rooster.signals import rooster_signals
from swtgov.domain.rooster.spreading import Proposal, spreading_proposal
from swtgov.domain.rooster.terms import (
    RoosterRow,
    current_term,
    default_term_end,
    next_term,
    rooster_row,
)
from swtgov.domain.signals import Signal
from swtgov.errors import ValidationError
from swtgov.store.audit import Audit
from swtgov.store.rooster import repo
from swtgov.store.settings import load_settings

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_PHONE = re.compile(r"[0-9 +()\-./]*")
_ROLE_CHOICES = "kies voorzitter, vicevoorzitter of lid"


def load_rooster(db: Database) -> Rooster:
    """Every member, term, role change, commissie and seat of the file."""
    return repo.load_rooster(db)


def load_rules(db: Database) -> RoosterRules:
    """The organisation's rooster settings (term length, maximum terms and tenure, ...)."""
    return RoosterRules.from_settings(load_settings(db))


def signals(db: Database, as_of: dt.date) -> list[Signal]:
    """Every rooster signal on ``as_of`` (the provider for Overzicht and ``swtgov signals``)."""
    return rooster_signals_of(repo.load_rooster(db), load_rules(db), as_of)


def rooster_signals_of(rooster: Rooster, rules: RoosterRules, as_of: dt.date) -> list[Signal]:
    """The signals of an already loaded rooster."""
    return rooster_signals(rooster.members, rooster.terms, rooster.role_changes, rooster.committees,
                           rooster.seats, rules, as_of)


@dataclass(frozen=True)
class RoosterView:
    """Everything the rooster page shows on a date, read from the file once."""

    rooster: Rooster
    rules: RoosterRules
    overview: list[MemberOverview]
    signals: list[Signal]
    proposals: list[Proposal]


def rooster_view(db: Database, as_of: dt.date) -> RoosterView:
    """The page's data on ``as_of``: the rooster and rules loaded once, the rest derived."""
    rooster, rules = repo.load_rooster(db), load_rules(db)
    return RoosterView(rooster, rules, member_overview(rooster, rules, as_of),
                       rooster_signals_of(rooster, rules, as_of), proposals(rooster, rules, as_of))


@dataclass(frozen=True)
class MemberOverview:
    """One member as the page shows them on a date.

    Attributes:
        member: the member's own fields.
        row: the rooster row (role, status, current term, departure…).
        terms: every term, in order.
        seats: every commissie seat with its commissie, oldest first.
        committees: names of the commissies sat on on the date; the chair's marked " (vz)".
    """

    member: Member
    row: RoosterRow
    terms: tuple[Term, ...]
    seats: tuple[tuple[Committee, CommitteeSeat], ...]
    committees: tuple[str, ...]

    @property
    def is_former(self) -> bool:
        """The member has left the board (on the overview's date)."""
        return self.row.status == STATUS_LEFT


def member_overview(rooster: Rooster, rules: RoosterRules, as_of: dt.date) -> list[MemberOverview]:
    """Every member with their row on ``as_of``, sitting members first, then by name."""
    committees = {c.id: c for c in rooster.committees}
    result = []
    for member in rooster.members:
        terms = rooster.terms_of(member.id)
        row = rooster_row(member, terms, rooster.role_changes_of(member.id), rules, as_of)
        seats = tuple((committees[s.committee_id], s) for s in rooster.seats_of(member.id))
        current = tuple(sorted(c.name + (" (vz)" if s.is_chair else "") for c, s in seats
                               if s.covers(as_of) and row.status != STATUS_LEFT))
        result.append(MemberOverview(member, row, tuple(terms), seats, current))
    return sorted(result, key=lambda o: (o.is_former, o.member.name.lower()))


def proposals(rooster: Rooster, rules: RoosterRules, as_of: dt.date) -> list[Proposal]:
    """The spreading proposal for clustered departures (suggestions only)."""
    return spreading_proposal(rooster.members, rooster.terms, rules, as_of)


# --- checks shared by the use cases -----------------------------------------------------------


def _refuse(problems: list[str], heading: str) -> None:
    if problems:
        raise ValidationError(problems, heading)


def _name_problems(rooster: Rooster, name: str, member_id: int | None = None) -> list[str]:
    if not name.strip():
        return ["naam: de naam is leeg"]
    clash = [m for m in rooster.members if m.id != member_id and m.name.strip().lower() == name.strip().lower()]
    return [f'naam: er is al een lid met de naam "{clash[0].name}"'] if clash else []


EMAIL_REASON = "is geen e-mailadres (zoals naam@voorbeeld.nl)"
PHONE_REASON = "is geen telefoonnummer"


def email_problem(email: str) -> str | None:
    """The Dutch reason an e-mail address is not one (``is geen e-mailadres …``), or None; empty is fine."""
    text = email.strip()
    return EMAIL_REASON if text and not _EMAIL.fullmatch(text) else None


def phone_problem(phone: str) -> str | None:
    """The Dutch reason a phone number is not one, or None; empty is fine."""
    text = phone.strip()
    digits = sum(ch.isdigit() for ch in text)
    return PHONE_REASON if text and (not _PHONE.fullmatch(text) or digits < 6) else None


def _contact_problems(email: str, phone: str) -> list[str]:
    problems = []
    if reason := email_problem(email):
        problems.append(f'e-mail: "{email.strip()}" {reason}')
    if reason := phone_problem(phone):
        problems.append(f'telefoon: "{phone.strip()}" {reason}')
    return problems


def _member(rooster: Rooster, member_id: int) -> Member:
    try:
        return rooster.member(member_id)
    except KeyError:
        raise ValidationError([f"lid: er is geen lid met nummer {member_id}"]) from None


def _hand_over_role(audit: Audit, rooster: Rooster, member_id: int | None, role: str, since: dt.date) -> None:
    """Only one voorzitter and one vicevoorzitter: whoever held ``role`` on ``since`` becomes lid."""
    if role == "lid":
        return
    for other in rooster.members:
        if other.id == member_id or other.id is None:
            continue
        if (role_on(other, rooster.role_changes_of(other.id), since) == role
                and current_term(rooster.terms_of(other.id), since) is not None):
            _record_role(audit, rooster, other.id, "lid", since)


def _record_role(audit: Audit, rooster: Rooster, member_id: int, role: str, since: dt.date) -> None:
    repo.insert_role_change(audit, RoleChange(member_id, role, since))
    history = [*rooster.role_changes_of(member_id), RoleChange(member_id, role, since)]
    repo.update_member(audit, member_id, role=max(reversed(history), key=lambda c: c.since).role)


# --- use cases ----------------------------------------------------------------------------------


def add_member(audit: Audit, name: str, role: str, start: dt.date, end: dt.date | None = None, *,
               email: str = "", phone: str = "") -> int:
    """A new member with a first term from ``start``; returns the member's id.

    Args:
        audit: the change's audit writer.
        name: full name; must not be empty or taken.
        role: voorzitter, vicevoorzitter or lid (a new chair takes over from the current one).
        start: the first term starts (benoemd per).
        end: the scheduled end; None means a full term from the setting.
        email: contact, optional.
        phone: contact, optional.

    Raises:
        ValidationError: every problem, each naming its field; nothing is written.
    """
    rooster = repo.load_rooster(audit.db)
    rules = load_rules(audit.db)
    end = end or default_term_end(start, rules)
    problems = _name_problems(rooster, name)
    if role not in ROLES:
        problems.append(f'rol: "{role}" is geen rol ({_ROLE_CHOICES})')
    problems += _contact_problems(email, phone)
    problems += [p.text() for p in term_problems([Term(None, None, 1, start, end)], rules)]
    _refuse(problems, "Het nieuwe lid is niet toegevoegd.")
    member_id = repo.insert_member(audit, Member(None, name.strip(), role, email.strip(), phone.strip()))
    repo.insert_term(audit, Term(None, member_id, 1, start, end))
    _hand_over_role(audit, rooster, member_id, role, start)
    repo.insert_role_change(audit, RoleChange(member_id, role, start))
    return member_id


def reappoint(audit: Audit, member_id: int, end: dt.date | None = None) -> int:
    """Herbenoemen: the next term from the end of the last one; returns the new term's id.

    Args:
        audit: the change's audit writer.
        member_id: the member.
        end: the end of the new term; None means the longest the rules allow.

    Raises:
        ValidationError: the domain's reason ("heeft al het maximum van 2 termijnen").
    """
    rooster = repo.load_rooster(audit.db)
    member = _member(rooster, member_id)
    try:
        term = next_term(rooster.terms_of(member_id), load_rules(audit.db), end)
    except ValidationError as exc:
        raise ValidationError(exc.problems, f"{member.name} kan niet worden herbenoemd.") from None
    return repo.insert_term(audit, term)


def record_departure(audit: Audit, member_id: int, on: dt.date, reason: str = "") -> None:
    """Aftreden per ``on`` (the first day not sitting), also early; with an optional reason.

    Terms recorded after ``on`` (a reappointment that will not happen) are
    removed; commissie seats end on the same day.

    Raises:
        ValidationError: the date is not within a term, or a departure is already recorded.
    """
    rooster = repo.load_rooster(audit.db)
    member = _member(rooster, member_id)
    terms = rooster.terms_of(member_id)
    left = [t for t in terms if t.left_on is not None]
    problems: list[str] = []
    if not terms:
        problems.append(f"afgetreden: {member.name} heeft geen termijn")
    elif left:
        problems.append(f"afgetreden: {member.name} is al afgetreden per {message_date(left[0].left_on)}")  # type: ignore[arg-type]
    elif on <= terms[0].start:
        problems.append(f"afgetreden: {message_date(on)} ligt niet na de aanvang van de eerste termijn "
                        f"({message_date(terms[0].start)})")
    elif on > terms[-1].end:
        problems.append(f"afgetreden: {message_date(on)} ligt na het einde van de laatste termijn "
                        f"({message_date(terms[-1].end)})")
    else:
        before = sorted((t for t in terms if t.end < on), key=lambda t: t.end)
        if not any(t.start < on <= t.end for t in terms) and before:
            after = min((t for t in terms if t.start >= on), key=lambda t: t.start)
            problems.append(f"afgetreden: {member.name} heeft op {message_date(on)} geen lopende termijn "
                            f"(termijn {before[-1].number} eindigde op {message_date(before[-1].end)}, "
                            f"termijn {after.number} begint op {message_date(after.start)})")
    _refuse(problems, "Het aftreden is niet vastgelegd.")
    term = next(t for t in terms if t.start < on <= t.end)
    assert term.id is not None
    repo.update_term(audit, term.id, left_on=on, left_reason=reason.strip())
    for later in terms:
        if later.start >= on and later.id is not None and later.id != term.id:
            repo.delete_term(audit, later.id)
    for seat in rooster.seats_of(member_id):
        assert seat.id is not None
        if seat.start >= on:
            repo.delete_seat(audit, seat.id)
        elif seat.end is None or seat.end > on:
            repo.update_seat(audit, seat.id, end=on)


def change_role(audit: Audit, member_id: int, role: str, since: dt.date) -> None:
    """A dated role change; a new voorzitter (or vicevoorzitter) takes over from the current one.

    Raises:
        ValidationError: an unknown role, a date the member does not sit, or no change.
    """
    rooster = repo.load_rooster(audit.db)
    member = _member(rooster, member_id)
    problems = []
    if role not in ROLES:
        problems.append(f'rol: "{role}" is geen rol ({_ROLE_CHOICES})')
    elif role_on(member, rooster.role_changes_of(member_id), since) == role:
        problems.append(f"rol: {member.name} is op {message_date(since)} al {ROLES[role].lower()}")
    if current_term(rooster.terms_of(member_id), since) is None:
        problems.append(f"per: {member.name} zit op {message_date(since)} niet in de raad")
    _refuse(problems, "De rol is niet gewijzigd.")
    _hand_over_role(audit, rooster, member_id, role, since)
    _record_role(audit, rooster, member_id, role, since)


def edit_contact(audit: Audit, member_id: int, *, name: str, email: str, phone: str) -> None:
    """Change a member's name and contact details.

    Raises:
        ValidationError: an empty or taken name, an e-mail address or phone number that is not one.
    """
    rooster = repo.load_rooster(audit.db)
    _member(rooster, member_id)
    problems = _name_problems(rooster, name, member_id) + _contact_problems(email, phone)
    _refuse(problems, "De gegevens zijn niet gewijzigd.")
    repo.update_member(audit, member_id, name=name.strip(), email=email.strip(), phone=phone.strip())
