"""Generated sections of the vergaderpakket that this area draws itself.

* the open action items of the body (the actielijst as it stands before the meeting);
* the risks in short: the netto heatmap and the risks above the risicobereidheid
  (the full risicorapportage is a report of its own).

Each takes plain data and returns PDF bytes in the house frame.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from swtgov import display
from swtgov.reports import labels as house_labels
from swtgov.reports.base import STYLES, ReportMeta, content_width, escape, render, table
from swtgov.reports.risks.matrix import RiskMatrix
from swtgov.reports.risks.report import RiskReport

ACTIONS_TITLE = "Openstaande actiepunten"
ACTIONS_SUBTITLE = "{body}, stand op {date}"
ACTIONS_NONE = "Er staan geen actiepunten open."
ACTIONS_LATE = "te laat"
ACTIONS_NOTE = "Actiepunten blijven op deze lijst tot ze gereed zijn; de herkomst is de vergadering waarin ze zijn afgesproken."
RISKS_TITLE = "Risico's in het kort"
RISKS_MATRIX = "Risicomatrix netto (na beheersmaatregelen)"
RISKS_ABOVE = "Boven de risicobereidheid"
RISKS_ABOVE_NONE = "Geen enkel risico ligt boven de risicobereidheid van zijn categorie."
RISKS_NOTE = ("Elk vak toont het aantal risico's en hun codes; gesloten risico's staan niet in de matrix. "
              "Banden: {bands}. Het volledige register staat in de risicorapportage.")


@dataclass(frozen=True)
class OpenAction:
    """One open action item."""

    what: str
    who: str
    due: dt.date | None
    origin: dt.date


def open_actions(organisation: str, body: str, as_of: dt.date, actions: Sequence[OpenAction],
                 generated_on: dt.date) -> bytes:
    """The body's open action items as of ``as_of``, oldest origin first."""
    meta = ReportMeta(organisation, ACTIONS_TITLE, generated_on,
                      subtitle=ACTIONS_SUBTITLE.format(body=body, date=display.date(as_of)))
    width = content_width(meta)
    if not actions:
        return render(meta, [Paragraph(escape(ACTIONS_NONE), STYLES["Body"])])
    rows = []
    for action in actions:
        due = display.date(action.due)
        if action.due is not None and action.due < as_of:
            due += f" ({ACTIONS_LATE})"
        rows.append([action.what, action.who, due, display.date(action.origin)])
    story: list[Flowable] = [
        table(["Actie", "Wie", "Deadline", "Afgesproken op"], rows,
              [width - 120 * mm, 36 * mm, 48 * mm, 36 * mm]),
        Spacer(1, 2 * mm),
        Paragraph(escape(ACTIONS_NOTE), STYLES["Small"]),
    ]
    return render(meta, story)


def risks_in_short(organisation: str, report: RiskReport, generated_on: dt.date) -> bytes:
    """The netto heatmap and the risks above the appetite, as of the report's date."""
    meta = ReportMeta(organisation, RISKS_TITLE, generated_on,
                      subtitle=house_labels.AS_OF.format(date=display.date(report.as_of)))
    width = content_width(meta)
    bands = ", ".join(f"{b.label} {b.low}–{b.high}" for b in report.rules.bands)
    story: list[Flowable] = [
        KeepTogether([Paragraph(escape(RISKS_MATRIX), STYLES["Heading2"]),
                      RiskMatrix(report.matrix_cells("netto"), report.rules, width)]),
        Spacer(1, 2 * mm),
        Paragraph(escape(RISKS_NOTE.format(bands=bands)), STYLES["Small"]),
        Paragraph(escape(RISKS_ABOVE), STYLES["Heading1"]),
    ]
    above = report.above_appetite()
    if not above:
        story.append(Paragraph(escape(RISKS_ABOVE_NONE), STYLES["Body"]))
    else:
        rows = [[e.risk.code, e.risk.title, e.risk.category, str(e.netto),
                 str(report.rules.appetite_for(e.risk.category)), e.risk.owner] for e in above]
        story.append(table(["Code", "Risico", "Categorie", "Netto", "Bereidheid", "Eigenaar"], rows,
                           [14 * mm, width - 131 * mm, 40 * mm, 14 * mm, 25 * mm, 38 * mm], right=(3, 4)))
    return render(meta, story)
