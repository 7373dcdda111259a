"""The risicorapportage: matrices, risks above appetite, the register, movements.

Takes a plain :class:`RiskReport` (built by :mod:`swtgov.services.risks.report`)
and returns the PDF. Order, as the RvT reads it: the bruto and netto matrices,
the risks above the appetite first, the register by netto score with each
risk's measures and their status, and what moved since the previous quarter.
Long tables use plain strings where they can (only the risk cell is a
Paragraph), so a register of 1,000 risks renders in seconds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from swtgov import display
from swtgov.domain.risks.model import Measure
from swtgov.domain.risks.rules import RiskRules
from swtgov.domain.risks.signals import (
    TREND_NONE,
    Movement,
    RegisterEntry,
    code_sort_key,
)
from swtgov.reports import labels
from swtgov.reports.base import (
    FONT_BOLD,
    MUTED,
    STYLES,
    ReportMeta,
    content_width,
    escape,
    render,
)
from swtgov.reports.risks.matrix import BAND_FILL, RiskMatrix
from swtgov.reports.risks.register import PAD, Column, RowData, block, register_table
from swtgov.reports.textlines import Style, TextLines


@dataclass(frozen=True)
class RiskReport:
    """Everything the risicorapportage shows, as of one date.

    Attributes:
        entries: every risk of the register with its current and previous
            assessment (closed ones included; the matrices leave them out).
        measures: the measures per risk id.
        movements: the quarter-on-quarter movements (netto), highest score first.
    """

    as_of: dt.date
    rules: RiskRules
    entries: Sequence[RegisterEntry]
    measures: Mapping[int, Sequence[Measure]]
    movements: Sequence[Movement]

    def matrix_cells(self, which: str) -> dict[tuple[int, int], list[str]]:
        cells: dict[tuple[int, int], list[str]] = {(k, i): [] for k in range(1, 6) for i in range(1, 6)}
        for entry in self.entries:
            if entry.current is not None and not entry.risk.is_closed:
                cells[entry.current.cell(which)].append(entry.risk.code)  # type: ignore[arg-type]
        for codes in cells.values():
            codes.sort(key=code_sort_key)
        return cells

    def by_netto(self) -> list[RegisterEntry]:
        """Highest netto score first; unassessed risks last; then by code."""
        return list(self._by_netto)

    @cached_property
    def _by_netto(self) -> tuple[RegisterEntry, ...]:
        # Sorted once: the summary, the risks above appetite and the register all read it.
        return tuple(sorted(
            self.entries,
            key=lambda e: (-(e.netto or 0), e.current is None, code_sort_key(e.risk.code)),
        ))

    def above_appetite(self) -> list[RegisterEntry]:
        return [e for e in self.by_netto() if e.above_appetite and not e.risk.is_closed]

    def overdue_measures(self) -> int:
        open_ids = {e.risk.id for e in self.entries if not e.risk.is_closed}
        return sum(
            1 for rid, ms in self.measures.items() if rid in open_ids for m in ms if m.is_overdue(self.as_of)
        )


def _matrices(report: RiskReport, width: float) -> list[Flowable]:
    bands = ", ".join(f"{b.label} {b.low}–{b.high}" for b in report.rules.bands)
    story: list[Flowable] = []
    for which, title in (("bruto", labels.RISKS_MATRIX_BRUTO), ("netto", labels.RISKS_MATRIX_NETTO)):
        story.append(
            KeepTogether(
                [
                    Paragraph(escape(title), STYLES["Heading2"]),
                    RiskMatrix(report.matrix_cells(which), report.rules, width),
                ]
            )
        )
    story.append(Spacer(1, 2 * mm))
    story.append(Paragraph(escape(labels.RISKS_MATRIX_NOTE + " " + labels.RISKS_LEGEND.format(bands=bands)),
                           STYLES["Small"]))
    return story


_TEXT = Style(size=8)
_BOLD = Style(font=FONT_BOLD, size=8)
_MUTED = Style(size=7, colour=MUTED)
_MEASURE = Style(size=7)
_LATE = Style(font=FONT_BOLD, size=7)


@lru_cache(maxsize=4096)
def _date(day: dt.date | None) -> str:
    """``15 oktober 2026`` (the house style, never abbreviated); cached, as a register repeats
    the same few dates many times."""
    return display.date(day)


def _cell(text: str, width: float, style: Style = _TEXT) -> TextLines:
    return TextLines([[(text, style)]], width - 2 * PAD)


def _above(report: RiskReport, width: float) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(45 * mm), Paragraph(escape(labels.RISKS_ABOVE_TITLE), STYLES["Heading1"])]
    above = report.above_appetite()
    if not above:
        return story + [Paragraph(escape(labels.RISKS_ABOVE_NONE), STYLES["Body"])]
    widths = [13 * mm, 0, 42 * mm, 13 * mm, 21 * mm, 36 * mm]
    widths[1] = width - sum(widths)
    columns = [Column(w, "right" if i in (3, 4) else "left") for i, w in enumerate(widths)]
    rows = [
        [
            (e.risk.code, _TEXT),
            _cell(e.risk.title, widths[1]),
            _cell(e.risk.category, widths[2]),
            (str(e.netto), _BOLD),
            (str(report.rules.appetite_for(e.risk.category)), _TEXT),
            _cell(e.risk.owner, widths[5]),
        ]
        for e in above
    ]
    header = [labels.COL_CODE, labels.COL_RISK, labels.COL_CATEGORY, labels.COL_NETTO,
              labels.COL_APPETITE, labels.COL_OWNER]  # fmt: skip
    return story + [block(header, rows, columns)]


def _measure_block(measure: Measure, as_of: dt.date) -> tuple[str, Style]:
    parts = [measure.description]
    if measure.owner:
        parts.append(measure.owner)
    parts.append(measure.status)
    late = measure.is_overdue(as_of)
    if measure.deadline is not None:
        deadline = labels.RISKS_DEADLINE.format(date=_date(measure.deadline))
        parts.append(f"{deadline} ({labels.RISKS_OVERDUE})" if late else deadline)
    return "• " + " · ".join(parts), _LATE if late else _MEASURE


def _register(report: RiskReport, width: float) -> list[Flowable]:
    rows = []
    for entry in report.by_netto():
        risk = entry.risk
        about = " · ".join(p for p in ("", risk.category, risk.owner, risk.status) if p is not None)
        blocks = [[(risk.title, _BOLD), (about, _MUTED)]]
        measures = report.measures.get(risk.id or 0, [])
        blocks += [[_measure_block(m, report.as_of)] for m in measures] or [[(labels.RISKS_NO_MEASURES, _MEASURE)]]
        rows.append(
            RowData(
                code=risk.code,
                risk=blocks,
                bruto="" if entry.bruto is None else str(entry.bruto),
                netto="" if entry.netto is None else str(entry.netto),
                netto_bold=entry.above_appetite and not risk.is_closed,
                band=entry.band.label if entry.band else labels.RISKS_NO_ASSESSMENT,
                fill=BAND_FILL.get(entry.band.key) if entry.band else None,
                trend=(entry.trend or labels.RISKS_NEW) if entry.current else "",
                assessed=_date(entry.last_assessed),
            )
        )
    header = [labels.COL_CODE, labels.COL_RISK, labels.COL_BRUTO, labels.COL_NETTO, labels.COL_BAND,
              labels.COL_TREND, labels.COL_ASSESSED]  # fmt: skip
    return [
        CondPageBreak(40 * mm),
        Paragraph(escape(labels.RISKS_REGISTER_TITLE), STYLES["Heading1"]),
        Paragraph(escape(labels.RISKS_TREND_LEGEND), STYLES["Small"]),
        Spacer(1, 1.5 * mm),
        register_table(header, rows, width),
    ]


def _movements(report: RiskReport, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        CondPageBreak(40 * mm),
        Paragraph(escape(labels.RISKS_MOVEMENTS_TITLE), STYLES["Heading1"]),
    ]
    moved = [m for m in report.movements if m.trend != "="]
    same = sorted((m.risk.code for m in report.movements if m.trend == "="), key=code_sort_key)
    if not moved:
        story.append(Paragraph(escape(labels.RISKS_MOVEMENTS_NONE), STYLES["Body"]))
    else:
        widths = [w * width for w in (0.09, 0.5, 0.15, 0.11, 0.15)]
        columns = [Column(w, "right" if i in (2, 3) else "left") for i, w in enumerate(widths)]
        rows = [
            [
                (m.risk.code, _TEXT),
                _cell(m.risk.title, widths[1]),
                (labels.RISKS_NEW if m.previous_score is None else str(m.previous_score), _TEXT),
                (str(m.current_score), _TEXT),
                (labels.TREND_WORDS.get(m.trend, m.trend) if m.trend != TREND_NONE else labels.RISKS_NEW, _TEXT),
            ]
            for m in moved
        ]
        header = [labels.COL_CODE, labels.COL_RISK, labels.COL_PREVIOUS, labels.COL_NOW, labels.COL_TREND]
        story.append(block(header, rows, columns))
    if same:
        story.append(Spacer(1, 2 * mm))
        story.append(Paragraph(escape(labels.RISKS_UNCHANGED.format(codes=", ".join(same))), STYLES["Body"]))
    return story


def build(meta: ReportMeta, report: RiskReport, target: Path | None = None) -> bytes:
    """Render the risicorapportage; ``meta.subtitle`` should carry the peildatum."""
    width = content_width(meta)
    open_count = sum(1 for e in report.entries if not e.risk.is_closed)
    summary = labels.RISKS_SUMMARY.format(
        total=len(report.entries),
        open=open_count,
        above=len(report.above_appetite()),
        overdue=report.overdue_measures(),
    )
    story: list[Flowable] = [Paragraph(escape(summary), STYLES["Body"])]
    story += _matrices(report, width)
    story += _above(report, width)
    story += _register(report, width)
    story += _movements(report, width)
    return render(meta, story, target)
