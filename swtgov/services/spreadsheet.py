"""Reading and writing the spreadsheets of the import contract (.xlsx and .csv)."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from swtgov.domain.values import Cell
from swtgov.errors import SwtgovError

SUFFIXES = (".xlsx", ".csv")


@dataclass
class Sheet:
    """The cells of one sheet: the header row and the data rows with Excel row numbers."""

    header: list[Cell]
    rows: list[tuple[int, list[Cell]]]


def _check_suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise SwtgovError(
            f'"{path.name}" is geen spreadsheet die swtgov kan lezen of schrijven; '
            "gebruik een .xlsx- of .csv-bestand."
        )
    return suffix


def read_sheet(path: Path, kind: str) -> Sheet:
    """The first sheet (or the one named after the kind) of an .xlsx, or a .csv."""
    path = Path(path)
    suffix = _check_suffix(path)
    if not path.is_file():
        raise SwtgovError(f'Het bestand "{path}" bestaat niet.')
    if suffix == ".csv":
        return _read_csv(path)
    return _read_xlsx(path, kind)


def _decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM) or Windows-1252; a file that mixes them is refused
    by row, never garbled ("Zoë" must not become "ZoÃ«")."""
    from swtgov.services.sheet_reading import decode_csv

    return decode_csv(data, name)


def _delimiter(text: str) -> str:
    """``;`` or ``,``: the one that occurs more in the header line outside quotes."""
    first = text.split("\n", 1)[0]
    counts = {";": 0, ",": 0}
    quoted = False
    for char in first:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    return ";" if counts[";"] >= counts[","] and counts[";"] > 0 else ","


def _read_csv(path: Path) -> Sheet:
    from swtgov.services.sheet_reading import MAX_CSV_BYTES, csv_rows

    if path.stat().st_size > MAX_CSV_BYTES:
        raise SwtgovError(
            f'"{path.name}" is te groot om te importeren (meer dan {MAX_CSV_BYTES // 1_000_000} MB).'
        )
    text = _decode(path.read_bytes(), path.name)
    if not text.strip():
        raise SwtgovError(f'"{path.name}" is leeg: er is geen kopregel.')
    all_rows = csv_rows(text, _delimiter(text), path.name)
    header: list[Cell] = list(all_rows[0][1])
    return Sheet(header, all_rows[1:])


def _trimmed(cells: Sequence[Cell]) -> list[Cell]:
    """An xlsx row without its trailing empty cells (a sheet's rows are as wide as its widest)."""
    row = list(cells)
    while row and (row[-1] is None or (isinstance(row[-1], str) and not row[-1].strip())):
        row.pop()
    return row


def _read_xlsx(path: Path, kind: str) -> Sheet:
    from swtgov.services.sheet_reading import read_xlsx_rows

    header, rows = read_xlsx_rows(path, kind)
    return Sheet(header, [(number, _trimmed(cells)) for number, cells in rows])


def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, Decimal):
        text = f"{value:.2f}"
        return text.replace(".", ",")
    return str(value)


def write_sheet(path: Path, kind: str, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Write an export: .csv as Dutch Excel reads it (``;``, UTF-8 with BOM) or .xlsx.

    No text cell can become a live formula in the reader's spreadsheet: xlsx text is
    written as a string cell, CSV text that starts with ``= + - @``, tab or CR gets a
    leading ``'`` (OWASP); the import removes exactly that ``'`` again. The file is
    written under a temporary name beside the target and renamed when whole.
    """
    from swtgov.outputs import clean_stale, written

    path = Path(path)
    suffix = _check_suffix(path)
    clean_stale(path.parent)
    with written(path, what="De export") as temp:
        if suffix == ".csv":
            _write_csv(temp, header, rows)
        else:
            _write_xlsx(temp, kind, header, rows)


def _write_csv(target: Path, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    from swtgov.domain.values import neutralised

    with open(target, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(header)
        for row in rows:
            writer.writerow([neutralised(v, for_csv=True) if isinstance(v, str) else _csv_text(v) for v in row])


def _write_xlsx(target: Path, kind: str, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from swtgov.domain.values import neutralised

    book = Workbook()
    sheet = book.active
    sheet.title = kind
    sheet.append(list(header))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    from openpyxl.utils.exceptions import IllegalCharacterError

    for number, row in enumerate(rows, start=2):
        try:
            sheet.append([float(v) if isinstance(v, Decimal) else v for v in row])
        except IllegalCharacterError:
            raise SwtgovError(
                f"Rij {number} van de export bevat een onzichtbaar stuurteken (van vóór deze versie van "
                "swtgov), dat een .xlsx-bestand niet kan bevatten. Haal het weg, of exporteer naar .csv."
            ) from None
    for index, name in enumerate(header, start=1):
        letter = sheet.cell(row=1, column=index).column_letter
        sheet.column_dimensions[letter].width = max(12, len(name) + 2)
        for cell in sheet[letter][1:]:
            value = cell.value
            if isinstance(value, str):
                # text is text: openpyxl would write "=..." as a formula
                cell.value = neutralised(value, for_csv=False)
                cell.data_type = "s"
            elif isinstance(value, dt.datetime):
                cell.number_format = "dd-mm-yyyy hh:mm"
            elif isinstance(value, dt.date):
                cell.number_format = "dd-mm-yyyy"
            elif isinstance(value, float):
                cell.number_format = "#,##0.00"
    sheet.freeze_panes = "A2"
    book.save(target)
