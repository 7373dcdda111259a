"""The jaarplanning: the year's meetings of the RvT and the commissies, by month."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from swtgov import display
from swtgov.domain.values import MONTH_NAMES
from swtgov.reports.base import (
    RULE,
    STYLES,
    ReportMeta,
    content_width,
    escape,
    render,
    table,
)
from swtgov.reports.meetings import labels

MONTH_FILL = colors.HexColor("#eef1f6")


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
    return f"{labels.WEEKDAYS[day.weekday()]} {display.date(day)}"


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
    widths = [51 * mm, 38 * mm, 25 * mm, width - 114 * mm]
    header = [labels.PLANNING_COL_DATE, labels.PLANNING_COL_BODY, labels.PLANNING_COL_TIME, labels.PLANNING_COL_PLACE]
    rows: list[list[object]] = []
    months: list[int] = []
    for month in range(1, 13):
        meetings = [m for m in planning.meetings if m.date.month == month]
        if not meetings:
            continue
        months.append(len(rows) + 1)  # +1: the header row
        rows.append([Paragraph(escape(f"{MONTH_NAMES[month - 1].capitalize()} {planning.year}"), STYLES["CellBold"]),
                     "", "", ""])
        rows += [[_day(m.date), m.body, m.times, m.location] for m in meetings]
    month_style = [style for row in months for style in (
        ("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), MONTH_FILL),
        ("TOPPADDING", (0, row), (-1, row), 6), ("LINEBELOW", (0, row), (-1, row), 0.5, RULE))]
    story.append(table(header, rows, widths, extra_style=month_style))
    return render(meta, story, target)
