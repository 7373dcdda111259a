"""The ``begroting`` report: begroting versus realisatie of one year up to a quarter, as a PDF.

Order: a summary, the lines past the threshold with their toelichting (flagged ones
first), the overview table with totals, the bar chart, the prognose. Takes a plain
:class:`BudgetReport`; amounts in whole euros through :mod:`swtgov.display`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from swtgov import display
from swtgov.domain.budget.figures import LineFigures, Overview, Thresholds, Totals
from swtgov.domain.budget.model import Kind, quarter_end
from swtgov.reports.base import (
    FONT_BOLD,
    HEADER_FILL,
    INK,
    STYLES,
    ReportMeta,
    content_width,
    escape,
    render,
    table,
)
from swtgov.reports.budget import labels
from swtgov.reports.budget.chart import ChartRow, bar_chart
from swtgov.reports.budget.texts import ORDINAL, amount, difference, percent


@dataclass(frozen=True)
class BudgetReport:
    """Everything the report shows.

    Attributes:
        overview: the year's figures up to the quarter.
        thresholds: the deviation thresholds in force.
        adopted_on: the adoption date of the budget, or None.
        actuals_source: where the realisatie came from (may be empty).
        as_of: the peildatum.
    """

    overview: Overview
    thresholds: Thresholds
    adopted_on: dt.date | None
    actuals_source: str
    as_of: dt.date


def title(report: BudgetReport) -> str:
    return labels.TITLE.format(year=report.overview.year)


def subtitle(report: BudgetReport) -> str:
    view = report.overview
    return labels.SUBTITLE.format(
        quarter=ORDINAL[view.quarter], end=display.date(quarter_end(view.year, view.quarter)),
        as_of=display.date(report.as_of),
    )  # fmt: skip


def _body(text: str, style: str = "Body") -> Paragraph:
    return Paragraph(escape(text), STYLES[style])


def _summary(report: BudgetReport) -> list[Flowable]:
    view = report.overview
    q = ORDINAL[view.quarter]
    lines = [
        labels.ADOPTED.format(date=display.date(report.adopted_on)) if report.adopted_on else labels.NOT_ADOPTED,
        labels.SUMMARY.format(
            quarter=q,
            actual=amount(view.actual_to_date.resultaat_na_bestemming.cents),
            budget=amount(view.budget_to_date.resultaat_na_bestemming.cents),
            expected=amount(view.expected.resultaat_na_bestemming.cents),
            year_budget=amount(view.budget.resultaat_na_bestemming.cents),
        ),
        labels.THRESHOLD.format(percent=report.thresholds.percent, amount=amount(report.thresholds.amount.cents)),
    ]
    if report.actuals_source:
        lines.append(labels.SOURCE.format(source=report.actuals_source))
    story: list[Flowable] = [_body(" ".join(lines))]
    if not view.complete:
        story += [Spacer(1, 2 * mm), _body(labels.INCOMPLETE.format(quarter=q))]
    return story


def deviation_lines(figures: LineFigures) -> list[str]:
    """Why a line is past the threshold, one sentence per comparison."""
    out = []
    if figures.over_to_date:
        out.append(labels.DEVIATION_TO_DATE.format(
            quarter=ORDINAL[figures.quarter], difference=difference(figures.difference.cents),
            percent=percent(figures.percent), budget=amount(figures.budget_to_date.cents),
        ))  # fmt: skip
    if figures.over_forecast:
        out.append(labels.DEVIATION_FORECAST.format(
            difference=difference(figures.forecast_difference.cents),
            percent=percent(figures.forecast_percent), budget=amount(figures.line.budget.cents),
        ))  # fmt: skip
    return out


def _deviations(report: BudgetReport, width: float) -> list[Flowable]:
    story: list[Flowable] = [_body(labels.DEVIATIONS, "Heading1")]
    past = report.overview.past_threshold
    if not past:
        return story + [_body(labels.NO_DEVIATIONS)]
    for figures in past:
        line = figures.line
        head = f"{line.name} ({line.kind.value})"
        why = "; ".join(deviation_lines(figures))
        explanation = line.explanation.strip() or labels.MISSING_EXPLANATION
        block = [
            _body(f"{head} — {labels.FLAG_OPEN if figures.flagged else labels.FLAG_EXPLAINED}", "Heading2"),
            _body(why[0].upper() + why[1:] + "."),
            Paragraph(escape(explanation).replace("\n", "<br/>"), STYLES["Body"] if line.explanation.strip() else STYLES["CellBold"]),
        ]
        story.append(KeepTogether(block))
    return story


def _flag(figures: LineFigures) -> str:
    if figures.flagged:
        return labels.FLAG_OPEN
    return labels.FLAG_EXPLAINED if figures.explained else ""


def _row(figures: LineFigures) -> list[str]:
    return [
        figures.line.name,
        amount(figures.line.budget.cents),
        amount(figures.budget_to_date.cents),
        amount(figures.actual_to_date.cents),
        amount(figures.line.expected.cents),
        difference(figures.difference.cents),
        percent(figures.percent),
        _flag(figures),
    ]


def _total_row(label: str, pick: Any, view: Overview) -> list[str]:
    values: list[Totals] = [view.budget, view.budget_to_date, view.actual_to_date, view.expected]
    budget, to_date, actual, expected = (pick(t).cents for t in values)
    return [label, amount(budget), amount(to_date), amount(actual), amount(expected), difference(actual - to_date), "", ""]


def overview_rows(view: Overview) -> tuple[list[list[str]], list[int], list[int]]:
    """The overview's rows, the indexes of group headings and of total rows (header is row 0)."""
    rows: list[list[str]] = []
    headings: list[int] = []
    total_rows: list[int] = []
    groups = [
        (Kind.BATEN, [(labels.SUM_BATEN, lambda t: t.baten)]),
        (Kind.LASTEN, [(labels.SUM_LASTEN, lambda t: t.lasten), (labels.RESULT, lambda t: t.resultaat)]),
        (Kind.RESERVE, [(labels.SUM_RESERVES, lambda t: t.reserves),
                        (labels.RESULT_AFTER, lambda t: t.resultaat_na_bestemming)]),
    ]  # fmt: skip
    for kind, sums in groups:
        members = [f for f in view.lines if f.line.kind is kind]
        if members:
            rows.append([labels.KIND_HEADING[kind.value]] + [""] * 7)
            headings.append(len(rows))
            rows += [_row(f) for f in members]
        for label, pick in sums:
            rows.append(_total_row(label, pick, view))
            total_rows.append(len(rows))
    return rows, headings, total_rows


_BOLD_RIGHT = ParagraphStyle("CellBoldRight", parent=STYLES["CellRight"], fontName=FONT_BOLD)


def _styled(rows: list[list[str]], bold: set[int]) -> list[list[Any]]:
    """Rows as table cells; the rows in ``bold`` (1-based, header is 0) in bold."""
    out: list[list[Any]] = []
    for number, row in enumerate(rows, start=1):
        if number in bold:
            out.append([Paragraph(escape(v), STYLES["CellBold"] if i == 0 else _BOLD_RIGHT) for i, v in enumerate(row)])
        else:
            out.append(list(row))
    return out


def _overview(report: BudgetReport, width: float) -> list[Flowable]:
    view = report.overview
    q = f"{ORDINAL[view.quarter]} kw."
    header = [labels.COL_LINE, labels.COL_BUDGET, labels.COL_BUDGET_TO_DATE.format(q=q),
              labels.COL_ACTUAL_TO_DATE.format(q=q), labels.COL_FORECAST, labels.COL_DIFFERENCE,
              labels.COL_PERCENT, labels.COL_FLAG]  # fmt: skip
    rows, headings, totals = overview_rows(view)
    money_w = 27 * mm
    widths = [width - 5 * money_w - 18 * mm - 20 * mm] + [money_w] * 5 + [18 * mm, 20 * mm]
    style: list[tuple[Any, ...]] = []
    for index in headings:
        style += [("SPAN", (0, index), (-1, index)), ("BACKGROUND", (0, index), (-1, index), HEADER_FILL)]
    for index in totals:
        style += [("LINEABOVE", (0, index), (-1, index), 0.6, INK)]
    body = table(header, _styled(rows, set(totals) | set(headings)), widths, right=range(1, 7), extra_style=style)
    return [_body(labels.OVERVIEW, "Heading1"), body, Spacer(1, 2 * mm), _body(labels.SIGNS, "Small")]


def _chart(report: BudgetReport, width: float) -> list[Flowable]:
    view = report.overview
    rows = [
        ChartRow(f.line.name, f.budget_to_date.cents, f.actual_to_date.cents, _flag(f))
        for f in view.lines
        if f.line.kind is not Kind.RESERVE
    ]
    q = ORDINAL[view.quarter]
    return [
        KeepTogether([
            _body(labels.CHART.format(quarter=q), "Heading1"),
            bar_chart(rows, width, labels.COL_ACTUAL_TO_DATE.format(q=f"{q} kwartaal").lower().capitalize()),
            Spacer(1, 1 * mm),
            _body(labels.CHART_NOTE, "Small"),
        ])
    ]  # fmt: skip


def _forecast(report: BudgetReport, width: float) -> list[Flowable]:
    view = report.overview
    story: list[Flowable] = [_body(labels.FORECAST, "Heading1")]
    given = [f for f in view.lines if f.line.forecast is not None]
    if not given:
        return story + [_body(labels.NO_FORECAST)]
    rows = [
        [f.line.name, amount(f.line.budget.cents), amount(f.line.expected.cents),
         difference(f.forecast_difference.cents), percent(f.forecast_percent)]
        for f in given
    ]  # fmt: skip
    for label, pick in [(labels.SUM_BATEN, lambda t: t.baten), (labels.SUM_LASTEN, lambda t: t.lasten),
                        (labels.RESULT_AFTER, lambda t: t.resultaat_na_bestemming)]:  # fmt: skip
        b, e = pick(view.budget).cents, pick(view.expected).cents
        rows.append([label, amount(b), amount(e), difference(e - b), ""])
    money_w = 26 * mm
    widths = [width - 3 * money_w - 18 * mm] + [money_w] * 3 + [18 * mm]
    start = len(given) + 1
    style = [("LINEABOVE", (0, start), (-1, start), 0.6, INK)]
    header = [labels.COL_LINE, labels.COL_BUDGET, labels.COL_FORECAST, labels.COL_DIFFERENCE, labels.COL_PERCENT]
    return story + [table(header, rows, widths, right=range(1, 5), extra_style=style), Spacer(1, 2 * mm),
                    _body(labels.FORECAST_NOTE, "Small")]  # fmt: skip


def story(report: BudgetReport, width: float) -> list[Flowable]:
    """The report's flowables (also usable inside another document)."""
    return (
        _summary(report) + _deviations(report, width) + _overview(report, width)
        + _chart(report, width) + _forecast(report, width)
    )  # fmt: skip


def build(meta: ReportMeta, report: BudgetReport, target: Path | None = None) -> bytes:
    """Render the report; ``meta`` carries the organisation, title and subtitle."""
    return render(meta, story(report, content_width(meta)), target)


def build_empty(meta: ReportMeta, year: int, target: Path | None = None) -> bytes:
    """A report for a year without a budget: one sentence."""
    return render(meta, [_body(labels.NO_BUDGET.format(year=year))], target)
