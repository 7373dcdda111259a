"""Helpers shared by the budget tests (and the auditfile tests of the budget area).

``budget_db(gf)`` makes sure a governance file has the budget tables (until the area is
listed in the areas tuple, a new file is created without them); ``add_year`` stores a
small budget year through the audit log.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import swtgov.services.areas  # noqa: F401  (installs the schema steps)
from swtgov.domain.budget.ledger import parse_ledger
from swtgov.domain.budget.model import BudgetLine, Kind
from swtgov.domain.budget.money import Money
from swtgov.store.budget import repo
from swtgov.store.budget.schema import create

#: the tests' today, as in tests/conftest.py
TODAY = dt.date(2026, 11, 22)


def budget_db(gf):  # type: ignore[no-untyped-def]
    """The file's database, with the budget tables created when missing."""
    if not repo.has_tables(gf.db):
        create(gf.db)
    return gf.db


def line(
    kind: str, name: str, euros: int, *, year: int = 2026, ledger: str = "",
    actuals: Sequence[int | None] = (None, None, None, None), forecast: int | None = None,
    explanation: str = "", position: int = 0,
) -> BudgetLine:
    """A budget line with whole-euro amounts."""
    acts = tuple(Money.euros(a) if a is not None else None for a in actuals)
    return BudgetLine(
        None, year, Kind(kind), name, Money.euros(euros), acts,  # type: ignore[arg-type]
        Money.euros(forecast) if forecast is not None else None, explanation,
        parse_ledger(ledger), position,
    )


def add_year(gf, year: int, lines: Sequence[BudgetLine], adopted_on: dt.date | None = None) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Store a year and its lines; returns line ids by name."""
    budget_db(gf)
    ids: dict[str, int] = {}
    with gf.change() as audit:
        repo.ensure_year(audit, year, adopted_on=adopted_on)
        for item in lines:
            ids[item.name] = repo.insert_line(audit, item)
    return ids
