"""Reading and writing the spreadsheets of the import contract (.xlsx and .csv)."""

from __future__ import annotations

import csv
import datetime as dt
import io
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


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


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
    text = _decode(path.read_bytes())
    if not text.strip():
        raise SwtgovError(f'"{path.name}" is leeg: er is geen kopregel.')
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    all_rows = list(reader)
    header: list[Cell] = list(all_rows[0])
    rows: list[tuple[int, list[Cell]]] = [
        (number, list(cells)) for number, cells in enumerate(all_rows[1:], start=2)
    ]
    return Sheet(header, rows)


def _trimmed(cells: Sequence[Cell]) -> list[Cell]:
    """An xlsx row without its trailing empty cells (a sheet's rows are as wide as its widest)."""
    row = list(cells)
    while row and (row[-1] is None or (isinstance(row[-1], str) and not row[-1].strip())):
        row.pop()
    return row


def _read_xlsx(path: Path, kind: str) -> Sheet:
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, OSError, KeyError, ValueError) as exc:
        raise SwtgovError(f'"{path.name}" kan niet als Excel-bestand worden gelezen ({exc}).') from None
    try:
        names = {name.strip().lower(): name for name in book.sheetnames}
        sheet = book[names[kind]] if kind in names else book.worksheets[0]
        iterator = sheet.iter_rows(values_only=True)
        try:
            header = list(next(iterator))
        except StopIteration:
            raise SwtgovError(f'"{path.name}" is leeg: er is geen kopregel.') from None
        rows = [(number, _trimmed(cells)) for number, cells in enumerate(iterator, start=2)]
    finally:
        book.close()
    while header and (header[-1] is None or str(header[-1]).strip() == ""):
        header.pop()
    return Sheet(header, rows)


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
    """Write an export: .csv as Dutch Excel reads it (``;``, UTF-8 with BOM) or .xlsx."""
    path = Path(path)
    suffix = _check_suffix(path)
    partial = path.with_name(path.name + ".partial")
    if suffix == ".csv":
        with open(partial, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(header)
            for row in rows:
                writer.writerow([_csv_text(v) for v in row])
    else:
        from openpyxl import Workbook
        from openpyxl.styles import Font

        book = Workbook()
        sheet = book.active
        sheet.title = kind
        sheet.append(list(header))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append([float(v) if isinstance(v, Decimal) else v for v in row])
        for index, name in enumerate(header, start=1):
            letter = sheet.cell(row=1, column=index).column_letter
            sheet.column_dimensions[letter].width = max(12, len(name) + 2)
            for cell in sheet[letter][1:]:
                value = cell.value
                if isinstance(value, dt.datetime):
                    cell.number_format = "dd-mm-yyyy hh:mm"
                elif isinstance(value, dt.date):
                    cell.number_format = "dd-mm-yyyy"
                elif isinstance(value, float):
                    cell.number_format = "#,##0.00"
        sheet.freeze_panes = "A2"
        book.save(partial)
    partial.replace(path)
