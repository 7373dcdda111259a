"""Budget versus realisatie: the figures per line, the deviation flags and the totals.

Decisions on the edges:

* Begroting to date is pro rata by quarter (:func:`~swtgov.domain.budget.model.pro_rata`).
* Realisatie to date counts the quarters 1 up to the chosen one; an unreported quarter
  counts 0. The comparison to date is only judged when the year has realisatie for the
  chosen quarter (some line reported it): before that, the gap is missing data, which
  the ``actuals_missing`` signal reports, not a deviation.
* A difference is ``realisatie − begroting`` (to date) or ``prognose − begroting``
  (year), in the line's direction; see :mod:`swtgov.domain.budget.model`.
* A line is past the threshold when ``|verschil| ≥ percent`` of the budget compared
  with **and** ``|verschil| ≥ amount``; both edges count (exactly 10 % and exactly
  € 25.000 is past). Against a budget of 0 any difference is an infinite percentage.
* The prognose is judged only where one is given; without one the line is expected
  to end at its budget (:attr:`~swtgov.domain.budget.model.BudgetLine.expected`).
* A line past the threshold (to date or in the prognose) is *flagged* while it has no
  toelichting; with one it is *explained*.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from fractions import Fraction

from swtgov.domain.budget.model import BudgetLine, Kind, reported_quarters
from swtgov.domain.budget.money import Money

DEFAULT_PERCENT = 10
DEFAULT_AMOUNT_EUROS = 25_000
DEFAULT_AMOUNT = Money.euros(DEFAULT_AMOUNT_EUROS)


@dataclass(frozen=True)
class Thresholds:
    """When a difference needs a toelichting: at least ``percent`` % and at least ``amount``."""

    percent: int = DEFAULT_PERCENT
    amount: Money = DEFAULT_AMOUNT

    def exceeded(self, difference: Money, base: Money) -> bool:
        """Whether ``difference`` against ``base`` is past both thresholds (edges included)."""
        size = abs(difference.cents)
        if size == 0 or size < self.amount.cents:
            return False
        return size * 100 >= self.percent * abs(base.cents)


def _percent(difference: Money, base: Money) -> Fraction | None:
    return Fraction(difference.cents, abs(base.cents)) if base.cents else None


@dataclass(frozen=True)
class LineFigures:
    """One line as the overview shows it for a quarter.

    Attributes:
        line: the budget line.
        quarter: the quarter compared up to (1–4).
        budget_to_date: begroting pro rata up to that quarter.
        actual_to_date: realisatie of quarters 1 up to that quarter.
        difference: ``actual_to_date − budget_to_date``.
        percent: ``difference`` as a fraction of the budget to date (None against 0).
        forecast_difference: ``prognose − begroting`` (0 without a prognose).
        forecast_percent: that as a fraction of the budget (None against 0).
        over_to_date: the difference to date is past the threshold (judged only when
            the year has realisatie for the quarter).
        over_forecast: the prognose differs past the threshold.
    """

    line: BudgetLine
    quarter: int
    budget_to_date: Money
    actual_to_date: Money
    difference: Money
    percent: Fraction | None
    forecast_difference: Money
    forecast_percent: Fraction | None
    over_to_date: bool
    over_forecast: bool

    @property
    def exceeds(self) -> bool:
        """Past the threshold, to date or in the prognose."""
        return self.over_to_date or self.over_forecast

    @property
    def explained(self) -> bool:
        return self.exceeds and bool(self.line.explanation.strip())

    @property
    def flagged(self) -> bool:
        """Past the threshold and still without a toelichting."""
        return self.exceeds and not self.line.explanation.strip()


def line_figures(line: BudgetLine, quarter: int, thresholds: Thresholds, *, reported: bool = True) -> LineFigures:
    """The figures of one line up to ``quarter``.

    Args:
        line: the line.
        quarter: 1–4.
        thresholds: the deviation thresholds.
        reported: whether the year has realisatie for ``quarter`` (else the comparison
            to date is not judged).
    """
    if not 1 <= quarter <= 4:
        raise ValueError(f"quarter {quarter} is not 1-4")
    budget_to_date = line.budget_to_date(quarter)
    actual = line.actual_to_date(quarter)
    difference = actual - budget_to_date
    forecast_difference = line.expected - line.budget
    return LineFigures(
        line, quarter, budget_to_date, actual, difference, _percent(difference, budget_to_date),
        forecast_difference, _percent(forecast_difference, line.budget),
        reported and thresholds.exceeded(difference, budget_to_date),
        line.forecast is not None and thresholds.exceeded(forecast_difference, line.budget),
    )  # fmt: skip


@dataclass(frozen=True)
class Totals:
    """The totals of one column of the overview.

    Attributes:
        baten: som der baten.
        lasten: som der lasten.
        resultaat: ``baten − lasten`` (a deficit is negative).
        reserves: som der mutaties bestemmingsreserves (onttrekking positive).
        resultaat_na_bestemming: ``resultaat + reserves``.
    """

    baten: Money
    lasten: Money
    reserves: Money

    @property
    def resultaat(self) -> Money:
        return self.baten - self.lasten

    @property
    def resultaat_na_bestemming(self) -> Money:
        return self.resultaat + self.reserves


def totals(lines: Sequence[BudgetLine], amount: Callable[[BudgetLine], Money]) -> Totals:
    """The totals of ``amount(line)`` over the lines, by kind."""
    sums = {kind: 0 for kind in Kind}
    for line in lines:
        sums[line.kind] += amount(line).cents
    return Totals(Money(sums[Kind.BATEN]), Money(sums[Kind.LASTEN]), Money(sums[Kind.RESERVE]))


@dataclass(frozen=True)
class Overview:
    """A budget year up to a quarter: every line's figures and the totals per column.

    Attributes:
        year: the budget year.
        quarter: the quarter compared up to.
        reported: the last quarter with realisatie (0: none yet).
        lines: per line, baten, lasten, reserves.
        budget, budget_to_date, actual_to_date, expected: totals of each column
            (``expected``: the prognose, or the budget where none is given).
    """

    year: int
    quarter: int
    reported: int
    lines: tuple[LineFigures, ...]
    budget: Totals
    budget_to_date: Totals
    actual_to_date: Totals
    expected: Totals

    @property
    def complete(self) -> bool:
        """Whether the year has realisatie up to the chosen quarter."""
        return self.reported >= self.quarter

    @property
    def flagged(self) -> list[LineFigures]:
        return [f for f in self.lines if f.flagged]

    @property
    def past_threshold(self) -> list[LineFigures]:
        """Lines past the threshold, flagged ones first, then explained ones."""
        return sorted((f for f in self.lines if f.exceeds), key=lambda f: not f.flagged)


def overview(year: int, lines: Sequence[BudgetLine], quarter: int, thresholds: Thresholds) -> Overview:
    """The overview of a year's lines up to ``quarter`` (1–4)."""
    reported = reported_quarters(lines)
    rows = tuple(line_figures(l, quarter, thresholds, reported=reported >= quarter) for l in lines)
    return Overview(
        year, quarter, reported, rows,
        totals(lines, lambda l: l.budget),
        totals(lines, lambda l: l.budget_to_date(quarter)),
        totals(lines, lambda l: l.actual_to_date(quarter)),
        totals(lines, lambda l: l.expected),
    )  # fmt: skip


def default_quarter(lines: Sequence[BudgetLine]) -> int:
    """The quarter to show first: the last one reported, else the first."""
    return max(1, reported_quarters(lines))
