"""Dutch display formatting for tables, messages and PDFs, on babel (nl_NL).

The one place that turns dates, moments and amounts into text for people.
Never relies on the system locale.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from typing import Any

from swtgov.domain.values import message_date

LOCALE = "nl_NL"


def _babel_date(value: dt.date, format: str, locale: str) -> str:  # noqa: A002 - babel's name
    # babel is imported on first use: the window paints before it is needed.
    from babel.dates import format_date

    return format_date(value, format=format, locale=locale)


def _babel_decimal(value: Any, format: str, locale: str) -> str:  # noqa: A002
    from babel.numbers import format_decimal

    return format_decimal(value, format=format, locale=locale)


def date(value: dt.date | None, empty: str = "") -> str:
    """``1 oktober 2026``.

    The full date is written from the Dutch month names directly: it is what babel's
    ``d MMMM y`` gives for nl_NL (a test compares every month), without loading babel's
    locale data before the window's first paint.
    """
    if value is None:
        return empty
    if isinstance(value, dt.datetime):
        value = value.date()
    return message_date(value)


def short_date(value: dt.date | None, empty: str = "") -> str:
    """``1 okt. 2026``: for narrow table columns."""
    if value is None:
        return empty
    return _babel_date(value, format="d MMM y", locale=LOCALE)


def numeric_date(value: dt.date | None, empty: str = "") -> str:
    """``01-10-2026``: what Dutch Excel shows, for exports."""
    if value is None:
        return empty
    return value.strftime("%d-%m-%Y")


def moment(value: dt.datetime | None, empty: str = "") -> str:
    """``1 oktober 2026 om 09:30``."""
    if value is None:
        return empty
    return f"{date(value.date())} om {value:%H:%M}"


def money(cents: int | None, *, with_cents: bool = False, empty: str = "") -> str:
    """``€ 21.174.600`` (whole euros) or ``€ 1.234,56``; negatives as ``-€ 12.143.000``."""
    if cents is None:
        return empty
    amount = Decimal(abs(cents)) / 100
    pattern = "#,##0.00" if with_cents else "#,##0"
    if not with_cents:
        amount = amount.quantize(Decimal(1), rounding="ROUND_HALF_UP")
    text = _babel_decimal(amount, format=pattern, locale=LOCALE)
    return f"-€ {text}" if cents < 0 else f"€ {text}"


def number(value: int | float | Decimal, decimals: int = 0) -> str:
    """``1.234`` or ``12,5``."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return _babel_decimal(value, format=pattern, locale=LOCALE)


def plural(count: int, one: str, many: str) -> str:
    """``1 lid``, ``3 leden``."""
    return f"{number(count)} {one if count == 1 else many}"
