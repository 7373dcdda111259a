"""Bestand › Importeren: check first, then import in a worker; undo takes it back."""

from __future__ import annotations

from pathlib import Path

import pytest

from swtgov.services import areas
from tests_support_kind import ThingsKind, things


@pytest.fixture(autouse=True)
def things_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(areas, "import_kinds", lambda: {"dingen": ThingsKind()})


def test_check_then_import_then_undo(window, qtbot, tmp_path: Path) -> None:
    from swtgov.ui.dialogs.transfer import ImportDialog

    source = tmp_path / "dingen.csv"
    source.write_text("naam;bedrag;datum\nA;1;1-1-2026\nB;2;2-1-2026\n", encoding="utf-8")
    dialog = ImportDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.source.setText(str(source))
    assert not dialog.import_button.isEnabled()

    dialog.start(dry_run=True)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert "geen problemen gevonden; er is niets opgeslagen" in dialog.result.toPlainText()
    assert "2 nieuw" in dialog.result.toPlainText()
    assert things(window.session.gf.db) == {}
    assert dialog.import_button.isEnabled()

    dialog.start(dry_run=False)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert "Import van \"dingen.csv\" voltooid." in dialog.result.toPlainText()
    assert set(things(window.session.gf.db)) == {"A", "B"}

    window.act_undo.trigger()
    assert things(window.session.gf.db) == {}
    window.act_redo.trigger()
    assert set(things(window.session.gf.db)) == {"A", "B"}


def test_bad_rows_are_listed_and_nothing_changes(window, qtbot, tmp_path: Path) -> None:
    from swtgov.ui.dialogs.transfer import ImportDialog

    source = tmp_path / "fout.csv"
    source.write_text("naam;bedrag;datum\nA;veel;1-1-2026\n", encoding="utf-8")
    dialog = ImportDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.source.setText(str(source))
    dialog.start(dry_run=True)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert 'rij 2, kolom "bedrag": "veel" is geen geldig bedrag' in dialog.result.toPlainText()
    assert not dialog.import_button.isEnabled()
