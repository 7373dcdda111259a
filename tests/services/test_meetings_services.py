"""Meetings use cases: attachments (PDF checks, LibreOffice conversion), finding a meeting,
signals and the demo year."""

from __future__ import annotations

import datetime as dt
import io
import stat
from pathlib import Path

import pikepdf
import pytest
from meetings_support import board, pdf_bytes

from swtgov.domain.meetings.model import Body
from swtgov.services.meetings import attachments, lookup, minutes
from swtgov.services.meetings.signals import signals
from swtgov.store.governance import open_file
from swtgov.store.meetings import repo

D = dt.date
TODAY = D(2026, 11, 22)


@pytest.fixture
def gf(governance_file):  # type: ignore[no-untyped-def]
    governance_file.ids = board(governance_file)
    return governance_file


def test_check_pdf_counts_pages(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "Begroting 2027.pdf"
    path.write_bytes(pdf_bytes(7))
    checked = attachments.check_pdf(path)
    assert (checked.name, checked.pages) == ("Begroting 2027.pdf", 7)


def _encrypted(path: Path, user: str = "") -> None:
    with pikepdf.open(io.BytesIO(pdf_bytes())) as pdf:
        pdf.save(path, encryption=pikepdf.Encryption(owner="eigenaar", user=user))


@pytest.mark.parametrize(("name", "make", "message"), [
    ("weg.pdf", None, 'Het stuk "{path}" bestaat niet.'),
    ("plaatje.pdf", b"\x89PNG\r\n\x1a\n", '"plaatje.pdf" is geen PDF-bestand.'),
    ("kapot.pdf", b"%PDF-1.4\n%garbage only", '"kapot.pdf" is beschadigd en kan niet worden gelezen'),
    ("wachtwoord.pdf", "user", '"wachtwoord.pdf" is beveiligd met een wachtwoord; voeg een onbeveiligde versie toe.'),
    ("versleuteld.pdf", "owner", '"versleuteld.pdf" is versleuteld; voeg een onbeveiligde versie toe.'),
])
def test_attachment_refusals(tmp_path, name, make, message) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / name
    if make == "user":
        _encrypted(path, user="geheim")
    elif make == "owner":
        _encrypted(path)
    elif make is not None:
        path.write_bytes(make)
    with pytest.raises(attachments.AttachmentProblem) as refused:
        attachments.read_attachment(path)
    assert str(refused.value).startswith(message.format(path=path))


def test_word_without_libreoffice_asks_for_a_pdf(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(attachments.shutil, "which", lambda _name: None)
    doc = tmp_path / "Notitie.docx"
    doc.write_bytes(b"PK\x03\x04")
    with pytest.raises(attachments.AttachmentProblem) as refused:
        attachments.read_attachment(doc)
    assert str(refused.value) == (
        '"Notitie.docx" is geen PDF en LibreOffice is niet geïnstalleerd om het om te zetten; sla het in Word of '
        "Excel op als PDF (Bestand, Opslaan als, PDF) en voeg die PDF toe.")


def _fake_soffice(folder: Path, body: str) -> Path:
    script = folder / "soffice"
    script.write_text("#!/bin/sh\n" + body)
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return script


def test_word_converted_by_libreoffice_in_its_own_profile(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    made = tmp_path / "made.pdf"
    made.write_bytes(pdf_bytes(2))
    log = tmp_path / "args.txt"
    # a stand-in for LibreOffice: records its arguments and writes the PDF into --outdir
    script = _fake_soffice(tmp_path, f'echo "$@" > {log}\nwhile [ "$1" != "--outdir" ]; do shift; done\n'
                                     f'mkdir -p "$2"; cp {made} "$2/Notitie.pdf"\n')
    monkeypatch.setattr(attachments.shutil, "which", lambda name: str(script) if name == "soffice" else None)
    doc = tmp_path / "Notitie.docx"
    doc.write_bytes(b"PK\x03\x04")
    checked = attachments.read_attachment(doc)
    assert (checked.name, checked.pages) == ("Notitie.pdf", 2)
    args = log.read_text()
    assert "--headless" in args and "--convert-to pdf" in args and "-env:UserInstallation=file:///" in args


def test_libreoffice_time_limit(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    script = _fake_soffice(tmp_path, "sleep 5\n")
    monkeypatch.setattr(attachments.shutil, "which", lambda name: str(script) if name == "soffice" else None)
    doc = tmp_path / "Groot.xlsx"
    doc.write_bytes(b"PK\x03\x04")
    with pytest.raises(attachments.AttachmentProblem, match="duurde langer dan 1 seconden en is afgebroken"):
        attachments.convert_to_pdf(doc, timeout=1)


def test_resolve_meeting(gf) -> None:  # type: ignore[no-untyped-def]
    with gf.change() as audit:
        minutes.plan_meeting(audit, Body(None), D(2026, 3, 12))
        minutes.plan_meeting(audit, Body(gf.ids["audit"], "Auditcommissie"), D(2026, 3, 12))
    with pytest.raises(lookup.AmbiguousMeeting) as ambiguous:
        lookup.resolve_meeting(gf.db, "12-3-2026")
    assert str(ambiguous.value) == ("Op 12 maart 2026 zijn 2 vergaderingen (RvT, Auditcommissie); geef met --body "
                                    "aan welke u bedoelt.")
    assert lookup.resolve_meeting(gf.db, D(2026, 3, 12), "auditcommissie").body.short == "Auditcommissie"
    with pytest.raises(Exception, match="Er is geen vergadering van RvT op 13 maart 2026."):
        lookup.resolve_meeting(gf.db, "13-3-2026", "RvT")
    with pytest.raises(Exception, match='"31-02-2026" is geen geldige datum'):
        lookup.resolve_meeting(gf.db, "31-02-2026")
    with pytest.raises(Exception, match='Onbekend orgaan "Bestuur". Bekende organen: RvT, Auditcommissie.'):
        lookup.resolve_meeting(gf.db, "12-3-2026", "Bestuur")


def test_demo_year_and_its_signals(demo_file) -> None:  # type: ignore[no-untyped-def]
    gf = open_file(demo_file, daily_backup=False)
    try:
        meetings = repo.load_meetings(gf.db)
        by_body: dict[str, int] = {}
        for m in meetings:
            by_body[m.body.short] = by_body.get(m.body.short, 0) + 1
        assert by_body == {"RvT": 7, "Auditcommissie": 5, "Kwaliteitscommissie": 4, "Remuneratiecommissie": 3}
        upcoming = [m for m in meetings if TODAY <= m.date <= TODAY + dt.timedelta(days=7)]
        assert [(m.body.short, m.date, m.pack_sent_on) for m in upcoming] == [("RvT", D(2026, 11, 27), None)]
        assert repo.load_items(gf.db, upcoming[0].id)[2].attachments  # its agenda has documents
        past = [m for m in meetings if m.date < TODAY]
        assert all(repo.load_attendance(gf.db, m.id) for m in past)
        assert sum(m.is_approved for m in past) == len(past) - 5  # the last of each body, and one forgotten
        codes = sorted(s.code for s in signals(gf.db, TODAY))
        assert codes == ["action_overdue", "action_overdue", "minutes_unapproved", "pack_due"]
        stored = gf.db.execute("SELECT count(*), count(DISTINCT sha256) FROM documents").fetchone()
        links = gf.db.execute("SELECT count(*) FROM agenda_documents").fetchone()[0]
        assert stored[0] == stored[1] and links > stored[0]  # the reglement is attached often, stored once
    finally:
        gf.close()


def test_pack_sent_clears_pack_due(demo_file) -> None:  # type: ignore[no-untyped-def]
    gf = open_file(demo_file, daily_backup=False)
    try:
        upcoming = repo.meetings_on(gf.db, D(2026, 11, 27), Body(None))[0]
        with gf.change() as audit:
            minutes.mark_pack_sent(audit, upcoming.id, TODAY)
        assert "pack_due" not in {s.code for s in signals(gf.db, TODAY)}
    finally:
        gf.close()




def test_leesversie_holds_the_meetings_and_no_besloten_document(demo_file, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    from swtgov.services.review_copy import make_review_copy
    from swtgov.store.meetings import documents

    gf = open_file(demo_file, daily_backup=False)
    try:
        secret = gf.db.execute("SELECT id, sha256, content FROM documents ORDER BY id LIMIT 1").fetchone()
        with gf.change() as audit:
            documents.set_besloten(audit, secret[0], True)
        counts = {t: gf.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608
                  for t in ("meetings", "agenda_items", "decisions", "action_items", "attendance")}
        documents_total = gf.db.execute("SELECT count(*) FROM documents").fetchone()[0]
        links_open = gf.db.execute("SELECT count(*) FROM agenda_documents WHERE document_id <> ?",
                                   [secret[0]]).fetchone()[0]
    finally:
        gf.close()
    copy = make_review_copy(demo_file, tmp_path / "leesversie.swtgov")
    conn = sqlite3.connect(copy)
    try:
        for table, count in counts.items():
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == count, table  # noqa: S608
        assert conn.execute("SELECT count(*) FROM documents WHERE sha256 = ? OR besloten = 1",
                            [secret[1]]).fetchone()[0] == 0
        # every other document goes in, with its links to the agenda
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == documents_total - 1
        assert conn.execute("SELECT count(*) FROM agenda_documents").fetchone()[0] == links_open
        assert conn.execute("SELECT count(*) FROM agenda_documents WHERE document_id NOT IN "
                            "(SELECT id FROM documents)").fetchone()[0] == 0
    finally:
        conn.close()
    from swtgov.services.governance import verify

    assert verify(copy).ok, verify(copy).problems
    middle = len(secret[2]) // 2
    assert bytes(secret[2][middle:middle + 64]) not in copy.read_bytes()  # not even in free pages
