"""Progress reporting for long work, as a plain callback (the core never knows Qt)."""

from __future__ import annotations

from collections.abc import Callable

from swtgov.errors import SwtgovError

#: ``progress(done, total)``; may raise :class:`Cancelled` to stop the work.
Progress = Callable[[int, int], None]


class Cancelled(SwtgovError):
    """The user stopped the work; nothing was saved."""

    def __init__(self) -> None:
        super().__init__("De bewerking is afgebroken; er is niets opgeslagen.")


def no_progress(done: int, total: int) -> None:
    """The callback for callers that do not show progress."""
