"""The shared frame: empty states, Bestand › Nieuw, the guide, shortcuts, remembered sizes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QPoint
from PySide6.QtWidgets import QDialog, QSplitter

from swtgov.ui import preferences, style
from swtgov.ui.emptystate import EmptyStack


@pytest.fixture
def new_file(window, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The window after Bestand › Nieuw on an empty organisation (the demo was open)."""
    window.show_page("risicos")
    risks = window.page("risicos")
    risks.select_risk(risks.model.record(0).risk.id)
    assert risks.editor.title_edit.text()
    assert window.files.create(tmp_path / "nieuw.swtgov", "Stichting Nieuw")
    return window


def test_new_file_clears_every_page(new_file, qtbot) -> None:
    window = new_file
    risks = window.page("risicos")
    assert risks.model.rowCount() == 0
    assert risks.editor.risk is None
    assert risks.editor.title_edit.text() == ""  # nothing of the demo's risk stays
    assert risks.editor.description.toPlainText() == ""
    rooster = window.show_page("rooster")
    qtbot.waitUntil(lambda: rooster.model.rowCount() == 0)
    overview = window.show_page("overzicht")
    # an empty board is signalled as such; nothing of the demo's members or risks is left
    assert not [s for s in overview.signals if s.area == "risicos" or s.ref.kind == "member"]
    assert window.windowTitle() == "nieuw.swtgov — swtgov"


def test_empty_pages_say_what_to_do_with_the_buttons_to_do_it(new_file, qtbot, monkeypatch) -> None:
    window = new_file
    rooster = window.show_page("rooster")
    assert rooster.stack.is_empty()
    assert rooster.empty.message.text() == "Nog geen leden. Voeg een lid toe of importeer het rooster uit Excel."
    assert [b.text() for b in rooster.empty.buttons] == ["Lid toevoegen…", "Importeren uit Excel…"]
    risks = window.show_page("risicos")
    assert risks.stack.is_empty()
    assert risks.empty.message.text() == (
        "Nog geen risico's. Voeg een risico toe of importeer het risicoregister uit Excel.")
    opened: list[str | None] = []
    from swtgov.ui.dialogs import transfer

    monkeypatch.setattr(transfer.ImportDialog, "exec", lambda self: opened.append(self.kind.currentData()) or 0)
    risks.empty.buttons[1].click()
    rooster.empty.buttons[1].click()
    assert opened == ["risicos", "rooster"]
    rooster.empty.buttons[0].click()  # Lid toevoegen… opens the new member dialog
    assert rooster.dialog is not None and rooster.dialog.isVisible()
    rooster.dialog.reject()


def test_an_empty_state_goes_once_there_is_data(window) -> None:
    rooster = window.show_page("rooster")
    assert isinstance(rooster.stack, EmptyStack)
    assert not rooster.stack.is_empty()
    assert rooster.model.rowCount() > 0


def test_a_read_only_file_hides_the_empty_state_actions(new_file) -> None:
    rooster = new_file.show_page("rooster")
    rooster.set_read_only(True)
    assert all(b.isHidden() for b in rooster.empty.buttons)
    assert rooster.empty.read_only_note.text() == "Dit bestand is alleen-lezen: hier kan niets worden toegevoegd."
    rooster.set_read_only(False)
    assert not any(b.isHidden() for b in rooster.empty.buttons)


def test_help_manual_opens_inside_the_window_with_a_section_per_area(window, qtbot) -> None:
    from swtgov.services.areas import AREAS

    assert window.act_help.shortcut().toString() == "F1"
    window.act_help.trigger()
    manual = window.manual
    qtbot.waitUntil(lambda: manual.windowHandle() is not None and manual.windowHandle().isExposed())
    titles = [s.title for s in manual.sections]
    assert titles[:5] == ["Eerste stappen", "Importeren uit Excel", "De leesversie voor RvT-leden",
                          "Back-ups en herstellen", "Signalen"]
    assert "Signalen: Leden en rooster" in titles and "Signalen: Risico's" in titles
    assert len(titles) == 5 + len(AREAS)
    assert manual.show_title("Signalen: Risico's")
    assert "above_appetite" in manual.text.toPlainText()
    manual.close()


def test_every_main_action_has_a_shortcut_shown_in_its_tooltip(window) -> None:
    actions = [window.act_new, window.act_open, window.act_import, window.act_export, window.act_report,
               window.act_backup, window.act_restore, window.act_verify, window.act_review_copy,
               window.act_settings, window.act_help, window.act_undo, window.act_redo]
    for action in actions:
        keys = action.shortcut().toString()
        assert keys, action.text()
        assert action.toolTip().endswith(f"({keys})"), action.toolTip()
        assert not action.icon().isNull(), action.text()
    assert len({a.shortcut().toString() for a in actions}) == len(actions)
    assert window.act_import.toolTip() == "Importeren (Ctrl+I)"
    assert [a.shortcut().toString() for a in window.page_actions[:3]] == ["Ctrl+1", "Ctrl+2", "Ctrl+3"]


def test_the_window_fits_the_screen_and_remembers_its_size(qtbot, demo_file: Path) -> None:
    from swtgov.ui.mainwindow import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    available = first.screen().availableGeometry()
    assert first.width() <= max(available.width(), preferences.MINIMUM_SIZE[0])
    assert first.height() <= max(available.height(), preferences.MINIMUM_SIZE[1])
    assert first.minimumWidth() <= 1000 and first.minimumHeight() <= 520  # a 1024×600 screen with a task bar
    first.resize(first.minimumWidth(), 700)
    first.move(QPoint(20, 10))
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (first.minimumWidth(), 700)
    second.close()


def test_splitter_positions_are_remembered(qtbot) -> None:
    splitter = QSplitter()
    qtbot.addWidget(splitter)
    splitter.addWidget(QDialog())
    splitter.addWidget(QDialog())
    splitter.resize(600, 200)
    splitter.show()
    preferences.remember_splitter(splitter, "test/splitter")
    splitter.setSizes([150, 450])
    splitter.splitterMoved.emit(150, 1)
    stored = preferences.settings().value("splitters/test/splitter")
    assert isinstance(stored, QByteArray) and not stored.isEmpty()
    again = QSplitter()
    qtbot.addWidget(again)
    again.addWidget(QDialog())
    again.addWidget(QDialog())
    preferences.remember_splitter(again, "test/splitter")
    assert again.saveState() == stored


def test_file_dialogs_start_in_documents_or_the_last_folder_never_the_data_folder(tmp_path: Path) -> None:
    from swtgov.store.paths import data_dir

    assert preferences.start_folder("spreadsheet") == preferences.documents_folder()
    preferences.remember_folder("spreadsheet", tmp_path / "rooster.xlsx")
    assert preferences.start_folder("spreadsheet") == tmp_path
    preferences.remember_folder("governance", data_dir() / "voorbeeldstad.swtgov")
    assert preferences.start_folder("governance") != data_dir()
    assert preferences.suggested("governance", "x.swtgov") == str(preferences.documents_folder() / "x.swtgov")


def test_the_new_file_dialog_suggests_documents_and_the_organisation_name(qtbot) -> None:
    from swtgov.ui.dialogs.newfile import NewFileDialog

    dialog = NewFileDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Nieuw governancebestand"
    dialog.organisation.setText("Stichting De Linde")
    assert dialog.path() == preferences.documents_folder() / "Stichting De Linde.swtgov"
    assert dialog.organisation_name() == "Stichting De Linde"
    dialog.organisation.setText("Stichting ")
    assert not dialog.buttons.buttons()[0].isEnabled() or dialog.organisation_name() == ""


def test_severity_and_band_colours_read_in_grey() -> None:
    from swtgov.domain.signals import Severity

    greys = [style.grey_level(style.SEVERITY_BACKGROUND[s]) for s in (Severity.CRITICAL, Severity.WARNING,
                                                                      Severity.INFO)]
    assert greys == sorted(greys) and len(set(greys)) == 3
    assert min(b - a for a, b in zip(greys, greys[1:], strict=False)) >= 12
    bands = [style.grey_level(style.BAND_BACKGROUND[k]) for k in ("zeer_hoog", "hoog", "gemiddeld", "laag")]
    assert bands == sorted(bands) and min(b - a for a, b in zip(bands, bands[1:], strict=False)) >= 10
    # every colour in the style sheet is a real one
    colours = re.findall(r"[:\s](#[0-9a-zA-Z]+)", style.STYLE_SHEET)
    assert colours and all(re.fullmatch(r"#[0-9a-f]{6}", c) for c in colours), colours


def test_a_new_measure_starts_without_a_deadline(qtbot) -> None:
    from swtgov.ui.risks.dialogs import MeasureDialog

    dialog = MeasureDialog(["controller"])
    qtbot.addWidget(dialog)
    dialog.description.setPlainText("Tweefactorauthenticatie")
    assert dialog.values()[3] is None
