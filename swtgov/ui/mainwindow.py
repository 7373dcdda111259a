"""The main window: navigation, pages, menus, status bar and the read-only banner."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from swtgov.errors import SwtgovError
from swtgov.services import governance
from swtgov.ui import preferences, recent, style
from swtgov.ui.app import use_dutch_locale
from swtgov.ui.errors import show_error
from swtgov.ui.icons import icon, show_shortcut_in_tooltip
from swtgov.ui.filecommands import FileCommands
from swtgov.ui.pages.catalog import Page, page_entries
from swtgov.ui.session import Session

if TYPE_CHECKING:
    from swtgov.domain.signals import ItemRef

# Dialog classes and the worker are imported where they are used: each PySide class
# costs import time, and the window should paint as fast as a bare one.

HEARTBEAT_MS = 30_000


class StandardKey(str):
    """The name of one of Qt's standard shortcuts (``QKeySequence.StandardKey``), such as
    ``StandardKey("Open")``: looked up when the shortcuts are attached, after the first
    paint, so that making PySide's QKeySequence type does not hold up the window."""


def _display():  # type: ignore[no-untyped-def]
    """swtgov.display, imported when first needed (babel is not needed to paint)."""
    from swtgov import display

    return display


class MainWindow(QMainWindow):
    """One window per process; one governance file at a time."""

    first_painted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.session = Session(self)
        self._painted = False
        self._after_paint: list[Callable[[], object]] = []
        self._fill_queued = False  # the pages are filled after the first paint (open_path)
        self._shortcuts: list[tuple[QAction, str]] = []  # key text or StandardKey
        self.setWindowTitle("swtgov")
        self.setMinimumSize(*preferences.MINIMUM_SIZE)

        self.banner = QLabel()
        self.banner.setObjectName("banner")  # styled in swtgov.ui.style
        self.banner.setWordWrap(True)
        self.banner.hide()

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(style.NAV_WIDTH)
        self.nav.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        self.entries = page_entries()
        self._built: dict[str, Page] = {}
        for entry in self.entries:
            item = QListWidgetItem(icon(entry.key), entry.title())
            item.setToolTip(entry.title())
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._show_row)
        # The first page is built right after the first paint, before the file's data
        # arrives (which waits for the paint as well): until then the window shows its
        # frame, and the page's imports and widgets do not hold up the first sight of it.
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(0)
        self.nav.blockSignals(False)
        self.after_first_paint(self._use_dutch_locale)  # before any page makes a date field
        self.after_first_paint(self._show_current)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.banner)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)

        self.file_label = QLabel()
        self.state_label = QLabel()
        self.statusBar().addWidget(self.file_label, 1)
        self.statusBar().addPermanentWidget(self.state_label)

        self.files = FileCommands(self)
        self._build_menus()
        self._build_toolbar()
        preferences.restore_window(self)
        self.after_first_paint(self._install_shortcuts)
        self.session.file_changed.connect(self._file_changed)
        self.session.undo_stack.cleanChanged.connect(lambda _clean: self._update_state())
        self.session.pending_changed.connect(self._update_state)

        self.heartbeat = QTimer(self)
        self.heartbeat.setInterval(HEARTBEAT_MS)
        self.heartbeat.timeout.connect(self._beat)
        self.heartbeat.start()
        self._file_changed()

    # --- menus -------------------------------------------------------------------------

    def _action(self, text: str, slot: object, shortcut: str | None = None,
                icon_name: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            self._shortcuts.append((action, shortcut))
        if icon_name is not None:
            action.setIcon(icon(icon_name))
        action.triggered.connect(slot)  # type: ignore[arg-type]
        return action

    def _install_shortcuts(self) -> None:
        # Attached right after the first paint: making Qt's key enums costs PySide
        # tens of milliseconds, which nobody should wait for before seeing the window.
        from PySide6.QtGui import QKeySequence

        for action, shortcut in self._shortcuts:
            if isinstance(shortcut, StandardKey):
                action.setShortcut(QKeySequence(getattr(QKeySequence.StandardKey, shortcut)))
            else:
                action.setShortcut(QKeySequence(shortcut))
            show_shortcut_in_tooltip(action)
        self._shortcuts.clear()

    def _build_toolbar(self) -> None:
        """The main actions as icons (their tooltips name the shortcut)."""
        self.toolbar = QToolBar(self.tr("Main actions"))
        self.toolbar.setObjectName("main-actions")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.addActions([self.act_new, self.act_open])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.act_import, self.act_export, self.act_report])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.act_undo, self.act_redo])
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addAction(self.act_help)
        # the everyday actions also carry their word (style sheet: "labelled"); the rest is
        # an icon with a tooltip
        for action in (self.act_import, self.act_report, self.act_help):
            button = self.toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setProperty("labelled", True)
        self.addToolBar(self.toolbar)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.act_new = self._action(self.tr("&New…"), self.files.new_file, StandardKey("New"), "new")
        self.act_open = self._action(self.tr("&Open…"), self.files.choose_file, StandardKey("Open"), "open")
        self.recent_menu = self.file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.file_menu.insertAction(self.recent_menu.menuAction(), self.act_new)
        self.file_menu.insertAction(self.recent_menu.menuAction(), self.act_open)
        self.file_menu.addSeparator()
        self.act_import = self._action(self.tr("&Import…"), self.import_dialog, "Ctrl+I", "import")
        self.act_export = self._action(self.tr("&Export…"), self.export_dialog, "Ctrl+E", "export")
        self.act_report = self._action(self.tr("Make &report…"), self.report_dialog, "Ctrl+P", "report")
        self.file_menu.addActions([self.act_import, self.act_export, self.act_report])
        self.file_menu.addSeparator()
        self.act_backup = self._action(self.tr("Make &backup now"), self.files.backup_now, "Ctrl+B", "backup")
        self.act_restore = self._action(self.tr("Restore from &backup…"), self.files.restore_dialog,
                                        "Ctrl+Shift+B", "restore")
        self.act_verify = self._action(self.tr("&Verify file"), self.files.verify_file, "Ctrl+Shift+V", "verify")
        self.act_review_copy = self._action(self.tr("Make read-only &copy…"), self.files.review_copy_dialog,
                                            "Ctrl+Shift+L", "leesversie")
        self.act_settings = self._action(self.tr("&Settings…"), self.settings_dialog, "Ctrl+,", "settings")
        self.file_menu.addActions([self.act_backup, self.act_restore, self.act_verify, self.act_review_copy])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_settings)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self._action(self.tr("&Quit"), self.close, "Ctrl+Q", "quit"))

        edit = bar.addMenu(self.tr("&Edit"))
        self.act_undo = self.session.undo_action(self, self.tr("&Undo"))  # moves only when the file did
        self._shortcuts.append((self.act_undo, StandardKey("Undo")))
        self.act_redo = self.session.undo_action(self, self.tr("&Redo"), redo=True)
        self._shortcuts.append((self.act_redo, "Ctrl+Y"))
        self.act_undo.setIcon(icon("undo"))
        self.act_redo.setIcon(icon("redo"))
        edit.addActions([self.act_undo, self.act_redo])

        go = bar.addMenu(self.tr("&Go"))
        self.page_actions: list[QAction] = []
        for row, entry in enumerate(self.entries):
            action = self._action(entry.title(), lambda _checked=False, r=row: self.nav.setCurrentRow(r),
                                  f"Ctrl+{row + 1}" if row < 9 else None, entry.key)
            go.addAction(action)
            self.page_actions.append(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.act_help = self._action(self.tr("&Manual"), self.help_dialog, "F1", "help")
        help_menu.addAction(self.act_help)
        help_menu.addSeparator()
        help_menu.addAction(self._action(self.tr("&About swtgov"), self.files.about))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = recent.recent_files()
        if not files:
            empty = self.recent_menu.addAction(self.tr("(no recent files)"))
            empty.setEnabled(False)
        for path in files:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))

    # --- files ---------------------------------------------------------------------------

    def open_path(self, path: Path) -> bool:
        """Open a governance file; a known error is shown and the current file stays."""
        if not self.session.settle_pending(self):  # unsaved input: save, drop, or stay
            return False
        try:
            gf = governance.open_file(Path(path), daily_backup=False, tidy=False)
        except SwtgovError as exc:
            show_error(self, exc, self.tr("File cannot be opened"))
            return False
        # The window paints first (title, status, banner); the pages fill right after.
        self.session.set_file(gf, load=False)
        if not self._painted:
            self._fill_queued = True
        self.after_first_paint(self._fill_pages)
        self.after_first_paint(lambda: recent.remember(gf.path))  # (a file write: after the paint)
        for warning in gf.warnings:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Network share"), warning)
        # housekeeping (our own leftovers, this computer's first anchor) waits for the paint too
        self.after_first_paint(lambda: self._first_sight(gf))
        self.after_first_paint(self.files.daily_backup)
        return True

    def _fill_pages(self) -> None:
        self._fill_queued = False
        self.session.changed.emit()

    def _first_sight(self, gf: governance.GovernanceFile) -> None:
        if self.session.gf is gf:  # still the file shown (not replaced in the meantime)
            try:
                governance.first_sight(gf)
            except SwtgovError as exc:
                show_error(self, exc, self.tr("File cannot be opened"))

    def after_first_paint(self, work: Callable[[], object]) -> None:
        """Run ``work`` once the window has painted (now, if it already has)."""
        if self._painted:
            work()
        else:
            self._after_paint.append(work)

    def help_dialog(self) -> None:
        """Help › Handleiding: the Dutch guide inside the window (one, not modal)."""
        from swtgov.ui.dialogs.manual import ManualDialog

        dialog = getattr(self, "manual", None)
        if dialog is None:
            dialog = self.manual = ManualDialog(self)
        if dialog.isVisible():  # already open behind the window: bring it forward
            dialog.raise_()
            dialog.activateWindow()
        dialog.show()

    def settings_dialog(self) -> None:
        from swtgov.ui.dialogs.settings import SettingsDialog

        if self.session.gf is not None:
            SettingsDialog(self.session, self).exec()

    def import_dialog(self) -> None:
        from swtgov.ui.dialogs.transfer import ImportDialog

        if self.session.gf is not None:
            ImportDialog(self.session, self).exec()

    def export_dialog(self) -> None:
        from swtgov.ui.dialogs.transfer import export_interactively

        export_interactively(self.session, self)

    def report_dialog(self) -> None:
        from swtgov.ui.dialogs.report import ReportDialog

        if self.session.gf is not None:
            ReportDialog(self.session, self).exec()

    # --- state -------------------------------------------------------------------------

    @Slot()
    def _file_changed(self) -> None:
        gf = self.session.gf
        editable = gf is not None and not gf.read_only
        for action in (self.act_import, self.act_restore, self.act_settings):
            action.setEnabled(editable)
        for action in (self.act_export, self.act_report, self.act_backup, self.act_verify):
            action.setEnabled(gf is not None)
        self.act_review_copy.setEnabled(gf is not None and not gf.is_review_copy)
        for page in self._built.values():
            page.set_read_only(not editable)
        self._update_banner()
        self._update_state()
        if gf is not None:
            self.setWindowTitle(f"{gf.path.name} — swtgov")
            self.file_label.setText(str(gf.path))
        else:
            self.setWindowTitle("swtgov")
            self.file_label.setText(self.tr("No file open"))

    def _update_banner(self) -> None:
        gf = self.session.gf
        text = ""
        if gf is not None and gf.is_review_copy:
            text = self.review_copy_text()
        elif gf is not None and gf.read_only and gf.holder is not None:
            holder = gf.holder
            text = self.tr(
                "Read-only: this file is open on {host} by {user} since {since}. "
                "You can read everything; changes are possible once they close it."
            ).format(host=holder.host, user=holder.user, since=_display().moment(holder.since_moment))
        elif gf is not None and gf.read_only:
            text = self.tr("Read-only: this file cannot be changed here.")
            if gf.read_only_reason:  # Dutch, from the store: why (a read-only file or folder)
                text += f" ({gf.read_only_reason})"
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def review_copy_text(self) -> str:
        """The banner of a leesversie (made for RvT members)."""
        import datetime as dt

        gf = self.session.gf
        assert gf is not None
        made = gf.info.get("review_copy_made_at", "")
        by = gf.info.get("review_copy_made_by", "")
        try:
            when = _display().date(dt.datetime.fromisoformat(made).date())
        except ValueError:
            when = made
        return self.tr("Read-only copy of {date}, made by {user}. Nothing can be changed in it.").format(
            date=when, user=by)

    def _update_state(self) -> None:
        gf = self.session.gf
        if gf is None:
            self.state_label.setText("")
        elif gf.is_review_copy:
            self.state_label.setText(self.tr("Read-only copy"))
        elif gf.read_only:
            self.state_label.setText(self.tr("Read-only"))
        elif self.session.has_pending():
            self.state_label.setText(self.tr("Unsaved changes"))
        else:
            self.state_label.setText(self.tr("Saved"))

    def _beat(self) -> None:
        if self.session.gf is not None:
            self.session.gf.heartbeat()

    # --- navigation ----------------------------------------------------------------------

    @property
    def pages(self) -> list[Page]:
        """Every page, in navigation order (building the ones not built yet)."""
        return [self._page_at(row) for row in range(len(self.entries))]

    def _page_at(self, row: int) -> Page:
        entry = self.entries[row]
        page = self._built.get(entry.key)
        if page is None:
            widget = entry.create(self.session)
            assert isinstance(widget, Page), f"{type(widget).__name__} is not a Page"
            page = widget
            self._built[entry.key] = page
            self.stack.addWidget(widget)
            open_ref = getattr(widget, "open_ref", None)  # only pages that point elsewhere have it
            if open_ref is not None:
                open_ref.connect(self.open_ref)
            page.set_read_only(self.session.read_only)
            if self.session.gf is not None and self._painted and not self._fill_queued:
                page.refresh()  # (a page built before the queued fill is filled by it)
        return page

    @Slot(int)
    def _show_row(self, row: int) -> None:
        current = self.stack.currentWidget()
        if current is not None and self.session.has_pending() and not self.session.settle_pending(self):
            self.nav.blockSignals(True)  # stay on the page with the unsaved input
            self.nav.setCurrentRow(self._row_of(current))
            self.nav.blockSignals(False)
            return
        if 0 <= row < len(self.entries):
            self.stack.setCurrentWidget(self._page_at(row))  # type: ignore[arg-type]

    def _use_dutch_locale(self) -> None:
        """Qt's default locale to Dutch, and the window's own: a widget takes its locale
        from its parent (or the default when it is made), so the pages, built after
        this, inherit it from the window, which was made before."""
        from PySide6.QtCore import QLocale

        use_dutch_locale()
        self.setLocale(QLocale())

    def _show_current(self) -> None:
        """Show the page of the navigation's current row (the first one, after the paint;
        a page built earlier on request does not take its place)."""
        row = self.nav.currentRow()
        if 0 <= row < len(self.entries):
            page = self._page_at(row)
            if self.stack.currentWidget() is not page:
                self.stack.setCurrentWidget(page)  # type: ignore[arg-type]

    def _row_of(self, widget: QWidget) -> int:
        """The navigation row of a built page."""
        for row, entry in enumerate(self.entries):
            if self._built.get(entry.key) is widget:
                return row
        return 0

    def page(self, key: str) -> Page | None:
        """The page of an area (built when needed), or None for an unknown key."""
        for row, entry in enumerate(self.entries):
            if entry.key == key:
                return self._page_at(row)
        return None

    def show_page(self, key: str) -> Page | None:
        for row, entry in enumerate(self.entries):
            if entry.key == key:
                self.nav.setCurrentRow(row)
                return self._page_at(row)
        return None

    @Slot(object)
    def open_ref(self, ref: ItemRef) -> None:
        """Go to the page of an item and select it (a click on a signal)."""
        page = self.show_page(ref.area)
        if page is not None:
            page.show_item(ref)

    # --- events --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
            pending, self._after_paint = self._after_paint, []
            for work in pending:
                QTimer.singleShot(0, work)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self.session.settle_pending(self):  # unsaved input: save, drop, or stay open
            event.ignore()
            return
        preferences.save_window(self)
        for task in list(self.files.tasks):
            task.shutdown()
        if self.session.gf is not None:
            self.session.gf.close()
            self.session.gf = None
        event.accept()
