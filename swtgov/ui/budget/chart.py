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


def share_text(actual: int, budget: int) -> str:
    """Realisatie as a whole percentage of the budget (``101 %``); ``n.v.t.`` against 0."""
    return "n.v.t." if budget == 0 else f"{round(actual * 100 / budget)} %"


class BudgetChart(QWidget):
    """Horizontal bars per line, one scale for all (the largest amount)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[BarRow] = []
        self.budget_label = self.tr("Budget to date")
        self.actual_label = self.tr("Actuals to date")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(280)

    def set_rows(self, rows: Sequence[BarRow]) -> None:
        self.rows = list(rows)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, LEGEND + ROW * max(1, len(self.rows)) + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(280, LEGEND + ROW * max(1, len(self.rows)) + 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        font = QFont(self.font())
        bold = QFont(font)
        bold.setBold(True)
        metrics = QFontMetrics(font)
        width = self.width()
        label_w = min(190, int(width * 0.42))
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
        painter.drawLine(label_w, LEGEND, label_w, LEGEND + ROW * len(self.rows))
        for index, row in enumerate(self.rows):
            top = LEGEND + ROW * index
            painter.setFont(bold if row.mark else font)
            painter.setPen(INK)
            text = row.label + (f" ({row.mark})" if row.mark else "")
            shown = QFontMetrics(painter.font()).elidedText(text, Qt.TextElideMode.ElideRight, label_w - 8)
            painter.drawText(QRectF(0, top, label_w - 6, ROW), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shown)
            budget_w = max(abs(row.budget) * scale, 1.0)
            actual_w = max(abs(row.actual) * scale, 1.0)
            painter.setPen(QPen(INK, 1))
            painter.setBrush(QColor("white"))
            painter.drawRect(QRectF(label_w, top + 4, budget_w, 7))
            painter.setPen(QPen(ACTUAL, 1))
            painter.setBrush(ACTUAL)
            painter.drawRect(QRectF(label_w, top + 13, actual_w, 7))
            painter.setPen(INK)
            painter.drawText(
                QRectF(width - percent_w - 4, top, percent_w, ROW),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                share_text(row.actual, row.budget),
            )
        painter.end()
