"""The window as a secretary meets it: open, read-only, settings, undo, errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QSpinBox

from swtgov.store.governance import open_file
from swtgov.ui.pages.catalog import Page
from swtgov.store.settings import read_setting


def test_opens_in_dutch_with_the_file_in_the_status_bar(window, demo_file: Path) -> None:
    assert window.windowTitle() == f"{demo_file.name} — swtgov"
    assert window.file_label.text() == str(demo_file)
    assert window.state_label.text() == "Opgeslagen"
    assert [a.text() for a in window.menuBar().actions()] == ["&Bestand", "Be&werken", "&Ga naar", "&Help"]
    assert window.nav.item(0).text() == "Overzicht"
    assert not window.banner.isVisible()


def test_every_navigation_entry_is_a_real_page(window) -> None:
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        page = window.stack.currentWidget()
        assert page is window.pages[row]
        assert isinstance(page, Page)
        assert page.title() == window.nav.item(row).text()


def test_a_file_open_elsewhere_opens_read_only_with_a_banner(qtbot, demo_file: Path) -> None:
    from swtgov.ui.mainwindow import MainWindow

    holder = open_file(demo_file)
    try:
        win = MainWindow()
        qtbot.addWidget(win)
        assert win.open_path(demo_file)
        win.show()
        assert win.banner.isVisible()
        assert win.banner.text().startswith("Alleen-lezen: dit bestand is geopend op")
        assert holder.lock.info.user in win.banner.text()
        assert win.state_label.text() == "Alleen-lezen"
        assert not win.act_import.isEnabled() and not win.act_settings.isEnabled()
        win.close()
    finally:
        holder.close()


def test_settings_dialog_saves_and_undo_restores(window, qtbot) -> None:
    from swtgov.ui.dialogs.settings import SettingsDialog

    dialog = SettingsDialog(window.session, window)
    qtbot.addWidget(dialog)
    _, editor = dialog.editors["general.backups_kept"]
    assert isinstance(editor, QSpinBox) and editor.value() == 10
    editor.setValue(4)
    dialog.save()
    db = window.session.gf.db
    assert read_setting(db, "general.backups_kept") == 4
    assert window.act_undo.text() == "&Ongedaan maken Instellingen wijzigen"
    window.act_undo.trigger()
    assert read_setting(db, "general.backups_kept") == 10
    window.act_redo.trigger()
    assert read_setting(db, "general.backups_kept") == 4


def test_a_refused_file_shows_a_message_and_keeps_the_current_file(
    window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr("swtgov.ui.mainwindow.show_error", lambda _p, e, _t=None: shown.append(str(e)))
    bad = tmp_path / "brief.swtgov"
    bad.write_text("Beste leden,", encoding="utf-8")
    current = window.session.gf
    assert not window.open_path(bad)
    assert shown == ['"brief.swtgov" is geen swtgov-bestand: het is geen SQLite-database.']
    assert window.session.gf is current


def test_overview_follows_the_peildatum(window) -> None:
    overview = window.pages[0]
    window.session.set_as_of(dt.date(2026, 1, 15))
    assert overview.date_edit.date().toString("yyyy-MM-dd") == "2026-01-15"
    assert "15 januari 2026" in overview.summary.text()


def test_a_bug_gets_the_crash_dialog_and_a_log(qtbot, monkeypatch: pytest.MonkeyPatch, private_home: Path) -> None:
    from swtgov.ui import errors

    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: seen.append(self.informativeText()) or 0)
    try:
        raise RuntimeError("onverwacht")
    except RuntimeError as exc:
        errors.handle_exception(RuntimeError, exc, exc.__traceback__)
    logs = list((private_home / "logs").glob("crash-*.log"))
    assert len(logs) == 1
    assert "RuntimeError: onverwacht" in logs[0].read_text(encoding="utf-8")
    assert seen and "Uw gegevens zijn veilig" in seen[0] and str(logs[0]) in seen[0]


def test_a_known_error_is_a_plain_dutch_message(qtbot, monkeypatch: pytest.MonkeyPatch, private_home: Path) -> None:
    from swtgov.errors import FileReadOnly
    from swtgov.ui import errors

    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: seen.append(self.text()) or 0)
    error = FileReadOnly("Dit bestand is alleen-lezen geopend; de wijziging is niet opgeslagen.")
    errors.handle_exception(FileReadOnly, error, None)
    assert seen == ["Dit bestand is alleen-lezen geopend; de wijziging is niet opgeslagen."]
    assert not list((private_home / "logs").glob("crash-*.log"))


def test_first_start_creates_and_opens_the_demo(private_home: Path) -> None:
    from swtgov.ui.app import initial_file

    path = initial_file(None)
    assert path == private_home / "voorbeeldstad.swtgov"
    assert path.exists()
    assert initial_file(Path("/elders/x.swtgov")) == Path("/elders/x.swtgov")


def test_overview_lists_every_signal_and_a_click_opens_its_page(window, qtbot) -> None:
    from swtgov.services.signals import collect

    overview = window.pages[0]
    qtbot.waitUntil(lambda: overview.model.rowCount() > 0, timeout=5000)
    expected = collect(window.session.gf.db, window.session.as_of)
    shown = []
    for group in range(overview.model.rowCount()):
        head = overview.model.item(group, 0)
        shown += [(head.child(r, 0).text(), head.child(r, 1).text()) for r in range(head.rowCount())]
    assert shown == [(s.subject, s.message) for s in expected]
    from swtgov.services.areas import AREAS

    assert {s.area for s in expected} == {a.key for a in AREAS}  # the demo has signals from every area
    for area in [a.key for a in AREAS]:
        group_row, child_row = next(
            (g, r)
            for g in range(overview.model.rowCount())
            for r in range(overview.model.item(g, 0).rowCount())
            if overview.model.item(g, 0).child(r, 3).text() == overview.area_label(area)
        )
        index = overview.model.item(group_row, 0).child(child_row, 1).index()
        overview._activated(index)
        assert getattr(window.stack.currentWidget(), "key", None) == area
        assert window.nav.currentRow() == [e.key for e in window.entries].index(area)


def test_housekeeping_waits_for_the_first_paint_and_then_happens(qtbot, tmp_path: Path) -> None:
    """Our own stale temporaries beside the file go, and this computer anchors a file it
    has not seen: after the window's first paint, not before it (start-up time)."""
    import os

    from swtgov.outputs import temporary_in
    from swtgov.services.governance import create_file
    from swtgov.store import anchor
    from swtgov.ui.mainwindow import MainWindow

    path = tmp_path / "stichting.swtgov"
    create_file(path, "Stichting Eerste Keer").close()
    for checkpoints in (Path(os.environ["SWTGOV_HOME"]) / "anchors").glob("*.jsonl"):
        checkpoints.unlink()  # a file this computer has never seen
    stale = temporary_in(path.parent)
    stale = stale.with_name(stale.name.replace(f"-{os.getpid()}-", "-4000000-"))
    stale.write_bytes(b"half a backup")
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(path)
    assert stale.exists() and not anchor.knows(path)  # nothing yet: the window paints first
    win.show()
    qtbot.waitUntil(lambda: not stale.exists(), timeout=5000)
    assert anchor.knows(path)
    win.close()


def test_the_window_paints_its_frame_first_then_the_overview_filled_once(qtbot, demo_file: Path,
                                                                         monkeypatch) -> None:
    """Start-up: the frame (menus, toolbar, navigation, status bar) paints first; the
    Overzicht is built right after, in Dutch, and filled once, not twice."""
    from PySide6.QtCore import QLocale

    from swtgov.ui.mainwindow import MainWindow
    from swtgov.ui.pages.overview import OverviewPage

    refreshed: list[OverviewPage] = []
    original = OverviewPage.refresh
    monkeypatch.setattr(OverviewPage, "refresh", lambda page: (refreshed.append(page), original(page))[1])
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        win = MainWindow()
        qtbot.addWidget(win)
        assert win.open_path(demo_file)
        assert win.stack.currentWidget() is None and refreshed == []  # nothing built before the paint
        assert win.windowTitle() == f"{demo_file.name} — swtgov" and win.nav.currentRow() == 0
        win.show()
        qtbot.waitUntil(lambda: isinstance(win.stack.currentWidget(), OverviewPage) and bool(refreshed),
                        timeout=5000)
        qtbot.wait(50)
        page = win.stack.currentWidget()
        assert refreshed == [page]  # filled once
        assert page.model.rowCount() > 0
        assert QLocale().name() == "nl_NL"  # set after the paint, before the page was built
        # and the page's own (a widget inherits its parent's locale, not a later default)
        assert page.locale().name() == "nl_NL" and win.page("risicos").locale().name() == "nl_NL"
        win.close()
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))


FIRST_FRAME = """
import sys
from pathlib import Path
import PySide6.QtCore as core, PySide6.QtGui as gui, PySide6.QtWidgets as widgets
from swtgov.ui.app import create_application
from swtgov.ui.mainwindow import MainWindow
COSTLY = [(core, "Qt"), (widgets, "QStyle"), (gui, "QKeySequence"), (widgets, "QMessageBox"),
          (widgets, "QFileDialog"), (core, "QStandardPaths")]
app = create_application()
w = MainWindow()
def report():
    try:
        made = [name for module, name in COSTLY if name in vars(module)]  # before the lines below make Qt
        buttons = [(action.text(), w.toolbar.widgetForAction(action)) for action in w.toolbar.actions()]
        labelled = [text for text, button in buttons if isinstance(button, widgets.QToolButton)
                    and button.toolButtonStyle().name == "ToolButtonTextBesideIcon"]
        print("made:" + ",".join(made), flush=True)
        print("labelled:" + ",".join(labelled), flush=True)
    finally:
        app.quit()
# at the first paint, or once the Overzicht is built and the shortcuts attached
w.first_painted.connect(report if sys.argv[2] == "first" else lambda: core.QTimer.singleShot(300, report))
w.open_path(Path(sys.argv[1]))
w.show()
app.exec()
"""


def _made(demo_file: Path, folder: Path, moment: str) -> set[str]:
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", FIRST_FRAME, str(demo_file), moment], capture_output=True,
                         text=True, env=env, timeout=60, cwd=folder)
    assert out.returncode == 0, out.stderr
    lines = dict(line.split(":", 1) for line in out.stdout.splitlines() if ":" in line)
    # the everyday actions carry their word (the app's style sheet), the others are icons
    assert lines["labelled"].split(",") == ["&Importeren…", "&Rapport maken…", "&Handleiding"], out.stdout
    return set(filter(None, lines["made"].split(",")))


def test_the_first_paint_makes_none_of_the_costly_pyside_types(demo_file: Path, tmp_path: Path) -> None:
    """Making PySide's Qt namespace (93 enums), QStyle (600 enum members), QKeySequence,
    QMessageBox, QFileDialog or QStandardPaths costs start-up time the user waits for:
    none of them is made before the window's first paint (a fresh process, as a start)."""
    assert _made(demo_file, tmp_path, "first") == set()
    # the check can fail: right after the paint the Overzicht and the shortcuts make them
    assert {"Qt", "QKeySequence"} <= _made(demo_file, tmp_path, "later")


def test_an_opened_file_comes_first_under_open_recent(qtbot, demo_file: Path, tmp_path: Path) -> None:
    from swtgov.services.governance import create_file
    from swtgov.ui.mainwindow import MainWindow
    from swtgov.ui.recent import recent_files

    other = tmp_path / "tweede.swtgov"
    create_file(other, "Stichting Tweede").close()
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(demo_file)
    win.show()
    qtbot.waitUntil(lambda: win.stack.currentWidget() is not None)  # painted: the Overzicht is built
    assert win.open_path(other)  # after the paint: remembered at once
    assert [path.name for path in recent_files()][:2] == ["tweede.swtgov", demo_file.name]

    def listed() -> list[str]:
        win.recent_menu.aboutToShow.emit()  # as when the user opens Bestand › Recent geopend
        return [action.text() for action in win.recent_menu.actions()]

    qtbot.waitUntil(lambda: listed()[:2] == ["tweede.swtgov", demo_file.name], timeout=5000)
    win.recent_menu.actions()[1].trigger()  # back to the first file
    assert win.session.gf is not None and win.session.gf.path == demo_file
    win.close()


def test_a_page_asked_for_before_the_paint_does_not_take_the_overviews_place(qtbot, demo_file: Path) -> None:
    from swtgov.ui.mainwindow import MainWindow
    from swtgov.ui.pages.overview import OverviewPage

    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(demo_file)
    risks = win.page("risicos")  # built early (a test, a signal) but not shown
    win.show()
    qtbot.waitUntil(lambda: isinstance(win.stack.currentWidget(), OverviewPage))
    assert win.nav.currentRow() == 0 and win.stack.currentWidget() is not risks
    win.close()
