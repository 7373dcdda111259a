"""Starting the window: Qt application, Dutch translations, the file to open."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from swtgov.resources import resource_path
from swtgov.store.paths import demo_file

TRANSLATIONS = resource_path("translations")


def install_translations(app: QApplication, language: str = "nl") -> list[QTranslator]:
    """Dutch by default: swtgov's own strings and Qt's standard buttons."""
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    installed = []
    if language == "en":
        return installed
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    catalogues = [(f"qtbase_{language}", qt_dir)] + [
        (qm.stem, str(TRANSLATIONS)) for qm in sorted(TRANSLATIONS.glob(f"*_{language}.qm"))
    ]
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("swtgov")
    app.setOrganizationName("swtgov")
    app.setApplicationDisplayName("swtgov")
    install_translations(app)
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


def run_app(path: Path | None = None) -> int:
    """Open the window on a file; returns the exit code."""
    from swtgov.ui import errors
    from swtgov.ui.mainwindow import MainWindow

    app = create_application()
    sys.excepthook = errors.handle_exception
    window = MainWindow()
    window.open_path(initial_file(path))
    window.show()
    return app.exec()
