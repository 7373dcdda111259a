"""Money in cents: parsing Dutch amounts, exact arithmetic, rounding, sign conventions."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from swtgov.domain.budget.model import Kind, cost_from_export, pro_rata, signed_actual
from swtgov.domain.budget.money import Money, total
from swtgov.domain.values import ValueProblem


@pytest.mark.parametrize(
    ("cell", "cents"),
    [
        ("€ 21.174.600", 2_117_460_000),
        ("-€12.143.000", -1_214_300_000),
        ("1.234,56", 123_456),
        ("(1.234)", -123_400),
        (1234.56, 123_456),
        (25000, 2_500_000),
    ],
)
def test_parse(cell: object, cents: int) -> None:
    assert Money.parse(cell) == Money(cents)  # type: ignore[arg-type]


def test_parse_refuses() -> None:
    with pytest.raises(ValueProblem, match="meer dan twee decimalen"):
        Money.parse("1,234")
    with pytest.raises(ValueProblem, match="geen geldig bedrag"):
        Money.parse("veel")


def test_floats_are_refused() -> None:
    with pytest.raises(TypeError):
        Money(12.5)  # type: ignore[arg-type]


def test_arithmetic_is_exact() -> None:
    assert Money(10) + Money(20) - Money(5) == Money(25)
    assert -Money(3) == Money(-3) and abs(Money(-3)) == Money(3)
    assert total([Money(1), Money(2), Money(3)]) == Money(6)
    assert Money.euros(25_000) == Money(2_500_000)


@pytest.mark.parametrize(
    ("cents", "num", "den", "expected"),
    [(1001, 1, 4, 250), (1002, 1, 4, 251), (-1002, 1, 4, -251), (1003, 3, 4, 752), (99, 1, 2, 50)],
)
def test_times_rounds_half_away_from_zero(cents: int, num: int, den: int, expected: int) -> None:
    assert Money(cents).times(num, den) == Money(expected)


def test_pro_rata_by_quarter() -> None:
    budget = Money.euros(1_000_001)
    assert [pro_rata(budget, q).cents for q in (0, 1, 2, 3, 4)] == [0, 25_000_025, 50_000_050, 75_000_075, 100_000_100]
    assert pro_rata(Money(3), 1) == Money(1) and pro_rata(Money(3), 4) == Money(3)
    with pytest.raises(ValueError):
        pro_rata(budget, 5)


@given(st.integers(-10**12, 10**12))
def test_pro_rata_full_year_is_the_budget(cents: int) -> None:
    assert pro_rata(Money(cents), 4) == Money(cents)
    assert abs(pro_rata(Money(cents), 2).cents * 2 - cents) <= 1


def test_sign_conventions() -> None:
    debit, credit = Money(100_00), Money(30_00)
    assert signed_actual(Kind.LASTEN, debit, credit) == Money(70_00)  # costs: debit − credit
    assert signed_actual(Kind.BATEN, debit, credit) == Money(-70_00)  # income: credit − debit
    assert signed_actual(Kind.RESERVE, Money(0), Money(206_800_00)) == Money(206_800_00)
    assert cost_from_export(Kind.LASTEN, Money(-5)) == (Money(5), True)
    assert cost_from_export(Kind.LASTEN, Money(5)) == (Money(5), False)
    assert cost_from_export(Kind.BATEN, Money(-5)) == (Money(-5), False)
    assert cost_from_export(Kind.RESERVE, Money(-5)) == (Money(-5), False)  # a dotatie stays negative
