"""Backups of a file with many documents: the space they take together has a limit."""

from __future__ import annotations

import os
import time

from swtgov.store.backup import list_backups, prune
from swtgov.store.settings import write_setting


def test_the_oldest_backups_that_do_not_fit_go(governance_file) -> None:
    for _ in range(4):
        governance_file.backup("handmatig", keep=10)
        time.sleep(0.002)
    backups = list_backups(governance_file.path)
    assert len(backups) == 4
    size = backups[0].size
    prune(governance_file.path, keep=10, max_bytes=2 * size + size // 2)
    assert [b.path for b in list_backups(governance_file.path)] == [b.path for b in backups[:2]]
    prune(governance_file.path, keep=10, max_bytes=1)  # the newest always stays
    assert [b.path for b in list_backups(governance_file.path)] == [backups[0].path]


def test_the_setting_limits_every_backup(governance_file) -> None:
    with governance_file.change() as audit:
        write_setting(audit, "general.backups_max_mb", 0)
    for _ in range(3):
        governance_file.backup("handmatig")
        time.sleep(0.002)
    assert len(list_backups(governance_file.path)) == 3  # 0: no limit
    newest = list_backups(governance_file.path)[0]
    os.truncate(newest.path, 3_000_000)  # pretend a backup full of documents
    with governance_file.change() as audit:
        write_setting(audit, "general.backups_max_mb", 2)
    made = governance_file.backup("handmatig")
    assert [b.path for b in list_backups(governance_file.path)] == [made.path]
