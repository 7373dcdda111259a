"""What the window remembers per user (``QSettings``): size, position, splitters, folders.

Stored as an ini file in the user's swtgov data folder (``SWTGOV_HOME`` in tests), next
to the list of recent files: a preference of this computer, never of a governance file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QApplication, QSplitter, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFileDialog

# QStandardPaths and QFileDialog are imported where they are used: the window restores
# its size from here before its first paint, and each PySide class costs import time.

from swtgov.store.paths import data_dir

#: the size the window would like, when the screen has room for it
PREFERRED_SIZE = (1280, 800)
#: the smallest window every page is laid out for
MINIMUM_SIZE = (960, 520)


def settings() -> QSettings:
    """The per-user preferences of the window."""
    return QSettings(str(data_dir() / "window.ini"), QSettings.Format.IniFormat)


# --- window ---------------------------------------------------------------------------------


def fit_to_screen(window: QWidget) -> None:
    """Give a window a size that fits the available screen (task bar excluded), centred."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is None:
        window.resize(*PREFERRED_SIZE)
        return
    available = screen.availableGeometry()
    # leave room for the title bar and the window frame the desktop adds
    width = min(PREFERRED_SIZE[0], available.width() - 24)
    height = min(PREFERRED_SIZE[1], available.height() - 48)
    window.resize(max(width, 640), max(height, 480))
    frame = window.frameGeometry()
    frame.moveCenter(available.center())
    window.move(frame.topLeft().x(), max(available.top(), frame.topLeft().y()))


def restore_window(window: QWidget, name: str = "main") -> bool:
    """Restore a window's size and position; False (and a fitted size) the first time."""
    stored = settings().value(f"{name}/geometry")
    if isinstance(stored, QByteArray) and not stored.isEmpty() and window.restoreGeometry(stored):
        return True
    fit_to_screen(window)
    return False


def save_window(window: QWidget, name: str = "main") -> None:
    """Remember a window's size and position (and whether it was maximised)."""
    prefs = settings()
    prefs.setValue(f"{name}/geometry", window.saveGeometry())
    prefs.sync()


# --- splitters ------------------------------------------------------------------------------


def remember_splitter(splitter: QSplitter, name: str) -> None:
    """Restore a splitter's positions now and remember them whenever they are moved."""
    splitter.setObjectName(name)
    stored = settings().value(f"splitters/{name}")
    if isinstance(stored, QByteArray) and not stored.isEmpty():
        splitter.restoreState(stored)

    def save(_pos: int = 0, _index: int = 0) -> None:
        prefs = settings()
        prefs.setValue(f"splitters/{name}", splitter.saveState())

    splitter.splitterMoved.connect(save)


# --- folders --------------------------------------------------------------------------------


def documents_folder() -> Path:
    """The user's Documents folder (their home folder when there is none)."""
    from PySide6.QtCore import QStandardPaths

    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path = Path(location) if location else Path.home()
    return path if path.is_dir() else Path.home()


def start_folder(purpose: str) -> Path:
    """Where a file dialog for ``purpose`` (``governance``, ``spreadsheet``, ``report``) opens:
    the last folder used for it, else Documents; never the program's or the data folder."""
    stored = settings().value(f"folders/{purpose}")
    if isinstance(stored, str) and stored and Path(stored).is_dir() and not _is_private(Path(stored)):
        return Path(stored)
    return documents_folder()


def remember_folder(purpose: str, chosen: str | Path) -> None:
    """Remember the folder of a file the user chose, for the next dialog of ``purpose``."""
    folder = Path(chosen).parent if not Path(chosen).is_dir() else Path(chosen)
    if _is_private(folder):
        return
    prefs = settings()
    prefs.setValue(f"folders/{purpose}", str(folder))
    prefs.sync()


def _is_private(folder: Path) -> bool:
    """The swtgov data folder (backups, demo) and the program's own folder are not the user's."""
    import swtgov

    try:
        resolved = folder.resolve()
    except OSError:
        return True
    for private in (data_dir(), Path(swtgov.__file__).parent):
        private = private.resolve()
        if resolved == private or private in resolved.parents:
            return True
    return False


def suggested(purpose: str, name: str) -> str:
    """A file name in the start folder of ``purpose``, for a save dialog."""
    return str(start_folder(purpose) / name)


def open_file_name(parent: QWidget, title: str, purpose: str, filters: str) -> str:
    """An open dialog that starts in the right folder and remembers the one chosen."""
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder(purpose)), filters)
    if name:
        remember_folder(purpose, name)
    return name


def save_file_name(parent: QWidget, title: str, purpose: str, name: str, filters: str,
                   options: QFileDialog.Option | None = None) -> str:
    """A save dialog that starts in the right folder and remembers the one chosen."""
    from PySide6.QtWidgets import QFileDialog

    if options is None:
        chosen, _ = QFileDialog.getSaveFileName(parent, title, suggested(purpose, name), filters)
    else:
        chosen, _ = QFileDialog.getSaveFileName(parent, title, suggested(purpose, name), filters, options=options)
    if chosen:
        remember_folder(purpose, chosen)
    return chosen
