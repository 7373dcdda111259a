"""The frame every report shares: font, header, footer, confidentiality, determinism."""

from __future__ import annotations

import datetime as dt
import io
import random

from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph

from swtgov.domain.signals import ItemRef, Severity, Signal
from swtgov.reports import signals as signals_report
from swtgov.reports.base import FONT, FONT_DIR, STYLES, ReportMeta, render

META = ReportMeta(
    organisation="Stichting Wijkteams Voorbeeldstad",
    title="Proefrapport",
    generated_on=dt.date(2026, 10, 1),
    subtitle="Peildatum: 1 oktober 2026",
)


def text_of(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_euro_and_diaeresis_survive_and_pages_are_numbered() -> None:
    story = [Paragraph("Begroting € 21.174.600 voor de coördinatie van één team.", STYLES["Body"]), PageBreak(),
             Paragraph("Tweede pagina", STYLES["Body"])]
    pages = text_of(render(META, story))
    assert len(pages) == 2
    assert "€ 21.174.600" in pages[0] and "coördinatie" in pages[0] and "één" in pages[0]
    assert "pagina 1 van 2" in pages[0] and "pagina 2 van 2" in pages[1]
    assert "Gegenereerd op 1 oktober 2026" in pages[1]
    assert "Stichting Wijkteams Voorbeeldstad" in pages[1] and "Proefrapport" in pages[1]
    assert "VERTROUWELIJK" not in pages[0]


def test_confidential_marking_and_embedded_font() -> None:
    meta = ReportMeta("Stichting X", "Register", dt.date(2026, 10, 1), confidential=True)
    pdf = render(meta, [Paragraph("inhoud", STYLES["Body"])])
    assert "VERTROUWELIJK" in text_of(pdf)[0]
    fonts = {str(f) for page in PdfReader(io.BytesIO(pdf)).pages for f in page["/Resources"]["/Font"].values()}
    assert fonts  # the TTF is embedded as a subset
    assert b"DejaVuSans" in pdf


def test_output_is_deterministic() -> None:
    story = [Paragraph("Zelfde invoer, zelfde bytes.", STYLES["Body"])]
    assert render(META, story) == render(META, story)


class _Document:
    """Stands in for the PDF document a font keeps its subset codes for."""


def test_the_house_font_encodes_text_as_reportlab_does() -> None:
    # The registered font takes a quicker road for text whose characters it has seen;
    # the bytes and the subset codes it hands out must be ReportLab's own, whatever comes.
    ours = pdfmetrics.getFont(FONT)
    reference = TTFont("Reference", str(FONT_DIR / "DejaVuSans.ttf"))
    plain = [*"Raad van toezicht 0123456789,.()-", "\t", "\x7f"]
    dutch = [*plain, *"ëéï€–·•", "\xa0"]
    wide = [*dutch, *map(chr, range(0x100, 0x100 + 300)), "中"]  # past the first subset, and no glyph
    edges = ["", "Naam", "\t", "a\tb", "\x7f", "café", "\xa0", "1\xa0000", "Naam", "café", "中"]
    rnd = random.Random(3)
    for pool in (plain, dutch, wide) * 5:
        doc, reference_doc = _Document(), _Document()
        texts = edges + ["".join(rnd.choice(pool) for _ in range(rnd.randint(0, 25))) for _ in range(300)]
        for text in texts:
            assert ours.splitString(text, doc) == reference.splitString(text, reference_doc), repr(text)
        assert ours.state[doc].assignments == reference.state[reference_doc].assignments


def test_signals_report_groups_by_severity() -> None:
    signals = [
        Signal("rooster", Severity.WARNING, "term_expiring", "Anna de Vries", "Termijn loopt af: start herbenoemingsgesprek.",
               dt.date(2027, 3, 1), ItemRef("rooster", "member", 1)),
        Signal("risicos", Severity.CRITICAL, "above_appetite", "R-03 Datalek", "Netto score 16 boven bereidheid 6.",
               dt.date(2026, 9, 30)),
    ]
    text = "\n".join(text_of(signals_report.build(META, signals, {"rooster": "Leden en rooster"})))
    assert text.index("Kritiek (1)") < text.index("Waarschuwing (1)")
    flat = " ".join(text.split())
    assert "1 maart 2027" in flat and "R-03 Datalek" in flat and "Leden en rooster" in flat
    empty = "\n".join(text_of(signals_report.build(META, [], {})))
    assert "Er zijn op deze datum geen signalen." in empty
