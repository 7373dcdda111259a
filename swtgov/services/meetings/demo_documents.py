"""Small fictional PDF documents for the demo's agenda items (made with ReportLab)."""

from __future__ import annotations

import io
import random

_SENTENCES = (
    "De wijkteams hebben in deze periode meer aanmeldingen ontvangen dan begroot.",
    "De wachttijd voor een eerste gesprek is gedaald naar gemiddeld negen werkdagen.",
    "Het ziekteverzuim ligt met 6,1 procent boven de norm van 5,5 procent.",
    "De gemeente heeft de structurele vergoeding voor het komende jaar geïndexeerd.",
    "De inhuur van derden is teruggebracht door de werving van vaste medewerkers.",
    "De clienttevredenheid komt uit op een 7,8; de respons was 34 procent.",
    "Het project Samen in de Wijk wordt in het tweede halfjaar geëvalueerd.",
    "De auditcommissie heeft de stukken vooraf met de controller besproken.",
    "De informatiebeveiliging is verbeterd met tweefactorauthenticatie voor alle medewerkers.",
    "De huisvesting van het team Noord wordt in het voorjaar verplaatst.",
)


def document(title: str, organisation: str, pages: int, seed: int) -> bytes:
    """A PDF of ``pages`` A4 pages: a title on the first, numbered paragraphs on every page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    rng = random.Random(seed)
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, pageCompression=1)
    pdf.setTitle(title)
    pdf.setAuthor(organisation)
    width, height = A4
    for page in range(1, pages + 1):
        y = height - 72
        if page == 1:
            pdf.setFont("Helvetica-Bold", 18)
            pdf.drawString(72, y, title)
            y -= 24
            pdf.setFont("Helvetica", 11)
            pdf.drawString(72, y, organisation)
            y -= 36
        pdf.setFont("Helvetica", 10)
        for paragraph in range(1, 9):
            text = " ".join(rng.choice(_SENTENCES) for _ in range(2))
            pdf.drawString(72, y, f"{page}.{paragraph}  {text[:95]}")
            y -= 16
            pdf.drawString(96, y, text[95:180])
            y -= 28
            if y < 120:
                break
        pdf.setFont("Helvetica", 8)
        pdf.drawString(72, 40, f"{title} - pagina {page} van {pages}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()
