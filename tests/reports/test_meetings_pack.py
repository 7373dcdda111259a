"""The vergaderpakket engine on plain inputs: agenda page numbers, outline, stamps, versions."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pikepdf
import pytest
from meetings_support import pdf_bytes
from pypdf import PdfReader

from swtgov.errors import SwtgovError
from swtgov.reports.meetings.pack import (
    Pack,
    PackDocument,
    PackItem,
    build,
    build_with_layout,
)
from swtgov.reports.meetings.stamp import watermark
from swtgov.services.progress import Cancelled

D = dt.date


def pack(items: list[PackItem], **extra: object) -> Pack:
    values: dict[str, object] = {"organisation": "Stichting Wijkteams Noord", "body": "Raad van Toezicht",
                                     "date": D(2026, 12, 3), "items": items, "made_on": D(2026, 11, 22),
                                     "start": dt.time(19), "end": dt.time(21, 30), "location": "Teamkantoor Noord"}
    values.update(extra)
    return Pack(**values)  # type: ignore[arg-type]


def outline(reader: PdfReader) -> list[tuple[int, str, int]]:
    """(depth, title, 1-based page) of every bookmark, in order."""
    found: list[tuple[int, str, int]] = []

    def walk(nodes: list, depth: int) -> None:  # type: ignore[type-arg]
        for node in nodes:
            if isinstance(node, list):
                walk(node, depth + 1)
            else:
                found.append((depth, node.title, reader.get_destination_page_number(node) + 1))

    walk(reader.outline, 0)
    return found


def standard(documents: dict[str, list[PackDocument]]) -> list[PackItem]:
    titles = ["Opening en vaststellen agenda", "Notulen vorige vergadering", "Jaarrekening 2025",
              "Begroting 2027", "Rondvraag", "Sluiting"]
    return [PackItem(str(n), title, "ter besluitvorming" if n in (3, 4) else "", "",
                     documents.get(str(n), [])) for n, title in enumerate(titles, start=1)]


def test_outline_leads_each_item_and_document_to_its_first_page() -> None:
    items = standard({
        "3": [PackDocument("Jaarrekening", pdf_bytes(3, "Jaarrekening")),
              PackDocument("Accountantsverslag", pdf_bytes(2, "Accountantsverslag"))],
        "4": [PackDocument("Begroting", pdf_bytes(4, "Begroting"))],
    })
    data, layout = build_with_layout(pack(items))
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1 + 3 + 2 + 4 == layout.pages
    assert outline(reader) == [
        (0, "Voorblad en agenda", 1),
        (0, "1. Opening en vaststellen agenda", 1),
        (0, "2. Notulen vorige vergadering", 1),
        (0, "3. Jaarrekening 2025", 2),
        (1, "Jaarrekening", 2),
        (1, "Accountantsverslag", 5),
        (0, "4. Begroting 2027", 7),
        (1, "Begroting", 7),
        (0, "5. Rondvraag", 1),
        (0, "6. Sluiting", 1),
    ]
    # the pages the bookmarks open are the documents' own first pages
    assert "Accountantsverslag - pagina 1" in reader.pages[4].extract_text()
    assert "Begroting - pagina 1" in reader.pages[6].extract_text()


def test_every_page_is_stamped_with_its_number_and_item() -> None:
    items = standard({"3": [PackDocument("Jaarrekening", pdf_bytes(3, "Jaarrekening"))]})
    reader = PdfReader(io.BytesIO(build(pack(items))))
    texts = [page.extract_text() for page in reader.pages]
    for number, text in enumerate(texts, start=1):
        assert f"pagina {number} van 4" in text
        assert "Vergaderpakket Raad van Toezicht, 3 december 2026" in text
    # an attached document's page carries the stamp and its own text
    assert "Jaarrekening - pagina 2" in texts[2] and "Agendapunt 3" in texts[2]
    assert "Agendapunt 3" not in texts[0]  # the front carries no item stamp


def test_agenda_gives_the_page_where_each_item_starts_after_a_long_agenda() -> None:
    # 40 items with documents: the agenda itself takes more than one page, which moves
    # every document; the printed numbers must account for that (the two-pass problem)
    items = [PackItem(str(n), f"Onderwerp {n} over de wijkteams", "ter bespreking", "Directeur-bestuurder",
                      [PackDocument(f"Notitie {n}", pdf_bytes(2, f"Notitie {n}"))]) for n in range(1, 41)]
    data, layout = build_with_layout(pack(items))
    reader = PdfReader(io.BytesIO(data))
    assert layout.front_pages >= 2
    assert layout.item_pages["1"] == layout.front_pages + 1
    assert layout.item_pages["40"] == layout.front_pages + 1 + 39 * 2
    agenda = "\n".join(reader.pages[n].extract_text() for n in range(layout.front_pages))
    # each row reads: number, page, title
    assert f"1\n{layout.front_pages + 1}\nOnderwerp 1 over" in agenda
    assert f"40\n{layout.item_pages['40']}\nOnderwerp 40 over" in agenda
    page_of_40 = reader.pages[layout.item_pages["40"] - 1].extract_text()
    assert "Notitie 40 - pagina 1" in page_of_40 and "Agendapunt 40" in page_of_40
    # the header row is repeated on the agenda's second page
    assert "Agendapunt" in reader.pages[1].extract_text() and "Pagina" in reader.pages[1].extract_text()


def test_cover_shows_version_and_items_changed_since_the_version_sent() -> None:
    items = standard({"3": [PackDocument("Jaarrekening", pdf_bytes(1))]})
    items[2] = PackItem("3", "Jaarrekening 2025", documents=items[2].documents, changed=True)
    text = PdfReader(io.BytesIO(build(pack(items, version=2, sent_version=1, sent_on=D(2026, 11, 20))))).pages[0]
    cover = text.extract_text()
    assert "Versie 2, samengesteld op 22 november 2026" in cover
    assert "Gewijzigd sinds versie 1 (verzonden op 20 november 2026): 3. Jaarrekening 2025" in cover
    assert "Jaarrekening 2025 (gewijzigd)" in cover
    unchanged = PdfReader(io.BytesIO(build(pack(standard({}), version=1, sent_version=1,
                                                     sent_on=D(2026, 11, 20))))).pages[0].extract_text()
    assert "Ongewijzigd sinds versie 1" in unchanged


def test_a_rotated_landscape_document_is_stamped_in_the_readers_corner() -> None:
    source = pikepdf.open(io.BytesIO(pdf_bytes(1, "Liggend")))
    source.pages[0].obj.Rotate = 90
    buffer = io.BytesIO()
    source.save(buffer)
    data = build(pack([PackItem("1", "Bijlage", documents=[PackDocument("Liggend", buffer.getvalue())])]))
    merged = pikepdf.open(io.BytesIO(data))
    last = merged.pages[-1]
    # the stamp's matrix turns reader space into the rotated user space: (0 1 -1 0 x1 y0)
    stamp = last.obj.Contents[-2].read_bytes()
    assert b"0.0000 1.0000 -1.0000 0.0000 595.2756 0.0000 cm" in stamp
    assert "pagina 2 van 2" in PdfReader(io.BytesIO(data)).pages[1].extract_text()


def test_a_generated_section_has_its_own_page_number_covered() -> None:
    from reportlab.platypus import Paragraph

    from swtgov.reports.base import STYLES, ReportMeta, render

    section = render(ReportMeta("Stichting", "Actielijst", D(2026, 11, 22)), [Paragraph("Acties", STYLES["Body"])])
    data = build(pack([PackItem("1", "Acties", documents=[PackDocument("Actielijst", section, generated=True)])]))
    merged = pikepdf.open(io.BytesIO(data))
    content = b"".join(s.read_bytes() for s in merged.pages[1].obj.Contents)
    assert b"1 1 1 rg" in content and b"re f" in content  # the white box over the house footer's number


def test_a_document_that_is_no_pdf_is_refused_in_dutch() -> None:
    items = [PackItem("4", "Begroting", documents=[PackDocument("Begroting 2027", b"%PDF-1.4 kapot")])]
    with pytest.raises(SwtgovError, match='Het stuk "Begroting 2027" bij agendapunt 4 is geen leesbare PDF'):
        build(pack(items))


def test_cancel_stops_the_pack_and_writes_nothing(tmp_path: Path) -> None:
    items = standard({"3": [PackDocument(f"Stuk {n}", pdf_bytes(1)) for n in range(5)]})
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        if done == 3:
            raise Cancelled()

    target = tmp_path / "pakket.pdf"
    with pytest.raises(Cancelled):
        build(pack(items), target, progress)
    assert not target.exists() and not list(tmp_path.iterdir())
    assert calls[-1][0] == 3 and calls[0] == (0, 5 + 4)


def test_progress_reaches_its_total(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    build(pack(standard({"3": [PackDocument("Stuk", pdf_bytes(1))]})), tmp_path / "p.pdf",
          lambda d, t: calls.append((d, t)))
    assert calls[-1] == (5, 5) and [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert (tmp_path / "p.pdf").read_bytes()[:5] == b"%PDF-"


def test_watermark_lies_under_the_text_on_every_page() -> None:
    data = watermark(pdf_bytes(3, "Notulen"), "CONCEPT")
    reader = PdfReader(io.BytesIO(data))
    assert all("CONCEPT" in page.extract_text() for page in reader.pages)
    marked = pikepdf.open(io.BytesIO(data))
    assert b"CONCEPT" in marked.pages[0].obj.Contents[0].read_bytes()  # drawn first: the page's own content lies on top
