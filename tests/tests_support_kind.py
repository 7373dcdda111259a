"""A small import kind for testing the import framework without a real area."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from swtgov.domain.tabular import Column, ParsedRow, Problem
from swtgov.services.kinds import ImportPlan


class ThingsKind:
    """Rows go to file_info as key 'ding:<naam>' with a JSON value."""

    name = "dingen"
    label = "Dingen"
    columns = (
        Column("naam", required=True, aliases=("name",)),
        Column("bedrag", "amount", aliases=("amount",)),
        Column("datum", "date", required=True, aliases=("date",)),
        Column("actief", "bool"),
        Column("labels", "list"),
    )

    def forbidden(self, header: str) -> str | None:
        return "mag niet: dit register is anoniem" if header == "melder" else None

    def plan(self, db: Any, rows: list[ParsedRow]) -> tuple[ImportPlan, list[Problem]]:
        problems = []
        seen: dict[str, int] = {}
        for row in rows:
            if row["naam"] in seen:
                problems.append(Problem(row.row, "naam", f"komt ook voor in rij {seen[row['naam']]}", row["naam"]))
            seen[row["naam"]] = row.row
        existing = {k: v for k, v in db.execute("SELECT key, value FROM file_info WHERE key LIKE 'ding:%'")}
        plan = ImportPlan()
        records = []
        for row in rows:
            value = json.dumps({**row.values, "datum": row["datum"].isoformat() if row["datum"] else None})
            key = f"ding:{row['naam']}"
            if key not in existing:
                plan.created += 1
            elif existing[key] != value:
                plan.updated += 1
            else:
                plan.unchanged += 1
            records.append((key, value))

        def write(audit: Any, progress: Any) -> None:
            for index, (key, value) in enumerate(records):
                if key in existing:
                    audit.update("file_info", key, {"value": value})
                else:
                    audit.insert("file_info", {"key": key, "value": value})
                progress(index + 1, len(records))

        plan.write = write
        return plan, problems

    def export_rows(self, db: Any) -> list[dict[str, Any]]:
        result = []
        for (value,) in db.execute("SELECT value FROM file_info WHERE key LIKE 'ding:%' ORDER BY key"):
            data = json.loads(value)
            data["datum"] = dt.date.fromisoformat(data["datum"])
            result.append(data)
        return result


def things(db: Any) -> dict[str, dict[str, Any]]:
    return {
        k[5:]: json.loads(v) for k, v in db.execute("SELECT key, value FROM file_info WHERE key LIKE 'ding:%'")
    }
