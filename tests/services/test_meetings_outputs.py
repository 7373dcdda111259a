"""The meetings area's outputs made from a governance file: notulen, vergaderpakket with its
sections and versions, jaarplanning, the .ics and the .eml drafts, read back."""

from __future__ import annotations

import datetime as dt
import email
import io
import re
from email import policy
from pathlib import Path

import pytest
from meetings_support import board, pdf_bytes
from pypdf import PdfReader

from swtgov.domain.meetings.model import Body
from swtgov.errors import SwtgovError
from swtgov.services.meetings import calendar, mail, minutes, outputs, packs
from swtgov.services.meetings.attachments import CheckedPdf, attach_checked
from swtgov.services.meetings.lookup import AmbiguousMeeting
from swtgov.services.progress import Cancelled
from swtgov.store.meetings import repo

D = dt.date
AS_OF = D(2026, 5, 7)


@pytest.fixture
def gf(governance_file):  # type: ignore[no-untyped-def]
    """The board of meetings_support, a March and a May RvT meeting, an auditcommissie on 14 May."""
    gf = governance_file
    gf.ids = board(gf)
    audit_body = Body(gf.ids["audit"], "Auditcommissie")
    with gf.change() as audit:
        march = minutes.plan_meeting(audit, Body(None), D(2026, 3, 12), start=dt.time(19), end=dt.time(21, 30),
                                     location="Teamkantoor Noord")
        may = minutes.plan_meeting(audit, Body(None), D(2026, 5, 14), start=dt.time(19), end=dt.time(21, 30),
                                   location="Teamkantoor Oost")
        minutes.plan_meeting(audit, audit_body, D(2026, 5, 14), start=dt.time(16), end=dt.time(17, 30),
                             location="Bestuursbureau")
        minutes.plan_meeting(audit, audit_body, D(2026, 9, 3))
        accounts = minutes.add_item(audit, march, "Jaarrekening 2025", kind="besluitvorming",
                                    presenter="directeur-bestuurder")
        minutes.fill_attendance(audit, march)
        minutes.record_attendance(audit, march, "Dirk Smit", "afwezig_mk")
        minutes.record_attendance(audit, march, "Eva Visser", "afwezig_zk")
        minutes.record_attendance(audit, march, "Petra Bos", "aanwezig", capacity="gast", role="directeur-bestuurder")
        minutes.record_attendance(audit, march, "Karin de Wit", "aanwezig", capacity="notulist")
        minutes.set_conflicts(audit, accounts, ["Carla Jansen"], "familielid van de accountant")
        minutes.add_decision(audit, march, "De jaarrekening 2025 wordt goedgekeurd.", accounts)
        minutes.add_action(audit, march, "Managementletter bespreken", "Bert Bakker", D(2026, 5, 1), accounts)
        attach_checked(audit, accounts, CheckedPdf(pdf_bytes(3, "Jaarrekening"), "Jaarrekening 2025.pdf", 3))
        risks = minutes.add_item(audit, may, "Risicomanagement", kind="bespreking", presenter="controller")
        attach_checked(audit, risks, CheckedPdf(pdf_bytes(4, "Risiconotitie"), "Risiconotitie Q1.pdf", 4))
    gf.march, gf.may, gf.risk_item = march, may, risks
    return gf


def texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def bookmarks(data: bytes) -> list[tuple[str, int]]:
    reader = PdfReader(io.BytesIO(data))
    found: list[tuple[str, int]] = []

    def walk(nodes: list) -> None:  # type: ignore[type-arg]
        for node in nodes:
            if isinstance(node, list):
                walk(node)
            else:
                found.append((node.title, reader.get_destination_page_number(node) + 1))

    walk(reader.outline)
    return found


def test_notulen_from_the_record(gf) -> None:  # type: ignore[no-untyped-def]
    whole = "\n".join(texts(outputs.build_notulen(gf.db, AS_OF, meeting="12-3-2026", generated_on=AS_OF)))
    flat = " ".join(whole.split())
    # chair first, then alphabetically; Eva Visser sat until 1 June 2026
    assert "Anna de Vries (voorzitter), Bert Bakker, Carla Jansen" in whole
    assert "Afwezig met kennisgeving\nDirk Smit" in whole
    assert "Afwezig zonder kennisgeving\nEva Visser" in whole
    assert "Petra Bos (directeur-bestuurder)" in whole and "Notulist\nKarin de Wit" in whole
    assert "Het quorum is bereikt: 3 van de 5 zittende leden aanwezig (vereist: 3)." in whole
    assert ("Tegenstrijdig belang: Carla Jansen heeft niet deelgenomen aan de beraadslaging en besluitvorming "
            "over dit punt. Reden: familielid van de accountant") in flat
    # Carla left out of the item's quorum: 2 of the 4 others present, 3 needed
    assert ("Voor dit punt waren 2 van de 4 niet-betrokken leden aanwezig (vereist: 3). "
            "Het quorum voor dit punt is niet bereikt.") in flat
    assert "Besluit 2026-01: De jaarrekening 2025 wordt goedgekeurd." in whole
    assert "CONCEPT" in whole


def test_the_may_notulen_carry_the_open_action_over(gf) -> None:  # type: ignore[no-untyped-def]
    whole = "\n".join(texts(outputs.build_notulen(gf.db, AS_OF, meeting=D(2026, 5, 14), body="RvT",
                                                  generated_on=AS_OF)))
    assert "Managementletter bespreken\nBert Bakker\n1 mei 2026\nvorige vergadering\n12 maart 2026" in whole


def test_two_meetings_on_one_date_need_the_body(gf) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(AmbiguousMeeting, match=r"Op 14 mei 2026 zijn 2 vergaderingen \(RvT, Auditcommissie\)"):
        outputs.build_notulen(gf.db, AS_OF, meeting="14-5-2026")
    with pytest.raises(SwtgovError, match="Er is geen vergadering op 15 mei 2026"):
        outputs.build_vergaderpakket(gf.db, AS_OF, meeting="15-5-2026")
    data = outputs.build_notulen(gf.db, AS_OF, meeting="14-5-2026", body="auditcommissie", generated_on=AS_OF)
    assert "Notulen Auditcommissie" in texts(data)[0]


def test_pack_places_sections_at_their_items(gf) -> None:  # type: ignore[no-untyped-def]
    data = outputs.build_vergaderpakket(gf.db, AS_OF, meeting="14-5-2026", body="RvT",
                                        sections="notulen,acties,risicos,rooster", generated_on=AS_OF)
    marks = bookmarks(data)
    titles = [t for t, _ in marks]
    assert titles[:3] == ["Voorblad en agenda", "1. Opening en vaststellen agenda", "2. Notulen vorige vergadering"]
    notulen = titles.index("2. Notulen vorige vergadering")
    assert titles[notulen + 1:notulen + 3] == ["Notulen 12 maart 2026", "Openstaande actiepunten"]
    risk = titles.index("3. Risicomanagement")
    assert titles[risk + 1:risk + 3] == ["Risiconotitie Q1", "Risico's: matrix en boven de risicobereidheid"]
    assert titles[-2:] == ["B. Bijlagen", "Rooster van aan- en aftreden"]  # no rooster item on the agenda
    pages = texts(data)
    appendix = pages[dict(marks)["Rooster van aan- en aftreden"] - 1]
    assert "Bijlagen" in appendix and "Agendapunt B" not in appendix
    page = dict(marks)["Risiconotitie Q1"]
    assert "Risiconotitie - pagina 1" in pages[page - 1] and "Agendapunt 3" in pages[page - 1]
    assert f"pagina {page} van {len(pages)}" in pages[page - 1]
    minutes_page = pages[dict(marks)["Notulen 12 maart 2026"] - 1]
    assert "Notulen Raad van Toezicht" in minutes_page and "Agendapunt 2" in minutes_page
    # a generated section carries only the pack's page number, not its own "pagina 1 van 1"
    for title in ("Notulen 12 maart 2026", "Openstaande actiepunten", "Rooster van aan- en aftreden"):
        number = dict(marks)[title]
        assert len(re.findall(r"pagina \d+ van \d+", pages[number - 1])) == 1, pages[number - 1][-200:]
        assert f"pagina {number} van {len(pages)}" in pages[number - 1]
    assert "Managementletter bespreken" in pages[dict(marks)["Openstaande actiepunten"] - 1]


def test_pack_sections_by_name(gf) -> None:  # type: ignore[no-untyped-def]
    plain = outputs.build_vergaderpakket(gf.db, AS_OF, meeting="14-5-2026", body="RvT", sections="geen")
    assert [t for t, _ in bookmarks(plain)][-4:] == ["3. Risicomanagement", "Risiconotitie Q1", "4. Rondvraag",
                                                     "5. Sluiting"]
    with pytest.raises(SwtgovError, match='Onbekend onderdeel van het vergaderpakket: "notulen2". Kies uit: '
                                          "notulen, acties, rooster, risicos"):
        outputs.build_vergaderpakket(gf.db, AS_OF, meeting="14-5-2026", body="RvT", sections="notulen2")


def test_pack_versions_say_what_changed_since_sent(gf, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    meeting = outputs.find_meeting(gf.db, "14-5-2026", "RvT")
    first = packs.make_pack(gf.db, AS_OF, meeting, sections="geen", generated_on=AS_OF)
    assert first.version == 1 and first.changed == ()
    assert "Versie 1, samengesteld op 7 mei 2026" in texts(first.pdf)[0]
    draft = mail.pack_draft(gf, AS_OF, tmp_path / "pakket.eml", meeting=meeting, made=first, on=D(2026, 5, 7))
    assert draft.path.exists()
    assert repo.load_meeting(gf.db, gf.may).pack_sent_on == D(2026, 5, 7)
    assert [(v.version, v.sent_on) for v in repo.load_pack_versions(gf.db, gf.may)] == [(1, D(2026, 5, 7))]
    # unchanged: the same version
    again = packs.make_pack(gf.db, AS_OF, meeting, sections="geen", generated_on=AS_OF)
    assert again.version == 1
    # a document added to item 3: version 2, item 3 changed since version 1
    with gf.change() as audit:
        attach_checked(audit, gf.risk_item, CheckedPdf(pdf_bytes(1, "Aanvulling"), "Aanvulling.pdf", 1))
    second = packs.make_pack(gf.db, D(2026, 5, 10), meeting, sections="geen", generated_on=D(2026, 5, 10))
    assert second.version == 2 and second.changed == ("3",)
    cover = texts(second.pdf)[0]
    assert "Versie 2, samengesteld op 10 mei 2026" in cover
    assert "Gewijzigd sinds versie 1 (verzonden op 7 mei 2026): 3. Risicomanagement" in cover
    mail.pack_draft(gf, AS_OF, tmp_path / "pakket2.eml", meeting=meeting, made=second, on=D(2026, 5, 10))
    assert [(v.version, v.sent_on) for v in repo.load_pack_versions(gf.db, gf.may)] == [
        (1, D(2026, 5, 7)), (2, D(2026, 5, 10))]
    message = email.message_from_bytes((tmp_path / "pakket2.eml").read_bytes(), policy=policy.default)
    assert message["Subject"] == "Vergaderpakket Raad van Toezicht 14 mei 2026 (versie 2)"
    assert "gewijzigd zijn de stukken bij agendapunt 3." in message.get_body(("plain",)).get_content()


def test_pack_draft_reads_back_as_an_unsent_message(gf, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    draft = mail.pack_draft(gf, AS_OF, tmp_path / "pakket.eml", meeting="14-5-2026", body="RvT", sections="geen",
                            on=D(2026, 5, 7))
    message = email.message_from_bytes(draft.path.read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert [a.addr_spec for a in message["To"].addresses] == [
        "anna@example.nl", "bert@example.nl", "carla@example.nl", "dirk@example.nl", "eva@example.nl"]
    assert message["To"].addresses[0].display_name == "Anna de Vries"
    text = message.get_body(("plain",)).get_content()
    assert ("Hierbij ontvangt u het vergaderpakket voor de vergadering van de Raad van Toezicht op\n"
            "donderdag 14 mei 2026 om 19:00 uur, Teamkantoor Oost.") in text.replace("\r\n", "\n") or \
           "donderdag 14 mei 2026 om 19:00 uur, Teamkantoor Oost" in text
    attachment = next(message.iter_attachments())
    assert attachment.get_filename() == "Vergaderpakket RvT 2026-05-14.pdf"
    pdf = attachment.get_content()
    assert pdf[:5] == b"%PDF-" and "Vergaderpakket Raad van Toezicht" in texts(pdf)[0]
    assert draft.without_email == () and len(draft.recipients) == 5


def test_minutes_draft_and_read_only(gf, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    draft = mail.minutes_draft(gf, AS_OF, tmp_path / "notulen.eml", meeting="12-3-2026", on=D(2026, 3, 19))
    message = email.message_from_bytes(draft.path.read_bytes(), policy=policy.default)
    assert message["Subject"] == "Conceptnotulen Raad van Toezicht 12 maart 2026"
    assert next(message.iter_attachments()).get_filename() == "Conceptnotulen RvT 2026-03-12.pdf"
    assert repo.load_meeting(gf.db, gf.march).minutes_sent_on == D(2026, 3, 19)
    with pytest.raises(SwtgovError, match=r"eindigt op \.eml"):
        mail.minutes_draft(gf, AS_OF, tmp_path / "notulen.pdf", meeting="12-3-2026")
    assert not (tmp_path / "notulen.pdf").exists()


def test_cancelling_the_pack_stops_it(gf) -> None:  # type: ignore[no-untyped-def]
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if len(seen) == 4:
            raise Cancelled()

    with pytest.raises(Cancelled, match="De bewerking is afgebroken"):
        outputs.build_vergaderpakket(gf.db, AS_OF, meeting="14-5-2026", body="RvT", sections="alle",
                                     progress=progress)


def test_jaarplanning_from_the_file(gf) -> None:  # type: ignore[no-untyped-def]
    whole = "\n".join(texts(outputs.build_jaarplanning(gf.db, AS_OF, year="2026", generated_on=AS_OF)))
    assert "Aantal vergaderingen: Raad van Toezicht 2, Auditcommissie 2." in whole
    assert "donderdag 14 mei 2026\nAuditcommissie\n16:00–17:30\nBestuursbureau" in whole
    only = "\n".join(texts(outputs.build_jaarplanning(gf.db, AS_OF, year=2026, body="Auditcommissie")))
    assert "Vergaderingen van de Auditcommissie" in only and "Raad van Toezicht 2" not in only
    with pytest.raises(SwtgovError, match='Het jaar "twintig" is geen geheel getal.'):
        outputs.build_jaarplanning(gf.db, AS_OF, year="twintig")


def test_calendar_reads_back_with_timezone_and_stable_uids(gf, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from icalendar import Calendar

    data = calendar.build_calendar(gf, 2026, target=tmp_path / "planning.ics")
    assert (tmp_path / "planning.ics").read_bytes() == data
    parsed = Calendar.from_ical(data)
    assert [tz["TZID"] for tz in parsed.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    board_may = next(e for e in parsed.walk("VEVENT")
                     if e["SUMMARY"] == "Vergadering Raad van Toezicht" and e["DTSTART"].dt.month == 5)
    assert str(board_may["LOCATION"]) == "Teamkantoor Oost"
    assert board_may["DTSTART"].dt.utcoffset() == dt.timedelta(hours=2)  # summer time in Amsterdam
    assert board_may["DTEND"].dt.hour == 21 and board_may["DTEND"].dt.minute == 30
    assert "3. Risicomanagement" in str(board_may["DESCRIPTION"])
    all_day = [e for e in parsed.walk("VEVENT") if not isinstance(e["DTSTART"].dt, dt.datetime)]
    assert [e["DTSTART"].dt for e in all_day] == [D(2026, 9, 3)]
    assert str(parsed["UID"]) == str(Calendar.from_ical(calendar.build_calendar(gf, 2026))["UID"])
    uids = sorted(str(e["UID"]) for e in parsed.walk("VEVENT"))
    again = sorted(str(e["UID"]) for e in Calendar.from_ical(calendar.build_calendar(gf, 2026)).walk("VEVENT"))
    assert uids == again and len(set(uids)) == 4 and all(u.endswith("@swtgov") for u in uids)
    only = Calendar.from_ical(calendar.build_calendar(gf, 2026, body="Auditcommissie"))
    assert [str(e["SUMMARY"]) for e in only.walk("VEVENT")] == ["Vergadering Auditcommissie"] * 2
    with pytest.raises(SwtgovError, match=r"eindigt op \.ics"):
        calendar.build_calendar(gf, 2026, target=tmp_path / "planning.pdf")
    with pytest.raises(SwtgovError, match='Onbekend orgaan "Bestuur"'):
        calendar.build_calendar(gf, 2026, body="Bestuur")


def test_calendar_sequence_counts_moves_of_a_meeting_so_an_agenda_takes_them_over(gf) -> None:  # type: ignore[no-untyped-def]
    from icalendar import Calendar

    def events() -> dict[int, object]:  # the board's meetings by month * 100 + day
        parsed = Calendar.from_ical(calendar.build_calendar(gf, 2026, body="Raad van Toezicht"))
        return {e["DTSTART"].dt.month * 100 + e["DTSTART"].dt.day: e for e in parsed.walk("VEVENT")}

    before = events()
    march = gf.march
    assert before[312]["SEQUENCE"] == 0 and "LAST-MODIFIED" not in before[312]
    with gf.change() as audit:
        minutes.update_meeting(audit, march, date=D(2026, 3, 19))
    with gf.change() as audit:
        minutes.update_meeting(audit, march, start=dt.time(19, 30), location="Teamkantoor Zuid")
    moved = events()
    assert 312 not in moved and moved[319]["SEQUENCE"] == 2
    assert moved[319]["LAST-MODIFIED"].dt.tzinfo is not None  # UTC, as RFC 5545 wants
    assert str(moved[319]["UID"]) == str(before[312]["UID"])  # the same event, moved
    unchanged = [day for day in moved if day != 319]
    assert all(moved[day]["SEQUENCE"] == 0 for day in unchanged)
    with gf.change() as audit:  # the minutes' state is not the agenda's business
        minutes.update_meeting(audit, gf.may, end=dt.time(22))
    assert events()[514]["SEQUENCE"] == 1
