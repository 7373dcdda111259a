"""The rooster timeline widget: one row per member, terms as bars across the years.

It paints the same :class:`~swtgov.domain.rooster.timeline.Timeline` model
as the PDF, in the same visual language (greys per term with the number in
the bar, a dashed outline for a possible reappointment, a black triangle for
the maximum tenure, a black diamond for a clustered departure, a dashed red
line for the peildatum), so a black-and-white print reads the same.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QToolTip, QWidget

from swtgov import display
from swtgov.domain.rooster.timeline import Timeline, TimelineRow
from swtgov.ui.rooster import texts

TERM_FILLS = ("#e4e7ec", "#9aa3b2", "#4b5566")
TERM_TEXT = ("#1f2a44", "#1f2a44", "#ffffff")
INK = QColor("#1f2a44")
MUTED = QColor("#5b6472")
GRID = QColor("#d5d9e0")
AS_OF = QColor("#b42318")
SELECTED = QColor("#dbe7f7")
ROW_HEIGHT = 30
AXIS_HEIGHT = 30
LEGEND_HEIGHT = 50
MARGIN = 8


class RoosterTimeline(QWidget):
    """Paints a :class:`Timeline`; a click on a row emits :attr:`member_clicked`."""

    member_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline: Timeline | None = None
        self.selected: int | None = None
        self.setMouseTracking(True)
        self.setMinimumWidth(520)
        self._update_height()

    # --- data -----------------------------------------------------------------------------

    def set_timeline(self, timeline: Timeline | None) -> None:
        """Show another timeline (None: nothing to show)."""
        self.timeline = timeline
        self._update_height()
        self.update()

    def set_selected(self, member_id: int | None) -> None:
        """Highlight a member's row."""
        self.selected = member_id
        self.update()

    def _update_height(self) -> None:
        rows = len(self.timeline.rows) if self.timeline else 0
        self.setMinimumHeight(AXIS_HEIGHT + max(rows, 1) * ROW_HEIGHT + LEGEND_HEIGHT + MARGIN)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(900, self.minimumHeight())

    # --- geometry (also what the tests look at) -----------------------------------------------

    def label_width(self) -> int:
        """Pixels for the names column."""
        metrics = QFontMetrics(self._font(bold=True))
        widths = [metrics.horizontalAdvance(r.label) for r in self.timeline.rows] if self.timeline else []
        return min(max([150, *widths]) + 2 * MARGIN, max(150, self.width() // 3))

    def x_of(self, day: dt.date) -> float:
        """The x position of a day."""
        assert self.timeline is not None
        left = self.label_width()
        return left + self.timeline.fraction(day) * (self.width() - left - MARGIN)

    def row_top(self, index: int) -> float:
        """The y position of the top of row ``index``."""
        return AXIS_HEIGHT + index * ROW_HEIGHT

    def _row_bars(self, index: int, row: TimelineRow) -> list[tuple[int, QRectF]]:
        top = self.row_top(index) + ROW_HEIGHT * 0.2
        return [(bar.number, QRectF(self.x_of(bar.start), top,
                                    max(1.0, self.x_of(bar.end) - self.x_of(bar.start)), ROW_HEIGHT * 0.6))
                for bar in row.bars]

    def bar_rects(self) -> list[tuple[int | None, int, QRectF]]:
        """(member id, term number, rectangle) of every term bar, top row first."""
        return [(row.member_id, number, rect)
                for index, row in enumerate(self.timeline.rows if self.timeline else ())
                for number, rect in self._row_bars(index, row)]

    def as_of_x(self) -> float | None:
        """The x position of the peildatum line, or None."""
        return self.x_of(self.timeline.as_of) if self.timeline else None

    def row_at(self, y: float) -> TimelineRow | None:
        """The row under ``y``, or None."""
        if not self.timeline:
            return None
        index = int((y - AXIS_HEIGHT) // ROW_HEIGHT)
        return self.timeline.rows[index] if y >= AXIS_HEIGHT and 0 <= index < len(self.timeline.rows) else None

    # --- painting -----------------------------------------------------------------------------

    def _font(self, bold: bool = False, size: float | None = None) -> QFont:
        font = QFont(self.font())
        font.setBold(bold)
        if size is not None:
            font.setPointSizeF(size)
        return font

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if not self.timeline or not self.timeline.rows:
            painter.setPen(MUTED)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No members to show."))
            return
        self._paint_axis(painter)
        for index, row in enumerate(self.timeline.rows):
            self._paint_row(painter, index, row)
        self._paint_as_of(painter)
        self._paint_legend(painter)
        painter.end()

    def _paint_axis(self, painter: QPainter) -> None:
        assert self.timeline is not None
        bottom = self.row_top(len(self.timeline.rows))
        painter.setFont(self._font(size=self.font().pointSizeF() * 0.92))
        years = self.timeline.years
        metrics = QFontMetrics(painter.font())
        room = (self.width() - self.label_width()) / max(1, len(years))
        step = 1 if room > metrics.horizontalAdvance("20288") else 2
        for year in years:
            x = self.x_of(dt.date(year, 1, 1))
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(x, AXIS_HEIGHT - 6), QPointF(x, bottom))
            if (year - years[0]) % step == 0:
                centre = self.x_of(dt.date(year, 7, 1))
                painter.setPen(MUTED)
                painter.drawText(QRectF(centre - 30, 4, 60, AXIS_HEIGHT - 10), Qt.AlignmentFlag.AlignCenter, str(year))
        painter.setPen(QPen(INK, 1))
        painter.drawLine(QPointF(self.label_width(), AXIS_HEIGHT), QPointF(self.width() - MARGIN, AXIS_HEIGHT))

    def _paint_row(self, painter: QPainter, index: int, row: TimelineRow) -> None:
        top = self.row_top(index)
        if row.member_id is not None and row.member_id == self.selected:
            painter.fillRect(QRectF(0, top, self.width(), ROW_HEIGHT), SELECTED)
        elif index % 2:
            painter.fillRect(QRectF(0, top, self.width(), ROW_HEIGHT), QColor("#f6f7f9"))
        painter.setFont(self._font(bold=row.clustered))
        painter.setPen(INK)
        label_rect = QRectF(MARGIN, top, self.label_width() - 2 * MARGIN, ROW_HEIGHT)
        text = QFontMetrics(painter.font()).elidedText(row.label, Qt.TextElideMode.ElideRight, int(label_rect.width()))
        painter.drawText(label_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        bar_top, bar_height = top + ROW_HEIGHT * 0.2, ROW_HEIGHT * 0.6
        if row.possible_until and row.departure:
            pen = QPen(INK, 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            x0, x1 = self.x_of(row.departure), self.x_of(row.possible_until)
            painter.drawRect(QRectF(x0, bar_top, x1 - x0, bar_height))
        for number, rect in self._row_bars(index, row):
            shade = min(number, len(TERM_FILLS)) - 1
            painter.setPen(QPen(INK, 1))
            painter.setBrush(QBrush(QColor(TERM_FILLS[shade])))
            painter.drawRect(rect)
            if rect.width() > 16:
                painter.setPen(QColor(TERM_TEXT[shade]))
                painter.setFont(self._font(bold=True, size=self.font().pointSizeF() * 0.85))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(number))
        for bar in row.bars:
            if bar.left_early:
                x = self.x_of(bar.end)
                painter.setPen(QPen(INK, 1, Qt.PenStyle.DotLine))
                painter.drawLine(QPointF(x, bar_top + bar_height / 2), QPointF(self.x_of(bar.scheduled_end),
                                                                                 bar_top + bar_height / 2))
                painter.setPen(QPen(INK, 3))
                painter.drawLine(QPointF(x, bar_top - 2), QPointF(x, bar_top + bar_height + 2))
        assert self.timeline is not None
        if row.tenure_limit and row.departure and self.timeline.start <= row.tenure_limit < self.timeline.end:
            self._triangle(painter, self.x_of(row.tenure_limit), bar_top - 1)
        if row.clustered and row.departure:
            self._diamond(painter, self.x_of(row.departure), bar_top + bar_height / 2)

    def _triangle(self, painter: QPainter, x: float, y: float, size: float = 6) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#000000"))
        painter.drawPolygon(QPolygonF([QPointF(x - size, y - size * 1.2), QPointF(x + size, y - size * 1.2),
                                       QPointF(x, y)]))

    def _diamond(self, painter: QPainter, x: float, y: float, size: float = 7) -> None:
        painter.setPen(QPen(QColor("#ffffff"), 1.5))
        painter.setBrush(QColor("#000000"))
        painter.drawPolygon(QPolygonF([QPointF(x, y - size), QPointF(x + size, y), QPointF(x, y + size),
                                       QPointF(x - size, y)]))

    def _paint_as_of(self, painter: QPainter) -> None:
        assert self.timeline is not None
        x = self.as_of_x()
        assert x is not None
        bottom = self.row_top(len(self.timeline.rows))
        painter.setPen(QPen(AS_OF, 2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, AXIS_HEIGHT - 4), QPointF(x, bottom + 2))

    def _paint_legend(self, painter: QPainter) -> None:
        assert self.timeline is not None
        y = self.row_top(len(self.timeline.rows)) + 12
        painter.setFont(self._font(size=self.font().pointSizeF() * 0.9))
        metrics = QFontMetrics(painter.font())
        x = float(MARGIN)
        line_height = metrics.height() + 6

        def item(text: str, at: float, top: float) -> float:
            painter.setPen(INK)
            painter.drawText(QPointF(at, top + metrics.ascent()), text)
            return at + metrics.horizontalAdvance(text) + 18

        for number in (1, 2):
            painter.setPen(QPen(INK, 1))
            painter.setBrush(QColor(TERM_FILLS[number - 1]))
            painter.drawRect(QRectF(x, y + 2, 22, metrics.ascent() - 2))
            x = item(texts.term_name(number), x + 28, y)
        painter.setPen(QPen(INK, 1, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(x, y + 2, 22, metrics.ascent() - 2))
        x = item(self.tr("possible reappointment"), x + 28, y)
        self._triangle(painter, x + 6, y + metrics.ascent())
        item(self.tr("maximum tenure"), x + 18, y)
        y += line_height
        x = float(MARGIN)
        painter.setPen(QPen(AS_OF, 2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x + 11, y), QPointF(x + 11, y + metrics.ascent() + 2))
        x = item(self.tr("as of {date}").format(date=display.date(self.timeline.as_of)), x + 28, y)
        self._diamond(painter, x + 7, y + metrics.ascent() / 2 + 1)
        x = item(self.tr("departures at the same time"), x + 20, y)
        painter.setPen(QPen(INK, 3))
        painter.drawLine(QPointF(x + 6, y), QPointF(x + 6, y + metrics.ascent() + 2))
        item(self.tr("left early"), x + 16, y)

    # --- interaction --------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        row = self.row_at(event.position().y())
        if row is None:
            QToolTip.hideText()
            return
        lines = [row.name]
        for bar in row.bars:
            lines.append(f"{texts.term_name(bar.number)}: {display.date(bar.start)} – {display.date(bar.end)}")
        if row.tenure_limit:
            lines.append(self.tr("Maximum tenure reached on {date}").format(date=display.date(row.tenure_limit)))
        QToolTip.showText(event.globalPosition().toPoint(), "\n".join(lines), self)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        row = self.row_at(event.position().y())
        if row is not None:
            self.member_clicked.emit(row.member_id)
