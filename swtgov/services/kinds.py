"""What an importable, exportable kind provides to the framework."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlite_utils import Database

from swtgov.domain.tabular import Column, ParsedRow, Problem
from swtgov.services.progress import Progress
from swtgov.store.audit import Audit


@dataclass
class ImportPlan:
    """What an import will do, worked out before anything is written.

    Attributes:
        created: rows that will be new.
        updated: rows that exist (by natural key) and will change.
        unchanged: rows that exist and already hold these values.
        notes: Dutch remarks for the summary ("3 kostenregels stonden negatief ...").
        warnings: Dutch warnings that do not stop the import.
        write: does the writing, in the caller's transaction.
    """

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    write: Callable[[Audit, Progress], None] | None = None


class ImportKind(Protocol):
    """An area's import and export of one kind (``rooster``, ``risicos``, ...)."""

    name: str
    label: str
    columns: Sequence[Column]

    def forbidden(self, normalised_header: str) -> str | None:
        """A Dutch reason when a column must never be imported, else None."""
        ...

    def plan(self, db: Database, rows: list[ParsedRow]) -> tuple[ImportPlan, list[Problem]]:
        """Validate across rows and against the file; nothing is written here."""
        ...

    def export_rows(self, db: Database) -> list[dict[str, Any]]:
        """Every row as ``{column name: value}``, in the kinds' natural order."""
        ...
