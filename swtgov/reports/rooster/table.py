"""The rooster's plain house table as one flowable: a ReportLab ``Table``'s page, cheaper.

The rooster PDF prints three short tables of plain text (the board, the members
who left, the signals). A ReportLab ``Table`` gives every cell its own style
object, applies each style command to every cell, restyles both halves when it
splits over a page and opens a text object per line of text. This flowable
knows that every cell is plain text in one font, so it lays out and draws the
same table (tinted bold header repeated on every page, thin rules, zebra rows,
top-aligned cells) with one text object. Row heights, row positions and page
breaks follow ``Table``'s own arithmetic (a test holds them to it), so the
pages look as they did.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from swtgov.reports.base import FONT, FONT_BOLD, HEADER_FILL, INK, RULE, ZEBRA

CELL_PADDING = 3
TOP = CELL_PADDING  # above the text
BOTTOM = CELL_PADDING + 1  # below it
SIDE = CELL_PADDING + 1  # left of it (and right: the caller wraps the lines to leave that room)
ROUND = 1  # line cap and join of the rules, as a Table draws them


class PlainTable(Flowable):
    """A header row and rows of plain text cells (lines separated by ``\\n``), in fixed columns.

    Args:
        header: the column titles, set in bold and repeated on every page.
        rows: the cells of each row, already wrapped to their column.
        widths: the column widths in points.
        size: the font size; the leading is two points more.
        first: the number of the first row in the whole table (a split's second part
            continues the stripes where the first left off).
        heights: the rows' heights, when a split already knows them.
    """

    def __init__(self, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
                 size: float, first: int = 0, heights: Sequence[float] | None = None) -> None:  # fmt: skip
        super().__init__()
        self.hAlign = "CENTER"  # as a Table: it fills the frame, so this only keeps the same x
        self.header = list(header)
        self.rows = [list(row) for row in rows]
        self.size = size
        self.leading = size + 2
        self.first = first
        self.widths = list(widths)
        self.lefts = [0.0]
        for width in self.widths:
            self.lefts.append(self.lefts[-1] + width)
        self.width = self.lefts[-1]
        self.head_height = self._row_height(self.header)
        self.heights = list(heights) if heights is not None else [self._row_height(row) for row in self.rows]
        self.tops = _tops([self.head_height, *self.heights])
        self.height = self.tops[0]

    def _row_height(self, cells: Sequence[str]) -> float:
        return max(self.leading * (cell.count("\n") + 1) + (BOTTOM + TOP) for cell in cells)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        used = self.head_height
        if used > available_height:
            return []
        fits = 0
        for height in self.heights:
            if used + height > available_height:
                break
            used += height
            fits += 1
        if fits == 0:
            return []
        if fits == len(self.rows):
            return [self]
        return [
            PlainTable(self.header, self.rows[:fits], self.widths, self.size, self.first, self.heights[:fits]),
            PlainTable(self.header, self.rows[fits:], self.widths, self.size, self.first + fits,
                       self.heights[fits:]),
        ]

    def draw(self) -> None:
        canvas = self.canv
        heights = [self.head_height, *self.heights]
        tops = self.tops
        width = self.width
        canvas.setFillColor(HEADER_FILL)
        canvas.rect(0, tops[0], width, tops[1] - tops[0], stroke=0, fill=1)
        for index in range(1, len(heights)):
            if (self.first + index) % 2 == 0:
                canvas.setFillColor(ZEBRA)
                canvas.rect(0, tops[index], width, tops[index + 1] - tops[index], stroke=0, fill=1)
        canvas.setFillColor(INK)
        text = canvas.beginText()  # all the text of the table: the rows' lines move down by T*
        for index, (cells, height) in enumerate(zip([self.header, *self.rows], heights, strict=True)):
            if index < 2:
                text.setFont(FONT_BOLD if index == 0 else FONT, self.size, self.leading)
            baseline = tops[index + 1] + height - TOP - self.size
            for left, cell in zip(self.lefts, cells, strict=False):
                if not cell:
                    continue
                text.setTextOrigin(left + SIDE, baseline)
                for line in cell.split("\n"):
                    text.textLine(line)
        canvas.drawText(text)
        canvas.saveState()
        canvas.setLineCap(ROUND)
        canvas.setLineJoin(ROUND)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.8)
        canvas.line(0, tops[1], width, tops[1])
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.25)
        # A Table's continuation on a later page draws the thin rule over the header's too.
        for y in tops[1:] if self.first else tops[2:]:
            canvas.line(0, y, width, y)
        canvas.restoreState()


def _tops(heights: Sequence[float]) -> list[float]:
    """The y of the top of every row and of the bottom of the last (0), as a ``Table``
    adds the heights up: from the bottom, compensated, so the rows land where its rows do."""
    tops = []
    total = correction = 0.0
    for height in reversed(heights):
        tops.append(total)
        step = height - correction
        new = total + step
        correction = (new - total) - step
        total = new
    tops.append(total)
    tops.reverse()
    return tops
