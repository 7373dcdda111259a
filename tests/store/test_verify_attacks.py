"""Issue 9: ``verify`` without false alarms and without the blind spots an attack found.

Each attack edits the closed file with raw SQL, as someone without swtgov would, and
asserts the Dutch problem that ``verify`` now reports.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from swtgov.cli import main
from swtgov.services.governance import restore_backup, verify
from swtgov.store import anchor
from swtgov.store.audit import GENESIS, _entry_hash
from swtgov.store.governance import open_file
from swtgov.store.settings import write_setting


def _raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path)


def _edited(gf, names: list[str]) -> Path:  # type: ignore[no-untyped-def]
    """Make one audited change per name, close; returns the path."""
    for name in names:
        with gf.change() as audit:
            write_setting(audit, "general.organisation_name", name)
    path = gf.path
    gf.close()
    return path


def _undo_tail(path: Path, count: int) -> None:
    """Delete the last ``count`` log entries and undo their changes by raw SQL."""
    conn = _raw(path)
    rows = conn.execute(
        "SELECT id, action, table_name, row_key, changes FROM audit_log ORDER BY id DESC LIMIT ?", [count]
    ).fetchall()
    for entry_id, action, table, key, changes in rows:
        assert action == "update" and table == "settings"
        for column, (before, _after) in json.loads(changes).items():
            conn.execute(f'UPDATE settings SET "{column}" = ? WHERE key = ?', [before, json.loads(key)])
        conn.execute("DELETE FROM audit_log WHERE id = ?", [entry_id])
    conn.commit()
    conn.close()


def test_a_cut_off_log_with_its_changes_undone_is_reported(governance_file) -> None:
    path = _edited(governance_file, ["Stichting A", "Stichting B", "Stichting C", "Stichting D"])
    _undo_tail(path, 3)
    result = verify(path)
    assert not result.ok
    assert any("het auditlog van dit bestand is korter dan op " in p and "3 wijzigingen ontbreken" in p
               for p in result.problems), result.problems


def test_a_rewritten_chain_is_reported(governance_file) -> None:
    path = _edited(governance_file, ["Stichting A"])
    conn = _raw(path)
    conn.execute("UPDATE settings SET value = '\"Stichting Stiekem\"' WHERE key = 'general.organisation_name'")
    rows = conn.execute("SELECT id, at, os_user, host, action, table_name, row_key, changes FROM audit_log ORDER BY id").fetchall()
    prev = GENESIS
    for row in rows:
        changes = row[7].replace("Stichting A", "Stichting Stiekem")
        fields = (*row[:7], changes)
        digest = _entry_hash(prev, fields)
        conn.execute("UPDATE audit_log SET changes = ?, prev_hash = ?, hash = ? WHERE id = ?", [changes, prev, digest, row[0]])
        prev = digest
    conn.commit()
    conn.close()
    result = verify(path)
    assert not result.ok
    assert any("wijkt af van wat deze computer op " in p and "geschiedenis is herschreven" in p
               for p in result.problems), result.problems


def test_emptied_tables_and_log_are_not_in_order(governance_file) -> None:
    path = _edited(governance_file, ["Stichting A"])
    conn = _raw(path)
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != '_sqlite_migrations'").fetchall():
        conn.execute(f'DELETE FROM "{table}"')
    conn.commit()
    conn.close()
    result = verify(path)
    assert not result.ok
    assert any("het auditlog is leeg" in p for p in result.problems), result.problems


def test_emptied_everything_is_reported_even_on_another_computer(governance_file, tmp_path, monkeypatch) -> None:
    path = _edited(governance_file, ["Stichting A"])
    conn = _raw(path)
    for table in ("audit_log", "settings", "file_info"):
        conn.execute(f'DELETE FROM "{table}"')
    conn.commit()
    conn.close()
    monkeypatch.setenv("SWTGOV_HOME", str(tmp_path / "andere-computer"))  # no anchor at all
    result = verify(path)
    assert any("het auditlog is leeg" in p for p in result.problems), result.problems


def test_a_file_dressed_up_as_leesversie_is_reported(governance_file) -> None:
    path = _edited(governance_file, ["Stichting A"])
    conn = _raw(path)
    conn.execute("DELETE FROM audit_log")
    conn.execute("UPDATE file_info SET value = 'leesversie' WHERE key = 'kind'")
    conn.commit()
    conn.close()
    result = verify(path)
    assert not result.ok
    assert any("het auditlog van dit bestand is leeg, maar op " in p for p in result.problems), result.problems
    # without this computer's anchor, the missing seal still says it is not one swtgov made
    assert any("geen zegel" in result.note for _ in [0]), result.note


def test_a_leesversie_edited_afterwards_breaks_its_seal(demo_file: Path, tmp_path: Path) -> None:
    from swtgov.services.review_copy import make_review_copy

    copy = make_review_copy(demo_file, tmp_path / "lees.swtgov")
    assert verify(copy).ok, verify(copy).problems
    conn = _raw(copy)
    conn.execute("UPDATE risks SET title = 'Alles in orde' WHERE id = (SELECT min(id) FROM risks)")
    conn.commit()
    conn.close()
    result = verify(copy)
    assert result.problems == ["de inhoud van deze leesversie is gewijzigd nadat ze is gemaakt (het zegel klopt niet)"]


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("CREATE TRIGGER stil AFTER INSERT ON settings BEGIN DELETE FROM audit_log; END",
         'trigger "stil" is niet door swtgov gemaakt (buiten swtgov toegevoegd)'),
        ("CREATE VIEW overzicht AS SELECT * FROM settings", 'view "overzicht" is niet door swtgov gemaakt'),
        ("CREATE TABLE verstopt (x TEXT)", 'tabel "verstopt" is niet door swtgov gemaakt'),
        ("ALTER TABLE settings ADD COLUMN extra TEXT", 'tabel "settings": kolom "extra" is niet door swtgov gemaakt'),
        ("CREATE INDEX idx_extra ON settings(value)", 'index "idx_extra" is niet door swtgov gemaakt'),
    ],
)
def test_schema_objects_the_migrations_did_not_make_are_reported(governance_file, sql: str, expected: str) -> None:
    path = _edited(governance_file, [])
    conn = _raw(path)
    conn.execute(sql)
    conn.commit()
    conn.close()
    result = verify(path)
    assert any(p.startswith(expected) for p in result.problems), result.problems


def test_verify_reads_one_snapshot_while_another_process_saves(governance_file) -> None:
    """The window verifies in the background while the user edits: no false alarms."""
    path = _edited(governance_file, [])
    writer = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import time
        import swtgov.services
        from swtgov.services.governance import open_file
        from swtgov.store.settings import write_setting
        gf = open_file({str(path)!r}, daily_backup=False)
        end = time.time() + 4
        n = 0
        while time.time() < end:
            with gf.change() as audit:
                for k in range(20):
                    audit.insert("file_info", {{"key": f"k{{n}}-{{k}}", "value": "x" * 200}})
            n += 1
        gf.close()
        print(n)
    """)], stdout=subprocess.PIPE, text=True)
    results = []
    while writer.poll() is None:
        results.append(verify(path))
    assert writer.wait() == 0
    saves = int(writer.stdout.read())  # type: ignore[union-attr]
    assert saves > 10 and len(results) >= 3, (saves, len(results))
    alarms = [r.problems for r in results if not r.ok]
    assert alarms == [], alarms[:2]


def test_verify_never_writes_and_never_upgrades(governance_file) -> None:
    path = _edited(governance_file, ["Stichting A"])
    conn = _raw(path)
    conn.execute("PRAGMA user_version = 1")  # looks like an older file: open_file would migrate it
    conn.commit()
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    backups = path.parent  # nothing new appears beside it either
    names = sorted(p.name for p in backups.iterdir())
    result = verify(path)
    assert "oudere versie van swtgov" in result.note
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in backups.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        n for n in names if not n.endswith(("-wal", "-shm"))]
    from swtgov.store.backup import list_backups

    assert [b.reason for b in list_backups(path)] == []


def test_an_older_copy_says_what_it_is(governance_file, tmp_path: Path) -> None:
    gf = governance_file
    _ = _edited
    with gf.change() as audit:
        write_setting(audit, "general.organisation_name", "Stichting A")
    old = tmp_path / "kopie-van-vorige-week.swtgov"
    gf.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(gf.path, old)
    with gf.change() as audit:
        write_setting(audit, "general.organisation_name", "Stichting B")
    gf.close()
    result = verify(old)
    assert result.ok, result.problems
    assert f"Dit is een oudere kopie van {anchor.real_path(gf.path)}" in result.note


def test_restoring_a_backup_through_the_app_moves_the_anchor(governance_file) -> None:
    gf = governance_file
    with gf.change() as audit:
        write_setting(audit, "general.organisation_name", "Stichting Voor")
    backup = gf.backup("handmatig")
    for name in ("Stichting Na", "Stichting Daarna"):
        with gf.change() as audit:
            write_setting(audit, "general.organisation_name", name)
    restored = restore_backup(gf, backup)
    path = restored.path
    restored.close()
    result = verify(path)
    assert result.ok, result.problems


def test_verify_against_a_controlegetal_from_paper(governance_file, capsys) -> None:
    gf = governance_file
    with gf.change() as audit:
        write_setting(audit, "general.organisation_name", "Stichting A")
    code = gf.check_code
    entries = int(code.split("-")[0])
    assert len(code.split("-")) == 4
    with gf.change() as audit:
        write_setting(audit, "general.organisation_name", "Stichting B")
    path = gf.path
    gf.close()
    assert main(["verify", str(path), "--anchor", code]) == 0
    assert main(["verify", str(path), "--anchor", code.lower().replace("-", " ", 1)]) == 0
    _undo_tail(path, 2)
    assert main(["verify", str(path), "--anchor", code]) == 1
    err = capsys.readouterr().err
    assert f"korter dan volgens controlegetal {code}: 1 wijziging ontbreekt" in err
    assert entries >= 5


def test_the_controlegetal_is_in_every_report_footer(demo_file: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from swtgov.services.reports import build_report

    gf = open_file(demo_file, read_only=True, daily_backup=False)
    try:
        code = gf.check_code
        data = build_report(gf.db, "rooster", tmp_path / "r.pdf")
    finally:
        gf.close()
    import io

    pages = PdfReader(io.BytesIO(data)).pages
    assert all(f"controlegetal {code}" in page.extract_text() for page in pages)
    assert code.startswith(f"{sqlite3.connect(demo_file).execute('SELECT max(id) FROM audit_log').fetchone()[0]}-")
