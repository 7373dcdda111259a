"""The import/export framework, driven through a small test kind.

The real kinds (rooster, risicos) have their own tests; these check the general
contract of import-formats.md: files, encodings, delimiters, headers, every problem
at once, all or nothing, natural keys, round trips.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from swtgov.errors import ImportRejected
from swtgov.services import areas
from tests_support_kind import ThingsKind, things
from swtgov.services.progress import Cancelled
from swtgov.services.transfer import run_export, run_import


@pytest.fixture(autouse=True)
def things_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(areas, "import_kinds", lambda: {"dingen": ThingsKind()})


def write_csv(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8", ";"), ("utf-8-sig", ";"), ("cp1252", ";"), ("utf-8", ","), ("cp1252", ",")],
)
def test_csv_encodings_and_delimiters(governance_file, tmp_path: Path, encoding: str, delimiter: str) -> None:
    d = delimiter
    text = (
        f"Naam{d}Bedrag{d}Datum{d}Actief{d}Labels\n"
        f'Café Zeeën{d}"€ 1.234,56"{d}1 oktober 2026{d}ja{d}"audit, kwaliteit"\n'
        f"Büro{d}-€12.143.000{d}01-10-2026{d}nee{d}\n"
    )
    source = write_csv(tmp_path / "dingen.csv", text, encoding)
    summary = run_import(governance_file, "dingen", source)
    assert (summary.created, summary.updated, summary.rows) == (2, 0, 2)
    stored = things(governance_file.db)
    assert stored["Café Zeeën"] == {
        "naam": "Café Zeeën", "bedrag": 123456, "datum": "2026-10-01", "actief": True, "labels": ["audit", "kwaliteit"],
    }
    assert stored["Büro"]["bedrag"] == -1214300000


def test_header_names_match_loosely_and_in_english(governance_file, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "d.csv", " NAME ;amount;Date\nA;10;2026-01-02\n")
    run_import(governance_file, "dingen", source)
    assert things(governance_file.db)["A"]["bedrag"] == 1000


def test_every_problem_at_once_with_row_and_column_and_nothing_saved(governance_file, tmp_path: Path) -> None:
    before = governance_file.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    source = write_csv(
        tmp_path / "fout.csv",
        "naam;bedrag;datum;actief\n"
        "A;12abc;31-02-2026;ja\n"
        "\n"
        ";10;1-10-26;misschien\n"
        "A;5;1-1-2026;nee\n",
    )
    with pytest.raises(ImportRejected) as caught:
        run_import(governance_file, "dingen", source)
    problems = caught.value.problems
    assert 'rij 2, kolom "bedrag": "12abc" is geen geldig bedrag' in problems
    assert 'rij 2, kolom "datum": "31-02-2026" is geen geldige datum' in problems
    assert 'rij 4, kolom "naam": is leeg, maar verplicht' in problems
    assert any(p.startswith('rij 4, kolom "datum": "1-10-26" heeft een jaartal van twee cijfers') for p in problems)
    assert any(p.startswith('rij 4, kolom "actief": "misschien"') for p in problems)
    assert 'rij 5, kolom "naam": "A" komt ook voor in rij 2' in problems
    assert "De import is geweigerd: 6 problemen gevonden. Er is niets opgeslagen." in str(caught.value)
    assert governance_file.db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == before


def test_unknown_and_missing_columns_are_reported(governance_file, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "d.csv", "naam;bedrg;opmerking\nA;1;x\n")
    with pytest.raises(ImportRejected) as caught:
        run_import(governance_file, "dingen", source)
    problems = caught.value.problems
    assert any(p.startswith('rij 1, kolom "bedrg": is een onbekende kolom; bedoelt u "bedrag"?') for p in problems)
    assert any(p.startswith('rij 1, kolom "opmerking": is een onbekende kolom') for p in problems)
    assert 'kolom "datum": verplichte kolom ontbreekt in de kopregel' in problems


def test_a_forbidden_column_fails_the_whole_import(governance_file, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "d.csv", "naam;datum;Melder\nA;1-1-2026;Jan\n")
    with pytest.raises(ImportRejected, match="dit register is anoniem"):
        run_import(governance_file, "dingen", source)
    assert things(governance_file.db) == {}


def test_reimport_updates_instead_of_duplicating(governance_file, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "d.csv", "naam;bedrag;datum\nA;1;1-1-2026\nB;2;1-1-2026\n")
    run_import(governance_file, "dingen", source)
    again = run_import(governance_file, "dingen", source)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    write_csv(source, "naam;bedrag;datum\nA;1;1-1-2026\nB;3;1-1-2026\n")
    third = run_import(governance_file, "dingen", source)
    assert (third.created, third.updated, third.unchanged) == (0, 1, 1)
    assert len(things(governance_file.db)) == 2


def test_dry_run_writes_nothing(governance_file, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "d.csv", "naam;datum\nA;1-1-2026\n")
    summary = run_import(governance_file, "dingen", source, dry_run=True)
    assert summary.created == 1 and summary.dry_run
    assert "er is niets opgeslagen" in summary.describe()
    assert things(governance_file.db) == {}


def test_cancelling_mid_import_saves_nothing(governance_file, tmp_path: Path) -> None:
    lines = "".join(f"D{n};{n};1-1-2026\n" for n in range(50))
    source = write_csv(tmp_path / "d.csv", "naam;bedrag;datum\n" + lines)

    def progress(done: int, total: int) -> None:
        if done == 25:
            raise Cancelled()

    with pytest.raises(Cancelled):
        run_import(governance_file, "dingen", source, progress=progress)
    assert things(governance_file.db) == {}


def test_xlsx_first_sheet_or_the_named_sheet_with_native_cells(governance_file, tmp_path: Path) -> None:
    book = Workbook()
    book.active.title = "Toelichting"
    book.active.append(["Dit blad wordt overgeslagen"])
    sheet = book.create_sheet("dingen")
    sheet.append(["naam", "bedrag", "datum", "actief"])
    sheet.append(["X", 1234.56, dt.datetime(2026, 10, 1), True])
    sheet.append([None, None, None, None])
    sheet.append(["Y", 7, "1 okt 2026", 0])
    book.save(tmp_path / "d.xlsx")
    summary = run_import(governance_file, "dingen", tmp_path / "d.xlsx")
    assert summary.rows == 2
    stored = things(governance_file.db)
    assert stored["X"]["bedrag"] == 123456 and stored["X"]["datum"] == "2026-10-01"
    assert stored["Y"]["actief"] is False


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_round_trips(governance_file, tmp_path: Path, suffix: str) -> None:
    source = write_csv(
        tmp_path / "d.csv",
        'naam;bedrag;datum;actief;labels\nA;"1.234,56";1-10-2026;ja;"x, y"\nB;-5;2-10-2026;nee;\n',
    )
    run_import(governance_file, "dingen", source)
    before = things(governance_file.db)
    target = tmp_path / f"export{suffix}"
    assert run_export(governance_file, "dingen", target) == 2
    again = run_import(governance_file, "dingen", target)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    assert things(governance_file.db) == before


def test_not_a_spreadsheet(governance_file, tmp_path: Path) -> None:
    from swtgov.errors import SwtgovError

    (tmp_path / "d.pdf").write_bytes(b"%PDF")
    with pytest.raises(SwtgovError, match="gebruik een .xlsx- of .csv-bestand"):
        run_import(governance_file, "dingen", tmp_path / "d.pdf")
    broken = tmp_path / "kapot.xlsx"
    broken.write_bytes(b"geen zip")
    with pytest.raises(SwtgovError, match="kan niet als Excel-bestand worden gelezen"):
        run_import(governance_file, "dingen", broken)
