"""Backups and restoring one: the current state is backed up first, then replaced."""

from __future__ import annotations

from swtgov.services.governance import restore_backup, verify
from swtgov.store.backup import list_backups
from swtgov.store.settings import read_setting, write_setting


def test_restore_goes_back_and_keeps_the_state_before(governance_file) -> None:
    with governance_file.change() as audit:
        write_setting(audit, "general.organisation_name", "Stichting Voor")
    backup = governance_file.backup("handmatig")
    with governance_file.change() as audit:
        write_setting(audit, "general.organisation_name", "Stichting Na")
    restored = restore_backup(governance_file, backup)
    try:
        assert read_setting(restored.db, "general.organisation_name") == "Stichting Voor"
        reasons = [b.reason for b in list_backups(restored.path)]
        assert reasons[0] == "herstel"
        # the safety backup holds the state just before the restore
        from swtgov.store.governance import open_file

        before = open_file(list_backups(restored.path)[0].path, read_only=True, daily_backup=False)
        assert read_setting(before.db, "general.organisation_name") == "Stichting Na"
        before.close()
    finally:
        restored.close()
    assert verify(restored.path).ok
