"""The quick way through :func:`~swtgov.store.log_check.verify_log` and
:func:`~swtgov.store.log_check.verify_tables`: the same findings, the same Dutch
messages, a fraction of the Python work.

Where the time went: for every log entry SQLite glued the hashed text together, Python
decoded the entry's JSON into dicts and lists, and for every table row Python built a
dict to compare with them. Here:

* **The chain.** One query reads each column of the log as one long text (SQLite's
  ``group_concat``); Python cuts them apart, joins each entry's fields and hashes them
  with ``map``: no Python loop per entry. The hash is exactly
  :func:`~swtgov.store.audit._entry_hash`; links and numbering are compared as whole
  strings.
* **The replay.** The writer logs an inserted row as the JSON text of
  ``{column: [None, logged(value)]}`` (:meth:`~swtgov.store.audit.Audit.insert`). For a
  row whose key has one log entry, that insert, the text the writer would have logged is
  built from the row itself (the writer's own encoder for every value) and compared
  with the logged text, a whole table at a time. A row whose key also has updates is
  checked the same way against its insert, with the updated fields as they were before
  the first update, and against the last update's values. Equal text means the old
  replay would find the row equal (see :func:`_clean`).
* **Everything else** (a text that differs, deletes, a table without its own primary
  key, a table that is gone, a key without a row, a row without a key, an entry that is
  not plain text) takes the old path for that key or that table, which produces the
  old messages in the old order. A chain that does not check out sends the whole log
  down the old path.

Nothing is skipped: every entry is either proven equal to text built from the tables
(so it is valid JSON with known contents) or decoded as before.
"""

from __future__ import annotations

import hashlib
import json
import json.encoder
import json.scanner
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from itertools import chain, compress
from json.encoder import encode_basestring
from operator import itemgetter, methodcaller, not_
from typing import Any

from swtgov.store.audit import (
    AUDIT_TABLE,
    GENESIS,
    INTERNAL_TABLES,
    Value,
    _encode,
    _row_key,
    logged,
)
from swtgov.store.log_check import UNREADABLE, apply_entry, report_tables

#: the writer's encoding of a text (``JSONEncoder(ensure_ascii=False)`` uses exactly this)
_text = encode_basestring
_int = int.__repr__  # the encoder's text of an int (it calls int's own repr)
_hexdigest = methodcaller("hexdigest")
_scan = json.scanner.make_scanner(json.JSONDecoder())  # the decoder's own scanner, without its wrapper
_FIELDS = ("prev_hash", "at", "os_user", "host", "action", "table_name", "row_key", "changes", "hash")
#: the fields the check compares or replays as texts
_TYPED = ("prev_hash", "hash", "action", "table_name", "row_key", "changes")
_SEP = "\x1e"  # between entries in group_concat; an entry holding one is read the old way


class _Slow(Exception):
    """The quick path cannot decide; the old path will (the reason is for debugging)."""


class Log:
    """The log as lists, one item per entry, in the order of the entries (id 1, 2, ...)."""

    def __init__(self, actions: list[str], tables: list[str], keys: list[str], changes: list[str]) -> None:
        self.actions = actions
        self.tables = tables
        self.keys = keys
        self.changes = changes


# A NULL field becomes two separators (group_concat would skip it), so a column splits
# into one part per entry only when no field is NULL or holds a separator.
_COLUMNS = ", ".join(f"group_concat(ifnull({name}, '{_SEP * 2}'), '{_SEP}')" for name in _FIELDS)
# Numbers sort before texts and blobs after them: a column whose least and greatest values
# are texts holds texts only.
_KINDS = " || ".join(f"typeof(min({name})) || typeof(max({name}))" for name in _TYPED)
# NOT INDEXED: the table itself is read, in the order of its rowids (no index, not even one
# added behind the app's back, decides the order), and id is the rowid.
_LOG_QUERY = (f"SELECT count(*), min(id), max(id), total(id IS NOT rowid), {_COLUMNS}, {_KINDS}"
              f" FROM {AUDIT_TABLE} NOT INDEXED")


def read_log(conn: sqlite3.Connection) -> Log | None:
    """The log, its hash chain checked exactly as :func:`~swtgov.store.log_check.verify_log`
    does; None when the chain does not check out, or when anything about the entries is
    unusual (a field that is not text, NULL, or holds the separator): the old path then
    reads the log and names every problem."""
    return _parse_log(conn.execute(_LOG_QUERY).fetchone())


def _parse_log(row: tuple[Any, ...]) -> Log | None:
    count, low, high, not_rowid, *texts, types = row
    if count == 0 or low != 1 or high != count or not_rowid or types != "text" * 2 * len(_TYPED):
        return None  # ids 1 .. count, read in that order; every field a text
    numbers = list(map(str, range(1, count + 1)))
    fields = [text.split(_SEP) for text in texts]
    if any(len(values) != count for values in fields):
        return None
    prevs, at, users, hosts, actions, tables, keys, changes, hashes = fields
    if set(map(len, prevs)) != {64} or set(map(len, hashes)) != {64}:
        return None
    # each entry's prev_hash is the hash of the entry before it (64 characters each, so
    # the joined strings compare entry by entry)
    joined = "".join(hashes)
    if "".join(prevs) != GENESIS + joined[:-64]:
        return None
    # audit._entry_hash: prev, then the fields id .. changes, joined by \x1f, as UTF-8
    lines = map("\x1f".join, zip(prevs, numbers, at, users, hosts, actions, tables, keys, changes))
    if "".join(map(_hexdigest, map(hashlib.sha256, map(str.encode, lines)))) != joined:
        return None
    return Log(actions, tables, keys, changes)


def _texts(rows: list[tuple[Any, ...]]) -> list[str]:
    """Every value of ``rows``, row after row, as the writer's encoder writes
    ``logged(value)``: one call of that encoder for the whole table."""
    flat = list(chain.from_iterable(rows))
    text = "".join(_values_encoder(flat, 0))  # "[v1\x00v2\x00...]": \x00 is escaped in values
    return text[1:-1].split("\x00") if flat else []


def _blob_text(value: Any) -> Any:
    if type(value) is bytes:
        return logged(value)
    raise TypeError(f"{type(value).__name__} in a table")


#: the encoder of Audit's ``_encode`` (same escaping, numbers and text; keys not sorted as
#: there are none) with \x00 between items, so its text of a list splits into the items
_values_encoder = json.encoder.c_make_encoder(  # type: ignore[attr-defined]
    None, _blob_text, encode_basestring, None, ": ", "\x00", False, False, True,
) if json.encoder.c_make_encoder is not None else None  # type: ignore[attr-defined]


def _template(names: Iterable[str]) -> str:
    """The writer's text of an insert, a ``%s`` for each value, columns in the order the
    encoder sorts them (the order of ``names`` must already be that order)."""
    parts = [_text(name).replace("%", "%%") + ": [null, %s]" for name in names]
    return "{" + ", ".join(parts) + "}"


def _value_text(value: Any) -> str:
    """One decoded value as the writer's encoder writes it (``_encode`` without its
    per-call set-up for the common types)."""
    kind = type(value)
    if kind is str:
        return _text(value)
    if value is None:
        return "null"
    if kind is int:
        return _int(value)
    return _encode(value)


def _decoded_updates(log: Log, entries: Sequence[int]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The first ``before`` and the last ``after`` of every field the updates change."""
    first: dict[str, Any] = {}
    last: dict[str, Any] = {}
    for i in entries:
        text = log.changes[i]
        try:
            changes, end = _scan(text, 0)  # what json.loads returns, for a text it accepts
        except (StopIteration, ValueError, RecursionError):
            raise _Slow("unreadable") from None
        if end != len(text) or type(changes) is not dict:
            raise _Slow("not one object")
        for column, pair in changes.items():
            if type(pair) is not list or len(pair) != 2:
                raise _Slow("not a pair")
            first.setdefault(column, pair[0])
            last[column] = pair[1]
    return first, last


class _Table:
    """An audited table as the quick path reads it: columns in the writer's (sorted)
    order, and where its primary key is among them."""

    def __init__(self, name: str, pk: str, columns: list[str]) -> None:
        self.name = name
        self.pk = pk
        self.columns = sorted(columns)


def _tables(conn: sqlite3.Connection) -> dict[str, _Table]:
    """Each audited table with its first primary-key column as sqlite-utils names it
    (``rowid`` for a table without one) and its columns."""
    pks: dict[str, list[tuple[int, str]]] = {}
    columns: dict[str, list[str]] = {}
    for table, column, pk in conn.execute(
        "SELECT m.name, p.name, p.pk FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS p"
        " WHERE m.type = 'table'"
    ):
        if table in INTERNAL_TABLES or table.startswith("sqlite_"):
            continue
        columns.setdefault(table, []).append(column)
        if pk:
            pks.setdefault(table, []).append((pk, column))
    return {table: _Table(table, min(pks[table])[1] if table in pks else "rowid", names)
            for table, names in columns.items()}


def _clean(table: _Table, rows: list[tuple[Any, ...]], entries: list[int], log: Log) -> None:
    """Raise :class:`_Slow` unless every row of ``table`` and every log entry about it
    (``entries``, in the order of the log) agree as the old replay would find them.

    Why equal text is enough: the writer's encoder turns ``{c: [None, v]}`` into text that
    decodes back to exactly that dict (str, int, finite float, None: JSON round trips).
    The text built here uses the same encoder on ``logged(value)`` of every field of the
    row, so a logged text equal to it decodes to ``{c: [None, logged(value)]}``: the old
    replay sets the row to the row's own values and finds every field equal. With updates,
    the insert's text is built with each updated field as the first update's ``before``;
    the old replay then overwrites those fields with the last ``after``, which is checked
    to be the row's value by comparing their encoded texts (equal texts, equal values).
    A key without a row must end deleted, every one of its entries readable.
    """
    width = len(table.columns)
    at = table.columns.index(table.pk)
    template = _template(table.columns)
    texts = _texts(rows)
    values = list(map(itemgetter(at), rows))
    try:
        keys = list(map(_int, values))  # _row_key of an int
    except TypeError:
        keys = list(map(_row_key, values))
    if len(set(keys)) != len(keys):
        raise _Slow("two rows with one key")  # (NULL keys of a text primary key)
    actions = list(map(log.actions.__getitem__, entries))
    logged_keys = list(map(log.keys.__getitem__, entries))
    if actions.count("insert") == len(actions):
        inserts, inserted, others = entries, logged_keys, []
    else:
        is_insert = list(map("insert".__eq__, actions))
        inserts = list(compress(entries, is_insert))
        inserted = list(compress(logged_keys, is_insert))
        others = list(compress(entries, map(not_, is_insert)))
    changed: dict[str, list[int]] = {}  # key -> its updates
    other: set[str] = set()  # keys with a delete (or an action swtgov does not write)
    for i in others:
        if log.actions[i] == "update":
            changed.setdefault(log.keys[i], []).append(i)
        else:
            other.add(log.keys[i])
    if inserted == keys:
        insert_of = inserts  # the common case: rows in the order they were inserted
    else:
        last = dict(zip(inserted, inserts))  # a key inserted again (after a delete): its last insert
        found = list(map(last.get, keys))
        if None in found:
            raise _Slow("a row without its insert")
        insert_of = found  # type: ignore[assignment]
        if len(last) != len(inserts):
            other.update(key for key, i in zip(inserted, inserts) if last[key] != i)
    gone = set(inserted).union(changed, other).difference(keys)
    if gone:
        _check_gone(table.name, gone, entries, log)
        for key in gone:
            changed.pop(key, None)
    if not other <= gone:
        _check_history(table.name, other - gone, keys, insert_of, entries, changed, log)
    if not changed:
        built = "\x00".join([template] * len(rows)) % tuple(texts)
        if built != "\x00".join(map(log.changes.__getitem__, insert_of)):
            raise _Slow("an inserted row differs")
        return
    by_row = list(zip(*[iter(texts)] * width))
    plain = list(map(not_, map(changed.__contains__, keys)))
    count = plain.count(True)
    if count:
        # \x00 cannot occur in the built texts (the encoder escapes it), so equal joined
        # texts are equal texts one by one
        built = "\x00".join([template] * count) % tuple(chain.from_iterable(compress(by_row, plain)))
        if built != "\x00".join(map(log.changes.__getitem__, compress(insert_of, plain))):
            raise _Slow("an inserted row differs")
    columns = table.columns
    for i in compress(range(len(rows)), map(not_, plain)):
        updates = changed[keys[i]]
        first = insert_of[i]
        if updates[0] < first:
            raise _Slow("an update before the insert")
        before, after = _decoded_updates(log, updates)
        row = dict(zip(columns, by_row[i]))
        for column, value in after.items():
            if row.get(column) != _value_text(value):
                raise _Slow("an updated field differs")
        for column, value in before.items():
            row[column] = _value_text(value)
        if template % tuple(row.values()) != log.changes[first]:
            raise _Slow("an updated row's insert differs")


def _check_gone(table: str, gone: set[str], entries: list[int], log: Log) -> None:
    """The keys of ``table`` without a row must end deleted, every entry readable."""
    state: dict[str, dict[str, dict[str, Value]]] = {}
    for i in entries:
        key = log.keys[i]
        if key in gone and not apply_entry(state, log.actions[i], table, key, log.changes[i]):
            raise _Slow("an unreadable entry")
    if state.get(table):
        raise _Slow("a row that should be there")


def _check_history(table: str, keys: set[str], row_keys: list[str], insert_of: list[int],
                   entries: list[int], changed: dict[str, list[int]], log: Log) -> None:
    """Rows whose key has more than an insert and updates (deleted and inserted again):
    the last insert replaces whatever came before it, so what came before must only be
    readable; after it, only updates. ``changed`` keeps those later updates."""
    last = {key: insert_of[i] for i, key in enumerate(row_keys) if key in keys}
    state: dict[str, dict[str, dict[str, Value]]] = {}
    later: dict[str, list[int]] = {}
    for i in entries:
        key = log.keys[i]
        if key not in keys:
            continue
        if i < last[key]:
            if not apply_entry(state, log.actions[i], table, key, log.changes[i]):
                raise _Slow("an unreadable entry")
        elif i > last[key]:
            if log.actions[i] != "update":
                raise _Slow("a delete after the last insert")
            later.setdefault(key, []).append(i)
    for key in keys:
        if key in later:
            changed[key] = later[key]
        else:
            changed.pop(key, None)


class Sorted:
    """What the quick path found: the log, its entries per table, the audited tables and
    those proven clean."""

    def __init__(self, log: Log, by_table: dict[str, list[int]], present: dict[str, _Table],
                 clean: set[str]) -> None:
        self.log = log
        self.by_table = by_table
        self.present = present
        self.clean = clean


def sort_out(conn: sqlite3.Connection, read: Callable[[], None] | None = None) -> Sorted | None:
    """Check the chain and prove what tables can be proven clean; None: the old path
    must do it all (the chain does not check out, or the log is unusual).

    Everything is read from SQLite first, then worked through in Python; ``read`` is
    called in between (``verify`` starts SQLite's integrity check there: two threads
    working in SQLite at once slow each other down, SQLite and Python do not).
    """
    row = conn.execute(_LOG_QUERY).fetchone()
    present = _tables(conn)
    rows = {
        name: conn.execute("SELECT " + ", ".join(f'"{c}"' for c in table.columns) + f' FROM "{name}"').fetchall()
        for name, table in present.items()
        if table.pk != "rowid"  # read the old way, with its rowid
    }
    if read is not None:
        read()
    log = _parse_log(row)
    if log is None:
        return None
    by_table: dict[str, list[int]] = {}
    for i, table_name in enumerate(log.tables):
        entries = by_table.get(table_name)
        if entries is None:
            by_table[table_name] = [i]
        else:
            entries.append(i)
    clean: set[str] = set()
    for name, table_rows in rows.items():
        try:
            _clean(present[name], table_rows, by_table.get(name, []), log)
        except Exception:  # noqa: BLE001, S112 - _Slow, or anything odd in a tampered file: the old path decides
            continue
        clean.add(name)
    return Sorted(log, by_table, present, clean)


def check(conn: sqlite3.Connection, report: Callable[[str], None], limit: int = 50,
          shown_tables: frozenset[str] | None = None, read: Callable[[], None] | None = None) -> int | None:
    """The findings of ``verify_log`` followed by ``verify_tables`` (same messages, same
    order); returns the number of entries, or None when the old path must do it all (the
    chain does not check out, or the log is unusual) and nothing was reported. ``read``:
    see :func:`sort_out`."""
    if _values_encoder is None:
        return None  # a Python without the json accelerator: the old path is as quick
    try:
        found = sort_out(conn, read)
    except (sqlite3.DataError, sqlite3.OperationalError, MemoryError):
        return None  # e.g. a text that is not UTF-8: the old path says what it says
    if found is None:
        return None
    log = found.log
    # The entries of a clean table are proven: equal to text built from the table (so
    # valid JSON with known contents), or decoded. The others are decoded and replayed
    # here as the old replay does.
    unreadable: list[int] = []
    expected: dict[str, dict[str, dict[str, Value]]] = {}
    for table, entries in found.by_table.items():
        if table in found.clean:
            continue
        for i in entries:
            if not apply_entry(expected, log.actions[i], table, log.keys[i], log.changes[i]):
                unreadable.append(i + 1)
    for entry_id in sorted(unreadable):
        report(UNREADABLE.format(entry_id))
    report_tables(conn, {table: found.present[table].pk for table in found.present}, report, limit, expected,
                  shown_tables, found.clean)
    return len(log.actions)
