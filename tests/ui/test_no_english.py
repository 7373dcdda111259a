"""No English in the Dutch window: every dialog is opened and every word it shows is read.

The list holds words that are English and never Dutch; "open", "type", "help",
"of" and the like are Dutch too and are not on it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QWidget,
)

ENGLISH = {
    "the", "and", "with", "to", "file", "files", "folder", "directory", "look", "cancel", "save", "name",
    "new", "choose", "error", "please", "select", "add", "remove", "delete", "edit", "settings", "yes",
    "create", "unsaved", "changes", "modified", "size", "date", "member", "members", "risk", "risks",
    "report", "search", "close", "apply", "none", "all", "not", "found", "problem", "problems", "row",
    "rows", "signal", "signals", "warning", "critical", "export", "manual", "overview",
    "template", "category", "detail", "view", "list", "forward", "parent",
}
WORD = re.compile(r"[A-Za-z]+")


def texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every visible text of a widget and its children."""
    yield "title", widget.windowTitle()
    for child in [widget, *widget.findChildren(QWidget)]:
        name = type(child).__name__
        if isinstance(child, QLabel):
            yield name, child.text()
        elif isinstance(child, QAbstractButton):
            yield name, child.text()
            yield name + ".tooltip", child.toolTip()
        elif isinstance(child, QLineEdit):
            yield name + ".placeholder", child.placeholderText()
        elif isinstance(child, QGroupBox):
            yield name, child.title()
        if isinstance(child, QComboBox):
            yield from ((name, child.itemText(i)) for i in range(child.count()))
        if isinstance(child, QTabWidget):
            yield from ((name, child.tabText(i)) for i in range(child.count()))
        if isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model hides it: no header
                columns = 0
            for column in range(columns):
                yield name + ".header", str(model.headerData(column, Qt.Orientation.Horizontal) or "")


def english_in(widget: QWidget) -> list[str]:
    """Every text of the widget that holds a word from :data:`ENGLISH`."""
    found = []
    for where, text in texts(widget):
        plain = re.sub(r"<[^>]+>", " ", text or "").replace("&", "")
        words = {w.lower() for w in WORD.findall(plain)}
        if words & ENGLISH:
            found.append(f"{where}: {plain!r} ({', '.join(sorted(words & ENGLISH))})")
    return found


def dialogs(window) -> Iterator[tuple[str, Callable[[], QWidget]]]:  # type: ignore[no-untyped-def]
    """Every dialog of the core window and of the two first areas, built but not run."""
    from swtgov.ui.dialogs.manual import ManualDialog
    from swtgov.ui.dialogs.newfile import NewFileDialog
    from swtgov.ui.dialogs.report import ReportDialog
    from swtgov.ui.dialogs.restore import RestoreDialog
    from swtgov.ui.dialogs.settings import SettingsDialog
    from swtgov.ui.dialogs.transfer import ExportDialog, ImportDialog

    session = window.session
    yield "settings", lambda: SettingsDialog(session, window)
    yield "import", lambda: ImportDialog(session, window)
    yield "export", lambda: ExportDialog(session, window)
    yield "report", lambda: ReportDialog(session, window)
    yield "new file", lambda: NewFileDialog(window)
    yield "restore", lambda: RestoreDialog(session.gf.path, window)
    yield "manual", lambda: ManualDialog(window)

    def file_dialog() -> QWidget:
        dialog = QFileDialog(window, "Bestand kiezen", "", "Spreadsheets (*.xlsx *.csv)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        return dialog

    yield "file dialog", file_dialog

    from swtgov.ui.risks.dialogs import MeasureDialog, NewRiskDialog

    register = window.page("risicos").register
    yield "new risk", lambda: NewRiskDialog(register.rules, register.categories, register.owners,
                                            session.as_of, window)
    yield "new measure", lambda: MeasureDialog(register.owners, None, window)
    rooster = window.page("rooster")
    yield "new member", lambda: rooster.new_member()
    yield "committees", lambda: rooster.committees()


def test_every_dialog_speaks_dutch(window, qtbot) -> None:
    problems = []
    for name, build in dialogs(window):
        dialog = build()
        qtbot.addWidget(dialog)
        dialog.show()
        found = english_in(dialog)
        problems += [f"{name}: {f}" for f in found]
        dialog.close()
    assert problems == []


def test_the_pages_and_the_window_speak_dutch(window) -> None:
    problems = []
    for key in [entry.key for entry in window.entries][:3]:
        window.show_page(key)
        problems += [f"{key}: {f}" for f in english_in(window.page(key))]
    menus = [a.text() for a in window.menuBar().actions()]
    for menu in window.menuBar().findChildren(type(window.file_menu)):
        menus += [a.text() for a in menu.actions()] + [a.toolTip() for a in menu.actions()]
    for text in menus:
        words = {w.lower() for w in WORD.findall(text.replace("&", ""))} & ENGLISH
        if words:
            problems.append(f"menu: {text!r} ({', '.join(sorted(words))})")
    assert problems == []


def test_an_error_message_has_no_english_tail(window, qtbot, tmp_path, monkeypatch) -> None:
    """A file that is not a spreadsheet: the reason in Dutch, not "(File is not a zip file)"."""
    from swtgov.errors import SwtgovError
    from swtgov.services.transfer import run_import

    broken = tmp_path / "rooster.xlsx"
    broken.write_text("dit is geen werkmap", encoding="utf-8")
    with pytest.raises(SwtgovError) as caught:
        run_import(window.session.gf, "rooster", broken, dry_run=True)
    message = str(caught.value)
    assert "File is not" not in message
    assert not {w.lower() for w in WORD.findall(message)} & ENGLISH, message
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text() + box.informativeText()) or 0)
    from swtgov.ui.errors import show_error

    show_error(window, caught.value)
    assert shown and "kan niet als Excel-bestand worden gelezen" in shown[0]


def test_qt_s_own_file_dialog_is_translated() -> None:
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Zoeken in:"
    # Qt 6.10 added mnemonics; qtbase_nl has not caught up: swtgov's qtfix_nl fills the gap
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Zoeken in:"
    assert QCoreApplication.translate("QFileDialog", "Files of &type:") == "Bestanden van &type:"
