"""The begroting report: its model, the order of its sections, and the PDF's Dutch text."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from budget_support import TODAY, add_year, budget_db, line
from pypdf import PdfReader

from swtgov.errors import SwtgovError
from swtgov.reports.budget.report import overview_rows
from swtgov.services.budget.demo import demo
from swtgov.services.budget.report import build, report_model

GENERATED = dt.date(2026, 11, 23)


@pytest.fixture
def gf(governance_file):  # type: ignore[no-untyped-def]
    budget_db(governance_file)
    with governance_file.change() as audit:
        demo(audit, governance_file.db, "normal", TODAY)
    return governance_file


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_overview_rows_have_groups_and_totals(gf) -> None:  # type: ignore[no-untyped-def]
    model = report_model(gf.db, TODAY, 2024, 4)
    assert model is not None
    rows, headings, totals = overview_rows(model.overview)
    assert [rows[i - 1][0] for i in headings] == ["Baten", "Lasten", "Mutaties bestemmingsreserves"]
    assert [(rows[i - 1][0], rows[i - 1][1]) for i in totals] == [
        ("Som der baten", "€ 21.174.600"),
        ("Som der lasten", "€ 21.381.400"),
        ("Resultaat", "-€ 206.800"),
        ("Mutaties reserves", "€ 206.800"),
        ("Resultaat na bestemming", "€ 0"),
    ]


def test_pdf_has_flagged_lines_first_then_overview_chart_and_prognose(gf) -> None:  # type: ignore[no-untyped-def]
    text = pdf_text(build(gf.db, TODAY, year=2026, generated_on=GENERATED))
    assert "Begroting en realisatie 2026" in text
    assert "Tot en met het 3e kwartaal (30 september 2026) · peildatum 22 november 2026" in text
    assert "Begroting vastgesteld door de RvT op" in text
    order = [
        text.index("Afwijkingen boven de drempel"),
        text.index("Projectsubsidies fondsen (baten) — toelichten"),
        text.index("Toelichting ontbreekt."),
        text.index("Inhuur derden (lasten) — toegelicht"),
        text.index("Inhuur bij langdurig verzuim"),
        text.index("Overzicht per post"),
        text.index("Som der baten"),
        text.index("Resultaat na bestemming\n € 0"),
        text.index("Begroting en realisatie tot en met het 3e kwartaal"),
        text.rindex("Prognose\nPost"),
    ]
    assert order == sorted(order)
    assert "€ 22.639.000" in text  # som der baten 2026
    assert "Gegenereerd op 23 november 2026" in text


def test_quarter_option_and_year_without_budget(gf) -> None:  # type: ignore[no-untyped-def]
    text = pdf_text(build(gf.db, TODAY, year="2025", quarter="2", generated_on=GENERATED))
    assert "Tot en met het 2e kwartaal (30 juni 2025)" in text
    assert "Er is geen begroting voor 2031 vastgelegd." in pdf_text(build(gf.db, TODAY, year=2031, generated_on=GENERATED))
    with pytest.raises(SwtgovError, match="De optie --quarter moet tussen 1 en 4 liggen, niet 5."):
        build(gf.db, TODAY, year=2026, quarter=5)


def test_incomplete_quarter_is_said(governance_file) -> None:  # type: ignore[no-untyped-def]
    add_year(governance_file, 2026, [line("lasten", "Salarissen", 1_000_000, actuals=(250_000, None, None, None))])
    text = pdf_text(build(governance_file.db, TODAY, year=2026, quarter=2, generated_on=GENERATED))
    assert "de realisatie van het 2e kwartaal ontbreekt nog" in text
    assert "De vaststelling van deze begroting door de RvT is niet vastgelegd." in text
