"""Schema of the budget area (step ``0005_begroting``).

``budget_years`` holds one row per calendar year with the adoption date;
``budget_lines`` one row per line with its amounts in integer cents in the line's own
direction (see :mod:`swtgov.domain.budget.model`): begroting, realisatie per quarter
(NULL: not reported), prognose (NULL: none) and the ``grootboek`` text. The foreign key
restricts: a year with lines is only removed by deleting its lines through the audit log.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the schema is declared at start-up; sqlite-utils loads when a step runs
    from sqlite_utils import Database

YEARS = "budget_years"
LINES = "budget_lines"


def create(db: Database) -> None:
    """Create the budget tables."""
    db.execute(
        f"""CREATE TABLE {YEARS} (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL UNIQUE CHECK (year BETWEEN 1900 AND 2999),
            adopted_on TEXT,
            note TEXT NOT NULL DEFAULT '',
            actuals_source TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute(
        f"""CREATE TABLE {LINES} (
            id INTEGER PRIMARY KEY,
            year_id INTEGER NOT NULL REFERENCES {YEARS}(id) ON DELETE RESTRICT,
            kind TEXT NOT NULL CHECK (kind IN ('baten', 'lasten', 'reserve')),
            name TEXT NOT NULL COLLATE NOCASE,
            budget INTEGER NOT NULL,
            actual_q1 INTEGER,
            actual_q2 INTEGER,
            actual_q3 INTEGER,
            actual_q4 INTEGER,
            forecast INTEGER,
            explanation TEXT NOT NULL DEFAULT '',
            ledger TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            UNIQUE (year_id, kind, name)
        )"""
    )
    db.execute(f"CREATE INDEX idx_{LINES}_year ON {LINES}(year_id, kind, position)")


STEPS = (("0005_begroting", create),)
