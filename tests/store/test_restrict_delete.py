"""No row leaves the file without an audit entry (issue 8): ON DELETE RESTRICT, deletes of
dependents through the log, undo restores every row, and step 0007 rebuilds old files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from swtgov.services.governance import verify
from swtgov.services.risks import register as risks
from swtgov.services.rooster import committees, members
from swtgov.store import journal
from swtgov.store.audit import ChangeRefused
from swtgov.store.governance import open_file
from swtgov.store.rooster import repo as rooster_repo

CHILD_TABLES = ("terms", "role_changes", "committee_seats", "risk_assessments", "risk_measures")


def _member_with_dependents(gf) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with gf.change() as audit:
        member_id = members.add_member(audit, "Pieter Jansen", "lid", dt.date(2020, 1, 1), dt.date(2024, 1, 1))
        members.reappoint(audit, member_id, dt.date(2028, 1, 1))
        members.change_role(audit, member_id, "vicevoorzitter", dt.date(2025, 1, 1))
        committee_id = committees.create_committee(audit, "Auditcommissie", "audit")
        committees.assign_seat(audit, committee_id, member_id, dt.date(2021, 1, 1))
    return member_id, committee_id


def _counts(gf) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {t: gf.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("members", "terms", "role_changes", "committee_seats")}


def _audit_rows(gf, after: int) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(a, t) for a, t in gf.conn.execute(
        "SELECT action, table_name FROM audit_log WHERE id > ? ORDER BY id", [after])]


def _last_audit_id(gf) -> int:  # type: ignore[no-untyped-def]
    return int(gf.conn.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0])


def test_every_child_table_restricts_instead_of_cascading(governance_file) -> None:  # type: ignore[no-untyped-def]
    for table in CHILD_TABLES:
        actions = {row[6] for row in governance_file.conn.execute(f"PRAGMA foreign_key_list({table})")}
        assert actions == {"RESTRICT"}, table


def test_a_delete_with_dependents_logs_each_removed_row_and_undo_restores_them_all(governance_file) -> None:  # type: ignore[no-untyped-def]
    gf = governance_file
    member_id, _ = _member_with_dependents(gf)
    before = _counts(gf)
    assert before == {"members": 1, "terms": 2, "role_changes": 2, "committee_seats": 1}
    mark = _last_audit_id(gf)
    with gf.change() as audit:
        rooster_repo.delete_member(audit, member_id)
    steps = list(audit.journal)
    removed = _audit_rows(gf, mark)
    # one audit entry per removed row: 2 terms, 2 role changes (lid, vicevoorzitter), 1 seat, the member
    assert len(removed) == 6 == sum(before.values())
    assert sorted(removed) == sorted([("delete", "committee_seats"), ("delete", "role_changes"),
                                      ("delete", "role_changes"), ("delete", "terms"), ("delete", "terms"),
                                      ("delete", "members")])
    assert _counts(gf) == {"members": 0, "terms": 0, "role_changes": 0, "committee_seats": 0}
    assert verify(gf.path).ok

    with gf.change() as audit:
        journal.undo(audit, steps)
    assert _counts(gf) == before
    terms = gf.conn.execute("SELECT member_id, number, starts_on, ends_on FROM terms ORDER BY number").fetchall()
    assert terms == [(member_id, 1, "2020-01-01", "2024-01-01"), (member_id, 2, "2024-01-01", "2028-01-01")]
    result = verify(gf.path)
    assert result.ok, result.problems


def test_deleting_a_parent_with_children_left_is_refused_in_dutch_and_changes_nothing(governance_file) -> None:  # type: ignore[no-untyped-def]
    gf = governance_file
    member_id, _ = _member_with_dependents(gf)
    before = _counts(gf)
    refused = 'rij \\d+ in tabel "members" kan niet worden verwijderd'
    with pytest.raises(ChangeRefused, match=refused), gf.change() as audit:
        audit.delete("members", member_id)  # the old cascade removed the terms without a log entry
    assert _counts(gf) == before
    result = verify(gf.path)
    assert result.ok, result.problems


def test_deleting_a_risk_logs_its_assessments_and_measures(governance_file) -> None:  # type: ignore[no-untyped-def]
    gf = governance_file
    with gf.change() as audit:
        risk_id = risks.create_risk(audit, risks.RiskFields(title="Cyberaanval", category="ICT"),
                                    dt.date(2026, 1, 1), 3, 4)
        risks.reassess(audit, risk_id, dt.date(2026, 4, 1), 2, 4)
        risks.add_measure(audit, risk_id, "Back-up offline", "ICT", "gepland", dt.date(2026, 6, 1))
    mark = _last_audit_id(gf)
    with gf.change() as audit:
        risks.delete_risk(audit, risk_id)
    steps = list(audit.journal)
    assert sorted(_audit_rows(gf, mark)) == sorted([("delete", "risk_measures"), ("delete", "risk_assessments"),
                                                    ("delete", "risk_assessments"), ("delete", "risks")])
    with gf.change() as audit:
        journal.undo(audit, steps)
    assert gf.conn.execute("SELECT count(*) FROM risk_assessments WHERE risk_id = ?", [risk_id]).fetchone()[0] == 2
    assert verify(gf.path).ok


def _make_old(path: Path) -> None:
    """Turn an up-to-date file back into one from before step 0007 (cascading keys)."""
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA writable_schema = ON")
    for table in CHILD_TABLES:
        conn.execute("UPDATE sqlite_master SET sql = replace(sql, 'ON DELETE RESTRICT', 'ON DELETE CASCADE')"
                     " WHERE type = 'table' AND name = ?", [table])
    conn.execute("PRAGMA writable_schema = OFF")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0007_restrict'")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.execute(f"PRAGMA user_version = {version - 1}")
    conn.commit()
    conn.close()


def test_step_0007_rebuilds_an_old_file_keeping_ids_rows_and_indexes(demo_file: Path) -> None:
    import sqlite3

    gf = open_file(demo_file, daily_backup=False)
    rows_before = {t: gf.conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in CHILD_TABLES}
    indexes_before = sorted(gf.conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN "
        "('terms', 'role_changes', 'committee_seats', 'risk_assessments', 'risk_measures')").fetchall())
    gf.close()
    _make_old(demo_file)
    conn = sqlite3.connect(demo_file)
    assert {r[6] for r in conn.execute("PRAGMA foreign_key_list(terms)")} == {"CASCADE"}
    conn.close()

    gf = open_file(demo_file, daily_backup=False)  # migrates
    try:
        assert "0007_restrict" in [r[0] for r in gf.conn.execute("SELECT name FROM _sqlite_migrations")]
        for table in CHILD_TABLES:
            assert {r[6] for r in gf.conn.execute(f"PRAGMA foreign_key_list({table})")} == {"RESTRICT"}
            assert gf.conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall() == rows_before[table]
        assert sorted(gf.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN "
            "('terms', 'role_changes', 'committee_seats', 'risk_assessments', 'risk_measures')").fetchall()
        ) == indexes_before
        assert gf.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        gf.close()
    result = verify(demo_file)
    assert result.ok, result.problems
    assert json.dumps(result.problems) == "[]"
