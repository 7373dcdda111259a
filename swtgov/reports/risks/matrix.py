"""The 5×5 risk matrix as a ReportLab flowable, readable in colour and in black and white.

Kans runs up (5 at the top), impact to the right. Every cell has its band's
colour, a hatching that gets denser with the band, and the band's name, so a
black-and-white print still tells the bands apart. A cell shows how many risks
it holds in large type and their codes below; codes that do not fit end in
``+n``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from swtgov.domain.risks.rules import Band, RiskRules
from swtgov.reports import labels
from swtgov.reports.base import FONT, FONT_BOLD, INK, MUTED
from swtgov.reports.textlines import wrap_text

#: fill and hatching per band key
BAND_FILL = {
    "laag": colors.HexColor("#d4ecd4"),
    "gemiddeld": colors.HexColor("#fdf0b8"),
    "hoog": colors.HexColor("#fbcfa6"),
    "zeer_hoog": colors.HexColor("#f3a9a9"),
}
BAND_INK = {
    "laag": colors.HexColor("#5e8f5e"),
    "gemiddeld": colors.HexColor("#a88d22"),
    "hoog": colors.HexColor("#b8692a"),
    "zeer_hoog": colors.HexColor("#a33a3a"),
}
#: hatching per band: (spacing in mm, cross-hatched); None = no hatching
BAND_HATCH: dict[str, tuple[float, bool] | None] = {
    "laag": None,
    "gemiddeld": (3.2, False),
    "hoog": (1.8, False),
    "zeer_hoog": (1.8, True),
}

LABEL_WIDTH = 31 * mm
AXIS_TITLE = 5 * mm
CODE_SIZE = 6.8
COUNT_SIZE = 13


def band_fill(band: Band) -> colors.Color:
    return BAND_FILL.get(band.key, colors.white)


class RiskMatrix(Flowable):
    """A 5×5 heatmap of risk codes per ``(kans, impact)`` cell."""

    def __init__(
        self,
        cells: Mapping[tuple[int, int], Sequence[str]],
        rules: RiskRules,
        width: float,
        cell_height: float = 15.5 * mm,
    ) -> None:
        super().__init__()
        self.cells = cells
        self.rules = rules
        self.width = width
        self.cell_height = cell_height
        self.cell_width = (width - LABEL_WIDTH - AXIS_TITLE) / 5
        self.axis_height = 12 * mm
        self.height = 5 * cell_height + self.axis_height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def _grid_origin(self) -> tuple[float, float]:
        return AXIS_TITLE + LABEL_WIDTH, self.axis_height

    def draw(self) -> None:
        canvas = self.canv
        x0, y0 = self._grid_origin()
        for kans in range(1, 6):
            for impact in range(1, 6):
                x = x0 + (impact - 1) * self.cell_width
                y = y0 + (kans - 1) * self.cell_height
                self._cell(x, y, kans, impact)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.8)
        canvas.rect(x0, y0, 5 * self.cell_width, 5 * self.cell_height, stroke=1, fill=0)
        self._axes(x0, y0)

    def _cell(self, x: float, y: float, kans: int, impact: int) -> None:
        canvas = self.canv
        band = self.rules.band_for(kans * impact)
        w, h = self.cell_width, self.cell_height
        canvas.saveState()
        canvas.setFillColor(band_fill(band))
        canvas.setStrokeColor(colors.white)
        canvas.setLineWidth(1.2)
        canvas.rect(x, y, w, h, stroke=1, fill=1)
        self._hatch(x, y, w, band)
        canvas.setFillColor(BAND_INK.get(band.key, MUTED))
        canvas.setFont(FONT, 5.6)
        canvas.drawRightString(x + w - 1.2 * mm, y + 1.2 * mm, f"{band.label} · {kans * impact}")
        codes = list(self.cells.get((kans, impact), ()))
        if codes:
            canvas.setFillColor(INK)
            canvas.setFont(FONT_BOLD, COUNT_SIZE)
            canvas.drawString(x + 1.5 * mm, y + h - 3.2 * mm - COUNT_SIZE * 0.72, str(len(codes)))
            self._codes(x, y, w, h, codes)
        canvas.restoreState()

    def _hatch(self, x: float, y: float, w: float, band: Band) -> None:
        """A hatched strip along the top of the cell, denser for a higher band."""
        pattern = BAND_HATCH.get(band.key)
        if pattern is None:
            return
        spacing, cross = pattern[0] * mm, pattern[1]
        strip = 2.6 * mm
        top = y + self.cell_height
        canvas = self.canv
        canvas.saveState()
        path = canvas.beginPath()
        path.rect(x, top - strip, w, strip)
        canvas.clipPath(path, stroke=0, fill=0)
        canvas.setStrokeColor(BAND_INK.get(band.key, MUTED))
        canvas.setLineWidth(0.45)
        offset = -strip
        while offset < w:
            canvas.line(x + offset, top - strip, x + offset + strip, top)
            if cross:
                canvas.line(x + offset, top, x + offset + strip, top - strip)
            offset += spacing
        canvas.restoreState()

    def _codes(self, x: float, y: float, w: float, h: float, codes: list[str]) -> None:
        """Codes wrapped beside and under the count; what does not fit becomes ``+n``."""
        canvas = self.canv
        pad = 1.5 * mm
        count_width = stringWidth(str(len(codes)), FONT_BOLD, COUNT_SIZE) + 2 * mm
        count_base = y + h - 3.2 * mm - COUNT_SIZE * 0.72
        starts: list[tuple[float, float]] = []  # (x, baseline) per line
        line_y = y + h - 3.2 * mm - CODE_SIZE * 0.75
        while line_y > y + 3.6 * mm:
            indent = count_width if line_y + CODE_SIZE * 0.75 > count_base - 0.5 else 0
            starts.append((x + pad + indent, line_y))
            line_y -= CODE_SIZE * 1.2
        lines = layout_codes(codes, [x + w - pad - sx for sx, _ in starts], CODE_SIZE)
        canvas.setFillColor(INK)
        for (sx, sy), text in zip(starts, lines, strict=False):
            plain, _, more = text.partition("\x00")
            canvas.setFont(FONT, CODE_SIZE)
            canvas.drawString(sx, sy, plain)
            if more:
                canvas.setFont(FONT_BOLD, CODE_SIZE)
                canvas.drawString(sx + stringWidth(plain + " ", FONT, CODE_SIZE), sy, more)

    def _axes(self, x0: float, y0: float) -> None:
        canvas = self.canv
        canvas.setFillColor(INK)
        for kans in range(1, 6):
            y = y0 + (kans - 0.5) * self.cell_height
            canvas.setFont(FONT_BOLD, 8)
            canvas.drawRightString(x0 - 2 * mm, y + 1.2 * mm, str(kans))
            canvas.setFont(FONT, 6.5)
            canvas.setFillColor(MUTED)
            for i, part in enumerate(wrap_text(self.rules.kans_label(kans), LABEL_WIDTH - 4 * mm, 6.5)[:2]):
                canvas.drawRightString(x0 - 2 * mm, y - 2.2 * mm - i * 7.5, part)
            canvas.setFillColor(INK)
        for impact in range(1, 6):
            x = x0 + (impact - 0.5) * self.cell_width
            canvas.setFont(FONT_BOLD, 8)
            canvas.drawCentredString(x, y0 - 3.6 * mm, str(impact))
            canvas.setFont(FONT, 6.5)
            canvas.setFillColor(MUTED)
            for i, part in enumerate(wrap_text(self.rules.impact_label(impact), self.cell_width - 2 * mm, 6.5)[:1]):
                canvas.drawCentredString(x, y0 - 6.6 * mm - i * 7.5, part)
            canvas.setFillColor(INK)
        canvas.setFont(FONT_BOLD, 8.5)
        canvas.drawCentredString(x0 + 2.5 * self.cell_width, 1.2 * mm, labels.RISKS_AXIS_IMPACT + " →")
        canvas.saveState()
        canvas.translate(3.2 * mm, y0 + 2.5 * self.cell_height)
        canvas.rotate(90)
        canvas.drawCentredString(0, 0, labels.RISKS_AXIS_KANS + " →")
        canvas.restoreState()


def layout_codes(codes: Sequence[str], widths: Sequence[float], size: float) -> list[str]:
    """Fill lines of the given widths with comma-separated codes.

    When not all codes fit, the last line ends in ``+n`` (after a NUL, so the
    caller can set it in bold) for the ``n`` codes left out.
    """
    def width(text: str) -> float:
        return stringWidth(text, FONT, size)

    lines: list[list[str]] = [[] for _ in widths]
    placed = 0
    for line, room in zip(lines, widths, strict=True):
        while placed < len(codes):
            word = codes[placed] + ("," if placed < len(codes) - 1 else "")
            if line and width(" ".join([*line, word])) > room:
                break
            if not line and width(word) > room:
                break
            line.append(word)
            placed += 1
    if placed < len(codes) and lines:
        index = max((i for i, ln in enumerate(lines) if ln), default=len(lines) - 1)
        last, room = lines[index], widths[index]
        while True:
            more = labels.RISKS_MORE.format(n=len(codes) - placed)
            if not last or width(" ".join([*last, more])) <= room:
                break
            last.pop()
            placed -= 1
        return [" ".join(ln) + ("\x00" + more if ln is last else "") for ln in lines]
    return [" ".join(ln) for ln in lines]
