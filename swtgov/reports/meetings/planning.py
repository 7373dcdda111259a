"""The jaarplanning: the year's meetings of the RvT and the commissies, by month."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from swtgov import display
from swtgov.reports.base import STYLES, ReportMeta, content_width, escape, render, table
from swtgov.reports.meetings import labels

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december")
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


@dataclass(frozen=True)
class PlannedMeeting:
    """One row of the jaarplanning."""

    date: dt.date
    body: str
    times: str
    location: str


@dataclass(frozen=True)
class Planning:
    """The year's meetings, by date; ``counts`` as (body, number of meetings)."""

    organisation: str
    year: int
    meetings: Sequence[PlannedMeeting]
    counts: Sequence[tuple[str, int]]
    subtitle: str = labels.PLANNING_SUBTITLE


def _day(day: dt.date) -> str:
    return f"{WEEKDAYS[day.weekday()]} {display.date(day)}"


def build(planning: Planning, generated_on: dt.date, target: Path | None = None) -> bytes:
    """The jaarplanning as PDF bytes (also written to ``target`` when given)."""
    meta = ReportMeta(organisation=planning.organisation, title=labels.PLANNING_TITLE.format(year=planning.year),
                      generated_on=generated_on, subtitle=planning.subtitle)
    width = content_width(meta)
    story: list[Flowable] = []
    if not planning.meetings:
        story.append(Paragraph(escape(labels.PLANNING_NONE.format(year=planning.year)), STYLES["Body"]))
        return render(meta, story, target)
    counts = ", ".join(f"{body} {number}" for body, number in planning.counts)
    story += [Paragraph(escape(labels.PLANNING_COUNTS.format(counts=counts)), STYLES["Body"]), Spacer(1, 2 * mm)]
    widths = [52 * mm, 46 * mm, 30 * mm, width - 128 * mm]
    header = [labels.PLANNING_COL_DATE, labels.PLANNING_COL_BODY, labels.PLANNING_COL_TIME, labels.PLANNING_COL_PLACE]
    for month in range(1, 13):
        rows = [[_day(m.date), m.body, m.times, m.location] for m in planning.meetings if m.date.month == month]
        if not rows:
            continue
        story.append(KeepTogether([
            Paragraph(escape(f"{MONTHS[month - 1].capitalize()} {planning.year}"), STYLES["Heading2"]),
            table(header, rows, widths),
        ]))
    return render(meta, story, target)
