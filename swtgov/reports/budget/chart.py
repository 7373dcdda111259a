"""A horizontal bar chart of begroting versus realisatie per line, drawn with ReportLab graphics.

Readable in grey: the budget bar is white with a dark outline, the realisatie bar solid
dark grey, and every line also prints its realisatie as a percentage of its budget, so
the chart does not depend on colour (nor on telling small bars apart).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from swtgov.reports.base import FONT, FONT_BOLD, INK, MUTED
from swtgov.reports.budget import labels

BUDGET_FILL = colors.white
ACTUAL_FILL = colors.HexColor("#3a4150")
ROW = 6.2 * mm
BAR = 2.1 * mm
LABEL_SIZE = 7
LEGEND = 8 * mm


@dataclass(frozen=True)
class ChartRow:
    """One bar pair: the line's name, budget to date, realisatie to date, flag text."""

    label: str
    budget: int
    actual: int
    mark: str = ""


def _fit(text: str, width: float, size: float) -> str:
    if stringWidth(text, FONT, size) <= width:
        return text
    while text and stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _percent(actual: int, budget: int) -> str:
    if budget == 0:
        return "n.v.t."
    value = round(actual * 100 / budget)
    return f"{value} %"


def bar_chart(rows: Sequence[ChartRow], width: float, quarter_text: str) -> Drawing:
    """The chart for ``rows`` in ``width`` points; bars share one scale (the largest amount)."""
    label_width = 52 * mm
    percent_width = 14 * mm
    plot = width - label_width - percent_width
    height = LEGEND + ROW * len(rows) + 2 * mm
    drawing = Drawing(width, height)
    top = height - LEGEND
    largest = max([abs(r.budget) for r in rows] + [abs(r.actual) for r in rows] + [1])
    scale = plot / largest
    # legend
    y = height - 4 * mm
    drawing.add(Rect(label_width, y, 5 * mm, 2.6 * mm, fillColor=BUDGET_FILL, strokeColor=INK, strokeWidth=0.6))
    drawing.add(String(label_width + 6.5 * mm, y + 0.4 * mm, labels.CHART_BUDGET, fontName=FONT, fontSize=7.5, fillColor=INK))
    x2 = label_width + 6.5 * mm + stringWidth(labels.CHART_BUDGET, FONT, 7.5) + 8 * mm
    drawing.add(Rect(x2, y, 5 * mm, 2.6 * mm, fillColor=ACTUAL_FILL, strokeColor=ACTUAL_FILL, strokeWidth=0.6))
    drawing.add(String(x2 + 6.5 * mm, y + 0.4 * mm, labels.CHART_ACTUAL, fontName=FONT, fontSize=7.5, fillColor=INK))
    drawing.add(String(width, y + 0.4 * mm, quarter_text, fontName=FONT, fontSize=7.5, fillColor=MUTED, textAnchor="end"))
    # axis
    drawing.add(Line(label_width, top, label_width, top - ROW * len(rows), strokeColor=MUTED, strokeWidth=0.5))
    for index, row in enumerate(rows):
        base = top - ROW * (index + 1)
        font = FONT_BOLD if row.mark else FONT
        name = _fit(row.label + (f"  ({row.mark})" if row.mark else ""), label_width - 2 * mm, LABEL_SIZE)
        drawing.add(String(label_width - 1.5 * mm, base + ROW / 2 - 1.2 * mm, name, fontName=font,
                           fontSize=LABEL_SIZE, fillColor=INK, textAnchor="end"))  # fmt: skip
        budget_w = max(abs(row.budget) * scale, 0.4)
        actual_w = max(abs(row.actual) * scale, 0.4)
        drawing.add(Rect(label_width, base + ROW / 2 + 0.15 * mm, budget_w, BAR,
                         fillColor=BUDGET_FILL, strokeColor=INK, strokeWidth=0.6))  # fmt: skip
        drawing.add(Rect(label_width, base + ROW / 2 - BAR - 0.15 * mm, actual_w, BAR,
                         fillColor=ACTUAL_FILL, strokeColor=ACTUAL_FILL, strokeWidth=0.6))  # fmt: skip
        drawing.add(String(width, base + ROW / 2 - 1.2 * mm, _percent(row.actual, row.budget),
                           fontName=font, fontSize=LABEL_SIZE, fillColor=INK, textAnchor="end"))  # fmt: skip
    return drawing
