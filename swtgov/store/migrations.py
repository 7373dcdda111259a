"""The schema, as named, ordered, transactional migrations.

The installed steps (:mod:`swtgov.store.schema`) are the history of the file format: a step is
never changed or removed once released, only new ones are added at the end.
A file that records a step this version does not know was written by a newer
swtgov and is refused.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from swtgov.store import schema
from swtgov.store.audit import AUDIT_TABLE
from swtgov.store.governance import APPLICATION_ID

MIGRATION_SET = "swtgov"


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


def migrations() -> Migrations:
    """The core step and the installed area steps (see :mod:`swtgov.store.schema`), in order."""
    steps = Migrations(MIGRATION_SET)
    steps(name=schema.CORE_STEP)(_core)
    for name, step in schema.area_steps():
        steps(name=name)(step)
    return steps


def known_names() -> list[str]:
    return schema.step_names()


def pending(db: Database) -> list[str]:
    return [m.name for m in migrations().pending(db)]


def apply(db: Database) -> list[str]:
    """Apply what is pending; each step in its own transaction. Returns their names."""
    steps = migrations()
    todo = [m.name for m in steps.pending(db)]
    steps.apply(db)
    db.execute(f"PRAGMA user_version = {schema.version()}")
    return todo
