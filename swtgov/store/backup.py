"""Backups with SQLite's online backup API: consistent while the file is open."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from swtgov.store.paths import EXTENSION, backups_dir


@dataclass(frozen=True)
class Backup:
    """One backup file and why it was made."""

    path: Path
    made_at: dt.datetime
    reason: str

    @property
    def size(self) -> int:
        return self.path.stat().st_size


REASONS = {"dagelijks", "migratie", "handmatig", "herstel"}
#: how much of the file's name a backup's name keeps (names stay far below 255 bytes)
STEM_LENGTH = 80


def make_backup(conn: sqlite3.Connection, source: Path, reason: str, keep: int = 10,
                max_bytes: int = 0) -> Backup:
    """Copy the open database to the backup folder and prune old backups.

    Args:
        conn: an open connection to the governance file (read or write).
        source: the governance file's path (names the backup folder).
        reason: one of :data:`REASONS`, kept in the file name.
        keep: how many backups to keep; the oldest beyond that are removed.
        max_bytes: how much the backups may weigh together (0: no limit); the oldest
            that do not fit are removed, the newest always stays.
    """
    from swtgov.errors import FileProblem, sqlite_error_text
    from swtgov.outputs import written

    folder = backups_dir(source)
    now = dt.datetime.now()
    stamp = now.strftime("%Y%m%d-%H%M%S-%f")
    # the stem is shortened so that a long file name still makes a valid backup name
    target = folder / f"{source.stem[:STEM_LENGTH]}-{stamp}-{reason}{EXTENSION}"
    with written(target, what="De back-up") as temp:
        try:
            dest = sqlite3.connect(temp)
            try:
                conn.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
        except sqlite3.Error as exc:
            raise FileProblem(
                f"De back-up kon niet worden gemaakt: {sqlite_error_text(exc)}. Het bestand zelf is ongewijzigd."
            ) from None
    prune(source, keep, max_bytes)
    return Backup(target, now, reason)


def copy_into(backup: Path, conn: sqlite3.Connection) -> None:
    """Replace the contents of an open database by a backup, with the backup API
    (one step, consistent for every other connection)."""
    source = sqlite3.connect(backup.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        source.backup(conn)
    finally:
        source.close()


def list_backups(source: Path) -> list[Backup]:
    """Backups of one file, newest first."""
    result = []
    for path in backups_dir(source).glob(f"*{EXTENSION}"):
        parts = path.stem.rsplit("-", 4)
        if len(parts) != 5:
            continue
        _, day, time, micro, reason = parts
        try:
            made = dt.datetime.strptime(f"{day}-{time}-{micro}", "%Y%m%d-%H%M%S-%f")
        except ValueError:
            continue
        result.append(Backup(path, made, reason))
    return sorted(result, key=lambda b: b.made_at, reverse=True)


def prune(source: Path, keep: int, max_bytes: int = 0) -> None:
    """Remove the oldest backups beyond ``keep``, and those that no longer fit in
    ``max_bytes`` together with the newer ones (the newest always stays)."""
    total = 0
    for number, backup in enumerate(list_backups(source)):
        total += backup.size
        if number >= keep or (number > 0 and max_bytes and total > max_bytes):
            backup.path.unlink(missing_ok=True)


def has_backup_on(source: Path, day: dt.date) -> bool:
    return any(b.made_at.date() == day for b in list_backups(source))
