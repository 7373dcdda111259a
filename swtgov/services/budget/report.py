"""The ``begroting`` report: ``swtgov report FILE begroting --year JAAR [--quarter N]``.

Also the budget section of the vergaderpakket: :func:`build` with the meeting's date as
``as_of`` and, optionally, the year and quarter.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlite_utils import Database

from swtgov.domain.budget.figures import default_quarter, overview
from swtgov.errors import SwtgovError
from swtgov.reports.base import ReportMeta
from swtgov.reports.budget import labels
from swtgov.reports.budget import report as budget_report
from swtgov.services.budget.overview import current_year, load_rules
from swtgov.store.budget import repo
from swtgov.store.settings import read_setting


def _int_option(value: object, name: str, low: int, high: int) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        raise SwtgovError(f'De optie {name} "{value}" is geen geheel getal.') from None
    if not low <= number <= high:
        raise SwtgovError(f"De optie {name} moet tussen {low} en {high} liggen, niet {number}.")
    return number


def report_model(db: Database, as_of: dt.date, year: int, quarter: int | None) -> budget_report.BudgetReport | None:
    """The plain data of the report, or None when the year has no budget."""
    budget_year = repo.load_year(db, year)
    if budget_year is None:
        return None
    lines = repo.load_lines(db, year)
    rules = load_rules(db)
    view = overview(year, lines, quarter or default_quarter(lines), rules.thresholds)
    return budget_report.BudgetReport(view, rules.thresholds, budget_year.adopted_on, repo.actuals_source(db, year), as_of)


def build(
    db: Database,
    as_of: dt.date,
    target: Path | None = None,
    *,
    year: int | str | None = None,
    quarter: int | str | None = None,
    generated_on: dt.date | None = None,
    **_options: object,
) -> bytes:
    """The report of ``year`` (default: the running budget year) up to ``quarter``.

    ``quarter`` defaults to the last quarter with realisatie. Writes ``target`` when given.

    Raises:
        SwtgovError: a year or quarter that is not a number in range.
    """
    chosen = _int_option(year, "--year", 1900, 2999) if year not in (None, "") else current_year(db, as_of.year)
    q = _int_option(quarter, "--quarter", 1, 4) if quarter not in (None, "") else None
    organisation = str(read_setting(db, "general.organisation_name"))
    model = report_model(db, as_of, chosen, q) if chosen is not None else None
    if model is None:
        shown = chosen if chosen is not None else as_of.year
        meta = ReportMeta(organisation, labels.TITLE.format(year=shown), generated_on or dt.date.today())
        return budget_report.build_empty(meta, shown, target)
    meta = ReportMeta(
        organisation, budget_report.title(model), generated_on or dt.date.today(),
        subtitle=budget_report.subtitle(model), landscape=True,
    )
    return budget_report.build(meta, model, target)
