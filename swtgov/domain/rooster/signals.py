"""The signals of the rooster van aan- en aftreden, as of a date.

Codes (area ``"rooster"``): ``term_expiring``, ``recruitment_needed``,
``term_overdue``, ``departures_cluster``, ``below_minimum_members``,
``chair_term_ending``, ``committee_understaffed``.

Decisions on the edges, besides those in :mod:`swtgov.domain.rooster.model`:

* The horizon is inclusive: a term ending on ``as_of + horizon_months``
  is signalled, one a day later is not.
* A departure is the end of a member's recorded chain of terms
  (:func:`~swtgov.domain.rooster.terms.scheduled_departure`), whether or not the
  member could be reappointed: until a reappointment is recorded the member
  leaves on that day. The cluster rule looks at all future departures of the
  sitting (and already appointed) members, not only those within the horizon.
* Board-wide signals have subject ``"Raad van Toezicht"`` and
  ``ItemRef("rooster", "board")``.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction

from dateutil.relativedelta import relativedelta

from swtgov.domain.rooster.model import (
    Committee,
    CommitteeSeat,
    Member,
    RoleChange,
    RoosterRules,
    Term,
    message_date,
    ordered,
    role_on,
)
from swtgov.domain.rooster.terms import (
    check_reappointment,
    current_term,
    default_term_end,
    is_overdue,
    proposed_reappointment_end,
    sitting_chain,
)
from swtgov.domain.signals import ItemRef, Severity, Signal, sort_signals

AREA = "rooster"
BOARD = "Raad van Toezicht"
_QUARTERS = ("eerste", "tweede", "derde", "vierde")
_SHARES = {2: "de helft", 3: "een derde", 4: "een kwart", 5: "een vijfde"}


@dataclass(frozen=True)
class Departure:
    """A member leaving the board on ``date`` as the rooster now stands."""

    member_id: int | None
    name: str
    date: dt.date


@dataclass(frozen=True)
class Cluster:
    """Departures too close together.

    Attributes:
        kind: ``"quarter"`` (too many in one calendar quarter) or ``"window"``
            (more than the fraction of the board within the window).
        start: first day of the quarter, or the first departure of the window.
        end: the day after the quarter or window (exclusive).
        departures: the departures in it, by date then name.
        board_size: sitting members the fraction was taken of.
    """

    kind: str
    start: dt.date
    end: dt.date
    departures: tuple[Departure, ...]
    board_size: int

    @property
    def member_ids(self) -> frozenset[int | None]:
        """The members whose departures make up the cluster."""
        return frozenset(d.member_id for d in self.departures)


def join_dutch(parts: Sequence[str]) -> str:
    """'A', 'A en B', 'A, B en C'."""
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " en " + parts[-1]


def _members_text(n: int) -> str:
    return "1 zittend lid" if n == 1 else f"{n} zittende leden"


def _terms_by_member(terms: Iterable[Term]) -> dict[int | None, list[Term]]:
    by_member: dict[int | None, list[Term]] = {}
    for term in terms:
        by_member.setdefault(term.member_id, []).append(term)
    return {k: ordered(v) for k, v in by_member.items()}


def planned_departures(members: Iterable[Member], terms: Iterable[Term], as_of: dt.date) -> list[Departure]:
    """Every future departure of a sitting or appointed member, by date then name."""
    by_member = _terms_by_member(terms)
    departures = []
    for member in members:
        chain = sitting_chain(by_member.get(member.id, []), as_of)
        if chain:
            departures.append(Departure(member.id, member.name, chain[-1].effective_end))
    return sorted(departures, key=lambda d: (d.date, d.name))


def sitting_count(members: Iterable[Member], terms: Iterable[Term], as_of: dt.date) -> int:
    """How many members sit on ``as_of``."""
    by_member = _terms_by_member(terms)
    return sum(current_term(by_member.get(m.id, []), as_of) is not None for m in members)


def find_clusters(departures: Sequence[Departure], board_size: int, rules: RoosterRules) -> list[Cluster]:
    """The departures that break the cluster rule, by start date.

    A calendar quarter with ``cluster_quarter_count`` or more departures is a
    cluster. So are two or more departures within ``cluster_window_months``
    from a departure (end exclusive) when they are more than
    ``cluster_fraction`` of ``board_size``; such a window is left out when all
    its members are already in an earlier reported cluster.
    """
    departures = sorted(departures, key=lambda d: (d.date, d.name))
    clusters: list[Cluster] = []
    quarters: dict[tuple[int, int], list[Departure]] = {}
    for departure in departures:
        quarters.setdefault((departure.date.year, (departure.date.month - 1) // 3), []).append(departure)
    for (year, quarter), group in sorted(quarters.items()):
        if len(group) >= rules.cluster_quarter_count:
            start = dt.date(year, quarter * 3 + 1, 1)
            clusters.append(Cluster("quarter", start, start + relativedelta(months=3), tuple(group), board_size))
    dates = [d.date for d in departures]
    if board_size > 0:
        for start in sorted(set(dates)):
            end = start + relativedelta(months=rules.cluster_window_months)
            group = departures[bisect_left(dates, start):bisect_left(dates, end)]
            ids = frozenset(d.member_id for d in group)
            if (len(group) >= 2 and Fraction(len(group), board_size) > rules.cluster_fraction
                    and not any(ids <= c.member_ids for c in clusters)):
                clusters.append(Cluster("window", start, end, tuple(group), board_size))
    return sorted(clusters, key=lambda c: (c.start, c.kind))


def cluster_message(cluster: Cluster, rules: RoosterRules) -> str:
    """The Dutch sentence naming the members and their dates."""
    named = join_dutch([f"{d.name} ({message_date(d.date)})" for d in cluster.departures])
    n = len(cluster.departures)
    if cluster.kind == "quarter":
        quarter = _QUARTERS[(cluster.start.month - 1) // 3]
        return (f"In het {quarter} kwartaal van {cluster.start.year} treden {n} leden af: {named}. "
                f"Spreid het aftreden om de continuïteit van de raad te bewaren.")
    fraction = rules.cluster_fraction
    share = _SHARES.get(fraction.denominator, str(fraction)) if fraction.numerator == 1 else str(fraction)
    return (f"Binnen {rules.cluster_window_months} maanden vanaf {message_date(cluster.start)} treden "
            f"{n} van de {cluster.board_size} zittende leden af, meer dan {share} van de raad: {named}. "
            f"Spreid het aftreden om de continuïteit van de raad te bewaren.")


def _member_signals(member: Member, terms: list[Term], rules: RoosterRules, as_of: dt.date) -> list[Signal]:
    ref = ItemRef(AREA, "member", member.id)
    name = member.name
    if is_overdue(terms, as_of):
        end = terms[-1].end
        return [Signal(AREA, Severity.CRITICAL, "term_overdue", name,
                       f"De termijn van {name} is op {message_date(end)} verlopen, maar er is geen "
                       f"herbenoeming of aftreden vastgelegd.", end, ref)]
    chain = sitting_chain(terms, as_of)
    if not chain or chain[0].start > as_of:
        return []
    last = chain[-1]
    leaves = last.effective_end
    if leaves > rules.horizon_end(as_of):
        return []
    if last.left_on is not None:
        return [Signal(AREA, Severity.WARNING, "recruitment_needed", name,
                       f"{name} treedt af per {message_date(leaves)}: start werving.", leaves, ref)]
    served = [t for t in terms if t.start <= last.start]
    proposed = proposed_reappointment_end(served, rules)
    reason = check_reappointment(served, rules, proposed)
    if reason is None:
        assert proposed is not None
        until = "" if proposed == default_term_end(last.end, rules) else \
            f" (tot uiterlijk {message_date(proposed)})"
        return [Signal(AREA, Severity.WARNING, "term_expiring", name,
                       f"De termijn van {name} eindigt op {message_date(leaves)}. {name} is "
                       f"herbenoembaar{until}: start herbenoemingsgesprek.", leaves, ref)]
    return [Signal(AREA, Severity.WARNING, "recruitment_needed", name,
                   f"De termijn van {name} eindigt op {message_date(leaves)}. {name} is niet "
                   f"herbenoembaar ({reason}): start werving.", leaves, ref)]


def _minimum_signal(members: Sequence[Member], by_member: dict[int | None, list[Term]],
                    rules: RoosterRules, as_of: dt.date) -> list[Signal]:
    ref = ItemRef(AREA, "board")
    count = sum(current_term(by_member.get(m.id, []), as_of) is not None for m in members)
    if count < rules.min_members:
        return [Signal(AREA, Severity.CRITICAL, "below_minimum_members", BOARD,
                       f"De raad telt {_members_text(count)}; het minimum is {rules.min_members}.", as_of, ref)]
    horizon = rules.horizon_end(as_of)
    changes: dict[dt.date, list[tuple[int, str]]] = {}
    for member in members:
        chain = sitting_chain(by_member.get(member.id, []), as_of)
        if not chain:
            continue
        if chain[0].start > as_of and chain[0].start <= horizon:
            changes.setdefault(chain[0].start, []).append((+1, member.name))
        if chain[-1].effective_end <= horizon:
            changes.setdefault(chain[-1].effective_end, []).append((-1, member.name))
    for day in sorted(changes):
        count += sum(step for step, _ in changes[day])
        if count < rules.min_members:
            leaving = join_dutch(sorted(n for step, n in changes[day] if step < 0))
            return [Signal(AREA, Severity.WARNING, "below_minimum_members", BOARD,
                           f"Na het aftreden van {leaving} per {message_date(day)} telt de raad "
                           f"{_members_text(count)}; het minimum is {rules.min_members}.", day, ref)]
    return []


def _chair_signal(members: Sequence[Member], by_member: dict[int | None, list[Term]],
                  role_changes: Sequence[RoleChange], rules: RoosterRules, as_of: dt.date) -> list[Signal]:
    changes: dict[int | None, list[RoleChange]] = {}
    for change in role_changes:
        changes.setdefault(change.member_id, []).append(change)

    def chair_since(member: Member) -> dt.date:
        dates = [c.since for c in changes.get(member.id, []) if c.role == "voorzitter" and c.since <= as_of]
        return max(dates, default=dt.date.min)

    candidates = [m for m in members if role_on(m, changes.get(m.id, []), as_of) == "voorzitter"
                  and (current_term(by_member.get(m.id, []), as_of) or is_overdue(by_member.get(m.id, []), as_of))]
    if not candidates:
        return []
    chair = max(candidates, key=chair_since)
    terms = by_member.get(chair.id, [])
    ref = ItemRef(AREA, "member", chair.id)
    if is_overdue(terms, as_of):
        end = terms[-1].end
        return [Signal(AREA, Severity.CRITICAL, "chair_term_ending", chair.name,
                       f"De termijn van voorzitter {chair.name} is op {message_date(end)} verlopen; "
                       f"regel direct de herbenoeming of een nieuwe voorzitter.", end, ref)]
    leaves = sitting_chain(terms, as_of)[-1].effective_end
    if leaves > rules.horizon_end(as_of):
        return []
    return [Signal(AREA, Severity.WARNING, "chair_term_ending", chair.name,
                   f"De termijn van voorzitter {chair.name} eindigt op {message_date(leaves)}: "
                   f"bereid de opvolging van het voorzitterschap voor.", leaves, ref)]


def _committee_signals(committees: Iterable[Committee], seats: Iterable[CommitteeSeat],
                       sitting_ids: set[int | None], rules: RoosterRules, as_of: dt.date) -> list[Signal]:
    signals = []
    seated_by_committee: dict[int | None, set[int]] = {}
    for seat in seats:
        if seat.covers(as_of) and seat.member_id in sitting_ids:
            seated_by_committee.setdefault(seat.committee_id, set()).add(seat.member_id)
    for committee in committees:
        seated = seated_by_committee.get(committee.id, set())
        if len(seated) < rules.min_committee_members:
            signals.append(Signal(AREA, Severity.WARNING, "committee_understaffed", committee.name,
                                  f"{committee.name} telt {_members_text(len(seated))}; het minimum is "
                                  f"{rules.min_committee_members}.", as_of, ItemRef(AREA, "committee", committee.id)))
    return signals


def _is_active(terms: list[Term], as_of: dt.date) -> bool:
    """Whether a member can raise a signal: sitting, appointed, or overdue (``terms`` in served order)."""
    if not terms:
        return False
    last = terms[-1]
    if last.left_on is None and last.end <= as_of:
        return True  # overdue
    return any(t.effective_end > as_of for t in terms)


def rooster_signals(members: Sequence[Member], terms: Iterable[Term], role_changes: Iterable[RoleChange],
                    committees: Iterable[Committee], seats: Iterable[CommitteeSeat],
                    rules: RoosterRules, as_of: dt.date) -> list[Signal]:
    """Every rooster signal on ``as_of``, most severe first (see module docstring).

    Args:
        members: all members, current and former.
        terms: all terms of all members.
        role_changes: the dated role history.
        committees: all commissies.
        seats: all commissie seats.
        rules: the rooster rules.
        as_of: the date the signals are computed for.
    """
    by_member = _terms_by_member(terms)
    # Members who left for good raise nothing; leaving them out keeps ten years of history cheap.
    members = [m for m in members if _is_active(by_member.get(m.id, []), as_of)]
    active_ids = {m.id for m in members}
    role_changes = [c for c in role_changes if c.member_id in active_ids]
    signals: list[Signal] = []
    for member in members:
        signals += _member_signals(member, by_member.get(member.id, []), rules, as_of)
    all_terms = [t for mid in active_ids for t in by_member.get(mid, [])]
    for cluster in find_clusters(planned_departures(members, all_terms, as_of),
                                 sitting_count(members, all_terms, as_of), rules):
        signals.append(Signal(AREA, Severity.WARNING, "departures_cluster", BOARD,
                              cluster_message(cluster, rules), cluster.departures[0].date, ItemRef(AREA, "board")))
    signals += _minimum_signal(members, by_member, rules, as_of)
    signals += _chair_signal(members, by_member, role_changes, rules, as_of)
    sitting_ids = {m.id for m in members if current_term(by_member.get(m.id, []), as_of)}
    signals += _committee_signals(committees, seats, sitting_ids, rules, as_of)
    return sort_signals(signals)
