"""The leesversie: only what RvT members may see, nothing deleted left in its bytes."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest

from swtgov.cli import main
from swtgov.errors import FileProblem, NotAGovernanceFile
from swtgov.services.governance import verify
from swtgov.services.review_copy import included_tables, make_review_copy
from swtgov.store.risks import repo as store
from swtgov.store.governance import create_file, open_file

SECRET = "GEHEIM-VERTROUWENSPERSOON-7731"
DELETED = "VERWIJDERD-RISICO-5520"
MADE = dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.timezone.utc)


@pytest.fixture
def source(demo_file: Path) -> Path:
    """The demo file with a confidential table and a deleted risk, closed (checkpointed)."""
    gf = open_file(demo_file, daily_backup=False)
    gf.db.execute("CREATE TABLE vertrouwelijk_test (id INTEGER PRIMARY KEY, melding TEXT NOT NULL)")
    with gf.change() as audit:
        audit.insert("vertrouwelijk_test", {"melding": SECRET})
        doomed = audit.insert("risks", {"code": "R-99", "title": DELETED, "category": "reputatie"})
    with gf.change() as audit:
        audit.delete("risks", doomed)
    gf.close()
    return demo_file


def test_excluded_and_deleted_data_are_not_in_the_copy_bytes(source: Path, tmp_path: Path) -> None:
    raw = source.read_bytes()
    assert SECRET.encode() in raw and DELETED.encode() in raw  # the test can fail
    copy = make_review_copy(source, tmp_path / "leesversie.swtgov", made_by="secretaris", now=MADE)
    data = copy.read_bytes()
    assert SECRET.encode() not in data
    assert DELETED.encode() not in data
    assert b"Lagere gemeentelijke financiering" in data


def test_the_copy_holds_the_listed_tables_and_no_audit_log(source: Path, tmp_path: Path) -> None:
    copy = make_review_copy(source, tmp_path / "leesversie.swtgov", made_by="secretaris", now=MADE)
    conn = sqlite3.connect(copy)
    try:
        def count(table: str) -> int:
            return conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]

        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "vertrouwelijk_test" not in tables
        assert count("audit_log") == 0
        assert count("risks") == 14
        assert count("members") > 0
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
        info = dict(conn.execute("SELECT key, value FROM file_info"))
    finally:
        conn.close()
    assert info["kind"] == "leesversie"
    assert info["review_copy_made_at"] == "2026-03-14T09:30:00+00:00"
    assert info["review_copy_made_by"] == "secretaris"
    assert info["review_copy_source"] == "demo.swtgov"
    included = included_tables()
    assert {"risks", "risk_assessments", "risk_measures", "members", "terms"} <= set(included)
    assert not {"data_breaches", "whistleblower_reports", "counsellor_reports"} & set(included)


def test_the_copy_opens_read_only_with_the_register_intact(source: Path, tmp_path: Path) -> None:
    copy = make_review_copy(source, tmp_path / "leesversie.swtgov", now=MADE)
    original = open_file(source, read_only=True, daily_backup=False)
    gf = open_file(copy, daily_backup=False)
    try:
        assert gf.read_only and gf.is_review_copy
        assert store.load_risks(gf.db) == store.load_risks(original.db)
        day = dt.date(2026, 11, 22)
        assert store.load_register_assessments(gf.db, day) == store.load_register_assessments(original.db, day)
        with pytest.raises(FileProblem):
            with gf.change():
                pass
    finally:
        gf.close()
        original.close()


def test_verify_checks_integrity_and_explains_the_missing_audit_log(source: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    copy = make_review_copy(source, tmp_path / "leesversie.swtgov", now=MADE)
    result = verify(copy)
    assert result.ok and result.audit_entries == 0
    assert result.note.startswith("Dit is een leesversie: die bevat bewust geen auditlog")
    assert main(["verify", str(copy)]) == 0
    assert capsys.readouterr().out.startswith("In orde: de database is intact. Dit is een leesversie")


def test_the_cli_makes_a_copy(source: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "voor-de-rvt"
    assert main(["review-copy", str(source), "--out", str(target)]) == 0
    assert capsys.readouterr().out.strip() == f"Leesversie gemaakt: {target}.swtgov"
    assert (tmp_path / "voor-de-rvt.swtgov").exists()


def test_a_copy_can_be_made_while_the_file_is_open_and_changed(demo_file: Path, tmp_path: Path) -> None:
    gf = open_file(demo_file, daily_backup=False)
    try:
        with gf.change() as audit:
            audit.update("risks", store.load_risks(gf.db)[0].id, {"title": "Net gewijzigd"})
        copy = make_review_copy(demo_file, tmp_path / "kopie.swtgov")
    finally:
        gf.close()
    assert b"Net gewijzigd" in copy.read_bytes()


def test_refusals_are_dutch_and_write_nothing(source: Path, tmp_path: Path) -> None:
    before = hashlib.sha256(source.read_bytes()).hexdigest()
    with pytest.raises(FileProblem, match="kan niet in het bronbestand zelf"):
        make_review_copy(source, source.parent / "sub" / ".." / source.name)
    existing = tmp_path / "bestaat.swtgov"
    existing.write_bytes(b"iets")
    with pytest.raises(FileProblem) as caught:
        make_review_copy(source, existing)
    assert str(caught.value) == '"bestaat.swtgov" bestaat al; kies een andere naam voor de leesversie.'
    assert existing.read_bytes() == b"iets"
    text = tmp_path / "notities.swtgov"
    text.write_text("geen database")
    with pytest.raises(NotAGovernanceFile) as caught:
        make_review_copy(text, tmp_path / "uit.swtgov")
    assert str(caught.value) == '"notities.swtgov" is geen swtgov-bestand: het is geen SQLite-database.'
    assert not (tmp_path / "uit.swtgov").exists()
    assert not list(tmp_path.glob("*.partial"))
    assert hashlib.sha256(source.read_bytes()).hexdigest() == before


def test_an_empty_file_gives_an_empty_but_valid_copy(tmp_path: Path) -> None:
    gf = create_file(tmp_path / "leeg.swtgov", "Stichting Leeg")
    gf.close()
    copy = make_review_copy(tmp_path / "leeg.swtgov", tmp_path / "leeg-kopie.swtgov")
    assert verify(copy).ok
    reopened = open_file(copy, daily_backup=False)
    try:
        assert store.load_risks(reopened.db) == []
    finally:
        reopened.close()
