"""Import and export of kind ``vertrouwensmeldingen``: the vertrouwenspersoon, anonymous.

Columns: datum*, categorie* (a list), gesprekken, afloop. A file with a column
that could identify someone (naam, melder, beklaagde, e-mail, telefoon …) or a
free-text column is refused as a whole, before any row is read: this register
is anonymous by design and has no field for either.

Natural key: the date and the categories; two meldingen with the same key are
matched in order (see :mod:`.importing`). A re-import updates gesprekken and
afloop.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import replace
from typing import Any

from sqlite_utils import Database

from swtgov.domain.confidential.model import (
    CONSULTATIONS_MAX,
    OUTCOMES,
    CounsellorReport,
    canonical,
    validate_counsellor,
)
from swtgov.domain.tabular import Column, ParsedRow, Problem
from swtgov.domain.values import Cell, parse_int
from swtgov.services.confidential import importing, registers
from swtgov.services.kinds import ImportPlan
from swtgov.store.confidential import repo

ANONYMOUS = (
    "kan iemand identificeren. Het register van de vertrouwenspersoon is anoniem: het heeft geen "
    "veld voor een naam of contactgegevens, en een bestand met zo'n kolom wordt in zijn geheel "
    "geweigerd. Haal de kolom (en de gegevens erin) uit het bestand"
)
NO_FREE_TEXT = (
    "is vrije tekst. Het register van de vertrouwenspersoon is anoniem en heeft geen vrije tekst; "
    "een bestand met zo'n kolom wordt in zijn geheel geweigerd. Haal de kolom uit het bestand"
)


def _consultations(cell: Cell) -> int:
    return parse_int(cell, 0, CONSULTATIONS_MAX)


COLUMNS: tuple[Column, ...] = (
    Column("datum", "date", required=True, aliases=("date",)),
    Column("categorie", "list", required=True, aliases=("category", "categorieen", "categorieën")),
    Column("gesprekken", "int", aliases=("consultations", "aantal_gesprekken"), parse=_consultations),
    Column("afloop", aliases=("outcome",), parse=importing.choice(OUTCOMES)),
)


class CounsellorKind:
    """The ``vertrouwensmeldingen`` import kind."""

    name = "vertrouwensmeldingen"
    label = "Vertrouwensmeldingen"
    columns = COLUMNS

    def forbidden(self, normalised_header: str) -> str | None:
        """Refuse the whole file for a column that could identify someone, or free text."""
        if importing.identifying_column(normalised_header):
            return ANONYMOUS
        if importing.free_text_column(normalised_header):
            return NO_FREE_TEXT
        return None

    def plan(self, db: Database, rows: list[ParsedRow]) -> tuple[ImportPlan, list[Problem]]:
        """Check every row; nothing is written here."""
        known = registers.categories(db)
        order = {c: i for i, c in enumerate(known)}

        def categories_of(row: ParsedRow) -> tuple[str, ...] | None:
            names = [canonical(c, known) for c in row["categorie"] or []]
            if not names or None in names:
                return None
            return tuple(sorted(set(n for n in names if n), key=order.__getitem__))

        def key(row: ParsedRow) -> Hashable | None:
            categories = categories_of(row)
            if row["datum"] is None or categories is None:
                problems.extend(
                    Problem(row.row, "categorie", f"bestaat niet; kies uit {', '.join(known)}", c)
                    for c in row["categorie"] or [] if canonical(c, known) is None
                )  # fmt: skip
                return None
            return (row["datum"], categories)

        def build(row: ParsedRow, existing: CounsellorReport | None) -> tuple[CounsellorReport | None, list[Problem]]:
            categories = categories_of(row) or ()
            if existing is None:
                record = CounsellorReport(None, row["datum"], categories,
                                          row["gesprekken"] if row["gesprekken"] is not None else 1,
                                          row["afloop"])  # fmt: skip
            else:
                record = replace(
                    existing,
                    consultations=_kept(row, "gesprekken", existing.consultations, default=1),
                    outcome=row["afloop"] if importing.present(row, "afloop") else existing.outcome,
                )
            return record, importing.row_problems(row, validate_counsellor(record, known))

        problems: list[Problem] = []
        def stored_key(report: CounsellorReport) -> Hashable:
            return (report.reported_on, tuple(sorted(report.categories, key=lambda c: order.get(c, len(order)))))

        stored = importing.KeyedRecords(repo.load_counsellor(db), stored_key)
        plan, more = importing.plan_rows(rows, stored, key, build, repo.insert_counsellor, repo.update_counsellor)
        return plan, problems + more

    def export_rows(self, db: Database) -> list[dict[str, Any]]:
        """Every melding, oldest first; categories as a list."""
        return [
            {"datum": r.reported_on, "categorie": list(r.categories), "gesprekken": r.consultations,
             "afloop": r.outcome}  # fmt: skip
            for r in repo.load_counsellor(db)
        ]


def _kept(row: ParsedRow, column: str, stored: Any, default: Any) -> Any:
    """The row's value of a present column (empty: ``default``), else the stored one."""
    if not importing.present(row, column):
        return stored
    return row[column] if row[column] is not None else default
