"""The grootboek column: account ranges, overlaps, which line an account maps to."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from swtgov.domain.budget.ledger import (
    AccountRange,
    LedgerMap,
    parse_ledger,
    show_ledger,
)
from swtgov.domain.values import ValueProblem


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("4000-4199, 4250", "4000-4199, 4250"),
        ("4000 - 4199;4250", "4000-4199, 4250"),
        ("4000 t/m 4199\n4250", "4000-4199, 4250"),
        ("4000–4199", "4000-4199"),
        (4250, "4250"),
        (4250.0, "4250"),
        ("8000a", "8000A"),
        ("", ""),
        (None, ""),
    ],
)
def test_parse_ledger(cell: object, expected: str) -> None:
    assert show_ledger(parse_ledger(cell)) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        ("4199-4000", "bevat het bereik 4199-4000, van hoog naar laag; schrijf 4000-4199"),
        ("4000-4199, 4100", "bevat overlappende bereiken (4000-4199 en 4100)"),
        ("4000-", 'bevat "4000-", dat geen grootboekrekening of bereik is'),
        ("40a0-4100", 'bevat "40a0-4100", dat geen grootboekrekening of bereik is'),
        (12.5, "is geen geldig grootboekbereik"),
    ],
)
def test_unreadable_ledger(cell: object, reason: str) -> None:
    with pytest.raises(ValueProblem) as caught:
        parse_ledger(cell)  # type: ignore[arg-type]
    assert str(caught.value).startswith(reason)


def test_account_in_range_compares_numbers() -> None:
    r = AccountRange(4000, 4199)
    assert "4000" in r and "4199" in r and "04100" in r
    assert "3999" not in r and "4200" not in r and "41A0" not in r


def test_line_for_and_no_overlap() -> None:
    mapping = LedgerMap(
        [
            ("salarissen", parse_ledger("4000-4199, 4250")),
            ("huisvesting", parse_ledger("4300-4399")),
            ("subsidie", parse_ledger("8000-8099, 8100A")),
        ]
    )
    assert mapping.overlaps == []
    assert mapping.line_for("4000") == "salarissen"
    assert mapping.line_for("4250") == "salarissen"
    assert mapping.line_for("4200") is None
    assert mapping.line_for("4399") == "huisvesting"
    assert mapping.line_for("8100a") == "subsidie"
    assert mapping.line_for("9999") is None
    assert mapping.line_for("1") is None


def test_overlaps_between_lines_are_found() -> None:
    mapping = LedgerMap(
        [("a", parse_ledger("4000-4199")), ("b", parse_ledger("4300")), ("c", parse_ledger("4150-4160, 4300"))]
    )
    pairs = {(o.first, o.second, str(o.first_range), str(o.second_range)) for o in mapping.overlaps}
    assert pairs == {("a", "c", "4000-4199", "4150-4160"), ("b", "c", "4300", "4300")}


ranges = st.lists(st.tuples(st.integers(0, 500), st.integers(0, 50)), max_size=12)


@given(ranges, st.integers(0, 600))
def test_line_for_matches_a_linear_scan(spans: list[tuple[int, int]], account: int) -> None:
    entries = [(i, (AccountRange(a, a + w),)) for i, (a, w) in enumerate(spans)]
    mapping = LedgerMap(entries)
    claimants = {i for i, (r,) in entries if r.first <= account <= r.last}
    found = mapping.line_for(str(account))
    if claimants:
        assert found in claimants
    else:
        assert found is None
    overlapping = any(
        entries[i][1][0].overlaps(entries[j][1][0]) for i in range(len(entries)) for j in range(i)
    )
    assert bool(mapping.overlaps) == overlapping
