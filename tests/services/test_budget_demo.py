"""The demo budget: the seed figures of 2024, three years with actuals, two lines past the threshold."""

from __future__ import annotations

import datetime as dt

from budget_support import TODAY, budget_db

from swtgov import display
from swtgov.services.budget import signals as budget_signals
from swtgov.services.budget.demo import demo
from swtgov.services.budget.overview import year_overview
from swtgov.store.budget import repo


def _demo(gf) -> None:  # type: ignore[no-untyped-def]
    budget_db(gf)
    with gf.change() as audit:
        demo(audit, gf.db, "normal", TODAY)


def test_2024_reproduces_the_seed_figures(governance_file) -> None:  # type: ignore[no-untyped-def]
    _demo(governance_file)
    view = year_overview(governance_file.db, 2024, 4)
    assert display.money(view.budget.baten.cents) == "€ 21.174.600"
    assert display.money(view.budget.lasten.cents) == "€ 21.381.400"
    assert display.money(view.budget.reserves.cents) == "€ 206.800"
    assert display.money(view.budget.resultaat.cents) == "-€ 206.800"
    assert view.budget.resultaat_na_bestemming.cents == 0
    assert view.budget.baten.cents == 2_117_460_000 and view.budget.lasten.cents == 2_138_140_000


def test_three_years_with_quarterly_actuals(governance_file) -> None:  # type: ignore[no-untyped-def]
    _demo(governance_file)
    years = repo.load_years(governance_file.db)
    assert [y.year for y in years] == [2024, 2025, 2026]
    assert all(y.adopted_on is not None and y.adopted_on < dt.date(y.year, 1, 1) for y in years)
    assert year_overview(governance_file.db, 2025).reported == 4
    current = year_overview(governance_file.db, 2026)
    assert current.reported == 3 and current.quarter == 3  # Q3 ended 30 September, TODAY is 22 November
    past = current.past_threshold
    assert [(f.line.name, f.flagged) for f in past] == [
        ("Projectsubsidies fondsen", True), ("Inhuur derden", False),
    ]  # fmt: skip
    for year in (2024, 2025):
        assert year_overview(governance_file.db, year, 4).past_threshold == []


def test_demo_signals(governance_file) -> None:  # type: ignore[no-untyped-def]
    _demo(governance_file)
    found = budget_signals.signals(governance_file.db, TODAY)
    assert [(s.code, s.subject) for s in found] == [
        ("budget_deviation", "Begroting 2026: Projectsubsidies fondsen"),
    ]
    message = found[0].message
    assert message.startswith("Projectsubsidies fondsen (baten, 2026): de realisatie t/m het 3e kwartaal wijkt -€ ")
    assert "er is nog geen toelichting" in message and "de prognose wijkt -€ " in message
