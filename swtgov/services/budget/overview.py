"""Reading a budget year for the page, the report and the signals."""

from __future__ import annotations

from sqlite_utils import Database

from swtgov.domain.budget.figures import Overview, default_quarter, overview
from swtgov.domain.budget.model import BudgetLine, BudgetYear
from swtgov.domain.budget.rules import SETTINGS, BudgetRules
from swtgov.errors import SettingError
from swtgov.store.budget import repo
from swtgov.store.settings import read_setting


def budget_years(db: Database) -> list[BudgetYear]:
    """Every budget year of the file, oldest first."""
    return repo.load_years(db)


def budget_lines(db: Database, year: int) -> list[BudgetLine]:
    """The lines of one budget year (baten, lasten, reserve; in their order)."""
    return repo.load_lines(db, year)


def budget_line(db: Database, line_id: int) -> BudgetLine | None:
    """One line by its id (None when it is gone)."""
    return repo.load_line(db, line_id)


def actuals_source(db: Database, year: int) -> str:
    """Where the realisatie of ``year`` came from (an auditfile, a sheet), or ``""``."""
    return repo.actuals_source(db, year)


def last_reported_quarter(db: Database, year: int) -> int:
    """The quarter the page opens a year on: the last one with realisatie (1 when none)."""
    return default_quarter(repo.load_lines(db, year))


def load_rules(db: Database) -> BudgetRules:
    """The ``begroting.*`` settings of the file (defaults where not set)."""
    values = {}
    for spec in SETTINGS:
        try:
            values[spec.key] = read_setting(db, spec.key)
        except SettingError:  # the area's settings are not installed (a bare test file)
            values[spec.key] = spec.default
    return BudgetRules.from_settings(values)


def year_overview(db: Database, year: int, quarter: int | None = None, rules: BudgetRules | None = None) -> Overview:
    """The overview of a budget year up to ``quarter`` (default: the last reported one)."""
    lines = repo.load_lines(db, year)
    rules = rules or load_rules(db)
    return overview(year, lines, quarter or default_quarter(lines), rules.thresholds)


def current_year(db: Database, today_year: int) -> int | None:
    """The budget year to show first: this year when it has a budget, else the latest one."""
    years = [y.year for y in repo.load_years(db)]
    if not years:
        return None
    if today_year in years:
        return today_year
    past = [y for y in years if y <= today_year]
    return max(past) if past else min(years)
