"""The list of schema steps this version of swtgov knows, as installed by the areas.

Every area declares its schema steps in its :class:`~swtgov.services.area.Area`;
:mod:`swtgov.services.areas` installs them here once, at import, together with the
core step. The store reads the list from here and never reaches up to the services.
Kept apart from :mod:`swtgov.store.migrations` so that opening an up-to-date file
does not import the migration machinery.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

CORE_STEP = "0001_core"
_NAME = re.compile(r"(\d{4})_[a-z0-9_]+")

_steps: list[tuple[str, Callable[["Database"], None]]] | None = None


def install(steps: Sequence[tuple[str, Callable[["Database"], None]]]) -> None:
    """Install the areas' schema steps (called once by :mod:`swtgov.services.areas`).

    Steps are ordered by their number; numbers run from 0002 without gaps.

    Raises:
        ValueError: a malformed or duplicate step name, or a gap in the numbering.
    """
    global _steps
    ordered = sorted(steps, key=lambda step: step[0])
    numbers = []
    for name, _ in ordered:
        match = _NAME.fullmatch(name)
        if not match:
            raise ValueError(f"schema step {name!r}: expected NNNN_name")
        numbers.append(int(match.group(1)))
    if numbers != list(range(2, 2 + len(numbers))):
        raise ValueError(f"schema steps must be numbered 0002, 0003, ... without gaps: {[s[0] for s in ordered]}")
    _steps = list(ordered)


def area_steps() -> list[tuple[str, Callable[["Database"], None]]]:
    """The installed area steps in order (without the core step)."""
    if _steps is None:
        raise RuntimeError("the areas are not installed: import swtgov.services.areas first")
    return list(_steps)


def step_names() -> list[str]:
    """Every step this version knows, core first."""
    return [CORE_STEP] + [name for name, _ in area_steps()]


def version() -> int:
    """The schema version of an up-to-date file: the number of steps."""
    return 1 + len(area_steps())
