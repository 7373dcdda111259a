"""Schema of the confidential registers: three tables, no column for a person.

``counsellor_reports`` (vertrouwenspersoon) is anonymous by design: it has no
column for a name, an e-mail address or any free text, so nothing identifying
can be stored even by mistake. ``whistleblower_reports`` keeps a short subject,
never the reporter's identity. ``data_breaches`` keeps moments as ISO text with
their offset (``2026-11-20T14:30:00+01:00``, Europe/Amsterdam).

None of the three tables is in the leesversie: the area declares no review tables.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the schema is declared at start-up; sqlite-utils loads when a step runs
    from sqlite_utils import Database

COUNSELLOR = "counsellor_reports"
WHISTLEBLOWER = "whistleblower_reports"
BREACHES = "data_breaches"
TABLES = (COUNSELLOR, WHISTLEBLOWER, BREACHES)


def create(db: Database) -> None:
    """Step 0006_vertrouwelijk: the three registers."""
    db.execute(
        f"""CREATE TABLE {COUNSELLOR} (
            id INTEGER PRIMARY KEY,
            reported_on TEXT NOT NULL,
            categories TEXT NOT NULL,
            consultations INTEGER NOT NULL DEFAULT 1 CHECK (consultations >= 0),
            outcome TEXT
        )"""
    )
    db.execute(f"CREATE INDEX idx_{COUNSELLOR}_on ON {COUNSELLOR}(reported_on)")
    db.execute(
        f"""CREATE TABLE {WHISTLEBLOWER} (
            id INTEGER PRIMARY KEY,
            received_on TEXT NOT NULL,
            channel TEXT,
            subject TEXT NOT NULL DEFAULT '',
            acknowledged_on TEXT,
            feedback_on TEXT,
            extended_to TEXT,
            extension_reason TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'ontvangen'
        )"""
    )
    db.execute(f"CREATE INDEX idx_{WHISTLEBLOWER}_on ON {WHISTLEBLOWER}(received_on)")
    db.execute(
        f"""CREATE TABLE {BREACHES} (
            id INTEGER PRIMARY KEY,
            discovered_at TEXT NOT NULL,
            description TEXT NOT NULL,
            cause TEXT NOT NULL DEFAULT '',
            data_kinds TEXT NOT NULL DEFAULT '',
            special_data INTEGER NOT NULL DEFAULT 0 CHECK (special_data IN (0, 1)),
            people INTEGER CHECK (people >= 0),
            consequences TEXT NOT NULL DEFAULT '',
            measures TEXT NOT NULL DEFAULT '',
            notify_ap INTEGER CHECK (notify_ap IN (0, 1)),
            notified_at TEXT,
            ap_reference TEXT NOT NULL DEFAULT '',
            reason_not_notified TEXT NOT NULL DEFAULT '',
            reason_late TEXT NOT NULL DEFAULT '',
            people_informed INTEGER NOT NULL DEFAULT 0 CHECK (people_informed IN (0, 1)),
            closed_on TEXT
        )"""
    )
    db.execute(f"CREATE INDEX idx_{BREACHES}_at ON {BREACHES}(discovered_at)")


STEPS = (("0006_vertrouwelijk", create),)
