"""Bar chart of begroting versus realisatie (to date) per line, painted with QPainter.

Readable in grey, like the PDF's chart: the budget bar is white with a dark outline,
the realisatie bar solid dark grey, and each line prints its realisatie as a
percentage of its budget; lines past the threshold have a bold label with their mark.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor("#1f2a44")
MUTED = QColor("#5b6472")
ACTUAL = QColor("#3a4150")
ROW = 24
LEGEND_LINE = 16
LEGEND = 28 + LEGEND_LINE  # room for two legend lines on a narrow chart


@dataclass(frozen=True)
class BarRow:
    """One line of the chart: label, budget and realisatie to date in cents, a mark."""

    label: str
    budget: int
    actual: int
    mark: str = ""


def label_lines(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """A label on one line, or wrapped at spaces onto as many as it needs to fit in
    ``width`` (only a single word wider than the room is shortened)."""
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if current and metrics.horizontalAdvance(candidate) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    lines.append(current)
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]


def share_text(actual: int, budget: int) -> str:
    """Realisatie as a whole percentage of the budget (``101 %``); ``n.v.t.`` against 0."""
    return "n.v.t." if budget == 0 else f"{round(actual * 100 / budget)} %"


#: the narrowest the chart is drawn (labels wrap onto two lines, the percentage stays whole);
#: the page's side panel is this plus a scroll bar
MINIMUM_WIDTH = 236


class BudgetChart(QWidget):
    """Horizontal bars per line, one scale for all (the largest amount)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[BarRow] = []
        self.budget_label = self.tr("Budget to date")
        self.actual_label = self.tr("Actuals to date")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(MINIMUM_WIDTH)

    def set_rows(self, rows: Sequence[BarRow]) -> None:
        self.rows = list(rows)
        self.updateGeometry()
        self.update()

    def _label_width(self, width: int) -> int:
        return min(220, int(width * 0.55))

    def _label_text(self, row: BarRow) -> str:
        return row.label  # a line with a mark is bold; the table beside it says which mark

    def _heights(self, width: int) -> list[int]:
        """Each row's height: one label line, or as many as the label wraps onto."""
        bold = QFont(self.font())
        bold.setBold(True)
        normal, strong = QFontMetrics(self.font()), QFontMetrics(bold)
        room = self._label_width(width) - 8
        heights = []
        for r in self.rows:
            lines = len(label_lines(self._label_text(r), strong if r.mark else normal, room))
            heights.append(ROW if lines == 1 else max(ROW, lines * normal.lineSpacing() + 6))
        return heights

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return LEGEND + (sum(self._heights(width)) if self.rows else ROW) + 8

    def sizeHint(self) -> QSize:
        return QSize(420, self.heightForWidth(max(self.width(), MINIMUM_WIDTH)))

    def minimumSizeHint(self) -> QSize:
        return QSize(MINIMUM_WIDTH, self.heightForWidth(max(self.width(), MINIMUM_WIDTH)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        font = QFont(self.font())
        bold = QFont(font)
        bold.setBold(True)
        metrics = QFontMetrics(font)
        width = self.width()
        label_w = self._label_width(width)
        percent_w = metrics.horizontalAdvance("100 %") + 14
        plot = max(20, width - label_w - percent_w - 12)
        # legend
        painter.setPen(QPen(INK, 1))
        painter.setFont(font)
        painter.setBrush(QColor("white"))
        painter.drawRect(QRectF(8, 8, 14, 9))
        painter.drawText(28, 17, self.budget_label)
        x2 = 28 + metrics.horizontalAdvance(self.budget_label) + 18
        y2 = 8
        if x2 + 20 + metrics.horizontalAdvance(self.actual_label) > width:  # narrow: two legend lines
            x2, y2 = 8, 8 + LEGEND_LINE
        painter.setBrush(ACTUAL)
        painter.setPen(QPen(ACTUAL, 1))
        painter.drawRect(QRectF(x2, y2, 14, 9))
        painter.setPen(INK)
        painter.drawText(x2 + 20, y2 + 9, self.actual_label)
        if not self.rows:
            painter.setPen(MUTED)
            painter.drawText(self.rect().adjusted(8, LEGEND, -8, 0), Qt.AlignmentFlag.AlignLeft, self.tr("No budget lines."))
            painter.end()
            return
        largest = max([abs(r.budget) for r in self.rows] + [abs(r.actual) for r in self.rows] + [1])
        scale = plot / largest
        painter.setPen(QPen(MUTED, 1))
        heights = self._heights(width)
        painter.drawLine(label_w, LEGEND, label_w, LEGEND + sum(heights))
        top = float(LEGEND)
        for row, height in zip(self.rows, heights, strict=True):
            painter.setFont(bold if row.mark else font)
            painter.setPen(INK)
            shown = "\n".join(label_lines(self._label_text(row), QFontMetrics(painter.font()), label_w - 8))
            painter.drawText(QRectF(0, top, label_w - 6, height), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shown)
            bars = top + (height - ROW) / 2  # the two bars centred on the label
            budget_w = max(abs(row.budget) * scale, 1.0)
            actual_w = max(abs(row.actual) * scale, 1.0)
            painter.setPen(QPen(INK, 1))
            painter.setBrush(QColor("white"))
            painter.drawRect(QRectF(label_w, bars + 4, budget_w, 7))
            painter.setPen(QPen(ACTUAL, 1))
            painter.setBrush(ACTUAL)
            painter.drawRect(QRectF(label_w, bars + 13, actual_w, 7))
            painter.setPen(INK)
            painter.drawText(
                QRectF(width - percent_w - 4, top, percent_w, height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                share_text(row.actual, row.budget),
            )
            top += height
        painter.end()
