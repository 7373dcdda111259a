"""Import and export of kind ``risicos``: natural keys, re-imports, warnings and every bad input."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from swtgov.errors import FileProblem, ImportRejected
from swtgov.services.review_copy import make_review_copy
from swtgov.services.risks.measures_cell import format_measures, parse_measures
from swtgov.services.transfer import run_export, run_import
from swtgov.store.governance import open_file
from swtgov.store.risks import repo as store

HEADER = "code;titel;omschrijving;categorie;eigenaar;kans;impact;kans_rest;impact_rest;maatregelen;beoordeeld_op;status"
GOOD = (
    HEADER + "\n"
    ";Lagere gemeentelijke financiering;Bezuiniging;Financieel;controller;4;5;3;3;"
    '"Scenario\'s in de begroting | controller | gereed | 1-3-2026\nOverleg wethouder | directeur | in uitvoering";'
    "15-10-2026;open\n"
    ";Datalek;;informatiebeveiliging / privacy;FG;3;4;;;;15 oktober 2026;\n"
    ";Duurzame inkoop;;Duurzaamheid;;2;2;3;3;;;beheerst\n"
)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def fingerprint(path: Path) -> str:
    """Every row of every table, so "nothing saved" can be checked exactly."""
    gf = open_file(path, read_only=True, daily_backup=False)
    try:
        digest = hashlib.sha256()
        for table in sorted(gf.db.table_names()):
            for row in gf.db.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        gf.close()


@pytest.fixture
def imported(governance_file, tmp_path: Path):  # type: ignore[no-untyped-def]
    summary = run_import(governance_file, "risicos", write(tmp_path / "risicos.csv", GOOD))
    return governance_file, summary


def test_a_new_register_gets_codes_assessments_and_measures(imported) -> None:  # type: ignore[no-untyped-def]
    gf, summary = imported
    assert (summary.rows, summary.created, summary.updated, summary.unchanged) == (3, 3, 0, 0)
    risks = store.load_risks(gf.db)
    assert [(r.code, r.title, r.category, r.status) for r in risks] == [
        ("R-01", "Lagere gemeentelijke financiering", "financieel", "open"),
        ("R-02", "Datalek", "informatiebeveiliging / privacy", "open"),
        ("R-03", "Duurzame inkoop", "Duurzaamheid", "beheerst"),
    ]
    latest = store.load_latest_assessments(gf.db)
    first = latest[risks[0].id]
    assert (first.assessed_on, first.kans, first.impact, first.kans_rest, first.impact_rest) == (
        dt.date(2026, 10, 15), 4, 5, 3, 3)  # fmt: skip
    assert latest[risks[2].id].assessed_on == dt.date.today()
    measures = store.load_measures(gf.db, risks[0].id)
    assert [(m.description, m.owner, m.status, m.deadline) for m in measures] == [
        ("Scenario's in de begroting", "controller", "gereed", dt.date(2026, 3, 1)),
        ("Overleg wethouder", "directeur", "in uitvoering", None),
    ]


def test_a_new_category_is_added_and_reported(imported) -> None:  # type: ignore[no-untyped-def]
    _gf, summary = imported
    assert summary.notes == [
        'rij 4: categorie "Duurzaamheid" is nieuw en wordt toegevoegd; de risicobereidheid ervoor is 9 '
        "(die van overige categorieën)"
    ]
    assert "Opmerking: rij 4: categorie \"Duurzaamheid\" is nieuw" in summary.describe()


def test_netto_above_bruto_is_a_warning_not_a_refusal(imported) -> None:  # type: ignore[no-untyped-def]
    gf, summary = imported
    assert summary.warnings == ["rij 4 (Duurzame inkoop): de netto score 9 is hoger dan de bruto score 4"]
    assert len(store.load_risks(gf.db)) == 3


def test_importing_the_same_file_again_changes_nothing(imported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    gf, _ = imported
    before = store.count_assessments(gf.db)
    summary = run_import(gf, "risicos", tmp_path / "risicos.csv")
    assert (summary.created, summary.updated, summary.unchanged) == (0, 0, 3)
    assert store.count_assessments(gf.db) == before
    assert len(store.load_risks(gf.db)) == 3


def test_a_reimport_matches_on_code_and_adds_an_assessment_only_when_it_changed(imported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    gf, _ = imported
    text = (
        HEADER + "\n"
        "R-02;Datalek door phishing;;informatiebeveiliging / privacy;FG;3;4;;;;15-10-2026;\n"  # title only
        "R-01;Lagere gemeentelijke financiering;Bezuiniging;financieel;controller;4;5;4;4;;15-10-2026;open\n"
        ";Duurzame inkoop;;Duurzaamheid;;2;2;3;3;;1-1-2027;beheerst\n"  # by title, new date
    )
    summary = run_import(gf, "risicos", write(tmp_path / "tweede.csv", text))
    assert (summary.created, summary.updated, summary.unchanged) == (0, 3, 0)
    risks = {r.code: r for r in store.load_risks(gf.db)}
    assert risks["R-02"].title == "Datalek door phishing"
    assert len(store.load_history(gf.db, risks["R-02"].id)) == 1
    history = store.load_history(gf.db, risks["R-01"].id)
    assert [(a.assessed_on, a.netto) for a in history] == [(dt.date(2026, 10, 15), 9), (dt.date(2026, 10, 15), 16)]
    assert [a.assessed_on for a in store.load_history(gf.db, risks["R-03"].id)] == [dt.date.today(), dt.date(2027, 1, 1)]
    again = run_import(gf, "risicos", tmp_path / "tweede.csv")
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)


def test_export_round_trips(imported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    gf, _ = imported
    for suffix in ("xlsx", "csv"):
        target = tmp_path / f"export.{suffix}"
        assert run_export(gf, "risicos", target) == 3
        summary = run_import(gf, "risicos", target)
        assert (summary.created, summary.updated, summary.unchanged) == (0, 0, 3), suffix
    rows = store.load_risks(gf.db)
    assert len(rows) == 3


def test_measure_lines_format_and_parse_back() -> None:
    lines, problems = parse_measures("Back-ups testen | ICT | gereed | 1-3-2026\nAlleen een tekst\n\n")
    assert problems == []
    assert [(m.description, m.owner, m.status, m.deadline) for m in lines] == [
        ("Back-ups testen", "ICT", "gereed", dt.date(2026, 3, 1)),
        ("Alleen een tekst", None, None, None),
    ]
    from swtgov.domain.risks.model import Measure

    text = format_measures([Measure(1, 1, "Back-ups testen", "ICT", "gereed", dt.date(2026, 3, 1)),
                            Measure(2, 1, "Training", "", "gepland", None)])  # fmt: skip
    assert text == "Back-ups testen | ICT | gereed | 01-03-2026\nTraining |  | gepland"
    again, _ = parse_measures(text)
    assert [(m.description, m.owner or "", m.status, m.deadline) for m in again] == [
        ("Back-ups testen", "ICT", "gereed", dt.date(2026, 3, 1)), ("Training", "", "gepland", None)]


BAD = [
    ("kans 7", ";Risico;;financieel;;7;3;;;;;", 'rij 2, kolom "kans": "7" ligt niet tussen 1 en 5'),
    ("impact 0", ";Risico;;financieel;;3;0;;;;;", 'rij 2, kolom "impact": "0" ligt niet tussen 1 en 5'),
    ("kans not a number", ";Risico;;financieel;;hoog;3;;;;;",
     'rij 2, kolom "kans": "hoog" is geen geheel getal van 1 tot en met 5'),
    ("kans_rest 2.5", ";Risico;;financieel;;3;3;2.5;2;;;",
     'rij 2, kolom "kans_rest": "2.5" is geen geheel getal van 1 tot en met 5'),
    ("unknown status", ";Risico;;financieel;;3;3;;;;;misschien",
     'rij 2, kolom "status": "misschien" is onbekend; kies uit open, beheerst, geaccepteerd, gesloten'),
    ("empty title", ";  ;;financieel;;3;3;;;;;", 'rij 2, kolom "titel": is leeg, maar verplicht'),
    ("unreadable measure deadline", ';Risico;;financieel;;3;3;;;"Back-ups | ICT | gepland | 31-13-2026";;',
     'rij 2, kolom "maatregelen": regel 1: deadline "31-13-2026" is geen geldige datum'),
    ("unknown measure status", ';Risico;;financieel;;3;3;;;"Back-ups | ICT | bijna";;',
     'rij 2, kolom "maatregelen": regel 1: status "bijna" is onbekend; kies uit gepland, in uitvoering, gereed'),
]  # fmt: skip


@pytest.mark.parametrize(("case", "row", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_input_is_refused_with_a_dutch_message_and_nothing_saved(
    governance_file, tmp_path: Path, case: str, row: str, message: str
) -> None:  # type: ignore[no-untyped-def]
    run_import(governance_file, "risicos", write(tmp_path / "eerst.csv", GOOD))
    path = governance_file.path
    governance_file.close()
    before = fingerprint(path)
    gf = open_file(path, daily_backup=False)
    try:
        source = write(tmp_path / "fout.csv", HEADER + "\n" + row + "\n;Goed risico;;financieel;;2;2;;;;;\n")
        with pytest.raises(ImportRejected) as caught:
            run_import(gf, "risicos", source)
    finally:
        gf.close()
    assert caught.value.problems == [message]
    assert str(caught.value).startswith("De import is geweigerd: 1 probleem gevonden. Er is niets opgeslagen.")
    assert fingerprint(path) == before


def test_every_problem_is_reported_at_once(governance_file, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = HEADER + "\n;Eén;;financieel;;9;3;;;;;\n;Eén;;financieel;;2;2;;;;;vaag\nR-9;;;financieel;;1;1;;;;;\n"
    with pytest.raises(ImportRejected) as caught:
        run_import(governance_file, "risicos", write(tmp_path / "f.csv", text))
    assert caught.value.problems == [
        'rij 2, kolom "kans": "9" ligt niet tussen 1 en 5',
        'rij 3, kolom "titel": titel "Eén" staat ook op rij 2',
        'rij 3, kolom "status": "vaag" is onbekend; kies uit open, beheerst, geaccepteerd, gesloten',
        'rij 4, kolom "titel": is leeg, maar verplicht',
    ]
    assert store.load_risks(governance_file.db) == []


def test_an_unknown_column_is_reported(governance_file, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ImportRejected) as caught:
        run_import(governance_file, "risicos", write(tmp_path / "f.csv", "titel;categorie;kans;impact;kanz\nA;financieel;1;1;2\n"))
    assert caught.value.problems[0].startswith('rij 1, kolom "kanz": is een onbekende kolom; bedoelt u "kans"?')


def test_a_review_copy_onto_its_source_is_refused_and_changes_nothing(demo_file: Path) -> None:
    before = hashlib.sha256(demo_file.read_bytes()).hexdigest()
    with pytest.raises(FileProblem) as caught:
        make_review_copy(demo_file, demo_file.parent / "." / demo_file.name)
    assert str(caught.value) == (
        'De leesversie kan niet in het bronbestand zelf worden geschreven ("demo.swtgov"); kies een andere bestandsnaam.'
    )
    assert hashlib.sha256(demo_file.read_bytes()).hexdigest() == before


# --- review findings: partial files, codes, one row per risk, the "|" of the measures cell ---------


def test_a_file_without_residual_columns_keeps_the_stored_residual_levels(imported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    gf, _ = imported
    risk = store.load_risks(gf.db)[0]
    before = store.count_assessments(gf.db)
    text = "code;titel;categorie;kans;impact;beoordeeld_op\nR-01;Lagere gemeentelijke financiering;financieel;4;5;15-10-2026\n"
    summary = run_import(gf, "risicos", write(tmp_path / "zonder_rest.csv", text))
    assert (summary.created, summary.updated, summary.unchanged) == (0, 0, 1)
    assert summary.warnings == []
    assert store.count_assessments(gf.db) == before
    latest = store.load_latest_assessments(gf.db)[risk.id]
    assert (latest.kans_rest, latest.impact_rest, latest.netto) == (3, 3, 9)
    # A new kans keeps the stored levels after measures too; an empty cell in a present column empties.
    text = "code;titel;categorie;kans;impact;kans_rest;beoordeeld_op\nR-01;Lagere gemeentelijke financiering;financieel;5;5;;1-11-2026\n"
    run_import(gf, "risicos", write(tmp_path / "deels.csv", text))
    latest = store.load_latest_assessments(gf.db)[risk.id]
    assert (latest.kans, latest.kans_rest, latest.impact_rest) == (5, None, 3)


def test_a_generated_code_never_takes_a_code_given_later_in_the_file(governance_file, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = HEADER + "\n;Eerste;;financieel;;2;2;;;;;\nR-01;Tweede;;financieel;;3;3;;;;;\n;Derde;;financieel;;1;1;;;;;\n"
    summary = run_import(governance_file, "risicos", write(tmp_path / "codes.csv", text))
    assert summary.created == 3
    assert sorted((r.code, r.title) for r in store.load_risks(governance_file.db)) == [
        ("R-01", "Tweede"), ("R-02", "Eerste"), ("R-03", "Derde")]


def test_a_code_given_twice_in_any_case_is_refused(governance_file, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = HEADER + "\nR-15;Eerste;;financieel;;2;2;;;;;\nr-15;Tweede;;financieel;;3;3;;;;;\n"
    with pytest.raises(ImportRejected) as caught:
        run_import(governance_file, "risicos", write(tmp_path / "dubbel.csv", text))
    assert caught.value.problems == ['rij 3, kolom "code": code "r-15" staat ook op rij 2']
    assert store.load_risks(governance_file.db) == []


def test_one_risk_on_two_rows_by_code_and_by_title_is_refused(imported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    gf, _ = imported
    path = gf.path
    text = (HEADER + "\nR-02;Datalek;;informatiebeveiliging / privacy;FG;3;4;;;;;\n"
            ";Datalek;;informatiebeveiliging / privacy;FG;4;4;;;;;\n"
            "R-07;Nieuw risico;;financieel;;2;2;;;;;\n;nieuw  RISICO;;financieel;;3;3;;;;;\n")
    gf.close()
    before = fingerprint(path)
    gf = open_file(path, daily_backup=False)
    try:
        with pytest.raises(ImportRejected) as caught:
            run_import(gf, "risicos", write(tmp_path / "twee.csv", text))
    finally:
        gf.close()
    assert caught.value.problems == [
        'rij 3, kolom "titel": "Datalek" is hetzelfde risico als rij 2 (code R-02); één rij per risico',
        'rij 5, kolom "titel": "nieuw RISICO" is hetzelfde risico als rij 4 (code R-07); één rij per risico',
    ]
    assert fingerprint(path) == before


def test_the_stored_title_under_a_code_and_a_row_by_that_title_are_one_risk(imported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    gf, _ = imported
    text = (HEADER + "\nR-02;Datalek door phishing;;informatiebeveiliging / privacy;FG;3;4;;;;;\n"
            ";Datalek;;informatiebeveiliging / privacy;FG;4;4;;;;;\n")
    with pytest.raises(ImportRejected) as caught:
        run_import(gf, "risicos", write(tmp_path / "twee.csv", text))
    assert caught.value.problems == [
        'rij 3, kolom "titel": "Datalek" is hetzelfde risico als rij 2 (R-02 "Datalek"); één rij per risico']


def test_a_measure_with_a_bar_saved_before_it_was_refused_is_reported_by_name(imported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from swtgov.domain.risks.model import Measure

    gf, _ = imported
    risk = store.load_risks(gf.db)[1]
    with gf.change() as audit:  # an older file: the use cases refuse a "|" now
        store.insert_measure(audit, Measure(None, risk.id, "Back-ups | herstel testen", "ICT", "gepland", None))
    exported = tmp_path / "export.csv"
    run_export(gf, "risicos", exported)
    with pytest.raises(ImportRejected) as caught:
        run_import(gf, "risicos", exported)
    assert caught.value.problems == [
        'rij 3, kolom "maatregelen": regel 1: de beschrijving van de maatregel "Back-ups | herstel testen" bevat '
        'het teken "|", dat in deze kolom de delen scheidt; haal het eerst uit de beschrijving '
        "(Risico's, maatregel wijzigen) en exporteer opnieuw"]


def test_too_many_parts_in_a_measure_line_names_the_bar() -> None:
    _lines, problems = parse_measures("Back-ups | herstel | ICT | gepland | 1-3-2026")
    assert problems == ['regel 1: te veel delen (5); schrijf beschrijving | eigenaar | status | deadline. '
                        'Het teken "|" scheidt die delen en kan niet in een beschrijving of eigenaar staan']


def test_the_use_cases_refuse_a_bar_in_a_measure_so_the_export_reads_back(imported) -> None:  # type: ignore[no-untyped-def]
    from swtgov.errors import ValidationError
    from swtgov.services.risks import register as service

    gf, _ = imported
    risk = store.load_risks(gf.db)[1]
    with pytest.raises(ValidationError) as caught:
        with gf.change() as audit:
            service.add_measure(audit, risk.id, "Back-ups | herstel testen", "ICT|extern")
    assert caught.value.problems == [
        'maatregel: "Back-ups | herstel testen" bevat het teken "|"; dat kan niet, want in een spreadsheet '
        "scheidt het de delen van een maatregel (beschrijving | eigenaar | status | deadline)",
        'eigenaar: "ICT|extern" bevat het teken "|"; dat kan niet, want in een spreadsheet '
        "scheidt het de delen van een maatregel (beschrijving | eigenaar | status | deadline)",
    ]
    (measure, _other) = store.load_measures(gf.db, store.load_risks(gf.db)[0].id)
    with pytest.raises(ValidationError) as caught:
        with gf.change() as audit:
            service.edit_measure(audit, measure.id, measure.description, "controller | directeur", "gereed", None)
    assert caught.value.problems[0].startswith('eigenaar: "controller | directeur" bevat het teken "|"')
    assert store.load_measures(gf.db, risk.id) == []
    assert store.load_measures(gf.db, measure.risk_id)[0] == measure
