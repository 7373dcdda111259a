"""The 5×5 risk heatmap, painted by hand: kans up, impact to the right.

Each cell shows its band colour, the number of risks in large type and their
codes below it; codes that do not fit end in ``+n`` (15 risks in one cell stay
readable), and the tooltip names every risk. Clicking a cell, or Enter/Space on
the focused cell, selects it (the page filters the register); clicking it again
clears the selection. The arrow keys move the focus.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from swtgov.domain.risks.rules import RiskRules
from swtgov.ui import style

Cell = tuple[int, int]  # (kans, impact)
# the app's one palette: light to dark from laag to zeer hoog, so it reads in grey too
BAND_COLOURS = style.BAND_BACKGROUND
BAND_TEXT = style.BAND_TEXT
INK = QColor(style.INK)
MUTED = QColor(style.MUTED)
LEVELS = range(1, 6)


class HeatmapWidget(QWidget):
    """The matrix. Feed it with :meth:`set_cells`; listen to :attr:`cell_selected`.

    Signals:
        cell_selected(object): the ``(kans, impact)`` the user selected, or None
            when the selection was cleared.
    """

    cell_selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cells: dict[Cell, list[tuple[str, str]]] = {(k, i): [] for k in LEVELS for i in LEVELS}
        self._rules = RiskRules()
        self._selected: Cell | None = None
        self._focus_cell: Cell = (3, 3)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(380, 220)  # still legible in a 1024×600 window
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Risk heatmap"))

    # --- data ---------------------------------------------------------------------------

    def set_cells(self, cells: Mapping[Cell, Sequence[tuple[str, str]]], rules: RiskRules) -> None:
        """Show ``(kans, impact)`` → ``[(code, title), …]`` with the organisation's bands and labels."""
        self._cells = {(k, i): list(cells.get((k, i), ())) for k in LEVELS for i in LEVELS}
        self._rules = rules
        self.update()

    def count(self, cell: Cell) -> int:
        """How many risks the cell holds."""
        return len(self._cells.get(cell, []))

    def codes(self, cell: Cell) -> list[str]:
        return [code for code, _title in self._cells.get(cell, [])]

    def selected(self) -> Cell | None:
        return self._selected

    def set_selected(self, cell: Cell | None) -> None:
        """Select a cell (or none) without emitting :attr:`cell_selected`."""
        self._selected = cell
        if cell is not None:
            self._focus_cell = cell
        self.update()

    def focus_cell(self) -> Cell:
        return self._focus_cell

    # --- geometry -----------------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(520, 400)

    def _label_width(self) -> float:
        return min(136.0, max(110.0, self.width() * 0.22))

    def _grid(self) -> QRectF:
        left = self._label_width() + 22
        bottom = 58.0
        return QRectF(left, 6, max(50.0, self.width() - left - 8), max(50.0, self.height() - bottom - 6))

    def cell_rect(self, cell: Cell) -> QRectF:
        kans, impact = cell
        grid = self._grid()
        w, h = grid.width() / 5, grid.height() / 5
        return QRectF(grid.left() + (impact - 1) * w, grid.top() + (5 - kans) * h, w, h)

    def cell_at(self, pos: QPointF) -> Cell | None:
        for cell in self._cells:
            if self.cell_rect(cell).contains(pos):
                return cell
        return None

    # --- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        for cell in self._cells:
            self._paint_cell(painter, cell)
        self._paint_axes(painter)
        painter.end()

    def _paint_cell(self, painter: QPainter, cell: Cell) -> None:
        rect = self.cell_rect(cell)
        band = self._rules.band_for(cell[0] * cell[1])
        painter.fillRect(rect, QColor(BAND_COLOURS.get(band.key, "#eeeeee")))
        painter.setPen(QPen(QColor("white"), 2))
        painter.drawRect(rect)
        inner = rect.adjusted(6, 4, -5, -3)
        entries = self._cells[cell]
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, min(8.5, rect.height() / 9)))
        small_metrics = QFontMetricsF(small)
        used_lines = 0
        if entries:
            big = QFont(self.font())
            big.setBold(True)
            big.setPixelSize(int(max(14, min(26, rect.height() * 0.34))))
            painter.setFont(big)
            painter.setPen(INK)
            count_rect = QRectF(inner.left(), inner.top(), inner.width(), QFontMetricsF(big).height())
            painter.drawText(count_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, str(len(entries)))
            area = QRectF(inner.left(), count_rect.bottom(), inner.width(), inner.bottom() - count_rect.bottom())
            lines = fit_codes([c for c, _t in entries], small_metrics, area)
            used_lines = len(lines)
            painter.setFont(small)
            painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, "\n".join(lines))
            room = int(area.height() // small_metrics.lineSpacing())
        else:
            room = 1
        # The band's name, for whoever does not tell the colours apart, where the codes leave room.
        if used_lines < room and rect.width() > 70 and rect.height() > 36:
            painter.setFont(small)
            painter.setPen(QColor(BAND_TEXT.get(band.key, "#555555")))
            painter.drawText(inner, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, band.label)
        if cell == self._selected:
            painter.setPen(QPen(INK, 3))
            painter.drawRect(rect.adjusted(1.5, 1.5, -1.5, -1.5))
        if cell == self._focus_cell and self.hasFocus():
            painter.setPen(QPen(INK, 1, Qt.PenStyle.DashLine))
            painter.drawRect(rect.adjusted(4, 4, -4, -4))

    def _paint_axes(self, painter: QPainter) -> None:
        grid = self._grid()
        label_font = QFont(self.font())
        label_font.setPointSizeF(8)
        bold = QFont(self.font())
        bold.setBold(True)
        w, h = grid.width() / 5, grid.height() / 5
        for kans in LEVELS:
            row = QRectF(22, grid.top() + (5 - kans) * h, self._label_width() - 6, h)
            painter.setFont(bold)
            painter.setPen(INK)
            painter.drawText(row, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(kans))
            fitted = _fit_font(label_font, self._rules.kans_label(kans).split(), row.width() - 16)
            painter.setFont(fitted)
            painter.setPen(MUTED)
            painter.drawText(row.adjusted(0, 0, -16, 0),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
                             self._rules.kans_label(kans))
        for impact in LEVELS:
            column = QRectF(grid.left() + (impact - 1) * w, grid.bottom() + 2, w, 40)
            painter.setFont(bold)
            painter.setPen(INK)
            painter.drawText(column, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, str(impact))
            painter.setFont(label_font)
            painter.setPen(MUTED)
            label = self._rules.impact_label(impact)
            fitted = _fit_font(label_font, [label], w - 4)
            text = QFontMetricsF(fitted).elidedText(label, Qt.TextElideMode.ElideRight, w - 4)
            painter.setFont(fitted)
            top_centre = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
            painter.drawText(column.adjusted(0, 17, 0, 0), top_centre, text)
        painter.setFont(bold)
        painter.setPen(INK)
        painter.drawText(QRectF(grid.left(), grid.bottom() + 36, grid.width(), 18), Qt.AlignmentFlag.AlignCenter,
                         self.tr("Impact") + " →")
        painter.save()
        painter.translate(14, grid.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-grid.height() / 2, -12, grid.height(), 16), Qt.AlignmentFlag.AlignCenter,
                         self.tr("Likelihood") + " →")
        painter.restore()

    # --- interaction --------------------------------------------------------------------

    def _toggle(self, cell: Cell) -> None:
        self._selected = None if cell == self._selected else cell
        self._focus_cell = cell
        self.update()
        self.cell_selected.emit(self._selected)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        cell = self.cell_at(event.position())
        if cell is not None and event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self._toggle(cell)
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        kans, impact = self._focus_cell
        moves = {
            Qt.Key.Key_Up: (1, 0), Qt.Key.Key_Down: (-1, 0),
            Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1),
        }  # fmt: skip
        key = Qt.Key(event.key())
        if key in moves:
            dk, di = moves[key]
            self._focus_cell = (min(5, max(1, kans + dk)), min(5, max(1, impact + di)))
            self.update()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._toggle(self._focus_cell)
            return
        if key == Qt.Key.Key_Escape and self._selected is not None:
            self._toggle(self._selected)
            return
        super().keyPressEvent(event)

    def tooltip_text(self, cell: Cell) -> str:
        """What hovering a cell shows: the cell, its band and every risk in it."""
        kans, impact = cell
        band = self._rules.band_for(kans * impact)
        head = self.tr("Likelihood {kans} ({kans_label}) × impact {impact} ({impact_label}) = {score}, {band}").format(
            kans=kans, kans_label=self._rules.kans_label(kans), impact=impact,
            impact_label=self._rules.impact_label(impact), score=kans * impact, band=band.label,
        )  # fmt: skip
        entries = self._cells.get(cell, [])
        if not entries:
            return head + "\n" + self.tr("No risks in this cell.")
        lines = [f"{code}  {title}" for code, title in entries[:25]]
        if len(entries) > 25:
            lines.append(self.tr("… and {n} more").format(n=len(entries) - 25))
        return head + "\n\n" + "\n".join(lines)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cell = self.cell_at(QPointF(event.pos()))
            if cell is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(cell), self)
            return True
        return super().event(event)


def fit_codes(codes: Sequence[str], metrics: QFontMetricsF, area: QRectF) -> list[str]:
    """Wrap codes into the lines that fit ``area``; the last line ends in ``+n`` when needed."""
    max_lines = max(0, int(area.height() // metrics.lineSpacing()))
    if max_lines == 0:
        return []
    lines: list[str] = []
    current = ""
    for index, code in enumerate(codes):
        word = code + ("," if index < len(codes) - 1 else "")
        attempt = f"{current} {word}".strip()
        if current and metrics.horizontalAdvance(attempt) > area.width():
            lines.append(current)
            current = word
            if len(lines) > max_lines:  # the rest will not be shown anyway
                break
        else:
            current = attempt
    else:
        if current:
            lines.append(current)
    if len(lines) <= max_lines:
        return lines
    kept = lines[:max_lines]
    shown = sum(len(line.split()) for line in kept)
    while True:
        more = f"+{len(codes) - shown}"
        last = kept[-1].split()
        if not last or metrics.horizontalAdvance(" ".join([*last, more])) <= area.width():
            kept[-1] = " ".join([*last, more])
            return kept
        last.pop()
        kept[-1] = " ".join(last)
        shown -= 1


def _fit_font(font: QFont, words: Sequence[str], width: float, smallest: float = 6.0) -> QFont:
    """``font``, made smaller (down to ``smallest`` pt) until every word fits ``width``."""
    fitted = QFont(font)
    while fitted.pointSizeF() > smallest and any(
        QFontMetricsF(fitted).horizontalAdvance(word) > width for word in words
    ):
        fitted.setPointSizeF(fitted.pointSizeF() - 0.25)
    return fitted
