"""The rooster van aan- en aftreden as a PDF: the table, the timeline, the signals.

The table is the one every annual report prints (Naam | Aan- en aftreden |
Termijn, the chair marked "(VZ)"). The public version, for the website,
leaves the signals out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
)

from swtgov import display
from swtgov.domain.rooster.timeline import Timeline
from swtgov.domain.signals import Signal
from swtgov.reports import labels
from swtgov.reports.base import (
    FONT,
    STYLES,
    ReportMeta,
    content_width,
    escape,
    render,
)
from swtgov.reports.rooster.table import CELL_PADDING, PlainTable
from swtgov.reports.rooster.timeline import TimelineChart
from swtgov.reports.textlines import wrap_text

CELL_SIZE = 8.5
SIGNAL_SIZE = 8


@dataclass(frozen=True)
class RoosterLine:
    """One member in the rooster table.

    Attributes:
        name: the name with the role marked, "Anna de Vries (VZ)".
        appointed: first appointed (benoemd per).
        departure: scheduled departure, or the day a former member left.
        term_label: "Tweede termijn".
        note: "herbenoembaar", "niet herbenoembaar" or "".
        left: the member has left (the departure is in the past).
    """

    name: str
    appointed: dt.date | None
    departure: dt.date | None
    term_label: str
    note: str = ""
    left: bool = False


@dataclass(frozen=True)
class RoosterReport:
    """Everything the rooster PDF shows, as plain data."""

    lines: Sequence[RoosterLine]
    former: Sequence[RoosterLine]
    timeline: Timeline
    signals: Sequence[Signal]
    rules_text: str
    public: bool = False


def _dates(line: RoosterLine) -> str:
    parts = []
    if line.appointed:
        parts.append(labels.ROOSTER_APPOINTED.format(date=display.date(line.appointed)))
    if line.departure:
        template = labels.ROOSTER_LEFT if line.left else labels.ROOSTER_LEAVES
        parts.append(template.format(date=display.date(line.departure)))
    return "\n".join(parts)


def _wrap(text: str, width: float, size: float) -> str:
    """Text broken into lines that fit a cell (plain cells lay out much faster than Paragraphs).

    Most cells (a name, two dates) fit as they are: one width of each line says so,
    where the word wrap measures every word. The lines are the wrap's lines either way.
    """
    room = width - 2 * CELL_PADDING - 2
    lines = []
    for line in text.split("\n"):
        words = line.split()
        if not words:
            continue  # the wrap drops an empty line
        whole = " ".join(words)
        # A margin for the wrap's sum of word widths (it may round differently).
        if stringWidth(whole, FONT, size) > room - 0.001:
            return "\n".join(wrap_text(text, room, size))
        lines.append(whole)
    return "\n".join(lines)


def _plain_table(header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
                 size: float = CELL_SIZE) -> Flowable:
    """The house table (tinted bold header, thin rules, zebra rows) with plain text cells."""
    cells = [[_wrap(str(v), w, size) for v, w in zip(row, widths, strict=True)] for row in rows]
    return PlainTable(header, cells, widths, size)


def _rooster_table(lines: Sequence[RoosterLine], width: float) -> Flowable:
    rows = [[line.name, _dates(line), line.term_label + (f"\n{line.note}" if line.note else "")] for line in lines]
    return _plain_table([labels.ROOSTER_COL_NAME, labels.ROOSTER_COL_DATES, labels.ROOSTER_COL_TERM], rows,
                        [0.36 * width, 0.38 * width, 0.26 * width])


def _signals_table(signals: Sequence[Signal], width: float) -> Flowable:
    rows = [[labels.SEVERITY[s.severity.value], s.subject, s.message, display.date(s.date)] for s in signals]
    return _plain_table([labels.COL_SEVERITY, labels.COL_SUBJECT, labels.COL_MESSAGE, labels.COL_DATE], rows,
                        [0.15 * width, 0.20 * width, 0.49 * width, 0.16 * width], SIGNAL_SIZE)


def build(meta: ReportMeta, report: RoosterReport, target: Path | None = None) -> bytes:
    """Render the rooster; ``meta.subtitle`` should carry the peildatum.

    Args:
        meta: the page frame (organisation, title, peildatum).
        report: the table lines, the timeline and the signals.
        target: where to write the PDF, if anywhere.
    """
    width = content_width(meta)
    story: list[Flowable] = [Paragraph(escape(labels.ROOSTER_BOARD), STYLES["Heading1"])]
    if report.lines:
        story.append(_rooster_table(report.lines, width))
    else:
        story.append(Paragraph(escape(labels.ROOSTER_NO_MEMBERS), STYLES["Body"]))
    story.append(Spacer(1, 2 * mm))
    story.append(Paragraph(escape(f"{labels.ROOSTER_ROLES_NOTE} {report.rules_text}"), STYLES["Small"]))
    if report.former:
        story.append(Paragraph(escape(labels.ROOSTER_FORMER), STYLES["Heading2"]))
        story.append(_rooster_table(report.former, width))
    if report.timeline.rows:
        story.append(KeepTogether([
            Paragraph(escape(labels.ROOSTER_TIMELINE), STYLES["Heading1"]),
            TimelineChart(report.timeline, width, show_clusters=not report.public),
        ]))
    if not report.public:
        story.append(Paragraph(escape(labels.ROOSTER_SIGNALS), STYLES["Heading1"]))
        if report.signals:
            story.append(_signals_table(report.signals, width))
        else:
            story.append(Paragraph(escape(labels.NO_SIGNALS), STYLES["Body"]))
    return render(meta, story, target)
