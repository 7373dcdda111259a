"""Changing a table's foreign keys: SQLite's table rebuild, inside a schema step.

SQLite cannot alter a foreign key in place. :func:`rebuild_with_restrict` follows the
procedure of https://www.sqlite.org/lang_altertable.html ("Making Other Kinds Of Table
Schema Changes"): create the new table under a temporary name, copy every row (ids
kept), drop the old table, rename the new one, make its indexes and triggers again,
then check the foreign keys. It runs in the step's transaction, so a failure leaves
the file as it was. Only child tables are rebuilt: dropping one never touches the
rows of another table.
"""

from __future__ import annotations

import re

from sqlite_utils import Database

from swtgov.errors import SwtgovError

_CASCADE = re.compile(r"ON\s+DELETE\s+CASCADE", re.IGNORECASE)


def rebuild_with_restrict(db: Database, tables: tuple[str, ...]) -> None:
    """Rebuild each table with ``ON DELETE RESTRICT`` instead of ``ON DELETE CASCADE``.

    Raises:
        SwtgovError: a row would break a foreign key afterwards (the step rolls back).
    """
    conn = db.conn
    for table in tables:
        row = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone()
        if row is None:
            continue
        temporary = f"{table}_rebuilt"
        create = _CASCADE.sub("ON DELETE RESTRICT", row[0])
        create, renamed = re.subn(rf'^CREATE TABLE\s+"?{re.escape(table)}"?', f"CREATE TABLE {temporary}", create)
        if renamed != 1:
            raise ValueError(f"cannot rebuild {table}: unexpected CREATE statement")
        extras = [sql for (sql,) in conn.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL"
            " ORDER BY type, name", [table])]  # fmt: skip
        columns = ", ".join(f'"{r[1]}"' for r in conn.execute(f'PRAGMA table_info("{table}")'))
        conn.execute(create)
        conn.execute(f'INSERT INTO {temporary} ({columns}) SELECT {columns} FROM "{table}"')
        conn.execute(f'DROP TABLE "{table}"')
        conn.execute(f'ALTER TABLE {temporary} RENAME TO "{table}"')
        for sql in extras:
            conn.execute(sql)
    problems = conn.execute("PRAGMA foreign_key_check").fetchall()
    if problems:
        table, rowid, parent, _ = problems[0]
        raise SwtgovError(f'Het bestand kan niet worden bijgewerkt: rij {rowid} in tabel "{table}" verwijst naar '
                          f'een rij in "{parent}" die niet bestaat ({len(problems)} zulke rijen).')
