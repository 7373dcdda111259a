"""The demo organisation: Stichting Wijkteams Voorbeeldstad (all people fictional)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from swtgov.errors import FileProblem
from swtgov.services.areas import with_hook
from swtgov.store.governance import GovernanceFile, create_file

DEMO_NAME = "Stichting Wijkteams Voorbeeldstad"
SCALES = ("normal", "large")


def create_demo(path: Path, scale: str = "normal", today: dt.date | None = None) -> GovernanceFile:
    """Create the demo file with every area's demo data; returns it open.

    Args:
        path: where to create it (must not exist).
        scale: ``normal`` for a realistic year, ``large`` for ten years of
            history (benchmarks).
        today: the date the demo is built around (default today).
    """
    if scale not in SCALES:
        raise FileProblem(f'Onbekende schaal "{scale}"; kies normal of large.')
    gf = create_file(Path(path), DEMO_NAME)
    day = today or dt.date.today()
    try:
        for area in with_hook("demo"):
            with gf.change() as audit:
                area.demo(audit, gf.db, scale, day)  # type: ignore[misc]
    except BaseException:
        gf.close()
        raise
    return gf
