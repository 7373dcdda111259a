"""The general part of the spreadsheet contract: columns, headers, rows, problems.

Pure: takes header names and cell values, returns parsed rows and a list of
problems as data (every problem at once, never only the first).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from swtgov.domain import values as v

COLUMN_KINDS = ("text", "int", "date", "moment", "amount", "bool", "list")
#: the longest text of a column by its name: names 200, titles 300 (others: free text)
TEXT_LIMITS = {
    **dict.fromkeys(("naam", "eigenaar", "inbrenger", "orgaan", "locatie", "email", "telefoon",
                     "rol", "categorie", "status", "soort", "code", "nummer"), v.NAME_LENGTH),
    **dict.fromkeys(("titel", "post", "onderwerp"), v.TITLE_LENGTH),
}


def normalise(name: object) -> str:
    """Header matching: case-insensitive, trimmed, ``_``, ``-`` and spaces alike."""
    text = str(name if name is not None else "").strip().lower()
    return re.sub(r"[\s_\-]+", "_", text)


@dataclass(frozen=True)
class Column:
    """One column of an import kind.

    Attributes:
        name: the Dutch name, as the export writes it.
        kind: how the value is read and written: one of :data:`COLUMN_KINDS`.
        required: a row without it is refused.
        aliases: other accepted names (the English ones).
        parse: a custom reader that overrides the kind's; raises ValueProblem.
        max_length: the longest text the cell may hold; default by the column's name
            (:data:`TEXT_LIMITS`: names 200, titles 300), else free text (10,000).
    """

    name: str
    kind: str = "text"
    required: bool = False
    aliases: tuple[str, ...] = ()
    parse: Callable[[v.Cell], Any] | None = None
    max_length: int | None = None

    def names(self) -> set[str]:
        return {normalise(self.name), *(normalise(a) for a in self.aliases)}

    def limit(self) -> int:
        """The longest text this column takes (import-formats.md, "Text")."""
        if self.max_length is not None:
            return self.max_length
        return TEXT_LIMITS.get(normalise(self.name), v.TEXT_LENGTH)

    def read(self, cell: v.Cell) -> Any:
        if isinstance(cell, str):
            v.check_text(cell, self.limit())  # no control characters, no endless text
        if self.parse is not None:
            return self.parse(cell)
        if self.kind == "text":
            return str(cell).strip() if not isinstance(cell, float) or not cell.is_integer() else str(int(cell))
        reader: Callable[[v.Cell], Any] = {
            "int": _bounded_int,
            "date": v.parse_date,
            "moment": v.parse_moment,
            "amount": v.parse_amount,
            "bool": v.parse_bool,
            "list": v.parse_list,
        }[self.kind]
        return reader(cell)


def _bounded_int(cell: v.Cell) -> int:
    """A whole number of a column without its own reader: within ±:data:`~v.INT_LIMIT`."""
    return v.parse_int(cell, -v.INT_LIMIT, v.INT_LIMIT)


def show_cell(cell: v.Cell) -> str:
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip() if cell is not None else ""


@dataclass(frozen=True)
class Problem:
    """One reason an import is refused, located the way Excel shows it.

    ``str(problem)`` reads ``rij 7, kolom "einde": "31-02-2026" is geen geldige datum``.
    """

    row: int | None
    column: str | None
    reason: str
    value: str | None = None

    def __str__(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"rij {self.row}")
        if self.column is not None:
            where.append(f'kolom "{self.column}"')
        text = f'"{self.value}" {self.reason}' if self.value not in (None, "") else self.reason
        return f"{', '.join(where)}: {text}" if where else text


@dataclass
class ParsedRow:
    """A row that parsed: its Excel row number and its values by column name.

    Empty optional cells are None.
    """

    row: int
    values: dict[str, Any] = field(default_factory=dict)

    def __getitem__(self, name: str) -> Any:
        return self.values.get(name)


@dataclass(frozen=True)
class HeaderMap:
    """Which spreadsheet column feeds which import column.

    ``width`` is the number of cells in the header row (None: not known); a data row
    with a value past it is refused (see :func:`parse_rows`).
    """

    positions: dict[int, Column]
    width: int | None = None

    def present(self) -> set[str]:
        return {c.name for c in self.positions.values()}


def map_header(
    headers: Sequence[object],
    columns: Sequence[Column],
    forbidden: Callable[[str], str | None] | None = None,
) -> tuple[HeaderMap, list[Problem]]:
    """Match the header row to the kind's columns.

    Args:
        headers: the cells of row 1.
        columns: the kind's columns.
        forbidden: optional check that returns a Dutch reason for a column that
            must never be imported (a register that is anonymous by design).
    """
    by_name = {n: c for c in columns for n in c.names()}
    problems: list[Problem] = []
    positions: dict[int, Column] = {}
    seen: dict[str, int] = {}
    for index, header in enumerate(headers):
        label = show_cell(header)  # type: ignore[arg-type]
        if not label:
            continue
        key = normalise(label)
        if forbidden is not None:
            reason = forbidden(key)
            if reason:
                problems.append(Problem(1, label, reason))
                continue
        column = by_name.get(key)
        if column is None:
            guess = difflib.get_close_matches(key, list(by_name), n=1, cutoff=0.6)
            hint = f'; bedoelt u "{by_name[guess[0]].name}"?' if guess else ""
            known = ", ".join(c.name for c in columns)
            problems.append(
                Problem(1, label, f"is een onbekende kolom{hint} (bekende kolommen: {known})")
            )
            continue
        if column.name in seen:
            problems.append(Problem(1, label, f'staat twee keer in de kopregel (ook kolom {seen[column.name] + 1})'))
            continue
        seen[column.name] = index
        positions[index] = column
    present = {c.name for c in positions.values()}
    for column in columns:
        if column.required and column.name not in present:
            problems.append(Problem(None, column.name, "verplichte kolom ontbreekt in de kopregel"))
    return HeaderMap(positions, len(headers)), problems


def too_many_cells(number: int, count: int, width: int) -> Problem:
    """The problem of a row with more cells than the header row (named by its row)."""
    return Problem(
        number,
        None,
        f"deze rij heeft {count} cellen, de kopregel maar {width}; waarschijnlijk bevat een waarde "
        'het scheidingsteken van het bestand (bijvoorbeeld een ";" in een naam) zonder '
        "aanhalingstekens eromheen. Zet die waarde tussen aanhalingstekens of haal het teken weg",
    )


def parse_rows(
    rows: Iterable[tuple[int, Sequence[v.Cell]]], header: HeaderMap
) -> tuple[list[ParsedRow], list[Problem]]:
    """Read every data row; empty rows are skipped, every bad cell reported.

    A row with a value past the header's width (when known) is reported as one problem
    and not read further: its cells have shifted, so every other complaint would mislead.
    """
    parsed: list[ParsedRow] = []
    problems: list[Problem] = []
    for number, cells in rows:
        if all(v.is_empty(c) for c in cells):
            continue
        if header.width is not None and len(cells) > header.width:
            problems.append(too_many_cells(number, len(cells), header.width))
            continue
        row = ParsedRow(number)
        for index, column in header.positions.items():
            cell = cells[index] if index < len(cells) else None
            if v.is_empty(cell):
                row.values[column.name] = None
                if column.required:
                    problems.append(Problem(number, column.name, "is leeg, maar verplicht"))
                continue
            try:
                row.values[column.name] = column.read(cell)
            except v.ValueProblem as exc:
                problems.append(Problem(number, column.name, str(exc), show_cell(cell)))
        parsed.append(row)
    return parsed, problems


def export_cell(column: Column, value: Any) -> Any:
    """A value as an export writes it, so the import reads it back unchanged.

    Dates stay dates and amounts become euros as a Decimal (the writer decides
    how a file type shows them); lists are joined with ``, ``; yes/no is ja/nee.
    """
    if value is None:
        return None
    if column.kind == "amount":
        from decimal import Decimal

        return Decimal(int(value)) / 100
    if column.kind == "bool":
        return "ja" if value else "nee"
    if column.kind == "list":
        return ", ".join(str(x) for x in value)
    return value
