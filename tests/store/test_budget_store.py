"""The budget tables: lines stored in cents, adoption, replacing quarters' realisatie."""

from __future__ import annotations

import datetime as dt

import pytest
from budget_support import add_year, budget_db, line

from swtgov.domain.budget.ledger import LedgerMap
from swtgov.domain.budget.model import Kind
from swtgov.domain.budget.money import Money
from swtgov.store.audit import verify_tables
from swtgov.store.budget import repo


def test_lines_round_trip_in_cents(governance_file) -> None:  # type: ignore[no-untyped-def]
    add_year(governance_file, 2026, [
        line("lasten", "Salarissen", 12_143_000, ledger="4000-4199, 4250", actuals=(3_000_000, None, None, None)),
        line("baten", "Subsidie gemeente", 20_000_000, forecast=20_100_000),
        line("reserve", "Onttrekking bestemmingsreserve", 206_800),
    ], adopted_on=dt.date(2025, 12, 10))  # fmt: skip
    lines = repo.load_lines(governance_file.db, 2026)
    assert [(l.kind, l.name) for l in lines] == [
        (Kind.BATEN, "Subsidie gemeente"), (Kind.LASTEN, "Salarissen"),
        (Kind.RESERVE, "Onttrekking bestemmingsreserve"),
    ]  # fmt: skip
    salaries = lines[1]
    assert salaries.budget == Money(1_214_300_000)
    assert salaries.actuals == (Money(300_000_000), None, None, None)
    assert [str(r) for r in salaries.ledger] == ["4000-4199", "4250"]
    assert lines[0].forecast == Money(2_010_000_000)
    stored = governance_file.db.execute("SELECT budget, typeof(budget) FROM budget_lines WHERE name = 'Salarissen'").fetchone()
    assert stored == (1_214_300_000, "integer")
    assert repo.load_year(governance_file.db, 2026).adopted_on == dt.date(2025, 12, 10)  # type: ignore[union-attr]
    assert repo.load_year(governance_file.db, 2027) is None


def test_replace_actuals_replaces_never_adds(governance_file) -> None:  # type: ignore[no-untyped-def]
    ids = add_year(governance_file, 2026, [
        line("lasten", "Salarissen", 1_000_000, ledger="4000-4199", actuals=(1, 2, 3, 4)),
        line("lasten", "Huisvesting", 200_000, ledger="4300", actuals=(5, 6, None, None)),
        line("reserve", "Onttrekking", 50_000, actuals=(7, 7, 7, 7)),
    ])  # fmt: skip
    amounts = {ids["Salarissen"]: {1: Money(25_000_00), 2: 26_000_00}}
    for _ in range(2):  # the same file twice: the same result
        with governance_file.change() as audit:
            repo.replace_actuals(audit, 2026, [1, 2], amounts, source="auditfile test.xaf")
    by_name = {l.name: l for l in repo.load_lines(governance_file.db, 2026)}
    assert by_name["Salarissen"].actuals == (Money(2_500_000), Money(2_600_000), Money(300), Money(400))
    # mapped by a grootboek but absent from the file: zero, not kept
    assert by_name["Huisvesting"].actuals == (Money(0), Money(0), None, None)
    # no grootboek: untouched
    assert by_name["Onttrekking"].actuals == (Money(700),) * 4
    assert repo.actuals_source(governance_file.db, 2026) == "auditfile test.xaf"
    problems: list[str] = []
    verify_tables(governance_file.db, problems.append)
    assert problems == []


def test_replace_actuals_refuses_unknown_year_and_quarter(governance_file) -> None:  # type: ignore[no-untyped-def]
    budget_db(governance_file)
    with pytest.raises(KeyError), governance_file.change() as audit:
        repo.replace_actuals(audit, 2030, [1], {})
    add_year(governance_file, 2026, [line("lasten", "X", 1)])
    with pytest.raises(ValueError), governance_file.change() as audit:
        repo.replace_actuals(audit, 2026, [5], {})


def test_ledger_map_from_stored_lines(governance_file) -> None:  # type: ignore[no-untyped-def]
    ids = add_year(governance_file, 2026, [
        line("lasten", "Salarissen", 1, ledger="4000-4199, 4250"),
        line("baten", "Subsidie", 1, ledger="8000-8099"),
    ])  # fmt: skip
    lines = repo.load_lines(governance_file.db, 2026)
    mapping = LedgerMap((l.id, l.ledger) for l in lines)
    assert mapping.line_for("4250") == ids["Salarissen"]
    assert mapping.line_for("8050") == ids["Subsidie"]
    assert mapping.line_for("4200") is None
