"""The risk register in the file: schema, loading into domain objects, audited writes."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

import pytest

from swtgov.domain.risks.rules import RiskRules
from swtgov.domain.risks.signals import register_entries
from swtgov.domain.risks.model import Assessment, Measure, Risk
from swtgov.services.governance import verify
from swtgov.store import migrations
from swtgov.store.risks import repo as store

D = dt.date


def risk(code: str, title: str = "Risico", category: str = "financieel") -> Risk:
    return Risk(None, code, title, "", category, "controller")


def add(gf, code: str, *assessments: tuple[dt.date, int, int, int | None, int | None]) -> int:  # type: ignore[no-untyped-def]
    with gf.change() as audit:
        risk_id = store.insert_risk(audit, risk(code))
        for day, k, i, kr, ir in assessments:
            store.insert_assessment(audit, Assessment(None, risk_id, day, k, i, kr, ir))
    return risk_id


def test_the_migration_is_registered_and_creates_the_tables(governance_file) -> None:  # type: ignore[no-untyped-def]
    db = governance_file.db
    assert "0003_risicos" in [m.name for m in migrations.migrations().applied(db)]
    assert {"risks", "risk_assessments", "risk_measures"} <= set(db.table_names())
    fks = {t: [(r[2], r[3], r[4], r[6]) for r in db.execute(f"PRAGMA foreign_key_list({t})")]
           for t in ("risk_assessments", "risk_measures")}  # fmt: skip
    assert fks == {
        "risk_assessments": [("risks", "risk_id", "id", "RESTRICT")],
        "risk_measures": [("risks", "risk_id", "id", "RESTRICT")],
    }
    indexes = {r[1] for r in db.execute("PRAGMA index_list(risk_assessments)")}
    assert {"idx_risk_assessments_risk", "idx_risk_assessments_on"} <= indexes
    columns = [r[2] for r in db.execute("PRAGMA index_info(idx_risk_assessments_risk)")]
    assert columns == ["risk_id", "assessed_on"]


def test_the_schema_refuses_a_level_outside_1_to_5(governance_file) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    risk_id = add(governance_file, "R-01")
    with pytest.raises(sqlite3.IntegrityError):
        governance_file.db.execute(
            "INSERT INTO risk_assessments (risk_id, assessed_on, kans, impact) VALUES (?, '2026-01-01', 6, 3)",
            [risk_id],
        )


def test_risks_load_in_natural_code_order(governance_file) -> None:  # type: ignore[no-untyped-def]
    for code in ("R-10", "R-2", "R-01", "A-3"):
        add(governance_file, code)
    assert [r.code for r in store.load_risks(governance_file.db)] == ["A-3", "R-01", "R-2", "R-10"]


def test_a_risk_round_trips_through_the_file(governance_file) -> None:  # type: ignore[no-untyped-def]
    with governance_file.change() as audit:
        risk_id = store.insert_risk(
            audit, Risk(None, "R-07", "Datalek", "Mail aan verkeerde ontvanger", "informatiebeveiliging / privacy",
                        "FG", "beheerst"))  # fmt: skip
    assert store.load_risk(governance_file.db, risk_id) == Risk(
        risk_id, "R-07", "Datalek", "Mail aan verkeerde ontvanger", "informatiebeveiliging / privacy", "FG", "beheerst"
    )
    assert store.load_risk(governance_file.db, risk_id + 1) is None


def test_register_loads_only_current_and_previous_quarter(governance_file) -> None:  # type: ignore[no-untyped-def]
    risk_id = add(
        governance_file, "R-01",
        (D(2025, 4, 15), 2, 2, None, None),
        (D(2025, 8, 20), 3, 3, None, None),   # latest of Q3 2025: the previous one
        (D(2025, 7, 10), 4, 4, None, None),
        (D(2025, 10, 1), 4, 5, 3, 3),         # current quarter, superseded on the same quarter
        (D(2025, 11, 30), 4, 5, 2, 3),        # current
        (D(2026, 2, 1), 5, 5, None, None),    # after the peildatum
    )  # fmt: skip
    loaded = store.load_register_assessments(governance_file.db, D(2025, 12, 1))
    assert sorted((a.assessed_on, a.netto) for a in loaded) == [(D(2025, 8, 20), 9), (D(2025, 11, 30), 6)]
    assert all(a.risk_id == risk_id for a in loaded)


def test_two_assessments_on_one_day_the_later_saved_counts(governance_file) -> None:  # type: ignore[no-untyped-def]
    add(governance_file, "R-01", (D(2026, 3, 1), 2, 2, None, None), (D(2026, 3, 1), 4, 4, None, None))
    current = store.load_current_assessments(governance_file.db, D(2026, 3, 1))
    assert [(a.kans, a.impact) for a in current] == [(4, 4)]
    assert store.load_current_assessments(governance_file.db, D(2026, 2, 28)) == []


def test_register_from_two_rows_per_risk_equals_register_from_all_history(governance_file) -> None:  # type: ignore[no-untyped-def]
    rnd = random.Random(4)
    with governance_file.change() as audit:
        for n in range(1, 31):
            risk_id = store.insert_risk(audit, risk(f"R-{n:02d}"))
            for _ in range(rnd.randint(0, 12)):
                day = D(2023, 1, 1) + dt.timedelta(days=rnd.randint(0, 1200))
                k, i = rnd.randint(1, 5), rnd.randint(1, 5)
                store.insert_assessment(audit, Assessment(None, risk_id, day, k, i, rnd.randint(1, k), None))
    db = governance_file.db
    risks = store.load_risks(db)
    everything = [a for r in risks for a in store.load_history(db, r.id)]
    for as_of in (D(2023, 6, 30), D(2024, 1, 1), D(2025, 3, 31), D(2026, 12, 31)):
        few = store.load_register_assessments(db, as_of)
        assert len(few) <= 2 * len(risks)
        assert register_entries(risks, few, RiskRules(), as_of) == register_entries(risks, everything, RiskRules(), as_of)


def test_history_is_oldest_first_and_measures_by_deadline(governance_file) -> None:  # type: ignore[no-untyped-def]
    risk_id = add(governance_file, "R-01", (D(2026, 6, 1), 3, 3, None, None), (D(2026, 1, 1), 2, 2, None, None))
    with governance_file.change() as audit:
        for text, deadline in (("Zonder datum", None), ("Later", D(2026, 9, 1)), ("Eerst", D(2026, 2, 1))):
            store.insert_measure(audit, Measure(None, risk_id, text, "ICT", "gepland", deadline))
    db = governance_file.db
    assert [a.assessed_on for a in store.load_history(db, risk_id)] == [D(2026, 1, 1), D(2026, 6, 1)]
    measures = store.load_measures(db, risk_id)
    assert [m.description for m in measures] == ["Eerst", "Later", "Zonder datum"]
    assert measures[0] == Measure(measures[0].id, risk_id, "Eerst", "ICT", "gepland", D(2026, 2, 1))


def test_updates_change_only_what_differs(governance_file) -> None:  # type: ignore[no-untyped-def]
    risk_id = add(governance_file, "R-01")
    before = store.load_risk(governance_file.db, risk_id)
    assert before is not None
    with governance_file.change() as audit:
        changes = store.update_risk(audit, replace(before, status="beheerst"))
    assert changes == {"status": ["open", "beheerst"]}


def test_deleting_a_risk_goes_through_the_audit_log(governance_file) -> None:  # type: ignore[no-untyped-def]
    risk_id = add(governance_file, "R-01", (D(2026, 1, 1), 3, 3, None, None), (D(2026, 4, 1), 3, 4, 2, 2))
    keep = add(governance_file, "R-02", (D(2026, 1, 1), 1, 1, None, None))
    with governance_file.change() as audit:
        store.insert_measure(audit, Measure(None, risk_id, "Maatregel", "", "gepland", None))
    with governance_file.change() as audit:
        store.delete_risk(audit, risk_id)
    db = governance_file.db
    assert [r.id for r in store.load_risks(db)] == [keep]
    assert store.count_assessments(db) == 1
    assert store.load_measures(db) == []
    path = governance_file.path
    governance_file.close()
    result = verify(path)
    assert result.problems == []
    assert result.audit_entries > 0


def test_owners_and_categories_in_use(governance_file) -> None:  # type: ignore[no-untyped-def]
    with governance_file.change() as audit:
        first = store.insert_risk(audit, Risk(None, "R-01", "A", "", "financieel", "controller"))
        store.insert_risk(audit, Risk(None, "R-02", "B", "", "Duurzaamheid", ""))
        store.insert_measure(audit, Measure(None, first, "M", "ICT-coördinator"))
    db = governance_file.db
    assert store.categories_in_use(db) == ["Duurzaamheid", "financieel"]
    assert store.owners_in_use(db) == ["ICT-coördinator", "controller"]
