"""Opening, refusing, locking and backing up governance files."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from swtgov.errors import CorruptFile, FileProblem, FileReadOnly, FileTooNew, NotAGovernanceFile
from swtgov.store import migrations
from swtgov.store.backup import list_backups
from swtgov.store.governance import create_file, network_share, open_file
from swtgov.store.settings import read_setting, write_setting


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_has_schema_foreign_keys_and_wal(governance_file) -> None:
    db = governance_file.db
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA application_id").fetchone()[0] == migrations.APPLICATION_ID
    assert migrations.pending(db) == []
    assert read_setting(db, "general.organisation_name") == "Stichting Test"


def test_create_adds_the_extension_and_refuses_existing(tmp_path: Path) -> None:
    gf = create_file(tmp_path / "stichting", "Stichting X")
    assert gf.path.name == "stichting.swtgov"
    gf.close()
    with pytest.raises(FileProblem, match="bestaat al"):
        create_file(tmp_path / "stichting.swtgov", "Stichting X")


def _sqlite_not_ours(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE boodschappen (naam TEXT)")
    conn.execute("INSERT INTO boodschappen VALUES ('melk')")
    conn.commit()
    conn.close()


def _truncated(path: Path, source: Path) -> None:
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])


def _corrupt(path: Path, source: Path) -> None:
    data = bytearray(source.read_bytes())
    page = 4096
    for offset in range(page * 2, min(len(data), page * 4)):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))


def _too_new(path: Path, source: Path) -> None:
    path.write_bytes(source.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
        ["swtgov", "9999_from_the_future", "2030-01-01"],
    )
    conn.commit()
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()


@pytest.fixture
def closed_demo(governance_file) -> Path:
    """A closed governance file with some rows and its WAL checkpointed."""
    with governance_file.change() as audit:
        for n in range(200):
            audit.insert("file_info", {"key": f"k{n}", "value": "x" * 200})
    path = governance_file.path
    governance_file.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    governance_file.db.execute("PRAGMA journal_mode = DELETE")
    governance_file.close()
    return path


@pytest.mark.parametrize(
    ("maker", "error", "message"),
    [
        ("text", NotAGovernanceFile, "geen SQLite-database"),
        ("empty", NotAGovernanceFile, "geen SQLite-database"),
        ("sqlite", NotAGovernanceFile, "SQLite-database, maar geen swtgov-bestand"),
        ("truncated", CorruptFile, "afgebroken"),
        ("corrupt", CorruptFile, "beschadigd"),
        ("too_new", FileTooNew, "nieuwere versie van swtgov"),
    ],
)
def test_refused_files_are_left_byte_for_byte_unchanged(
    tmp_path: Path, closed_demo: Path, maker: str, error: type, message: str
) -> None:
    path = tmp_path / f"{maker}.swtgov"
    if maker == "text":
        path.write_text("naam;rol\nJan;lid\n", encoding="utf-8")
    elif maker == "empty":
        path.write_bytes(b"")
    elif maker == "sqlite":
        _sqlite_not_ours(path)
    elif maker == "truncated":
        _truncated(path, closed_demo)
    elif maker == "corrupt":
        _corrupt(path, closed_demo)
    else:
        _too_new(path, closed_demo)
    before = sha256(path)
    with pytest.raises(error, match=message):
        open_file(path)
    assert sha256(path) == before
    # and the command line says so with exit 1
    result = subprocess.run(
        [sys.executable, "-m", "swtgov", "verify", str(path)],
        capture_output=True, text=True, env={**os.environ}, check=False,
    )
    assert result.returncode == 1
    assert message in result.stderr
    assert sha256(path) == before
    assert not Path(str(path) + "-wal").exists() or maker in {"too_new"}


def test_missing_file_is_a_known_error(tmp_path: Path) -> None:
    with pytest.raises(FileProblem, match="bestaat niet"):
        open_file(tmp_path / "nergens.swtgov")


def test_second_opener_gets_read_only_with_the_holder(governance_file) -> None:
    second = open_file(governance_file.path)
    try:
        assert second.read_only
        assert second.holder is not None
        assert second.holder.pid == os.getpid()
        with pytest.raises(FileReadOnly), second.change():
            pass
    finally:
        second.close()
    governance_file.close()
    third = open_file(governance_file.path)
    assert not third.read_only
    third.close()


def test_second_process_gets_read_only(governance_file) -> None:
    script = textwrap.dedent(
        f"""
        from swtgov.services.governance import open_file
        gf = open_file({str(governance_file.path)!r})
        print(gf.read_only, gf.holder.user if gf.holder else None)
        gf.close()
        """
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    read_only, user = out.stdout.split()
    assert read_only == "True"
    assert user == governance_file.lock.info.user


def test_lock_of_a_killed_process_does_not_block(tmp_path: Path) -> None:
    gf = create_file(tmp_path / "x.swtgov", "Stichting X")
    path = gf.path
    gf.close()
    script = textwrap.dedent(
        f"""
        import os, signal
        from swtgov.services.governance import open_file
        gf = open_file({str(path)!r})
        assert not gf.read_only
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    subprocess.run([sys.executable, "-c", script], check=False)
    assert Path(str(path) + ".lock").exists()  # left behind by the crash
    reopened = open_file(path)
    assert not reopened.read_only
    reopened.close()


def test_network_share_is_recognised() -> None:
    assert network_share(Path("//server/share/rvt.swtgov")) == "netwerkpad"
    assert network_share(Path("\\\\server\\share\\rvt.swtgov")) == "netwerkpad"


def test_daily_backup_once_a_day_and_keep_the_last_ten(governance_file) -> None:
    path = governance_file.path
    governance_file.close()
    gf = open_file(path)
    assert len(list_backups(path)) == 1
    gf.close()
    gf = open_file(path)
    assert len(list_backups(path)) == 1  # not again the same day
    for _ in range(12):
        gf.backup("handmatig")
    assert len(list_backups(path)) == 10
    gf.close()


def test_backups_kept_is_a_setting(governance_file) -> None:
    with governance_file.change() as audit:
        write_setting(audit, "general.backups_kept", 3)
    for _ in range(5):
        governance_file.backup("handmatig")
    assert len(list_backups(governance_file.path)) == 3


def test_an_older_file_is_backed_up_then_migrated(tmp_path: Path) -> None:
    """A file made by an older version (only the first schema steps) is upgraded."""
    names = migrations.known_names()
    assert len(names) >= 2  # core + the areas' steps: an older file has only the first
    path = tmp_path / "oud.swtgov"
    conn = sqlite3.connect(path)
    from sqlite_utils import Database

    migrations.migrations().apply(Database(conn), stop_before=names[1])
    conn.close()
    gf = open_file(path)
    try:
        assert migrations.pending(gf.db) == []
        backups = list_backups(path)
        assert [b.reason for b in backups][-1] == "migratie"
        old = sqlite3.connect(backups[-1].path)
        kept = [r[0] for r in old.execute("SELECT name FROM _sqlite_migrations")]
        old.close()
        assert kept == names[:1]
    finally:
        gf.close()


def test_schema_version_counts_every_migration() -> None:
    from swtgov.store import schema

    assert schema.version() == len(migrations.known_names()) == len(migrations.migrations()._migrations)


def test_schema_steps_are_numbered_without_gaps() -> None:
    from swtgov.store import schema

    with pytest.raises(ValueError, match="without gaps"):
        schema.install([("0002_a", lambda db: None), ("0004_b", lambda db: None)])
    with pytest.raises(ValueError, match="NNNN_name"):
        schema.install([("2_a", lambda db: None)])
    names = schema.step_names()
    assert [int(name[:4]) for name in names] == list(range(1, len(names) + 1))
