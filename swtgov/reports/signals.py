"""The Overzicht as a PDF: every signal as of a date, grouped by severity."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph

from swtgov import display
from swtgov.domain.signals import Severity, Signal
from swtgov.reports import labels
from swtgov.reports.base import STYLES, ReportMeta, content_width, escape, render, table


def build(meta: ReportMeta, signals: Sequence[Signal], area_titles: Mapping[str, str],
          target: Path | None = None) -> bytes:
    """Render the signals; ``meta.subtitle`` should carry the peildatum; ``area_titles``
    names each signal's area."""
    story: list[Flowable] = []
    if not signals:
        story.append(Paragraph(labels.NO_SIGNALS, STYLES["Body"]))
    width = content_width(meta)
    for severity in Severity:
        group = [s for s in signals if s.severity is severity]
        if not group:
            continue
        story.append(Paragraph(escape(f"{labels.SEVERITY[severity.value]} ({len(group)})"), STYLES["Heading1"]))
        rows = [
            [
                area_titles.get(s.area, s.area),
                s.subject,
                s.message,
                display.date(s.date),
            ]
            for s in group
        ]
        story.append(
            table(
                [labels.COL_AREA, labels.COL_SUBJECT, labels.COL_MESSAGE, labels.COL_DATE],
                rows,
                [0.15 * width, 0.25 * width, 0.41 * width, 0.19 * width],
            )
        )
    return render(meta, story, target)
