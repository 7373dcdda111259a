"""Budget years and lines in the governance file: rows to domain objects and back.

Every write takes an :class:`~swtgov.store.audit.Audit` (the caller holds the
transaction: ``with gf.change() as audit: ...``), so it is logged and undoable.
Amounts are written as integer cents.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from sqlite_utils import Database

from swtgov.domain.budget.ledger import parse_ledger, show_ledger
from swtgov.domain.budget.model import (
    QUARTERS,
    BudgetLine,
    BudgetYear,
    Kind,
    sort_lines,
)
from swtgov.domain.budget.money import Money
from swtgov.store.audit import Audit
from swtgov.store.budget.schema import LINES, YEARS

ACTUAL_COLUMNS = ("actual_q1", "actual_q2", "actual_q3", "actual_q4")
_LINE_SQL = (
    f"SELECT l.id, y.year, l.kind, l.name, l.budget, l.actual_q1, l.actual_q2, l.actual_q3,"
    f" l.actual_q4, l.forecast, l.explanation, l.ledger, l.position"
    f" FROM {LINES} l JOIN {YEARS} y ON y.id = l.year_id"
)


def has_tables(db: Database) -> bool:
    """Whether the file has the budget tables (an older file before its upgrade has not)."""
    return db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [YEARS]
    ).fetchone() is not None


def _money(cents: int | None) -> Money | None:
    return Money(cents) if cents is not None else None


def _cents(amount: Money | int | None) -> int | None:
    if amount is None:
        return None
    return amount.cents if isinstance(amount, Money) else int(amount)


def _year(row: tuple[Any, ...]) -> BudgetYear:
    return BudgetYear(row[0], row[1], dt.date.fromisoformat(row[2]) if row[2] else None, row[3] or "")


def _line(row: tuple[Any, ...]) -> BudgetLine:
    try:
        ledger = parse_ledger(row[11])
    except ValueError:  # stored text is checked on the way in; never fail a read on it
        ledger = ()
    return BudgetLine(
        id=row[0], year=row[1], kind=Kind(row[2]), name=row[3], budget=Money(row[4]),
        actuals=(_money(row[5]), _money(row[6]), _money(row[7]), _money(row[8])),
        forecast=_money(row[9]), explanation=row[10] or "", ledger=ledger, position=row[12],
    )  # fmt: skip


# --- reading ----------------------------------------------------------------------------


def load_years(db: Database) -> list[BudgetYear]:
    """Every budget year, oldest first."""
    if not has_tables(db):
        return []
    return [_year(r) for r in db.execute(f"SELECT id, year, adopted_on, note FROM {YEARS} ORDER BY year")]


def load_year(db: Database, year: int) -> BudgetYear | None:
    """One budget year, or None when the file has no budget for it."""
    if not has_tables(db):
        return None
    row = db.execute(f"SELECT id, year, adopted_on, note FROM {YEARS} WHERE year = ?", [year]).fetchone()
    return _year(row) if row else None


def actuals_source(db: Database, year: int) -> str:
    """Where the year's realisatie last came from (``auditfile x.xaf, …``); empty if unknown."""
    row = db.execute(f"SELECT actuals_source FROM {YEARS} WHERE year = ?", [year]).fetchone()
    return row[0] if row else ""


def load_lines(db: Database, year: int | None = None) -> list[BudgetLine]:
    """The lines of one year (or of every year), baten, lasten, reserves, by position."""
    if not has_tables(db):
        return []
    if year is None:
        rows = db.execute(_LINE_SQL)
    else:
        rows = db.execute(_LINE_SQL + " WHERE y.year = ?", [year])
    return sort_lines([_line(r) for r in rows])


def load_line(db: Database, line_id: int) -> BudgetLine | None:
    row = db.execute(_LINE_SQL + " WHERE l.id = ?", [line_id]).fetchone()
    return _line(row) if row else None


# --- writing ----------------------------------------------------------------------------


def ensure_year(audit: Audit, year: int, *, adopted_on: dt.date | None = None, note: str | None = None) -> int:
    """The id of a budget year, inserting it when new; updates the given fields."""
    row = audit.db.execute(f"SELECT id FROM {YEARS} WHERE year = ?", [year]).fetchone()
    values: dict[str, Any] = {}
    if adopted_on is not None:
        values["adopted_on"] = adopted_on.isoformat()
    if note is not None:
        values["note"] = note
    if row is None:
        return audit.insert(YEARS, {"year": year, **values})
    if values:
        audit.update(YEARS, row[0], values)
    return row[0]


def set_adoption(audit: Audit, year: int, adopted_on: dt.date | None) -> None:
    """Record (or clear, with None) the date the RvT adopted the year's budget."""
    year_id = ensure_year(audit, year)
    audit.update(YEARS, year_id, {"adopted_on": adopted_on.isoformat() if adopted_on else None})


def line_record(line: BudgetLine) -> dict[str, Any]:
    """The columns of a line except ``year_id``, as stored."""
    record: dict[str, Any] = {
        "kind": line.kind.value, "name": line.name, "budget": line.budget.cents,
        "forecast": _cents(line.forecast), "explanation": line.explanation,
        "ledger": show_ledger(line.ledger), "position": line.position,
    }  # fmt: skip
    for column, amount in zip(ACTUAL_COLUMNS, line.actuals, strict=True):
        record[column] = _cents(amount)
    return record


def insert_line(audit: Audit, line: BudgetLine) -> int:
    """Store a new line (its year is created when needed); returns its id."""
    year_id = ensure_year(audit, line.year)
    return audit.insert(LINES, {"year_id": year_id, **line_record(line)})


def update_line(audit: Audit, line_id: int, values: Mapping[str, Any]) -> dict[str, list[Any]]:
    """Change stored columns of a line (column names as in :func:`line_record`)."""
    return audit.update(LINES, line_id, dict(values))


def set_explanation(audit: Audit, line_id: int, text: str) -> bool:
    """Write a line's toelichting (trimmed); returns whether it changed."""
    return bool(audit.update(LINES, line_id, {"explanation": text.strip()}))


def delete_line(audit: Audit, line_id: int) -> None:
    audit.delete(LINES, line_id)


def delete_year(audit: Audit, year: int) -> None:
    """Delete a budget year and its lines, each through the audit log."""
    for line in load_lines(audit.db, year):
        assert line.id is not None
        audit.delete(LINES, line.id)
    row = audit.db.execute(f"SELECT id FROM {YEARS} WHERE year = ?", [year]).fetchone()
    if row:
        audit.delete(YEARS, row[0])


def replace_actuals(
    audit: Audit,
    year: int,
    quarters: Iterable[int],
    amounts: Mapping[int, Mapping[int, Money | int]],
    *,
    source: str | None = None,
) -> int:
    """Replace the realisatie of the given quarters of a year (an auditfile import).

    For every line of the year that has a ``grootboek``, each quarter in ``quarters``
    is set to ``amounts[line id][quarter]``, or to 0 when ``amounts`` has nothing for
    it: a re-import replaces, it never adds. Lines without a ``grootboek`` and the
    other quarters keep what they hold. Runs in the caller's audited change.

    Args:
        audit: the open change.
        year: the budget year (it must exist).
        quarters: the quarters (1–4) the file covers.
        amounts: by line id, by quarter, the realisatie in the line's direction
            (Money or int cents; see :func:`swtgov.domain.budget.model.signed_actual`).
        source: text to remember where the realisatie came from, e.g.
            ``"auditfile Exact 2026.xaf (t/m 30 september 2026)"``.

    Returns:
        The number of lines whose realisatie changed.

    Raises:
        KeyError: the year has no budget, or ``amounts`` names a line of another year.
        ValueError: a quarter outside 1–4.
    """
    quarters = sorted(set(quarters))
    if any(q not in QUARTERS for q in quarters):
        raise ValueError(f"quarters must be 1-4, not {quarters}")
    row = audit.db.execute(f"SELECT id FROM {YEARS} WHERE year = ?", [year]).fetchone()
    if row is None:
        raise KeyError(f"no budget for {year}")
    lines = {line.id: line for line in load_lines(audit.db, year)}
    stray = set(amounts) - set(lines)
    if stray:
        raise KeyError(f"lines {sorted(stray)} are not lines of {year}")
    changed = 0
    for line_id, line in lines.items():
        if not line.ledger and line_id not in amounts:
            continue
        per_quarter = amounts.get(line_id, {})  # type: ignore[arg-type]
        values = {ACTUAL_COLUMNS[q - 1]: _cents(per_quarter.get(q, 0)) for q in quarters}
        if audit.update(LINES, line_id, values):
            changed += 1
    if source is not None:
        audit.update(YEARS, row[0], {"actuals_source": source})
    return changed
