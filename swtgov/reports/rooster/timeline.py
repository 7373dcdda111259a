"""The rooster timeline drawn with ReportLab, readable in black and white.

Terms are bars in greys that differ in lightness and carry their number; a
possible reappointment is a dashed outline; the maximum tenure is a black
triangle; the peildatum a dashed vertical line; a clustered departure a
black diamond (left out of the public version). A legend under the chart says so in words.
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from swtgov import display
from swtgov.domain.rooster.model import STATUS_LEFT, term_label
from swtgov.domain.rooster.timeline import Timeline, TimelineRow
from swtgov.reports import labels
from swtgov.reports.base import FONT, FONT_BOLD, INK, MUTED, RULE

TERM_FILLS = (colors.HexColor("#e4e7ec"), colors.HexColor("#9aa3b2"), colors.HexColor("#4b5566"))
TERM_TEXT = (INK, INK, colors.white)
ROW_TINT = colors.HexColor("#f6f7f9")  # every other member's row
ROW_HEIGHT = 6 * mm
AXIS_HEIGHT = 9 * mm
LEGEND_HEIGHT = 12 * mm
LABEL_WIDTH = 48 * mm


class TimelineChart(Flowable):
    """A flowable of the whole timeline (one row per member) with its legend."""

    def __init__(self, timeline: Timeline, width: float, *, show_clusters: bool = True) -> None:
        super().__init__()
        self.timeline = timeline
        self.show_clusters = show_clusters
        self.width = width
        self.height = AXIS_HEIGHT + len(timeline.rows) * ROW_HEIGHT + LEGEND_HEIGHT

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    # --- geometry -----------------------------------------------------------------------------

    @property
    def _plot_left(self) -> float:
        return LABEL_WIDTH

    @property
    def _plot_width(self) -> float:
        return self.width - LABEL_WIDTH - 2 * mm

    def _x(self, day: dt.date) -> float:
        return self._plot_left + self.timeline.fraction(day) * self._plot_width

    def _row_y(self, index: int) -> float:
        """Bottom of row ``index`` (row 0 at the top)."""
        return self.height - AXIS_HEIGHT - (index + 1) * ROW_HEIGHT

    # --- drawing ------------------------------------------------------------------------------

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        self._draw_axis()
        for index, row in enumerate(self.timeline.rows):
            self._draw_row(index, row)
        self._draw_as_of()
        self._draw_legend()
        canvas.restoreState()

    def _draw_axis(self) -> None:
        canvas = self.canv
        top = self.height - AXIS_HEIGHT
        bottom = self._row_y(len(self.timeline.rows) - 1) if self.timeline.rows else top
        years = self.timeline.years
        step = 1 if self._plot_width / max(1, len(years)) > 7.5 * mm else 2
        canvas.setFont(FONT, 7)
        canvas.setStrokeColor(RULE)  # once: nothing in the loop changes them
        canvas.setLineWidth(0.4)
        canvas.setFillColor(MUTED)
        for year in years:
            x = self._x(dt.date(year, 1, 1))
            canvas.line(x, bottom, x, top + 1.5 * mm)
            if (year - years[0]) % step == 0:
                centre = self._x(dt.date(year, 7, 1))
                canvas.drawCentredString(centre, top + 2 * mm, str(year))
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.6)
        canvas.line(self._plot_left, top, self._plot_left + self._plot_width, top)

    def _draw_row(self, index: int, row: TimelineRow) -> None:
        canvas = self.canv
        y = self._row_y(index)
        if index % 2 == 1:
            canvas.setFillColor(ROW_TINT)
            canvas.rect(0, y, self.width, ROW_HEIGHT, stroke=0, fill=1)
        font = FONT_BOLD if row.clustered and self.show_clusters else FONT
        canvas.setFont(font, 7.5)
        canvas.setFillColor(INK)
        text = row.label
        while stringWidth(text, font, 7.5) > LABEL_WIDTH - 3 * mm and len(text) > 4:
            text = text[:-2].rstrip() + "…"
        canvas.drawString(1 * mm, y + ROW_HEIGHT / 2 - 2.5, text)
        bar_y, bar_h = y + ROW_HEIGHT * 0.2, ROW_HEIGHT * 0.6
        if row.possible_until and row.departure:
            canvas.setDash(2, 1.5)
            canvas.setStrokeColor(INK)
            canvas.setLineWidth(0.6)
            x0, x1 = self._x(row.departure), self._x(row.possible_until)
            canvas.rect(x0, bar_y, max(0.5, x1 - x0), bar_h, stroke=1, fill=0)
            canvas.setDash()
        for bar in row.bars:
            shade = min(bar.number, len(TERM_FILLS)) - 1
            x0, x1 = self._x(bar.start), self._x(bar.end)
            canvas.setFillColor(TERM_FILLS[shade])
            canvas.setStrokeColor(INK)
            canvas.setLineWidth(0.5)
            canvas.rect(x0, bar_y, max(0.5, x1 - x0), bar_h, stroke=1, fill=1)
            if x1 - x0 > 4 * mm:
                canvas.setFillColor(TERM_TEXT[shade])
                canvas.setFont(FONT_BOLD, 6.5)
                canvas.drawCentredString((x0 + x1) / 2, bar_y + bar_h / 2 - 2.2, str(bar.number))
            if bar.left_early:
                canvas.setDash(1, 1.5)
                canvas.setLineWidth(0.5)
                canvas.line(x1, bar_y + bar_h / 2, self._x(bar.scheduled_end), bar_y + bar_h / 2)
                canvas.setDash()
                canvas.setLineWidth(1.4)
                canvas.line(x1, bar_y - 0.6 * mm, x1, bar_y + bar_h + 0.6 * mm)
        limit = row.tenure_limit
        if limit and self.timeline.start <= limit < self.timeline.end and row.status != STATUS_LEFT:
            self._triangle(self._x(limit), bar_y + bar_h + 0.3 * mm)
        if row.clustered and row.departure and self.show_clusters:
            self._diamond(self._x(row.departure), bar_y + bar_h / 2)

    def _triangle(self, x: float, y: float, size: float = 1.6 * mm) -> None:
        canvas = self.canv
        path = canvas.beginPath()
        path.moveTo(x - size, y + size * 1.3)
        path.lineTo(x + size, y + size * 1.3)
        path.lineTo(x, y)
        path.close()
        canvas.setFillColor(colors.black)
        canvas.drawPath(path, stroke=0, fill=1)

    def _diamond(self, x: float, y: float, size: float = 1.9 * mm) -> None:
        canvas = self.canv
        path = canvas.beginPath()
        path.moveTo(x, y + size)
        path.lineTo(x + size, y)
        path.lineTo(x, y - size)
        path.lineTo(x - size, y)
        path.close()
        canvas.setFillColor(colors.black)
        canvas.setStrokeColor(colors.white)
        canvas.setLineWidth(0.6)
        canvas.drawPath(path, stroke=1, fill=1)

    def _draw_as_of(self) -> None:
        canvas = self.canv
        x = self._x(self.timeline.as_of)
        top = self.height - AXIS_HEIGHT
        bottom = self._row_y(len(self.timeline.rows) - 1) if self.timeline.rows else top
        canvas.setStrokeColor(colors.HexColor("#b42318"))
        canvas.setLineWidth(1.1)
        canvas.setDash(3, 2)
        canvas.line(x, bottom - 1 * mm, x, top)
        canvas.setDash()

    def _draw_legend(self) -> None:
        canvas = self.canv
        y = LEGEND_HEIGHT - 6 * mm
        x = 1 * mm
        canvas.setFont(FONT, 7)

        def label(text: str, at: float) -> float:
            canvas.setFillColor(INK)
            canvas.drawString(at, y, text)
            return at + stringWidth(text, FONT, 7) + 5 * mm

        for number in (1, 2):
            canvas.setFillColor(TERM_FILLS[number - 1])
            canvas.setStrokeColor(INK)
            canvas.setLineWidth(0.5)
            canvas.rect(x, y - 0.5, 6 * mm, 2.6 * mm, stroke=1, fill=1)
            x = label(term_label(number), x + 7.5 * mm)
        canvas.setDash(2, 1.5)
        canvas.rect(x, y - 0.5, 6 * mm, 2.6 * mm, stroke=1, fill=0)
        canvas.setDash()
        x = label(labels.ROOSTER_LEGEND_POSSIBLE, x + 7.5 * mm)
        self._triangle(x + 1.6 * mm, y - 0.3)
        x = label(labels.ROOSTER_LEGEND_LIMIT, x + 4.5 * mm)
        y2 = y - 4.5 * mm
        x = 1 * mm
        canvas.setStrokeColor(colors.HexColor("#b42318"))
        canvas.setLineWidth(1.1)
        canvas.setDash(3, 2)
        canvas.line(x + 3 * mm, y2 - 1, x + 3 * mm, y2 + 2.6 * mm)
        canvas.setDash()
        y = y2
        x = label(f"{labels.ROOSTER_LEGEND_AS_OF} ({display.date(self.timeline.as_of)})", x + 7.5 * mm)
        if self.show_clusters:
            self._diamond(x + 2 * mm, y + 1 * mm)
            x = label(labels.ROOSTER_LEGEND_CLUSTER, x + 5.5 * mm)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(1.4)
        canvas.line(x + 3 * mm, y - 1, x + 3 * mm, y + 2.6 * mm)
        label(labels.ROOSTER_LEGEND_EARLY, x + 5.5 * mm)
