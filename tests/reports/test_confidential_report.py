"""The three reports of the registers, read back as text, and the demo's two years."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator

import pytest
from pypdf import PdfReader

from swtgov.errors import SwtgovError
from swtgov.services.confidential import demo, report
from swtgov.store.confidential import repo
from swtgov.store.confidential.schema import create
from swtgov.store.governance import GovernanceFile

TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def gf(governance_file: GovernanceFile) -> Iterator[GovernanceFile]:
    if not repo.has_tables(governance_file.db):  # until services/areas.py lists the area
        create(governance_file.db)
    with governance_file.change() as audit:
        demo.demo(audit, governance_file.db, "normal", TODAY)
    yield governance_file


def text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages)


def test_vertrouwenspersoon_figures_only_small_counts_masked(gf: GovernanceFile) -> None:
    found = text(report.build_counsellor(gf.db, TODAY, generated_on=TODAY))
    assert "Vertrouwenspersoon: jaarcijfers 2026" in found
    assert "Jaar 2026, tot en met 22 november 2026" in found
    assert "8 meldingen, 3 meer dan in 2025. Samen 18 gesprekken." in found
    assert "Ongewenste omgangsvormen: pesten < 5 < 5" in found
    assert "Aantal meldingen 5 8" in found
    assert "Aantallen kleiner dan 5 staan als “< 5”" in found
    assert "VERTROUWELIJK" not in found


def test_vertrouwenspersoon_without_masking(gf: GovernanceFile) -> None:
    from swtgov.store.settings import write_setting

    try:
        with gf.change() as audit:
            write_setting(audit, "vertrouwelijk.mask_below", 0)
    except SwtgovError:  # the area's settings are not installed yet: store the value itself
        with gf.change() as audit:
            audit.insert("settings", {"key": "vertrouwelijk.mask_below", "value": "0"})
    found = text(report.build_counsellor(gf.db, TODAY, generated_on=TODAY))
    assert "Ongewenste omgangsvormen: pesten 2 3" in found
    assert "Alle aantallen staan voluit." in found


def test_datalekken_marked_confidential_with_summary_and_a_row_per_breach(gf: GovernanceFile) -> None:
    found = text(report.build_breaches(gf.db, TODAY, year=2025, generated_on=TODAY))
    assert found.count("VERTROUWELIJK") >= 2  # header and footer
    assert "Register van datalekken 2025" in found
    assert "In 2025 zijn 4 datalekken geregistreerd, waarvan 1 gemeld bij de Autoriteit Persoonsgegevens." in found
    assert "21 aug 2025, 09:00 phishing 187 ja ja" in found
    assert "3 mei 2025, 15:00 verloren of gestolen apparaat 412 nee n.v.t." in found
    assert "Dienstlaptop" not in found  # the description stays in the register


def test_datalekken_late_with_reason_and_undecided(gf: GovernanceFile) -> None:
    found = text(report.build_breaches(gf.db, TODAY, generated_on=TODAY))
    assert "In 2026 zijn 5 datalekken geregistreerd, waarvan 2 gemeld bij de Autoriteit Persoonsgegevens." in found
    assert "Binnen 72 uur gemeld: 1 van 2. Zonder besluit over melden: 1." in found
    assert "nee (reden vastgelegd)" in found
    assert "nog geen besluit" in found


def test_klokkenluiders_counts_and_deadlines(gf: GovernanceFile) -> None:
    last_year = text(report.build_whistleblower(gf.db, TODAY, year="2025", generated_on=TODAY))
    assert "2 meldingen, 2 meer dan in 2024. Niet alle termijnen zijn gehaald: 1 ontvangstbevestiging te laat." in last_year
    assert "Termijn voor terugkoppeling verlengd 1" in last_year
    assert "Vermoeden" not in last_year  # subjects stay in the register
    this_year = text(report.build_whistleblower(gf.db, TODAY, generated_on=TODAY))
    assert "3 meldingen, 1 meer dan in 2025. Alle termijnen zijn gehaald. Bij 2 meldingen loopt een termijn nog." in this_year


def test_a_bad_year_is_a_dutch_message(gf: GovernanceFile) -> None:
    with pytest.raises(SwtgovError, match='"twintig" is geen jaartal; geef een jaar als 2026.'):
        report.build_breaches(gf.db, TODAY, year="twintig")


def test_demo_has_two_years_of_each_register(gf: GovernanceFile) -> None:
    years = lambda days: sorted({d.year for d in days})  # noqa: E731
    assert years(r.reported_on for r in repo.load_counsellor(gf.db)) == [2025, 2026]
    assert years(r.received_on for r in repo.load_whistleblower(gf.db)) == [2025, 2026]
    assert years(b.discovered_on for b in repo.load_breaches(gf.db)) == [2025, 2026]


def test_pack_section_is_one_page_of_figures(gf: GovernanceFile) -> None:
    pdf = report.pack_section(gf.db, TODAY, generated_on=TODAY)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    found = text(pdf)
    assert "Vertrouwelijke registers: kerncijfers 2026" in found
    assert "Stand van de meldingen: ontvangen 1, in behandeling 1, afgerond 1." in found
