"""Write resources/templates/<kind>.xlsx: an empty spreadsheet per import kind.

    python tools/templates.py

The header row is exactly what the import reads and the export writes.
"""

from __future__ import annotations

from pathlib import Path

from swtgov.services import areas
from swtgov.services.spreadsheet import write_sheet

FOLDER = Path(__file__).resolve().parents[1] / "swtgov" / "resources" / "templates"


def write_all(folder: Path = FOLDER) -> list[Path]:
    written = []
    for name, kind in areas.import_kinds().items():
        target = folder / f"{name}.xlsx"
        write_sheet(target, name, [c.name for c in kind.columns], [])
        written.append(target)
    return written


if __name__ == "__main__":
    for path in write_all():
        print(path)
