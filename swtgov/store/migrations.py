"""The schema, as named, ordered, transactional migrations.

The list in :data:`MIGRATIONS` is the history of the file format: a step is
never changed or removed once released, only new ones are added at the end.
A file that records a step this version does not know was written by a newer
swtgov and is refused.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from swtgov.store.audit import AUDIT_TABLE
from swtgov.store.governance import APPLICATION_ID

MIGRATION_SET = "swtgov"

MIGRATIONS = Migrations(MIGRATION_SET)


@MIGRATIONS(name="0001_core")
def _core(db: Database) -> None:
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(
        f"""CREATE TABLE {AUDIT_TABLE} (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            os_user TEXT NOT NULL,
            host TEXT NOT NULL,
            action TEXT NOT NULL,
            table_name TEXT NOT NULL,
            row_key TEXT NOT NULL,
            changes TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        )"""
    )
    db.execute(f"CREATE INDEX idx_audit_table_row ON {AUDIT_TABLE}(table_name, row_key)")
    db.execute("CREATE TABLE file_info (key TEXT PRIMARY KEY, value TEXT)")
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


# Areas register their schema steps below, in the order they were released.
from swtgov.store import schema_areas  # noqa: E402,F401  (registers area migrations)


def known_names() -> list[str]:
    return [m.name for m in MIGRATIONS._migrations]  # noqa: SLF001 - no public accessor


def applied_names(db: Database) -> list[str]:
    return [m.name for m in MIGRATIONS.applied(db)]


def unknown_applied(db: Database) -> list[str]:
    """Steps recorded in the file that this version does not know (file too new)."""
    known = set(known_names())
    return [name for name in applied_names(db) if name not in known]


def pending(db: Database) -> list[str]:
    return [m.name for m in MIGRATIONS.pending(db)]


def apply(db: Database) -> list[str]:
    """Apply what is pending; each step in its own transaction. Returns their names."""
    todo = pending(db)
    MIGRATIONS.apply(db)
    db.execute(f"PRAGMA user_version = {len(known_names())}")
    return todo
