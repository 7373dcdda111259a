"""Schema of the risk register: risks, their dated assessments and their measures.

Dates are ISO text (``2026-03-31``). An assessment is never changed by the app:
re-assessing adds a row, so the quarterly trend is history, not a recomputation.
Step 0003 made the foreign keys cascade; step 0007 (declared with the rooster's
steps) rebuilt :data:`RESTRICTED` with ``ON DELETE RESTRICT``: the app deletes the
children through the audit log itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the schema is declared at start-up; sqlite-utils loads when a step runs
    from sqlite_utils import Database


def create(db: Database) -> None:
    """Step 0003_risicos: the area's tables."""
    db.execute(
        """CREATE TABLE risks (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            category TEXT NOT NULL,
            owner TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open'
        )"""
    )
    db.execute(
        """CREATE TABLE risk_assessments (
            id INTEGER PRIMARY KEY,
            risk_id INTEGER NOT NULL REFERENCES risks(id) ON DELETE CASCADE,
            assessed_on TEXT NOT NULL,
            kans INTEGER NOT NULL CHECK (kans BETWEEN 1 AND 5),
            impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
            kans_rest INTEGER CHECK (kans_rest BETWEEN 1 AND 5),
            impact_rest INTEGER CHECK (impact_rest BETWEEN 1 AND 5),
            note TEXT NOT NULL DEFAULT ''
        )"""
    )
    # (risk_id, assessed_on) serves "latest per risk"; the rowid (= id) breaks ties.
    db.execute("CREATE INDEX idx_risk_assessments_risk ON risk_assessments(risk_id, assessed_on)")
    db.execute("CREATE INDEX idx_risk_assessments_on ON risk_assessments(assessed_on)")
    db.execute(
        """CREATE TABLE risk_measures (
            id INTEGER PRIMARY KEY,
            risk_id INTEGER NOT NULL REFERENCES risks(id) ON DELETE CASCADE,
            description TEXT NOT NULL,
            owner TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'gepland',
            deadline TEXT
        )"""
    )
    db.execute("CREATE INDEX idx_risk_measures_risk ON risk_measures(risk_id)")


#: the child tables step 0007_restrict rebuilds
RESTRICTED: tuple[str, ...] = ("risk_assessments", "risk_measures")

#: this area's schema steps, in release order (append only)
STEPS = (("0003_risicos", create),)
