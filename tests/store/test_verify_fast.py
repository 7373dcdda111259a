"""``verify``'s quick path (store/log_fast) reports exactly what the old replay reports.

The reference below is a copy of ``verify_log`` and ``verify_tables`` as they were before
the quick path (commit c036a6d), with the fixes made at the same time, each a traceback
before: an entry nested deeper than the JSON decoder goes, or whose field pair is an
object, is "onleesbaar"; a row key from the log that is not JSON is shown as it stands;
a row whose primary key is a BLOB is "not in the log". Hypothesis tampers with a small file by raw SQL (tables and log,
odd values, with and without a rewritten chain) and the two must agree, message for
message, in the same order.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from swtgov.services.governance import verify
from swtgov.store import log_fast
from swtgov.store.audit import (
    AUDIT_TABLE,
    GENESIS,
    Audit,
    _entry_hash,
    _row_key,
    audited_tables,
    logged,
)
from swtgov.store.governance import database
from swtgov.store.log_check import verify_log, verify_tables

# --- the reference: the old replay and compare -------------------------------------------

_decode = json.JSONDecoder().decode
_BAD = (ValueError, TypeError, AttributeError, IndexError, KeyError, RecursionError)  # + KeyError, RecursionError


def _ref_apply(state: dict, action: str, table: str, key: str, changes: dict) -> None:
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


def _ref_verify_log(conn: sqlite3.Connection, report: Callable[[str], None]) -> tuple[int, dict]:
    prev = GENESIS
    expected_id = 1
    count = 0
    state: dict = {}
    hashed = " || char(31) || ".join(("prev_hash", "id", "at", "os_user", "host", "action", "table_name", "row_key", "changes"))
    for entry_id, line, action, table, key, text, prev_hash, digest in conn.execute(
        f"SELECT id, CAST({hashed} AS BLOB), action, table_name, row_key, changes, prev_hash, hash"
        f" FROM {AUDIT_TABLE} ORDER BY id"
    ):
        count += 1
        if entry_id != expected_id:
            report(f"auditlog: regel {expected_id} ontbreekt (volgende regel is {entry_id})")
        if prev_hash != prev:
            report(f"auditlog: regel {entry_id} sluit niet aan op de regel ervoor")
        if line is None or hashlib.sha256(line).hexdigest() != digest:
            report(f"auditlog: regel {entry_id} is achteraf gewijzigd (hash klopt niet)")
        prev = digest
        expected_id = entry_id + 1
        if not (type(action) is str and type(table) is str and type(key) is str):  # the fix: not text
            report(f"auditlog: regel {entry_id} is onleesbaar")
            continue
        try:
            changes = _decode(text)
            if action == "insert":
                rows = state.get(table)
                if rows is None:
                    rows = state[table] = {}
                rows[key] = {c: pair[1] for c, pair in changes.items()}
            else:
                _ref_apply(state, action, table, key, changes)
        except _BAD:
            report(f"auditlog: regel {entry_id} is onleesbaar")
    return count, state


def _ref_show(value: Any) -> str:
    return "leeg" if value is None else f'"{value}"'


def _ref_key(key: str) -> Any:  # the fix: a key that is not JSON as it stands
    try:
        return json.loads(key)
    except (ValueError, TypeError, RecursionError):
        return key


def _ref_verify_tables(conn: sqlite3.Connection, report: Callable[[str], None], expected: dict,
                       shown_tables: frozenset[str] | None, limit: int = 50) -> None:
    db = database(conn)
    found = 0

    def say(text: str) -> None:
        nonlocal found
        found += 1
        if found <= limit:
            report(text)

    present = set(audited_tables(db))
    for table in sorted(set(expected) - present):
        if expected[table]:
            say(f'tabel "{table}" ontbreekt, maar het auditlog kent er {len(expected[table])} rijen in'
                " (buiten swtgov verwijderd)")
    for table in sorted(present):
        pk = db[table].pks[0]
        should = expected.get(table, {})
        seen: set[str] = set()
        cursor = conn.execute(f'SELECT {"rowid, " if pk == "rowid" else ""}* FROM "{table}"')
        names = [d[0] for d in cursor.description]
        at = names.index(pk)
        for values in cursor:
            key = _row_key(values[at] if type(values[at]) is not bytes else logged(values[at]))  # the fix
            seen.add(key)
            want = should.get(key)
            if want is None:
                say(f'tabel "{table}", rij {values[at]}: staat niet in het auditlog (buiten swtgov toegevoegd)')
                continue
            if want == dict(zip(names, values)):
                continue
            row = dict(zip(names, values, strict=True))
            for column, value in row.items():
                if want.get(column, None) != logged(value):
                    if shown_tables is not None and table not in shown_tables:
                        say(f'tabel "{table}", rij {row[pk]}, veld "{column}": anders dan volgens het '
                            "auditlog (inhoud niet getoond: vertrouwelijk) (buiten swtgov gewijzigd)")
                        continue
                    say(
                        f'tabel "{table}", rij {row[pk]}, veld "{column}": in het bestand {_ref_show(logged(value))},'
                        f" volgens het auditlog {_ref_show(want.get(column))} (buiten swtgov gewijzigd)"
                    )
        for key in should.keys() - seen:
            say(f'tabel "{table}", rij {_ref_key(key)}: ontbreekt (buiten swtgov verwijderd)')
    if found > limit:
        report(f"… en nog {found - limit} afwijkingen")


SHOWN = frozenset({"scratch", "measured", "settings", "file_info"})  # "keyed" and "loose" are confidential


def reference(path: Path) -> tuple[int, list[str]]:
    """The old findings of the log and the tables, in one snapshot."""
    problems: list[str] = []
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        conn.execute("BEGIN")
        count, expected = _ref_verify_log(conn, problems.append)
        _ref_verify_tables(conn, problems.append, expected, SHOWN)
    finally:
        conn.close()
    return count, problems


def quick(path: Path) -> tuple[int, list[str], bool]:
    """The findings as ``verify`` now makes them; True when the quick path decided."""
    problems: list[str] = []
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        conn.execute("BEGIN")
        count = log_fast.check(conn, problems.append, shown_tables=SHOWN)
        if count is not None:
            return count, problems, True
        count, expected = verify_log(database(conn), problems.append)
        verify_tables(database(conn), problems.append, expected=expected, shown_tables=SHOWN)
        return count, problems, False
    finally:
        conn.close()


# --- a small file with odd values, written the way swtgov writes -------------------------

#: texts the writer accepts (it refuses control characters other than tab and newlines)
ODD_TEXTS = ["", "gewoon", "Zoë Çelik", 'aan"hal"ing', "back\\slash", "regel\nregel", "tab\tbel",
             "%s en %d", "ü€𝄞", "null", "12", " ", "\u2028", "cr\r", "{\"a\": [null, 1]}"]
ODD_VALUES: list[Any] = [*ODD_TEXTS, 0, -1, 7, 2**62, -(2**63), 1.5, -0.0, 1e20, 0.1 + 0.2, 1e-300,
                         None, b"", b"\x00\x01blob", "7", 7.0, float("inf")]
#: what only raw SQL puts in a file
RAW_VALUES: list[Any] = ["nul\x00teken", "\x7f", "\x1e\x1f", "\x00", "bel\x07", float("-inf")]


def _build(path: Path) -> None:
    from swtgov.store.governance import create_file

    create_file(path, "Stichting Test").close()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE scratch (id INTEGER PRIMARY KEY, a, b TEXT, c INTEGER, d BLOB)")
    conn.execute("CREATE TABLE keyed (k TEXT PRIMARY KEY, v, w TEXT)")
    conn.execute("CREATE TABLE loose (x, y)")  # no primary key: read with its rowid
    # REAL: SQLite stores 7 as 7.0 but RETURNING (so the log) says 7; the old replay finds
    # them equal, text does not (the quick path leaves such a table to the old one)
    conn.execute("CREATE TABLE measured (id INTEGER PRIMARY KEY, r REAL)")
    audit = Audit(database(conn), "tester", "host")
    values = ODD_VALUES
    for n in range(24):
        audit.insert("scratch", {"a": values[n % len(values)], "b": ODD_TEXTS[n % len(ODD_TEXTS)],
                                 "c": values[(n * 7) % len(values)], "d": values[(n * 5) % len(values)]})
    for n in range(8):
        audit.insert("keyed", {"k": ODD_TEXTS[n] or "leeg", "v": values[n * 3 % len(values)], "w": ODD_TEXTS[-n]})
    for value in (7, 7.5, -0.0, 1e300, float("inf"), None):
        audit.insert("measured", {"r": value})
    for n in (2, 5, 9, 13):
        audit.update("scratch", n, {"a": values[n + 1], "b": "bijgewerkt"})
    audit.update("scratch", 5, {"c": 99})
    audit.update("keyed", "gewoon", {"v": 1.25})
    for n in (7, 11):
        audit.delete("scratch", n)
    audit.delete("keyed", "Zoë Çelik")
    audit.insert("scratch", {"id": 7, "a": "terug", "b": "opnieuw"})  # a key used again
    audit.update("scratch", 7, {"c": 3})
    audit.flush()
    conn.commit()
    conn.close()


@pytest.fixture(scope="module")
def small_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fast") / "small.swtgov"
    _build(path)
    return path


def rehash(conn: sqlite3.Connection) -> None:
    """Rewrite the whole chain, as an attacker who knows the hash would."""
    prev = GENESIS
    rows = conn.execute(
        "SELECT id, at, os_user, host, action, table_name, row_key, changes FROM audit_log ORDER BY id"
    ).fetchall()
    for row in rows:
        digest = _entry_hash(prev, row)
        conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", [prev, digest, row[0]])
        prev = digest


# --- the tampering ----------------------------------------------------------------------

values = st.one_of(
    st.sampled_from(ODD_VALUES + RAW_VALUES),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False, width=64),
    st.text(max_size=6),
    st.binary(max_size=6),
)
TABLE_COLUMNS = {"scratch": ["id", "a", "b", "c", "d"], "keyed": ["k", "v", "w"], "loose": ["x", "y"],
                 "measured": ["id", "r"]}
LOG_COLUMNS = ["at", "os_user", "host", "action", "table_name", "row_key", "changes", "prev_hash", "hash"]


def _mutated(text: str, how: int, value: Any) -> Any:
    """A change to a log entry's JSON text."""
    if how == 0:
        return " " + text  # still JSON, not the writer's text
    if how == 1:
        return text.replace("null", "0", 1)
    if how == 2:
        return text[:-1]  # broken
    if how == 3:
        return "[" * 5000 + "]" * 5000  # deeper than the decoder goes
    if how == 4:
        return json.dumps({"a": {"x": 1}, "id": {"1": 2}})  # a pair that is an object
    if how == 5:
        return json.dumps({"a": [None, value if not isinstance(value, bytes) else logged(value)]}, ensure_ascii=False)
    if how == 6:
        return text.replace(", ", ",  ", 1)
    return text.replace('"', "'", 2)


operation = st.one_of(
    st.tuples(st.just("table-update"), st.sampled_from(sorted(TABLE_COLUMNS)), st.integers(0, 30),
              st.integers(0, 5), values),
    st.tuples(st.just("table-insert"), st.sampled_from(sorted(TABLE_COLUMNS)), st.integers(0, 40),
              st.integers(0, 5), values),
    st.tuples(st.just("table-delete"), st.sampled_from(sorted(TABLE_COLUMNS)), st.integers(0, 30),
              st.integers(0, 5), values),
    st.tuples(st.just("log-field"), st.sampled_from(LOG_COLUMNS), st.integers(1, 50), st.integers(0, 5), values),
    st.tuples(st.just("log-changes"), st.just(""), st.integers(1, 50), st.integers(0, 7), values),
    st.tuples(st.just("log-key"), st.sampled_from(["7", "99", '"gewoon"', "abc", "07", "null", "[1]"]),
              st.integers(1, 50), st.integers(0, 5), values),
    st.tuples(st.just("log-action"), st.sampled_from(["insert", "update", "delete", "other", "Insert"]),
              st.integers(1, 50), st.integers(0, 5), values),
    st.tuples(st.just("log-table"), st.sampled_from(["scratch", "keyed", "loose", "weg", "audit_log", "settings"]),
              st.integers(1, 50), st.integers(0, 5), values),
    st.tuples(st.just("log-delete"), st.just(""), st.integers(1, 50), st.integers(0, 5), values),
    st.tuples(st.just("log-append"), st.sampled_from(["insert", "update", "delete"]), st.integers(0, 40),
              st.integers(0, 5), values),
)


def _apply_operation(conn: sqlite3.Connection, op: tuple[Any, ...]) -> None:
    kind, name, n, k, value = op
    if kind.startswith("table-"):
        columns = TABLE_COLUMNS[name]
        column = columns[k % len(columns)]
        rowids = [r[0] for r in conn.execute(f"SELECT rowid FROM {name} ORDER BY rowid")]
        if kind == "table-update" and rowids:
            conn.execute(f'UPDATE {name} SET "{column}" = ? WHERE rowid = ?', [value, rowids[n % len(rowids)]])
        elif kind == "table-delete" and rowids:
            conn.execute(f"DELETE FROM {name} WHERE rowid = ?", [rowids[n % len(rowids)]])
        elif kind == "table-insert":
            key = f"k{n}" if name == "keyed" else n
            conn.execute(f'INSERT INTO {name} ("{columns[0]}", "{column}") VALUES (?, ?)'
                         if column != columns[0] else f'INSERT INTO {name} ("{columns[0]}") VALUES (?)',
                         [key, value] if column != columns[0] else [key])
        return
    ids = [r[0] for r in conn.execute("SELECT id FROM audit_log ORDER BY id")]
    entry = ids[n % len(ids)] if ids else None
    if kind == "log-field" and entry is not None:
        conn.execute(f'UPDATE audit_log SET "{name}" = ? WHERE id = ?', [value, entry])
    elif kind == "log-changes" and entry is not None:
        text = conn.execute("SELECT changes FROM audit_log WHERE id = ?", [entry]).fetchone()[0]
        conn.execute("UPDATE audit_log SET changes = ? WHERE id = ?", [_mutated(str(text), k, value), entry])
    elif kind in ("log-key", "log-action", "log-table") and entry is not None:
        column = {"log-key": "row_key", "log-action": "action", "log-table": "table_name"}[kind]
        conn.execute(f"UPDATE audit_log SET {column} = ? WHERE id = ?", [name, entry])
    elif kind == "log-delete" and entry is not None:
        conn.execute("DELETE FROM audit_log WHERE id = ?", [entry])
    elif kind == "log-append":
        # an entry added behind the app's back, for a row of scratch (real or not)
        key = str(n)
        row = conn.execute("SELECT * FROM scratch WHERE id = ?", [n]).fetchone()
        if name == "insert":
            names = TABLE_COLUMNS["scratch"]
            stored = dict(zip(names, row, strict=True)) if row else {"id": n, "a": value}
            changes = {c: [None, logged(v)] for c, v in stored.items()}
        elif name == "update":
            changes = {"a": [None, logged(value)]}
        else:
            changes = {"id": [n, None]}
        last = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        new_id, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
        fields = (new_id, "2026-11-22T10:00:00+01:00", "iemand", "elders", name, "scratch", key,
                  json.dumps(changes, ensure_ascii=False, sort_keys=True))
        conn.execute(
            "INSERT INTO audit_log (id, at, os_user, host, action, table_name, row_key, changes, prev_hash, hash)"
            " VALUES (?,?,?,?,?,?,?,?,?,?)", [*fields, prev, _entry_hash(prev, fields)],
        )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(operation, min_size=1, max_size=4), rewrite=st.booleans())
def test_the_quick_path_reports_what_the_old_replay_reports(small_file: Path, tmp_path: Path,
                                                            ops: list[tuple[Any, ...]], rewrite: bool) -> None:
    path = tmp_path / "copy.swtgov"
    shutil.copyfile(small_file, path)
    conn = sqlite3.connect(path)
    for op in ops:
        try:
            _apply_operation(conn, op)
        except sqlite3.Error:
            pass  # a constraint refused it: so would it the attacker
    if rewrite:
        rehash(conn)
    conn.commit()
    conn.close()
    assert quick(path)[:2] == reference(path)


@pytest.mark.parametrize(("op", "reported"), [
    (("table-update", "scratch", 3, 2, "stiekem"), True),
    (("table-update", "scratch", 3, 3, 12.5), True),
    (("table-update", "scratch", 4, 4, b"andere blob"), True),
    (("table-update", "scratch", 4, 1, 1), True),  # the int 1 where the log has the text
    (("table-update", "keyed", 2, 1, "anders"), True),
    (("table-insert", "scratch", 40, 1, "erbij"), True),
    (("table-delete", "scratch", 0, 0, None), True),
    (("log-changes", "", 5, 2, None), True),
    (("log-changes", "", 5, 3, None), True),
    (("log-changes", "", 5, 4, None), True),
    (("log-changes", "", 5, 5, "anders"), True),
    (("log-key", "abc", 9, 0, None), True),
    (("log-action", "delete", 12, 0, None), True),
    (("log-table", "weg", 12, 0, None), True),
    (("log-append", "update", 3, 0, "achteraf"), True),
    (("log-append", "delete", 4, 0, None), True),
    # other text, same meaning: the quick path cannot prove it, the old one finds it equal
    (("log-changes", "", 5, 0, None), False),
    (("log-changes", "", 5, 6, None), False),
    (("log-changes", "", 30, 1, None), False),  # an insert's "before", which the replay ignores
])
def test_each_tampering_is_reported_as_before(small_file: Path, tmp_path: Path, op: tuple[Any, ...],
                                              reported: bool) -> None:
    path = tmp_path / "copy.swtgov"
    shutil.copyfile(small_file, path)
    conn = sqlite3.connect(path)
    _apply_operation(conn, op)
    rehash(conn)  # the chain checks out: the replay must find it
    conn.commit()
    conn.close()
    count, problems, decided_quickly = quick(path)
    assert (count, problems) == reference(path)
    assert bool(problems) == reported, problems
    assert decided_quickly  # the chain checks out, so the quick path decided (tables the old way)


def _sorted_out(path: Path) -> log_fast.Sorted | None:
    """What the quick path proves of ``path``, read-only."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return log_fast.sort_out(conn)
    finally:
        conn.close()


def test_an_untouched_file_is_proven_clean_table_by_table(small_file: Path) -> None:
    found = _sorted_out(small_file)
    assert found is not None
    # all but the table without a primary key and the one with REAL values stored as 7.0
    # where the log says 7 (no swtgov table has either)
    left = {name for name, table in found.present.items() if name not in found.clean}
    assert left == {"loose", "measured"}
    assert {"scratch", "keyed"} <= found.clean
    assert quick(small_file) == (reference(small_file)[0], [], True)


def test_the_demo_file_takes_the_quick_path_for_every_table(demo_file: Path) -> None:
    found = _sorted_out(demo_file)
    assert found is not None
    assert found.clean == set(found.present)
    assert len(found.present) > 15
    result = verify(demo_file)
    assert result.ok, result.problems
    assert result.audit_entries == len(found.log.actions)


def test_a_broken_chain_goes_the_old_way_with_the_old_messages(small_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "copy.swtgov"
    shutil.copyfile(small_file, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE audit_log SET host = 'elders' WHERE id = 12")
    conn.execute("DELETE FROM audit_log WHERE id = 20")
    conn.commit()
    conn.close()
    count, problems, decided_quickly = quick(path)
    assert not decided_quickly
    assert (count, problems) == reference(path)
    assert "auditlog: regel 12 is achteraf gewijzigd (hash klopt niet)" in problems
    assert "auditlog: regel 20 ontbreekt (volgende regel is 21)" in problems


def test_json_nested_too_deep_is_unreadable_not_a_traceback(governance_file) -> None:
    path = governance_file.path
    governance_file.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE audit_log SET changes = ? WHERE id = 2", ["[" * 100_000 + "]" * 100_000])
    rehash(conn)
    conn.commit()
    conn.close()
    result = verify(path)
    assert "auditlog: regel 2 is onleesbaar" in result.problems


@pytest.mark.parametrize("column", ["table_name", "row_key", "action"])
def test_a_log_field_that_is_not_text_is_unreadable_not_a_traceback(governance_file, column: str) -> None:
    path = governance_file.path
    governance_file.close()
    conn = sqlite3.connect(path)
    conn.execute(f"UPDATE audit_log SET {column} = X'' WHERE id = 2")  # a BLOB, by raw SQL
    rehash(conn)
    conn.commit()
    conn.close()
    result = verify(path)
    assert "auditlog: regel 2 is onleesbaar" in result.problems


def test_a_log_key_that_is_not_json_is_named_as_it_stands(governance_file) -> None:
    path = governance_file.path
    governance_file.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE audit_log SET row_key = 'geen json' WHERE id = 2")
    rehash(conn)
    conn.commit()
    conn.close()
    table = sqlite3.connect(path).execute("SELECT table_name FROM audit_log WHERE id = 2").fetchone()[0]
    result = verify(path)
    assert f'tabel "{table}", rij geen json: ontbreekt (buiten swtgov verwijderd)' in result.problems


def test_integrity_problems_come_first_and_an_unreadable_file_is_only_damaged(
        governance_file, monkeypatch: pytest.MonkeyPatch) -> None:
    from swtgov.store import verification

    path = governance_file.path
    governance_file.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE settings SET value = '\"stiekem\"'")
    conn.commit()
    conn.close()

    def damaged_page(self: verification._IntegrityCheck) -> None:
        self.rows = ["*** in database main ***", "Page 7: btreeInitPage() returns error code 11"]

    monkeypatch.setattr(verification._IntegrityCheck, "_run", damaged_page)
    problems = verify(path).problems
    assert problems[:2] == ["integriteit: *** in database main ***",
                            "integriteit: Page 7: btreeInitPage() returns error code 11"]
    assert any("buiten swtgov gewijzigd" in p for p in problems[2:])

    def unreadable(self: verification._IntegrityCheck) -> None:
        self.error = sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(verification._IntegrityCheck, "_run", unreadable)
    assert verify(path).problems == ["de database is beschadigd: ze kan niet helemaal worden gelezen"]
