"""Dutch texts for budget figures, shared by the report, the signals and the page.

All amounts go through :func:`swtgov.display.money`; this module adds the signs and
percentages of differences. Light: imports no ReportLab.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from swtgov import display

ORDINAL = {1: "1e", 2: "2e", 3: "3e", 4: "4e"}


def amount(cents: int | None, *, with_cents: bool = False) -> str:
    """``€ 21.174.600``; empty for None."""
    return display.money(cents, with_cents=with_cents)


def difference(cents: int) -> str:
    """A difference with its sign: ``+€ 61.234``, ``-€ 12.000``, ``€ 0``."""
    text = display.money(cents)
    return "+" + text if cents > 0 and text != "€ 0" else text


def percent(fraction: Fraction | None, *, signed: bool = True) -> str:
    """``+12,5 %`` / ``-3,0 %``; ``n.v.t.`` against a budget of nothing (None)."""
    if fraction is None:
        return "n.v.t."
    value = (Decimal(fraction.numerator) / Decimal(fraction.denominator) * 100).quantize(
        Decimal("0.1"), rounding=ROUND_HALF_UP
    )
    text = display.number(abs(value), 1) + " %"
    if value < 0:
        return "-" + text
    return ("+" + text) if signed and value > 0 else text


def quarter_label(quarter: int) -> str:
    """``t/m 3e kwartaal``."""
    return f"t/m {ORDINAL[quarter]} kwartaal"
