"""Exporting the besluitenlijst and the actielijst as shown (filtered) on the page."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from swtgov.services.spreadsheet import write_sheet


def export(path: Path, kind: str, rows: Sequence[dict[str, object]]) -> int:
    """Write ``rows`` (column name -> value, same keys in every row) to .xlsx or .csv; returns the count.

    The actielijst uses the columns of the ``actiepunten`` import, so it can be edited and imported back.
    """
    header = list(rows[0]) if rows else (["orgaan", "datum", "omschrijving", "wie", "deadline", "status",
                                          "gereed_op"] if kind == "actiepunten"
                                         else ["nummer", "datum", "orgaan", "agendapunt", "besluit"])
    write_sheet(Path(path), kind, header, [[row.get(c) for c in header] for row in rows])
    return len(rows)
