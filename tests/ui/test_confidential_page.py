"""The Vertrouwelijk page with pytest-qt: a secretary's keys and clicks on each register."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from swtgov.domain.confidential.clocks import TIMEZONE
from swtgov.domain.confidential.model import DataBreach
from swtgov.domain.signals import ItemRef
from swtgov.services.confidential import demo as area_demo
from swtgov.store.confidential import repo
from swtgov.store.confidential.schema import create
from swtgov.store.governance import create_file
from swtgov.ui.confidential import breaches as breaches_module
from swtgov.ui.confidential import counsellor as counsellor_module
from swtgov.ui.confidential import dialogs
from swtgov.ui.confidential import whistleblower as whistleblower_module
from swtgov.ui.confidential.page import ConfidentialPage
from swtgov.ui.session import Session

TODAY = dt.date(2026, 11, 22)


@pytest.fixture(autouse=True)
def peildatum_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """The page's clock stands at the end of the peildatum, whatever today is."""
    from swtgov.domain.confidential.clocks import end_of_day
    from swtgov.services.confidential import registers

    monkeypatch.setattr(registers, "now_for", lambda as_of, now=None: end_of_day(as_of))


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    gf = create_file(tmp_path / "vertrouwelijk.swtgov", "Stichting Test")
    if not repo.has_tables(gf.db):  # until services/areas.py lists the area
        create(gf.db)
    with gf.change() as audit:
        area_demo.demo(audit, gf.db, "normal", TODAY)
    result = Session()
    result.set_file(gf, load=False)
    result.set_as_of(TODAY)
    yield result
    result.set_file(None)


@pytest.fixture
def page(show_widget, session: Session) -> ConfidentialPage:  # type: ignore[no-untyped-def]
    return show_widget(ConfidentialPage(session))


def test_three_registers_in_dutch_with_this_years_figures(page: ConfidentialPage) -> None:
    assert page.title() == "Vertrouwelijk"
    assert [page.tabs.tabText(i) for i in range(3)] == ["Vertrouwenspersoon", "Klokkenluidersmeldingen", "Datalekken"]
    assert page.counsellor.model.rowCount() == 13
    assert page.counsellor.summary.text() == "2026: 8 meldingen, 3 meer dan in 2025; 18 gesprekken."
    assert page.whistleblower.summary.text() == "2026: 3 meldingen, 1 meer dan in 2025; alle termijnen gehaald."
    assert page.breaches.summary.text() == (
        "In 2026 zijn 5 datalekken geregistreerd, waarvan 2 gemeld bij de Autoriteit Persoonsgegevens.")
    header = page.breaches.model.headerData(4, Qt.Orientation.Horizontal)
    assert header == "Termijn 72 uur"


def test_the_72_hour_countdown_is_on_the_datalekken_tab(qtbot, page: ConfidentialPage) -> None:  # type: ignore[no-untyped-def]
    page.tabs.setCurrentWidget(page.breaches)
    tab = page.breaches
    # the peildatum is not today: the clock stands at the end of 22 November; the deadline is 24 November 10:30
    assert tab.countdown.isVisible()
    assert tab.countdown.text() == (
        "Datalek van 21 november 2026: nog 34 uur en 30 min om te melden bij de Autoriteit Persoonsgegevens "
        "of het besluit om niet te melden vast te leggen (uiterlijk 24 november 2026 om 10:30)."
    )
    assert tab.model.index(0, 4).data() == "nog 34 uur en 30 min"
    assert tab.model.index(0, 4).data(Qt.ItemDataRole.BackgroundRole).color().name() == "#fdf0b8"
    page.session.set_as_of(dt.date(2026, 11, 25))
    assert tab.model.index(0, 4).data() == "verstreken: geen besluit"
    assert "de termijn van 72 uur is verstreken op 24 november 2026 om 10:30" in tab.countdown.text()


def test_new_melding_by_click_is_saved_and_undoable(page: ConfidentialPage, monkeypatch: pytest.MonkeyPatch) -> None:
    class Filled(dialogs.CounsellorDialog):
        def exec(self) -> int:
            self.category_boxes["discriminatie"].setChecked(True)
            self.category_boxes["pesten"].setChecked(True)
            self.consultations.setValue(4)
            self.outcome.setCurrentIndex(self.outcome.findData("doorverwezen"))
            self.accept()
            return self.result()

    monkeypatch.setattr(counsellor_module.dialogs, "CounsellorDialog", Filled)
    tab = page.counsellor
    before = tab.model.rowCount()
    tab.new_button.click()
    assert tab.model.rowCount() == before + 1
    added = [r for r in tab.model.records() if r.outcome == "doorverwezen" and r.consultations == 4]
    assert added and added[0].categories == ("pesten", "discriminatie")
    assert tab.summary.text() == "2026: 9 meldingen, 4 meer dan in 2025; 22 gesprekken."
    page.session.undo_stack.undo()
    assert tab.model.rowCount() == before


def test_keys_enter_edits_delete_deletes(qtbot, page: ConfidentialPage, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    class Edited(dialogs.CounsellorDialog):
        def exec(self) -> int:
            self.outcome.setCurrentIndex(self.outcome.findData("formele klacht"))
            self.accept()
            return self.result()

    monkeypatch.setattr(counsellor_module.dialogs, "CounsellorDialog", Edited)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    tab = page.counsellor
    tab.table.setFocus()
    tab.table.selectRow(0)
    first = tab.model.record(0)
    assert first.outcome is None  # the melding of 12 November still runs
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert tab.model.record(0).outcome == "formele klacht"
    count = tab.model.rowCount()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert tab.model.rowCount() == count - 1
    assert all(r.id != first.id for r in tab.model.records())


def test_a_refused_melding_shows_the_dutch_reason_and_saves_nothing(
    qtbot, page: ConfidentialPage, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    shown: list[str] = []

    class Early(dialogs.WhistleblowerDialog):
        def exec(self) -> int:
            self.received.set_value(TODAY - dt.timedelta(days=2))
            self.acknowledged.set_value(TODAY - dt.timedelta(days=5))
            self.accept()  # refused: the dialog stays open with the reason at the field
            shown.append(self.acknowledged.reading.text())  # said at the date field itself
            assert self.isVisible() or self.result() == 0
            self.reject()  # the secretary cancels
            return self.result()

    monkeypatch.setattr(whistleblower_module.dialogs, "WhistleblowerDialog", Early)
    page.tabs.setCurrentWidget(page.whistleblower)
    tab = page.whistleblower
    before = tab.model.rowCount()
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert shown == ["ontvangstbevestiging: 17 november 2026 ligt vóór de ontvangst van de melding (20 november 2026)"]
    assert tab.model.rowCount() == before


def test_breach_dialog_records_a_decision(page: ConfidentialPage, monkeypatch: pytest.MonkeyPatch) -> None:
    class Decided(dialogs.BreachDialog):
        def exec(self) -> int:
            self.decision.setCurrentIndex(self.decision.findData(False))
            self.reason_not.setPlainText("Alleen interne collega's; geen risico.")
            self.accept()
            return self.result()

    monkeypatch.setattr(breaches_module.dialogs, "BreachDialog", Decided)
    page.tabs.setCurrentWidget(page.breaches)
    tab = page.breaches
    tab.select(tab.running()[0].id)
    tab.edit_button.click()
    assert tab.running() == []
    assert not tab.countdown.isVisible()
    assert tab.model.index(0, 4).data() == "niet gemeld (besluit)"
    assert tab.model.record(0).reason_not_notified == "Alleen interne collega's; geen risico."


def test_show_item_opens_the_register_and_the_row(page: ConfidentialPage) -> None:
    breach = page.breaches.model.record(3)
    page.show_item(ItemRef("vertrouwelijk", "datalek", breach.id))
    assert page.tabs.currentWidget() is page.breaches
    assert page.breaches.table.currentIndex().row() == 3
    report = page.whistleblower.model.record(1).report
    page.show_item(ItemRef("vertrouwelijk", "klokkenluidersmelding", report.id))
    assert page.tabs.currentWidget() is page.whistleblower
    assert page.whistleblower.table.currentIndex().data() == "3 sep 2026"


def test_read_only_has_no_edit_action(qtbot, page: ConfidentialPage, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    page.set_read_only(True)
    tab = page.counsellor
    assert not tab.new_button.isVisible() and not tab.delete_button.isVisible()
    assert tab.report_button.isVisible()
    tab.table.setFocus()
    tab.table.selectRow(0)
    count = tab.model.rowCount()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert tab.model.rowCount() == count


def test_the_models_pass_qt_model_tests(qtmodeltester, page: ConfidentialPage) -> None:  # type: ignore[no-untyped-def]
    for tab in (page.counsellor, page.whistleblower, page.breaches):
        qtmodeltester.check(tab.model)


def test_moments_are_amsterdam_wall_clock(page: ConfidentialPage) -> None:
    dialog = dialogs.BreachDialog(page.breaches.model.record(0), dt.datetime(2026, 11, 22, 12, 0, tzinfo=TIMEZONE))
    assert dialog.record().discovered_at == dt.datetime(2026, 11, 21, 10, 30, tzinfo=TIMEZONE)
    assert dialog.discovered.text() == "21 november 2026 10:30"


def test_in_the_window_a_signal_opens_its_register_and_row(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The Overzicht names only the register and the date; a click opens the row on this page."""
    window.session.set_as_of(TODAY)
    overview = window.show_page("overzicht")  # not window.pages: that builds every area's page
    qtbot.waitUntil(lambda: overview.model.rowCount() > 0, timeout=5000)
    ours = [
        (g, r)
        for g in range(overview.model.rowCount())
        for r in range(overview.model.item(g, 0).rowCount())
        if overview.model.item(g, 0).child(r, 3).text() == overview.area_label("vertrouwelijk")
    ]
    subjects = sorted(overview.model.item(g, 0).child(r, 0).text() for g, r in ours)
    assert subjects == ["Datalek van 21 november 2026", "Klokkenluidersmelding van 19 november 2026",
                        "Klokkenluidersmelding van 3 september 2026"]  # fmt: skip
    group, row = next((g, r) for g, r in ours if overview.model.item(g, 0).child(r, 0).text().startswith("Datalek"))
    overview._activated(overview.model.item(group, 0).child(row, 1).index())
    page = window.stack.currentWidget()
    assert getattr(page, "key", None) == "vertrouwelijk"
    assert window.nav.currentItem().text() == "Vertrouwelijk"
    assert page.tabs.currentWidget() is page.breaches
    assert page.breaches.table.currentIndex().row() == 0
    assert page.breaches.countdown.isVisible()


# --- review (issue 13): services only, the one date field, the form base, empty states -------


def test_the_pages_read_and_write_only_through_services() -> None:
    folder = Path(__file__).resolve().parents[2] / "swtgov" / "ui" / "confidential"
    offending = [f"{path.name}: {line.strip()}" for path in sorted(folder.glob("*.py"))
                 for line in path.read_text(encoding="utf-8").splitlines()
                 if "swtgov.store" in line and "TYPE_CHECKING" not in line]  # fmt: skip
    assert offending == []


def test_forms_use_the_one_date_field_and_the_form_base() -> None:
    from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

    from swtgov.ui.dialogs.form import FormDialog
    from swtgov.ui.widgets import DateField, MomentField

    forms = (dialogs.CounsellorDialog(["pesten"], None, TODAY), dialogs.WhistleblowerDialog(None, TODAY),
             dialogs.BreachDialog(None, dt.datetime(2026, 11, 22, 12, 0, tzinfo=TIMEZONE)))  # fmt: skip
    for form in forms:
        assert isinstance(form, FormDialog)
        assert form.findChildren(QDateEdit) == [] and form.findChildren(QDateTimeEdit) == []
    assert isinstance(forms[1].acknowledged, DateField) and isinstance(forms[2].notified, MomentField)


def test_whistleblower_form_typed_by_keys_refuses_an_early_acknowledgement_at_the_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = dialogs.WhistleblowerDialog(None, TODAY)
    qtbot.addWidget(dialog)
    saved: list[object] = []
    dialog.submit = lambda: saved.append(dialog.record())
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert dialog.focusWidget() is dialog.received.line  # the form opens on its first field
    dialog.received.line.selectAll()
    qtbot.keyClicks(dialog.received.line, "20-11-2026")
    qtbot.keyClick(dialog.received.line, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.subject, "Vermoeden van belangenverstrengeling")
    qtbot.keyClicks(dialog.acknowledged.line, "31-2-2026")  # no such day: Opslaan stays off
    assert not dialog.ok_button().isEnabled()
    assert "31-2-2026" in dialog.acknowledged.reading.text()
    dialog.acknowledged.line.clear()
    qtbot.keyClicks(dialog.acknowledged.line, "17 november 2026")
    assert dialog.ok_button().isEnabled()
    qtbot.keyClick(dialog.subject, Qt.Key.Key_Return)
    assert saved == [] and dialog.isVisible()  # refused before it closes; nothing typed is lost
    assert dialog.acknowledged.reading.text() == (
        "ontvangstbevestiging: 17 november 2026 ligt vóór de ontvangst van de melding (20 november 2026)")
    assert dialog.subject.text() == "Vermoeden van belangenverstrengeling"
    dialog.acknowledged.line.clear()
    qtbot.keyClicks(dialog.acknowledged.line, "23-11-2026")
    qtbot.keyClick(dialog.subject, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    record = saved[0]
    assert record.received_on == dt.date(2026, 11, 20) and record.acknowledged_on == dt.date(2026, 11, 23)


def _new_breach_form(qtbot) -> tuple[dialogs.BreachDialog, list[DataBreach]]:  # type: ignore[no-untyped-def]
    """A new datalek form on screen; what it submits is collected, not stored."""
    dialog = dialogs.BreachDialog(None, dt.datetime(2026, 11, 22, 12, 0, tzinfo=TIMEZONE))
    qtbot.addWidget(dialog)
    saved: list[DataBreach] = []
    dialog.submit = lambda: saved.append(dialog.record())
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog, saved


def test_breach_form_notified_without_a_moment_says_so_at_the_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog, saved = _new_breach_form(qtbot)
    qtbot.keyClicks(dialog.description, "Lijst met adressen naar verkeerde ontvanger")
    assert not dialog.notified.isEnabled()  # no decision yet: no moment of notification
    dialog.decision.setCurrentIndex(dialog.decision.findData(True))
    assert dialog.notified.isEnabled()
    dialog.accept()
    assert saved == [] and dialog.isVisible()
    assert dialog.notified.reading.text().startswith("gemeld bij de AP op: ontbreekt")
    qtbot.keyClicks(dialog.notified.line, "21-11-2026 9:00")  # before the discovery at 12:00 on 22 November
    dialog.accept()
    assert saved == []
    assert "ligt vóór de ontdekking van het datalek (22 november 2026 om 12:00)" in dialog.notified.reading.text()
    dialog.notified.line.clear()
    qtbot.keyClicks(dialog.notified.line, "23-11-2026 9:00")
    dialog.accept()
    assert saved and saved[0].notified_at == dt.datetime(2026, 11, 23, 9, 0, tzinfo=TIMEZONE)


def test_breach_form_not_notified_asks_for_the_reasoning_at_the_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog, saved = _new_breach_form(qtbot)
    qtbot.keyClicks(dialog.description, "Usb-stick met roosters verloren")
    dialog.decision.setCurrentIndex(dialog.decision.findData(False))
    dialog.accept()
    assert saved == [] and dialog.isVisible()  # nothing typed is lost
    assert dialog.problems_shown() == [
        "reden niet gemeld: ontbreekt: leg bij een besluit om niet te melden vast waarom (AVG art. 33 lid 5: "
        "het datalek wordt gedocumenteerd met de afweging)"]
    assert dialog.focusWidget() is dialog.reason_not
    qtbot.keyClicks(dialog.reason_not, "Versleuteld; geen namen of BSN: geen risico voor betrokkenen.")
    dialog.accept()
    assert saved and saved[0].notify_ap is False
    assert saved[0].reason_not_notified == "Versleuteld; geen namen of BSN: geen risico voor betrokkenen."


def test_an_empty_register_shows_the_empty_state_with_its_actions(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    gf = create_file(tmp_path / "leeg.swtgov", "Stichting Leeg")
    if not repo.has_tables(gf.db):
        create(gf.db)
    session = Session()
    session.set_file(gf, load=False)
    session.set_as_of(TODAY)
    widget = ConfidentialPage(session)
    qtbot.addWidget(widget)
    widget.show()
    for tab in (widget.counsellor, widget.whistleblower, widget.breaches):
        widget.tabs.setCurrentWidget(tab)
        assert tab.stack.is_empty()
        assert [b.text() for b in tab.empty.buttons][1] == "Importeren uit Excel…"
    assert widget.breaches.empty.message.text().startswith("Nog geen datalekken geregistreerd.")
    widget.set_read_only(True)
    assert not widget.counsellor.empty.buttons[0].isVisible()
    session.set_file(None)
