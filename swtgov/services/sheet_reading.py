"""Reading a spreadsheet that may be hostile, without letting it take the machine down.

The limits of the import contract (import-formats.md): at most :data:`MAX_ROWS` data
rows and :data:`MAX_COLUMNS` columns; rows and columns are read as far as they hold
values, whatever the sheet's ``<dimension>`` claims. An .xlsx is parsed through
``defusedxml`` (openpyxl uses it when installed: no entity expansion), its size
unpacked is checked before anything is read, and a formula cell without a stored
result is refused by row and column. A CSV is UTF-8 or Windows-1252 as a whole; a
file that mixes them is refused by row. Every failure is a known error in Dutch.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from swtgov.domain.tabular import Problem
from swtgov.domain.values import Cell
from swtgov.errors import ImportRejected, SwtgovError

MAX_ROWS = 100_000
MAX_COLUMNS = 250
#: a CSV larger than this is refused before it is read
MAX_CSV_BYTES = 200_000_000
#: an .xlsx whose parts unpack to more than this is refused before it is read
MAX_XLSX_UNPACKED = 500_000_000
#: how many refused rows are named; the rest are counted
NAMED_ROWS = 20


class _Uncalculated:
    """A formula cell without a stored result (the sheet was not saved by Excel)."""


UNCALCULATED = _Uncalculated()


def _thousands(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def too_many_rows(name: str) -> SwtgovError:
    return SwtgovError(
        f'"{name}" heeft meer dan {_thousands(MAX_ROWS)} rijen; swtgov importeert er hoogstens '
        f"{_thousands(MAX_ROWS)} per keer. Splits het bestand."
    )


# --- CSV -----------------------------------------------------------------------------


def decode_csv(data: bytes, name: str) -> str:
    """The text of a CSV: UTF-8 (BOM or not) or else Windows-1252, never a mix.

    Raises:
        ImportRejected: some lines are UTF-8 with accents and others are not UTF-8
            (one file, two encodings), each such row named.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")
    utf8_accented = False
    broken: list[int] = []
    for number, line in enumerate(lines, start=1):
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            broken.append(number)
            continue
        if not text.isascii():
            utf8_accented = True
    if utf8_accented:
        shown = broken[:NAMED_ROWS]
        problems = [
            Problem(number, None, "is in een andere tekencodering opgeslagen (Windows-1252) dan de rest van "
                    "het bestand (UTF-8); sla het bestand opnieuw op als CSV UTF-8")
            for number in shown
        ]
        if len(broken) > len(shown):
            problems.append(Problem(None, None, f"en nog {len(broken) - len(shown)} rijen met dezelfde fout"))
        raise ImportRejected(problems)
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportRejected([Problem(line, None, "bevat een teken dat in geen bekende tekencodering past; "
                                                  "sla het bestand opnieuw op als CSV UTF-8")]) from None


def csv_rows(text: str, delimiter: str, name: str) -> list[tuple[int, list[Cell]]]:
    """Every row with its number as Excel shows it (a quoted line break stays in its row).

    Raises:
        SwtgovError: more than :data:`MAX_ROWS` data rows.
        ImportRejected: a cell too large for any field, or a broken quote, by row.
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[Cell]]] = []
    number = 0
    filled = 0
    try:
        for cells in reader:
            number += 1
            if any(c.strip() for c in cells):
                filled += 1
                if filled > MAX_ROWS + 1:
                    raise too_many_rows(name)
            if len(cells) > MAX_COLUMNS:
                raise ImportRejected([Problem(number, None, f"heeft {len(cells)} cellen; swtgov leest hoogstens "
                                                            f"{MAX_COLUMNS} kolommen")])
            rows.append((number, [_restore(c) for c in cells] if number > 1 else list(cells)))
    except csv.Error:
        row = number + 1
        limit = _thousands(csv.field_size_limit())
        raise ImportRejected([Problem(row, None, f"bevat een cel van meer dan {limit} tekens of een "
                                                 "aanhalingsteken dat niet wordt gesloten")]) from None
    return rows


def _restore(cell: str) -> str:
    from swtgov.domain.values import unneutralised

    return unneutralised(cell) if cell[:1] == "'" else cell


# --- xlsx ----------------------------------------------------------------------------


def _unreadable(name: str, why: str = "het is beschadigd of geen .xlsx-bestand") -> SwtgovError:
    return SwtgovError(f'"{name}" kan niet als Excel-bestand worden gelezen: {why}.')


def _check_archive(path: Path) -> None:
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(max(0, info.file_size) for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise _unreadable(path.name, "het is geen geldig .xlsx-bestand (geen zip-archief)") from None
    if unpacked > MAX_XLSX_UNPACKED:
        raise _unreadable(path.name, "het is uitgepakt te groot (meer dan 500 MB)")


def _parser_class() -> type:
    from openpyxl.worksheet._reader import FORMULA_TAG, WorkSheetParser

    class Parser(WorkSheetParser):  # type: ignore[misc, valid-type]
        """openpyxl's parser, keeping no row dimensions and marking uncalculated formulas."""

        def parse_row(self, row: Any) -> tuple[int, list[dict[str, Any]]]:
            attrs = row.attrib
            if "r" in attrs:
                self.row_counter = int(float(attrs["r"]))
            else:
                self.row_counter += 1
            self.col_counter = 0
            return self.row_counter, [self.parse_cell(el) for el in row]

        def parse_cell(self, element: Any) -> dict[str, Any]:
            cell = super().parse_cell(element)
            if cell["value"] is None and element.find(FORMULA_TAG) is not None:
                cell["value"] = UNCALCULATED
            return cell

    return Parser


def _sheet_rows(book: Any, sheet: Any) -> Iterator[tuple[int, list[dict[str, Any]]]]:
    source = book._archive.open(sheet._worksheet_path)
    try:
        parser = _parser_class()(
            source, sheet._shared_strings, data_only=True, epoch=book.epoch,
            date_formats=book._date_formats, timedelta_formats=book._timedelta_formats,
        )
        yield from parser.parse()
    finally:
        source.close()


def _letter(column: int) -> str:
    from openpyxl.utils import get_column_letter

    try:
        return get_column_letter(column)
    except ValueError:
        return str(column)


def read_xlsx_rows(path: Path, kind: str) -> tuple[list[Cell], list[tuple[int, list[Cell]]]]:
    """The header and the data rows of the sheet named after ``kind`` (else the first).

    Raises:
        SwtgovError: not a readable .xlsx, empty, or too many rows.
        ImportRejected: formula cells without a stored result, or rows wider than
            :data:`MAX_COLUMNS`, each by row and column.
    """
    _check_archive(path)
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (MemoryError, RecursionError):
        raise _unreadable(path.name, "het is te groot of te diep genest") from None
    except Exception as exc:  # noqa: BLE001 - any failure to parse a foreign file is "unreadable"
        raise _unreadable(path.name, _why(exc)) from None
    try:
        return _read_book(book, path.name, kind)
    except SwtgovError:
        raise
    except (MemoryError, RecursionError):
        raise _unreadable(path.name, "het is te groot of te diep genest") from None
    except Exception as exc:  # noqa: BLE001
        raise _unreadable(path.name, _why(exc)) from None
    finally:
        book.close()


def _why(exc: Exception) -> str:
    kind = type(exc).__name__
    if "Entities" in kind or "DTD" in kind or "External" in kind:
        return "het bevat XML-entiteiten, die swtgov uit veiligheid weigert"
    if "Zip" in kind or "zlib" in type(exc).__module__ or "CRC" in str(exc):
        return "een onderdeel van het zip-archief is beschadigd"
    if "Parse" in kind or "XML" in kind or "Syntax" in kind:
        return "de XML erin is beschadigd"
    return "het is beschadigd of geen .xlsx-bestand"


def _read_book(book: Any, name: str, kind: str) -> tuple[list[Cell], list[tuple[int, list[Cell]]]]:
    names = {sheet_name.strip().lower(): sheet_name for sheet_name in book.sheetnames}
    if not names:
        raise SwtgovError(f'"{name}" is leeg: er is geen werkblad.')
    sheet = book[names[kind]] if kind in names else book.worksheets[0]
    header: list[Cell] | None = None
    rows: list[tuple[int, list[Cell]]] = []
    problems: list[Problem] = []
    filled = 0
    for number, cells in _sheet_rows(book, sheet):
        values = [(c["column"], c["value"]) for c in cells if c["value"] is not None and c["value"] != ""]
        if not values:
            if header is None:
                continue
            continue
        filled += 1
        if filled > MAX_ROWS + 1:
            raise too_many_rows(name)
        widest = max(column for column, _ in values)
        if widest > MAX_COLUMNS:
            problems.append(Problem(number, None, f"heeft een waarde in kolom {_letter(widest)}; swtgov leest "
                                                  f"hoogstens {MAX_COLUMNS} kolommen"))
            continue
        row: list[Cell] = [None] * widest
        for column, value in values:
            if value is UNCALCULATED:
                label = _label(header, column)
                problems.append(Problem(number, label, "is een formule zonder opgeslagen uitkomst (het bestand is "
                                                       "niet met Excel opgeslagen); open het in Excel, sla het op "
                                                       "en importeer het opnieuw"))
                value = None
            elif isinstance(value, str):
                value = _restore(value) if value[:1] == "'" and header is not None else value
            row[column - 1] = value
        if header is None:
            header = row
            continue
        rows.append((number, row))
    if header is None:
        raise SwtgovError(f'"{name}" is leeg: er is geen kopregel.')
    if problems:
        raise ImportRejected(problems)
    while header and (header[-1] is None or str(header[-1]).strip() == ""):
        header.pop()
    return header, rows


def _label(header: list[Cell] | None, column: int) -> str:
    if header is not None and column <= len(header) and header[column - 1] not in (None, ""):
        return str(header[column - 1])
    return _letter(column)
