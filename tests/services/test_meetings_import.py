"""Import and export of vergaderingen, agendapunten, aanwezigheid and actiepunten: every bad input."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pikepdf
import pytest
from meetings_support import board, pdf_bytes

from swtgov.domain.meetings.model import Body
from swtgov.errors import ImportRejected
from swtgov.services.meetings import minutes
from swtgov.services.transfer import run_export, run_import
from swtgov.store.meetings import repo

D = dt.date


@pytest.fixture
def gf(governance_file):  # type: ignore[no-untyped-def]
    governance_file.ids = board(governance_file)
    return governance_file


def sheet(folder: Path, name: str, lines: list[str]) -> Path:
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def problems(gf, kind: str, path: Path) -> list[str]:  # type: ignore[no-untyped-def]
    with pytest.raises(ImportRejected) as rejected:
        run_import(gf, kind, path)
    return rejected.value.problems


MEETINGS = ["orgaan;datum;aanvang;einde;locatie",
            "RvT;12-3-2026;19:00;21.30;Teamkantoor Noord",
            "Auditcommissie;2 april 2026;16u;18u;",
            "raad van toezicht;14-5-2026;;;"]


def test_meetings_import_and_reimport(gf, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = sheet(tmp_path, "vergaderingen.csv", MEETINGS)
    summary = run_import(gf, "vergaderingen", path)
    assert (summary.created, summary.updated, summary.unchanged) == (3, 0, 0)
    meetings = repo.load_meetings(gf.db)
    assert [(m.body.short, m.date, m.start, m.end) for m in meetings] == [
        ("RvT", D(2026, 3, 12), dt.time(19), dt.time(21, 30)),
        ("Auditcommissie", D(2026, 4, 2), dt.time(16), dt.time(18)),
        ("RvT", D(2026, 5, 14), None, None)]
    assert repo.load_items(gf.db, meetings[0].id) == []  # imported meetings start without agenda
    again = run_import(gf, "vergaderingen", path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)


@pytest.mark.parametrize(("row", "expected"), [
    ("RvT;31-02-2026;19:00;21:00;", 'rij 2, kolom "datum": "31-02-2026" is geen geldige datum'),
    ("RvT;12-3-2026;19:00;18:30;", 'rij 2, kolom "einde": de eindtijd 18:30 ligt niet na de begintijd 19:00'),
    ("Bestuur;12-3-2026;;;", 'rij 2, kolom "orgaan": "Bestuur" is geen bekend orgaan (bekend: RvT, Auditcommissie)'),
    ("RvT;12-3-2026;25:00;;", 'rij 2, kolom "aanvang": "25:00" is geen bestaande tijd'),
])
def test_meetings_bad_input(gf, tmp_path, row, expected) -> None:  # type: ignore[no-untyped-def]
    path = sheet(tmp_path, "v.csv", ["orgaan;datum;aanvang;einde;locatie", row])
    assert problems(gf, "vergaderingen", path) == [expected]
    assert repo.load_meetings(gf.db) == []


def test_meetings_duplicate_row(gf, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = sheet(tmp_path, "v.csv", ["orgaan;datum", "RvT;12-3-2026", "RvT;2026-03-12"])
    assert problems(gf, "vergaderingen", path) == [
        'rij 3, kolom "datum": dezelfde vergadering (RvT) staat ook op rij 2; één rij per vergadering']


def encrypted_pdf(path: Path) -> None:
    with pikepdf.open(__import__("io").BytesIO(pdf_bytes())) as pdf:
        pdf.save(path, encryption=pikepdf.Encryption(owner="eigenaar", user="geheim"))


@pytest.fixture
def planned(gf, tmp_path):  # type: ignore[no-untyped-def]
    run_import(gf, "vergaderingen", sheet(tmp_path, "vergaderingen.csv", MEETINGS))
    stukken = tmp_path / "stukken"
    stukken.mkdir()
    (stukken / "Jaarrekening 2025.pdf").write_bytes(pdf_bytes(4, "Jaarrekening"))
    (stukken / "Accountantsverslag.pdf").write_bytes(pdf_bytes(2, "Accountant"))
    return gf


AGENDA = ["orgaan;datum;nummer;titel;soort;inbrenger;stukken;verslag;besluit;tegenstrijdig_belang",
          'RvT;12-3-2026;1;Opening;;;;De voorzitter opent.;;',
          'RvT;12-3-2026;4a;Jaarrekening 2025;besluit;directeur-bestuurder;"stukken/Jaarrekening 2025.pdf\n'
          'stukken/Accountantsverslag.pdf";Toegelicht door de accountant.;"De jaarrekening wordt goedgekeurd.\n'
          'Decharge wordt verleend.";Carla Jansen',
          'RvT;12-3-2026;4;Kwartaalrapportage;ter informatie;controller;;;;']


def test_agenda_import_with_documents_decisions_conflicts(planned, tmp_path) -> None:  # type: ignore[no-untyped-def]
    gf = planned
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    path = sheet(tmp_path, "agendapunten.csv", AGENDA)
    import os

    cwd = os.getcwd()
    os.chdir(elsewhere)  # the stukken are found beside the sheet, not in the working folder
    try:
        summary = run_import(gf, "agendapunten", path)
    finally:
        os.chdir(cwd)
    assert (summary.created, summary.updated) == (3, 0)
    meeting = repo.meetings_on(gf.db, D(2026, 3, 12), Body(None))[0]
    items = repo.load_items(gf.db, meeting.id)
    assert [(i.number, i.title, i.kind) for i in items] == [
        ("1", "Opening", "bespreking"), ("4", "Kwartaalrapportage", "informatie"),
        ("4a", "Jaarrekening 2025", "besluitvorming")]
    accounts = items[2]
    assert [(a.document.name, a.document.pages) for a in accounts.attachments] == [
        ("Jaarrekening 2025.pdf", 4), ("Accountantsverslag.pdf", 2)]
    assert [c.name for c in accounts.conflicts] == ["Carla Jansen"]
    assert [(d.number, d.text) for d in repo.load_decisions(gf.db)] == [
        ("2026-01", "De jaarrekening wordt goedgekeurd."), ("2026-02", "Decharge wordt verleend.")]
    # the export writes the documents' names; importing it back (no files beside it) changes nothing
    exported = tmp_path / "export" / "agendapunten.xlsx"
    exported.parent.mkdir()
    assert run_export(gf, "agendapunten", exported) == 3
    again = run_import(gf, "agendapunten", exported)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert [d.number for d in repo.load_decisions(gf.db)] == ["2026-01", "2026-02"]


def test_agenda_bad_input(planned, tmp_path) -> None:  # type: ignore[no-untyped-def]
    gf = planned
    (tmp_path / "notitie.docx").write_bytes(b"PK\x03\x04 not a pdf")
    (tmp_path / "kapot.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage")
    encrypted_pdf(tmp_path / "geheim.pdf")
    path = sheet(tmp_path, "a.csv", [
        "orgaan;datum;nummer;titel;stukken;tegenstrijdig_belang",
        "RvT;12-3-2026;3;Strategie;weg.pdf;",
        "RvT;12-3-2026;5;Notitie;notitie.docx;",
        "RvT;12-3-2026;6;Kapot;kapot.pdf;",
        "RvT;12-3-2026;7;Beveiligd;geheim.pdf;",
        "RvT;12-3-2026;3;Nog eens drie;;",
        "RvT;13-3-2026;1;Geen vergadering;;",
        "RvT;12-3-2026;8;Belang;;Piet Buiten",
        "RvT;12-3-2026;9.1;Raar nummer;;",
    ])
    found = problems(gf, "agendapunten", path)
    assert found[0] == f'rij 2, kolom "stukken": "weg.pdf" bestaat niet (gezocht in {tmp_path})'
    assert found[1] == 'rij 3, kolom "stukken": "notitie.docx" is geen PDF-bestand'
    assert found[2].startswith('rij 4, kolom "stukken": "kapot.pdf" is beschadigd en kan niet worden gelezen')
    assert found[3] == ('rij 5, kolom "stukken": "geheim.pdf" is beveiligd met een wachtwoord; '
                        "voeg een onbeveiligde versie toe")
    assert found[4] == ('rij 6, kolom "nummer": "3" staat voor deze vergadering ook op rij 2; '
                        "elk agendanummer één keer")
    assert found[5] == ('rij 7, kolom "datum": RvT heeft op 13 maart 2026 geen vergadering; importeer die eerst '
                        "(soort vergaderingen)")
    assert found[6] == 'rij 8, kolom "tegenstrijdig_belang": "Piet Buiten" is op 12 maart 2026 geen lid van RvT'
    assert found[7] == ('rij 9, kolom "nummer": "9.1" is geen agendanummer (gebruik een getal, eventueel met '
                        "een letter: 4a)")
    assert len(found) == 8
    assert gf.db.execute("SELECT count(*) FROM agenda_items").fetchone()[0] == 0
    assert gf.db.execute("SELECT count(*) FROM documents").fetchone()[0] == 0


def test_vastgesteld_meeting_refuses_imports(planned, tmp_path) -> None:  # type: ignore[no-untyped-def]
    gf = planned
    run_import(gf, "agendapunten", sheet(tmp_path, "a.csv", AGENDA))
    run_import(gf, "actiepunten", sheet(tmp_path, "act.csv", [
        "orgaan;datum;omschrijving;wie;deadline", "RvT;12-3-2026;Managementletter bespreken;Bert Bakker;1-5-2026"]))
    meeting = repo.meetings_on(gf.db, D(2026, 3, 12), Body(None))[0]
    with gf.change() as audit:
        minutes.approve_minutes(audit, meeting.id, D(2026, 5, 14))
    locked = ('rij 2, kolom "datum": De notulen van de vergadering van RvT van 12 maart 2026 zijn vastgesteld op '
              "14 mei 2026; deze vergadering kan niet meer worden gewijzigd.")
    changed = sheet(tmp_path, "b.csv", ["orgaan;datum;nummer;titel", "RvT;12-3-2026;4;Andere titel"])
    assert problems(gf, "agendapunten", changed) == [locked]
    late = sheet(tmp_path, "c.csv", ["orgaan;datum;naam;aanwezigheid", "RvT;12-3-2026;Anna de Vries;aanwezig"])
    assert problems(gf, "aanwezigheid", late) == [locked]
    moved = sheet(tmp_path, "d.csv", ["orgaan;datum;aanvang", "RvT;12-3-2026;20:00"])
    assert problems(gf, "vergaderingen", moved) == [locked]
    who = sheet(tmp_path, "e.csv", ["orgaan;datum;omschrijving;wie", "RvT;12-3-2026;Managementletter bespreken;Eva"])
    assert problems(gf, "actiepunten", who) == [locked]
    # the same file as stored is fine, and an action item may still be marked done
    assert run_import(gf, "agendapunten", sheet(tmp_path, "f.csv", AGENDA[:2])).unchanged == 1
    done = sheet(tmp_path, "g.csv", ["orgaan;datum;omschrijving;wie;status;gereed_op",
                                     "RvT;12-3-2026;Managementletter bespreken;Bert Bakker;gereed;20-5-2026"])
    assert run_import(gf, "actiepunten", done).updated == 1
    assert repo.load_actions(gf.db)[0].done_on == D(2026, 5, 20)


def test_attendance_import(planned, tmp_path) -> None:  # type: ignore[no-untyped-def]
    gf = planned
    path = sheet(tmp_path, "aanwezigheid.csv", [
        "orgaan;datum;naam;aanwezigheid;hoedanigheid",
        "RvT;12-3-2026;Anna de Vries;aanwezig;",
        "RvT;12-3-2026;bert bakker;m.k.;",
        "RvT;12-3-2026;Jolanda Vermeer;aanwezig;gast",
        "RvT;12-3-2026;Sabine Hendriks;aanwezig;notulist",
    ])
    assert run_import(gf, "aanwezigheid", path).created == 4
    meeting = repo.meetings_on(gf.db, D(2026, 3, 12), Body(None))[0]
    people = repo.load_attendance(gf.db, meeting.id, repo.sitting_members(gf.db, Body(None), meeting.date))
    assert [(a.name, a.presence, a.capacity, a.member_id is not None) for a in people] == [
        ("Anna de Vries", "aanwezig", "lid", True), ("Bert Bakker", "afwezig_mk", "lid", True),
        ("Jolanda Vermeer", "aanwezig", "gast", False), ("Sabine Hendriks", "aanwezig", "notulist", False)]
    bad = sheet(tmp_path, "bad.csv", ["orgaan;datum;naam;aanwezigheid;hoedanigheid",
                                      "RvT;12-3-2026;Piet Buiten;aanwezig;",
                                      "Auditcommissie;2-4-2026;Anna de Vries;aanwezig;lid",
                                      "RvT;12-3-2026;Carla Jansen;misschien;"])
    assert problems(gf, "aanwezigheid", bad) == [
        'rij 2, kolom "naam": "Piet Buiten" is op deze datum geen lid van dit orgaan; '
        "vul bij hoedanigheid gast of notulist in",
        'rij 3, kolom "naam": "Anna de Vries" is op deze datum geen lid van dit orgaan',
        'rij 4, kolom "aanwezigheid": "misschien" is geen aanwezigheid (kies aanwezig, afwezig met kennisgeving '
        "(m.k.) of afwezig (z.k.))"]


def test_round_trip_of_every_kind(planned, tmp_path) -> None:  # type: ignore[no-untyped-def]
    gf = planned
    run_import(gf, "agendapunten", sheet(tmp_path, "a.csv", AGENDA))
    run_import(gf, "aanwezigheid", sheet(tmp_path, "p.csv", [
        "orgaan;datum;naam;aanwezigheid;hoedanigheid", "RvT;12-3-2026;Anna de Vries;aanwezig;",
        "RvT;12-3-2026;Jolanda Vermeer;aanwezig;gast"]))
    run_import(gf, "actiepunten", sheet(tmp_path, "act.csv", [
        "orgaan;datum;omschrijving;wie;deadline;status;gereed_op",
        "RvT;12-3-2026;Managementletter bespreken;Bert Bakker;1-5-2026;gereed;2-5-2026"]))
    out = tmp_path / "out"
    out.mkdir()
    for kind in ("vergaderingen", "agendapunten", "aanwezigheid", "actiepunten"):
        for suffix in (".xlsx", ".csv"):
            target = out / f"{kind}{suffix}"
            count = run_export(gf, kind, target)
            summary = run_import(gf, kind, target)
            assert (summary.created, summary.updated, summary.unchanged) == (0, 0, count), (kind, suffix)
