"""Budget versus realisatie: thresholds at their edges, pro rata to date, totals, reserves."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from swtgov.domain.budget.figures import Thresholds, line_figures, overview, totals
from swtgov.domain.budget.model import BudgetLine, Kind
from swtgov.domain.budget.money import Money


def _line(kind: str, budget: int, actuals=(None, None, None, None), forecast=None, explanation="", name="Post") -> BudgetLine:  # type: ignore[no-untyped-def]
    acts = tuple(Money(a) if a is not None else None for a in actuals)
    return BudgetLine(None, 2026, Kind(kind), name, Money(budget), acts, Money(forecast) if forecast is not None else None, explanation)  # type: ignore[arg-type]


T = Thresholds()  # 10 % and € 25.000


@pytest.mark.parametrize(
    ("difference_euros", "base_euros", "expected"),
    [
        (25_000, 250_000, True),      # exactly 10 % and exactly € 25.000
        (-25_000, 250_000, True),     # either direction
        (24_999.99, 249_999.9, False),  # 10 % but below the amount by one cent
        (25_000, 250_000.1, False),   # the amount, but just under 10 %
        (30_000, 1_000_000, False),   # 3 %: amount alone is not enough
        (20_000, 50_000, False),      # 40 %: percentage alone is not enough
        (25_000, 0, True),            # against a budget of nothing
        (0, 0, False),
    ],
)
def test_threshold_edges(difference_euros: float, base_euros: float, expected: bool) -> None:
    assert T.exceeded(Money(round(difference_euros * 100)), Money(round(base_euros * 100))) is expected


def test_line_to_date_is_pro_rata_and_flags_without_explanation() -> None:
    # budget € 1.000.000, half a year: € 500.000 to date; realised € 560.000 = +€ 60.000, +12 %
    line = _line("lasten", 100_000_000, (27_000_000, 29_000_000, None, None))
    figures = line_figures(line, 2, T)
    assert figures.budget_to_date == Money(50_000_000)
    assert figures.actual_to_date == Money(56_000_000)
    assert figures.difference == Money(6_000_000)
    assert figures.percent == pytest.approx(0.12)
    assert figures.over_to_date and not figures.over_forecast
    assert figures.flagged and not figures.explained
    explained = line_figures(_line("lasten", 100_000_000, (27_000_000, 29_000_000, None, None), explanation="Inhuur bij ziekte"), 2, T)
    assert explained.exceeds and explained.explained and not explained.flagged


def test_forecast_deviation_counts_only_when_given() -> None:
    line = _line("baten", 50_000_000, forecast=44_000_000)  # -€ 60.000, -12 %
    figures = line_figures(line, 1, T, reported=False)
    assert figures.forecast_difference == Money(-6_000_000)
    assert figures.over_forecast and not figures.over_to_date and figures.flagged
    no_forecast = line_figures(_line("baten", 50_000_000), 1, T, reported=False)
    assert no_forecast.forecast_difference == Money(0) and not no_forecast.exceeds


def test_unreported_quarter_is_not_a_deviation() -> None:
    lines = [_line("lasten", 100_000_000, (25_000_000, None, None, None))]
    view = overview(2026, lines, 2, T)
    assert view.reported == 1 and not view.complete
    assert view.lines[0].difference == Money(-25_000_000)  # shown ...
    assert not view.lines[0].over_to_date  # ... but not judged


def test_totals_and_reserves() -> None:
    lines = [
        _line("baten", 2_117_460_000, name="Baten"),
        _line("lasten", 2_138_140_000, name="Lasten"),
        _line("reserve", 20_680_000, name="Onttrekking bestemmingsreserve"),
    ]
    t = totals(lines, lambda l: l.budget)
    assert t.baten == Money(2_117_460_000)
    assert t.lasten == Money(2_138_140_000)
    assert t.resultaat == Money(-20_680_000)
    assert t.reserves == Money(20_680_000)
    assert t.resultaat_na_bestemming == Money(0)
    dotatie = totals([_line("baten", 100), _line("reserve", -30, name="Dotatie")], lambda l: l.budget)
    assert dotatie.resultaat == Money(100) and dotatie.resultaat_na_bestemming == Money(70)


def test_overview_lists_flagged_first() -> None:
    lines = [
        _line("lasten", 100_000_000, (40_000_000,) + (None,) * 3, explanation="Uitgelegd", name="A"),
        _line("lasten", 100_000_000, (40_000_000,) + (None,) * 3, name="B"),
        _line("lasten", 100_000_000, (25_000_000,) + (None,) * 3, name="C"),
    ]
    view = overview(2026, lines, 1, T)
    assert [f.line.name for f in view.past_threshold] == ["B", "A"]
    assert [f.line.name for f in view.flagged] == ["B"]


amounts = st.integers(-10**11, 10**11)
line_strategy = st.builds(
    _line,
    st.sampled_from(["baten", "lasten", "reserve"]),
    amounts,
    st.tuples(*[st.one_of(st.none(), amounts)] * 4),
    st.one_of(st.none(), amounts),
)


@given(st.lists(line_strategy, max_size=30), st.integers(1, 4))
def test_totals_equal_the_sum_of_lines(lines: list[BudgetLine], quarter: int) -> None:
    view = overview(2026, lines, quarter, T)
    for column, amount in [
        (view.budget, lambda f: f.line.budget),
        (view.budget_to_date, lambda f: f.budget_to_date),
        (view.actual_to_date, lambda f: f.actual_to_date),
        (view.expected, lambda f: f.line.expected),
    ]:
        by_kind = {k: sum(amount(f).cents for f in view.lines if f.line.kind is k) for k in Kind}
        assert column.baten.cents == by_kind[Kind.BATEN]
        assert column.lasten.cents == by_kind[Kind.LASTEN]
        assert column.reserves.cents == by_kind[Kind.RESERVE]
        assert column.resultaat.cents == by_kind[Kind.BATEN] - by_kind[Kind.LASTEN]
        assert column.resultaat_na_bestemming.cents == by_kind[Kind.BATEN] - by_kind[Kind.LASTEN] + by_kind[Kind.RESERVE]
    # the difference column adds up too
    assert sum(f.difference.cents for f in view.lines) == sum(
        f.actual_to_date.cents - f.budget_to_date.cents for f in view.lines
    )
