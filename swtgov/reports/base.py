"""Page geometry, fonts, the stylesheet and the document frame of every report.

A4, DejaVu Sans embedded (so € and ë survive text extraction), a header with the
organisation and the title, a footer with "pagina x van y" and the date of
generation, and an optional VERTROUWELIJK marking. Output is deterministic.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from swtgov import display
from swtgov.reports import labels
from swtgov.resources import resource_path

rl_config.invariant = 1
# Binary (compressed) page streams instead of ASCII85 text: smaller files, and
# ReportLab no longer spends a third of a long report encoding them.
rl_config.useA85 = 0

FONT_DIR = resource_path("fonts")
FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"

INK = colors.HexColor("#1f2a44")
MUTED = colors.HexColor("#5b6472")
RULE = colors.HexColor("#c9ced6")
ZEBRA = colors.HexColor("#f3f5f8")
HEADER_FILL = colors.HexColor("#e3e8f0")
MARGIN = 18 * mm


@dataclass(frozen=True)
class _Encoder:
    """What a document's font subset has handed out so far: the characters with a code
    in the first subset, that mapping as a translation table, and whether printable
    ASCII is its own code (ReportLab's default, so the page streams stay readable)."""

    known: frozenset[str]
    table: dict[int, int]
    ascii: bool
    assigned: int  # how many codes the state had handed out when this was made


class _SubsetFont(TTFont):
    """A TrueType font that encodes text it has seen before in C instead of per character.

    ReportLab's ``splitString`` looks up the subset code of every character of every
    string it draws, one Python step per character: in a long report it is one of the
    largest costs of drawing. Once a document has given each character of a string a
    code in its first subset (the only subset a Dutch report fills), encoding that
    string is an ``encode`` (printable ASCII is its own code) or a ``translate``. Any
    other string (a character seen for the first time, a no-break space, a code past
    the first subset) goes through ReportLab's own method, which hands out the codes,
    so the PDF is byte for byte the same.
    """

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        # The encoder of the document drawn last, with ReportLab's subset state it was made
        # from (a new document, or a state ReportLab dropped and made anew, never matches).
        self._last: tuple[Any, _Encoder] | None = None

    def splitString(  # noqa: N802 - ReportLab's name
        self, text: str | bytes, doc: Any, encoding: str = "utf-8"
    ) -> list[tuple[int, bytes]]:
        state = self.state.get(doc)
        last = self._last
        encoder = last[1] if last is not None and state is not None and last[0] is state else None
        if encoder is not None and type(text) is str:
            if encoder.ascii and text.isascii() and text.isprintable():
                return [(0, text.encode("ascii"))] if text else []
            if encoder.known.issuperset(text):
                return [(0, text.translate(encoder.table).encode("latin-1"))] if text else []
        parts: list[tuple[int, bytes]] = super().splitString(text, doc, encoding)
        state = self.state[doc]
        assignments: dict[int, int] = state.assignments
        if encoder is None or encoder.assigned != len(assignments):
            table = {char: code for char, code in assignments.items() if code < 256}
            ascii_own = all(table.get(char) == char for char in range(32, 127))
            self._last = (state, _Encoder(frozenset(map(chr, table)), table, ascii_own, len(assignments)))
        return parts


def _register_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(_SubsetFont(FONT, str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(_SubsetFont(FONT_BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(_SubsetFont(FONT_ITALIC, str(FONT_DIR / "DejaVuSans-Oblique.ttf")))
    pdfmetrics.registerFont(_SubsetFont("DejaVuSans-BoldOblique", str(FONT_DIR / "DejaVuSans-BoldOblique.ttf")))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic="DejaVuSans-BoldOblique"
    )


def _stylesheet() -> StyleSheet1:
    _register_fonts()
    sheet = StyleSheet1()
    sheet.add(ParagraphStyle("Body", fontName=FONT, fontSize=9.5, leading=13, textColor=INK))
    sheet.add(ParagraphStyle("Title", parent=sheet["Body"], fontName=FONT_BOLD, fontSize=18, leading=22, spaceAfter=4))
    sheet.add(ParagraphStyle("Subtitle", parent=sheet["Body"], fontSize=10.5, textColor=MUTED, spaceAfter=10))
    sheet.add(ParagraphStyle("Heading1", parent=sheet["Body"], fontName=FONT_BOLD, fontSize=13, leading=17, spaceBefore=10, spaceAfter=5))
    sheet.add(ParagraphStyle("Heading2", parent=sheet["Body"], fontName=FONT_BOLD, fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=3))
    sheet.add(ParagraphStyle("Small", parent=sheet["Body"], fontSize=8, leading=10, textColor=MUTED))
    sheet.add(ParagraphStyle("Cell", parent=sheet["Body"], fontSize=8.5, leading=10.5))
    sheet.add(ParagraphStyle("CellBold", parent=sheet["Cell"], fontName=FONT_BOLD))
    sheet.add(ParagraphStyle("CellRight", parent=sheet["Cell"], alignment=TA_RIGHT))
    sheet.add(ParagraphStyle("CellHead", parent=sheet["Cell"], fontName=FONT_BOLD, textColor=INK))
    return sheet


STYLES = _stylesheet()


@dataclass(frozen=True)
class ReportMeta:
    """What the frame of every page shows.

    Attributes:
        organisation: the stichting's name, top left.
        title: the report's title, top right and on page 1.
        generated_on: printed in the footer; pass a fixed date in tests.
        subtitle: a line under the title on page 1 (e.g. the peildatum).
        confidential: print VERTROUWELIJK in the header and the margin.
        landscape: A4 landscape instead of portrait.
        check_code: the audit log's controlegetal, in the footer; when empty, the one
            of the report being built (:func:`stamped`) is used.
    """

    organisation: str
    title: str
    generated_on: dt.date
    subtitle: str = ""
    confidential: bool = False
    landscape: bool = False
    check_code: str = ""

    @property
    def pagesize(self) -> tuple[float, float]:
        return landscape(A4) if self.landscape else A4


_CHECK_CODE: contextvars.ContextVar[str] = contextvars.ContextVar("check_code", default="")


@contextlib.contextmanager
def stamped(code: str) -> Iterator[None]:
    """Print ``code`` (the file's controlegetal) in the footer of every page rendered
    inside this block: one place for every report, whatever area builds it."""
    token = _CHECK_CODE.set(code)
    try:
        yield
    finally:
        _CHECK_CODE.reset(token)


_PAGE_NUMBERS: contextvars.ContextVar[bool] = contextvars.ContextVar("page_numbers", default=True)


def current_check_code() -> str:
    """The controlegetal that reports rendered now print (empty outside :func:`stamped`)."""
    return _CHECK_CODE.get()


@contextlib.contextmanager
def without_page_numbers() -> Iterator[None]:
    """Render the reports made inside this block without their own "pagina x van y" and
    controlegetal line: they become part of a larger document (the vergaderpakket) that
    stamps both on every page itself."""
    token = _PAGE_NUMBERS.set(False)
    try:
        yield
    finally:
        _PAGE_NUMBERS.reset(token)


def _numbered_canvas(meta: ReportMeta) -> type[Canvas]:
    """A canvas that knows the page count when it draws each page's frame."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                _draw_frame(self, meta, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _draw_frame(canvas: Canvas, meta: ReportMeta, page: int, pages: int) -> None:
    width, height = meta.pagesize
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    top = height - 12 * mm
    canvas.setFont(FONT_BOLD, 8.5)
    canvas.setFillColor(INK)
    canvas.drawString(MARGIN, top, meta.organisation)
    canvas.setFont(FONT, 8.5)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(width - MARGIN, top, meta.title)
    canvas.line(MARGIN, top - 2.5 * mm, width - MARGIN, top - 2.5 * mm)
    bottom = 10 * mm
    canvas.line(MARGIN, bottom + 4 * mm, width - MARGIN, bottom + 4 * mm)
    canvas.drawString(MARGIN, bottom, labels.GENERATED_ON.format(date=display.date(meta.generated_on)))
    code = meta.check_code or _CHECK_CODE.get()
    if code and _PAGE_NUMBERS.get():  # a line of its own, clear of a centred VERTROUWELIJK
        canvas.setFont(FONT, 7)
        canvas.drawString(MARGIN, bottom - 3.5 * mm, labels.CHECK_CODE.format(code=code))
        canvas.setFont(FONT, 8.5)
    if _PAGE_NUMBERS.get():
        canvas.drawRightString(width - MARGIN, bottom, labels.PAGE_OF.format(page=page, pages=pages))
    if meta.confidential:
        canvas.setFont(FONT_BOLD, 8.5)
        canvas.setFillColor(colors.HexColor("#9b1c1c"))
        canvas.drawCentredString(width / 2, top, labels.CONFIDENTIAL)
        canvas.drawCentredString(width / 2, bottom, labels.CONFIDENTIAL)
    canvas.restoreState()


def render(meta: ReportMeta, story: Sequence[Flowable], target: Path | None = None) -> bytes:
    """Lay out the story in the house frame; returns the PDF (and writes it to target)."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=meta.pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=22 * mm,
        bottomMargin=20 * mm,
        title=meta.title,
        author=meta.organisation,
        subject=meta.subtitle or meta.title,
        creator="swtgov",
    )
    head: list[Flowable] = [Paragraph(escape(meta.title), STYLES["Title"])]
    if meta.subtitle:
        head.append(Paragraph(escape(meta.subtitle), STYLES["Subtitle"]))
    doc.build(list(head) + list(story), canvasmaker=_numbered_canvas(meta))
    data = buffer.getvalue()
    if target is not None:
        from swtgov.outputs import write_bytes

        write_bytes(Path(target), data, what="Het rapport")
    return data


def escape(text: str) -> str:
    """Text for a Paragraph (which reads a little XML)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    right: Sequence[int] = (),
    repeat_header: bool = True,
    extra_style: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A house-style table: bold header on a tint, thin rules, zebra rows.

    Cells may be strings (wrapped in Paragraphs so long text wraps) or flowables.
    """
    def cell(value: Any, index: int, head: bool = False) -> Any:
        if isinstance(value, Flowable):
            return value
        style = "CellHead" if head else ("CellRight" if index in right else "Cell")
        return Paragraph(escape("" if value is None else str(value)), STYLES[style])

    data = [[cell(h, i, True) for i, h in enumerate(header)]]
    data += [[cell(v, i) for i, v in enumerate(row)] for row in rows]
    result = Table(data, colWidths=list(widths), repeatRows=1 if repeat_header else 0)
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for index in range(2, len(data), 2):
        style.append(("BACKGROUND", (0, index), (-1, index), ZEBRA))
    result.setStyle(TableStyle(style + list(extra_style)))
    return result


def content_width(meta: ReportMeta) -> float:
    return meta.pagesize[0] - 2 * MARGIN
