"""The vergaderpakket (board pack): cover and agenda, then every item's documents, as one PDF.

The engine works on plain inputs (:class:`Pack`): PDF bytes per document, already in
order, generated sections among them. It

1. opens every document with pikepdf and counts its pages;
2. lays out the cover and agenda (:mod:`.front`): the page where each item starts
   depends on how many pages the agenda itself takes, so the rows are placed on pages
   first and drawn second, with the numbers known;
3. merges everything with pikepdf (measured on this machine for 30 × 10 pages: pikepdf
   55 ms, pypdf 126 ms; with stamps 76 ms against 149 ms);
4. stamps every page with "pagina x van y", the pack's title line and the agenda item;
5. writes the outline: one bookmark per item, under it one per document.

``progress(done, total)`` is called as the work goes; it may raise
:class:`~swtgov.services.progress.Cancelled` (or any exception) to stop, and then
nothing is written.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pikepdf

from swtgov import display
from swtgov.errors import SwtgovError
from swtgov.outputs import write_bytes
from swtgov.reports import labels as house_labels
from swtgov.reports.base import current_check_code
from swtgov.reports.meetings import front as front_matter
from swtgov.reports.meetings import labels
from swtgov.reports.meetings.stamp import Bookmark, Stamp, add_outline, stamp_pages

ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True)
class PackDocument:
    """One document in the pack.

    Attributes:
        title: its name in the agenda and the outline.
        pdf: the PDF bytes.
        generated: made by swtgov (previous minutes, rooster snapshot ...): its own
            page numbers are covered by the pack's.
    """

    title: str
    pdf: bytes
    generated: bool = False


@dataclass(frozen=True)
class PackItem:
    """One agenda item and its documents, in order.

    Attributes:
        number: ``"1"``, ``"4a"``.
        title: the item's title.
        kind: ter besluitvorming / ter bespreking / ter informatie (or empty).
        presenter: who introduces it (or empty).
        documents: its documents, in the order they go into the pack.
        changed: its documents changed since the version that was sent.
        margin: the words in the top margin of its pages (default "Agendapunt 4a").
    """

    number: str
    title: str
    kind: str = ""
    presenter: str = ""
    documents: Sequence[PackDocument] = ()
    changed: bool = False
    margin: str = ""

    @property
    def margin_text(self) -> str:
        return self.margin or labels.PACK_STAMP_ITEM.format(number=self.number)


@dataclass(frozen=True)
class Pack:
    """Everything the vergaderpakket shows.

    Attributes:
        organisation: the stichting.
        body: ``Raad van Toezicht`` or the commissie.
        date, start, end, location: the meeting.
        items: the agenda, in order.
        version: this pack's version number (1 for the first).
        made_on: the date printed on the cover.
        sent_version, sent_on: the version that went out before, when there is one;
            the cover then lists the items whose ``changed`` is set.
    """

    organisation: str
    body: str
    date: dt.date
    items: Sequence[PackItem]
    made_on: dt.date
    start: dt.time | None = None
    end: dt.time | None = None
    location: str = ""
    version: int = 1
    sent_version: int | None = None
    sent_on: dt.date | None = None


@dataclass(frozen=True)
class PackLayout:
    """Where things landed: 1-based page numbers, as printed."""

    pages: int
    front_pages: int
    item_pages: dict[str, int | None] = field(default_factory=dict)


def times(start: dt.time | None, end: dt.time | None) -> str:
    """``19:00–21:30 uur``, ``vanaf 19:00 uur`` or empty."""
    if start and end:
        return f"{start:%H:%M}–{end:%H:%M} uur"
    if start:
        return f"vanaf {start:%H:%M} uur"
    return ""


def _open(document: PackDocument, item: PackItem) -> pikepdf.Pdf:
    try:
        return pikepdf.open(io.BytesIO(document.pdf))
    except pikepdf.PasswordError:
        reason = "versleuteld"
    except pikepdf.PdfError:
        reason = "beschadigd of geen PDF"
    raise SwtgovError(labels.PACK_BAD_DOCUMENT.format(name=document.title, number=item.number, reason=reason))


def _front(pack: Pack) -> front_matter.Front:
    when = ", ".join(part for part in (display.date(pack.date), times(pack.start, pack.end)) if part)
    lines = [labels.PACK_PLACE.format(place=pack.location)] if pack.location else []
    lines.append(labels.PACK_VERSION.format(version=pack.version, date=display.date(pack.made_on)))
    changed_heading = changed = ""
    if pack.sent_version is not None:
        sent = {"version": pack.sent_version, "date": display.date(pack.sent_on)}
        touched = [i for i in pack.items if i.changed]
        if touched:
            changed_heading = labels.PACK_CHANGED.format(**sent)
            changed = "; ".join(f"{i.number}. {i.title}" for i in touched)
        else:
            lines.append(labels.PACK_CHANGED_NONE.format(**sent))
    return front_matter.Front(
        organisation=pack.organisation, heading=labels.PACK_HEADING.format(body=pack.body), when=when,
        lines=lines, changed_heading=changed_heading, changed=changed, show_changes=pack.sent_version is not None,
        items=[front_matter.FrontItem(i.number, i.title, i.kind, i.presenter, [d.title for d in i.documents],
                                     i.changed) for i in pack.items],
    )


def _first_pages(counts: Sequence[Sequence[int]], front: int) -> list[int | None]:
    """The 1-based page where each item's documents start, after ``front`` pages."""
    first: list[int | None] = []
    next_page = front + 1
    for item_counts in counts:
        first.append(next_page if sum(item_counts) else None)
        next_page += sum(item_counts)
    return first


def build(pack: Pack, target: Path | None = None, progress: ProgressCallback | None = None) -> bytes:
    """The vergaderpakket as PDF bytes (also written to ``target`` when given)."""
    data, _layout = build_with_layout(pack, target, progress)
    return data


def build_with_layout(pack: Pack, target: Path | None = None,
                      progress: ProgressCallback | None = None) -> tuple[bytes, PackLayout]:
    """:func:`build`, also returning where each item starts."""
    report = progress or (lambda done, total: None)
    total = sum(len(i.documents) for i in pack.items) + 4
    done = 0
    report(done, total)
    opened: list[list[pikepdf.Pdf]] = []
    for item in pack.items:
        opened.append([])
        for document in item.documents:
            opened[-1].append(_open(document, item))
            done += 1
            report(done, total)
    counts = [[len(pdf.pages) for pdf in docs] for docs in opened]

    front_pdf, first = front_matter.build(
        _front(pack), lambda front_count: _first_pages(counts, front_count),
        title=labels.PACK_HEADING.format(body=pack.body), subject=display.date(pack.date))
    front = pikepdf.open(io.BytesIO(front_pdf))
    front_count = len(front.pages)
    pages = {item.number: page for item, page in zip(pack.items, first, strict=True)}
    done += 2
    report(done, total)

    merged = pikepdf.new()
    merged.pages.extend(front.pages)
    stamp_left = labels.PACK_STAMP_LEFT.format(title=labels.PACK_TITLE, body=pack.body, date=display.date(pack.date))
    if code := current_check_code():  # every page of the pack carries the file's controlegetal
        stamp_left += " · " + house_labels.CHECK_CODE.format(code=code)
    page_items: list[tuple[str, bool]] = [("", False)] * front_count
    bookmarks = [Bookmark(labels.PACK_FRONT_BOOKMARK, 0)]
    for item, docs, item_counts in zip(pack.items, opened, counts, strict=True):
        start = pages[item.number]
        mark = Bookmark(labels.PACK_ITEM_BOOKMARK.format(number=item.number, title=item.title),
                        (start - 1) if start else 0)
        for document, pdf, count in zip(item.documents, docs, item_counts, strict=True):
            if count:
                mark.children.append(Bookmark(document.title, len(merged.pages)))
            merged.pages.extend(pdf.pages)
            page_items += [(item.margin_text, document.generated)] * count
        bookmarks.append(mark)

    total_pages = len(merged.pages)
    stamps = [
        Stamp(left=stamp_left, right=house_labels.PAGE_OF.format(page=n, pages=total_pages),
              top=margin, mask_footer=generated)
        for n, (margin, generated) in enumerate(page_items, start=1)
    ]
    stamp_pages(merged, stamps)
    add_outline(merged, bookmarks)
    merged.docinfo["/Title"] = labels.PACK_HEADING.format(body=pack.body) + ", " + display.date(pack.date)
    merged.docinfo["/Author"] = pack.organisation
    merged.docinfo["/Creator"] = "swtgov"
    done += 1
    report(done, total)

    buffer = io.BytesIO()
    # Streams that come compressed stay as they are; the stamps' few bytes are not worth
    # compressing (measured: the save takes a third of the time and the file is smaller).
    merged.save(buffer, compress_streams=False)
    data = buffer.getvalue()
    report(total, total)
    if target is not None:
        write_bytes(Path(target), data, what="Het vergaderpakket")
    return data, PackLayout(pages=total_pages, front_pages=front_count, item_pages=pages)
