"""The Begroting page as the secretary uses it: year and quarter, flags, toelichting, totals, chart."""

from __future__ import annotations

import datetime as dt

import pytest
from budget_support import budget_db
from PySide6.QtCore import Qt

from swtgov.domain.signals import ItemRef
from swtgov.services.budget.demo import demo
from swtgov.store.budget import repo
from swtgov.ui.budget.page import BudgetPage
from swtgov.ui.session import Session

TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def page(show_widget, governance_file):  # type: ignore[no-untyped-def]
    budget_db(governance_file)
    with governance_file.change() as audit:
        demo(audit, governance_file.db, "normal", TODAY)
    session = Session()
    session.set_as_of(TODAY)
    session.gf = governance_file  # the fixture closes the file itself
    widget = show_widget(BudgetPage(session))
    session.changed.emit()
    return widget


def cells(page: BudgetPage, row: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.proxy.index(row, c).data() for c in range(page.proxy.columnCount())]


def row_of(page: BudgetPage, name: str) -> int:
    return next(r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 1).data() == name)


def test_opens_on_the_running_year_up_to_the_last_reported_quarter(page) -> None:  # type: ignore[no-untyped-def]
    assert page.year_box.currentText() == "2026"
    assert page.quarter_box.currentText() == "t/m kwartaal 3"
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headers == ["Soort", "Post", "Begroting", "Begroting\nt/m kw.", "Realisatie\nt/m kw.", "Prognose",
                       "Verschil\n€", "Verschil\n%", "Signaal"]  # fmt: skip
    assert cells(page, row_of(page, "Projectsubsidies fondsen")) == [
        "Baten", "Projectsubsidies fondsen", "€ 586.600", "€ 439.950", "€ 313.539", "€ 434.084",
        "-€ 126.411", "-28,7 %", "Toelichten",
    ]  # fmt: skip
    assert cells(page, row_of(page, "Inhuur derden"))[-1] == "Toegelicht"
    assert page.info.text() == (
        "Vastgesteld door de RvT op 11 december 2025. 2 post(en) boven de drempel (10 % en € 25.000), "
        "waarvan 1 zonder toelichting. Realisatie: demo: ingevoerd door de controller."
    )
    assert len(page.chart.rows) == 13  # baten and lasten; the reserve is in the totals


def test_2024_totals_are_the_seed_figures(page) -> None:  # type: ignore[no-untyped-def]
    page.year_box.setCurrentIndex(page.year_box.findData(2024))
    assert page.quarter_box.currentData() == 4
    totals = {page.totals_model.index(r, 1).data(): page.totals_model.index(r, 2).data() for r in range(5)}
    assert totals == {
        "Som der baten": "€ 21.174.600",
        "Som der lasten": "€ 21.381.400",
        "Resultaat": "-€ 206.800",
        "Mutaties reserves": "€ 206.800",
        "Resultaat na bestemming": "€ 0",
    }


def test_a_double_click_on_a_flagged_line_writes_its_toelichting(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    row = row_of(page, "Projectsubsidies fondsen")
    index = page.proxy.index(row, 1)
    page.table.setCurrentIndex(index)
    page.table.doubleClicked.emit(index)
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.windowHandle() is not None and dialog.windowHandle().isExposed())
    assert dialog.windowTitle() == "Toelichting: Projectsubsidies fondsen"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.editor)  # typing goes into the text
    qtbot.keyClicks(dialog.editor, "  Twee fondsen stellen hun bijdrage uit naar 2027.  ")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    line = next(l for l in repo.load_lines(page.session.gf.db, 2026) if l.name == "Projectsubsidies fondsen")
    assert line.explanation == "Twee fondsen stellen hun bijdrage uit naar 2027."
    assert cells(page, row_of(page, "Projectsubsidies fondsen"))[-1] == "Toegelicht"
    assert "waarvan 0 zonder toelichting" in page.info.text()
    assert page.current_line_id() == line.id  # the line stays selected
    page.session.undo_stack.undo()
    assert cells(page, row_of(page, "Projectsubsidies fondsen"))[-1] == "Toelichten"


def test_enter_and_a_click_on_the_flag_open_it_too(page, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[str] = []
    monkeypatch.setattr(page, "explain", lambda figures: opened.append(figures.line.name))
    row = row_of(page, "Projectsubsidies fondsen")
    page.table.setCurrentIndex(page.proxy.index(row, 2))
    page.table.setFocus()
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    page.table.keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))
    page.table.clicked.emit(page.proxy.index(row, 8))
    page.table.clicked.emit(page.proxy.index(row_of(page, "Rente"), 8))  # not past the threshold
    assert opened == ["Projectsubsidies fondsen", "Projectsubsidies fondsen"]


def test_show_item_and_read_only(page) -> None:  # type: ignore[no-untyped-def]
    line = next(l for l in repo.load_lines(page.session.gf.db, 2025) if l.name == "Huisvesting")
    page.show_item(ItemRef("begroting", "line", line.id))
    assert page.year_box.currentData() == 2025 and page.current_line_id() == line.id
    assert page.quarter_box.currentData() == 4
    page.set_read_only(True)
    assert not page.import_button.isVisible() and not page.explain_button.isVisible()
    assert page.report_button.isVisible()


def test_chart_paints(page) -> None:  # type: ignore[no-untyped-def]
    from swtgov.ui.budget.chart import MINIMUM_WIDTH

    image = page.chart.grab().toImage()
    assert image.width() >= MINIMUM_WIDTH
    dark = sum(
        1 for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
        if image.pixelColor(x, y).lightness() < 90
    )  # fmt: skip
    assert dark > 200  # the realisatie bars are solid dark grey


def test_actuals_show_cents_per_quarter_on_hover(page) -> None:  # type: ignore[no-untyped-def]
    tip = page.proxy.index(row_of(page, "Rente"), 4).data(Qt.ItemDataRole.ToolTipRole)
    lines = tip.split("\n")
    assert [line[:4] for line in lines] == ["K1: ", "K2: ", "K3: ", "K4: "]
    assert lines[0].startswith("K1: € ") and "," in lines[0]  # cents, as entered
    assert lines[3] == "K4: niet gerapporteerd"


def test_in_the_window_a_budget_signal_opens_its_line(window) -> None:  # type: ignore[no-untyped-def]
    from swtgov.services.budget.signals import signals

    window.session.set_as_of(TODAY)
    (signal,) = [s for s in signals(window.session.gf.db, TODAY) if s.code == "budget_deviation"]
    window.open_ref(signal.ref)
    budget = window.show_page("begroting")
    assert budget is not None and budget.isVisible() and budget.title() == "Begroting"
    figures = budget.current_figures()
    assert figures is not None and figures.line.name == "Projectsubsidies fondsen" and figures.flagged


def test_at_1366_every_figure_and_the_signal_fit_and_at_1024_the_chart_stays_whole(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from swtgov.ui.budget.chart import MINIMUM_WIDTH
    from swtgov.ui.budget.page import NAME_MINIMUM

    budget = window.show_page("begroting")
    table = budget.table
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0, timeout=3000)  # nothing to scroll to
    assert NAME_MINIMUM <= table.columnWidth(1) < table.name_width  # the names gave up width, not the figures
    wrapped = [r for r in range(table.model().rowCount()) if table.rowHeight(r) > 24]
    assert wrapped  # ... and the long ones wrap onto two lines instead of being cut
    window.resize(1024, 600)  # too narrow for every figure anyway: names on one line, the table scrolls
    qtbot.waitUntil(lambda: table.columnWidth(1) == table.name_width, timeout=3000)
    assert all(table.rowHeight(r) == 24 for r in range(table.model().rowCount()))
    assert budget.chart.width() >= MINIMUM_WIDTH
    side = budget.chart.parentWidget().parentWidget()  # the scroll area's viewport
    assert side.width() >= MINIMUM_WIDTH  # the percentages are not cut off
