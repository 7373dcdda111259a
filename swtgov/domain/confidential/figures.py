"""Yearly figures of the confidential registers: what the RvT sees.

Aggregates only. The vertrouwenspersoon's figures can hide small numbers per
category or outcome as ``< 5`` (the threshold is a setting), so that nobody is
recognisable from a count of one or two.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from swtgov.domain.confidential import clocks
from swtgov.domain.confidential.model import (
    CHANNELS,
    OUTCOMES,
    STATUSES,
    CounsellorReport,
    DataBreach,
    WhistleblowerReport,
    canonical,
)

AP = "de Autoriteit Persoonsgegevens"


def masked(count: int, threshold: int) -> str:
    """A count as the RvT version shows it: ``< 5`` for 1 to threshold - 1, else the number.

    A zero identifies nobody and stays ``0``; a threshold of 0 or 1 hides nothing.
    """
    if 0 < count < threshold:
        return f"< {threshold}"
    return str(count)


def comparison(count: int, previous: int, previous_year: int, one: str = "melding",
               many: str = "meldingen") -> str:  # fmt: skip
    """``6 meldingen, 3 meer dan in 2022``; ``1 melding, 2 minder dan in 2022``;
    ``4 meldingen, evenveel als in 2022``."""
    head = f"{count} {one if count == 1 else many}"
    difference = count - previous
    if difference > 0:
        return f"{head}, {difference} meer dan in {previous_year}"
    if difference < 0:
        return f"{head}, {-difference} minder dan in {previous_year}"
    return f"{head}, evenveel als in {previous_year}"


# --- vertrouwenspersoon -------------------------------------------------------------


@dataclass(frozen=True)
class CounsellorFigures:
    """A year of the vertrouwenspersoon in figures.

    Attributes:
        year: the calendar year.
        total: meldingen dated in the year.
        previous_total: meldingen in the year before.
        consultations: consultations of the year's meldingen together.
        by_category: ``(category, count)`` for every category of the setting (a
            melding with two categories counts in both), then any stored category
            the setting no longer has.
        by_outcome: ``(outcome, count)`` for every outcome, and ``lopend`` for those
            without one.
    """

    year: int
    total: int
    previous_total: int
    consultations: int
    by_category: tuple[tuple[str, int], ...]
    by_outcome: tuple[tuple[str, int], ...]

    @property
    def comparison(self) -> str:
        """``6 meldingen, 3 meer dan in 2022``."""
        return comparison(self.total, self.previous_total, self.year - 1)


RUNNING = "lopend"


def counsellor_figures(reports: Iterable[CounsellorReport], year: int,
                       categories: Sequence[str]) -> CounsellorFigures:  # fmt: skip
    """The figures of ``year`` (and the total of the year before)."""
    reports = list(reports)
    this_year = [r for r in reports if r.reported_on.year == year]
    previous = sum(1 for r in reports if r.reported_on.year == year - 1)
    per_category: dict[str, int] = {c: 0 for c in categories}
    for report in this_year:
        for category in report.categories:
            name = canonical(category, categories) or category
            per_category[name] = per_category.get(name, 0) + 1
    per_outcome: dict[str, int] = {o: 0 for o in OUTCOMES}
    per_outcome[RUNNING] = 0
    for report in this_year:
        per_outcome[report.outcome or RUNNING] = per_outcome.get(report.outcome or RUNNING, 0) + 1
    return CounsellorFigures(
        year=year,
        total=len(this_year),
        previous_total=previous,
        consultations=sum(r.consultations for r in this_year),
        by_category=tuple(per_category.items()),
        by_outcome=tuple(per_outcome.items()),
    )


# --- klokkenluidersmeldingen --------------------------------------------------------


@dataclass(frozen=True)
class DeadlineRow:
    """One klokkenluidersmelding as the RvT sees it: dates and deadlines only.

    ``*_met`` is True (in time), False (late, or not done after the deadline) or
    None (not done, the deadline has not passed yet).
    """

    received_on: dt.date
    ack_deadline: dt.date
    acknowledged_on: dt.date | None
    ack_met: bool | None
    feedback_deadline: dt.date
    extended: bool
    feedback_on: dt.date | None
    feedback_met: bool | None
    status: str


def _met(done: dt.date | None, deadline: dt.date, as_of: dt.date) -> bool | None:
    if done is not None and done <= as_of:
        return done <= deadline
    return False if as_of > deadline else None


def deadline_row(report: WhistleblowerReport, as_of: dt.date) -> DeadlineRow:
    """The deadlines of one melding as of a date, and whether they were met."""
    ack = clocks.ack_deadline(report.received_on)
    acknowledged = report.acknowledged_on if report.acknowledged_on and report.acknowledged_on <= as_of else None
    feedback = clocks.feedback_deadline(report.received_on, acknowledged, report.extended_to)
    return DeadlineRow(
        received_on=report.received_on,
        ack_deadline=ack,
        acknowledged_on=acknowledged,
        ack_met=_met(acknowledged, ack, as_of),
        feedback_deadline=feedback,
        extended=report.extended_to is not None,
        feedback_on=report.feedback_on if report.feedback_on and report.feedback_on <= as_of else None,
        feedback_met=_met(report.feedback_on, feedback, as_of),
        status=report.status,
    )


@dataclass(frozen=True)
class WhistleblowerFigures:
    """A year of klokkenluidersmeldingen: counts and whether every deadline was met."""

    year: int
    received: int
    previous_received: int
    by_channel: tuple[tuple[str, int], ...]
    by_status: tuple[tuple[str, int], ...]
    extended: int
    rows: tuple[DeadlineRow, ...]

    def _count(self, attribute: str, value: bool | None) -> int:
        return sum(1 for r in self.rows if getattr(r, attribute) is value)

    @property
    def ack_in_time(self) -> int:
        return self._count("ack_met", True)

    @property
    def ack_late(self) -> int:
        return self._count("ack_met", False)

    @property
    def feedback_in_time(self) -> int:
        return self._count("feedback_met", True)

    @property
    def feedback_late(self) -> int:
        return self._count("feedback_met", False)

    @property
    def all_deadlines_met(self) -> bool:
        """No deadline missed (deadlines still running do not count against it)."""
        return self.ack_late == 0 and self.feedback_late == 0

    @property
    def comparison(self) -> str:
        return comparison(self.received, self.previous_received, self.year - 1)


def whistleblower_figures(reports: Iterable[WhistleblowerReport], year: int,
                          as_of: dt.date) -> WhistleblowerFigures:  # fmt: skip
    """The meldingen received in ``year``, with their deadlines as of ``as_of``."""
    reports = list(reports)
    this_year = sorted((r for r in reports if r.received_on.year == year and r.received_on <= as_of),
                       key=lambda r: (r.received_on, r.id or 0))  # fmt: skip
    by_channel = {c: 0 for c in CHANNELS}
    unknown = 0
    for report in this_year:
        if report.channel in by_channel:
            by_channel[report.channel] += 1
        else:
            unknown += 1
    channels = tuple(by_channel.items()) + ((("onbekend", unknown),) if unknown else ())
    by_status = {s: 0 for s in STATUSES}
    for report in this_year:
        by_status[report.status] = by_status.get(report.status, 0) + 1
    return WhistleblowerFigures(
        year=year,
        received=len(this_year),
        previous_received=sum(1 for r in reports if r.received_on.year == year - 1),
        by_channel=channels,
        by_status=tuple(by_status.items()),
        extended=sum(1 for r in this_year if r.extended_to is not None),
        rows=tuple(deadline_row(r, as_of) for r in this_year),
    )


# --- datalekken ---------------------------------------------------------------------


@dataclass(frozen=True)
class BreachRow:
    """One datalek in the RvT report: date, cause, people, AP yes/no, in time yes/no.

    ``in_time`` is None when the breach was not notified.
    """

    discovered_at: dt.datetime
    cause: str
    people: int | None
    notified: bool | None
    in_time: bool | None
    reason_late: bool
    people_informed: bool
    closed_on: dt.date | None


@dataclass(frozen=True)
class BreachFigures:
    """A year of datalekken."""

    year: int
    total: int
    previous_total: int
    notified: int
    notified_in_time: int
    undecided: int
    special_data: int
    people_informed: int
    rows: tuple[BreachRow, ...]

    @property
    def summary(self) -> str:
        """``In 2022 zijn 4 datalekken geregistreerd, waarvan 1 gemeld bij de Autoriteit
        Persoonsgegevens``."""
        return breach_summary(self.year, self.total, self.notified)

    @property
    def comparison(self) -> str:
        return comparison(self.total, self.previous_total, self.year - 1, "datalek", "datalekken")


def breach_summary(year: int, total: int, notified: int) -> str:
    """The summary sentence of the datalekken report (Dutch singular and plural)."""
    if total == 0:
        return f"In {year} zijn geen datalekken geregistreerd."
    head = f"In {year} is 1 datalek geregistreerd" if total == 1 else f"In {year} zijn {total} datalekken geregistreerd"
    if total == 1:
        tail = f"dat gemeld is bij {AP}" if notified else f"dat niet gemeld is bij {AP}"
        return f"{head}, {tail}."
    told = "geen" if notified == 0 else str(notified)
    return f"{head}, waarvan {told} gemeld bij {AP}."


def breach_figures(breaches: Iterable[DataBreach], year: int, as_of: dt.date) -> BreachFigures:
    """The datalekken discovered in ``year`` (up to ``as_of``)."""
    breaches = list(breaches)
    this_year = sorted((b for b in breaches if b.discovered_on.year == year and b.discovered_on <= as_of),
                       key=lambda b: (b.discovered_at, b.id or 0))  # fmt: skip
    rows = []
    for b in this_year:
        notified = b.notify_ap is True and b.notified_at is not None
        rows.append(BreachRow(
            discovered_at=clocks.local_moment(b.discovered_at),
            cause=b.cause,
            people=b.people,
            notified=b.notify_ap,
            in_time=clocks.notified_in_time(b.discovered_at, b.notified_at) if notified and b.notified_at else None,
            reason_late=bool(b.reason_late.strip()),
            people_informed=b.people_informed,
            closed_on=b.closed_on,
        ))  # fmt: skip
    return BreachFigures(
        year=year,
        total=len(rows),
        previous_total=sum(1 for b in breaches if b.discovered_on.year == year - 1),
        notified=sum(1 for r in rows if r.notified),
        notified_in_time=sum(1 for r in rows if r.in_time),
        undecided=sum(1 for r in rows if r.notified is None),
        special_data=sum(1 for b in this_year if b.special_data),
        people_informed=sum(1 for r in rows if r.people_informed),
        rows=tuple(rows),
    )
