"""Signals: what the Overzicht, the area pages and ``swtgov signals`` report.

A signal is plain data. Each area computes its own as of a date; the
services layer gathers them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum


class Severity(str, Enum):
    """How urgent a signal is; the order is critical, warning, info."""

    CRITICAL = "critical"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"critical": 0, "warning": 1, "info": 2}[self.value]


@dataclass(frozen=True)
class ItemRef:
    """Points at the thing a signal is about, so a click can open it.

    Attributes:
        area: page key, e.g. ``"rooster"`` or ``"risicos"``.
        kind: what in that area, e.g. ``"member"``, ``"risk"``.
        id: the row id, or None for the area as a whole.
    """

    area: str
    kind: str
    id: int | None = None


@dataclass(frozen=True)
class Signal:
    """One signal.

    Attributes:
        area: area key (``"rooster"``, ``"risicos"``, ...).
        severity: critical, warning or info.
        code: stable snake_case English name, e.g. ``"term_expiring"``.
        subject: who or what it is about, Dutch (a name, a risk code).
        message: the Dutch sentence shown to the user.
        date: the date the signal is about (a term end, a deadline).
        ref: what to open when the user clicks it.
    """

    area: str
    severity: Severity
    code: str
    subject: str
    message: str
    date: dt.date | None = None
    ref: ItemRef | None = field(default=None, compare=False)

    def as_json(self) -> dict[str, object]:
        """The object ``swtgov signals --json`` prints."""
        return {
            "area": self.area,
            "severity": self.severity.value,
            "code": self.code,
            "subject": self.subject,
            "message": self.message,
            "date": self.date.isoformat() if self.date else None,
        }


def sort_signals(signals: list[Signal]) -> list[Signal]:
    """Most severe first, then by date (undated last), then area and subject."""
    return sorted(
        signals,
        key=lambda s: (
            s.severity.rank,
            s.date or dt.date.max,
            s.area,
            s.subject,
            s.code,
        ),
    )
