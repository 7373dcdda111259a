"""The secretary's flow on the Vergaderingen page, with keys and clicks: plan a meeting, its agenda with
a document, attendance, minutes, the pack, and vaststellen at the next meeting."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from meetings_support import pdf_bytes
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialog

from swtgov.store.meetings import repo
from swtgov.ui.meetings import dialogs, outputs

TODAY = dt.date(2026, 11, 22)
MEETING_DAY = dt.date(2026, 11, 19)


@pytest.fixture
def page(window_page):  # type: ignore[no-untyped-def]
    return window_page("vergaderingen", TODAY)


def fill_and_accept(monkeypatch, cls, fill) -> None:  # type: ignore[no-untyped-def]
    """Make ``cls.exec`` fill the dialog the way a user would and press OK."""
    def exec_(self) -> int:  # type: ignore[no-untyped-def]
        fill(self)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(cls, "exec", exec_)


def test_page_in_dutch_with_the_demo_year(window, page) -> None:  # type: ignore[no-untyped-def]
    assert window.nav.currentItem().text() == "Vergaderingen"
    assert page.views.tabText(1) == "Besluitenregister"
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "Orgaan"
    # the next meeting is chosen: the RvT in five days, its pack not yet sent
    assert page.header.text() == "Raad van Toezicht · 27 november 2026, 19:00–21:30"
    assert "pakket niet verstuurd" in page.details.text()
    assert page.year_note.text() == "RvT: 6, Auditcommissie: 4, Kwaliteitscommissie: 3, Remuneratiecommissie: 2"


def test_the_secretarys_flow(window, page, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    errors: list[str] = []
    monkeypatch.setattr("swtgov.ui.errors.show_error", lambda _parent, error, _title=None: errors.append(str(error)))
    opened: list[Path] = []
    monkeypatch.setattr(outputs.OutputButtons, "_open", lambda self, path: opened.append(path))
    db = window.session.gf.db

    # 1. plan the meeting: "Nieuwe vergadering…", RvT on 19 November, 19:30 to 21:00
    def plan(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.date.setDate(QDate(2026, 11, 19))
        dialog.start.setTime(QTime(19, 30))
        dialog.end.setTime(QTime(21, 0))
        dialog.location.setText("Teamkantoor Oost")

    fill_and_accept(monkeypatch, dialogs.MeetingDialog, plan)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.header.text() == "Raad van Toezicht · 19 november 2026, 19:30–21:00"
    meeting_id = page.record.meeting.id
    assert [(i.number, i.title) for i in page.agenda.items] == [
        ("1", "Opening en vaststellen agenda"), ("2", "Notulen vorige vergadering"), ("3", "Rondvraag"),
        ("4", "Sluiting")]

    # 2. the agenda: an item, a document, reorder with Ctrl+Up and by drag
    def item(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.title.setText("Jaarplan 2027")
        dialog.kind.setCurrentIndex(dialog.kind.findData("besluitvorming"))
        dialog.presenter.setText("directeur-bestuurder")

    fill_and_accept(monkeypatch, dialogs.ItemDialog, item)
    qtbot.mouseClick(page.agenda.add_button, Qt.MouseButton.LeftButton)
    assert [i.title for i in page.agenda.items][2:] == ["Jaarplan 2027", "Rondvraag", "Sluiting"]
    assert page.agenda.current_item().title == "Jaarplan 2027"
    plan_pdf = tmp_path / "Jaarplan 2027.pdf"
    plan_pdf.write_bytes(pdf_bytes(3, "Jaarplan"))
    monkeypatch.setattr("swtgov.ui.meetings.agenda.QFileDialog.getOpenFileName", lambda *a, **k: (str(plan_pdf), ""))
    qtbot.mouseClick(page.agenda.attach_button, Qt.MouseButton.LeftButton)
    assert page.agenda.doc_model.rowCount() == 1
    assert page.agenda.doc_model.index(0, 0).data() == "Jaarplan 2027.pdf"
    assert page.agenda.doc_model.index(0, 1).data() == "3"
    broken = tmp_path / "kapot.pdf"
    broken.write_bytes(b"dit is geen pdf")
    monkeypatch.setattr("swtgov.ui.meetings.agenda.QFileDialog.getOpenFileName", lambda *a, **k: (str(broken), ""))
    qtbot.mouseClick(page.agenda.attach_button, Qt.MouseButton.LeftButton)
    assert errors == ['"kapot.pdf" is geen PDF-bestand.']
    page.agenda.table.setFocus()
    qtbot.keyClick(page.agenda.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [(i.number, i.title) for i in page.agenda.items][1:3] == [("2", "Jaarplan 2027"),
                                                                      ("3", "Notulen vorige vergadering")]
    qtbot.keyClick(page.agenda.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert page.agenda.items[2].title == "Jaarplan 2027"
    page.agenda.table.drop_on_row(2, 1)  # what dropping row 3 on row 2 does
    assert [i.title for i in page.agenda.items][:3] == ["Opening en vaststellen agenda", "Jaarplan 2027",
                                                         "Notulen vorige vergadering"]
    assert [i.number for i in page.agenda.items] == ["1", "2", "3", "4", "5"]

    # 3. attendance: everyone present, then one member afwezig met kennisgeving; a guest; the quorum
    page.tabs.setCurrentWidget(page.attendance)
    assert page.attendance.quorum_label.text().startswith("Aanwezigheid nog niet vastgelegd")
    qtbot.mouseClick(page.attendance.all_present, Qt.MouseButton.LeftButton)
    assert page.attendance.quorum_label.text() == "5 van 5 leden aanwezig, 3 nodig: quorum gehaald"
    page.attendance.select_name("Thomas Bakker")
    page.attendance.presence.setCurrentIndex(page.attendance.presence.findData("afwezig_mk"))
    page.attendance.presence.activated.emit(page.attendance.presence.currentIndex())
    assert page.attendance.quorum_label.text() == "4 van 5 leden aanwezig, 3 nodig: quorum gehaald"

    def guest(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.name.setText("Jolanda Vermeer")
        dialog.role.setCurrentText("directeur-bestuurder")

    fill_and_accept(monkeypatch, dialogs.GuestDialog, guest)
    qtbot.mouseClick(page.attendance.guest_button, Qt.MouseButton.LeftButton)
    rows = {(r.name, r.capacity, r.presence) for r in page.attendance.rows}
    assert ("Jolanda Vermeer", "gast", "aanwezig") in rows and ("Thomas Bakker", "lid", "afwezig_mk") in rows

    # 4. minutes: notes (typed, Ctrl+S), a conflict of interest, a decision and an action item
    page.tabs.setCurrentWidget(page.minutes)
    page.minutes.select_item("2")
    assert page.minutes.heading.text() == "2. Jaarplan 2027 (ter besluitvorming)"
    page.minutes.notes.setFocus()
    qtbot.keyClicks(page.minutes.notes, "Het jaarplan wordt toegelicht.")
    qtbot.keyClick(page.minutes.notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert repo.load_items(db, meeting_id)[1].minutes == "Het jaarplan wordt toegelicht."
    for row in range(page.minutes.conflicts.count()):
        entry = page.minutes.conflicts.item(row)
        if entry.text() == "Sanne de Wit":
            entry.setCheckState(Qt.CheckState.Checked)
    page.minutes.conflict_reason.setText("partner werkt bij de stichting")
    qtbot.mouseClick(page.minutes.conflict_button, Qt.MouseButton.LeftButton)
    assert page.minutes.item_quorum.text() == (
        "Quorum voor dit agendapunt: 3 van 4 leden aanwezig, quorum 3: gehaald "
        "(buiten beschouwing wegens tegenstrijdig belang: Sanne de Wit)")
    fill_and_accept(monkeypatch, dialogs.TextDialog, lambda d: d.text.setPlainText("Het jaarplan 2027 wordt vastgesteld."))
    qtbot.mouseClick(page.minutes.decision_button, Qt.MouseButton.LeftButton)
    assert page.minutes.decisions.item(0).text() == "2026-10: Het jaarplan 2027 wordt vastgesteld."

    def action(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.what.setText("Jaarplan publiceren")
        dialog.who.setCurrentText("Jolanda Vermeer")
        dialog.due.setDate(QDate(2027, 1, 15))

    fill_and_accept(monkeypatch, dialogs.ActionDialog, action)
    qtbot.mouseClick(page.minutes.action_button, Qt.MouseButton.LeftButton)
    assert page.minutes.actions.item(0).text() == "Jaarplan publiceren — Jolanda Vermeer (15 januari 2027)"
    # the open action items of the previous RvT meeting are carried over, with their origin
    carried = [page.minutes.carried_model.index(r, 3).data() for r in range(page.minutes.carried_model.rowCount())]
    assert carried and set(carried) <= {"8 oktober 2026", "30 juli 2026"}

    # 5. the pack, made off the UI thread
    fill_and_accept(monkeypatch, outputs.SectionsDialog, lambda d: None)
    pack = tmp_path / "pakket.pdf"
    page.outputs.make_pack(target=pack)
    qtbot.waitUntil(lambda: page.outputs.task is None, timeout=30_000)
    assert errors == ['"kapot.pdf" is geen PDF-bestand.'] and opened == [pack]
    from pypdf import PdfReader

    text = "\n".join(p.extract_text() for p in PdfReader(pack).pages)
    assert "Jaarplan 2027" in text and "Jaarplan - pagina 3" in text

    # 6. vaststellen at the next meeting (27 November): everything read-only, with a banner
    window.session.set_as_of(dt.date(2026, 11, 27))
    assert page.approve_button.isEnabled()
    fill_and_accept(monkeypatch, dialogs.DateDialog, lambda d: d.date.setDate(QDate(2026, 11, 27)))
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert repo.load_meeting(db, meeting_id).approved_on == dt.date(2026, 11, 27)
    assert page.banner.isVisible()
    assert page.banner.text() == ("De notulen zijn vastgesteld op 27 november 2026: aan deze vergadering kan niets "
                                  "meer worden gewijzigd.")
    assert not page.agenda.add_button.isEnabled() and not page.attendance.all_present.isEnabled()
    assert page.minutes.notes.isReadOnly() and not page.approve_button.isEnabled()
    # a change that slips through is refused by the file itself, in Dutch
    from swtgov.services.meetings import minutes as service

    with pytest.raises(Exception, match="zijn vastgesteld op 27 november 2026"):
        window.session.perform("x", lambda audit: service.add_item(audit, meeting_id, "Te laat"))


def test_signal_opens_the_meeting(window, page) -> None:  # type: ignore[no-untyped-def]
    from swtgov.domain.signals import ItemRef

    july = next(m for m in repo.load_meetings(window.session.gf.db) if m.body.short == "Auditcommissie"
                and m.date == dt.date(2026, 7, 20))
    window.open_ref(ItemRef("vergaderingen", "meeting", july.id))
    assert page.header.text().startswith("Auditcommissie · 20 juli 2026")
    window.open_ref(ItemRef("vergaderingen", "action", None))
    assert page.views.currentWidget() is page.actions
    assert page.actions.count.text() == "2 van 14 actiepunten"


def test_read_only_file_offers_no_changes(window, page) -> None:  # type: ignore[no-untyped-def]
    page.set_read_only(True)
    assert not page.new_button.isVisible()
    assert not page.agenda.add_button.isEnabled()
    assert not page.outputs.send_button.isEnabled()
    assert page.outputs.pack_button.isEnabled()


def test_send_pack_and_minutes_then_undo(window, page, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import email

    opened: list[Path] = []
    monkeypatch.setattr(outputs.OutputButtons, "_open", lambda self, path: opened.append(path))
    fill_and_accept(monkeypatch, outputs.SectionsDialog, lambda d: None)
    db = window.session.gf.db
    assert page.header.text().startswith("Raad van Toezicht · 27 november 2026")
    meeting_id = page.record.meeting.id
    draft = tmp_path / "pakket.eml"
    page.outputs.send("pack", target=draft)
    qtbot.waitUntil(lambda: page.outputs.task is None and bool(opened), timeout=30_000)
    message = email.message_from_bytes(draft.read_bytes())
    assert message["X-Unsent"] == "1" and "m.vandenberg@example.nl" in message["To"]
    assert repo.load_meeting(db, meeting_id).pack_sent_on == TODAY
    assert "pakket verstuurd op 22 november 2026" in page.details.text()
    window.session.undo_stack.undo()
    assert repo.load_meeting(db, meeting_id).pack_sent_on is None
    assert "pakket niet verstuurd" in page.details.text()
    calendar = tmp_path / "planning.ics"
    monkeypatch.setattr("swtgov.ui.meetings.outputs.QMessageBox.information", lambda *a, **k: None)
    page.outputs.save_calendar(target=calendar)
    assert calendar.read_bytes().count(b"BEGIN:VEVENT") == 15  # the meetings of 2026
    # the concept minutes of the previous RvT meeting
    october = next(m for m in repo.load_meetings(db, year=2026) if m.date == dt.date(2026, 10, 8))
    assert page.select_meeting(october.id)
    minutes_draft = tmp_path / "notulen.eml"
    page.outputs.send("minutes", target=minutes_draft)
    message = email.message_from_bytes(minutes_draft.read_bytes())
    assert message["X-Unsent"] == "1" and message["Subject"] == "Conceptnotulen Raad van Toezicht 8 oktober 2026"
    assert repo.load_meeting(db, october.id).minutes_sent_on == TODAY


def test_registers_filter_and_export(window, page, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    page.views.setCurrentWidget(page.decisions)
    assert page.decisions.count.text() == "9 van 9 besluiten"
    page.decisions.search.setText("begroting")
    assert page.decisions.count.text() == "2 van 9 besluiten"
    target = tmp_path / "besluitenlijst.xlsx"
    monkeypatch.setattr("swtgov.ui.meetings.registers.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    page.decisions.export()
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0] == ("nummer", "datum", "orgaan", "agendapunt", "besluit")
    assert len(rows) == 3 and all("begroting" in r[4] for r in rows[1:])
    page.views.setCurrentWidget(page.actions)
    page.actions.body_filter.setCurrentIndex(page.actions.body_filter.findText("Kwaliteitscommissie"))
    page.actions.extra_filter.setCurrentIndex(page.actions.extra_filter.findData(None))
    shown = page.actions.visible()
    assert shown and all(r.meeting.body.short == "Kwaliteitscommissie" for r in shown)


def test_upcoming_meeting_shows_the_convocation_date(page) -> None:  # type: ignore[no-untyped-def]
    assert "oproeping met de agenda uiterlijk op 20 november 2026" in page.details.text()


def test_every_date_in_the_list_is_shown_whole(page) -> None:  # type: ignore[no-untyped-def]
    metrics = page.table.fontMetrics()
    # the cell's margins and focus frame take about 12 px beside the text; the longest date
    # a year can have is "30 september ..."
    room = page.table.columnWidth(0) - 12
    assert metrics.horizontalAdvance("30 september 2026") <= room
    dates = [page.model.index(row, 0).data() for row in range(page.model.rowCount())]
    assert "23 september 2026" in dates or "27 november 2026" in dates
    assert all(metrics.horizontalAdvance(text) <= room for text in dates)
