"""The meetings store: record loading, documents once by hash, the vastgesteld lock, the leesversie."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest
from meetings_support import board, pdf_bytes

from swtgov.domain.meetings.model import Attendance, Body
from swtgov.services.meetings import minutes
from swtgov.store import journal
from swtgov.store.audit import ChangeRefused, verify_tables
from swtgov.store.meetings import documents, repo, write

D = dt.date


@pytest.fixture
def gf(governance_file):  # type: ignore[no-untyped-def]
    governance_file.ids = board(governance_file)
    return governance_file


def plan(gf, day=D(2026, 3, 12), body=Body(None)) -> int:  # type: ignore[no-untyped-def]
    with gf.change() as audit:
        return minutes.plan_meeting(audit, body, day, start=dt.time(19), end=dt.time(21, 30),
                                    location="Teamkantoor Noord")


def test_sitting_members_follow_the_rooster(gf) -> None:  # type: ignore[no-untyped-def]
    rvt = repo.sitting_members(gf.db, Body(None), D(2026, 7, 1))
    assert [m.name for m in rvt] == ["Anna de Vries", "Bert Bakker", "Carla Jansen", "Dirk Smit"]
    assert rvt[0].is_chair and rvt[0].role == "voorzitter"
    audit_body = repo.find_body(gf.db, "auditcommissie")
    assert audit_body == Body(gf.ids["audit"], "Auditcommissie")
    members = repo.sitting_members(gf.db, audit_body, D(2026, 3, 1))
    assert [(m.name, m.is_chair) for m in members] == [("Bert Bakker", True), ("Carla Jansen", False),
                                                        ("Eva Visser", False)]
    assert [m.name for m in repo.sitting_members(gf.db, audit_body, D(2026, 7, 1))] == ["Bert Bakker",
                                                                                       "Carla Jansen"]
    assert repo.find_body(gf.db, "RvT") == Body(None) and repo.find_body(gf.db, "Bestuur") is None


def test_plan_meeting_record(gf) -> None:  # type: ignore[no-untyped-def]
    meeting_id = plan(gf)
    with gf.change() as audit:
        item = minutes.add_item(audit, meeting_id, "Jaarrekening 2025", kind="besluitvorming",
                                presenter="directeur-bestuurder")
        minutes.fill_attendance(audit, meeting_id)
        minutes.record_attendance(audit, meeting_id, "Dirk Smit", "afwezig_mk")
        minutes.record_attendance(audit, meeting_id, "Petra Bos", "aanwezig", capacity="gast",
                                  role="directeur-bestuurder")
        minutes.set_conflicts(audit, item, ["Carla Jansen"], "familielid accountant")
        minutes.add_decision(audit, meeting_id, "De jaarrekening 2025 wordt goedgekeurd.", item)
        minutes.add_action(audit, meeting_id, "Managementletter bespreken", "Bert Bakker", D(2026, 5, 1), item)
    record = repo.load_meeting_record(gf.db, meeting_id)
    assert record.meeting.location == "Teamkantoor Noord" and record.meeting.start == dt.time(19)
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "Opening en vaststellen agenda"), ("2", "Notulen vorige vergadering"), ("3", "Jaarrekening 2025"),
        ("4", "Rondvraag"), ("5", "Sluiting")]
    assert record.items[2].conflicts[0].name == "Carla Jansen"
    assert record.items[2].conflicts[0].reason == "familielid accountant"
    assert [(a.name, a.presence, a.is_chair) for a in record.attendance] == [
        ("Anna de Vries", "aanwezig", True), ("Bert Bakker", "aanwezig", False),
        ("Carla Jansen", "aanwezig", False), ("Dirk Smit", "afwezig_mk", False),
        ("Eva Visser", "aanwezig", False), ("Petra Bos", "aanwezig", False)]
    assert [d.number for d in record.decisions] == ["2026-01"]
    assert record.actions[0].who == "Bert Bakker" and record.organisation == "Stichting Test"


def test_attendee_not_a_member_refused(gf) -> None:  # type: ignore[no-untyped-def]
    meeting_id = plan(gf)
    with pytest.raises(Exception) as refused, gf.change() as audit:
        minutes.record_attendance(audit, meeting_id, "Piet Onbekend", "aanwezig")
    assert "Piet Onbekend\" is op deze datum geen lid van dit orgaan" in str(refused.value)


def test_end_before_start_and_duplicate_meeting_refused(gf) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ChangeRefused, match="De eindtijd 18:00 ligt niet na de begintijd 19:00"), \
            gf.change() as audit:
        minutes.plan_meeting(audit, Body(None), D(2026, 3, 12), start=dt.time(19), end=dt.time(18))
    plan(gf)
    with pytest.raises(ChangeRefused, match="RvT heeft al een vergadering op 12 maart 2026"), gf.change() as audit:
        minutes.plan_meeting(audit, Body(None), D(2026, 3, 12))


def test_duplicate_item_number_refused(gf) -> None:  # type: ignore[no-untyped-def]
    meeting_id = plan(gf)
    with pytest.raises(ChangeRefused, match="Agendapunt 3 bestaat al"), gf.change() as audit:
        write.insert_item(audit, meeting_id, "3", "Nog een punt")


def test_documents_stored_once_logged_by_hash(gf) -> None:  # type: ignore[no-untyped-def]
    meeting_id = plan(gf)
    content = pdf_bytes(3)
    with gf.change() as audit:
        items = repo.load_items(audit.db, meeting_id)
        first = documents.store_document(audit, content, "Begroting.pdf", 3)
        documents.attach(audit, items[0].id, first)
        again = documents.store_document(audit, content, "Begroting kopie.pdf", 3)
        documents.attach(audit, items[1].id, again)
    assert first == again
    assert gf.db.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    entry = gf.db.execute("SELECT changes FROM audit_log WHERE table_name = 'documents'").fetchone()[0]
    changes = json.loads(entry)
    assert changes["content"] == [None, "sha256:" + hashlib.sha256(content).hexdigest()]
    assert changes["name"] == [None, "Begroting.pdf"] and changes["size"] == [None, len(content)]
    assert len(entry) < 1000  # the bytes are not in the log
    problems: list[str] = []
    verify_tables(gf.db, problems.append)
    assert problems == []
    assert repo.document_bytes(gf.db, first.sha256) == content
    # detaching the last link removes the document itself
    with gf.change() as audit:
        for item in repo.load_items(audit.db, meeting_id)[:2]:
            documents.detach(audit, item.attachments[0].id)
    assert gf.db.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
    problems = []
    verify_tables(gf.db, problems.append)
    assert problems == []


def test_verify_notices_a_changed_document(gf) -> None:  # type: ignore[no-untyped-def]
    meeting_id = plan(gf)
    with gf.change() as audit:
        item = repo.load_items(audit.db, meeting_id)[0]
        documents.attach(audit, item.id, documents.store_document(audit, pdf_bytes(), "a.pdf", 1))
    with gf.db.atomic():
        gf.db.execute("UPDATE documents SET content = ?", [pdf_bytes(2)])
    problems: list[str] = []
    verify_tables(gf.db, problems.append)
    assert len(problems) == 1 and 'veld "content"' in problems[0] and "buiten swtgov gewijzigd" in problems[0]


def test_vastgesteld_lock(gf) -> None:  # type: ignore[no-untyped-def]
    meeting_id = plan(gf)
    with gf.change() as audit:
        item = minutes.add_item(audit, meeting_id, "Strategie")
        action = minutes.add_action(audit, meeting_id, "Notitie strategie", "Anna de Vries", D(2026, 4, 1))
    with gf.change() as audit:
        minutes.approve_minutes(audit, meeting_id, D(2026, 5, 14))
    steps = list(audit.journal)
    locked = ("De notulen van de vergadering van RvT van 12 maart 2026 zijn vastgesteld op 14 mei 2026; "
              "deze vergadering kan niet meer worden gewijzigd.")
    for change in (
        lambda a: minutes.add_item(a, meeting_id, "Nagekomen punt"),
        lambda a: minutes.add_decision(a, meeting_id, "Alsnog besloten"),
        lambda a: write.update_item(a, item, title="Andere titel"),
        lambda a: minutes.record_attendance(a, meeting_id, "Anna de Vries", "aanwezig"),
        lambda a: minutes.approve_minutes(a, meeting_id, D(2026, 6, 1)),
        lambda a: write.update_meeting(a, meeting_id, location="Elders"),
        lambda a: write.delete_meeting(a, meeting_id),
    ):
        with pytest.raises(ChangeRefused) as refused, gf.change() as audit:
            change(audit)
        assert str(refused.value) == locked
    # the triggers refuse a raw audited write and an undo, with the schema's Dutch message
    with pytest.raises(ChangeRefused, match="De notulen van deze vergadering zijn vastgesteld"), \
            gf.change() as audit:
        audit.update("agenda_items", item, {"title": "Via de achterdeur"})
    with pytest.raises(ChangeRefused, match="zijn vastgesteld"), gf.change() as audit:
        journal.undo(audit, steps)
    # still allowed: the action item is done at a later meeting, sending is recorded
    with gf.change() as audit:
        write.set_action_done(audit, action, D(2026, 5, 14))
        minutes.mark_minutes_sent(audit, meeting_id, D(2026, 5, 20))
    assert repo.load_actions(gf.db, meeting_id=meeting_id)[0].done_on == D(2026, 5, 14)
    with pytest.raises(ChangeRefused), gf.change() as audit:
        write.update_action(audit, action, what="Iets anders")
    assert repo.load_meeting(gf.db, meeting_id).minutes_sent_on == D(2026, 5, 20)


def test_reorder_renumbers(gf) -> None:  # type: ignore[no-untyped-def]
    meeting_id = plan(gf)
    with gf.change() as audit:
        a = minutes.add_item(audit, meeting_id, "Begroting")
        b = minutes.add_item(audit, meeting_id, "Risico's")
        minutes.move_item(audit, meeting_id, b, -1)
    titles = [(i.number, i.title) for i in repo.load_items(gf.db, meeting_id)]
    assert titles[2:4] == [("3", "Risico's"), ("4", "Begroting")]
    with gf.change() as audit:
        minutes.place_item(audit, meeting_id, a, 0)
    assert [i.id for i in repo.load_items(gf.db, meeting_id)][0] == a


def test_carried_actions_in_the_record(gf) -> None:  # type: ignore[no-untyped-def]
    first = plan(gf, D(2026, 2, 1))
    second = plan(gf, D(2026, 4, 1))
    with gf.change() as audit:
        minutes.add_action(audit, first, "Werving nieuw lid", "Anna de Vries", D(2026, 3, 1))
        minutes.add_action(audit, second, "Evaluatie", "Bert Bakker")
    record = repo.load_meeting_record(gf.db, second)
    assert [(c.action.what, c.origin.date) for c in record.carried] == [("Werving nieuw lid", D(2026, 2, 1))]
    assert record.previous is not None and record.previous.id == first


def test_review_copy_filter_leaves_out_besloten(gf, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from swtgov.services.meetings import REVIEW_FILTERS
    from swtgov.store import review_copy
    from swtgov.store.meetings.schema import create
    from swtgov.store.review_copy import write_review_copy

    apply = review_copy.migrations.apply

    def apply_with_meetings(db):  # type: ignore[no-untyped-def]  # until the area is in the tuple
        apply(db)
        if "meetings" not in db.table_names():
            create(db)

    monkeypatch.setattr(review_copy.migrations, "apply", apply_with_meetings)

    meeting_id = plan(gf)
    with gf.change() as audit:
        item = repo.load_items(audit.db, meeting_id)[2]
        documents.attach(audit, item.id, documents.store_document(audit, pdf_bytes(1, "open"), "open.pdf", 1))
        secret = documents.store_document(audit, pdf_bytes(1, "geheim"), "geheim.pdf", 1, besloten=True)
        documents.attach(audit, item.id, secret)
    tables = ("committees", "members", "meetings", "agenda_items", "documents", "agenda_documents")
    target = tmp_path / "copy.swtgov"
    write_review_copy(gf.path, target, tables, {"kind": "leesversie"}, where=REVIEW_FILTERS)
    import sqlite3

    conn = sqlite3.connect(target)
    assert [r[0] for r in conn.execute("SELECT name FROM documents")] == ["open.pdf"]
    assert conn.execute("SELECT count(*) FROM agenda_documents").fetchone()[0] == 1
    conn.close()


def test_attendance_save_updates_by_name(gf) -> None:  # type: ignore[no-untyped-def]
    meeting_id = plan(gf)
    with gf.change() as audit:
        write.save_attendance(audit, meeting_id, Attendance(None, meeting_id, "Anna de Vries", gf.ids["Anna de Vries"]))
        write.save_attendance(audit, meeting_id, Attendance(None, meeting_id, "anna de vries ", gf.ids["Anna de Vries"],
                                                            "afwezig_zk"))
    rows = repo.load_attendance(gf.db, meeting_id)
    assert [(a.name, a.presence) for a in rows] == [("Anna de Vries", "afwezig_zk")]


def test_references_that_keep_a_member_and_a_commissie(gf) -> None:  # type: ignore[no-untyped-def]
    meeting_id = plan(gf, body=Body(gf.ids["audit"], "Auditcommissie"))
    with gf.change() as audit:
        minutes.fill_attendance(audit, meeting_id)
    assert repo.member_references(gf.db, gf.ids["Bert Bakker"]) == 1
    assert repo.member_references(gf.db, gf.ids["Anna de Vries"]) == 0
    assert repo.committee_meetings(gf.db, gf.ids["audit"]) == 1
