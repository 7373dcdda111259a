"""A checkpoint stopped halfway (SIGKILL, power cut) leaves the file shorter than its
header says, with the WAL beside it holding every page: SQLite completes it on the next
open, so swtgov must not call the file "afgebroken" (found by the SIGKILL test)."""

from __future__ import annotations

import shutil
import sqlite3
import struct
from pathlib import Path

from swtgov.services.governance import open_file, verify
from swtgov.store.governance import create_file

WAL_HEADER = 32
FRAME_HEADER = 24


def _halfway_checkpoint(tmp_path: Path) -> Path:
    """A copy of a file taken while its new pages were still only in the WAL, with page 1
    (the header, the first page a checkpoint writes) already written back."""
    path = tmp_path / "bron.swtgov"
    gf = create_file(path, "Stichting Test")
    gf.conn.execute("PRAGMA wal_autocheckpoint = 0")  # the new pages stay in the WAL
    with gf.change() as audit:
        for n in range(400):
            audit.insert("members", {"name": f"Lid {n} " + "x" * 200})
    copy = tmp_path / "kopie.swtgov"
    for suffix in ("", "-wal", "-shm"):
        shutil.copyfile(str(path) + suffix, str(copy) + suffix)
    gf.close()
    wal = Path(str(copy) + "-wal").read_bytes()
    page_size = struct.unpack(">I", wal[8:12])[0]
    first_page = None
    for at in range(WAL_HEADER, len(wal) - FRAME_HEADER - page_size + 1, FRAME_HEADER + page_size):
        if struct.unpack(">I", wal[at:at + 4])[0] == 1:
            first_page = wal[at + FRAME_HEADER:at + FRAME_HEADER + page_size]
    assert first_page is not None
    with open(copy, "r+b") as handle:
        handle.write(first_page)
    claimed = struct.unpack(">I", first_page[28:32])[0] * page_size
    assert copy.stat().st_size < claimed  # shorter than its header says, as after the kill
    return copy


def test_a_file_whose_checkpoint_stopped_halfway_verifies_and_opens(tmp_path: Path) -> None:
    copy = _halfway_checkpoint(tmp_path)
    result = verify(copy)
    assert result.ok, result.problems
    gf = open_file(copy, daily_backup=False)
    try:
        assert gf.conn.execute("SELECT count(*) FROM members").fetchone()[0] == 400
    finally:
        gf.close()
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_without_its_wal_a_short_file_is_still_called_broken(tmp_path: Path) -> None:
    import pytest

    from swtgov.errors import CorruptFile

    copy = _halfway_checkpoint(tmp_path)
    Path(str(copy) + "-wal").unlink()
    Path(str(copy) + "-shm").unlink()
    with pytest.raises(CorruptFile, match="het bestand is afgebroken"):
        verify(copy)


def test_a_checkpoint_that_ends_while_the_header_is_read_is_no_false_alarm(tmp_path: Path, monkeypatch) -> None:
    """Another process's checkpoint grows the file (header first) and then empties its WAL.
    A header and size read while the WAL was there may be mid-checkpoint; judging them
    after the WAL went made verify call a good file "afgebroken" (1 suite run in ~10, in
    the test of verify beside a saving process)."""
    from swtgov.store import opening

    copy = _halfway_checkpoint(tmp_path)
    read = opening._size_and_header

    def read_then_checkpoint_ends(path: Path):  # type: ignore[no-untyped-def]
        pair = read(path)
        other = sqlite3.connect(copy)  # the other process completes its checkpoint now
        other.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        other.close()
        assert not Path(str(copy) + "-wal").exists() or Path(str(copy) + "-wal").stat().st_size == 0
        return pair

    monkeypatch.setattr(opening, "_size_and_header", read_then_checkpoint_ends)
    result = verify(copy)
    assert result.ok, result.problems
