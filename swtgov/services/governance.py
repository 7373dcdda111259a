"""Open, create, verify, back up and restore governance files."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from swtgov.errors import FileProblem
from swtgov.store.governance import GovernanceFile, create_file, inspect, open_file

if TYPE_CHECKING:
    from swtgov.store.backup import Backup

__all__ = [
    "GovernanceFile",
    "VerifyResult",
    "create_file",
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


def verify(path: Path) -> VerifyResult:
    """Integrity check of the database and of the audit log's hash chain and contents.

    Reads only; the file is opened read-only and left unchanged.
    """
    from swtgov.store import audit

    inspect(path)
    gf = open_file(path, read_only=True, daily_backup=False)
    problems: list[str] = []
    try:
        audit.verify_integrity(gf.db, problems.append)
        note, entries = "", 0
        if gf.is_review_copy and audit.log_is_empty(gf.db):
            note = (
                "Dit is een leesversie: die bevat bewust geen auditlog, dus is alleen de "
                "integriteit van de database gecontroleerd."
            )
        else:
            entries = audit.verify_chain(gf.db, problems.append)
            audit.verify_tables(gf.db, problems.append)
    finally:
        gf.close()
    return VerifyResult(problems, entries, note)


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
    gf.close()
    return open_file(path, daily_backup=False)


def list_backups(path: Path) -> list[Backup]:
    """The backups of a governance file, newest first."""
    from swtgov.store.backup import list_backups as listing

    return listing(path)
