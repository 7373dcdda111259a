"""Budget years and budget lines, and the sign conventions of their amounts.

Sign conventions (the one place they are decided):

* Every amount of a line is stored in the line's own direction, so that a normal
  year has positive numbers everywhere:

  - **baten** (income): positive is income;
  - **lasten** (costs): positive is a cost. A cost line that arrives negative from
    an accounting export is a cost all the same: the import turns it positive and
    says so (:func:`cost_from_export`);
  - **reserve** (mutatie bestemmingsreserve): positive is an *onttrekking*
    (withdrawal, which adds to the result), negative a *dotatie* (addition to the
    reserve, which lowers the result).

* ``resultaat = som der baten − som der lasten``;
  ``resultaat na bestemming = resultaat + som der mutaties reserves``.

* In an auditfile a line's realisatie is ``credit − debit`` for baten and reserve
  lines and ``debit − credit`` for lasten (:func:`signed_actual`).

* A difference is always ``realisatie − begroting`` (or ``prognose − begroting``)
  in the line's direction: positive means more income, more cost, or a larger
  withdrawal than budgeted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum

from swtgov.domain.budget.ledger import Ledger
from swtgov.domain.budget.money import Money

QUARTERS = (1, 2, 3, 4)


class Kind(str, Enum):
    """The group of a budget line (the ``soort`` column)."""

    BATEN = "baten"
    LASTEN = "lasten"
    RESERVE = "reserve"

    @property
    def label(self) -> str:
        """Dutch heading of the group."""
        return {"baten": "Baten", "lasten": "Lasten", "reserve": "Mutaties bestemmingsreserves"}[self.value]

    @property
    def order(self) -> int:
        return {"baten": 0, "lasten": 1, "reserve": 2}[self.value]


#: accepted spellings of ``soort`` (normalised to lower case, single spaces)
KIND_NAMES: dict[str, Kind] = {
    "baten": Kind.BATEN, "bate": Kind.BATEN, "opbrengsten": Kind.BATEN, "income": Kind.BATEN,
    "lasten": Kind.LASTEN, "last": Kind.LASTEN, "kosten": Kind.LASTEN, "expenses": Kind.LASTEN,
    "reserve": Kind.RESERVE, "reserves": Kind.RESERVE, "bestemmingsreserve": Kind.RESERVE,
    "mutatie bestemmingsreserve": Kind.RESERVE, "mutaties bestemmingsreserves": Kind.RESERVE,
    "mutatie reserve": Kind.RESERVE,
}  # fmt: skip


def parse_kind(text: str) -> Kind | None:
    """The kind a ``soort`` cell names, or None."""
    return KIND_NAMES.get(" ".join(str(text).split()).lower())


@dataclass(frozen=True)
class BudgetYear:
    """One budget year.

    Attributes:
        id: row id.
        year: the calendar year (a budget year is a calendar year).
        adopted_on: the date the RvT adopted (vastgesteld) the budget, or None.
        note: free text (e.g. the meeting where it was adopted).
    """

    id: int | None
    year: int
    adopted_on: dt.date | None = None
    note: str = ""

    @property
    def start(self) -> dt.date:
        return dt.date(self.year, 1, 1)


@dataclass(frozen=True)
class BudgetLine:
    """One line of a budget year, its amounts in the line's direction (see module doc).

    Attributes:
        id: row id (None before it is stored).
        year: the budget year.
        kind: baten, lasten or reserve.
        name: the line's name (``post``), unique within year and kind.
        budget: begroting for the year.
        actuals: realisatie per quarter 1–4; None: not reported (yet).
        forecast: prognose (year-end forecast); None: none given.
        explanation: toelichting on a deviation; empty when none.
        ledger: the general-ledger accounts this line sums in an auditfile import.
        position: order within its group.
    """

    id: int | None
    year: int
    kind: Kind
    name: str
    budget: Money
    actuals: tuple[Money | None, Money | None, Money | None, Money | None] = (None, None, None, None)
    forecast: Money | None = None
    explanation: str = ""
    ledger: Ledger = field(default=())
    position: int = 0

    def actual(self, quarter: int) -> Money | None:
        """Realisatie of one quarter (1–4), or None when not reported."""
        return self.actuals[quarter - 1]

    def actual_to_date(self, quarter: int) -> Money:
        """Realisatie of quarters 1 up to and including ``quarter``; unreported counts 0."""
        return Money(sum(a.cents for a in self.actuals[:quarter] if a is not None))

    def budget_to_date(self, quarter: int) -> Money:
        """Begroting pro rata: ``quarter`` fourths of the year, rounded to a cent."""
        return pro_rata(self.budget, quarter)

    @property
    def expected(self) -> Money:
        """The prognose, or the begroting where no prognose is given."""
        return self.forecast if self.forecast is not None else self.budget

    @property
    def label(self) -> str:
        return f"{self.year} · {self.name}"


def pro_rata(budget: Money, quarter: int) -> Money:
    """The part of a year's budget up to and including ``quarter`` (0–4).

    ``quarter`` fourths of the amount, rounded half away from zero to a cent; the
    fourth quarter is the whole budget exactly.
    """
    if not 0 <= quarter <= 4:
        raise ValueError(f"quarter {quarter} is not 0-4")
    return budget.times(quarter, 4)


def signed_actual(kind: Kind, debit: Money, credit: Money) -> Money:
    """A line's realisatie from ledger totals: lasten debit − credit, others credit − debit."""
    return debit - credit if kind is Kind.LASTEN else credit - debit


def cost_from_export(kind: Kind, amount: Money) -> tuple[Money, bool]:
    """A cost line's amount as stored, and whether it arrived negative and was turned.

    Accounting exports often write costs negative. On a lasten line a negative amount
    is read as the cost it is (positive); baten and reserve lines keep their sign.
    """
    if kind is Kind.LASTEN and amount.cents < 0:
        return -amount, True
    return amount, False


def quarter_of(day: dt.date) -> int:
    """The calendar quarter (1–4) a date falls in."""
    return (day.month - 1) // 3 + 1


def quarter_end(year: int, quarter: int) -> dt.date:
    """The last day of a quarter."""
    month = quarter * 3
    next_first = dt.date(year + (month == 12), month % 12 + 1, 1)
    return next_first - dt.timedelta(days=1)


def reported_quarters(lines: Sequence[BudgetLine]) -> int:
    """The last quarter for which any line of the year has realisatie (0: none)."""
    return max((q for line in lines for q in QUARTERS if line.actual(q) is not None), default=0)


def sort_lines(lines: Sequence[BudgetLine]) -> list[BudgetLine]:
    """Baten, then lasten, then reserves; within a group by position, then name."""
    return sorted(lines, key=lambda l: (l.year, l.kind.order, l.position, l.name.casefold()))
