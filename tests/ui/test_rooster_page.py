"""The Leden & rooster page, driven the way the secretary works (pytest-qt)."""

from __future__ import annotations

from datetime import date as d

import pytest
from PySide6.QtCore import Qt

from swtgov.domain.signals import ItemRef
from swtgov.services.governance import verify
from swtgov.store.rooster import repo
from swtgov.ui.rooster.dialogs import ReappointDialog
from swtgov.ui.rooster.page import RoosterPage

AS_OF = d(2026, 11, 22)


@pytest.fixture
def page(rooster_page):  # type: ignore[no-untyped-def]
    return rooster_page


def names(page: RoosterPage) -> list[str]:
    proxy = page.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def row_text(page: RoosterPage, name: str) -> list[str]:
    proxy = page.proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data() == name:
            return [proxy.index(row, column).data() for column in range(proxy.columnCount())]
    raise AssertionError(f"{name} not in the table")


def bars(page: RoosterPage, name: str) -> list[tuple[int, float, float]]:
    member_id = next(o.member.id for o in page.overview if o.member.name == name)
    return [(number, rect.left(), rect.right()) for mid, number, rect in page.timeline.bar_rects() if mid == member_id]


def messages(page: RoosterPage, code: str) -> list[str]:
    return [s.message for s in page.signals if s.code == code]


def select(page: RoosterPage, name: str) -> None:
    assert page.select_member(next(o.member.id for o in page.overview if o.member.name == name))


def test_the_page_shows_the_board_the_timeline_and_the_signals(page, qtmodeltester):
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.signal_model)
    assert page.title() == "Leden en rooster"
    assert names(page) == ["Fatima El Amrani", "Hans Verhoeven", "Marieke van den Berg", "Sanne de Wit",
                           "Thomas Bakker"]
    assert row_text(page, "Marieke van den Berg") == [
        "Marieke van den Berg", "Voorzitter", "Remuneratiecommissie (vz)", "Tweede termijn", "1 maart 2027",
        "niet herbenoembaar"]
    assert page.summary.text() == "Peildatum 22 november 2026: 5 zittende leden, 5 signalen."
    assert [r.label for r in page.timeline.timeline.rows] == [
        "Marieke van den Berg (VZ)", "Hans Verhoeven (VVZ)", "Fatima El Amrani", "Sanne de Wit", "Thomas Bakker"]
    assert [n for n, _, _ in bars(page, "Marieke van den Berg")] == [1, 2]
    x = page.timeline.as_of_x()
    assert bars(page, "Marieke van den Berg")[1][1] < x < bars(page, "Marieke van den Berg")[1][2]
    assert page.tabs.tabText(page.signals_tab) == "Signalen (5)"
    assert len(page.proposal_list.buttons) == 3


def test_the_filter_shows_former_members(page):
    page.filter.setCurrentIndex(page.filter.findData("former"))
    assert names(page) == ["Gerard Smit", "Peter Jansen"]
    assert row_text(page, "Peter Jansen")[4:] == ["1 juli 2025", "afgetreden"]
    assert len(page.timeline.timeline.rows) == 7
    page.filter.setCurrentIndex(page.filter.findData("all"))
    assert len(names(page)) == 7


def test_the_detail_panel(page):
    select(page, "Peter Jansen")
    assert page.filter.currentData() == "all"
    detail = page.detail
    assert detail.heading.text() == "Peter Jansen"
    assert detail.subtitle.text() == "oud-lid, afgetreden per 1 juli 2025"
    assert detail.committees.text() == "Kwaliteitscommissie (van 1 maart 2022 tot 1 juli 2025)"
    assert detail.terms_model.rowCount() == 1
    assert detail.terms_model.index(0, 3).data() == "1 juli 2025"
    assert not page.reappoint_button.isEnabled() and page.contact_button.isEnabled()


def test_the_terms_show_dates_in_full_and_wrap_instead_of_cutting_them_off(page):
    select(page, "Marieke van den Berg")
    view = page.detail.terms
    page.detail.resize(page.detail.minimumWidth(), page.detail.height())
    model = view.model()
    assert [model.index(row, 1).data() for row in range(model.rowCount())] == ["1 maart 2019", "1 maart 2023"]
    assert view.wordWrap() and view.textElideMode() == Qt.TextElideMode.ElideNone
    metrics = view.fontMetrics()
    for row in range(model.rowCount()):
        assert view.rowHeight(row) >= view.sizeHintForRow(row)
        for column in range(model.columnCount()):
            words = str(model.index(row, column).data() or "").split()
            assert all(metrics.horizontalAdvance(w) < view.columnWidth(column) for w in words), (row, column)


def test_the_secretary_adds_reappoints_and_records_a_departure_and_undoes_it(page, qtbot):
    session = page.session
    # 1. a new member
    dialog = page.new_member()
    dialog.name.setText("Joris Kok")
    dialog.start.set_value(d(2026, 11, 1))
    dialog._start_changed()
    assert dialog.end.value() == d(2030, 11, 1)
    dialog.email.setText("joris@example.nl")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert "Joris Kok" in names(page)
    assert page.selected().member.name == "Joris Kok"
    assert page.summary.text() == "Peildatum 22 november 2026: 6 zittende leden, 5 signalen."
    assert [n for n, _, _ in bars(page, "Joris Kok")] == [1]
    assert page.timeline.timeline.rows[-1].name == "Joris Kok"

    # 2. reappoint Fatima: her departure moves out of the 2028 cluster
    select(page, "Fatima El Amrani")
    dialog = page.reappoint()
    assert isinstance(dialog, ReappointDialog) and dialog.end.value() == d(2032, 7, 1)
    before = bars(page, "Fatima El Amrani")
    dialog.accept()
    after = bars(page, "Fatima El Amrani")
    assert [n for n, _, _ in before] == [1] and [n for n, _, _ in after] == [1, 2]
    assert after[1][1] == pytest.approx(before[0][2])
    assert row_text(page, "Fatima El Amrani")[3:] == ["Eerste termijn", "1 juli 2032", "zittend"]
    assert messages(page, "departures_cluster")[0].startswith(
        "In het derde kwartaal van 2028 treden 2 leden af: Sanne de Wit (1 juli 2028) en Thomas Bakker")

    # 3. the chair leaves early
    select(page, "Marieke van den Berg")
    dialog = page.record_departure()
    dialog.day.set_value(d(2027, 1, 1))
    dialog.reason.setText("benoemd tot wethouder")
    dialog.accept()
    assert row_text(page, "Marieke van den Berg")[4] == "1 januari 2027"
    assert messages(page, "recruitment_needed") == ["Marieke van den Berg treedt af per 1 januari 2027: start werving."]
    assert messages(page, "chair_term_ending") == [
        "De termijn van voorzitter Marieke van den Berg eindigt op 1 januari 2027: "
        "bereid de opvolging van het voorzitterschap voor."]
    chair_row = page.timeline.timeline.rows[0]
    assert chair_row.bars[-1].left_early and chair_row.bars[-1].end == d(2027, 1, 1)
    assert bars(page, "Marieke van den Berg")[1][2] == pytest.approx(page.timeline.x_of(d(2027, 1, 1)))

    # 4. undo, step by step, restores each state
    session.undo_stack.undo()
    assert row_text(page, "Marieke van den Berg")[4] == "1 maart 2027"
    assert not page.timeline.timeline.rows[0].bars[-1].left_early
    session.undo_stack.undo()
    assert [n for n, _, _ in bars(page, "Fatima El Amrani")] == [1]
    assert messages(page, "departures_cluster")[0].startswith("In het derde kwartaal van 2028 treden 3 leden af")
    session.undo_stack.undo()
    assert "Joris Kok" not in names(page)
    assert [m.name for m in repo.load_rooster(session.gf.db).members if m.name == "Joris Kok"] == []
    session.undo_stack.redo()
    assert "Joris Kok" in names(page)
    result = verify(session.gf.path)  # every change, undo and redo went through the audit log
    assert result.ok, result.problems


def test_a_refused_change_shows_the_reason_and_saves_nothing(page, shown_errors):
    select(page, "Marieke van den Berg")
    assert page.reappoint() is None
    assert shown_errors and "heeft al het maximum van 2 termijnen" in shown_errors[0]
    dialog = page.new_member()
    dialog.name.setText("  ")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert dialog.problems_shown() == ["Vul de naam in."]  # at the field, before anything is sent
    assert len(page.overview) == 7 and page.session.undo_stack.count() == 0


def test_change_role_makes_a_new_chair(page):
    select(page, "Hans Verhoeven")
    dialog = page.change_role()
    assert dialog.role.currentData() == "voorzitter"
    dialog.since.set_value(d(2026, 11, 1))
    dialog.accept()
    assert row_text(page, "Hans Verhoeven")[1] == "Voorzitter"
    assert row_text(page, "Marieke van den Berg")[1] == "Lid"
    assert [r.label for r in page.timeline.timeline.rows][:2] == ["Marieke van den Berg", "Hans Verhoeven (VZ)"]


def test_edit_contact_details(page):
    select(page, "Sanne de Wit")
    dialog = page.edit_contact()
    dialog.phone.setText("020-1234567")
    dialog.accept()
    assert page.detail.phone.text() == "020-1234567"


def test_a_spreading_suggestion_opens_the_reappointment_pre_filled(page):
    proposal = page.proposal_list.proposals[0]
    assert proposal.what.startswith("Herbenoem Fatima El Amrani per 1 juli 2028")
    page.proposal_list.buttons[0].click()
    dialog = page.dialog
    assert isinstance(dialog, ReappointDialog)
    assert dialog.end.value() == d(2032, 7, 1)
    assert page.selected().member.name == "Fatima El Amrani"
    dialog.reject()
    assert len(repo.load_rooster(page.session.gf.db).terms) == 10  # nothing applied by itself


def test_show_item_for_a_member_the_board_and_a_committee(page):
    hans = next(o.member.id for o in page.overview if o.member.name == "Hans Verhoeven")
    page.show_item(ItemRef("rooster", "member", hans))
    assert page.selected().member.name == "Hans Verhoeven"
    quality = next(c.id for c in page.rooster.committees if c.name == "Kwaliteitscommissie")
    page.show_item(ItemRef("rooster", "committee", quality))
    assert page.tabs.currentIndex() == page.committees_tab
    assert page.committee_table.currentIndex().data() == "Kwaliteitscommissie"
    page.show_item(ItemRef("rooster", "board"))
    assert page.tabs.currentIndex() == page.timeline_tab


def test_read_only_disables_every_edit_action(page):
    select(page, "Sanne de Wit")
    assert page.reappoint_button.isEnabled()
    page.set_read_only(True)
    for button in (page.new_button, page.reappoint_button, page.departure_button, page.role_button,
                   page.contact_button, page.committees_button, *page.proposal_list.buttons):
        assert not button.isEnabled()
    assert page.report_button.isEnabled()
    page.set_read_only(False)
    assert page.new_button.isEnabled()


def test_the_commissies_dialog(page, qtbot, shown_errors):
    dialog = page.committees()
    assert dialog.model.rowCount() == 3
    form = dialog.new_committee()
    form.name.setText("Commissie Huisvesting")
    form.accept()
    assert shown_errors == []
    dialog.select_committee(next(c.id for c in repo.load_rooster(page.session.gf.db).committees
                                 if c.name == "Commissie Huisvesting"))
    seat = dialog.add_seat()
    seat.member.setCurrentIndex(seat.member.findText("Sanne de Wit"))
    seat.chair.setChecked(True)
    seat.accept()
    assert dialog.current().members == ("Sanne de Wit",) and dialog.current().chair == "Sanne de Wit"
    assert page.tabs.tabText(page.committees_tab) == "Commissies (4)"
    understaffed = [s.subject for s in page.signals if s.code == "committee_understaffed"]
    assert understaffed == ["Commissie Huisvesting", "Kwaliteitscommissie"]
    dialog.seats.selectRow(0)
    end = dialog.end_seat()
    end.day.set_value(d(2026, 11, 22))
    end.accept()
    assert shown_errors == ["Het lidmaatschap is niet beëindigd.\n"
                            "- einde: 22 november 2026 ligt niet na de aanvang (22 november 2026)"]
    end.day.set_value(d(2027, 1, 1))
    end.accept()
    assert dialog.seat_model.index(0, 2).data() == "1 januari 2027"
    assert not end.isVisible()


def test_the_window_lists_the_page_after_the_overview_and_opens_a_signal(window):
    assert [window.nav.item(i).text() for i in range(2)] == ["Overzicht", "Leden en rooster"]
    page = window.page("rooster")
    window.session.set_as_of(AS_OF)
    chair = next(m.id for m in repo.load_rooster(window.session.gf.db).members if m.name == "Marieke van den Berg")
    window.open_ref(ItemRef("rooster", "member", chair))
    assert window.stack.currentWidget() is page
    assert page.selected().member.name == "Marieke van den Berg"
    assert page.detail.heading.text() == "Marieke van den Berg"
