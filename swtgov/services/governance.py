"""Open, create, verify, back up and restore governance files."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from swtgov.errors import FileProblem
from swtgov.store.governance import GovernanceFile, create_file, first_sight, inspect, open_file

if TYPE_CHECKING:
    from swtgov.store.backup import Backup

__all__ = [
    "GovernanceFile",
    "VerifyResult",
    "create_file",
    "first_sight",
    "list_backups",
    "open_file",
    "restore_backup",
    "verify",
]


@dataclass(frozen=True)
class VerifyResult:
    """What ``swtgov verify`` found."""

    problems: list[str]
    audit_entries: int
    note: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(path: Path, *, anchor_code: str | None = None) -> VerifyResult:
    """Integrity check of the database, its schema, and the audit log's hash chain, its
    contents and its anchor (what this computer last saw; a controlegetal from paper).

    Reads only, in one snapshot; the file is never written, not even upgraded.
    """
    from swtgov.services.areas import review_tables
    from swtgov.store.verification import verify_file

    found = verify_file(Path(path), review_tables(), anchor_code)
    return VerifyResult(found.problems, found.entries, " ".join(found.notes))


def restore_backup(gf: GovernanceFile, backup: Backup) -> GovernanceFile:
    """Replace the open file's contents by a backup; the current state is backed up first.

    Returns the reopened file. The caller's ``gf`` is closed.
    """
    if gf.read_only:
        raise FileProblem("Een alleen-lezen geopend bestand kan niet worden hersteld.")
    inspect(backup.path)
    gf.backup("herstel")
    from swtgov.store.backup import copy_into

    path = gf.path
    copy_into(backup.path, gf.conn)
    from swtgov.store import anchor

    anchor.record_head(path, gf.conn)  # a restore on purpose: this is now what the file is
    gf.close()
    return open_file(path, daily_backup=False)


def list_backups(path: Path) -> list[Backup]:
    """The backups of a governance file, newest first."""
    from swtgov.store.backup import list_backups as listing

    return listing(path)
