"""Import and export of kind ``rooster`` (import-formats.md): every bad input, round trips, re-imports."""

from __future__ import annotations

from datetime import date as d
from pathlib import Path

import pytest
from openpyxl import Workbook

from swtgov.errors import ImportRejected
from swtgov.services.transfer import kind_named, run_export, run_import
from swtgov.store import rooster as repo
from swtgov.store.governance import create_file, open_file

HEADER = "naam;rol;termijn;aanvang;einde;afgetreden;commissies;email;telefoon"


def csv_file(tmp_path: Path, *rows: str, header: str = HEADER) -> Path:
    path = tmp_path / "rooster.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def nothing_saved(gf) -> bool:
    rooster = repo.load_rooster(gf.db)
    return rooster.members == () and rooster.terms == () and rooster.committees == ()


def rejected(gf, path: Path) -> list[str]:
    with pytest.raises(ImportRejected) as info:
        run_import(gf, "rooster", path)
    assert nothing_saved(gf)
    assert str(info.value).startswith("De import is geweigerd")
    return info.value.problems


def test_a_good_file_imports_members_terms_roles_and_commissies(governance_file, tmp_path):
    path = csv_file(
        tmp_path,
        "Marieke van den Berg;Voorzitter;1;1-3-2019;1-3-2023;;Remuneratiecommissie;m@example.nl;06-21436587",
        "Marieke van den Berg;voorzitter;tweede termijn;1 maart 2023;1 maart 2027;;Remuneratiecommissie;;",
        "Sanne de Wit;lid;1;2024-07-01;2028-07-01;;Auditcommissie, Kwaliteitscommissie;;",
        "Peter Jansen;;1;1-1-2022;1-1-2026;1-7-2025;Kwaliteitscommissie;;",
    )
    summary = run_import(governance_file, "rooster", path)
    assert (summary.rows, summary.created, summary.updated, summary.unchanged) == (4, 4, 0, 0)
    assert summary.notes == ["nieuwe commissies aangemaakt: Auditcommissie, Kwaliteitscommissie, "
                             "Remuneratiecommissie"]
    rooster = repo.load_rooster(governance_file.db)
    members = {m.name: m for m in rooster.members}
    marieke = members["Marieke van den Berg"]
    assert (marieke.role, marieke.email, marieke.phone) == ("voorzitter", "m@example.nl", "06-21436587")
    assert [(t.number, t.start, t.end) for t in rooster.terms_of(marieke.id)] == [
        (1, d(2019, 3, 1), d(2023, 3, 1)), (2, d(2023, 3, 1), d(2027, 3, 1))]
    assert rooster.terms_of(members["Peter Jansen"].id)[0].left_on == d(2025, 7, 1)
    kinds = {c.name: c.kind for c in rooster.committees}
    assert kinds == {"Auditcommissie": "audit", "Kwaliteitscommissie": "kwaliteit",
                     "Remuneratiecommissie": "werkgevers"}
    peter_seat = rooster.seats_of(members["Peter Jansen"].id)
    assert [(s.start, s.end) for s in peter_seat] == [(d(2022, 1, 1), d(2025, 7, 1))]
    sanne_seats = rooster.seats_of(members["Sanne de Wit"].id)
    assert sorted((s.start, s.end) for s in sanne_seats) == [(d(2024, 7, 1), None)] * 2


# --- every bad input of the issue, each with the Excel row and the column -------------------------


@pytest.mark.parametrize("rows, problems", [
    (["Anna;lid;1;1-3-2024;1-3-2020;;;;"],
     ['rij 2, kolom "einde": "1 maart 2020" ligt niet na de aanvang (1 maart 2024)']),
    (["Anna;lid;1;1-1-2019;1-1-2023;;;;", "Anna;lid;2;1-1-2022;1-1-2026;;;;"],
     ['rij 3, kolom "aanvang": "1 januari 2022" valt binnen termijn 1 (1 januari 2019 – 1 januari 2023); '
      "termijnen van één lid mogen niet overlappen"]),
    (["Anna;lid;2;1-1-2023;1-1-2027;;;;"],
     ['rij 2, kolom "termijn": "2" komt zonder termijn 1 ervoor']),
    (["Anna;lid;1;1-1-2023;1-1-2027;1-6-2022;;;"],
     ['rij 2, kolom "afgetreden": "1 juni 2022" ligt vóór de aanvang van de termijn (1 januari 2023)']),
    (["Anna;lid;1;1-1-2015;1-1-2019;;;;", "Anna;lid;2;1-1-2019;1-1-2023;;;;", "Anna;lid;3;1-1-2023;1-1-2027;;;;"],
     ['rij 4, kolom "termijn": "3" is meer dan het maximum van 2 termijnen',
      'rij 4, kolom "einde": "1 januari 2027" brengt de zittingsduur op 12 jaar; het maximum is 8 jaar '
      "(uiterlijk 1 januari 2023)"]),
    ([" ;lid;1;1-1-2023;1-1-2027;;;;"],
     ['rij 2, kolom "naam": is leeg, maar verplicht']),
    (["Anna;lid;1;31-02-2026;1-1-2027;;;;"],
     ['rij 2, kolom "aanvang": "31-02-2026" is geen geldige datum']),
    (["Anna;lid;1;1-1-2023;1-1-2027;;;;", "Bert;lid;1;1-1-2023;1-1-2027;;;;", "anna;lid;1;1-6-2023;1-6-2027;;;;"],
     ['rij 4, kolom "termijn": "1" van Anna staat ook in rij 2, met andere data; één rij per termijn']),
])
def test_bad_input_is_refused_with_row_and_column(governance_file, tmp_path, rows, problems):
    assert rejected(governance_file, csv_file(tmp_path, *rows)) == problems


def test_every_problem_at_once_and_a_good_row_is_not_saved_either(governance_file, tmp_path):
    path = csv_file(tmp_path, "Goed Lid;lid;1;1-1-2024;1-1-2028;;;;", "Anna;vz;1;1-1-2023;1-1-2022;;;;",
                    "Bert;penningmeester;1;1-1-2023;1-1-2027;;;;")
    assert rejected(governance_file, path) == [
        'rij 3, kolom "einde": "1 januari 2022" ligt niet na de aanvang (1 januari 2023)',
        'rij 4, kolom "rol": "penningmeester" is geen rol (kies voorzitter, vicevoorzitter of lid)',
    ]


def test_a_second_term_too_long_for_the_maximum_tenure(governance_file, tmp_path):
    path = csv_file(tmp_path, "Anna;lid;1;1-1-2016;1-1-2020;;;;", "Anna;lid;2;1-1-2021;1-7-2025;;;;")
    assert rejected(governance_file, path) == [
        'rij 3, kolom "einde": "1 juli 2025" maakt de termijn langer dan 4 jaar (uiterlijk 1 januari 2025)']


def test_imported_terms_are_checked_with_the_stored_ones(governance_file, tmp_path):
    run_import(governance_file, "rooster", csv_file(tmp_path, "Anna;lid;1;1-1-2019;1-1-2023;;;;"))
    with pytest.raises(ImportRejected) as info:
        run_import(governance_file, "rooster", csv_file(tmp_path, "ANNA;lid;2;1-1-2022;1-1-2026;;;;"))
    assert info.value.problems == [
        'rij 2, kolom "aanvang": "1 januari 2022" valt binnen termijn 1 (1 januari 2019 – 1 januari 2023); '
        "termijnen van één lid mogen niet overlappen"]
    assert len(repo.load_rooster(governance_file.db).terms) == 1


def test_an_unknown_column_is_reported(governance_file, tmp_path):
    path = csv_file(tmp_path, "Anna;1;1-1-2023;1-1-2027;x", header="naam;termijn;aanvang;einde;functie")
    problems = rejected(governance_file, path)
    assert len(problems) == 1 and problems[0].startswith('rij 1, kolom "functie": is een onbekende kolom')


def test_english_headers_are_accepted(governance_file, tmp_path):
    path = csv_file(tmp_path, "Anna;chair;1;1-1-2023;1-1-2027", header="Name;Role;Term;Start;End")
    run_import(governance_file, "rooster", path)
    (member,) = repo.load_rooster(governance_file.db).members
    assert member.role == "voorzitter"


# --- re-import and round trips -------------------------------------------------------------------


def test_reimport_updates_and_creates_no_duplicates(governance_file, tmp_path):
    path = csv_file(tmp_path, "Anna;lid;1;1-1-2023;1-1-2027;;;;", "Bert;lid;1;1-1-2024;1-1-2028;;;;")
    run_import(governance_file, "rooster", path)
    again = run_import(governance_file, "rooster", path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    changed = csv_file(tmp_path, "Anna;lid;1;1-1-2023;1-1-2026;;;anna@example.nl;",
                       "Bert;lid;1;1-1-2024;1-1-2028;;;;", "Bert;lid;2;1-1-2028;1-1-2032;;;;")
    summary = run_import(governance_file, "rooster", changed)
    assert (summary.created, summary.updated, summary.unchanged) == (1, 1, 1)
    rooster = repo.load_rooster(governance_file.db)
    assert len(rooster.members) == 2 and len(rooster.terms) == 3
    anna = next(m for m in rooster.members if m.name == "Anna")
    assert (anna.email, rooster.terms_of(anna.id)[0].end) == ("anna@example.nl", d(2026, 1, 1))


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_round_trips_the_demo(demo_file, tmp_path, suffix):
    source = open_file(demo_file, daily_backup=False)
    target = create_file(tmp_path / "leeg.swtgov", "Stichting Leeg")
    try:
        exported = tmp_path / f"rooster{suffix}"
        count = run_export(source, "rooster", exported)
        assert count == len(repo.load_rooster(source.db).terms) == 10
        again = run_import(source, "rooster", exported)
        assert (again.created, again.updated, again.unchanged) == (0, 0, count)
        summary = run_import(target, "rooster", exported)
        assert (summary.created, summary.unchanged) == (count, 0)
        kind = kind_named("rooster")
        assert kind.export_rows(target.db) == kind.export_rows(source.db)
        row = next(r for r in kind.export_rows(target.db) if r["naam"] == "Marieke van den Berg")
        assert (row["rol"], row["commissies"], row["email"], row["telefoon"]) == (
            "voorzitter", ["Remuneratiecommissie"], "m.vandenberg@example.nl", "06-21436587")
    finally:
        source.close()
        target.close()


def test_an_xlsx_with_real_dates_and_numbers(governance_file, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.title = "rooster"
    sheet.append(["Naam", "Termijn", "Aanvang", "Einde", "Afgetreden"])
    sheet.append(["Anna", 1, d(2023, 1, 1), d(2027, 1, 1), None])
    sheet.append(["Anna", 2.0, "1-1-2027", "1-1-2031", None])
    sheet.append([None, None, None, None, None])
    path = tmp_path / "rooster.xlsx"
    book.save(path)
    summary = run_import(governance_file, "rooster", path)
    assert summary.created == 2
    assert [t.number for t in repo.load_rooster(governance_file.db).terms] == [1, 2]


def test_the_template_has_the_columns_of_the_kind():
    from openpyxl import load_workbook

    from swtgov.services.rooster_import import COLUMNS

    template = Path(__file__).resolve().parents[2] / "resources" / "templates" / "rooster.xlsx"
    book = load_workbook(template, read_only=True)
    header = next(book.worksheets[0].iter_rows(values_only=True))
    book.close()
    assert list(header) == [c.name for c in COLUMNS]
