"""The vergaderpakket's cover and agenda, laid out by hand on a ReportLab canvas.

The agenda shows the page where each item starts, and that depends on how many pages
the cover and agenda themselves take. The layout here is plain arithmetic on wrapped
lines (cached glyph widths, :mod:`swtgov.reports.textlines`), so it runs twice for
free: first to place every row on a page, then to draw it with the numbers known.
Drawing directly instead of through platypus tables makes the front about three
times cheaper, which matters because the rest of the pack is a fast pikepdf merge.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from swtgov.reports.base import (
    FONT,
    FONT_BOLD,
    HEADER_FILL,
    INK,
    MARGIN,
    MUTED,
    RULE,
    ZEBRA,
)
from swtgov.reports.meetings import labels
from swtgov.reports.textlines import Line, Run, Style, wrap_runs

WIDTH, HEIGHT = A4
TOP = HEIGHT - 22 * mm
BOTTOM = 20 * mm
TEXT_WIDTH = WIDTH - 2 * MARGIN
NUMBER_WIDTH = 12 * mm
PAGE_WIDTH = 18 * mm
PAD = 3.0

TITLE = Style(FONT_BOLD, 18, INK)
SUBTITLE = Style(FONT, 10.5, MUTED)
BODY = Style(FONT, 9.5, INK)
BODY_BOLD = Style(FONT_BOLD, 9.5, INK)
HEADING = Style(FONT_BOLD, 13, INK)
CELL = Style(FONT, 8.5, INK)
CELL_BOLD = Style(FONT_BOLD, 8.5, INK)
CELL_MUTED = Style(FONT, 8.5, MUTED)
CELL_CHANGED = Style(FONT, 8.5, colors.HexColor("#9b1c1c"))
SMALL = Style(FONT, 8, MUTED)


@dataclass(frozen=True)
class FrontItem:
    """What the agenda shows of one item."""

    number: str
    title: str
    kind: str
    presenter: str
    documents: Sequence[str]
    changed: bool


@dataclass(frozen=True)
class Front:
    """The cover's facts and the agenda."""

    organisation: str
    heading: str
    when: str
    lines: Sequence[str]
    changed_heading: str
    changed: str
    items: Sequence[FrontItem]
    show_changes: bool


@dataclass
class _Block:
    """Wrapped lines placed at a height on a page; a row also has its number and page cell."""

    lines: list[Line]
    x: float
    height: float
    row: int | None = None  # index into the agenda, for table rows
    gap_after: float = 0.0
    heading: bool = False  # the agenda's heading: the table's header row follows it


def _leading(line: Line) -> float:
    return max(style.leading for _text, style in line)


def _text_block(runs: Sequence[Run], width: float = TEXT_WIDTH, gap: float = 0.0) -> _Block:
    lines = [line for line in wrap_runs(runs, width) if line]
    return _Block(lines, MARGIN, sum(_leading(line) for line in lines), gap_after=gap)


def _row(index: int, item: FrontItem, show_changes: bool) -> _Block:
    width = TEXT_WIDTH - NUMBER_WIDTH - PAGE_WIDTH - 2 * PAD
    head: list[Run] = [(item.title, CELL_BOLD)]
    if item.changed and show_changes:
        head.append((f" ({labels.PACK_CHANGED_MARK})", CELL_CHANGED))
    lines = [line for line in wrap_runs(head, width) if line]
    details = [item.kind] if item.kind else []
    if item.presenter:
        details.append(labels.PACK_PRESENTER.format(name=item.presenter))
    if details:
        lines += [line for line in wrap_runs([(" · ".join(details), CELL_MUTED)], width) if line]
    if item.documents:
        text = labels.PACK_DOCUMENTS.format(titles="; ".join(item.documents))
        lines += [line for line in wrap_runs([(text, CELL_MUTED)], width) if line]
    height = sum(_leading(line) for line in lines) + 2 * PAD
    return _Block(lines, MARGIN + NUMBER_WIDTH + PAD, height, row=index)


HEADER_HEIGHT = CELL.leading + 2 * PAD


def layout(front: Front) -> list[list[_Block]]:
    """The blocks of every page, in order (the agenda's header row is drawn per page)."""
    cover = [_text_block([(front.heading, TITLE)], gap=2)]
    cover.append(_text_block([(front.when, SUBTITLE)], gap=6))
    cover += [_text_block([(line, BODY)]) for line in front.lines]
    if front.changed_heading:
        cover.append(_text_block([(front.changed_heading + " ", BODY_BOLD), (front.changed, BODY)]))
    cover.append(_Block([], MARGIN, 8 * mm))
    heading = _text_block([(labels.PACK_AGENDA, HEADING)], gap=4)
    heading.heading = True
    cover.append(heading)
    rows = [_row(i, item, front.show_changes) for i, item in enumerate(front.items)]
    note = _text_block([(labels.PACK_CONTENTS_NOTE, SMALL)])
    pages: list[list[_Block]] = [[]]
    y = TOP - 14 * mm
    for block in cover:
        pages[-1].append(block)
        y -= block.height + block.gap_after
    y -= HEADER_HEIGHT
    for block in [*rows, _Block([], MARGIN, 3 * mm), note]:
        if y - block.height < BOTTOM:
            pages.append([])
            y = TOP - HEADER_HEIGHT
        pages[-1].append(block)
        y -= block.height + block.gap_after
    return pages


def _draw_lines(canvas: Canvas, x: float, top: float, lines: Sequence[Line]) -> None:
    if not lines:
        return
    text = canvas.beginText(x, top - max(style.size for _t, style in lines[0]))
    # only what changes is set: every operator costs ReportLab a number formatting
    font: tuple[str, float] | None = None
    colour = None
    leading = None
    for line in lines:
        if _leading(line) != leading:
            leading = _leading(line)
            text.setLeading(leading)
        for number, (part, style) in enumerate(line, start=1):
            if (style.font, style.size) != font:
                font = (style.font, style.size)
                text.setFont(style.font, style.size, leading)
            if style.colour != colour:
                colour = style.colour
                text.setFillColor(colour)
            if number < len(line):
                text.textOut(part)
            else:
                text.textLine(part)
    canvas.drawText(text)


def _frame(canvas: Canvas, organisation: str) -> None:
    top = HEIGHT - 12 * mm
    canvas.setFont(FONT_BOLD, 8.5)
    canvas.setFillColor(INK)
    canvas.drawString(MARGIN, top, organisation)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, top - 2.5 * mm, WIDTH - MARGIN, top - 2.5 * mm)


def _header_row(canvas: Canvas, y: float) -> None:
    canvas.setFillColor(HEADER_FILL)
    canvas.rect(MARGIN, y - HEADER_HEIGHT, TEXT_WIDTH, HEADER_HEIGHT, stroke=0, fill=1)
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN, y - HEADER_HEIGHT, WIDTH - MARGIN, y - HEADER_HEIGHT)
    canvas.setFillColor(INK)
    canvas.setFont(FONT_BOLD, 8.5)
    base = y - PAD - CELL.size
    canvas.drawString(MARGIN + PAD, base, labels.PACK_COL_NUMBER)
    canvas.drawString(MARGIN + NUMBER_WIDTH + PAD, base, labels.PACK_COL_ITEM)
    canvas.drawRightString(WIDTH - MARGIN - PAD, base, labels.PACK_COL_PAGE)


def build(front: Front, first_pages: Callable[[int], list[int | None]], *,
          title: str, subject: str) -> tuple[bytes, list[int | None]]:
    """The cover and agenda as PDF, and the first page of each item (None: no documents).

    ``first_pages(front_pages)`` returns those first pages once the front's length is known.
    """
    pages = layout(front)
    first = first_pages(len(pages))
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor(front.organisation)
    canvas.setSubject(subject)
    canvas.setCreator("swtgov")
    for number, blocks in enumerate(pages):
        _frame(canvas, front.organisation)
        y = TOP - (14 * mm if number == 0 else 0)
        if number > 0:
            if any(block.row is not None for block in blocks):
                _header_row(canvas, y)
            y -= HEADER_HEIGHT
        for block in blocks:
            if block.row is not None:
                _draw_row(canvas, y, block, front.items[block.row], first[block.row])
            else:
                _draw_lines(canvas, block.x, y, block.lines)
            y -= block.height + block.gap_after
            if block.heading:
                _header_row(canvas, y)
                y -= HEADER_HEIGHT
        canvas.showPage()
    canvas.save()
    return buffer.getvalue(), first


def _draw_row(canvas: Canvas, y: float, block: _Block, item: FrontItem, page: int | None) -> None:
    if block.row is not None and block.row % 2:
        canvas.setFillColor(ZEBRA)
        canvas.rect(MARGIN, y - block.height, TEXT_WIDTH, block.height, stroke=0, fill=1)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.25)
    canvas.line(MARGIN, y - block.height, WIDTH - MARGIN, y - block.height)
    base = y - PAD - CELL.size
    canvas.setFillColor(INK)
    canvas.setFont(FONT, 8.5)
    canvas.drawString(MARGIN + PAD, base, item.number)
    canvas.drawRightString(WIDTH - MARGIN - PAD, base, str(page) if page else labels.PACK_NO_DOCUMENTS)
    _draw_lines(canvas, block.x, y - PAD, block.lines)
