"""Benchmark of the meetings area: the vergaderpakket against a bare merge.

A 300-page pack (30 attached PDFs of 10 pages, one per agenda item, plus cover and
agenda) made by :func:`swtgov.reports.meetings.pack.build`, against a bare pikepdf
merge of the same 30 files with "pagina x van y" stamped on every page and one
bookmark per file, saved the way the pack saves (streams that come compressed stay
as they are): the fastest plain way we found (pypdf does the same bare merge several
times slower on this machine; run this file alone to see both). Allowed: 1.5×.

Times are CPU seconds of this process (``time.process_time``): on a shared machine
they wander far less than wall-clock seconds, and the work is single-threaded.

``run()`` is called by ``tests/benchmarks/run.py``; run this file alone to print the row.
"""

from __future__ import annotations

import datetime as dt
import io
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

Row = tuple[str, float, float, float]
DOCUMENTS = 30
PAGES = 10


def attachment(number: int, pages: int = PAGES) -> bytes:
    """A realistic attached document: a text report of ``pages`` pages, made with ReportLab."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    buffer = io.BytesIO()
    styles = getSampleStyleSheet()
    story = []
    for page in range(pages):
        story.append(Paragraph(f"Notitie {number}, pagina {page + 1}", styles["Heading1"]))
        story += [Paragraph("De raad van toezicht bespreekt de kwartaalrapportage en de voortgang van de "
                            "wijkteams in de wijken Noord en Oost. " * 3, styles["BodyText"])] * 12
        story.append(PageBreak())
    SimpleDocTemplate(buffer, pagesize=A4, title=f"Notitie {number}").build(story[:-1])
    return buffer.getvalue()


def bare_merge(documents: list[bytes]) -> bytes:
    """The baseline: merge, one bookmark per file, "pagina x van y" on every page."""
    import pikepdf

    out = pikepdf.new()
    starts = []
    for data in documents:
        starts.append(len(out.pages))
        out.pages.extend(pikepdf.open(io.BytesIO(data)).pages)
    font = out.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                BaseFont=pikepdf.Name.Helvetica))
    save = out.make_stream(b"q\n")
    total = len(out.pages)
    for number, page in enumerate(out.pages, start=1):
        resources = page.obj.Resources
        if "/Font" not in resources:
            resources.Font = pikepdf.Dictionary()
        resources.Font["/F9"] = font
        page.contents_add(save, prepend=True)
        page.contents_add(out.make_stream(b"Q BT /F9 8 Tf 480 14 Td (pagina %d van %d) Tj ET\n" % (number, total)))
    with out.open_outline() as outline:
        outline.root.extend(pikepdf.OutlineItem(f"Stuk {n + 1}", start) for n, start in enumerate(starts))
    buffer = io.BytesIO()
    out.save(buffer, compress_streams=False)
    return buffer.getvalue()


def bare_merge_pypdf(documents: list[bytes]) -> bytes:
    """The same bare merge with pypdf (for the record: why the pack uses pikepdf)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    for number, data in enumerate(documents, start=1):
        start = len(writer.pages)
        writer.append(PdfReader(io.BytesIO(data)))
        writer.add_outline_item(title=f"Stuk {number}", page_number=start)
    font = writer._add_object(DictionaryObject({NameObject("/Type"): NameObject("/Font"),
                                                NameObject("/Subtype"): NameObject("/Type1"),
                                                NameObject("/BaseFont"): NameObject("/Helvetica")}))
    total = len(writer.pages)
    for number, page in enumerate(writer.pages, start=1):
        page["/Resources"].get_object()["/Font"].get_object()[NameObject("/F9")] = font
        stamp = DecodedStreamObject()
        stamp.set_data(b"q\n" + page.get_contents().get_data()
                       + b"\nQ BT /F9 8 Tf 480 14 Td (pagina %d van %d) Tj ET\n" % (number, total))
        page[NameObject("/Contents")] = writer._add_object(stamp)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def compare_libraries(repeats: int = 5) -> tuple[float, float]:
    """Median seconds of the bare merge in pypdf and in pikepdf, interleaved."""
    documents = [attachment(n + 1) for n in range(DOCUMENTS)]
    pypdf_times, pikepdf_times = [], []
    for _ in range(repeats):
        start = time.process_time()
        bare_merge_pypdf(documents)
        pypdf_times.append(time.process_time() - start)
        start = time.process_time()
        bare_merge(documents)
        pikepdf_times.append(time.process_time() - start)
    return statistics.median(pypdf_times), statistics.median(pikepdf_times)


def pack_model(documents: list[bytes]):  # type: ignore[no-untyped-def]
    """A pack of the standard items around one item per document."""
    from swtgov.reports.meetings.pack import Pack, PackDocument, PackItem

    items = [PackItem("1", "Opening en vaststellen agenda")]
    items += [PackItem(str(n + 2), f"Onderwerp {n + 2}: voortgang van de wijkteams",
                       "ter besluitvorming" if n % 3 == 0 else "ter bespreking", "Directeur-bestuurder",
                       [PackDocument(f"Notitie {n + 1}", data)])
              for n, data in enumerate(documents)]
    items += [PackItem(str(len(items) + 1), "Rondvraag"), PackItem(str(len(items) + 2), "Sluiting")]
    return Pack("Stichting Benchmark", "Raad van Toezicht", dt.date(2026, 12, 1), items, dt.date(2026, 11, 22),
                dt.time(19), dt.time(21, 30), "Kantoor Noord", version=2, sent_version=1,
                sent_on=dt.date(2026, 11, 20))


def measure(repeats: int = 11) -> tuple[float, float]:
    """Median seconds of the pack and of the bare merge, measured interleaved."""
    import pikepdf

    from swtgov.reports.meetings.pack import build

    documents = [attachment(n + 1) for n in range(DOCUMENTS)]
    pack = pack_model(documents)
    data = build(pack)  # warm-up: fonts, imports
    assert len(pikepdf.open(io.BytesIO(data)).pages) == DOCUMENTS * PAGES + 2
    bare_merge(documents)
    ours, base = [], []
    for _ in range(repeats):
        start = time.process_time()
        bare_merge(documents)
        base.append(time.process_time() - start)
        start = time.process_time()
        build(pack)
        ours.append(time.process_time() - start)
    return statistics.median(ours), statistics.median(base)


def run(repeats: int = 11) -> list[Row]:
    """The pack row as (name, ours in s, baseline in s, allowed ratio)."""
    ours, base = measure(repeats)
    return [("vergaderpakket 300 pagina's (30 stukken × 10) / kale pikepdf-samenvoeging met nummers en bladwijzers",
             ours, base, 1.5)]


if __name__ == "__main__":
    for name, ours, base, limit in run():
        print(f"{name}: {ours:.3f} s / {base:.3f} s = {ours / base:.2f}× (grens {limit:.1f}×)")
    slow, fast = compare_libraries()
    print(f"kale samenvoeging: pypdf {slow:.3f} s, pikepdf {fast:.3f} s ({slow / fast:.1f}× sneller)")
