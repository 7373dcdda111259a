"""Issue 8, typed as the secretary types: Dutch dates in every form, focus on the first
field, Tab to the next field, Enter to save; the stored ISO value is checked in the file."""

from __future__ import annotations

from datetime import date as d

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from swtgov.ui.rooster.page import RoosterPage

ACCEPTED = ["1-3-2027", "01-03-2027", "1 maart 2027", "1 mrt 2027", "2027-03-01"]
REFUSED = {
    "31-02-2027": '"31-02-2027" is geen geldige datum',
    "1-3-27": '"1-3-27" heeft een jaartal van twee cijfers; schrijf het jaar voluit, bijvoorbeeld 2026',
    "1 maa 2027": '"1 maa 2027" is geen geldige datum; schrijf bijvoorbeeld 1-10-2026 of 1 oktober 2026',
    "13-13-2027": '"13-13-2027" is geen geldige datum',
    "morgen": '"morgen" is geen geldige datum; schrijf bijvoorbeeld 1-10-2026 of 1 oktober 2026',
    "": "Vul een datum in.",
}


@pytest.fixture
def page(rooster_page):  # type: ignore[no-untyped-def]
    return rooster_page


def focused() -> object:
    return QApplication.focusWidget()


def opened(qtbot, dialog):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.windowHandle() is not None and dialog.windowHandle().isExposed())
    qtbot.waitUntil(lambda: focused() is not None and dialog.isAncestorOf(focused()))
    return dialog


def retype(qtbot, line: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    """Select all in the focused field and type over it, as a person does."""
    assert focused() is line, f"focus is on {focused()!r}, not on the date field"
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        qtbot.keyClicks(line, text)
    else:
        qtbot.keyClick(line, Qt.Key.Key_Backspace)


def stored_terms(page: RoosterPage, name: str) -> list[tuple[str, str]]:
    return page.session.gf.conn.execute(
        "SELECT t.starts_on, t.ends_on FROM terms t JOIN members m ON m.id = t.member_id"
        " WHERE m.name = ? ORDER BY t.number", [name]).fetchall()


def select(page: RoosterPage, name: str) -> None:
    assert page.select_member(next(o.member.id for o in page.overview if o.member.name == name))


@pytest.mark.parametrize("typed", ACCEPTED)
def test_new_member_reads_each_way_of_typing_a_date(qtbot, page, typed: str) -> None:  # type: ignore[no-untyped-def]
    dialog = opened(qtbot, page.new_member())
    assert focused() is dialog.name  # the first field, not OK
    qtbot.keyClicks(focused(), "Pieter Jansen")  # a space no longer presses OK
    assert dialog.isVisible() and dialog.name.text() == "Pieter Jansen"
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # → role
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # → appointed from
    retype(qtbot, dialog.start.line, typed)
    assert dialog.start.reading.text() == "maandag 1 maart 2027"  # read while typing
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # Tab leaves the field, to the end date
    assert focused() is dialog.end.line
    assert dialog.start.text() == "1 maart 2027"  # written in full on leaving
    assert dialog.end.text() == "1 maart 2031"  # the term length follows
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert stored_terms(page, "Pieter Jansen") == [("2027-03-01", "2031-03-01")]


@pytest.mark.parametrize("typed", list(REFUSED))
def test_new_member_refuses_what_it_cannot_read_and_keeps_the_dialog_open(qtbot, page, typed: str) -> None:  # type: ignore[no-untyped-def]
    dialog = opened(qtbot, page.new_member())
    qtbot.keyClicks(focused(), "Pieter Jansen")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    retype(qtbot, dialog.start.line, typed)
    assert not dialog.start.valid
    assert dialog.start.reading.text() == REFUSED[typed]  # the reason, at the field
    assert "border: 2px solid" in dialog.start.line.styleSheet()  # red border
    assert not dialog.ok_button().isEnabled()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.name.text() == "Pieter Jansen"
    assert stored_terms(page, "Pieter Jansen") == []
    dialog.reject()


def test_a_date_typed_as_1_3_2027_is_never_read_as_november(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    """The issue's example: 1-3-2027 + Tab showed 13 november 2026; 1 maart 2027 became 30 maart."""
    select(page, "Sanne de Wit")
    dialog = opened(qtbot, page.record_departure())
    assert focused() is dialog.day.line
    retype(qtbot, dialog.day.line, "1-3-2027")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.reason
    qtbot.keyClicks(focused(), "verhuisd")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert not dialog.isVisible()
    left = page.session.gf.conn.execute(
        "SELECT t.left_on, t.left_reason FROM terms t JOIN members m ON m.id = t.member_id"
        " WHERE m.name = 'Sanne de Wit' AND t.left_on IS NOT NULL").fetchall()
    assert left == [("2027-03-01", "verhuisd")]


def test_every_member_dialog_opens_on_its_first_field(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    select(page, "Sanne de Wit")
    for open_dialog, first in ((page.new_member, "name"), (page.reappoint, "end"), (page.record_departure, "day"),
                               (page.change_role, "role"), (page.edit_contact, "name")):
        dialog = opened(qtbot, open_dialog())
        widget = getattr(dialog, first)
        assert focused() in (widget, getattr(widget, "line", None)), (dialog.windowTitle(), focused())
        assert not isinstance(focused(), QPushButton)
        dialog.reject()


def test_reappoint_takes_a_typed_end_date(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    select(page, "Fatima El Amrani")
    dialog = opened(qtbot, page.reappoint())
    retype(qtbot, dialog.end.line, "1 mrt 2032")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert stored_terms(page, "Fatima El Amrani")[-1] == ("2028-07-01", "2032-03-01")


def test_change_role_takes_a_typed_date(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    select(page, "Hans Verhoeven")
    dialog = opened(qtbot, page.change_role())
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    retype(qtbot, dialog.since.line, "01-12-2026")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    since = page.session.gf.conn.execute(
        "SELECT r.role, r.since FROM role_changes r JOIN members m ON m.id = r.member_id"
        " WHERE m.name = 'Hans Verhoeven' ORDER BY r.since DESC LIMIT 1").fetchone()
    assert since == ("voorzitter", "2026-12-01")


def test_an_empty_name_is_shown_at_the_field_and_nothing_is_lost(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    dialog = opened(qtbot, page.new_member())
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    retype(qtbot, dialog.start.line, "1-3-2027")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.problems_shown() == ["Vul de naam in."]
    assert focused() is dialog.name and dialog.start.value() == d(2027, 3, 1)


def test_the_commissie_seat_end_is_optional_and_typed(qtbot, page, shown_errors) -> None:  # type: ignore[no-untyped-def]
    committees = page.committees()
    seat = committees.add_seat()
    opened(qtbot, seat)
    assert seat.ok_button().isEnabled()  # the switched-off end date is never wrong
    seat.has_end.setChecked(True)
    seat.end.line.setFocus()
    retype(qtbot, seat.end.line, "31-02-2028")
    assert not seat.ok_button().isEnabled()
    retype(qtbot, seat.end.line, "29-2-2028")
    assert seat.ok_button().isEnabled() and seat.end.value() == d(2028, 2, 29)
    seat.reject()
    committees.reject()


def test_the_moment_field_reads_a_date_and_a_time(qtbot) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt
    from zoneinfo import ZoneInfo

    from swtgov.ui.widgets import MomentField

    amsterdam = ZoneInfo("Europe/Amsterdam")
    field = MomentField(None, optional=True, tz=amsterdam)
    qtbot.addWidget(field)
    field.show()
    assert field.valid and field.value() is None
    field.line.setFocus()
    qtbot.keyClicks(field.line, "14-3-2026 9:30")
    assert field.value() == dt.datetime(2026, 3, 14, 9, 30, tzinfo=amsterdam)
    assert field.reading.text() == "zaterdag 14 maart 2026 om 09:30"
    qtbot.keyClick(field.line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field.line, "14-3-2026 25:30")
    assert not field.valid and field.reading.text() == '"14-3-2026 25:30" heeft een ongeldige tijd'
