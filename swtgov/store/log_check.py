"""Checking the audit log: SQLite's integrity, the hash chain, and the tables against
the replayed log. Used by ``verify`` (:mod:`swtgov.store.verification`); the writer
that keeps the log is :mod:`swtgov.store.audit`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from swtgov.store.audit import (
    AUDIT_TABLE,
    GENESIS,
    Value,
    _entry_hash,
    _row_key,
    audited_tables,
    logged,
)

if TYPE_CHECKING:
    import sqlite3

    from sqlite_utils import Database


def verify_integrity(db: Database, report: Callable[[str], None]) -> None:
    """SQLite's own full integrity check; each problem reported in Dutch."""
    rows = [r[0] for r in db.execute("PRAGMA integrity_check")]
    if rows != ["ok"]:
        for row in rows[:20]:
            report(f"integriteit: {row}")


def verify_chain(db: Database, report: Callable[[str], None]) -> int:
    """Check every entry's hash; returns the number of entries."""
    prev = GENESIS
    expected_id = 1
    count = 0
    rows = db.execute(
        f"SELECT id, at, os_user, host, action, table_name, row_key, changes, prev_hash, hash"
        f" FROM {AUDIT_TABLE} ORDER BY id"
    )
    for row in rows:
        count += 1
        entry_id = row[0]
        if entry_id != expected_id:
            report(f"auditlog: regel {expected_id} ontbreekt (volgende regel is {entry_id})")
        if row[8] != prev:
            report(f"auditlog: regel {entry_id} sluit niet aan op de regel ervoor")
        if _entry_hash(row[8], row[:8]) != row[9]:
            report(f"auditlog: regel {entry_id} is achteraf gewijzigd (hash klopt niet)")
        prev = row[9]
        expected_id = entry_id + 1
    return count


_decode = json.JSONDecoder().decode
#: what a log entry that does not decode is reported as
UNREADABLE = "auditlog: regel {} is onleesbaar"
#: what decoding and replaying a tampered entry can raise (RecursionError: JSON nested
#: deeper than the decoder goes; KeyError: a field's pair that is an object)
_BAD_ENTRY = (ValueError, TypeError, AttributeError, IndexError, KeyError, RecursionError)


def verify_log(db: Database, report: Callable[[str], None]) -> tuple[int, dict[str, dict[str, dict[str, Value]]]]:
    """:func:`verify_chain` and :func:`replay` in one pass over the log (``verify`` on a
    large file reads the log once); returns the number of entries and the replayed state."""
    prev = GENESIS
    expected_id = 1
    count = 0
    state: dict[str, dict[str, dict[str, Value]]] = {}
    sha256 = hashlib.sha256
    # SQLite builds the hashed text of each entry (the same text as _entry_hash: the
    # columns are NOT NULL) as UTF-8 bytes: no per-entry string work in Python.
    hashed = " || char(31) || ".join(("prev_hash", "id", "at", "os_user", "host", "action", "table_name", "row_key", "changes"))
    for entry_id, line, action, table, key, text, prev_hash, digest in db.conn.execute(
        f"SELECT id, CAST({hashed} AS BLOB), action, table_name, row_key, changes, prev_hash, hash"
        f" FROM {AUDIT_TABLE} ORDER BY id"
    ):
        count += 1
        if entry_id != expected_id:
            report(f"auditlog: regel {expected_id} ontbreekt (volgende regel is {entry_id})")
        if prev_hash != prev:
            report(f"auditlog: regel {entry_id} sluit niet aan op de regel ervoor")
        if line is None or sha256(line).hexdigest() != digest:
            report(f"auditlog: regel {entry_id} is achteraf gewijzigd (hash klopt niet)")
        prev = digest
        expected_id = entry_id + 1
        if not apply_entry(state, action, table, key, text):
            report(UNREADABLE.format(entry_id))
    return count, state


def apply_entry(state: dict[str, dict[str, dict[str, Value]]], action: str, table: str, key: str,
                text: str) -> bool:
    """Decode one entry's ``changes`` and replay it onto ``state``; False: it does not
    decode or does not have the shape of a change (then ``state`` holds what was applied
    before the entry turned out unreadable, as it always has). An action, table or key that
    is not text (a BLOB or a number put there by raw SQL) is unreadable too."""
    if type(action) is not str or type(table) is not str or type(key) is not str:
        return False
    try:
        changes = _decode(text)
        if action == "insert":  # the common case inline: a call per entry shows in a large log
            rows = state.get(table)
            if rows is None:
                rows = state[table] = {}
            rows[key] = {c: pair[1] for c, pair in changes.items()}
        else:
            _apply(state, action, table, key, changes)
    except _BAD_ENTRY:
        return False
    return True


def _apply(state: dict[str, dict[str, dict[str, Value]]], action: str, table: str, key: str,
           changes: dict[str, list[Value]]) -> None:
    rows = state.get(table)
    if rows is None:
        rows = state[table] = {}
    if action == "insert":
        rows[key] = {c: after for c, (_, after) in changes.items()}
    elif action == "update":
        row = rows.setdefault(key, {})
        for c, (_, after) in changes.items():
            row[c] = after
    elif action == "delete":
        rows.pop(key, None)


def replay(db: Database) -> dict[str, dict[str, dict[str, Value]]]:
    """What every audited table should hold, according to the log."""
    state: dict[str, dict[str, dict[str, Value]]] = {}
    for action, table, key, changes_text in db.execute(
        f"SELECT action, table_name, row_key, changes FROM {AUDIT_TABLE} ORDER BY id"
    ):
        _apply(state, action, table, key, json.loads(changes_text))
    return state


def _show(value: Value) -> str:
    return "leeg" if value is None else f'"{value}"'


HIDDEN = "(inhoud niet getoond: vertrouwelijk)"


def verify_tables(
    db: Database, report: Callable[[str], None], limit: int = 50,
    expected: dict[str, dict[str, dict[str, Value]]] | None = None,
    shown_tables: frozenset[str] | None = None,
) -> None:
    """Compare each audited table with the replayed log (``expected``: already replayed).

    A changed field of a table outside ``shown_tables`` (when given) is named without its
    values: a confidential register's contents never appear in the report.
    """
    if expected is None:
        expected = replay(db)
    keys = {table: db[table].pks[0] for table in audited_tables(db)}  # type: ignore[union-attr]
    report_tables(db.conn, keys, report, limit, expected, shown_tables)


def report_tables(
    conn: sqlite3.Connection, keys: dict[str, str], report: Callable[[str], None], limit: int,
    expected: dict[str, dict[str, dict[str, Value]]], shown_tables: frozenset[str] | None,
    clean: Collection[str] = (),
) -> None:
    """:func:`verify_tables`' messages (at most ``limit``, then a count) for the present
    tables ``keys`` (table → primary key) against ``expected``, leaving out the tables
    already proven ``clean`` (every row equals what the log says, and the log has no other
    rows for them)."""
    found = 0

    def say(text: str) -> None:
        nonlocal found
        found += 1
        if found <= limit:
            report(text)

    for table in sorted(set(expected) - set(keys)):
        if expected[table]:
            say(f'tabel "{table}" ontbreekt, maar het auditlog kent er {len(expected[table])} rijen in'
                " (buiten swtgov verwijderd)")
    for table in sorted(set(keys) - set(clean)):
        pk = keys[table]
        # a table without a primary key of its own (not one of ours) is read with its rowid
        cursor = conn.execute(f'SELECT {"rowid, " if pk == "rowid" else ""}* FROM "{table}"')
        names = [d[0] for d in cursor.description]
        compare_table(table, pk, names, cursor, expected.get(table, {}), say, shown_tables)
    if found > limit:
        report(f"… en nog {found - limit} afwijkingen")


def compare_table(table: str, pk: str, names: list[str], rows: Iterable[Sequence[Any]],
                  should: dict[str, dict[str, Value]], say: Callable[[str], None],
                  shown_tables: frozenset[str] | None) -> None:
    """Compare one table's rows (columns ``names``) with what the replayed log says it
    should hold; each difference is said in Dutch."""
    seen: set[str] = set()
    at = names.index(pk)
    for values in rows:
        # (a BLOB key, only ever put there by raw SQL, by the text the log would have)
        key = _row_key(values[at] if type(values[at]) is not bytes else logged(values[at]))
        seen.add(key)
        want = should.get(key)
        if want is None:
            say(f'tabel "{table}", rij {values[at]}: staat niet in het auditlog (buiten swtgov toegevoegd)')
            continue
        if want == dict(zip(names, values)):
            continue  # the common case, compared in one go
        row = dict(zip(names, values, strict=True))
        for column, value in row.items():
            if want.get(column, None) != logged(value):
                if shown_tables is not None and table not in shown_tables:
                    say(f'tabel "{table}", rij {row[pk]}, veld "{column}": anders dan volgens het '
                        f"auditlog {HIDDEN} (buiten swtgov gewijzigd)")
                    continue
                say(
                    f'tabel "{table}", rij {row[pk]}, veld "{column}": in het bestand {_show(logged(value))},'
                    f" volgens het auditlog {_show(want.get(column))} (buiten swtgov gewijzigd)"
                )
    for key in should.keys() - seen:
        say(f'tabel "{table}", rij {_shown_key(key)}: ontbreekt (buiten swtgov verwijderd)')


def _shown_key(key: str) -> Any:
    """A row key from the log as the messages show it (a key that is not JSON, only in a
    tampered log, as it stands)."""
    try:
        return json.loads(key)
    except (ValueError, TypeError, RecursionError):
        return key
