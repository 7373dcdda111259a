"""When the budget area asks for attention, as of a date (pure rules; the services word them).

Codes (area ``"begroting"``):

* ``budget_deviation``: a line past the threshold, to date or in the prognose, without
  a toelichting. Judged for the running year, and for the previous year until 1 July
  (while its jaarrekening is discussed); to date up to the last quarter reported.
* ``actuals_missing``: a quarter of a budget year ended more than N weeks ago
  (setting ``begroting.actuals_weeks``) and no line has realisatie for it. One finding
  per year, naming every missing quarter.
* ``budget_not_adopted``: the running budget year has started (1 January) and has no
  adoption date. Past years are history and are not signalled.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from swtgov.domain.budget.figures import LineFigures, default_quarter, overview
from swtgov.domain.budget.model import QUARTERS, BudgetLine, BudgetYear, quarter_end
from swtgov.domain.budget.rules import BudgetRules


@dataclass(frozen=True)
class MissingActuals:
    """A year whose realisatie of ``quarters`` is overdue since ``due``."""

    year: BudgetYear
    quarters: tuple[int, ...]
    due: dt.date


def judged_years(years: Sequence[BudgetYear], as_of: dt.date) -> list[BudgetYear]:
    """The years whose deviations are signalled as of a date."""
    wanted = {as_of.year} | ({as_of.year - 1} if as_of.month <= 6 else set())
    return [y for y in years if y.year in wanted and y.start <= as_of]


def deviations(
    years: Sequence[BudgetYear], lines: Mapping[int, Sequence[BudgetLine]], rules: BudgetRules, as_of: dt.date
) -> list[LineFigures]:
    """The flagged lines (past the threshold, no toelichting) of the judged years."""
    found: list[LineFigures] = []
    for year in judged_years(years, as_of):
        year_lines = lines.get(year.year, ())
        quarter = default_quarter(year_lines)
        found.extend(overview(year.year, year_lines, quarter, rules.thresholds).flagged)
    return found


def missing_actuals(
    years: Sequence[BudgetYear], lines: Mapping[int, Sequence[BudgetLine]], rules: BudgetRules, as_of: dt.date
) -> list[MissingActuals]:
    """Per year with lines, the quarters overdue (ended more than N weeks before ``as_of``)."""
    found = []
    grace = dt.timedelta(weeks=rules.actuals_weeks)
    for year in years:
        year_lines = lines.get(year.year, ())
        if not year_lines:
            continue
        missing = tuple(
            q for q in QUARTERS
            if quarter_end(year.year, q) + grace < as_of
            and all(line.actual(q) is None for line in year_lines)
        )  # fmt: skip
        if missing:
            found.append(MissingActuals(year, missing, quarter_end(year.year, missing[0]) + grace))
    return found


def not_adopted(years: Sequence[BudgetYear], as_of: dt.date) -> list[BudgetYear]:
    """The running budget year when it has started without an adoption date."""
    return [y for y in years if y.year == as_of.year and y.start <= as_of and y.adopted_on is None]
