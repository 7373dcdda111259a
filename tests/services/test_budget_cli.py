"""The budget area end to end on the command line: report, import, export, signals."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from swtgov.cli import main


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_report_for_a_year_and_quarter(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "begroting.pdf"
    assert main(["report", str(demo_file), "begroting", "--year", "2024", "--date", "2026-11-22", "--out", str(out)]) == 0
    text = pdf_text(out)
    assert "Begroting en realisatie 2024" in text and "Tot en met het 4e kwartaal (31 december 2024)" in text
    assert "€ 21.174.600" in text and "€ 21.381.400" in text and "€ 206.800" in text
    out2 = tmp_path / "q2.pdf"
    assert main(["report", str(demo_file), "begroting", "--year", "2026", "--quarter", "2", "--out", str(out2)]) == 0
    assert "Tot en met het 2e kwartaal (30 juni 2026)" in pdf_text(out2)


def test_report_refuses_an_option_it_does_not_know(demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["report", str(demo_file), "begroting", "--public", "--out", str(tmp_path / "x.pdf")])
    assert code != 0
    assert 'Het rapport "begroting" (Begroting en realisatie) kent de optie' in capsys.readouterr().err


def test_seed_sheet_with_an_unquoted_semicolon_is_refused_by_row(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "begroting 2027.csv"
    sheet.write_text(
        "jaar;soort;post;begroting;grootboek\n"
        "2027;baten;Structurele vergoeding gemeente;21.000.000;8000-8099\n"
        "2027;lasten;Huisvesting; energie en schoonmaak;1.500.000;4400-4499\n",
        encoding="cp1252",
    )
    assert main(["import", str(demo_file), "begroting", str(sheet)]) == 1
    err = capsys.readouterr().err
    assert "rij 3: deze rij heeft 6 cellen, de kopregel maar 5; waarschijnlijk bevat een waarde het scheidingsteken" in err
    assert "er is niets opgeslagen" in err.lower()


def test_export_and_import_round_trip(demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "begroting.xlsx"
    assert main(["export", str(demo_file), "begroting", str(target)]) == 0
    capsys.readouterr()
    assert main(["import", str(demo_file), "begroting", str(target)]) == 0
    out = capsys.readouterr().out
    assert "42 rijen gelezen: 0 nieuw, 0 bijgewerkt, 42 ongewijzigd." in out


def test_signals_json(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["signals", str(demo_file), "--date", "2026-11-22", "--json"]) == 0
    signals = [s for s in json.loads(capsys.readouterr().out) if s["area"] == "begroting"]
    assert [(s["code"], s["subject"]) for s in signals] == [
        ("budget_deviation", "Begroting 2026: Projectsubsidies fondsen")
    ]


def test_the_demo_budget_verifies_against_the_audit_log(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", str(demo_file)]) == 0
