"""The rooster PDF: the annual-report table, the timeline, the signals (left out when public)."""

from __future__ import annotations

import io
from datetime import date as d

import pytest
from pypdf import PdfReader
from reportlab.platypus import Table, TableStyle

from swtgov.reports.base import FONT, FONT_BOLD
from swtgov.reports.rooster.table import PlainTable
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


def _reference_table(header: list[str], rows: list[list[str]], widths: list[float], size: float) -> Table:
    """The ReportLab Table the rooster drew its tables with before (same font, leading, paddings)."""
    table = Table([header, *rows], colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, size, size + 2), ("FONT", (0, 0), (-1, 0), FONT_BOLD, size, size + 2),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4), ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]))  # fmt: skip
    return table


@pytest.mark.parametrize("size", [8, 8.5])
def test_the_plain_table_sits_and_splits_as_a_reportlab_table(size: float) -> None:
    # The rooster's tables are one lean flowable; a page must look as it did with a
    # ReportLab Table: the same row heights and positions, the same rows on every page.
    header = ["Naam", "Aan- en aftreden", "Termijn"]
    rows = [[f"Lid {n}", "Benoemd per 1 oktober 2026" + "\nAftreden per 1 oktober 2030" * (n % 3), "" if n % 4 else "x"]
            for n in range(40)]  # fmt: skip
    widths = [177.5, 187.4, 128.2]
    ours, table = PlainTable(header, rows, widths, size), _reference_table(header, rows, widths, size)
    assert ours.wrap(500, 800) == table.wrap(500, 800)
    assert ours.tops == table._rowpositions
    exactly = [sum([ours.head_height, *ours.heights[:rows_on_page]]) for rows_on_page in (3, 7)]
    for room in (20, 40, 150, 333.3, 600, *exactly, *(r - 0.01 for r in exactly)):
        mine, theirs = [ours], [table]
        while len(mine) == len(theirs) == 1 and mine[0].height > room:
            mine, theirs = mine[0].split(500, room), theirs[0].split(500, room)
            assert [len(part.rows) for part in mine] == [len(part._cellvalues) - 1 for part in theirs]
            if len(mine) == 2:
                mine[1].wrap(500, room)
                theirs[1].wrap(500, room)
                assert mine[1].tops == theirs[1]._rowpositions
                mine, theirs = mine[1:], theirs[1:]

