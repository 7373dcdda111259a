"""The governance file keeps its promises: verify sees what changed, a leesversie stays read-only,
the audit chain survives nested changes, older files upgrade, and failures read as Dutch."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlite_utils import Database

from swtgov.errors import FileReadOnly
from swtgov.services.governance import verify
from swtgov.store import migrations
from swtgov.store.backup import list_backups
from swtgov.store.governance import open_file


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def raw(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()


def test_a_file_relabelled_as_leesversie_is_still_verified(demo_file: Path) -> None:
    raw(demo_file,
        "UPDATE risk_assessments SET kans_rest = 1, impact_rest = 1 WHERE risk_id = 1",
        "UPDATE file_info SET value = 'leesversie' WHERE key = 'kind'")
    result = verify(demo_file)
    assert not result.ok
    assert any('tabel "file_info"' in p for p in result.problems)
    assert any('tabel "risk_assessments"' in p and 'veld "kans_rest"' in p for p in result.problems)


def test_opening_a_leesversie_changes_nothing(demo_file: Path, tmp_path: Path) -> None:
    from swtgov.services.review_copy import make_review_copy

    copy = make_review_copy(demo_file, tmp_path / "lees.swtgov")
    before = sha256(copy)
    gf = open_file(copy)
    try:
        assert gf.read_only and gf.is_review_copy
        assert gf.db.execute("SELECT count(*) FROM risks").fetchone()[0] > 0
        with pytest.raises(FileReadOnly, match="leesversie"), gf.change():
            pass
    finally:
        gf.close()
    assert sha256(copy) == before
    assert not Path(str(copy) + "-wal").exists()
    assert not Path(str(copy) + ".lock").exists()


def test_a_dropped_table_is_detected(demo_file: Path) -> None:
    raw(demo_file, "DROP TABLE risk_measures")
    problems = verify(demo_file).problems
    assert any(p.startswith('tabel "risk_measures" ontbreekt') for p in problems)


def test_nested_change_with_a_caught_error_keeps_the_chain(governance_file) -> None:
    gf = governance_file
    with gf.change() as outer:
        outer.insert("file_info", {"key": "buiten", "value": "1"})
        try:
            with gf.change() as inner:
                for n in range(5200):  # more than one buffer's worth: the inner change flushes
                    inner.insert("file_info", {"key": f"binnen-{n}", "value": "x"})
                raise RuntimeError("iets ging mis")
        except RuntimeError:
            pass
        outer.insert("file_info", {"key": "erna", "value": "2"})
    path = gf.path
    gf.close()
    result = verify(path)
    assert result.ok, result.problems[:5]
    conn = sqlite3.connect(path)
    keys = {r[0] for r in conn.execute("SELECT key FROM file_info")}
    conn.close()
    assert {"buiten", "erna"} <= keys and "binnen-0" not in keys


def test_an_older_file_opens_for_reading_after_an_upgrade(tmp_path: Path) -> None:
    names = migrations.known_names()
    path = tmp_path / "oud.swtgov"
    conn = sqlite3.connect(path)
    migrations.migrations().apply(Database(conn), stop_before=names[-1])
    conn.close()
    before = path.read_bytes()
    result = subprocess.run([sys.executable, "-m", "swtgov", "verify", str(path)],
                            capture_output=True, text=True, env={**os.environ}, check=False)
    # verify never writes (issue 9): the older file is reported, not migrated
    assert "oudere versie van swtgov" in result.stdout + result.stderr, result.stderr
    assert path.read_bytes() == before and list_backups(path) == []
    gf = open_file(path, read_only=True)  # opening upgrades it, after a backup
    assert migrations.pending(gf.db) == []
    gf.close()
    assert [b.reason for b in list_backups(path)] == ["migratie"]


def test_an_update_logs_what_sqlite_stored(governance_file) -> None:
    with governance_file.change() as audit:
        audit.insert("file_info", {"key": "telefoon", "value": "0612345678"})
        audit.update("file_info", "telefoon", {"value": 612345678})  # TEXT affinity stores "612345678"
    path = governance_file.path
    governance_file.close()
    assert verify(path).ok


def test_read_only_change_names_who_has_the_file(governance_file) -> None:
    second = open_file(governance_file.path)
    try:
        with pytest.raises(FileReadOnly, match=r"geopend door .+ op .+ sinds .+ om \d\d:\d\d"), second.change():
            pass
    finally:
        second.close()


def test_cli_writes_to_a_missing_folder_fail_in_dutch(demo_file: Path, tmp_path: Path) -> None:
    for args in (["export", str(demo_file), "rooster", str(tmp_path / "nergens" / "x.csv")],
                 ["report", str(demo_file), "rooster", "--out", str(tmp_path / "nergens" / "x.pdf")]):
        result = subprocess.run([sys.executable, "-m", "swtgov", *args],
                                capture_output=True, text=True, env={**os.environ}, check=False)
        assert result.returncode == 1
        assert "niet lezen of schrijven" in result.stderr or "kan niet worden geschreven" in result.stderr
        assert "Traceback" not in result.stderr
