"""The audit log: every change, who made it, before and after, in a hash chain.

Each entry's hash covers its own content and the previous entry's hash, so an
entry removed or edited afterwards breaks the chain. :func:`verify` also replays
the log and compares the result with the tables: a row changed with raw SQL,
behind the app's back, no longer matches what the log says it should be.

All writes to organisation data go through :class:`Audit`; a table written any
other way fails verification, which is how "every change is audited" is checked.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from swtgov.errors import SwtgovError

if TYPE_CHECKING:
    from sqlite_utils import Database

GENESIS = "0" * 64
AUDIT_TABLE = "audit_log"
INTERNAL_TABLES = frozenset({AUDIT_TABLE, "_sqlite_migrations"})

Value = int | str | float | None

#: A BLOB column (a stored document) is logged as this prefix and the SHA-256 of its
#: bytes, never the bytes themselves; :func:`verify_tables` compares it the same way.
BLOB_PREFIX = "sha256:"
#: A schema trigger that refuses a change raises a message starting with this; the
#: writer turns it into :class:`ChangeRefused` with the rest as the Dutch message.
REFUSAL_PREFIX = "geweigerd: "


class ChangeRefused(SwtgovError):
    """A change the file itself refuses (a schema trigger: e.g. vastgestelde notulen)."""


def logged(value: Any) -> Any:
    """A value as the log records it: a BLOB as ``sha256:<hex>``, anything else as is."""
    if type(value) is bytes:
        return BLOB_PREFIX + hashlib.sha256(value).hexdigest()
    return value


#: what SQLite says when ON DELETE RESTRICT refuses to delete a row that others refer to
STILL_REFERRED = "FOREIGN KEY constraint failed"


def _refused(exc: sqlite3.IntegrityError, table: str = "", key: Any = None) -> None:
    """Re-raise a trigger's refusal, or a delete that ``ON DELETE RESTRICT`` refuses, as a
    known error; other integrity errors stay bugs."""
    text = str(exc)
    if text.startswith(REFUSAL_PREFIX):
        raise ChangeRefused(text[len(REFUSAL_PREFIX):]) from None
    if table and text == STILL_REFERRED:
        raise ChangeRefused(f'rij {key} in tabel "{table}" kan niet worden verwijderd: andere gegevens verwijzen er '
                            "nog naar; verwijder die eerst") from None


@dataclass(frozen=True)
class JournalStep:
    """One audited write, enough to undo or redo it.

    ``before`` and ``after`` hold only the changed fields for an update, the
    whole row for an insert (after) or a delete (before).
    """

    action: str
    table: str
    key: Any
    before: dict[str, Value] | None
    after: dict[str, Value] | None


_PLAIN = (int, str, float, type(None), bytes)
#: one encoder for all entries: json.dumps() with options builds a new one per call
_encode = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode


def _clean(value: Any) -> Value:
    if type(value) in _PLAIN:
        return value  # type: ignore[no-any-return]
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if value is None or isinstance(value, (int, str, float)):
        return value
    raise TypeError(f"cannot store {type(value).__name__} in an audited table")


def _refuse_control(values: Mapping[str, Any]) -> None:
    """A text with a control character is refused at every input (it would break every
    later xlsx export of the row): a known error, nothing written."""
    from swtgov.domain.values import control_character

    for column, value in values.items():
        if type(value) is str:
            code = control_character(value)
            if code:
                raise ChangeRefused(
                    f'De waarde voor "{column}" bevat een onzichtbaar stuurteken ({code}); '
                    "haal het weg. Er is niets opgeslagen."
                )


def _entry_hash(prev: str, fields: Iterable[object]) -> str:
    text = prev + "\x1f" + "\x1f".join(["" if f is None else str(f) for f in fields])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _row_key(key: Any) -> str:
    """The JSON text of a primary key (an int's is its digits: skip the encoder)."""
    if isinstance(key, int) and not isinstance(key, bool):
        return str(key)
    return json.dumps(key)


def audited_tables(db: Database) -> list[str]:
    """The tables whose rows the audit log accounts for."""
    return [
        name
        for name in db.table_names()
        if name not in INTERNAL_TABLES and not name.startswith("sqlite_")
    ]


class Audit:
    """Writes rows and their audit entries together.

    Use inside a transaction (``with db.atomic():``); the entries are only as
    durable as the data they describe.
    """

    def __init__(self, db: Database, user: str, host: str) -> None:
        self.db = db
        self.user = user
        self.host = host
        self._pks: dict[str, str] = {}
        self.journal: list[JournalStep] = []
        self._conn = db.conn
        self._head: tuple[int, str] | None = None  # (last id, last hash), read once
        self._at = dt.datetime.now().astimezone().isoformat(timespec="seconds")
        self._pending: list[tuple[object, ...]] = []  # log entries not yet written
        self._sql: dict[tuple[str, tuple[str, ...]], str] = {}

    def mark(self) -> tuple[tuple[int, str] | None, int]:
        """Where the log and journal stand, to :meth:`rewind` to after a savepoint
        rollback."""
        return self._head, len(self.journal)

    def rewind(self, mark: tuple[tuple[int, str] | None, int]) -> None:
        """Forget what was logged after ``mark`` (its rows were rolled back)."""
        self._head, length = mark
        del self.journal[length:]
        last_id = self._head[0] if self._head else 0
        self._pending = [entry for entry in self._pending if int(entry[0]) <= last_id]  # type: ignore[call-overload]

    def flush(self) -> None:
        """Write the buffered log entries; the transaction's owner calls this before commit."""
        if self._pending:
            self._conn.executemany(
                f"INSERT INTO {AUDIT_TABLE} (id, at, os_user, host, action, table_name, row_key,"
                " changes, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)",
                self._pending,
            )
            self._pending = []

    def _pk(self, table: str) -> str:
        if table not in self._pks:
            pks = self.db[table].pks  # type: ignore[union-attr]
            self._pks[table] = pks[0]
        return self._pks[table]

    def _append(self, action: str, table: str, row_key: str, changes: Mapping[str, Any]) -> None:
        if self._head is None:
            last = self._conn.execute(
                f"SELECT id, hash FROM {AUDIT_TABLE} ORDER BY id DESC LIMIT 1"
            ).fetchone()
            self._head = (last[0], last[1]) if last else (0, GENESIS)
        entry_id, prev = self._head[0] + 1, self._head[1]
        changes_text = _encode(changes)
        fields = (entry_id, self._at, self.user, self.host, action, table, row_key, changes_text)
        digest = _entry_hash(prev, fields)
        # Entries are buffered and written in batches: one executemany is several
        # times cheaper than a statement per entry in a large import.
        self._pending.append((*fields, prev, digest))
        self._head = (entry_id, digest)
        if len(self._pending) >= 5000:
            self.flush()

    def insert(self, table: str, record: Mapping[str, Any]) -> Any:
        """Insert one row; returns its primary key value."""
        values = {k: _clean(v) for k, v in record.items()}
        _refuse_control(values)
        shape = (table, tuple(values))
        sql = self._sql.get(shape)
        if sql is None:
            cols = ", ".join(f'"{c}"' for c in values)
            marks = ", ".join("?" for _ in values)
            # RETURNING gives the row as stored, defaults included, in one statement.
            sql = self._sql[shape] = f'INSERT INTO "{table}" ({cols}) VALUES ({marks}) RETURNING *'
        try:
            cursor = self._conn.execute(sql, list(values.values()))
            names = [d[0] for d in cursor.description]
            stored = dict(zip(names, cursor.fetchone(), strict=True))
        except sqlite3.IntegrityError as exc:
            _refused(exc)
            raise
        cursor.close()
        key = stored[self._pk(table)]
        self._append("insert", table, _row_key(key), {c: [None, logged(v)] for c, v in stored.items()})
        self.journal.append(JournalStep("insert", table, key, None, stored))
        return key

    def get(self, table: str, key: Any) -> dict[str, Any] | None:
        pk = self._pk(table)
        cursor = self._conn.execute(f'SELECT * FROM "{table}" WHERE "{pk}" = ?', [key])
        row = cursor.fetchone()
        if row is None:
            return None
        return dict(zip([d[0] for d in cursor.description], row, strict=True))

    def update(self, table: str, key: Any, values: Mapping[str, Any]) -> dict[str, list[Value]]:
        """Change fields of one row; only fields that really change are written.

        Returns:
            ``{field: [before, after]}`` of what changed (empty: nothing did).
        """
        before = self.get(table, key)
        if before is None:
            raise KeyError(f"{table} {key} does not exist")
        changes = {
            c: [before[c], _clean(v)] for c, v in values.items() if before[c] != _clean(v)
        }
        if not changes:
            return {}
        _refuse_control({c: after for c, (_, after) in changes.items()})
        sets = ", ".join(f'"{c}" = ?' for c in changes)
        names = ", ".join(f'"{c}"' for c in changes)
        # RETURNING: log the values as SQLite stored them (column affinity may convert).
        try:
            cursor = self._conn.execute(
                f'UPDATE "{table}" SET {sets} WHERE "{self._pk(table)}" = ? RETURNING {names}',
                [after for _, after in changes.values()] + [key],
            )
            stored = cursor.fetchone()
        except sqlite3.IntegrityError as exc:
            _refused(exc)
            raise
        cursor.close()
        changes = {
            c: [before_after[0], value]
            for (c, before_after), value in zip(changes.items(), stored, strict=True)
            if before_after[0] != value
        }
        if not changes:
            return {}
        self._append("update", table, _row_key(key), {c: [logged(b), logged(a)] for c, (b, a) in changes.items()})
        self.journal.append(
            JournalStep(
                "update", table, key,
                {c: b for c, (b, _) in changes.items()},
                {c: a for c, (_, a) in changes.items()},
            )
        )
        return changes

    def delete(self, table: str, key: Any) -> dict[str, Any]:
        """Delete one row; returns what it held."""
        before = self.get(table, key)
        if before is None:
            raise KeyError(f"{table} {key} does not exist")
        try:
            self._conn.execute(f'DELETE FROM "{table}" WHERE "{self._pk(table)}" = ?', [key])
        except sqlite3.IntegrityError as exc:
            _refused(exc, table, key)
            raise
        self._append("delete", table, _row_key(key), {c: [logged(v), None] for c, v in before.items()})
        self.journal.append(JournalStep("delete", table, key, before, None))
        return before


def log_is_empty(db: Database) -> bool:
    """True for a file without audit entries (a leesversie is made that way)."""
    return db.execute(f"SELECT 1 FROM {AUDIT_TABLE} LIMIT 1").fetchone() is None


# The checks of the log live in their own module; imported here too, for the callers
# that know them as ``audit.verify_chain`` and so on.
from swtgov.store.log_check import (  # noqa: E402
    replay,
    verify_chain,
    verify_integrity,
    verify_log,
    verify_tables,
)

__all__ = [
    "AUDIT_TABLE", "Audit", "ChangeRefused", "GENESIS", "JournalStep", "audited_tables", "log_is_empty",
    "logged", "replay", "verify_chain", "verify_integrity", "verify_log", "verify_tables",
]
