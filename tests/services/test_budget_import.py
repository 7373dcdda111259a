"""Import kind ``begroting``: every problem in Dutch with row and column, signs, round trips."""

from __future__ import annotations

from pathlib import Path

import pytest
from budget_support import TODAY, add_year, budget_db, line

from swtgov.domain.budget.model import Kind
from swtgov.domain.budget.money import Money
from swtgov.errors import ImportRejected
from swtgov.services import areas
from swtgov.services.budget.demo import demo
from swtgov.services.budget.importer import BegrotingKind
from swtgov.services.transfer import run_export, run_import
from swtgov.store.budget import repo

HEADER = "jaar;soort;post;begroting;realisatie_q1;realisatie_q2;realisatie_q3;realisatie_q4;prognose;toelichting;grootboek\n"


@pytest.fixture(autouse=True)
def begroting_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(areas, "import_kinds", lambda: {"begroting": BegrotingKind()})


@pytest.fixture
def gf(governance_file):  # type: ignore[no-untyped-def]
    budget_db(governance_file)
    return governance_file


def csv(tmp_path: Path, body: str, header: str = HEADER) -> Path:
    path = tmp_path / "begroting.csv"
    path.write_text(header + body, encoding="utf-8")
    return path


def problems_of(gf, source: Path) -> list[str]:  # type: ignore[no-untyped-def]
    with pytest.raises(ImportRejected) as caught:
        run_import(gf, "begroting", source)
    assert repo.load_lines(gf.db) == []  # nothing saved
    return caught.value.problems


def test_import_reads_lines_amounts_and_ledgers(gf, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = csv(tmp_path, (
        "2024;baten;Structurele vergoeding gemeente;€ 19.850.000;4.962.500;4.962.500;;;;;8000-8099\n"
        "2024;lasten;Salarissen;13.480.000;3.370.000,12;;;;13.600.000;Cao-verhoging;4000-4099\n"
        "2024;reserve;Onttrekking bestemmingsreserve;206.800;;;;;;;\n"
    ))  # fmt: skip
    summary = run_import(gf, "begroting", source)
    assert (summary.created, summary.updated, summary.unchanged) == (3, 0, 0)
    assert summary.notes == [
        "Begroting 2024 is nieuw; leg op de pagina Begroting vast wanneer de RvT haar heeft vastgesteld."
    ]
    by_name = {l.name: l for l in repo.load_lines(gf.db, 2024)}
    salaries = by_name["Salarissen"]
    assert salaries.kind is Kind.LASTEN and salaries.budget == Money(1_348_000_000)
    assert salaries.actuals == (Money(337_000_012), None, None, None)
    assert salaries.forecast == Money(1_360_000_000) and salaries.explanation == "Cao-verhoging"
    assert [str(r) for r in salaries.ledger] == ["4000-4099"]
    assert by_name["Onttrekking bestemmingsreserve"].budget == Money(20_680_000)
    assert repo.load_year(gf.db, 2024).adopted_on is None  # type: ignore[union-attr]


def test_negative_cost_lines_are_costs_and_the_summary_says_so(gf, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = csv(tmp_path, (
        "2026;baten;Subsidie;1.000.000;250.000;;;;;;\n"
        "2026;lasten;Salarissen;-€ 12.143.000;-3.000.000;-3.100.000;;;-12.200.000;;\n"
        "2026;lasten;Huisvesting;-1.200.000;;;;;;;\n"
        "2026;lasten;Automatisering;600.000;150.000;-20.000;;;;;\n"
        "2026;reserve;Dotatie bestemmingsreserve;-50.000;;;;;;;\n"
    ))  # fmt: skip
    summary = run_import(gf, "begroting", source)
    assert (
        "2 kostenposten stonden negatief in het bestand (rij 3, 4), zoals een boekhoudexport kosten "
        "schrijft; ze zijn als kosten (positief) ingelezen."
    ) in summary.notes
    assert summary.warnings == [
        ("rij 5 (Automatisering): realisatie_q2 is negatief bij een positieve begroting; "
        "ingelezen als negatieve kosten (een creditering)")
    ]
    by_name = {l.name: l for l in repo.load_lines(gf.db, 2026)}
    assert by_name["Salarissen"].budget == Money(1_214_300_000)
    assert by_name["Salarissen"].actuals[:2] == (Money(300_000_000), Money(310_000_000))
    assert by_name["Salarissen"].forecast == Money(1_220_000_000)
    assert by_name["Huisvesting"].budget == Money(120_000_000)
    assert by_name["Automatisering"].actuals[1] == Money(-2_000_000)
    assert by_name["Dotatie bestemmingsreserve"].budget == Money(-5_000_000)  # a dotatie stays negative


def test_seed_sheet_with_unquoted_delimiter_names_the_row(gf, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = csv(tmp_path, (
        "2024;baten;Structurele vergoeding gemeente;19.850.000;;;;;;;\n"
        "2024;lasten;Huisvesting; energie en schoonmaak;1.385.000;;;;;;;\n"
        "2024;lasten;Salarissen;13.480.000;;;;;;;\n"
    ))  # fmt: skip
    assert problems_of(gf, source) == [
        ('rij 3: deze rij heeft 12 cellen, de kopregel maar 11; waarschijnlijk bevat een waarde het '
        'scheidingsteken van het bestand (bijvoorbeeld een ";" in een naam) zonder aanhalingstekens '
        "eromheen. Zet die waarde tussen aanhalingstekens of haal het teken weg")
    ]
    # quoted, the same line reads
    fixed = csv(tmp_path, '2024;lasten;"Huisvesting; energie en schoonmaak";1.385.000;;;;;;;\n')
    run_import(gf, "begroting", fixed)
    assert [l.name for l in repo.load_lines(gf.db)] == ["Huisvesting; energie en schoonmaak"]


def test_every_problem_with_row_and_column(gf, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = csv(tmp_path, (
        "2026;uitgaven;Salarissen;100;;;;;;;\n"
        "2026;lasten;Huisvesting;veel;;;;;;;\n"
        "2026;lasten;Inhuur;100;;;;;;;4300-4199\n"
        "2026;lasten;Automatisering;100;;;;;;;4500-4599, 46-47-48\n"
        "2026;lasten;Kantoor;100;;;;;;;4000-4099\n"
        "2026;lasten;kantoor ;100;;;;;;;\n"
        "2026;lasten;Salarissen;100;;;;;;;4050-4060\n"
        "26;baten;Rente;1;;;;;;;\n"
        "2026;baten;Rente;1,234;;;;;;;\n"
    ))  # fmt: skip
    assert problems_of(gf, source) == [
        'rij 2, kolom "soort": "uitgaven" is een onbekende soort; kies uit baten, lasten of reserve',
        'rij 3, kolom "begroting": "veel" is geen geldig bedrag',
        'rij 4, kolom "grootboek": "4300-4199" bevat het bereik 4300-4199, van hoog naar laag; schrijf 4199-4300',
        ('rij 5, kolom "grootboek": "4500-4599, 46-47-48" bevat "46-47-48", dat geen grootboekrekening of bereik is; '
        "schrijf grootboekrekeningen als nummers en bereiken, bijvoorbeeld 4000-4199, 4250"),
        'rij 7, kolom "post": "kantoor" staat voor 2026 (lasten) ook op rij 6; één rij per post per jaar',
        ('rij 8, kolom "grootboek": "4050-4060" overlapt met post "Kantoor" (rij 6): 4050-4060 en 4000-4099 '
        "vallen (deels) samen; een grootboekrekening hoort bij één post per jaar"),
        'rij 9, kolom "jaar": "26" moet tussen 1900 en 2999 liggen',
        'rij 10, kolom "begroting": "1,234" heeft meer dan twee decimalen',
    ]


def test_quarter_outside_1_to_4(gf, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = csv(tmp_path, "2026;lasten;X;1;1\n", header="jaar;soort;post;begroting;realisatie_q5\n")
    assert problems_of(gf, source) == [
        ('rij 1, kolom "realisatie_q5": kwartaal 5 bestaat niet: een jaar heeft de kwartalen 1 tot en met 4 '
        "(kolommen realisatie_q1 … realisatie_q4)")
    ]


def test_overlap_with_a_stored_line(gf, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_year(gf, 2026, [line("lasten", "Salarissen", 1, ledger="4000-4099")])
    source = csv(tmp_path, "2026;lasten;Sociale lasten;1;;;;;;;4099-4199\n2027;lasten;Sociale lasten;1;;;;;;;4099-4199\n")
    with pytest.raises(ImportRejected) as caught:
        run_import(gf, "begroting", source)
    assert caught.value.problems == [
        ('rij 2, kolom "grootboek": "4099-4199" overlapt met post "Salarissen" (al opgeslagen): 4099-4199 en '
        "4000-4099 vallen (deels) samen; een grootboekrekening hoort bij één post per jaar")
    ]


def test_reimport_updates_and_absent_columns_keep_stored_values(gf, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_year(gf, 2026, [line("lasten", "Salarissen", 100, actuals=(20, 30, None, None), explanation="Uitleg", ledger="4000")])
    source = csv(tmp_path, "2026;lasten;SALARISSEN;120\n", header="jaar;soort;post;begroting\n")
    summary = run_import(gf, "begroting", source)
    assert (summary.created, summary.updated) == (0, 1)
    (stored,) = repo.load_lines(gf.db, 2026)
    assert stored.name == "SALARISSEN" and stored.budget == Money(12_000)
    assert stored.actuals == (Money(2_000), Money(3_000), None, None)
    assert stored.explanation == "Uitleg" and str(stored.ledger[0]) == "4000"
    # an empty cell in a present column clears it
    run_import(gf, "begroting", csv(tmp_path, "2026;lasten;Salarissen;120;;\n", header="jaar;soort;post;begroting;realisatie_q1;toelichting\n"))
    (stored,) = repo.load_lines(gf.db, 2026)
    assert stored.actuals[0] is None and stored.explanation == ""


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_round_trips(gf, tmp_path: Path, suffix: str) -> None:  # type: ignore[no-untyped-def]
    
    with gf.change() as audit:
        demo(audit, gf.db, "normal", TODAY)
    add_year(gf, 2027, [line("lasten", "=Formule?", 10, explanation="-12 % door @inhuur", year=2027)])
    before = repo.load_lines(gf.db)
    target = tmp_path / f"begroting{suffix}"
    assert run_export(gf, "begroting", target) == len(before)
    summary = run_import(gf, "begroting", target)
    assert (summary.created, summary.updated, summary.unchanged) == (0, 0, len(before))
    assert repo.load_lines(gf.db) == before
