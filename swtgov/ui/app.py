"""Starting the window: Qt application, Dutch translations, the file to open."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtWidgets import QApplication

from swtgov.resources import resource_path
from swtgov.store.paths import demo_file

TRANSLATIONS = resource_path("translations")


def qt_translation_folders() -> list[str]:
    """Where Qt's own catalogues (``qtbase_nl.qm``) may be: Qt's configured folder, then
    the folder inside the PySide6 package (a frozen or relocated install can report a
    build-time path that does not exist)."""
    import PySide6

    package = Path(PySide6.__file__).resolve().parent
    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
               str(package / "Qt" / "translations"), str(package / "translations")]
    return [folder for folder in dict.fromkeys(folders) if folder and Path(folder).is_dir()]


def use_dutch_locale() -> None:
    """Dutch (Netherlands) as Qt's default locale: date fields, spin boxes and calendars
    made from now on write "1 oktober 2026" and "1.234,5".

    The window calls this right after its first paint, before it builds its first page,
    and gives itself the same locale (its pages inherit the window's): making PySide's
    QLocale type (800 language, country and script names) costs about as much as
    painting a bare window, and the window's frame holds no Qt-formatted number or date.
    """
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))


def install_translations(app: QApplication, language: str = "nl") -> list[QTranslator]:
    """Dutch by default: Qt's default locale (see :func:`use_dutch_locale`), swtgov's own
    strings and Qt's own (file dialogs, standard buttons).

    Qt's catalogue is ``qtbase_nl``: without it the non-native file dialog says
    "Look in:" and "Files of type:" in a Dutch window.
    """
    use_dutch_locale()
    return load_translations(app, language)


def load_translations(app: QApplication, language: str = "nl") -> list[QTranslator]:
    """The translators only (Qt's default locale is left as it is): the window's start."""
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    for folder in qt_translation_folders():
        translator = QTranslator(app)
        if translator.load(f"qtbase_{language}", folder):
            app.installTranslator(translator)
            installed.append(translator)
            break
    for qm in sorted(TRANSLATIONS.glob(f"*_{language}.qm")):
        translator = QTranslator(app)
        if translator.load(qm.stem, str(TRANSLATIONS)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def create_application(argv: list[str] | None = None) -> QApplication:
    """The Qt application with swtgov's look and Dutch strings; Qt's default locale
    follows when the window has painted (:func:`use_dutch_locale`)."""
    from swtgov.ui import style

    app = QApplication.instance()
    fusion = app is None
    if app is None:
        # Fusion chosen on Qt's command line: QApplication.setStyle would hand PySide a
        # QStyle to wrap, and making that type (its 600 enum members) costs more than a
        # bare window's first paint
        app = QApplication([*(argv or sys.argv[:1]), "-style", style.STYLE_NAME])
    assert isinstance(app, QApplication)
    app.setApplicationName("swtgov")
    app.setOrganizationName("swtgov")
    app.setApplicationDisplayName("swtgov")
    style.apply(app, set_style=not fusion)
    load_translations(app)
    return app


def initial_file(requested: Path | None) -> Path:
    """The file to open: the one asked for, else the last one, else the demo."""
    from swtgov.ui.recent import recent_files

    if requested is not None:
        return requested
    recent = recent_files()
    if recent:
        return recent[0]
    demo = demo_file()
    if not demo.exists():
        from swtgov.services.demo import create_demo

        create_demo(demo).close()
    return demo


#: what Qt's xcb plugin needs beyond a bare X11 desktop: (library, Debian/Ubuntu package,
#: Fedora package). libxcb-cursor0 is the one a fresh install most often lacks.
XCB_LIBRARIES = (
    ("xcb-cursor", "libxcb-cursor0", "xcb-util-cursor"),
    ("xkbcommon-x11", "libxkbcommon-x11-0", "libxkbcommon-x11"),
    ("xcb-icccm", "libxcb-icccm4", "xcb-util-wm"),
    ("xcb-keysyms", "libxcb-keysyms1", "xcb-util-keysyms"),
    ("xcb-image", "libxcb-image0", "xcb-util-image"),
    ("xcb-render-util", "libxcb-render-util0", "xcb-util-renderutil"),
)


def display_problem(env: Mapping[str, str], platform: str = sys.platform,
                    find_library: Callable[[str], str | None] | None = None) -> str | None:
    """A Dutch reason why the window cannot open here, or None.

    Qt aborts the process (exit 134, an English message) when it has no display or when
    its xcb plugin misses a system library; this says what to do instead.
    """
    if not platform.startswith("linux"):
        return None
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen and not chosen.startswith("xcb"):
        return None  # offscreen, wayland, ...: chosen on purpose
    if not env.get("DISPLAY") and not (env.get("WAYLAND_DISPLAY") and not chosen):
        return ("swtgov kan geen venster openen: er is geen beeldscherm gevonden (DISPLAY is leeg). "
                "Start swtgov vanuit een grafische sessie, of gebruik de opdrachten zonder venster "
                "(swtgov --help).")
    if env.get("WAYLAND_DISPLAY") and not chosen:
        return None  # Qt takes its Wayland plugin
    if find_library is None:
        from ctypes.util import find_library
    missing = [(debian, fedora) for library, debian, fedora in XCB_LIBRARIES if find_library(library) is None]
    if not missing:
        return None
    return ("swtgov kan geen venster openen: Qt mist systeembibliotheken voor X11. Installeer ze en "
            "start swtgov opnieuw:\n"
            f"  Debian/Ubuntu: sudo apt install {' '.join(d for d, _ in missing)}\n"
            f"  Fedora: sudo dnf install {' '.join(f for _, f in missing)}")


def run_app(path: Path | None = None) -> int:
    """Open the window on a file; returns the exit code (1 with a Dutch message when the
    window cannot open here)."""
    problem = display_problem(os.environ)
    if problem is not None:
        sys.stderr.write(problem + "\n")
        return 1
    from swtgov.ui import errors
    from swtgov.ui.mainwindow import MainWindow

    app = create_application()
    sys.excepthook = errors.handle_exception
    window = MainWindow()
    window.open_path(initial_file(path))
    window.show()
    return app.exec()
