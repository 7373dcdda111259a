"""The audit log: who, when, before/after; the hash chain; tamper detection; undo."""

from __future__ import annotations

import json
import sqlite3

from swtgov.services.governance import verify
from swtgov.store import journal


def _tamper(path, sql: str, params: tuple = ()) -> None:  # type: ignore[no-untyped-def]
    conn = sqlite3.connect(path)
    conn.execute(sql, params)
    conn.commit()
    conn.close()


def test_every_change_records_who_what_before_and_after(governance_file) -> None:
    with governance_file.change() as audit:
        audit.insert("file_info", {"key": "adres", "value": "Stationsplein 1"})
        audit.update("file_info", "adres", {"value": "Stationsplein 2"})
        audit.delete("file_info", "adres")
    rows = list(
        governance_file.db.execute(
            "SELECT action, table_name, row_key, changes, os_user FROM audit_log "
            "WHERE table_name = 'file_info' AND row_key = ? ORDER BY id",
            [json.dumps("adres")],
        )
    )
    assert [r[0] for r in rows] == ["insert", "update", "delete"]
    assert json.loads(rows[1][3]) == {"value": ["Stationsplein 1", "Stationsplein 2"]}
    assert json.loads(rows[2][3])["value"] == ["Stationsplein 2", None]
    assert all(r[4] for r in rows)


def test_an_update_that_changes_nothing_is_not_logged(governance_file) -> None:
    db = governance_file.db
    count = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    with governance_file.change() as audit:
        assert audit.update("settings", "general.organisation_name", {"value": '"Stichting Test"'}) == {}
    assert db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == count


def test_verify_passes_on_an_untouched_file(governance_file) -> None:
    with governance_file.change() as audit:
        audit.insert("file_info", {"key": "a", "value": "1"})
    path = governance_file.path
    governance_file.close()
    result = verify(path)
    assert result.ok, result.problems
    assert result.audit_entries == 5


def test_raw_sql_update_is_detected(governance_file) -> None:
    path = governance_file.path
    governance_file.close()
    _tamper(path, "UPDATE settings SET value = '\"Stichting Stiekem\"' WHERE key = 'general.organisation_name'")
    result = verify(path)
    assert not result.ok
    assert any('veld "value"' in p and "Stichting Stiekem" in p for p in result.problems)


def test_raw_sql_insert_and_delete_are_detected(governance_file) -> None:
    path = governance_file.path
    governance_file.close()
    _tamper(path, "INSERT INTO file_info (key, value) VALUES ('x', 'y')")
    _tamper(path, "DELETE FROM file_info WHERE key = 'created_by'")
    problems = verify(path).problems
    assert any("rij x" in p and "niet in het auditlog" in p for p in problems)
    assert any("created_by" in p and "ontbreekt" in p for p in problems)


def test_editing_or_removing_audit_entries_breaks_the_chain(governance_file) -> None:
    path = governance_file.path
    governance_file.close()
    _tamper(path, "UPDATE audit_log SET os_user = 'iemand anders' WHERE id = 2")
    assert any("regel 2 is achteraf gewijzigd" in p for p in verify(path).problems)


def test_removing_an_audit_entry_is_detected(governance_file) -> None:
    path = governance_file.path
    governance_file.close()
    _tamper(path, "DELETE FROM audit_log WHERE id = 2")
    problems = verify(path).problems
    assert any("regel 2 ontbreekt" in p for p in problems)


def test_undo_and_redo_replay_the_journal_and_stay_verifiable(governance_file) -> None:
    db = governance_file.db
    with governance_file.change() as audit:
        audit.insert("file_info", {"key": "plaats", "value": "Voorbeeldstad"})
        audit.update("settings", "general.organisation_name", {"value": '"Stichting Nieuw"'})
        audit.delete("file_info", "created_by")
    steps = list(audit.journal)
    with governance_file.change() as audit:
        journal.undo(audit, steps)
    assert db.execute("SELECT count(*) FROM file_info WHERE key = 'plaats'").fetchone()[0] == 0
    assert db.execute("SELECT value FROM settings").fetchone()[0] == '"Stichting Test"'
    assert db.execute("SELECT count(*) FROM file_info WHERE key = 'created_by'").fetchone()[0] == 1
    with governance_file.change() as audit:
        journal.redo(audit, steps)
    assert db.execute("SELECT value FROM file_info WHERE key = 'plaats'").fetchone()[0] == "Voorbeeldstad"
    path = governance_file.path
    governance_file.close()
    assert verify(path).ok
