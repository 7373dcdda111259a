"""The rooster PDF: the annual-report table, the timeline, the signals (left out when public)."""

from __future__ import annotations

import io
from datetime import date as d

import pytest
from pypdf import PdfReader

from swtgov.services import areas
from swtgov.services.reports import build_report
from swtgov.services.rooster.members import load_rules
from swtgov.services.rooster.report import report_data
from swtgov.store.rooster import repo
from swtgov.store.governance import open_file

AS_OF = d(2026, 11, 22)


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture
def demo(demo_file):
    gf = open_file(demo_file, daily_backup=False)
    yield gf
    gf.close()


def test_the_report_kind_is_registered_first_after_the_overview():
    kinds = areas.report_kinds()
    assert kinds["rooster"].title == "Rooster van aan- en aftreden"
    assert list(kinds)[:2] == ["signalen", "rooster"]


def test_the_report_model_lists_the_board_chair_first(demo):
    data = report_data(repo.load_rooster(demo.db), load_rules(demo.db), AS_OF)
    assert [line.name for line in data.lines] == [
        "Marieke van den Berg (VZ)", "Hans Verhoeven (VVZ)", "Fatima El Amrani", "Sanne de Wit", "Thomas Bakker"]
    chair = data.lines[0]
    assert (chair.appointed, chair.departure, chair.term_label, chair.note) == (
        d(2019, 3, 1), d(2027, 3, 1), "Tweede termijn", "niet herbenoembaar")
    assert data.lines[2].note == "herbenoembaar"
    assert [r.name for r in data.timeline.rows if r.clustered] == [
        "Hans Verhoeven", "Fatima El Amrani", "Sanne de Wit", "Thomas Bakker"]
    assert len(data.signals) == 5


def test_the_pdf_has_the_table_dates_and_signals(demo, tmp_path):
    target = tmp_path / "rooster.pdf"
    pdf = build_report(demo.db, "rooster", target, as_of=AS_OF)
    assert target.read_bytes() == pdf
    text = text_of(pdf)
    for expected in ("Rooster van aan- en aftreden", "Peildatum: 22 november 2026", "Naam", "Aan- en aftreden",
                     "Termijn", "Marieke van den Berg (VZ)", "Hans Verhoeven (VVZ)", "Tweede termijn",
                     "Eerste termijn", "Benoemd per 1 maart 2019", "Aftredend per 1 maart 2027",
                     "Aftredend per 1 juli 2028", "niet herbenoembaar", "Tijdlijn", "gelijktijdig aftreden",
                     "maximale zittingsduur", "peildatum (22 november 2026)", "Signalen",
                     "In het derde kwartaal van 2028 treden 3 leden af", "Kwaliteitscommissie telt 1 zittend lid"):
        assert expected in text, expected
    assert "Peter Jansen" not in text  # left more than a year before the peildatum


def test_the_public_version_leaves_the_signals_out(demo):
    text = text_of(build_report(demo.db, "rooster", None, as_of=AS_OF, public=True))
    assert "Marieke van den Berg (VZ)" in text and "Tweede termijn" in text
    assert "Signalen" not in text
    assert "start werving" not in text and "Kwaliteitscommissie telt" not in text
    assert "gelijktijdig aftreden" not in text and "maximale zittingsduur" in text


def test_a_recent_departure_is_listed_apart(demo):
    text = text_of(build_report(demo.db, "rooster", None, as_of=d(2026, 3, 1)))
    assert "Afgetreden in de afgelopen twaalf maanden" in text
    assert "Afgetreden per 1 juli 2025" in text


def test_an_empty_file_gives_a_readable_report(governance_file):
    text = text_of(build_report(governance_file.db, "rooster", None, as_of=AS_OF))
    assert "Er zijn op deze datum geen zittende leden." in text
    assert "De raad telt 0 zittende leden; het minimum is 3." in text


def test_the_large_demo_renders(tmp_path):
    from swtgov.services.demo import create_demo

    gf = create_demo(tmp_path / "large.swtgov", "large", today=AS_OF)
    try:
        rooster = repo.load_rooster(gf.db)
        assert len(rooster.members) > 200 and len(rooster.terms) > 250
        text = text_of(build_report(gf.db, "rooster", None, as_of=AS_OF))
        assert "Marieke van den Berg (VZ)" in text
    finally:
        gf.close()
