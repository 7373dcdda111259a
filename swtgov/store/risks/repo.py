"""The risk register in the governance file: rows to domain objects and back.

Reading is shaped by what the screens need. The register shows, per risk, only
the current assessment and the one it is compared with (the latest of an
earlier quarter): :func:`load_register_assessments` fetches exactly those two
per risk with index seeks, so opening the register costs the same with
ten years of quarterly history as with one. The full history of one risk is
read when that risk is opened (:func:`load_history`).

Writes take an :class:`~swtgov.store.audit.Audit`, so every change is logged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from swtgov.domain.risks.model import Assessment, Measure, Risk
from swtgov.domain.risks.signals import code_sort_key
from swtgov.store.audit import Audit

RISKS = "risks"
ASSESSMENTS = "risk_assessments"
MEASURES = "risk_measures"

_RISK_COLUMNS = "id, code, title, description, category, owner, status"
_ASSESSMENT_COLUMNS = "id, risk_id, assessed_on, kans, impact, kans_rest, impact_rest, note"
_MEASURE_COLUMNS = "id, risk_id, description, owner, status, deadline"

# Per risk the latest assessment on or before :as_of, and the latest one dated
# before the first day of that assessment's calendar quarter. Each is one seek
# in idx_risk_assessments_risk (risk_id, assessed_on, rowid), so the cost grows
# with the number of risks, not with their history. (A ROW_NUMBER() window over
# the table reads every assessment: 150–560 ms for 1,000 risks × 40 assessments,
# against 13 ms for these seeks.)
_CURRENT_IDS = f"""
SELECT (SELECT a.id FROM {ASSESSMENTS} a
        WHERE a.risk_id = r.id AND a.assessed_on <= :as_of
        ORDER BY a.assessed_on DESC, a.id DESC LIMIT 1) AS id
FROM {RISKS} r
"""
_QUARTER_START = (
    "date(c.assessed_on, 'start of month', "
    "'-' || ((CAST(strftime('%m', c.assessed_on) AS INTEGER) - 1) % 3) || ' months')"
)
_REGISTER_SQL = f"""
SELECT {", ".join("c." + c.strip() for c in _ASSESSMENT_COLUMNS.split(","))},
       {", ".join("p." + c.strip() for c in _ASSESSMENT_COLUMNS.split(","))}
FROM {RISKS} r
JOIN {ASSESSMENTS} c ON c.id = (
    SELECT a.id FROM {ASSESSMENTS} a WHERE a.risk_id = r.id AND a.assessed_on <= :as_of
    ORDER BY a.assessed_on DESC, a.id DESC LIMIT 1)
LEFT JOIN {ASSESSMENTS} p ON p.id = (
    SELECT b.id FROM {ASSESSMENTS} b WHERE b.risk_id = r.id AND b.assessed_on < {_QUARTER_START}
    ORDER BY b.assessed_on DESC, b.id DESC LIMIT 1)
"""
_CURRENT_SQL = f"""
SELECT {_ASSESSMENT_COLUMNS} FROM {ASSESSMENTS} WHERE id IN ({_CURRENT_IDS})
"""


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _risk(row: tuple[Any, ...]) -> Risk:
    return Risk(row[0], row[1], row[2], row[3] or "", row[4], row[5] or "", row[6] or "open")


def _assessment(row: tuple[Any, ...]) -> Assessment:
    return Assessment(
        row[0], row[1], dt.date.fromisoformat(row[2]), row[3], row[4], row[5], row[6], row[7] or ""
    )


def _measure(row: tuple[Any, ...]) -> Measure:
    return Measure(row[0], row[1], row[2], row[3] or "", row[4] or "gepland", _date(row[5]))


# --- reading -------------------------------------------------------------------


def load_risks(db: Database) -> list[Risk]:
    """Every risk, in natural code order (``R-2`` before ``R-10``)."""
    rows = db.execute(f"SELECT {_RISK_COLUMNS} FROM {RISKS}").fetchall()
    return sorted((_risk(r) for r in rows), key=lambda r: code_sort_key(r.code))


def load_risk(db: Database, risk_id: int) -> Risk | None:
    """One risk by id, or None."""
    row = db.execute(f"SELECT {_RISK_COLUMNS} FROM {RISKS} WHERE id = ?", [risk_id]).fetchone()
    return _risk(row) if row else None


def load_register_assessments(db: Database, as_of: dt.date) -> list[Assessment]:
    """Per risk the current assessment and its previous-quarter one, nothing older.

    Feeding these to :func:`swtgov.domain.risks.signals.register_entries` gives the
    same result as feeding it the whole history.
    """
    found = []
    for row in db.execute(_REGISTER_SQL, {"as_of": as_of.isoformat()}):
        found.append(_assessment(row[:8]))
        if row[8] is not None:
            found.append(_assessment(row[8:]))
    return found


def load_current_assessments(db: Database, as_of: dt.date) -> list[Assessment]:
    """Per risk only the latest assessment on or before ``as_of``."""
    rows = db.execute(_CURRENT_SQL, {"as_of": as_of.isoformat()}).fetchall()
    return [_assessment(r) for r in rows]


def load_latest_assessments(db: Database) -> dict[int, Assessment]:
    """Per risk its latest assessment of all (for the export), by risk id."""
    rows = db.execute(_CURRENT_SQL, {"as_of": "9999-12-31"}).fetchall()
    return {a.risk_id: a for a in map(_assessment, rows) if a.risk_id is not None}


def load_history(db: Database, risk_id: int) -> list[Assessment]:
    """Every assessment of one risk, oldest first."""
    rows = db.execute(
        f"SELECT {_ASSESSMENT_COLUMNS} FROM {ASSESSMENTS} WHERE risk_id = ?"
        " ORDER BY assessed_on, id",
        [risk_id],
    ).fetchall()
    return [_assessment(r) for r in rows]


def count_assessments(db: Database) -> int:
    """How many assessments the file holds (all risks, all history)."""
    return int(db.execute(f"SELECT COUNT(*) FROM {ASSESSMENTS}").fetchone()[0])


def load_measures(db: Database, risk_id: int | None = None) -> list[Measure]:
    """The measures of one risk, or of all risks; by deadline (none last), then id."""
    where, params = ("WHERE risk_id = ?", [risk_id]) if risk_id is not None else ("", [])
    rows = db.execute(
        f"SELECT {_MEASURE_COLUMNS} FROM {MEASURES} {where}"
        " ORDER BY deadline IS NULL, deadline, id",
        params,
    ).fetchall()
    return [_measure(r) for r in rows]


def count_overdue_measures(db: Database, as_of: dt.date) -> int:
    """Measures of risks that are not closed, past their deadline and not gereed."""
    row = db.execute(
        f"SELECT COUNT(*) FROM {MEASURES} m JOIN {RISKS} r ON r.id = m.risk_id"
        " WHERE r.status != 'gesloten' AND m.status != 'gereed' AND m.deadline < ?",
        [as_of.isoformat()],
    ).fetchone()
    return int(row[0])


def risk_codes(db: Database) -> list[str]:
    """Every risk code in the file (closed risks too)."""
    return [r[0] for r in db.execute(f"SELECT code FROM {RISKS}")]


def categories_in_use(db: Database) -> list[str]:
    """The distinct categories of the stored risks, alphabetically."""
    return [r[0] for r in db.execute(f"SELECT DISTINCT category FROM {RISKS} ORDER BY category")]


def owners_in_use(db: Database) -> list[str]:
    """The distinct owners of risks and measures, alphabetically, without blanks."""
    rows = db.execute(
        f"SELECT owner FROM {RISKS} UNION SELECT owner FROM {MEASURES} ORDER BY 1"
    )
    return [r[0] for r in rows if r[0] and r[0].strip()]


# --- writing -------------------------------------------------------------------


def _risk_values(risk: Risk) -> dict[str, Any]:
    return {
        "code": risk.code,
        "title": risk.title,
        "description": risk.description,
        "category": risk.category,
        "owner": risk.owner,
        "status": risk.status,
    }


def insert_risk(audit: Audit, risk: Risk) -> int:
    """Add a risk (its id is ignored); returns the new id."""
    return int(audit.insert(RISKS, _risk_values(risk)))


def update_risk(audit: Audit, risk: Risk) -> dict[str, list[Any]]:
    """Store a changed risk (by its id); returns what changed."""
    assert risk.id is not None
    return audit.update(RISKS, risk.id, _risk_values(risk))


def delete_risk(audit: Audit, risk_id: int) -> None:
    """Delete a risk with its assessments and measures, each through the log."""
    for table in (MEASURES, ASSESSMENTS):
        ids = [r[0] for r in audit.db.execute(f"SELECT id FROM {table} WHERE risk_id = ?", [risk_id])]
        for row_id in ids:
            audit.delete(table, row_id)
    audit.delete(RISKS, risk_id)


def insert_assessment(audit: Audit, assessment: Assessment) -> int:
    """Add a dated assessment (its id is ignored); returns the new id."""
    return int(
        audit.insert(
            ASSESSMENTS,
            {
                "risk_id": assessment.risk_id,
                "assessed_on": assessment.assessed_on.isoformat(),
                "kans": assessment.kans,
                "impact": assessment.impact,
                "kans_rest": assessment.kans_rest,
                "impact_rest": assessment.impact_rest,
                "note": assessment.note,
            },
        )
    )


def _measure_values(measure: Measure) -> dict[str, Any]:
    return {
        "risk_id": measure.risk_id,
        "description": measure.description,
        "owner": measure.owner,
        "status": measure.status,
        "deadline": measure.deadline.isoformat() if measure.deadline else None,
    }


def insert_measure(audit: Audit, measure: Measure) -> int:
    """Add a measure (its id is ignored); returns the new id."""
    return int(audit.insert(MEASURES, _measure_values(measure)))


def update_measure(audit: Audit, measure: Measure) -> dict[str, list[Any]]:
    """Store a changed measure (by its id); returns what changed."""
    assert measure.id is not None
    return audit.update(MEASURES, measure.id, _measure_values(measure))


def delete_measure(audit: Audit, measure_id: int) -> None:
    """Delete one measure."""
    audit.delete(MEASURES, measure_id)


def insert_many(
    audit: Audit,
    risks: Iterable[tuple[Risk, Iterable[Assessment], Iterable[Measure]]],
) -> list[int]:
    """Add risks with their assessments and measures (demo data, benchmarks)."""
    ids = []
    for risk, assessments, measures in risks:
        risk_id = insert_risk(audit, risk)
        ids.append(risk_id)
        for a in assessments:
            insert_assessment(audit, _with_risk(a, risk_id))
        for m in measures:
            insert_measure(audit, _with_risk(m, risk_id))
    return ids


def _with_risk(item: Any, risk_id: int) -> Any:
    from dataclasses import replace

    return replace(item, risk_id=risk_id)
