"""The rooster timeline as plain data: what the window and the PDF both draw.

One row per member, terms as bars across the years, the peildatum, the day
the maximum tenure is reached, and which departures are clustered. The
drawing code only maps dates to x and rows to y.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from swtgov.domain.rooster.model import (
    ROLE_ABBREVIATIONS,
    STATUS_LEFT,
    Rooster,
    RoosterRules,
    role_on,
)
from swtgov.domain.rooster.signals import (
    find_clusters,
    planned_departures,
    sitting_count,
)
from swtgov.domain.rooster.terms import (
    first_appointed,
    latest_departure,
    member_status,
    scheduled_departure,
    tenure_limit_date,
)


@dataclass(frozen=True)
class TimelineBar:
    """One term: from ``start`` to ``end`` (the effective end: an early departure shortens it)."""

    number: int
    start: dt.date
    end: dt.date
    scheduled_end: dt.date
    left_early: bool


@dataclass(frozen=True)
class TimelineRow:
    """One member on the timeline.

    Attributes:
        departure: the departure as the rooster stands (None for a former member).
        possible_until: the last day after every allowed reappointment, when
            later than ``departure`` (drawn as an open bar).
        tenure_limit: the day the maximum tenure is reached.
        clustered: the departure belongs to a cluster (drawn with a marker).
    """

    member_id: int | None
    name: str
    role_abbreviation: str
    status: str
    bars: tuple[TimelineBar, ...]
    departure: dt.date | None
    possible_until: dt.date | None
    tenure_limit: dt.date | None
    clustered: bool

    @property
    def label(self) -> str:
        """'Anna de Vries (VZ)'."""
        return f"{self.name} ({self.role_abbreviation})" if self.role_abbreviation else self.name


@dataclass(frozen=True)
class Timeline:
    """Rows between ``start`` (1 January of the first year) and ``end`` (1 January after the last)."""

    rows: tuple[TimelineRow, ...]
    start: dt.date
    end: dt.date
    as_of: dt.date

    @property
    def years(self) -> list[int]:
        """Every calendar year the timeline spans."""
        return list(range(self.start.year, self.end.year))

    def fraction(self, day: dt.date) -> float:
        """Where ``day`` lies between start (0.0) and end (1.0), clamped."""
        span = (self.end - self.start).days
        return min(1.0, max(0.0, (day - self.start).days / span)) if span else 0.0


def build_timeline(rooster: Rooster, rules: RoosterRules, as_of: dt.date, *,
                   include_former: bool = False) -> Timeline:
    """The timeline of the members sitting or appointed on ``as_of`` (or of everyone).

    Rows are ordered by first appointment, then name. The years run from the
    first shown term's start to the latest departure, tenure limit or
    possible reappointment end, and always include ``as_of``.
    """
    departures = planned_departures(rooster.members, rooster.terms, as_of)
    clusters = find_clusters(departures, sitting_count(rooster.members, rooster.terms, as_of), rules)
    clustered = {mid for c in clusters for mid in c.member_ids}
    rows = []
    for member in rooster.members:
        terms = rooster.terms_of(member.id)
        if not terms:
            continue
        status = member_status(terms, as_of, rules)
        if status == STATUS_LEFT and not include_former:
            continue
        departure = scheduled_departure(terms, as_of)
        latest = latest_departure(terms, rules) if status != STATUS_LEFT else None
        role = role_on(member, rooster.role_changes_of(member.id), as_of)
        bars = tuple(TimelineBar(t.number, t.start, t.effective_end, t.end, t.left_on is not None and t.left_on < t.end)
                     for t in terms)
        rows.append(TimelineRow(
            member.id, member.name, ROLE_ABBREVIATIONS.get(role, "") if status != STATUS_LEFT else "", status, bars,
            departure, latest if latest and departure and latest > departure else None,
            tenure_limit_date(terms, rules), member.id in clustered and departure is not None))
    rows.sort(key=lambda r: (first_appointed([t for t in rooster.terms_of(r.member_id)]) or dt.date.max, r.name))
    days = [as_of] + [d for r in rows for d in (r.bars[0].start, r.bars[-1].end, r.possible_until,
                                                  r.tenure_limit if r.status != STATUS_LEFT else None) if d]
    first, last = min(days), max(days)
    return Timeline(tuple(rows), dt.date(first.year, 1, 1), dt.date(last.year + 1, 1, 1), as_of)
