"""The rooster in the file: schema, loading into domain objects, audited writes."""

from __future__ import annotations

import sqlite3
from datetime import date as d
from pathlib import Path

import pytest

from swtgov.domain.rooster.model import Committee, CommitteeSeat, Member, RoleChange, RoosterRules, Term
from swtgov.services.governance import verify
from swtgov.store import journal, migrations
from swtgov.store.rooster import repo
from swtgov.store.settings import write_setting


def add_board(gf) -> dict[str, int]:
    with gf.change() as audit:
        anna = repo.insert_member(audit, Member(None, "Anna de Vries", "voorzitter", "anna@example.nl", "06-1"))
        bert = repo.insert_member(audit, Member(None, "Bert Bos"))
        repo.insert_term(audit, Term(None, anna, 1, d(2019, 3, 1), d(2023, 3, 1)))
        repo.insert_term(audit, Term(None, anna, 2, d(2023, 3, 1), d(2027, 3, 1)))
        repo.insert_term(audit, Term(None, bert, 1, d(2022, 1, 1), d(2026, 1, 1), d(2025, 7, 1), "verhuisd"))
        repo.insert_role_change(audit, RoleChange(anna, "lid", d(2019, 3, 1)))
        repo.insert_role_change(audit, RoleChange(anna, "voorzitter", d(2021, 1, 1)))
        audit_id = repo.insert_committee(audit, Committee(None, "Auditcommissie", "audit"))
        repo.insert_seat(audit, CommitteeSeat(None, audit_id, anna, d(2021, 3, 1), None, True))
        repo.insert_seat(audit, CommitteeSeat(None, audit_id, bert, d(2022, 3, 1), d(2025, 7, 1)))
    return {"anna": anna, "bert": bert, "audit": audit_id}


def test_the_migration_is_registered_before_the_risks():
    names = migrations.known_names()
    assert names.index("0002_rooster") == 1
    assert names.index("0002_rooster") < names.index("0003_risicos")


def test_the_tables_exist_with_their_foreign_keys(governance_file):
    db = governance_file.db
    assert {"members", "terms", "role_changes", "committees", "committee_seats"} <= set(db.table_names())
    fks = {(fk.table, fk.column, fk.other_table) for t in ("terms", "committee_seats", "role_changes")
           for fk in db[t].foreign_keys}
    assert ("terms", "member_id", "members") in fks
    assert ("committee_seats", "committee_id", "committees") in fks
    assert ("committee_seats", "member_id", "members") in fks
    assert ("role_changes", "member_id", "members") in fks
    assert "ON DELETE RESTRICT" in db["terms"].schema


def test_load_gives_domain_objects(governance_file):
    ids = add_board(governance_file)
    rooster = repo.load_rooster(governance_file.db)
    assert [m.name for m in rooster.members] == ["Anna de Vries", "Bert Bos"]
    assert rooster.member(ids["anna"]) == Member(ids["anna"], "Anna de Vries", "voorzitter", "anna@example.nl", "06-1")
    anna_terms = rooster.terms_of(ids["anna"])
    assert [(t.number, t.start, t.end) for t in anna_terms] == [
        (1, d(2019, 3, 1), d(2023, 3, 1)), (2, d(2023, 3, 1), d(2027, 3, 1))]
    (bert_term,) = rooster.terms_of(ids["bert"])
    assert (bert_term.left_on, bert_term.left_reason) == (d(2025, 7, 1), "verhuisd")
    assert [c.role for c in rooster.role_changes_of(ids["anna"])] == ["lid", "voorzitter"]
    assert rooster.committee(ids["audit"]).kind_label == "Auditcommissie / financiële commissie"
    seats = rooster.seats_in(ids["audit"])
    assert [(s.member_id, s.end, s.is_chair) for s in seats] == [
        (ids["anna"], None, True), (ids["bert"], d(2025, 7, 1), False)]


def test_load_rules_reads_the_settings(governance_file):
    from swtgov.services.rooster.members import load_rules

    assert load_rules(governance_file.db) == RoosterRules()
    with governance_file.change() as audit:
        write_setting(audit, "rooster.term_years", 3)
    assert load_rules(governance_file.db).term_years == 3


@pytest.mark.parametrize("sql", [
    "INSERT INTO members (name, role) VALUES ('  ', 'lid')",
    "INSERT INTO members (name, role) VALUES ('X', 'penningmeester')",
    "INSERT INTO terms (member_id, number, starts_on, ends_on) VALUES (999, 1, '2024-01-01', '2028-01-01')",
    "INSERT INTO committees (name, kind) VALUES ('X', 'sport')",
])
def test_the_schema_refuses_nonsense(governance_file, sql):
    with pytest.raises(sqlite3.IntegrityError):
        governance_file.db.execute(sql)


def test_a_term_ending_before_it_starts_is_refused_by_the_schema(governance_file):
    with governance_file.change() as audit:
        member = repo.insert_member(audit, Member(None, "X"))
    with pytest.raises(sqlite3.IntegrityError):
        with governance_file.change() as audit:
            repo.insert_term(audit, Term(None, member, 1, d(2024, 1, 1), d(2023, 1, 1)))
    assert repo.load_rooster(governance_file.db).terms == ()


def test_writes_are_audited_and_the_file_verifies(governance_file):
    ids = add_board(governance_file)
    with governance_file.change() as audit:
        repo.update_member(audit, ids["bert"], email="bert@example.nl")
        (term,) = repo.load_rooster(governance_file.db).terms_of(ids["bert"])
        repo.update_term(audit, term.id, left_reason="nieuwe baan")
    tables = {t for (t,) in governance_file.db.execute("SELECT DISTINCT table_name FROM audit_log")}
    assert {"members", "terms", "role_changes", "committees", "committee_seats"} <= tables
    path = governance_file.path
    governance_file.close()
    result = verify(Path(path))
    assert result.ok, result.problems


def test_deleting_a_member_removes_the_children_through_the_log(governance_file):
    ids = add_board(governance_file)
    with governance_file.change() as audit:
        repo.delete_member(audit, ids["anna"])
        steps = list(audit.journal)
    rooster = repo.load_rooster(governance_file.db)
    assert [m.name for m in rooster.members] == ["Bert Bos"]
    assert {t.member_id for t in rooster.terms} == {ids["bert"]}
    assert [s.member_id for s in rooster.seats] == [ids["bert"]]
    assert [s.table for s in steps][-1] == "members"
    with governance_file.change() as audit:
        journal.undo(audit, steps)
    assert len(repo.load_rooster(governance_file.db).terms_of(ids["anna"])) == 2
    path = governance_file.path
    governance_file.close()
    assert verify(Path(path)).ok


def test_deleting_a_committee_removes_its_seats_first(governance_file):
    ids = add_board(governance_file)
    with governance_file.change() as audit:
        repo.delete_committee(audit, ids["audit"])
    rooster = repo.load_rooster(governance_file.db)
    assert rooster.committees == () and rooster.seats == ()


def test_find_member_id_ignores_case_and_spaces(governance_file):
    ids = add_board(governance_file)
    assert repo.find_member_id(governance_file.db, "  anna de VRIES ") == ids["anna"]
    assert repo.find_member_id(governance_file.db, "Onbekend") is None
