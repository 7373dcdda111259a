"""The budget area's signals as of a date, worded in Dutch (rules: :mod:`swtgov.domain.budget.signals`)."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from swtgov import display
from swtgov.domain.budget import signals as rules_of
from swtgov.domain.budget.figures import LineFigures
from swtgov.domain.budget.model import BudgetLine, quarter_end
from swtgov.domain.budget.rules import AREA, BudgetRules
from swtgov.domain.signals import ItemRef, Severity, Signal
from swtgov.reports.budget import texts
from swtgov.services.budget.overview import load_rules
from swtgov.store.budget import repo


def quarters_text(quarters: tuple[int, ...]) -> str:
    """``het 3e kwartaal``, ``het 2e en 3e kwartaal``, ``het 1e, 2e en 3e kwartaal``."""
    names = [texts.ORDINAL[q] for q in quarters]
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]
    return f"het {joined} kwartaal"


def deviation_text(figures: LineFigures) -> str:
    """Why a line is past the threshold, in Dutch."""
    parts = []
    if figures.over_to_date:
        parts.append(
            f"de realisatie t/m het {texts.ORDINAL[figures.quarter]} kwartaal wijkt "
            f"{texts.difference(figures.difference.cents)} ({texts.percent(figures.percent)}) af van "
            f"de begroting t/m dat kwartaal ({texts.amount(figures.budget_to_date.cents)})"
        )
    if figures.over_forecast:
        parts.append(
            f"de prognose wijkt {texts.difference(figures.forecast_difference.cents)} "
            f"({texts.percent(figures.forecast_percent)}) af van de begroting "
            f"({texts.amount(figures.line.budget.cents)})"
        )
    return " en ".join(parts)


def signals(db: Database, as_of: dt.date) -> list[Signal]:
    """``budget_deviation``, ``actuals_missing`` and ``budget_not_adopted`` as of a date."""
    if not repo.has_tables(db):
        return []
    rules: BudgetRules = load_rules(db)
    years = repo.load_years(db)
    lines: dict[int, list[BudgetLine]] = {}
    for line in repo.load_lines(db):
        lines.setdefault(line.year, []).append(line)
    found: list[Signal] = []
    for figures in rules_of.deviations(years, lines, rules, as_of):
        line = figures.line
        found.append(Signal(
            AREA, Severity.WARNING, "budget_deviation", f"Begroting {line.year}: {line.name}",
            f"{line.name} ({line.kind.value}, {line.year}): {deviation_text(figures)}; "
            "er is nog geen toelichting.",
            quarter_end(line.year, figures.quarter) if figures.over_to_date else None,
            ItemRef(AREA, "line", line.id),
        ))  # fmt: skip
    for missing in rules_of.missing_actuals(years, lines, rules, as_of):
        last = quarter_end(missing.year.year, missing.quarters[-1])
        found.append(Signal(
            AREA, Severity.INFO, "actuals_missing", f"Begroting {missing.year.year}",
            f"De realisatie van {quarters_text(missing.quarters)} van {missing.year.year} ontbreekt "
            f"(kwartaal geëindigd op {display.date(last)}); de realisatie hoort er "
            f"{display.plural(rules.actuals_weeks, 'week', 'weken')} na het einde van een kwartaal te zijn.",
            missing.due, ItemRef(AREA, "year", missing.year.id),
        ))  # fmt: skip
    for year in rules_of.not_adopted(years, as_of):
        found.append(Signal(
            AREA, Severity.WARNING, "budget_not_adopted", f"Begroting {year.year}",
            f"Het begrotingsjaar {year.year} is op {display.date(year.start)} begonnen, maar er is geen "
            "datum vastgelegd waarop de RvT de begroting heeft vastgesteld.",
            year.start, ItemRef(AREA, "year", year.id),
        ))  # fmt: skip
    return found
