"""Stamping and bookmarking a merged PDF with pikepdf.

Every page gets a few words of text appended to its content stream (in a
``q … Q`` pair, after wrapping the page's own content in one), in the standard
Helvetica font, so no font is embedded and nothing is re-rendered: this is about
three times faster than overlaying a ReportLab-made page per page (measured:
300 pages, 76 ms against 172 ms). Positions are given as seen by the reader, so a
page with ``/Rotate`` or a crop box offset still has its stamp upright in the
same corner.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import pikepdf

FONT_KEY = "/SwtgovStamp"
MM = 72 / 25.4


@dataclass(frozen=True)
class Stamp:
    """What one page carries.

    Attributes:
        left: text at the bottom left (the pack's title line).
        right: text at the bottom right ("pagina 3 van 120").
        top: text at the top right (the agenda item).
        mask_footer: cover the house footer's own "pagina x van y" first (a page
            that swtgov generated with ``reports.base``, which numbers its pages itself).
    """

    left: str
    right: str
    top: str = ""
    mask_footer: bool = False


@dataclass
class Bookmark:
    """One outline entry: a title, the page index it opens, and its children."""

    title: str
    page: int
    children: list[Bookmark] = field(default_factory=list)


def _pdf_text(text: str) -> bytes:
    """A PDF literal string in WinAnsi (Helvetica's encoding); unknown glyphs become ``?``."""
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


@lru_cache(maxsize=4096)
def _width(text: str, size: float, bold: bool = False) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, "Helvetica-Bold" if bold else "Helvetica", size)


@lru_cache(maxsize=64)
def _fit(text: str, size: float, room: float) -> str:
    """``text`` shortened with an ellipsis until it fits in ``room`` points."""
    while text and _width(text, size) > room:
        text = text[:-2] + "…"
    return text


def _viewer_matrix(page: pikepdf.Page) -> tuple[tuple[float, ...], float, float]:
    """The ``cm`` matrix from reader space (origin bottom left as shown) to user space.

    Returns the matrix and the width and height of the page as the reader sees it.
    """
    return _matrix_for(tuple(float(v) for v in page.cropbox), int(page.obj.get("/Rotate", 0)))


def _matrix_for(box: tuple[float, ...], rotate: int) -> tuple[tuple[float, ...], float, float]:
    x0, y0, x1, y1 = box
    x0, x1 = min(x0, x1), max(x0, x1)
    y0, y1 = min(y0, y1), max(y0, y1)
    rotate %= 360
    width, height = x1 - x0, y1 - y0
    if rotate == 90:
        return (0, 1, -1, 0, x1, y0), height, width
    if rotate == 180:
        return (-1, 0, 0, -1, x1, y1), width, height
    if rotate == 270:
        return (0, -1, 1, 0, x0, y1), height, width
    return (1, 0, 0, 1, x0, y0), width, height


class _Geometry:
    """Each page's reader-space matrix, worked out once per distinct box and rotation."""

    def __init__(self) -> None:
        self.known: dict[tuple[bytes, int], tuple[tuple[float, ...], float, float]] = {}

    def of(self, page: pikepdf.Page) -> tuple[tuple[float, ...], float, float]:
        obj = page.obj
        box = obj.get("/CropBox")
        if box is None:
            box = obj.get("/MediaBox")
        if box is None:  # inherited from the page tree: let pikepdf find it
            return _viewer_matrix(page)
        rotate = obj.get("/Rotate")
        key = (box.unparse(), int(rotate) if rotate is not None else 0)
        found = self.known.get(key)
        if found is None:
            found = self.known[key] = _matrix_for(tuple(float(v) for v in box), key[1])
        return found


def _text(x: float, y: float, size: float, text: str, bold: bool = False) -> bytes:
    font = b"/SwtgovStampB" if bold else FONT_KEY.encode()
    return b"BT %s %.1f Tf %.2f %.2f Td %s Tj ET\n" % (font, size, x, y, _pdf_text(text))


SIZE = 7.5
SIDE = 12 * MM
BASE = 5 * MM
TEXT = b"0.12 0.16 0.27 rg\n"


def _shared_stream(stamp: Stamp, width: float, height: float, widest_right: float) -> bytes:
    """What pages with the same size, title line and agenda item share.

    It ends inside the stamp's graphics state; each page's own stream then writes its
    page number and closes it.
    """
    parts = [b"0.25 0.29 0.36 rg\n"]
    if stamp.mask_footer:
        # the house footer's "pagina x van y" sits right-aligned 18 mm from the edge, 10 mm up
        parts.append(b"1 1 1 rg %.2f %.2f %.2f %.2f re f\n" % (width - 62 * MM, 8.5 * MM, 45 * MM, 4.5 * MM))
    parts.append(b"1 1 1 rg %.2f %.2f %.2f %.2f re f\n"
                 % (width - SIDE - widest_right - 1.5, BASE - 2, widest_right + 3, SIZE + 3))
    if stamp.left:
        left = _fit(stamp.left, SIZE, round(width - 2 * SIDE - widest_right - 10 * MM))
        parts.append(b"0.36 0.39 0.45 rg\n" + _text(SIDE, BASE, SIZE, left))
    if stamp.top:
        top_width = _width(stamp.top, SIZE + 1, bold=True)
        parts.append(b"1 1 1 rg %.2f %.2f %.2f %.2f re f\n"
                     % (width - SIDE - top_width - 3, height - 7 * MM - 2.5, top_width + 6, SIZE + 5))
        parts.append(TEXT + _text(width - SIDE - top_width, height - 7 * MM, SIZE + 1, stamp.top, bold=True))
    return b"".join(parts) + TEXT


def _fonts(pdf: pikepdf.Pdf) -> tuple[pikepdf.Object, pikepdf.Object]:
    def font(name: str) -> pikepdf.Object:
        return pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
            BaseFont=pikepdf.Name(name), Encoding=pikepdf.Name.WinAnsiEncoding,
        ))

    return font("/Helvetica"), font("/Helvetica-Bold")


def stamp_pages(pdf: pikepdf.Pdf, stamps: Sequence[Stamp]) -> None:
    """Append ``stamps[i]`` to page ``i`` of ``pdf`` (as many stamps as pages).

    Each page's content becomes ``q`` (shared), its own streams, ``Q`` and the stamp's
    common part (shared by the pages of one size and item), and a few bytes of its own:
    the page number. Sharing keeps the file small and the save fast.
    """
    if len(stamps) != len(pdf.pages):
        raise ValueError(f"{len(stamps)} stamps for {len(pdf.pages)} pages")
    regular, bold = _fonts(pdf)
    save = pdf.make_stream(b"q\n")
    widest_right = max((_width(stamp.right, SIZE) for stamp in stamps), default=0.0)
    shared: dict[tuple[object, ...], pikepdf.Object] = {}
    geometry = _Geometry()
    fonts_done: set[tuple[int, int]] = set()  # font dictionaries shared by several pages
    for page, stamp in zip(pdf.pages, stamps, strict=True):
        resources = page.obj.get("/Resources")
        if resources is None:
            resources = page.obj.Resources = pikepdf.Dictionary()
        fonts = resources.get("/Font")
        if fonts is None:
            fonts = resources.Font = pikepdf.Dictionary()
        shared_fonts = fonts.objgen
        if shared_fonts == (0, 0) or shared_fonts not in fonts_done:
            fonts[FONT_KEY] = regular
            fonts["/SwtgovStampB"] = bold
            fonts_done.add(shared_fonts)
        matrix, width, height = geometry.of(page)
        key = (matrix, width, height, stamp.left, stamp.top, stamp.mask_footer)
        common = shared.get(key)
        if common is None:
            head = b"\nQ\nq %s cm\n" % b" ".join(b"%.4f" % v for v in matrix)
            common = shared[key] = pdf.make_stream(head + _shared_stream(stamp, width, height, widest_right))
        page.contents_add(save, prepend=True)
        page.contents_add(common)
        own = _text(width - SIDE - _width(stamp.right, SIZE), BASE, SIZE, stamp.right) + b"Q\n"
        page.contents_add(pdf.make_stream(own))


def add_outline(pdf: pikepdf.Pdf, bookmarks: Sequence[Bookmark]) -> None:
    """Give ``pdf`` the outline ``bookmarks`` (children shown collapsed).

    Written as plain outline dictionaries: pikepdf's OutlineItem model does the same
    with several times the Python work per entry.
    """
    pages = [page.obj for page in pdf.pages]

    def level(marks: Sequence[Bookmark], parent: pikepdf.Object) -> tuple[pikepdf.Object, pikepdf.Object, int]:
        nodes = []
        for mark in marks:
            node = pdf.make_indirect(pikepdf.Dictionary(
                Title=pikepdf.String(mark.title), Parent=parent,
                Dest=pikepdf.Array([pages[mark.page], pikepdf.Name.XYZ, None, None, None]),
            ))
            if mark.children:
                first, last, _count = level(mark.children, node)
                node.First, node.Last = first, last
                node.Count = -len(mark.children)  # closed: the reader opens it
            nodes.append(node)
        for before, after in itertools.pairwise(nodes):
            before.Next, after.Prev = after, before
        return nodes[0], nodes[-1], len(nodes)

    root = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Outlines))
    if bookmarks:
        root.First, root.Last, root.Count = level(bookmarks, root)
    pdf.Root.Outlines = root
    pdf.Root.PageMode = pikepdf.Name.UseOutlines


def watermark(data: bytes, text: str) -> bytes:
    """``data`` with ``text`` set large and light, diagonally, under every page's content.

    Drawn first, so the page's own text lies on top of it and stays readable; a
    table's tinted rows may cover part of it, never all of it.
    """
    import io

    pdf = pikepdf.open(io.BytesIO(data))
    _regular, font = _fonts(pdf)
    streams: dict[tuple[object, ...], pikepdf.Object] = {}
    for page in pdf.pages:
        resources = page.obj.get("/Resources")
        if resources is None:
            resources = page.obj.Resources = pikepdf.Dictionary()
        fonts = resources.get("/Font")
        if fonts is None:
            fonts = resources.Font = pikepdf.Dictionary()
        fonts["/SwtgovMark"] = font
        matrix, width, height = _viewer_matrix(page)
        key = (matrix, width, height)
        if key not in streams:
            diagonal = math.hypot(width, height)
            size = min(0.62 * diagonal / (_width(text, 1, bold=True) or 1), height / 5)
            text_width = _width(text, size, bold=True)
            cos, sin = width / diagonal, height / diagonal  # along the page's diagonal, about its centre
            centre = b"1 0 0 1 %.2f %.2f cm %.4f %.4f %.4f %.4f 0 0 cm" % (width / 2, height / 2, cos, sin, -sin, cos)
            streams[key] = pdf.make_stream(
                b"q %s cm %s 0.97 0.87 0.87 rg BT /SwtgovMark %.1f Tf %.2f %.2f Td %s Tj ET Q\n"
                % (b" ".join(b"%.4f" % v for v in matrix), centre, size, -text_width / 2, -size * 0.35,
                   _pdf_text(text))
            )
        page.contents_add(streams[key], prepend=True)
    buffer = io.BytesIO()
    pdf.save(buffer)
    return buffer.getvalue()
