"""The Risico's page as a board member and the secretary use it: heatmap, filters, editor, leesversie."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from swtgov.domain.risks.signals import RegisterEntry
from swtgov.domain.signals import ItemRef
from swtgov.services.review_copy import make_review_copy

TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def page(risks_page):  # type: ignore[no-untyped-def]
    return risks_page


def codes(entries: list[RegisterEntry]) -> list[str]:
    return sorted(e.risk.code for e in entries)


def click_cell(qtbot, page, cell: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    centre = page.heatmap.cell_rect(cell).center()
    qtbot.mouseClick(page.heatmap, Qt.MouseButton.LeftButton, pos=QPoint(int(centre.x()), int(centre.y())))


def test_the_page_is_in_the_navigation_in_dutch(window, page) -> None:  # type: ignore[no-untyped-def]
    assert window.nav.currentItem().text() == "Risico's"
    assert page.model.headerData(4, Qt.Orientation.Horizontal) == "Bruto"
    assert page.summary.text() == (
        "Per 22 november 2026: 13 niet-gesloten risico's, 5 boven de risicobereidheid, 4 maatregelen te laat."
    )
    assert page.proxy.rowCount() == 14
    first = page.visible_entries()[0]
    assert (first.risk.code, first.netto, first.trend) == ("R-01", 16, "↑")


def test_dates_are_written_in_full_and_fit_their_column(page) -> None:  # type: ignore[no-untyped-def]
    from swtgov import display

    assert page.model.headerData(9, Qt.Orientation.Horizontal) == "Beoordeeld"
    assert page.proxy.index(0, 9).data() == "15 oktober 2026"
    metrics = page.table.fontMetrics()
    widest = max(metrics.horizontalAdvance(display.date(dt.date(2026, m, 28))) for m in range(1, 13))
    assert page.table.columnWidth(9) >= widest + 12
    r01 = next(e for e in page.model.records() if e.risk.code == "R-01")
    page.select_risk(r01.risk.id)
    deadlines = [page.editor.measure_model.index(r, 3).data() for r in range(page.editor.measure_model.rowCount())]
    assert deadlines and all(d == display.date(m.deadline) for d, m in zip(deadlines, page.editor.measures))
    assert any(" november " in d for d in deadlines)


def test_heatmap_cell_counts_match_the_register(page) -> None:  # type: ignore[no-untyped-def]
    for which in ("netto", "bruto"):
        page.set_which(which)
        open_entries = [e for e in page.model.records() if not e.risk.is_closed and e.current]
        for kans in range(1, 6):
            for impact in range(1, 6):
                in_register = [e for e in open_entries if e.current.cell(which) == (kans, impact)]
                assert page.heatmap.count((kans, impact)) == len(in_register), (which, kans, impact)
                assert sorted(page.heatmap.codes((kans, impact))) == codes(in_register)
    page.set_which("netto")
    assert page.heatmap.count((3, 3)) == 3 and page.heatmap.count((4, 4)) == 1
    assert sum(page.heatmap.count((k, i)) for k in range(1, 6) for i in range(1, 6)) == 13


def test_clicking_a_cell_filters_and_clicking_again_clears(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    click_cell(qtbot, page, (3, 3))
    assert page.heatmap.selected() == (3, 3)
    assert codes(page.visible_entries()) == ["R-03", "R-04", "R-07"]
    assert page.count_label.text() == "3 van 14 · vak kans 3 × impact 3 (netto)"
    click_cell(qtbot, page, (3, 3))
    assert page.heatmap.selected() is None and page.proxy.rowCount() == 14
    click_cell(qtbot, page, (4, 4))
    assert codes(page.visible_entries()) == ["R-01"]
    qtbot.mouseClick(page.all_button, Qt.MouseButton.LeftButton)
    assert page.proxy.rowCount() == 14 and not page.all_button.isEnabled()


def test_the_heatmap_works_by_keyboard(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.heatmap.setFocus()
    assert page.heatmap.focus_cell() == (3, 3)
    for key in (Qt.Key.Key_Up, Qt.Key.Key_Right):
        qtbot.keyClick(page.heatmap, key)
    assert page.heatmap.focus_cell() == (4, 4)
    qtbot.keyClick(page.heatmap, Qt.Key.Key_Return)
    assert codes(page.visible_entries()) == ["R-01"]
    qtbot.keyClick(page.heatmap, Qt.Key.Key_Space)
    assert page.proxy.rowCount() == 14


def test_switching_to_bruto_moves_the_risks_and_the_filter_follows(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    click_cell(qtbot, page, (4, 5))
    assert page.proxy.rowCount() == 0
    qtbot.mouseClick(page.bruto_button, Qt.MouseButton.LeftButton)
    assert page.which == "bruto"
    assert codes(page.visible_entries()) == ["R-01", "R-05"]
    assert page.heatmap.count((4, 5)) == 2


def test_the_tooltip_names_the_risks(page) -> None:  # type: ignore[no-untyped-def]
    text = page.heatmap.tooltip_text((3, 3))
    assert text.startswith("Kans 3 (mogelijk) × impact 3 (matig) = 9, gemiddeld")
    assert "R-03  Hoog personeelsverloop in de wijkteams" in text
    assert page.heatmap.tooltip_text((1, 1)).endswith("Geen risico's in dit vak.")


def test_filters_combine(page) -> None:  # type: ignore[no-untyped-def]
    page.above_filter.setChecked(True)
    assert codes(page.visible_entries()) == ["R-01", "R-05", "R-06", "R-08", "R-13"]
    page.category_filter.setCurrentIndex(page.category_filter.findData("informatiebeveiliging / privacy"))
    assert codes(page.visible_entries()) == ["R-05", "R-06"]
    page.clear_filters()
    page.status_filter.setCurrentIndex(page.status_filter.findData("gesloten"))
    assert codes(page.visible_entries()) == ["R-14"]
    page.clear_filters()
    page.search.setText("cliënt")
    assert codes(page.visible_entries()) == ["R-05", "R-06", "R-09", "R-12"]  # R-06 in its description
    page.clear_filters()
    page.band_filter.setCurrentIndex(page.band_filter.findData("zeer_hoog"))
    page.owner_filter.setCurrentIndex(page.owner_filter.findData("directeur-bestuurder"))
    assert codes(page.visible_entries()) == ["R-01"]


def test_reassessing_moves_the_risk_and_updates_the_trend(window, page) -> None:  # type: ignore[no-untyped-def]
    r03 = next(e for e in page.model.records() if e.risk.code == "R-03")
    assert (r03.netto, r03.trend) == (9, "↓")
    assert page.select_risk(r03.risk.id)
    editor = page.editor
    assert editor.heading.text() == "R-03  Hoog personeelsverloop in de wijkteams"
    assert editor.history_model.rowCount() == 9
    editor.levels.set_values(4, 4, 4, 4)
    editor.reassess_button.click()
    moved = next(e for e in page.model.records() if e.risk.code == "R-03")
    assert (moved.netto, moved.trend, moved.last_assessed) == (16, "↑", TODAY)
    assert page.heatmap.count((3, 3)) == 2 and page.heatmap.count((4, 4)) == 2
    assert editor.history_model.rowCount() == 10
    assert page.current_risk_id() == r03.risk.id
    assert window.act_undo.text() == "&Ongedaan maken R-03 opnieuw beoordelen"
    window.act_undo.trigger()
    back = next(e for e in page.model.records() if e.risk.code == "R-03")
    assert (back.netto, back.trend) == (9, "↓")


def test_editing_fields_and_measures_is_undoable(window, page, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    r04 = next(e for e in page.model.records() if e.risk.code == "R-04")
    page.select_risk(r04.risk.id)
    editor = page.editor
    editor.title_edit.setText("Ziekteverzuim boven 8 %")
    editor.status.setCurrentText("beheerst")
    editor.save_button.click()
    saved = next(e for e in page.model.records() if e.risk.id == r04.risk.id)
    assert (saved.risk.title, saved.risk.status) == ("Ziekteverzuim boven 8 %", "beheerst")

    before = editor.measure_model.rowCount()
    editor.add_measure()
    dialog = editor.dialog
    dialog.description.setPlainText("Verzuimspreekuur per team")
    dialog.owner.setCurrentText("manager HR")
    dialog.status.setCurrentText("in uitvoering")
    dialog.accept()
    assert editor.measure_model.rowCount() == before + 1
    added = [m for m in editor.measures if m.description == "Verzuimspreekuur per team"]
    assert added and added[0].status == "in uitvoering" and added[0].owner == "manager HR"
    window.act_undo.trigger()
    assert editor.measure_model.rowCount() == before
    window.act_undo.trigger()
    assert next(e for e in page.model.records() if e.risk.id == r04.risk.id).risk.title == "Ziekteverzuim boven 7 %"


def test_a_refused_edit_shows_the_dutch_reason(page, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr("swtgov.ui.risks.editor.show_error", lambda _p, e: shown.append(str(e)))
    page.select_risk(page.model.record(0).risk.id)
    page.editor.title_edit.setText("   ")
    page.editor.save_button.click()
    assert shown == ["De invoer is geweigerd; er is niets opgeslagen.\n- titel: vul een titel in"]
    assert page.session.has_pending()  # what was typed stays, unsaved
    page.editor.revert_button.click()
    assert not page.session.has_pending()


def test_show_item_selects_the_risk_even_when_filtered_out(window, page) -> None:  # type: ignore[no-untyped-def]
    r12 = next(e for e in page.model.records() if e.risk.code == "R-12")
    page.search.setText("financiering")
    window.open_ref(ItemRef("risicos", "risk", r12.risk.id))
    assert page.current_risk_id() == r12.risk.id
    assert page.search.text() == "" and page.proxy.rowCount() == 14
    assert page.editor.heading.text().startswith("R-12")


def test_a_leesversie_opens_read_only_with_no_edit_actions(qtbot, demo_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from swtgov.ui.mainwindow import MainWindow

    copy = make_review_copy(demo_file, tmp_path / "leesversie.swtgov", made_by="secretaris",
                            now=dt.datetime(2026, 3, 14, 9, 0).astimezone())  # fmt: skip
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(copy)
    win.show()
    win.session.set_as_of(TODAY)
    assert win.banner.isVisible()
    assert win.banner.text().startswith("Leesversie van 14 maart 2026, gemaakt door secretaris.")
    assert not win.act_review_copy.isEnabled()
    page = win.show_page("risicos")
    assert page.proxy.rowCount() == 14 and page.heatmap.count((3, 3)) == 3
    assert not page.new_button.isVisible()
    page.select_risk(page.model.record(0).risk.id)
    editor = page.editor
    assert [b.isVisible() for b in editor.edit_buttons()] == [False] * 6
    assert not editor.assess_form.isVisible()
    assert editor.title_edit.isReadOnly() and not editor.status.isEnabled()
    assert editor.heading.text() == "R-01  Lagere gemeentelijke financiering"
    assert page.report_button.isVisible()
    win.close()


def test_the_model_passes_qt_model_tests(qtmodeltester, page) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(page.proxy)


@pytest.mark.parametrize("count", [1, 4, 15, 40])
def test_a_full_cell_stays_readable_with_plus_n(qapp, count: int) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFont, QFontMetricsF

    from swtgov.ui.risks.heatmap import fit_codes

    codes = [f"R-{n:02d}" for n in range(1, count + 1)]
    metrics = QFontMetricsF(QFont("DejaVu Sans", 8))
    area = QRectF(0, 0, 80, 2 * metrics.lineSpacing() + 1)
    lines = fit_codes(codes, metrics, area)
    assert 1 <= len(lines) <= 2
    assert all(metrics.horizontalAdvance(line) <= 80 for line in lines)
    words = " ".join(lines).split()
    shown = [w.rstrip(",") for w in words if not w.startswith("+")]
    hidden = int(words[-1][1:]) if words[-1].startswith("+") else 0
    assert shown == codes[: len(shown)] and len(shown) + hidden == count
    assert (hidden > 0) == (count >= 15)


def test_at_1024_the_editor_fits_its_panel_without_scrolling_sideways(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("risicos")
    window.resize(1024, 600)
    page.table.selectRow(0)
    panel = page.editor.parentWidget()  # the scroll area's viewport
    for tab in range(page.editor.tabs.count()):  # every tab: its buttons wrap, its combos elide
        page.editor.tabs.setCurrentIndex(tab)
        qtbot.waitUntil(lambda: page.editor.minimumSizeHint().width() <= panel.width(), timeout=3000)
    assert page.editor.width() <= panel.width()
