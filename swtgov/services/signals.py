"""All signals of every area as of a date: the Overzicht and ``swtgov signals``."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from swtgov.domain.signals import Signal, sort_signals
from swtgov.services.areas import with_hook


def collect(db: Database, as_of: dt.date | None = None) -> list[Signal]:
    """Every area's signals, most severe first."""
    day = as_of or dt.date.today()
    found: list[Signal] = []
    for area in with_hook("signals"):
        found.extend(area.signals(db, day))  # type: ignore[misc]
    return sort_signals(found)
