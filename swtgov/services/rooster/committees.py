"""Commissies: create them, assign members with start and end dates, mark the chair.

Like the member use cases, each function takes the caller's
:class:`~swtgov.store.audit.Audit`, checks first and raises
:class:`~swtgov.errors.ValidationError` with Dutch problems naming the field
before anything is written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from swtgov.domain.rooster.model import (
    COMMITTEE_KINDS,
    Committee,
    CommitteeSeat,
    Rooster,
    message_date,
)
from swtgov.domain.rooster.terms import current_term, scheduled_departure
from swtgov.errors import ValidationError
from swtgov.store.audit import Audit
from swtgov.store.rooster import repo

_KIND_CHOICES = "kies audit, werkgevers, kwaliteit of overig"
LIST_SEPARATOR = ","  # separates the commissies of a member in a spreadsheet cell


def guess_kind(name: str) -> str:
    """The commissie kind a name suggests: 'Auditcommissie' → audit, 'Remuneratiecommissie' → werkgevers."""
    lowered = name.lower()
    if "audit" in lowered or "financ" in lowered:
        return "audit"
    if "werkgever" in lowered or "remuneratie" in lowered:
        return "werkgevers"
    if "kwaliteit" in lowered:
        return "kwaliteit"
    return "overig"


def _committee(rooster: Rooster, committee_id: int) -> Committee:
    try:
        return rooster.committee(committee_id)
    except KeyError:
        raise ValidationError([f"commissie: er is geen commissie met nummer {committee_id}"]) from None


def _seat(rooster: Rooster, seat_id: int) -> CommitteeSeat:
    for seat in rooster.seats:
        if seat.id == seat_id:
            return seat
    raise ValidationError([f"lidmaatschap: er is geen commissielidmaatschap met nummer {seat_id}"])


def _committee_problems(rooster: Rooster, name: str, kind: str, committee_id: int | None = None) -> list[str]:
    problems = []
    if not name.strip():
        problems.append("naam: de naam van de commissie is leeg")
    elif LIST_SEPARATOR in name:
        problems.append(f'naam: "{name.strip()}" bevat een komma; dat kan niet in een commissienaam, '
                        "want in een spreadsheet scheidt de komma de commissies van een lid")
    elif any(c.name.strip().lower() == name.strip().lower() and c.id != committee_id for c in rooster.committees):
        problems.append(f'naam: er is al een commissie "{name.strip()}"')
    if kind not in COMMITTEE_KINDS:
        problems.append(f'soort: "{kind}" is geen soort commissie ({_KIND_CHOICES})')
    return problems


def create_committee(audit: Audit, name: str, kind: str) -> int:
    """A new commissie; returns its id.

    Raises:
        ValidationError: an empty or taken name, an unknown kind.
    """
    rooster = repo.load_rooster(audit.db)
    problems = _committee_problems(rooster, name, kind)
    if problems:
        raise ValidationError(problems, "De commissie is niet aangemaakt.")
    return repo.insert_committee(audit, Committee(None, name.strip(), kind))


def edit_committee(audit: Audit, committee_id: int, name: str, kind: str) -> None:
    """Rename a commissie or change its kind."""
    rooster = repo.load_rooster(audit.db)
    _committee(rooster, committee_id)
    problems = _committee_problems(rooster, name, kind, committee_id)
    if problems:
        raise ValidationError(problems, "De commissie is niet gewijzigd.")
    repo.update_committee(audit, committee_id, name=name.strip(), kind=kind)


def delete_committee(audit: Audit, committee_id: int) -> None:
    """Remove a commissie with all its seats (undoable like every change)."""
    _committee(repo.load_rooster(audit.db), committee_id)
    repo.delete_committee(audit, committee_id)


def _clear_chair(audit: Audit, rooster: Rooster, committee_id: int, keep: int | None, day: dt.date) -> None:
    for other in rooster.seats_in(committee_id):
        if other.id != keep and other.is_chair and (other.end is None or other.end > day):
            assert other.id is not None
            repo.update_seat(audit, other.id, is_chair=False)


def assign_seat(audit: Audit, committee_id: int, member_id: int, start: dt.date,
                end: dt.date | None = None, *, is_chair: bool = False) -> int:
    """Seat a member on a commissie from ``start`` up to ``end`` (None: open); returns the seat id.

    A new chair replaces the commissie's current chair.

    Raises:
        ValidationError: the member does not sit on the board on ``start``, the
            end is not after the start, or the member already has a seat then.
    """
    rooster = repo.load_rooster(audit.db)
    committee = _committee(rooster, committee_id)
    try:
        member = rooster.member(member_id)
    except KeyError:
        raise ValidationError([f"lid: er is geen lid met nummer {member_id}"]) from None
    problems = []
    terms = rooster.terms_of(member_id)
    if current_term(terms, start) is None and not any(t.start == start for t in terms):
        problems.append(f"aanvang: {member.name} zit op {message_date(start)} niet in de raad")
    if end is not None and end <= start:
        problems.append(f"einde: {message_date(end)} ligt niet na de aanvang ({message_date(start)})")
    leaves = scheduled_departure(terms, start)
    if end is not None and leaves is not None and end > leaves:
        problems.append(f"einde: {message_date(end)} ligt na het aftreden van {member.name} "
                        f"({message_date(leaves)})")
    for seat in rooster.seats_in(committee_id):
        if seat.member_id == member_id and (seat.end is None or start < seat.end) and (end is None or seat.start < end):
            problems.append(f"aanvang: {member.name} zit al in de {committee.name} "
                            f"(sinds {message_date(seat.start)})")
            break
    if problems:
        raise ValidationError(problems, "Het lid is niet aan de commissie toegevoegd.")
    if is_chair:
        _clear_chair(audit, rooster, committee_id, None, start)
    return repo.insert_seat(audit, CommitteeSeat(None, committee_id, member_id, start, end, is_chair))


def set_chair(audit: Audit, seat_id: int, is_chair: bool = True) -> None:
    """Mark (or unmark) a seat as the commissie's chair; the previous chair is unmarked."""
    rooster = repo.load_rooster(audit.db)
    seat = _seat(rooster, seat_id)
    if is_chair:
        _clear_chair(audit, rooster, seat.committee_id, seat_id, seat.start)
    repo.update_seat(audit, seat_id, is_chair=is_chair)


def end_seat(audit: Audit, seat_id: int, end: dt.date) -> None:
    """End a member's seat on ``end`` (the first day not sitting).

    Raises:
        ValidationError: the end is not after the seat's start.
    """
    rooster = repo.load_rooster(audit.db)
    seat = _seat(rooster, seat_id)
    if end <= seat.start:
        raise ValidationError([f"einde: {message_date(end)} ligt niet na de aanvang ({message_date(seat.start)})"],
                              "Het lidmaatschap is niet beëindigd.")
    repo.update_seat(audit, seat_id, end=end)


@dataclass(frozen=True)
class CommitteeOverview:
    """A commissie as the page shows it on a date.

    Attributes:
        committee: the commissie.
        members: names of the members seated on the date (board members only), chair first.
        chair: the chair's name, or "".
        seats: every seat with the member's name, current first, then newest first.
    """

    committee: Committee
    members: tuple[str, ...]
    chair: str
    seats: tuple[tuple[CommitteeSeat, str], ...]


def committee_overview(rooster: Rooster, as_of: dt.date) -> list[CommitteeOverview]:
    """Every commissie with who sits on it on ``as_of``, by name."""
    names = {m.id: m.name for m in rooster.members}
    result = []
    for committee in sorted(rooster.committees, key=lambda c: c.name.lower()):
        seats = rooster.seats_in(committee.id)
        seated = [s for s in seats if s.covers(as_of) and current_term(rooster.terms_of(s.member_id), as_of)]
        chair = next((names[s.member_id] for s in seated if s.is_chair), "")
        members = tuple(sorted((names[s.member_id] for s in seated), key=lambda n: (n != chair, n)))
        ordered_seats = sorted(seats, key=lambda s: (not s.covers(as_of), -s.start.toordinal()))
        result.append(CommitteeOverview(committee, members, chair,
                                        tuple((s, names.get(s.member_id, "")) for s in ordered_seats)))
    return result
