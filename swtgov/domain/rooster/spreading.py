"""Spreidingsvoorstel: how to spread clustered departures within the rules.

A suggestion the secretary can take or leave; nothing here changes a term.

The search is greedy and deterministic. While a cluster (see
:func:`~swtgov.domain.rooster.signals.find_clusters`) remains, one of its
members is moved, reappointable members first (by departure date, then name).
The options for a member, in order of preference:

1. a reappointment from the scheduled departure: a full term, then shorter
   terms in whole years down to one year (a term capped at the maximum tenure
   comes first when the full term does not fit), each allowed by
   :func:`~swtgov.domain.rooster.terms.check_reappointment`;
2. an earlier departure, 3, 6, 9 … months before the scheduled one, with the
   recruitment of a successor brought forward; never on or before the end of
   the warning horizon (there must be time to recruit) and never before the
   member's term started.

The first option after which the member is in no cluster is proposed. A
member for whom nothing works is left as scheduled, and the cluster signal
stays.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from swtgov.domain.rooster.model import (
    Member,
    RoosterRules,
    Term,
    duration_text,
    message_date,
    ordered,
)
from swtgov.domain.rooster.signals import (
    Departure,
    find_clusters,
    planned_departures,
    sitting_count,
)
from swtgov.domain.rooster.terms import (
    check_reappointment,
    default_term_end,
    proposed_reappointment_end,
    sitting_chain,
)

REAPPOINT = "reappoint"
LEAVE_EARLY = "leave_early"


@dataclass(frozen=True)
class Proposal:
    """One suggested change to the rooster.

    Attributes:
        member_id: the member it is about.
        member_name: their name.
        action: ``"reappoint"`` (a new term from ``current_date`` to
            ``suggested_date``) or ``"leave_early"``.
        what: the Dutch sentence shown to the secretary.
        current_date: the departure as the rooster now stands.
        suggested_date: the departure after the change.
    """

    member_id: int | None
    member_name: str
    action: str
    what: str
    current_date: dt.date
    suggested_date: dt.date


def _reappointment_options(terms: list[Term], departure: dt.date, rules: RoosterRules) -> list[dt.date]:
    """Allowed ends of a reappointment from ``departure``, longest first."""
    served = [t for t in terms if t.start < departure]
    if not served or served[-1].end != departure:
        return []
    longest = proposed_reappointment_end(served, rules)
    if longest is None:
        return []
    ends = [] if longest == default_term_end(departure, rules) else [longest]
    ends += [departure + relativedelta(years=y) for y in range(rules.term_years, 0, -1)]
    return [e for e in ends if e <= longest and check_reappointment(served, rules, e) is None]


def _early_options(terms: list[Term], departure: dt.date, rules: RoosterRules, as_of: dt.date) -> list[dt.date]:
    """Earlier departure dates, nearest first, each after the horizon and the term's start."""
    chain = sitting_chain(terms, as_of)
    earliest = max(rules.horizon_end(as_of), chain[-1].start if chain else as_of)
    options = []
    months = 3
    while True:
        day = departure - relativedelta(months=months)
        if day <= earliest:
            return options
        options.append(day)
        months += 3


def _describe(name: str, action: str, current: dt.date, suggested: dt.date, rules: RoosterRules) -> str:
    if action == LEAVE_EARLY:
        return (f"Laat {name} vervroegd aftreden per {message_date(suggested)} in plaats van "
                f"{message_date(current)}, en haal de werving van een opvolger naar voren.")
    span = relativedelta(suggested, current)
    if suggested == default_term_end(current, rules):
        length = f"voor een volle termijn van {duration_text(span)}"
    else:
        length = f"voor een kortere termijn van {duration_text(span)}"
    return (f"Herbenoem {name} per {message_date(current)} {length}: aftreden per "
            f"{message_date(suggested)} in plaats van {message_date(current)}.")


def spreading_proposal(members: Iterable[Member], terms: Iterable[Term], rules: RoosterRules,
                       as_of: dt.date) -> list[Proposal]:
    """Suggest reappointments or earlier departures that spread clustered departures.

    Args:
        members: all members, current and former.
        terms: all terms of all members.
        rules: the rooster rules (cluster rule, term length, maxima).
        as_of: the date the rooster is looked at.

    Returns:
        The proposals in the order they were found; empty when there is no
        cluster. Applying all of them leaves no cluster, unless a clustered
        member could not be moved within the rules.
    """
    members = list(members)
    terms = list(terms)
    by_member: dict[int | None, list[Term]] = {}
    for term in terms:
        by_member.setdefault(term.member_id, []).append(term)
    board_size = sitting_count(members, terms, as_of)
    planned = {d.member_id: d for d in planned_departures(members, terms, as_of)}
    reappointable = {
        mid: bool(_reappointment_options(ordered(by_member.get(mid, [])), d.date, rules))
        for mid, d in planned.items()
    }
    settled: set[int | None] = set()
    proposals: list[Proposal] = []

    def clustered(member_id: int | None, departures: Sequence[Departure]) -> bool:
        return any(member_id in c.member_ids for c in find_clusters(departures, board_size, rules))

    while True:
        target = None
        for cluster in find_clusters(list(planned.values()), board_size, rules):
            movable = [d for d in cluster.departures if d.member_id not in settled]
            if movable:
                target = min(movable, key=lambda d: (not reappointable[d.member_id], d.date, d.name))
                break
        if target is None:
            return proposals
        settled.add(target.member_id)
        member_terms = ordered(by_member.get(target.member_id, []))
        options = [(REAPPOINT, e) for e in _reappointment_options(member_terms, target.date, rules)]
        options += [(LEAVE_EARLY, e) for e in _early_options(member_terms, target.date, rules, as_of)]
        for action, day in options:
            moved = Departure(target.member_id, target.name, day)
            trial = [moved if d.member_id == target.member_id else d for d in planned.values()]
            if not clustered(target.member_id, trial):
                planned[target.member_id] = moved
                proposals.append(Proposal(target.member_id, target.name, action,
                                          _describe(target.name, action, target.date, day, rules),
                                          target.date, day))
                break
