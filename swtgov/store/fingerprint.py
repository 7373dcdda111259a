"""The schema's fingerprint: every table, column, index, view and trigger the migrations made.

A trigger added behind the app's back can change data on every write; a view or an
extra table can hide data in the file; an extra column is never replayed. ``verify``
builds, in memory, the schema that the file's own recorded steps make, and reports
everything in the file that differs from it.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable

KINDS = {"table": "tabel", "index": "index", "view": "view", "trigger": "trigger"}


def _normal(sql: str | None) -> str:
    return " ".join((sql or "").split())


def objects(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    """``{(type, name): sql}`` of the schema, SQLite's own objects left out."""
    return {
        (kind, name): _normal(sql)
        for kind, name, sql in conn.execute("SELECT type, name, sql FROM sqlite_master")
        if not name.startswith("sqlite_")
    }


@functools.lru_cache(maxsize=8)
def expected(applied: tuple[str, ...]) -> dict[tuple[str, str], str]:
    """The schema that the named steps make, in that order, on an empty file."""
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    from swtgov.store import migrations

    wanted = set(applied)
    steps = Migrations(migrations.MIGRATION_SET)
    for name, step in [(migrations.schema.CORE_STEP, migrations._core), *migrations.schema.area_steps()]:
        if name in wanted:
            steps(name=name)(step)
    conn = sqlite3.connect(":memory:")
    try:
        steps.apply(Database(conn))
        return objects(conn)
    finally:
        conn.close()


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]


def compare(conn: sqlite3.Connection, applied: list[str], report: Callable[[str], None]) -> None:
    """Report every schema object that the recorded steps did not make, or made otherwise."""
    want = expected(tuple(applied))
    have = objects(conn)
    reference: sqlite3.Connection | None = None
    for kind, name in sorted(have.keys() - want.keys()):
        report(f'{KINDS.get(kind, kind)} "{name}" is niet door swtgov gemaakt (buiten swtgov toegevoegd)')
    for kind, name in sorted(want.keys() - have.keys()):
        report(f'{KINDS.get(kind, kind)} "{name}" ontbreekt (buiten swtgov verwijderd)')
    for key in sorted(want.keys() & have.keys()):
        if want[key] == have[key]:
            continue
        kind, name = key
        if kind == "table":
            if reference is None:
                reference = sqlite3.connect(":memory:")
                for (k, _), sql in want.items():
                    if k == "table" and sql:
                        reference.execute(sql)
            extra = [c for c in _columns(conn, name) if c not in set(_columns(reference, name))]
            if extra:
                for column in extra:
                    report(f'tabel "{name}": kolom "{column}" is niet door swtgov gemaakt (buiten swtgov toegevoegd)')
                continue
        report(f'de definitie van {KINDS.get(kind, kind)} "{name}" is buiten swtgov gewijzigd')
    if reference is not None:
        reference.close()
