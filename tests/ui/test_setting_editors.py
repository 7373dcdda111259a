"""Structured settings: risicobereidheid as a table, bands as ranges, labels as five lines.

Each editor is driven the way a secretary would; the dialog saves what the command line
reads back, and refuses a value with the Dutch reason.
"""

from __future__ import annotations

import pytest

from swtgov.domain.risks.rules import DEFAULT_APPETITE, DEFAULT_BANDS_SETTING, IMPACT_LABELS
from swtgov.store.settings import read_setting
from swtgov.ui.dialogs.setting_editors import AppetiteEditor, BandsEditor, LabelsEditor


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The Dutch messages of refused saves (instead of a modal box)."""
    seen: list[str] = []

    def record(_parent, error, _title=None) -> None:  # type: ignore[no-untyped-def]
        seen.append(str(error))

    monkeypatch.setattr("swtgov.ui.dialogs.settings.show_error", record)
    return seen


def test_appetite_table_edits_one_category_adds_and_removes(qtbot) -> None:
    editor = AppetiteEditor()
    qtbot.addWidget(editor)
    editor.set_value(DEFAULT_APPETITE)
    assert editor.table.rowCount() == 7
    row = next(r for r in range(7) if editor.table.item(r, 0).text() == "financieel")
    editor.spin(row).setValue(12)
    new = editor.add_row("klimaat", 4)
    assert editor.spin(new).maximum() == 25 and editor.spin(new).minimum() == 1
    editor.table.setCurrentCell(next(r for r in range(8) if editor.table.item(r, 0).text() == "reputatie"), 0)
    editor.remove_current()
    value = editor.value()
    assert value["financieel"] == 12
    assert value["klimaat"] == 4
    assert "reputatie" not in value
    assert len(value) == 7
    assert editor.problem() is None


def test_appetite_table_names_a_missing_or_twice_listed_category(qtbot) -> None:
    editor = AppetiteEditor()
    qtbot.addWidget(editor)
    editor.set_value({"financieel": 9})
    editor.add_row("", 6)
    assert editor.problem() == "Regel 2 heeft geen naam van een categorie."
    editor.table.item(1, 0).setText(" Financieel ")
    assert editor.problem() == 'De categorie "Financieel" staat er twee keer in.'
    assert not editor.problem_label.isHidden()


def test_bands_follow_each_other_and_a_gap_is_named(qtbot) -> None:
    editor = BandsEditor()
    qtbot.addWidget(editor)
    editor.set_value(DEFAULT_BANDS_SETTING)
    assert editor.value() == {k: list(v) for k, v in DEFAULT_BANDS_SETTING.items()}
    editor.highs["laag"].setValue(4)  # the next band starts right after
    assert editor.lows["gemiddeld"].value() == 5
    assert editor.problem() is None
    editor.lows["hoog"].setValue(12)  # typed by hand: 10 and 11 fall in no band
    assert editor.problem() == "de banden sluiten niet aan: score 10–11 valt in geen enkele band"
    assert editor.problem_label.text() == editor.problem()
    editor.highs["zeer hoog"].setValue(24)
    editor.lows["hoog"].setValue(10)
    assert editor.problem() == "de banden moeten tot en met 25 lopen, niet tot en met 24"


def test_labels_are_five_lines_none_empty(qtbot) -> None:
    editor = LabelsEditor()
    qtbot.addWidget(editor)
    editor.set_value(list(IMPACT_LABELS))
    assert [line.text() for line in editor.lines] == list(IMPACT_LABELS)
    editor.lines[2].setText("  ")
    assert editor.problem() == "de omschrijving voor 3 is leeg"
    editor.lines[2].setText("aanzienlijk")
    assert editor.value()[2] == "aanzienlijk"
    assert editor.problem() is None


def test_the_settings_dialog_saves_structured_values_and_refuses_a_gap(window, qtbot, errors: list[str]) -> None:
    from swtgov.ui.dialogs.settings import SettingsDialog

    dialog = SettingsDialog(window.session, window)
    qtbot.addWidget(dialog)
    appetite = dialog.editors["risicos.appetite"][1]
    bands = dialog.editors["risicos.bands"][1]
    kans = dialog.editors["risicos.kans_labels"][1]
    assert isinstance(appetite, AppetiteEditor) and isinstance(bands, BandsEditor)
    assert isinstance(kans, LabelsEditor)

    bands.lows["gemiddeld"].setValue(6)  # 4 and 5 in no band
    dialog.save()
    assert errors == ["Scorebanden: de banden sluiten niet aan: score 4–5 valt in geen enkele band"]
    assert dialog.result() == 0
    bands.lows["gemiddeld"].setValue(4)

    row = next(r for r in range(appetite.table.rowCount()) if appetite.table.item(r, 0).text() == "financieel")
    appetite.spin(row).setValue(15)
    kans.lines[0].setText("zeldzaam")
    dialog.save()
    assert len(errors) == 1
    db = window.session.gf.db
    assert read_setting(db, "risicos.appetite")["financieel"] == 15
    assert read_setting(db, "risicos.kans_labels")[0] == "zeldzaam"
    window.session.undo_stack.undo()
    assert read_setting(db, "risicos.appetite")["financieel"] == 9


def test_no_json_field_is_left_for_the_risk_settings(window, qtbot) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    from swtgov.ui.dialogs.settings import SettingsDialog

    dialog = SettingsDialog(window.session, window)
    qtbot.addWidget(dialog)
    risk_editors = {k: e for k, (_s, e) in dialog.editors.items() if k.startswith("risicos.")}
    assert not [k for k, e in risk_editors.items() if isinstance(e, QPlainTextEdit)]
