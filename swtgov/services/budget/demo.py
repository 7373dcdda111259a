"""The budget part of the demo organisation: three budget years with quarterly realisatie.

Begroting 2024 holds the figures of the seed annual report: baten € 21.174.600, lasten
€ 21.381.400, an onttrekking from the bestemmingsreserve of € 206.800, resultaat na
bestemming € 0. Later years grow a little. The running year has realisatie for every
quarter that ended at least three weeks before ``today``, and two lines past the
threshold: *Inhuur derden* (explained) and *Projectsubsidies fondsen* (not yet).
The scale ``large`` adds years back to 2015.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlite_utils import Database

from swtgov.domain.budget.ledger import parse_ledger
from swtgov.domain.budget.model import QUARTERS, BudgetLine, Kind, quarter_end
from swtgov.domain.budget.money import Money
from swtgov.store.audit import Audit
from swtgov.store.budget import repo

SEED_YEAR = 2024
#: (kind, name, begroting 2024 in euros, grootboek)
LINES_2024: tuple[tuple[Kind, str, int, str], ...] = (
    (Kind.BATEN, "Structurele vergoeding gemeente", 19_850_000, "8000-8099"),
    (Kind.BATEN, "Eenmalige bijdragen gemeente", 620_000, "8100-8149"),
    (Kind.BATEN, "Projectsubsidies fondsen", 548_600, "8200-8299"),
    (Kind.BATEN, "Overige opbrengsten", 142_000, "8300-8399"),
    (Kind.BATEN, "Rente", 14_000, "8900"),
    (Kind.LASTEN, "Salarissen", 13_480_000, "4000-4099"),
    (Kind.LASTEN, "Sociale lasten en pensioenpremies", 3_640_000, "4100-4199"),
    (Kind.LASTEN, "Overige personeelskosten", 610_000, "4200-4299"),
    (Kind.LASTEN, "Inhuur derden", 820_000, "4300-4349"),
    (Kind.LASTEN, "Huisvesting", 1_385_000, "4400-4499"),
    (Kind.LASTEN, "Automatisering", 702_400, "4500-4599"),
    (Kind.LASTEN, "Kantoor- en algemene kosten", 514_000, "4600-4799"),
    (Kind.LASTEN, "Afschrijvingen", 230_000, "4800-4899"),
)
RESERVE = "Onttrekking bestemmingsreserve innovatie"
EXPLAINED = "Inhuur derden"
UNEXPLAINED = "Projectsubsidies fondsen"
EXPLANATION = (
    "Inhuur bij langdurig verzuim in de teams Noord en West (vier formatieplaatsen). "
    "Gedekt door lagere salariskosten; de werkgeverscommissie volgt het verzuim per kwartaal."
)
#: yearly growth per kind after 2024, per mille
_GROWTH = {Kind.BATEN: 34, Kind.LASTEN: 36}


def _budget_euros(base: int, kind: Kind, years_after: int) -> int:
    """A later year's budget: the seed grown per year, rounded to 100 euros."""
    amount = base
    for _ in range(abs(years_after)):
        factor = 1000 + _GROWTH[kind] if years_after > 0 else 1000 - _GROWTH[kind]
        amount = round(amount * factor / 1000 / 100) * 100
    return amount


def _quarters(year: int, budget: Money, name: str, reported: int, drift: int = 0) -> list[Money | None]:
    """Realisatie per quarter: a quarter of the budget within ±3 %, cents included.

    ``drift`` (per cent) moves every quarter the same way, for the demo's deviations.
    """
    rng = random.Random(f"{year}:{name}")
    out: list[Money | None] = []
    for q in QUARTERS:
        if q > reported:
            out.append(None)
            continue
        per_mille = 1000 + drift * 10 + rng.randint(-30, 30)
        out.append(Money(budget.times(per_mille, 4000).cents + rng.randint(0, 99)))
    return out


def budget_lines(year: int, today: dt.date) -> list[BudgetLine]:
    """The demo lines of one year, with realisatie of the quarters reported by ``today``."""
    after = year - SEED_YEAR
    reported = sum(1 for q in QUARTERS if quarter_end(year, q) + dt.timedelta(weeks=3) <= today)
    running = year == today.year
    lines: list[BudgetLine] = []
    sums = {Kind.BATEN: 0, Kind.LASTEN: 0}
    for position, (kind, name, base, ledger) in enumerate(LINES_2024):
        budget = Money.euros(_budget_euros(base, kind, after))
        sums[kind] += budget.cents
        drift = 0
        forecast = None
        explanation = ""
        if running and name == EXPLAINED:
            drift, forecast, explanation = 35, budget.times(135, 100), EXPLANATION
        elif running and name == UNEXPLAINED:
            drift, forecast = -28, budget.times(74, 100)
        elif running and name == "Salarissen":
            drift = -2
        actuals = _quarters(year, budget, name, reported, drift)
        lines.append(BudgetLine(
            None, year, kind, name, budget, tuple(actuals), forecast,  # type: ignore[arg-type]
            explanation, parse_ledger(ledger), position,
        ))  # fmt: skip
    gap = Money(sums[Kind.LASTEN] - sums[Kind.BATEN])
    reserve_actuals = [gap.times(1, 4) if q <= reported else None for q in QUARTERS]
    if reported == 4:
        reserve_actuals[3] = gap - gap.times(3, 4)
    lines.append(BudgetLine(None, year, Kind.RESERVE, RESERVE, gap, tuple(reserve_actuals), None, "", (), 0))  # type: ignore[arg-type]
    return lines


def demo(audit: Audit, db: Database, scale: str, today: dt.date) -> None:
    """Add the demo budget years (2024 up to ``today``'s year; ``large``: from 2015)."""
    first = 2015 if scale == "large" else SEED_YEAR
    for year in range(first, max(today.year, SEED_YEAR + 2) + 1):
        adopted = dt.date(year - 1, 12, 8 + (year % 7))
        repo.ensure_year(audit, year, adopted_on=adopted, note=f"RvT-vergadering van {adopted.day} december {year - 1}")
        for line in budget_lines(year, today):
            repo.insert_line(audit, line)
        audit.update(
            "budget_years",
            audit.db.execute("SELECT id FROM budget_years WHERE year = ?", [year]).fetchone()[0],
            {"actuals_source": "demo: ingevoerd door de controller"},
        )
