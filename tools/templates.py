"""Write swtgov/resources/templates/<kind>.xlsx: a ready-to-fill spreadsheet per import kind.

    python tools/templates.py

Each template has, on its first sheet, the header row exactly as the import reads and the
export writes, and one example row (the first row the export of the fictional demo
organisation writes, so it is valid by construction). A second sheet, *Toelichting*,
explains every column: required or not, and its meaning, taken from ``docs/import.md``
(the one place the contract is written down; a test keeps that in step with the code).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from pathlib import Path

from swtgov.services import areas
from swtgov.services.spreadsheet import write_sheet

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "swtgov" / "resources" / "templates"
CONTRACT = ROOT / "docs" / "import.md"
EXPLANATION_SHEET = "Toelichting"
#: the demo is built as of this day, so the example rows do not change from run to run
DEMO_DAY = dt.date(2026, 11, 22)


def column_meanings(text: str | None = None) -> dict[str, dict[str, tuple[bool, str]]]:
    """kind -> column -> (required, meaning), read from the tables in docs/import.md."""
    text = CONTRACT.read_text(encoding="utf-8") if text is None else text
    result: dict[str, dict[str, tuple[bool, str]]] = {}
    kind = None
    for line in text.splitlines():
        heading = re.match(r"^### `([a-z_]+)`", line)
        if heading:
            kind = heading.group(1)
            result[kind] = {}
            continue
        cells = re.match(r"^\| `([a-z_0-9]+)`[^|]*\| (ja|nee) \| (.*) \|$", line)
        if kind and cells:
            meaning = cells.group(3).replace("\\|", "|").replace("`", "").replace("**", "")
            result[kind][cells.group(1)] = (cells.group(2) == "ja", meaning)
    return result


def example_rows(kinds: list[str]) -> dict[str, tuple[list[str], list[object]]]:
    """kind -> (header, first exported row) from a fresh demo file."""
    from openpyxl import load_workbook

    from swtgov.services.demo import create_demo
    from swtgov.services.transfer import run_export

    rows: dict[str, tuple[list[str], list[object]]] = {}
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("SWTGOV_HOME", str(Path(folder) / "home"))
        gf = create_demo(Path(folder) / "demo.swtgov", today=DEMO_DAY)
        try:
            for kind in kinds:
                target = Path(folder) / f"{kind}.xlsx"
                if not run_export(gf, kind, target):
                    continue
                book = load_workbook(target)
                values = list(book.worksheets[0].iter_rows(min_row=1, max_row=2, values_only=True))
                book.close()
                if len(values) == 2:
                    rows[kind] = ([str(v) for v in values[0]], list(values[1]))
        finally:
            gf.close()
    return rows


def write_template(target: Path, name: str, columns: list, example: list[object] | None,
                   meanings: dict[str, tuple[bool, str]]) -> None:
    """One template: header and example on the first sheet, the explanations on the second."""
    from openpyxl import load_workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    header = [c.name for c in columns]
    write_sheet(target, name, header, [example] if example else [])
    book = load_workbook(target)
    sheet = book.worksheets[0]
    bold = Font(bold=True)
    for cell in sheet[1]:
        cell.font = bold
        cell.fill = PatternFill("solid", fgColor="E9EDF3")
    if example:
        for cell in sheet[2]:
            cell.font = Font(italic=True, color="5B6472")
    for index, column in enumerate(columns, start=1):
        letter = sheet.cell(row=1, column=index).column_letter
        sheet.column_dimensions[letter].width = max(12, min(40, len(column.name) + 4))
    sheet.freeze_panes = "A2"
    notes = book.create_sheet(EXPLANATION_SHEET)
    notes.append(["kolom", "verplicht", "ook herkend als", "betekenis"])
    for cell in notes[1]:
        cell.font = bold
    for column in columns:
        required, meaning = meanings.get(column.name, (column.required, ""))
        notes.append([column.name, "ja" if column.required else "nee", ", ".join(column.aliases), meaning])
    notes.append([])
    notes.append(["Rij 2 van het eerste blad is een voorbeeld uit een verzonnen organisatie: "
                  "vervang of verwijder die regel voordat u importeert."])
    notes.append(["Datums als 1-10-2026 of 1 oktober 2026; bedragen als € 1.234,56; ja/nee als ja of nee. "
                  "Meer in docs/import.md en in Help › Handleiding."])
    for letter, width in zip("ABCD", (24, 10, 24, 90), strict=True):
        notes.column_dimensions[letter].width = width
    for row in notes.iter_rows(min_row=2):
        row[-1].alignment = Alignment(wrap_text=True, vertical="top")
    book.save(target)


def write_all(folder: Path = FOLDER) -> list[Path]:
    """Write every kind's template; returns the files written."""
    kinds = areas.import_kinds()
    with_columns = [name for name, kind in kinds.items() if kind.columns]
    examples = example_rows(with_columns)
    meanings = column_meanings()
    written = []
    for name, kind in kinds.items():
        target = folder / f"{name}.xlsx"
        columns = list(kind.columns)
        if not columns:  # import only, from another program's file (an auditfile): no template
            target.unlink(missing_ok=True)
            continue
        header, row = examples.get(name, ([], None))
        example = row if header == [c.name for c in columns] else None
        write_template(target, name, columns, example, meanings.get(name, {}))
        written.append(target)
    return written


if __name__ == "__main__":
    for path in write_all():
        print(path)
