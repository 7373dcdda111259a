"""The risicorapportage: its model, the matrix layout, and the PDF's text."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from swtgov.cli import main
from swtgov.reports.risks.matrix import layout_codes
from swtgov.services.risks.report import build, report_model
from swtgov.store.governance import open_file

AS_OF = dt.date(2026, 11, 22)
GENERATED = dt.date(2026, 11, 23)


@pytest.fixture
def demo_db(demo_file: Path):  # type: ignore[no-untyped-def]
    gf = open_file(demo_file, read_only=True, daily_backup=False)
    yield gf.db
    gf.close()


def pdf_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def test_the_model_orders_and_counts_the_register(demo_db) -> None:  # type: ignore[no-untyped-def]
    model = report_model(demo_db, AS_OF)
    assert [e.risk.code for e in model.above_appetite()] == ["R-01", "R-05", "R-08", "R-13", "R-06"]
    assert [(e.risk.code, e.netto) for e in model.by_netto()[:3]] == [("R-01", 16), ("R-02", 12), ("R-05", 12)]
    netto = model.matrix_cells("netto")
    assert netto[(4, 4)] == ["R-01"] and netto[(3, 3)] == ["R-03", "R-04", "R-07"]
    assert sum(len(c) for c in netto.values()) == 13  # R-14 is gesloten
    assert model.matrix_cells("bruto")[(4, 5)] == ["R-01", "R-05"]
    assert model.overdue_measures() == 4
    moved = {m.risk.code: (m.previous_score, m.current_score, m.trend) for m in model.movements if m.trend != "="}
    assert moved == {"R-01": (9, 16, "↑"), "R-02": (8, 12, "↑"), "R-08": (9, 12, "↑"), "R-03": (12, 9, "↓")}


def test_the_pdf_reads_in_dutch_with_codes_and_arrows(demo_db) -> None:  # type: ignore[no-untyped-def]
    pages = pdf_text(build(demo_db, AS_OF, generated_on=GENERATED))
    text = "\n".join(pages)
    flat = " ".join(text.split())  # lines wrap where the page is full
    assert pages[0].startswith("Risicorapportage\nPeildatum: 22 november 2026")
    assert "Stichting Wijkteams Voorbeeldstad" in pages[0] and "pagina 1 van 3" in pages[0]
    for expected in (
        "Risicorapportage",
        "Peildatum: 22 november 2026",
        "Het register telt 14 risico's, waarvan 13 niet gesloten.",
        "Boven de risicobereidheid: 5. Te late beheersmaatregelen: 4.",
        "Risicomatrix bruto (vóór beheersmaatregelen)",
        "Risicomatrix netto (na beheersmaatregelen)",
        "vrijwel zeker", "zeer ernstig", "zeer hoog · 25",
        "Risicoregister, hoogste netto score eerst",
        "Datalek met gegevens van cliënten",
        "uiterlijk 28 september 2026 (te laat)",
        "↑ hoger", "↓ lager",
        "Bewegingen sinds het vorige kwartaal",
        "Gelijk gebleven (=): R-04, R-05, R-06, R-07, R-09, R-10, R-11, R-12, R-13.",
        "Gegenereerd op 23 november 2026",
    ):
        assert expected in flat, expected
    assert "R-14" in text  # closed, but in the register
    above = text.index("Boven de risicobereidheid\n")
    register = text.index("Risicoregister, hoogste")
    assert above < register < text.index("Bewegingen sinds")
    assert text.index("R-01", register) < text.index("R-02", register) < text.index("R-14", register)


def test_dates_are_written_in_full_and_fit_the_beoordeeld_column(demo_db) -> None:  # type: ignore[no-untyped-def]
    from swtgov import display
    from swtgov.reports.risks.register import COLUMNS, NUMBER, PAD
    from swtgov.reports.textlines import text_width

    flat = " ".join("\n".join(pdf_text(build(demo_db, AS_OF, generated_on=GENERATED))).split())
    months = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
    assert re.search(rf"uiterlijk \d{{1,2}} ({months}) 2026", flat) and "15 oktober 2026" in flat
    for short in ("jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "okt", "nov", "dec"):
        assert f" {short} 202" not in flat and f" {short}. 202" not in flat, short
    widest = max(text_width(display.date(dt.date(2026, m, 28)), NUMBER.font, NUMBER.size) for m in range(1, 13))
    assert COLUMNS[-1].width >= widest + 2 * PAD


def test_the_pdf_is_deterministic(demo_db) -> None:  # type: ignore[no-untyped-def]
    assert build(demo_db, AS_OF, generated_on=GENERATED) == build(demo_db, AS_OF, generated_on=GENERATED)


def test_an_earlier_peildatum_shows_the_register_as_it_was(demo_db) -> None:  # type: ignore[no-untyped-def]
    model = report_model(demo_db, dt.date(2026, 9, 1))
    r01 = next(e for e in model.entries if e.risk.code == "R-01")
    assert (r01.netto, r01.last_assessed) == (9, dt.date(2026, 7, 15))
    assert all(m.trend == "=" for m in model.movements if m.risk.code != "R-12")


@pytest.mark.parametrize("count", [1, 5, 15, 40])
def test_codes_that_do_not_fit_end_in_plus_n(count: int) -> None:
    import swtgov.reports.base  # noqa: F401 - registers the font

    codes = [f"R-{n:02d}" for n in range(1, count + 1)]
    lines = layout_codes(codes, [60, 75, 75], 6.8)
    shown = [word for line in lines for word in line.split("\x00")[0].split()]
    more = [line.split("\x00")[1] for line in lines if "\x00" in line]
    hidden = int(more[0][1:]) if more else 0
    assert len(shown) + hidden == count
    assert [w.rstrip(",") for w in shown] == codes[: len(shown)]
    assert bool(more) == (count > len(shown))
    if count == 15:
        assert more == [f"+{15 - len(shown)}"] and len(shown) >= 6


def test_the_cli_writes_the_report(demo_file: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "risicos.pdf"
    assert main(["report", str(demo_file), "risicos", "--out", str(target), "--date", "2026-11-22"]) == 0
    assert capsys.readouterr().out.strip() == f"Rapport geschreven: {target}"
    assert "Peildatum: 22 november 2026" in pdf_text(target.read_bytes())[0]
