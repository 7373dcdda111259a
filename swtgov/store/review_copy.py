"""Writing a leesversie: a fresh file that holds only the rows of the tables asked for.

The copy is built in memory from the current schema (so every page of the app
finds its tables, empty where nothing was copied), the listed tables' rows are
copied from the source, and ``VACUUM INTO`` writes it out: the target never
held anything else, so no deleted or excluded data can linger in free pages.
The source is only read.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from pathlib import Path

from sqlite_utils import Database

from swtgov.errors import FileProblem, sqlite_error_text
from swtgov.store import migrations
from swtgov.store.audit import AUDIT_TABLE


def _columns(conn: sqlite3.Connection, schema: str, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f'PRAGMA "{schema}".table_info("{table}")')]


def write_review_copy(
    source: Path, target: Path, tables: Sequence[str], file_info: Mapping[str, str],
    where: Mapping[str, str] | None = None,
) -> list[str]:
    """Write ``target`` with the rows of ``tables`` from ``source``; returns the tables copied.

    Tables are copied in the given order (parents before children). ``file_info``
    rows are set on top of the copied ones. The audit log stays empty. ``where``
    keeps only some rows of a table: a condition on the source table's columns, in
    which other tables are named with their schema (``src.documents``), e.g.
    ``{"documents": "besloten = 0"}``.

    Raises:
        FileProblem: the source still needs a schema step of this version, or
            the target cannot be written.
    """
    source_uri = Path(source).resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect("file:review-copy?mode=memory", uri=True)
    try:
        db = Database(conn)
        migrations.apply(db)
        conn.execute("ATTACH DATABASE ? AS src", [source_uri])
        applied = {r[0] for r in conn.execute("SELECT name FROM src._sqlite_migrations")}
        missing = [name for name in migrations.known_names() if name not in applied]
        if missing:
            raise FileProblem(
                f'"{Path(source).name}" moet eerst worden bijgewerkt (schemastap {missing[0]}): '
                "open het één keer in swtgov en maak dan de leesversie."
            )
        source_tables = {r[0] for r in conn.execute("SELECT name FROM src.sqlite_master WHERE type = 'table'")}
        copied = []
        with conn:
            for table in tables:
                if table not in source_tables:
                    continue
                shared = [c for c in _columns(conn, "main", table) if c in set(_columns(conn, "src", table))]
                names = ", ".join(f'"{c}"' for c in shared)
                conn.execute(f'DELETE FROM main."{table}"')
                condition = (where or {}).get(table)
                rows = f" WHERE {condition}" if condition else ""
                conn.execute(f'INSERT INTO main."{table}" ({names}) SELECT {names} FROM src."{table}"{rows}')
                copied.append(table)
            conn.execute(f"DELETE FROM main.{AUDIT_TABLE}")
            for key, value in file_info.items():
                conn.execute("INSERT OR REPLACE INTO main.file_info (key, value) VALUES (?, ?)", [key, value])
            # The seal of the contents: verify recomputes it, so a leesversie edited
            # afterwards (or a file dressed up as one) does not pass as made by swtgov.
            from swtgov.store.verification import SEAL_KEY, content_seal

            conn.execute("INSERT OR REPLACE INTO main.file_info (key, value) VALUES (?, ?)",
                         [SEAL_KEY, content_seal(conn, tables)])
        conn.execute("DETACH DATABASE src")
        try:
            conn.execute("VACUUM INTO ?", [str(target)])
        except sqlite3.Error as exc:
            raise FileProblem(f'De leesversie "{Path(target).name}" kan niet worden geschreven: {sqlite_error_text(exc)}.') from None
        return copied
    finally:
        conn.close()
