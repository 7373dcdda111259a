"""The budget signals' rules at their edges: deviations, missing actuals, adoption."""

from __future__ import annotations

import datetime as dt

from swtgov.domain.budget.model import BudgetLine, BudgetYear, Kind
from swtgov.domain.budget.money import Money
from swtgov.domain.budget.rules import BudgetRules
from swtgov.domain.budget.signals import (
    deviations,
    judged_years,
    missing_actuals,
    not_adopted,
)


def _line(year: int, name: str, budget: int, actuals=(None, None, None, None), forecast=None, explanation="") -> BudgetLine:  # type: ignore[no-untyped-def]
    acts = tuple(Money.euros(a) if a is not None else None for a in actuals)
    return BudgetLine(None, year, Kind.LASTEN, name, Money.euros(budget), acts,  # type: ignore[arg-type]
                      Money.euros(forecast) if forecast is not None else None, explanation)  # fmt: skip


RULES = BudgetRules()
Y2025 = BudgetYear(1, 2025, dt.date(2024, 12, 10))
Y2026 = BudgetYear(2, 2026, None)


def test_actuals_missing_after_six_weeks_not_before() -> None:
    lines = {2026: [_line(2026, "Salarissen", 1_000_000, (250_000, None, None, None))]}
    # Q2 ended 30 June; six weeks later is 11 August
    assert missing_actuals([Y2026], lines, RULES, dt.date(2026, 8, 11)) == []
    (found,) = missing_actuals([Y2026], lines, RULES, dt.date(2026, 8, 12))
    assert found.quarters == (2,) and found.due == dt.date(2026, 8, 11)
    (found,) = missing_actuals([Y2026], lines, RULES, dt.date(2026, 11, 12))
    assert found.quarters == (2, 3)
    # a quarter reported by any line counts as reported
    lines[2026].append(_line(2026, "Huisvesting", 100_000, (None, 25_000, 25_000, None)))
    assert missing_actuals([Y2026], lines, RULES, dt.date(2026, 11, 12)) == []
    # a year without lines is not chased
    assert missing_actuals([Y2025], {}, RULES, dt.date(2026, 11, 12)) == []
    assert missing_actuals([Y2026], lines, BudgetRules(actuals_weeks=20), dt.date(2026, 11, 12)) == []


def test_not_adopted_only_for_the_running_year_once_started() -> None:
    assert not_adopted([Y2026], dt.date(2025, 12, 31)) == []
    assert not_adopted([Y2026], dt.date(2026, 1, 1)) == [Y2026]
    assert not_adopted([Y2026], dt.date(2027, 1, 1)) == []  # history by then
    assert not_adopted([Y2025], dt.date(2025, 3, 1)) == []  # adopted


def test_deviations_of_the_running_year_and_last_year_until_july() -> None:
    years = [Y2025, Y2026]
    assert judged_years(years, dt.date(2026, 6, 30)) == [Y2025, Y2026]
    assert judged_years(years, dt.date(2026, 7, 1)) == [Y2026]
    lines = {
        2025: [_line(2025, "Inhuur", 100_000, (40_000, 40_000, 40_000, 40_000))],  # +60 %
        2026: [
            _line(2026, "Inhuur", 400_000, (130_000, None, None, None)),  # +30.000 = +30 % to Q1
            _line(2026, "Huisvesting", 400_000, (124_999, None, None, None)),  # +24.999: below the amount
            _line(2026, "ICT", 400_000, (130_000, None, None, None), explanation="Nieuwe laptops"),
            _line(2026, "Opleiding", 400_000, (100_000, None, None, None), forecast=440_000),  # prognose +10 % and +40.000
        ],
    }
    found = deviations(years, lines, RULES, dt.date(2026, 5, 1))
    assert [(f.line.year, f.line.name, f.over_to_date, f.over_forecast) for f in found] == [
        (2025, "Inhuur", True, False),
        (2026, "Inhuur", True, False),
        (2026, "Opleiding", False, True),
    ]
    assert [f.line.name for f in deviations(years, lines, RULES, dt.date(2026, 7, 1))] == ["Inhuur", "Opleiding"]
