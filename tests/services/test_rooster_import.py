"""Import and export of kind ``rooster`` (import-formats.md): every bad input, round trips, re-imports."""

from __future__ import annotations

from datetime import date as d
from pathlib import Path

import pytest
from openpyxl import Workbook

from swtgov.errors import ImportRejected
from swtgov.services.transfer import kind_named, run_export, run_import
from swtgov.store.rooster import repo
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

    from swtgov.services.rooster.columns import COLUMNS

    template = Path(__file__).resolve().parents[2] / "swtgov" / "resources" / "templates" / "rooster.xlsx"
    book = load_workbook(template, read_only=True)
    header = next(book.worksheets[0].iter_rows(values_only=True))
    book.close()
    assert list(header) == [c.name for c in COLUMNS]


# --- review findings: partial files, contact details, one chair, commas ----------------------------


def nl(day: d) -> str:
    return f"{day.day}-{day.month}-{day.year}"


def sitting(years_ago: int = 1) -> tuple[str, str]:
    """A first term that runs today (whatever today is): its start and end as a file writes them."""
    today = d.today()
    start = d(today.year - years_ago, 1, 1)
    return nl(start), nl(d(start.year + 4, 1, 1))


def test_a_file_without_an_afgetreden_column_keeps_recorded_departures(governance_file, tmp_path):
    from swtgov.services.rooster import members as service

    run_import(governance_file, "rooster", csv_file(tmp_path, "Peter;lid;1;1-1-2022;1-1-2026;;;;"))
    (member,) = repo.load_rooster(governance_file.db).members
    with governance_file.change() as audit:
        service.record_departure(audit, member.id, d(2025, 7, 1), "nieuwe functie")
    partial = csv_file(tmp_path, "Peter;lid;1;1-1-2022;1-1-2026", header="naam;rol;termijn;aanvang;einde")
    summary = run_import(governance_file, "rooster", partial)
    assert (summary.created, summary.updated, summary.unchanged) == (0, 0, 1)
    (term,) = repo.load_rooster(governance_file.db).terms
    assert (term.left_on, term.left_reason) == (d(2025, 7, 1), "nieuwe functie")
    # A column that is there but empty does mean: no departure.
    emptied = csv_file(tmp_path, "Peter;lid;1;1-1-2022;1-1-2026;", header="naam;rol;termijn;aanvang;einde;afgetreden")
    summary = run_import(governance_file, "rooster", emptied)
    assert (summary.created, summary.updated, summary.unchanged) == (0, 1, 0)
    (term,) = repo.load_rooster(governance_file.db).terms
    assert (term.left_on, term.left_reason) == (None, "")


def test_email_and_phone_are_checked_like_the_member_dialog(governance_file, tmp_path):
    path = csv_file(tmp_path, "Anna;lid;1;1-1-2023;1-1-2027;;;anna@;12",
                    "Bert;lid;1;1-1-2023;1-1-2027;;;bert@example.nl;bellen")
    assert rejected(governance_file, path) == [
        'rij 2, kolom "email": "anna@" is geen e-mailadres (zoals naam@voorbeeld.nl)',
        'rij 2, kolom "telefoon": "12" is geen telefoonnummer',
        'rij 3, kolom "telefoon": "bellen" is geen telefoonnummer',
    ]


def test_a_second_sitting_chair_is_refused_naming_the_current_one(governance_file, tmp_path):
    from swtgov.domain.rooster.model import message_date

    start, end = sitting()
    run_import(governance_file, "rooster", csv_file(tmp_path, f"Anna;voorzitter;1;{start};{end};;;;",
                                                    f"Carla;vicevoorzitter;1;{start};{end};;;;"))
    before = repo.load_rooster(governance_file.db)
    with pytest.raises(ImportRejected) as info:
        run_import(governance_file, "rooster", csv_file(tmp_path, f"Bert;vz;1;{start};{end};;;;",
                                                        f"Anna;voorzitter;1;{start};{end};;;;",
                                                        f"Dirk;vice-voorzitter;1;{start};{end};;;;"))
    today = message_date(d.today())
    assert info.value.problems == [
        f'rij 2, kolom "rol": Bert wordt voorzitter, maar Anna (rij 3) is op {today} al voorzitter; er is één '
        "voorzitter tegelijk. Geef Anna in dit bestand een andere rol om de rol over te dragen",
        f'rij 4, kolom "rol": Dirk wordt vicevoorzitter, maar Carla is op {today} al vicevoorzitter; er is één '
        "vicevoorzitter tegelijk. Geef Carla in dit bestand een andere rol om de rol over te dragen",
    ]
    assert repo.load_rooster(governance_file.db) == before


def test_two_new_chairs_in_one_file_are_refused(governance_file, tmp_path):
    start, end = sitting()
    path = csv_file(tmp_path, f"Anna;voorzitter;1;{start};{end};;;;", f"Bert;lid;1;{start};{end};;;;",
                    f"Carla;Voorzitter;1;{start};{end};;;;")
    assert rejected(governance_file, path) == [
        'rij 4, kolom "rol": Carla wordt voorzitter, maar Anna wordt in rij 2 ook voorzitter; '
        "er is één voorzitter tegelijk"]


def test_a_file_may_hand_the_chair_over(governance_file, tmp_path):
    from swtgov.domain.rooster.model import role_on

    start, end = sitting()
    run_import(governance_file, "rooster", csv_file(tmp_path, f"Anna;voorzitter;1;{start};{end};;;;"))
    run_import(governance_file, "rooster", csv_file(tmp_path, f"Anna;lid;1;{start};{end};;;;",
                                                    f"Bert;voorzitter;1;{start};{end};;;;"))
    rooster = repo.load_rooster(governance_file.db)
    for day in (d.today(), d(int(start[-4:]), 6, 1)):
        chairs = [m.name for m in rooster.members if role_on(m, rooster.role_changes_of(m.id), day) == "voorzitter"]
        assert len(chairs) == 1, day
    assert {m.name: m.role for m in rooster.members} == {"Anna": "lid", "Bert": "voorzitter"}


def test_a_commissie_name_with_a_comma_cannot_come_back_and_is_reported(governance_file, tmp_path):
    from swtgov.domain.rooster.model import Committee

    with governance_file.change() as audit:  # an old file, from before names with a comma were refused
        repo.insert_committee(audit, Committee(None, "Kwaliteit, veiligheid", "kwaliteit"))
    path = csv_file(tmp_path, 'Anna;lid;1;1-1-2023;1-1-2027;;"Auditcommissie, Kwaliteit, veiligheid";;')
    with pytest.raises(ImportRejected) as info:
        run_import(governance_file, "rooster", path)
    assert info.value.problems == [
        'rij 2, kolom "commissies": noemt de commissie "Kwaliteit, veiligheid", maar een commissienaam met een '
        "komma kan niet worden geïmporteerd: de komma scheidt de commissies. Geef de commissie eerst een naam "
        "zonder komma (Commissies, Wijzigen) en exporteer opnieuw"]
    assert [c.name for c in repo.load_rooster(governance_file.db).committees] == ["Kwaliteit, veiligheid"]
