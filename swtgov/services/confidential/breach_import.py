"""Import and export of kind ``datalekken``: one row per breach.

Columns (import-formats.md): ontdekt_op* (moment), omschrijving*, oorzaak,
soorten_gegevens, bijzondere_gegevens (ja/nee), aantal_betrokkenen, gevolgen,
maatregelen, gemeld_ap (ja/nee; **empty means no decision yet**: the 72-hour
clock runs), gemeld_ap_op (moment), ap_meldnummer, reden_niet_gemeld,
reden_te_laat, betrokkenen_geinformeerd (ja/nee), afgehandeld_op.

Moments are Europe/Amsterdam local time and need an hour. An empty gemeld_ap
with a gemeld_ap_op is read as "gemeld". Natural key: ontdekt_op and
omschrijving.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import replace
from typing import Any

from sqlite_utils import Database

from swtgov.domain.confidential.clocks import local_moment
from swtgov.domain.confidential.model import (
    FREE_TEXT_MAX,
    PEOPLE_MAX,
    SHORT_TEXT_MAX,
    DataBreach,
    fold,
    validate_breach,
)
from swtgov.domain.tabular import Column, ParsedRow, Problem
from swtgov.domain.values import Cell, parse_int
from swtgov.services.confidential import importing
from swtgov.services.kinds import ImportPlan
from swtgov.store.confidential import repo


def _people(cell: Cell) -> int:
    return parse_int(cell, 0, PEOPLE_MAX)


_LONG = importing.text(FREE_TEXT_MAX)
_SHORT = importing.text(SHORT_TEXT_MAX)

COLUMNS: tuple[Column, ...] = (
    Column("ontdekt_op", "moment", required=True, aliases=("discovered_at",), parse=importing.read_moment),
    Column("omschrijving", required=True, aliases=("description",), parse=_LONG),
    Column("oorzaak", aliases=("cause",), parse=_SHORT),
    Column("soorten_gegevens", aliases=("data_kinds", "kinds_of_data"), parse=_LONG),
    Column("bijzondere_gegevens", "bool", aliases=("special_data",)),
    Column("aantal_betrokkenen", "int", aliases=("people", "people_affected"), parse=_people),
    Column("gevolgen", aliases=("consequences",), parse=_LONG),
    Column("maatregelen", aliases=("measures",), parse=_LONG),
    Column("gemeld_ap", "bool", aliases=("notified_ap",)),
    Column("gemeld_ap_op", "moment", aliases=("notified_at",), parse=importing.read_moment),
    Column("ap_meldnummer", aliases=("ap_reference",), parse=_SHORT),
    Column("reden_niet_gemeld", aliases=("reason_not_notified",), parse=_LONG),
    Column("reden_te_laat", aliases=("reason_late",), parse=_LONG),
    Column("betrokkenen_geinformeerd", "bool", aliases=("betrokkenen_geïnformeerd", "people_informed")),
    Column("afgehandeld_op", "date", aliases=("closed_on",)),
)

#: import column → attribute of :class:`DataBreach`, with the value an empty cell means
_FIELDS: tuple[tuple[str, str, Any], ...] = (
    ("oorzaak", "cause", ""),
    ("soorten_gegevens", "data_kinds", ""),
    ("bijzondere_gegevens", "special_data", False),
    ("aantal_betrokkenen", "people", None),
    ("gevolgen", "consequences", ""),
    ("maatregelen", "measures", ""),
    ("gemeld_ap", "notify_ap", None),
    ("gemeld_ap_op", "notified_at", None),
    ("ap_meldnummer", "ap_reference", ""),
    ("reden_niet_gemeld", "reason_not_notified", ""),
    ("reden_te_laat", "reason_late", ""),
    ("betrokkenen_geinformeerd", "people_informed", False),
    ("afgehandeld_op", "closed_on", None),
)


def _key(moment: Any, description: str) -> Hashable:
    return (local_moment(moment).isoformat(timespec="minutes"), fold(description))


class BreachKind:
    """The ``datalekken`` import kind."""

    name = "datalekken"
    label = "Datalekken"
    columns = COLUMNS

    def forbidden(self, normalised_header: str) -> str | None:
        """No column is forbidden: the register describes breaches, not people."""
        return None

    def plan(self, db: Database, rows: list[ParsedRow]) -> tuple[ImportPlan, list[Problem]]:
        """Check every row; nothing is written here."""

        def key(row: ParsedRow) -> Hashable | None:
            if row["ontdekt_op"] is None or not row["omschrijving"]:
                return None
            return _key(row["ontdekt_op"], row["omschrijving"])

        def build(row: ParsedRow, existing: DataBreach | None) -> tuple[DataBreach, list[Problem]]:
            record = existing or DataBreach(None, row["ontdekt_op"], row["omschrijving"])
            changes: dict[str, Any] = {"description": row["omschrijving"]}
            for column, attribute, empty in _FIELDS:
                if importing.present(row, column):
                    changes[attribute] = row[column] if row[column] is not None else empty
            record = replace(record, **changes)
            if record.notify_ap is None and record.notified_at is not None and row["gemeld_ap"] is None:
                record = replace(record, notify_ap=True)  # a moment of notification says it was notified
            return record, importing.row_problems(row, validate_breach(record))

        stored = importing.KeyedRecords(repo.load_breaches(db), lambda b: _key(b.discovered_at, b.description))
        return importing.plan_rows(rows, stored, key, build, repo.insert_breach, repo.update_breach)

    def export_rows(self, db: Database) -> list[dict[str, Any]]:
        """Every datalek in order of discovery; moments as Amsterdam local time."""

        def naive(moment: Any) -> Any:
            return local_moment(moment).replace(tzinfo=None) if moment is not None else None

        return [
            {
                "ontdekt_op": naive(b.discovered_at),
                "omschrijving": b.description,
                "oorzaak": b.cause or None,
                "soorten_gegevens": b.data_kinds or None,
                "bijzondere_gegevens": b.special_data,
                "aantal_betrokkenen": b.people,
                "gevolgen": b.consequences or None,
                "maatregelen": b.measures or None,
                "gemeld_ap": b.notify_ap,
                "gemeld_ap_op": naive(b.notified_at),
                "ap_meldnummer": b.ap_reference or None,
                "reden_niet_gemeld": b.reason_not_notified or None,
                "reden_te_laat": b.reason_late or None,
                "betrokkenen_geinformeerd": b.people_informed,
                "afgehandeld_op": b.closed_on,
            }
            for b in repo.load_breaches(db)
        ]
