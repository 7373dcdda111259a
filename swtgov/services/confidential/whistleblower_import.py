"""Import and export of kind ``klokkenluidersmeldingen``.

Columns: ontvangen_op*, kanaal, onderwerp (short, no identities),
ontvangst_bevestigd_op, terugkoppeling_op, verlenging_tot, reden_verlenging,
status. Natural key: ontvangen_op and onderwerp. A column that could identify
the reporter (naam, melder, e-mail …) refuses the whole file: the register does
not keep who reported.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import replace
from typing import Any

from sqlite_utils import Database

from swtgov.domain.confidential.model import (
    CHANNELS,
    FREE_TEXT_MAX,
    STATUSES,
    SUBJECT_MAX,
    WhistleblowerReport,
    fold,
    validate_whistleblower,
)
from swtgov.domain.tabular import Column, ParsedRow, Problem
from swtgov.services.confidential import importing
from swtgov.services.kinds import ImportPlan
from swtgov.store.confidential import repo

NO_IDENTITY = (
    "kan de melder of een betrokkene identificeren. Het register van klokkenluidersmeldingen "
    "bewaart geen identiteit; een bestand met zo'n kolom wordt in zijn geheel geweigerd. Haal de "
    "kolom uit het bestand"
)

COLUMNS: tuple[Column, ...] = (
    Column("ontvangen_op", "date", required=True, aliases=("received_on",)),
    Column("kanaal", aliases=("channel",), parse=importing.choice(CHANNELS)),
    Column("onderwerp", aliases=("subject",), parse=importing.text(SUBJECT_MAX)),
    Column("ontvangst_bevestigd_op", "date", aliases=("acknowledged_on",)),
    Column("terugkoppeling_op", "date", aliases=("feedback_on",)),
    Column("verlenging_tot", "date", aliases=("extended_to",)),
    Column("reden_verlenging", aliases=("extension_reason",), parse=importing.text(FREE_TEXT_MAX)),
    Column("status", parse=importing.choice(STATUSES)),
)

#: import column → attribute of :class:`WhistleblowerReport`, with the value an empty cell means
_FIELDS: tuple[tuple[str, str, Any], ...] = (
    ("kanaal", "channel", None),
    ("ontvangst_bevestigd_op", "acknowledged_on", None),
    ("terugkoppeling_op", "feedback_on", None),
    ("verlenging_tot", "extended_to", None),
    ("reden_verlenging", "extension_reason", ""),
    ("status", "status", "ontvangen"),
)


class WhistleblowerKind:
    """The ``klokkenluidersmeldingen`` import kind."""

    name = "klokkenluidersmeldingen"
    label = "Klokkenluidersmeldingen"
    columns = COLUMNS

    def forbidden(self, normalised_header: str) -> str | None:
        """Refuse the whole file for a column that could identify someone."""
        return NO_IDENTITY if importing.identifying_column(normalised_header) else None

    def plan(self, db: Database, rows: list[ParsedRow]) -> tuple[ImportPlan, list[Problem]]:
        """Check every row; nothing is written here."""

        def key(row: ParsedRow) -> Hashable | None:
            if row["ontvangen_op"] is None:
                return None
            return (row["ontvangen_op"], fold(row["onderwerp"] or ""))

        def build(row: ParsedRow, existing: WhistleblowerReport | None) -> tuple[WhistleblowerReport, list[Problem]]:
            record = existing or WhistleblowerReport(None, row["ontvangen_op"], subject=row["onderwerp"] or "")
            changes: dict[str, Any] = {}
            for column, attribute, empty in _FIELDS:
                if importing.present(row, column):
                    changes[attribute] = row[column] if row[column] is not None else empty
            if existing is not None and importing.present(row, "onderwerp"):
                changes["subject"] = row["onderwerp"] or ""
            record = replace(record, **changes)
            return record, importing.row_problems(row, validate_whistleblower(record))

        stored = importing.KeyedRecords(repo.load_whistleblower(db), lambda r: (r.received_on, fold(r.subject)))
        return importing.plan_rows(rows, stored, key, build, repo.insert_whistleblower, repo.update_whistleblower)

    def export_rows(self, db: Database) -> list[dict[str, Any]]:
        """Every melding, oldest first."""
        return [
            {
                "ontvangen_op": r.received_on,
                "kanaal": r.channel,
                "onderwerp": r.subject or None,
                "ontvangst_bevestigd_op": r.acknowledged_on,
                "terugkoppeling_op": r.feedback_on,
                "verlenging_tot": r.extended_to,
                "reden_verlenging": r.extension_reason or None,
                "status": r.status,
            }
            for r in repo.load_whistleblower(db)
        ]
