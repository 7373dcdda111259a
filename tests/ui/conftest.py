"""UI tests run in Dutch, like the app."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.fixture(scope="session", autouse=True)
def dutch(qapp):  # type: ignore[no-untyped-def]
    from swtgov.ui.app import install_translations

    return install_translations(qapp)


@pytest.fixture
def show_widget(qtbot):  # type: ignore[no-untyped-def]
    """Show a page or dialog on its own at a window size and wait until it is on screen."""

    def show(widget, size: tuple[int, int] = (1366, 768)):  # type: ignore[no-untyped-def]
        qtbot.addWidget(widget)
        widget.resize(*size)
        with qtbot.waitExposed(widget):
            widget.show()
        return widget

    return show


@pytest.fixture
def window(qtbot, demo_file):  # type: ignore[no-untyped-def]
    """The main window on a private copy of the demo file."""
    from swtgov.ui.mainwindow import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(demo_file)
    with qtbot.waitExposed(win):
        win.show()
    # today's backup is made in a worker right after the first paint: let it finish
    qtbot.waitUntil(lambda: not win.session.gf.needs_daily_backup() and not win.files.tasks, timeout=10_000)
    yield win
    win.close()


#: the peildatum the page tests look from
PAGE_DAY = dt.date(2026, 11, 22)


@pytest.fixture
def rooster_page(show_widget, demo_file):  # type: ignore[no-untyped-def]
    """The Leden en rooster page alone, on a private copy of the demo file."""
    from swtgov.store.governance import open_file
    from swtgov.ui.rooster.page import RoosterPage
    from swtgov.ui.session import Session

    session = Session()
    session.set_file(open_file(demo_file, daily_backup=False))
    session.set_as_of(PAGE_DAY)
    yield show_widget(RoosterPage(session), (1300, 800))
    session.set_file(None)


@pytest.fixture
def window_page(window):  # type: ignore[no-untyped-def]
    """An area's page shown in the window, looking from a peildatum."""

    def show(key: str, as_of: dt.date = PAGE_DAY):  # type: ignore[no-untyped-def]
        window.session.set_as_of(as_of)
        page = window.show_page(key)
        assert page is not None and page.isVisible()
        return page

    return show


@pytest.fixture
def risks_page(window_page):  # type: ignore[no-untyped-def]
    """The Risico's page in the window."""
    return window_page("risicos")


@pytest.fixture
def shown_errors(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """The error messages the window would have shown (collected, not shown)."""
    from swtgov.ui import errors

    shown: list[str] = []
    monkeypatch.setattr(errors, "show_error", lambda parent, error, title=None: shown.append(str(error)))
    return shown
