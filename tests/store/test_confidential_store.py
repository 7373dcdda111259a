"""The registers in the file: no column for a person, rows round-trip, every write audited."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from swtgov.domain.confidential.clocks import TIMEZONE
from swtgov.domain.confidential.model import CounsellorReport, DataBreach, WhistleblowerReport
from swtgov.store import audit as audit_log
from swtgov.store.confidential import repo
from swtgov.store.confidential.schema import COUNSELLOR, TABLES, create
from swtgov.store.governance import GovernanceFile


@pytest.fixture
def gf(governance_file: GovernanceFile) -> Iterator[GovernanceFile]:
    if not repo.has_tables(governance_file.db):  # until services/areas.py lists the area
        create(governance_file.db)
    yield governance_file


def columns(gf: GovernanceFile, table: str) -> list[str]:
    return [row[1] for row in gf.db.execute(f'PRAGMA table_info("{table}")')]


def test_the_counsellor_table_has_no_column_for_a_person_or_free_text(gf: GovernanceFile) -> None:
    assert columns(gf, COUNSELLOR) == ["id", "reported_on", "categories", "consultations", "outcome"]
    for table in TABLES:
        for column in columns(gf, table):
            assert not any(word in column for word in ("name", "naam", "mail", "phone", "reporter", "melder"))


def test_records_round_trip_and_every_write_is_audited(gf: GovernanceFile) -> None:
    counsellor = CounsellorReport(None, dt.date(2026, 3, 1), ("pesten", "discriminatie"), 2, None)
    whistleblower = WhistleblowerReport(None, dt.date(2026, 11, 25), "e-mail", "Inkoop", dt.date(2026, 11, 30),
                                        None, dt.date(2027, 4, 1), "Onderzoek", "in behandeling")  # fmt: skip
    breach = DataBreach(None, dt.datetime(2026, 10, 23, 10, 0, tzinfo=TIMEZONE), "Mail", "phishing", "BSN", True,
                        12, notify_ap=True, notified_at=dt.datetime(2026, 10, 26, 9, 0, tzinfo=TIMEZONE),
                        people_informed=True, closed_on=dt.date(2026, 11, 2))  # fmt: skip
    with gf.change() as audit:
        ids = (repo.insert_counsellor(audit, counsellor), repo.insert_whistleblower(audit, whistleblower),
               repo.insert_breach(audit, breach))  # fmt: skip
    assert repo.load_counsellor(gf.db) == [CounsellorReport(ids[0], *list(counsellor.__dict__.values())[1:])]
    assert repo.load_whistleblower(gf.db)[0].__dict__ == {**whistleblower.__dict__, "id": ids[1]}
    stored = repo.load_breaches(gf.db)[0]
    assert stored.__dict__ == {**breach.__dict__, "id": ids[2]}
    # moments keep their offset: summer time on discovery, winter time on notification
    raw = gf.db.execute("SELECT discovered_at, notified_at, notify_ap FROM data_breaches").fetchone()
    assert raw == ("2026-10-23T10:00:00+02:00", "2026-10-26T09:00:00+01:00", 1)
    with gf.change() as audit:
        repo.update_breach(audit, stored.__class__(**{**stored.__dict__, "notify_ap": None, "notified_at": None}))
        repo.delete_counsellor(audit, ids[0])
    assert repo.load_breaches(gf.db)[0].notify_ap is None
    problems: list[str] = []
    audit_log.verify_tables(gf.db, problems.append)
    assert problems == []
    assert gf.db.execute("SELECT COUNT(*) FROM audit_log WHERE table_name IN (?, ?, ?)", list(TABLES)).fetchone()[0] == 5


def test_the_schema_step_has_its_assigned_name() -> None:
    from swtgov.store.confidential.schema import STEPS

    assert [name for name, _ in STEPS] == ["0006_vertrouwelijk"]
