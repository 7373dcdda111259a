"""Bestand › Back-up maken, Bestand controleren and Herstellen, through the window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from swtgov.store.backup import list_backups
from swtgov.store.settings import read_setting, write_setting


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *a, **k: seen.append(text))
    return seen


def test_backup_now_and_verify(window, qtbot, messages: list[str]) -> None:
    path = window.session.gf.path
    before = len(list_backups(path))
    window.act_backup.trigger()
    qtbot.waitUntil(lambda: not window.files.tasks, timeout=10_000)
    assert len(list_backups(path)) == before + 1
    assert messages[-1].startswith("Back-up gemaakt:")
    window.act_verify.trigger()
    qtbot.waitUntil(lambda: not window.files.tasks, timeout=20_000)
    assert messages[-1].startswith("Het bestand is intact en het auditlog (")


def test_restore_through_the_dialog(window, qtbot, messages: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from swtgov.ui.dialogs import restore

    gf = window.session.gf
    with gf.change() as audit:
        write_setting(audit, "general.organisation_name", "Stichting Eerst")
    backup = gf.backup("handmatig")
    with gf.change() as audit:
        write_setting(audit, "general.organisation_name", "Stichting Later")

    def choose(dialog: restore.RestoreDialog) -> int:
        dialog.chosen = next(b for b in dialog.model.records() if b.path == backup.path)
        return 1

    monkeypatch.setattr(restore.RestoreDialog, "exec", choose)
    window.act_restore.trigger()
    assert read_setting(window.session.gf.db, "general.organisation_name") == "Stichting Eerst"
    assert "is teruggezet" in messages[-1]
