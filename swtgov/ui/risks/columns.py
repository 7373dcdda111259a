"""The columns of the risk register table."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject
from PySide6.QtGui import QFontMetrics

from swtgov import display
from swtgov.domain.risks.signals import (
    TREND_DOWN,
    TREND_SAME,
    TREND_UP,
    RegisterEntry,
    code_sort_key,
)
from swtgov.ui.models import ColumnDef
from swtgov.ui import style
from swtgov.ui.risks.heatmap import BAND_COLOURS

ABOVE_APPETITE = style.ALERT  # with the word in the tooltip and the "Boven risicobereidheid" filter
CELL_MARGIN = 18  # pixels a table cell needs around its text


def date_column_width(metrics: QFontMetrics) -> int:
    """Room for any date written in full (``28 september 2026``), with the cell's margins."""
    return max(metrics.horizontalAdvance(display.date(dt.date(2026, month, 28))) for month in range(1, 13)) \
        + CELL_MARGIN


class RegisterColumns(QObject):
    """Code, title, category, owner, bruto, netto, band, trend, status, last assessed."""

    def trend_tooltip(self, entry: RegisterEntry) -> str | None:
        if entry.current is None:
            return None
        if entry.previous is None:
            return self.tr("No assessment in an earlier quarter to compare with.")
        text = {
            TREND_UP: self.tr("Net score went up from {before} to {now} (worse)"),
            TREND_DOWN: self.tr("Net score went down from {before} to {now} (better)"),
            TREND_SAME: self.tr("Net score stayed {now}"),
        }[entry.trend]
        return text.format(before=entry.previous.netto, now=entry.current.netto) + " " + self.tr(
            "since {date}").format(date=display.date(entry.previous.assessed_on))

    def netto_tooltip(self, entry: RegisterEntry) -> str | None:
        if not entry.above_appetite:
            return None
        return self.tr("Above the risk appetite for this category")

    def columns(self) -> list[ColumnDef[RegisterEntry]]:
        def score(value: int | None) -> str:
            return "" if value is None else str(value)

        return [
            ColumnDef(self.tr("Code"), lambda e: e.risk.code, sort=lambda e: code_sort_key(e.risk.code)),
            ColumnDef(self.tr("Title"), lambda e: e.risk.title,
                      tooltip=lambda e: "\n\n".join(t for t in (e.risk.title, e.risk.description) if t)),
            ColumnDef(self.tr("Category"), lambda e: e.risk.category, tooltip=lambda e: e.risk.category),
            ColumnDef(self.tr("Owner"), lambda e: e.risk.owner, tooltip=lambda e: e.risk.owner or None),
            ColumnDef(self.tr("Gross"), lambda e: score(e.bruto), sort=lambda e: e.bruto or 0, align_right=True),
            ColumnDef(
                self.tr("Net"), lambda e: score(e.netto), sort=lambda e: e.netto or 0, align_right=True,
                background=lambda e: ABOVE_APPETITE if e.above_appetite else None, tooltip=self.netto_tooltip,
            ),
            ColumnDef(
                self.tr("Band"), lambda e: e.band.label if e.band else "", sort=lambda e: e.band.low if e.band else 0,
                background=lambda e: BAND_COLOURS.get(e.band.key) if e.band else None,
            ),
            ColumnDef(self.tr("Trend"), lambda e: e.trend, tooltip=self.trend_tooltip),
            ColumnDef(self.tr("Status"), lambda e: e.risk.status, tooltip=lambda e: e.risk.status),
            ColumnDef(
                self.tr("Assessed"), lambda e: display.date(e.last_assessed),
                sort=lambda e: e.last_assessed or dt.date.min,
            ),
        ]
