"""Money: exact euro amounts as integer cents.

Never a float: amounts are read with :func:`swtgov.domain.values.parse_amount` (Dutch
notation first) and computed with integers. Display is not done here but by
:func:`swtgov.display.money` (``€ 21.174.600``, ``-€ 12.143.000``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction

from swtgov.domain import values


@dataclass(frozen=True, order=True)
class Money:
    """An amount in euro cents. Immutable; adds, subtracts and negates exactly.

    Attributes:
        cents: the amount in cents (``Money(2_117_460_000)`` is € 21.174.600).
    """

    cents: int = 0

    def __post_init__(self) -> None:
        if isinstance(self.cents, bool) or not isinstance(self.cents, int):
            raise TypeError(f"Money takes integer cents, not {type(self.cents).__name__}")

    @classmethod
    def euros(cls, euros: int) -> Money:
        """Whole euros: ``Money.euros(25_000)`` is € 25.000."""
        return cls(euros * 100)

    @classmethod
    def parse(cls, cell: values.Cell) -> Money:
        """Read an amount as a spreadsheet cell holds it (``"-€ 12.143.000"``, ``1.234,56``).

        Raises:
            values.ValueProblem: empty, not an amount, or more than two decimals.
        """
        return cls(values.parse_amount(cell))

    def __add__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.cents + other.cents)

    def __sub__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.cents - other.cents)

    def __neg__(self) -> Money:
        return Money(-self.cents)

    def __abs__(self) -> Money:
        return Money(abs(self.cents))

    def __bool__(self) -> bool:
        return self.cents != 0

    def times(self, numerator: int, denominator: int = 1) -> Money:
        """``self × numerator / denominator``, rounded half away from zero to a cent."""
        if denominator <= 0:
            raise ValueError("denominator must be positive")
        product = self.cents * numerator
        whole, rest = divmod(abs(product), denominator)
        if 2 * rest >= denominator:
            whole += 1
        return Money(whole if product >= 0 else -whole)

    def ratio(self, other: Money) -> Fraction | None:
        """``self / other`` as an exact fraction; None when ``other`` is zero."""
        return Fraction(self.cents, other.cents) if other.cents else None

    @property
    def whole_euros(self) -> int:
        """Rounded to whole euros, half away from zero (for summaries)."""
        return self.times(1, 100).cents


ZERO = Money(0)


def total(amounts: Iterable[Money]) -> Money:
    """The exact sum of amounts (``sum()`` would need a start value)."""
    return Money(sum(a.cents for a in amounts))
