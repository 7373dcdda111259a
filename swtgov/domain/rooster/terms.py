"""The arithmetic of terms: chains, tenure, reappointment, status, the rooster row.

Pure functions over :class:`~swtgov.domain.rooster.model.Term` lists of one member;
the edges (end exclusive, tenure counts days sat, years via relativedelta) are
described in :mod:`swtgov.domain.rooster.model`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from dateutil.relativedelta import relativedelta

from swtgov.domain.rooster.model import (
    ROLE_ABBREVIATIONS,
    STATUS_APPOINTED,
    STATUS_LEFT,
    STATUS_NOT_REAPPOINTABLE,
    STATUS_REAPPOINTABLE,
    STATUS_SITTING,
    Member,
    RoleChange,
    RoosterRules,
    Term,
    duration_text,
    message_date,
    ordered,
    role_on,
    term_label,
)
from swtgov.errors import ValidationError


def default_term_end(start: dt.date, rules: RoosterRules) -> dt.date:
    """The scheduled end of a full term starting on ``start``."""
    return start + relativedelta(years=rules.term_years)


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
