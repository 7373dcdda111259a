"""The register table of the risicorapportage: one flowable per risk row.

A ReportLab table of many small cells pays for every cell on every page it
splits over. Here each row is a single flowable that draws all its columns in
one text object, inside a one-column table (which still repeats the header on
every page and stripes the rows), so a register of 1,000 risks stays cheap.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable

from swtgov.reports.base import FONT_BOLD, HEADER_FILL, INK, RULE, ZEBRA
from swtgov.reports.textlines import Run, Style, TextLines, text_width

PAD = 3.0  # points left and right of every column
NUMBER = Style(size=8)
NUMBER_BOLD = Style(font=FONT_BOLD, size=8)
HEAD = Style(font=FONT_BOLD, size=8.5)


@dataclass(frozen=True)
class Column:
    """One column: its width in points and how its text aligns (``left``, ``right``, ``centre``)."""

    width: float
    align: str = "left"


@dataclass(frozen=True)
class RowData:
    """One risk as the register shows it; ``fill`` colours the band cell."""

    code: str
    risk: Sequence[Sequence[Run]]
    bruto: str
    netto: str
    netto_bold: bool
    band: str
    fill: colors.Color | None
    trend: str
    assessed: str


COLUMNS: tuple[Column, ...] = (
    Column(13 * mm), Column(0), Column(12 * mm, "right"), Column(12 * mm, "right"),
    Column(17 * mm), Column(12 * mm, "centre"), Column(30 * mm),  # "28 september 2026" in full
)  # fmt: skip


def columns_for(width: float) -> list[Column]:
    """The columns, the risk column taking what the others leave of ``width``."""
    rest = width - sum(c.width for c in COLUMNS)
    return [Column(rest) if c.width == 0 else c for c in COLUMNS]


class RegisterRow(Flowable):
    """A whole register row: code, risk text with measures, scores, band, trend, date."""

    def __init__(self, cells: Sequence[Run | TextLines], columns: Sequence[Column],
                 fills: dict[int, colors.Color] | None = None) -> None:  # fmt: skip
        super().__init__()
        self.cells = cells
        self.columns = columns
        self.fills = fills or {}
        self.width = sum(c.width for c in columns)
        self.height = max(
            cell.height if isinstance(cell, TextLines) else cell[1].leading for cell in cells
        )

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        height = self.height
        if self.fills:
            x = 0.0
            for index, column in enumerate(self.columns):
                fill = self.fills.get(index)
                if fill is not None:
                    label = self.cells[index]
                    assert not isinstance(label, TextLines)
                    canvas.setFillColor(fill)
                    canvas.rect(x + PAD - 1, height - label[1].leading - 1.2,
                                text_width(label[0], label[1].font, label[1].size) + 2, label[1].leading + 0.6,
                                stroke=0, fill=1)  # fmt: skip
                x += column.width
        text = canvas.beginText()
        x = 0.0
        current: Style | None = None
        for cell, column in zip(self.cells, self.columns, strict=True):
            if not isinstance(cell, TextLines):  # one run on one line: most cells of a row
                part, style = cell
                leading = style.leading
                y = height - leading
                offset = 0.0
                if column.align != "left":
                    room = column.width - 2 * PAD - text_width(part, style.font, style.size)
                    offset = room if column.align == "right" else room / 2
                text.setTextOrigin(x + PAD + offset, y + leading - style.size)  # the same sums as below
                current = _switch(text, current, style)
                text.textLine(part)
                x += column.width
                continue
            lines, leadings = cell.lines, cell.leadings
            y = height
            sizes = [line[0][1].size if len(line) == 1 else max(s.size for _t, s in line) for line in lines]
            for index, (line, leading) in enumerate(zip(lines, leadings, strict=True)):
                y -= leading
                if index == 0 or column.align != "left":
                    offset = 0.0
                    if column.align != "left":
                        room = column.width - 2 * PAD - sum(text_width(t, s.font, s.size) for t, s in line)
                        offset = room if column.align == "right" else room / 2
                    text.setTextOrigin(x + PAD + offset, y + leading - sizes[index])
                if index + 1 < len(lines):
                    # T* after this line lands on the next baseline: no coordinates to format.
                    step = leadings[index + 1] + sizes[index] - sizes[index + 1]
                    if step != text._leading:  # noqa: SLF001 - ReportLab keeps TL here
                        text.setLeading(step)
                last = len(line) - 1
                for number, (part, style) in enumerate(line):
                    current = _switch(text, current, style)
                    # The PDF advances by itself; textLine skips ReportLab's own width sum.
                    if number < last:
                        text.textOut(part)
                    else:
                        text.textLine(part)
            x += column.width
        canvas.drawText(text)


def _switch(text: PDFTextObject, current: Style | None, style: Style) -> Style:
    """Set ``style`` on the text object where it differs from ``current``; returns it."""
    if style is current:
        return style
    if current is None or style.font != current.font or style.size != current.size:
        text.setFont(style.font, style.size, text._leading)  # noqa: SLF001
    if current is None or (style.colour is not current.colour and style.colour != current.colour):
        text.setFillColor(style.colour)
    return style


class RegisterBlock(Flowable):
    """Rows under a header that is repeated on every page; splits itself in linear time.

    A ReportLab ``Table`` re-measures all remaining rows each time it splits over a
    page; this block knows every row's height once and cuts where the page ends.
    """

    TOP, BOTTOM = 2.5, 3.0  # row padding in points

    def __init__(self, header: RegisterRow, rows: Sequence[RegisterRow], start: int = 0,
                 heights: Sequence[float] | None = None) -> None:  # fmt: skip
        super().__init__()
        self.header = header
        self.rows = list(rows)
        self.start = start  # index of the first row in the whole register (for the stripes)
        self.width = header.width
        # A split hands its parts the heights it knows, instead of each part measuring again.
        self.heights = list(heights) if heights is not None else [
            row.height + self.TOP + self.BOTTOM for row in self.rows
        ]
        self.head_height = header.height + self.TOP + self.BOTTOM
        self.height = self.head_height + sum(self.heights)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        room = available_height - self.head_height
        fits = 0
        for height in self.heights:
            if height > room:
                break
            room -= height
            fits += 1
        if fits == 0:
            return []
        return [
            RegisterBlock(self.header, self.rows[:fits], self.start, self.heights[:fits]),
            RegisterBlock(self.header, self.rows[fits:], self.start + fits, self.heights[fits:]),
        ]

    def draw(self) -> None:
        canvas = self.canv
        y = self.height - self.head_height
        canvas.setFillColor(HEADER_FILL)
        canvas.rect(0, y, self.width, self.head_height, stroke=0, fill=1)
        self.header.drawOn(canvas, 0, y + self.BOTTOM)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.8)
        canvas.line(0, y, self.width, y)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.25)
        for index, (row, height) in enumerate(zip(self.rows, self.heights, strict=True)):
            y -= height
            if (self.start + index) % 2:
                canvas.setFillColor(ZEBRA)
                canvas.rect(0, y, self.width, height, stroke=0, fill=1)
            row.drawOn(canvas, 0, y + self.BOTTOM)
            canvas.line(0, y, self.width, y)


def block(header: Sequence[str], rows: Sequence[Sequence[Run | TextLines]], columns: Sequence[Column],
          fills: Sequence[dict[int, colors.Color] | None] | None = None) -> RegisterBlock:  # fmt: skip
    """Any long table in this fast form: header texts, rows of cells, the columns."""
    cells_fills = fills or [None] * len(rows)
    return RegisterBlock(
        RegisterRow([(h, HEAD) for h in header], columns),
        [RegisterRow(cells, columns, f) for cells, f in zip(rows, cells_fills, strict=True)],
    )


def register_table(header: Sequence[str], rows: Sequence[RowData], width: float) -> RegisterBlock:
    """The register: a :class:`RegisterBlock` of :class:`RegisterRow` s, header repeated."""
    columns = columns_for(width)
    text_width_risk = columns[1].width - 2 * PAD
    flowables: list[RegisterRow] = []
    for row in rows:
        cells: list[Run | TextLines] = [
            (row.code, NUMBER),
            TextLines(row.risk, text_width_risk),
            (row.bruto, NUMBER),
            (row.netto, NUMBER_BOLD if row.netto_bold else NUMBER),
            (row.band, NUMBER),
            (row.trend, NUMBER),
            (row.assessed, NUMBER),
        ]
        fills = {4: row.fill} if row.fill is not None else None
        flowables.append(RegisterRow(cells, columns, fills))
    return RegisterBlock(RegisterRow([(h, HEAD) for h in header], columns), flowables)
