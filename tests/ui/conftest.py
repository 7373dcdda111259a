"""UI tests run in Dutch, like the app."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session", autouse=True)
def dutch(qapp):  # type: ignore[no-untyped-def]
    from swtgov.ui.app import install_translations

    return install_translations(qapp)


@pytest.fixture
def window(qtbot, demo_file):  # type: ignore[no-untyped-def]
    """The main window on a private copy of the demo file."""
    from swtgov.ui.mainwindow import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(demo_file)
    win.show()
    qtbot.waitExposed(win)
    # today's backup is made in a worker right after the first paint: let it finish
    qtbot.waitUntil(lambda: not win.session.gf.needs_daily_backup() and not win.files.tasks, timeout=10_000)
    yield win
    win.close()
