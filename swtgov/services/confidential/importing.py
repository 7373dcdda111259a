"""What the three import kinds of the confidential registers share.

* Cell readers for choices (a category, a channel) and for moments in
  Europe/Amsterdam time.
* :func:`identifying_column`: the columns that could identify a person, which
  make a whole vertrouwensmeldingen (or klokkenluidersmeldingen) file fail.
* :func:`plan_rows`: the natural-key matching. A key may occur more than once
  (two anonymous meldingen on one date in one category): the n-th row of the
  file with a key updates the n-th stored record with that key, in the order
  they were stored, and a row beyond those is new. So importing the same file
  twice creates no duplicates, and an export read back changes nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Hashable, Sequence
from typing import Generic, TypeVar

from swtgov.domain.confidential.clocks import local_moment
from swtgov.domain.confidential.model import FieldProblem, canonical, text_problem
from swtgov.domain.tabular import ParsedRow, Problem
from swtgov.domain.values import Cell, ValueProblem, parse_moment
from swtgov.services.kinds import ImportPlan
from swtgov.services.progress import Progress
from swtgov.store.audit import Audit

R = TypeVar("R")
NO_TIME = "heeft geen tijd; de termijn van 72 uur telt vanaf het uur: schrijf bijvoorbeeld 14-3-2026 9:30"
_TIME_AT_END = re.compile(r"\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:[.,]\d+)?)?(?:\s*u(?:ur)?)?$", re.IGNORECASE)

#: words in a column name that point at a person (matched on the normalised name)
_PERSON_WORDS = (
    "naam", "name", "melder", "reporter", "beklaagde", "beschuldigde", "accused", "mail", "telefoon",
    "phone", "mobiel", "adres", "address", "geboorte", "birth", "personeel", "bsn", "initialen",
    "medewerker", "employee", "collega", "leidinggevende", "persoon", "person", "contact",
)  # fmt: skip
_PERSON_TOKENS = {"tel", "wie", "who", "afdeling", "functie", "team", "department"}
_FREE_TEXT = {
    "omschrijving", "beschrijving", "description", "toelichting", "opmerking", "opmerkingen",
    "notitie", "notities", "notes", "note", "verslag", "samenvatting", "tekst", "text", "inhoud",
}  # fmt: skip


def identifying_column(normalised_header: str) -> bool:
    """Whether a (normalised) column name could hold who someone is."""
    tokens = set(normalised_header.split("_"))
    return bool(tokens & _PERSON_TOKENS) or any(word in normalised_header for word in _PERSON_WORDS)


def free_text_column(normalised_header: str) -> bool:
    """Whether a (normalised) column name is a free-text field."""
    return bool(set(normalised_header.split("_")) & _FREE_TEXT)


def choice(known: Sequence[str]) -> Callable[[Cell], str]:
    """A reader for a cell that must be one of ``known`` (case and spacing ignored)."""

    def read(cell: Cell) -> str:
        found = canonical(str(cell), known)
        if found is None:
            raise ValueProblem(f"bestaat niet; kies uit {', '.join(known)}")
        return found

    return read


def read_moment(cell: Cell) -> dt.datetime:
    """A moment in Europe/Amsterdam time: ``14-3-2026 9:30``, ``2026-03-14 09:30``.

    A date without a time is refused in a text cell: the 72-hour clock needs the hour.
    """
    if isinstance(cell, dt.datetime) and cell.tzinfo is not None:
        return local_moment(cell)
    moment = parse_moment(cell)
    if isinstance(cell, str) and not _TIME_AT_END.search(cell.strip()):
        raise ValueProblem(NO_TIME)
    return local_moment(moment)


def text(limit: int) -> Callable[[Cell], str]:
    """A reader for a text cell of at most ``limit`` characters without control characters."""

    def read(cell: Cell) -> str:
        value = str(int(cell)) if isinstance(cell, float) and cell.is_integer() else str(cell).strip()
        reason = text_problem(value, limit)
        if reason:
            raise ValueProblem(reason)
        return value

    return read


def row_problems(row: ParsedRow, problems: Sequence[FieldProblem]) -> list[Problem]:
    """Domain problems of one record, located at its row."""
    return [Problem(row.row, column, reason) for column, reason in problems]


class KeyedRecords(Generic[R]):
    """Stored records by natural key; :meth:`take` hands them out in stored order."""

    def __init__(self, records: Sequence[R], key: Callable[[R], Hashable]) -> None:
        self._by_key: dict[Hashable, list[R]] = {}
        for record in records:
            self._by_key.setdefault(key(record), []).append(record)

    def take(self, key: Hashable) -> R | None:
        """The next stored record with this key not yet taken, or None."""
        waiting = self._by_key.get(key)
        return waiting.pop(0) if waiting else None


#: builds the record of one row: ``build(row, existing) -> (record or None, problems)``
Builder = Callable[[ParsedRow, R | None], tuple[R | None, list[Problem]]]


def plan_rows(
    rows: Sequence[ParsedRow],
    stored: KeyedRecords[R],
    row_key: Callable[[ParsedRow], Hashable | None],
    build: Builder[R],
    insert: Callable[[Audit, R], object],
    update: Callable[[Audit, R], object],
) -> tuple[ImportPlan, list[Problem]]:
    """Match every row to a stored record, build and check it; nothing is written here."""
    plan = ImportPlan()
    problems: list[Problem] = []
    work: list[tuple[bool, R]] = []
    for row in rows:
        key = row_key(row)
        if key is None:  # a required cell is empty or unreadable: already reported
            continue
        existing = stored.take(key)
        record, found = build(row, existing)
        problems.extend(found)
        if record is None or found:
            continue
        if existing is None:
            plan.created += 1
            work.append((True, record))
        elif record != existing:
            plan.updated += 1
            work.append((False, record))
        else:
            plan.unchanged += 1

    def write(audit: Audit, progress: Progress) -> None:
        for done, (is_new, record) in enumerate(work, start=1):
            (insert if is_new else update)(audit, record)
            progress(done, len(work))

    plan.write = write
    return plan, problems


def present(row: ParsedRow, column: str) -> bool:
    """Whether the file has this column (an absent column keeps the stored value)."""
    return column in row.values
