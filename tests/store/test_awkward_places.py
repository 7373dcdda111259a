"""Issue 9: files in awkward places — read-only folders and files, symlinks, leftovers of
killed runs, long names, a full disk. Every case ends in a Dutch message or just works."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from swtgov.cli import main
from swtgov.errors import FileProblem, FileReadOnly
from swtgov.outputs import PREFIX, clean_stale, temporary_in
from swtgov.store.backup import list_backups
from swtgov.store.governance import create_file, open_file
from swtgov.store.lock import FileLock
from swtgov.store.settings import write_setting


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[Path]:
    """``folder`` seen through a read-only bind mount (root ignores permissions), or
    with its write permission taken away (an ordinary user)."""
    if os.geteuid() == 0:
        view = folder.with_name(folder.name + "-alleen-lezen")
        view.mkdir()
        try:
            subprocess.run(["mount", "--bind", str(folder), str(view)], check=True, capture_output=True)
            subprocess.run(["mount", "-o", "remount,ro,bind", str(view)], check=True, capture_output=True)
        except (OSError, subprocess.CalledProcessError):
            pytest.skip("no read-only mount possible here (root ignores folder permissions)")
        try:
            yield view
        finally:
            subprocess.run(["umount", str(view)], check=False, capture_output=True)
    else:
        folder.chmod(0o555)
        try:
            yield folder
        finally:
            folder.chmod(0o755)


def _closed_file(folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    gf = create_file(folder / "stichting.swtgov", "Stichting Alleen Lezen")
    with gf.change() as audit:
        write_setting(audit, "general.organisation_name", "Stichting Alleen Lezen")
    path = gf.path
    gf.close()
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return path


def test_a_good_file_in_a_read_only_folder_opens_read_only_with_the_reason(tmp_path: Path, capsys) -> None:
    source = _closed_file(tmp_path / "map")
    with read_only_folder(source.parent) as view:
        path = view / source.name
        gf = open_file(path)
        try:
            assert gf.read_only
            assert gf.read_only_reason == "de map waarin het staat is alleen-lezen"
            with pytest.raises(FileReadOnly, match=r"alleen-lezen geopend \(de map waarin het staat is alleen-lezen\)"), gf.change():
                pass
        finally:
            gf.close()
        # verify, export and reports keep working; a change is refused in Dutch, exit 1
        assert main(["verify", str(path)]) == 0
        assert main(["export", str(path), "rooster", str(tmp_path / "uit.csv")]) == 0
        assert main(["report", str(path), "rooster", "--out", str(tmp_path / "r.pdf")]) == 0
        assert main(["settings", str(path), "general.backups_kept", "5"]) == 1
        err = capsys.readouterr().err
        assert "beschadigd" not in err and "alleen-lezen" in err


def test_a_read_only_file_is_opened_read_only_and_import_says_why(tmp_path: Path, monkeypatch) -> None:
    path = _closed_file(tmp_path / "map")
    import swtgov.store.opening as opening

    real_access = os.access
    monkeypatch.setattr(opening.os, "access",
                        lambda p, mode: False if Path(p) == path.resolve() and mode & os.W_OK else real_access(p, mode))
    gf = open_file(path)
    try:
        assert gf.read_only and gf.read_only_reason == "het bestand is alleen-lezen"
    finally:
        gf.close()
    source = tmp_path / "in.csv"
    source.write_text("naam;termijn;aanvang;einde\nJan;1;1-1-2024;1-1-2028\n", encoding="utf-8")
    assert main(["import", str(path), "rooster", str(source)]) == 1


def test_the_lock_holds_through_a_symlink(tmp_path: Path) -> None:
    path = _closed_file(tmp_path / "map")
    link = tmp_path / "snelkoppeling.swtgov"
    link.symlink_to(path)
    first = open_file(path, daily_backup=False)
    try:
        second = open_file(link, daily_backup=False)
        try:
            assert second.read_only and second.holder is not None
        finally:
            second.close()
        lock, holder = FileLock.acquire(tmp_path / "map" / ".." / "map" / path.name)
        assert lock is None and holder is not None
    finally:
        first.close()


def test_stale_temporaries_of_ours_are_cleaned_on_the_next_open(tmp_path: Path) -> None:
    path = _closed_file(tmp_path / "map")
    # what a killed export or backup leaves: a temporary of a process that is gone
    dead = subprocess.run(["true"], check=True)
    assert dead.returncode == 0
    pid = 4_000_000  # no such process
    stale = temporary_in(path.parent)
    stale = stale.with_name(stale.name.replace(f"-{os.getpid()}-", f"-{pid}-"))
    stale.write_bytes(b"x" * 1000)
    mine = temporary_in(path.parent)
    mine.write_bytes(b"still being written")
    someone_elses = path.parent / "notities.partial"
    someone_elses.write_text("niet van ons")
    gf = open_file(path, daily_backup=False)
    gf.close()
    assert not stale.exists()
    assert mine.exists() and someone_elses.exists()
    mine.unlink()
    assert clean_stale(path.parent) == 0


def test_a_very_long_file_name_still_gets_backups(tmp_path: Path) -> None:
    name = "s" * 230 + ".swtgov"
    gf = create_file(tmp_path / name, "Stichting Lang")
    try:
        backup = gf.backup("handmatig")
        assert len(backup.path.name) < 200
        assert [b.reason for b in list_backups(gf.path)] == ["handmatig"]
    finally:
        gf.close()


def test_a_full_disk_at_commit_is_a_dutch_message_and_nothing_is_saved(governance_file) -> None:
    gf = governance_file
    pages = gf.conn.execute("PRAGMA page_count").fetchone()[0]
    gf.conn.execute(f"PRAGMA max_page_count = {pages + 1}")
    with pytest.raises(FileProblem, match="De wijziging is niet opgeslagen: de schijf is vol"), gf.change() as audit:
        for n in range(400):
            audit.insert("file_info", {"key": f"vol{n}", "value": "x" * 500})
    assert gf.conn.execute("SELECT count(*) FROM file_info WHERE key LIKE 'vol%'").fetchone()[0] == 0


def test_a_full_disk_during_backup_is_a_dutch_message_and_leaves_nothing(governance_file, monkeypatch) -> None:
    import swtgov.store.backup as backup

    real_connect = sqlite3.connect

    def tiny(target, *args, **kwargs):  # type: ignore[no-untyped-def]
        conn = real_connect(target, *args, **kwargs)
        conn.execute("PRAGMA max_page_count = 2")
        return conn

    monkeypatch.setattr(backup.sqlite3, "connect", tiny)
    with pytest.raises(FileProblem, match="De back-up kon niet worden gemaakt: de schijf is vol"):
        governance_file.backup("handmatig")
    from swtgov.store.paths import backups_dir

    assert list(backups_dir(governance_file.path).iterdir()) == []
    assert not [p for p in governance_file.path.parent.iterdir() if p.name.startswith(PREFIX)]


def test_new_never_leaves_a_half_made_file(tmp_path: Path, monkeypatch) -> None:
    import swtgov.store.governance as governance

    def broken(conn, name):  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(governance, "_fill_new", broken)
    with pytest.raises(FileProblem, match="kan niet worden aangemaakt: de schijf is vol"):
        create_file(tmp_path / "nieuw.swtgov", "Stichting Nieuw")
    assert list(tmp_path.iterdir()) == []


def test_a_zero_byte_leftover_of_an_old_killed_new_is_replaced(tmp_path: Path) -> None:
    path = tmp_path / "nieuw.swtgov"
    path.write_bytes(b"")
    gf = create_file(path, "Stichting Nieuw")
    gf.close()
    assert path.stat().st_size > 0
    with pytest.raises(FileProblem, match="bestaat al"):
        create_file(path, "Stichting Nieuw")
