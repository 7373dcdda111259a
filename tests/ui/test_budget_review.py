"""Review of the Begroting page (issue 12): services only, form dialogs, empty state, nothing cut off."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from budget_support import add_year, budget_db, line
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from swtgov.services.budget.demo import demo
from swtgov.store.budget import repo
from swtgov.ui.budget.chart import label_lines
from swtgov.ui.budget.page import BudgetPage
from swtgov.ui.dialogs.form import FormDialog
from swtgov.ui.session import Session
from swtgov.ui.widgets import DateField

TODAY = dt.date(2026, 11, 22)
UI = Path(__file__).resolve().parents[2] / "swtgov" / "ui" / "budget"


def make_page(show_widget, gf, size=(1366, 768)) -> BudgetPage:  # type: ignore[no-untyped-def]
    session = Session()
    session.set_as_of(TODAY)
    session.gf = gf
    widget = show_widget(BudgetPage(session), size)
    session.changed.emit()
    return widget


@pytest.fixture
def page(show_widget, governance_file):  # type: ignore[no-untyped-def]
    budget_db(governance_file)
    with governance_file.change() as audit:
        demo(audit, governance_file.db, "normal", TODAY)
    return make_page(show_widget, governance_file)


def focused() -> object:
    return QApplication.focusWidget()


def test_the_pages_read_and_write_through_services_only() -> None:
    for path in UI.glob("*.py"):
        for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"\bswtgov\.store\b", text):
                assert "TYPE_CHECKING" in text or text.startswith("    from swtgov.store.audit"), f"{path.name}:{number}"


def test_the_dialogs_are_form_dialogs_with_the_dutch_date_field(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.select_line(next(f.line.id for f in page.view.lines if f.flagged))
    explanation = page.explain(page.current_figures())
    adoption = None
    try:
        assert isinstance(explanation, FormDialog)
        explanation.reject()
        adoption = page.record_adoption()
        assert isinstance(adoption, FormDialog) and isinstance(adoption.date, DateField)
    finally:
        if adoption is not None:
            adoption.reject()


def test_a_refused_toelichting_keeps_the_dialog_open_with_what_was_typed(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    figures = next(f for f in page.view.lines if f.flagged)
    dialog = page.explain(figures)
    qtbot.waitUntil(lambda: dialog.windowHandle() is not None and dialog.windowHandle().isExposed())
    too_long = "x" * 10_001
    dialog.editor.setPlainText(too_long)
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.editor.toPlainText() == too_long
    assert dialog.problems_shown() == ["De toelichting is te lang (10001 tekens; hoogstens 10000)."]
    assert repo.load_line(page.session.gf.db, figures.line.id).explanation == ""
    dialog.reject()


def test_the_adoption_date_is_typed_in_dutch_and_saved_with_enter(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.year_box.setCurrentIndex(page.year_box.findData(2026))
    dialog = page.record_adoption()
    qtbot.waitUntil(lambda: dialog.windowHandle() is not None and dialog.windowHandle().isExposed())
    qtbot.waitUntil(lambda: focused() is dialog.date.line)  # opens on the date
    qtbot.keyClick(dialog.date.line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.date.line, "3 dec 2025")
    assert dialog.date.reading.text() == "woensdag 3 december 2025"
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert repo.load_year(page.session.gf.db, 2026).adopted_on == dt.date(2025, 12, 3)
    assert page.info.text().startswith("Vastgesteld door de RvT op 3 december 2025.")


def test_an_adoption_after_the_year_is_refused_at_the_field(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.year_box.setCurrentIndex(page.year_box.findData(2024))
    before = repo.load_year(page.session.gf.db, 2024).adopted_on
    dialog = page.record_adoption()
    qtbot.waitUntil(lambda: dialog.windowHandle() is not None and dialog.windowHandle().isExposed())
    qtbot.waitUntil(lambda: focused() is dialog.date.line)
    qtbot.keyClick(dialog.date.line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.date.line, "2-1-2025")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.date.value() == dt.date(2025, 1, 2)  # what was typed stays
    assert dialog.date.reading.text() == ("De begroting 2024 kan niet na afloop van het jaar zijn vastgesteld.")  # at the field
    assert repo.load_year(page.session.gf.db, 2024).adopted_on == before
    dialog.reject()


def test_a_file_without_a_budget_shows_the_empty_state(show_widget, governance_file) -> None:  # type: ignore[no-untyped-def]
    budget_db(governance_file)
    widget = make_page(show_widget, governance_file)
    assert widget.stack.is_empty()
    assert widget.empty.message.text() == "Nog geen begroting. Importeer de begroting uit Excel om te beginnen."
    assert [b.text() for b in widget.empty.buttons] == ["Begroting importeren…"]
    assert not widget.year_box.isEnabled() and not widget.auditfile_button.isEnabled()
    widget.set_read_only(True)
    assert not widget.empty.buttons[0].isVisibleTo(widget)
    add_year(governance_file, 2026, [line("baten", "Subsidie", 1000)])
    widget.session.changed.emit()
    assert not widget.stack.is_empty() and widget.year_box.currentData() == 2026


@pytest.mark.parametrize("size", [(1366, 768), (1024, 600)])
def test_no_group_or_line_name_is_cut_off(show_widget, governance_file, size) -> None:  # type: ignore[no-untyped-def]
    budget_db(governance_file)
    with governance_file.change() as audit:
        demo(audit, governance_file.db, "normal", TODAY)
    widget = make_page(show_widget, governance_file, size)
    from swtgov.ui.budget.page import NAME_PADDING, wrapped_lines

    metrics = widget.table.fontMetrics()
    for row in range(widget.proxy.rowCount()):
        group, name = widget.proxy.index(row, 0).data(), widget.proxy.index(row, 1).data()
        assert metrics.horizontalAdvance(group) + 8 <= widget.table.columnWidth(0), group
        # a name fits its cell on one line, or wraps and its row is tall enough for every line
        lines = wrapped_lines(name, widget.table.font(), widget.table.columnWidth(1) - NAME_PADDING)
        assert lines == 1 or lines * metrics.lineSpacing() <= widget.table.rowHeight(row), name
        if lines == 1:
            assert metrics.horizontalAdvance(name) + 8 <= widget.table.columnWidth(1), name
    chart = widget.chart
    room = chart._label_width(chart.width()) - 8
    bold = chart.font()
    bold.setBold(True)
    for bar in chart.rows:
        shown = label_lines(bar.label, QFontMetrics(bold), room)
        assert "…" not in "".join(shown) and " ".join(shown) == bar.label, shown


def test_chart_labels_wrap_onto_as_many_lines_as_they_need(qtbot) -> None:  # type: ignore[no-untyped-def]
    metrics = QFontMetrics(QFont("DejaVu Sans", 10))
    room = metrics.horizontalAdvance("bestemmingsreserve") + 2
    assert label_lines("Rente", metrics, room) == ["Rente"]
    assert label_lines("Onttrekking bestemmingsreserve innovatie", metrics, room) == [
        "Onttrekking", "bestemmingsreserve", "innovatie"]
    (shortened,) = label_lines("Arbeidsongeschiktheidsverzekeringen", metrics, room)
    assert shortened.endswith("…") and metrics.horizontalAdvance(shortened) <= room
