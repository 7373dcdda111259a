"""The notulen (minutes) of one meeting as a PDF.

Header: organisation, body, date, time, place; who was present (chair first, then
alphabetically), absent met and zonder kennisgeving, guests, notulist, and the
quorum. Then per agenda item its notes, the members who took no part for a
tegenstrijdig belang, its decisions and new action items; then the besluitenlijst
and the actielijst (items carried over from an earlier meeting marked as such).

Concept minutes carry a large CONCEPT marking on every page (drawn under the text,
so everything stays readable); vastgestelde minutes end with the date of
vaststelling and room for the chair's and the notulist's signatures.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from swtgov import display
from swtgov.outputs import write_bytes
from swtgov.reports.base import (
    INK,
    RULE,
    STYLES,
    ReportMeta,
    content_width,
    escape,
    render,
    table,
)
from swtgov.reports.meetings import labels
from swtgov.reports.meetings.stamp import watermark

#: the frame's own padding on each side (ReportLab's default): a table this much narrower
#: than the text width starts where the paragraphs start
FRAME_PAD = 12


@dataclass(frozen=True)
class MinutesItem:
    """One agenda item as minuted.

    Attributes:
        number, title, kind: as on the agenda ("4a", "Jaarrekening 2025", "ter besluitvorming").
        notes: the verslag (paragraphs separated by blank lines).
        conflicts: sentences about members who took no part (tegenstrijdig belang).
        decisions: ``(number, text)`` of the decisions taken under this item.
        actions: the new action items, as one line each.
    """

    number: str
    title: str
    kind: str = ""
    notes: str = ""
    conflicts: Sequence[str] = ()
    decisions: Sequence[tuple[str, str]] = ()
    actions: Sequence[str] = ()


@dataclass(frozen=True)
class MinutesAction:
    """One row of the actielijst; ``origin`` is the date of the earlier meeting it was carried
    over from, None for an action agreed in this meeting."""

    what: str
    who: str
    due: dt.date | None
    origin: dt.date | None = None
    status: str = ""

    @property
    def carried(self) -> bool:
        return self.origin is not None


@dataclass(frozen=True)
class Minutes:
    """Everything the notulen show (names already in print order)."""

    organisation: str
    body: str
    date: dt.date
    times: str
    location: str
    present: Sequence[str]
    absent_notified: Sequence[str]
    absent_unnotified: Sequence[str]
    guests: Sequence[str]
    secretaries: Sequence[str]
    quorum: str
    items: Sequence[MinutesItem]
    decisions: Sequence[tuple[str, str, str]] = ()  # number, text, item number
    actions: Sequence[MinutesAction] = ()
    approved_on: dt.date | None = None
    chair: str = ""
    notulist: str = ""
    extra: Sequence[str] = field(default_factory=tuple)

    @property
    def is_draft(self) -> bool:
        return self.approved_on is None


def _names(names: Sequence[str]) -> str:
    return ", ".join(names) if names else labels.MINUTES_NOBODY


def _header(minutes: Minutes, width: float) -> Flowable:
    rows = [
        (labels.MINUTES_PRESENT, _names(minutes.present)),
        (labels.MINUTES_ABSENT_MK, _names(minutes.absent_notified)),
        (labels.MINUTES_ABSENT_ZK, _names(minutes.absent_unnotified)),
        (labels.MINUTES_GUESTS, _names(minutes.guests)),
        (labels.MINUTES_NOTULIST, _names(minutes.secretaries)),
    ]
    data = [[Paragraph(escape(k), STYLES["CellBold"]), Paragraph(escape(v), STYLES["Cell"])] for k, v in rows]
    result = Table(data, colWidths=[56 * mm, width - FRAME_PAD - 56 * mm])
    result.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return result


def _paragraphs(text: str) -> list[Flowable]:
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    return [Paragraph(escape(b).replace("\n", "<br/>"), STYLES["Body"]) for b in blocks]


def _item(item: MinutesItem) -> list[Flowable]:
    head = f"{escape(item.number)}. {escape(item.title)}"
    if item.kind:
        head += f' <font size="8.5" color="#5b6472">({escape(item.kind)})</font>'
    story: list[Flowable] = [Paragraph(head, STYLES["Heading2"])]
    story += _paragraphs(item.notes) if item.notes.strip() else [
        Paragraph(f'<font color="#5b6472">{escape(labels.MINUTES_NO_NOTES)}</font>', STYLES["Body"])]
    for sentence in item.conflicts:
        story.append(Spacer(1, 1.5 * mm))
        story.append(Paragraph(f"<i>{escape(sentence)}</i>", STYLES["Body"]))
    for number, text in item.decisions:
        story.append(Spacer(1, 1.5 * mm))
        story.append(Paragraph(f"<b>{escape(labels.MINUTES_DECISION.format(number=number, text=''))}</b>"
                               + escape(text), STYLES["Body"]))
    for line in item.actions:
        story.append(Spacer(1, 1 * mm))
        story.append(Paragraph(escape(line), STYLES["Body"]))
    return [CondPageBreak(25 * mm), *story, Spacer(1, 2 * mm)]


def _kept(heading: str, body: list[Flowable], rows: int) -> list[Flowable]:
    """A heading and its list; a short list stays on one page with its heading rather than
    leave one row behind."""
    story: list[Flowable] = [Paragraph(escape(heading), STYLES["Heading1"]), *body]
    return [CondPageBreak(35 * mm), KeepTogether(story)] if rows <= 12 else [CondPageBreak(35 * mm), *story]


def _decisions(minutes: Minutes, width: float) -> list[Flowable]:
    if not minutes.decisions:
        return _kept(labels.MINUTES_DECISIONS, [Paragraph(escape(labels.MINUTES_DECISIONS_NONE), STYLES["Body"])], 0)
    rows = [[number, text, item] for number, text, item in minutes.decisions]
    header = [labels.MINUTES_COL_NUMBER, labels.MINUTES_COL_DECISION, labels.MINUTES_COL_ITEM]
    return _kept(labels.MINUTES_DECISIONS, [table(header, rows, [22 * mm, width - 42 * mm, 20 * mm])], len(rows))


def _actions(minutes: Minutes, width: float) -> list[Flowable]:
    if not minutes.actions:
        return _kept(labels.MINUTES_ACTIONS, [Paragraph(escape(labels.MINUTES_ACTIONS_NONE), STYLES["Body"])], 0)
    rows = []
    for action in minutes.actions:
        origin = (f"<b>{escape(labels.MINUTES_ORIGIN_EARLIER)}</b><br/>{escape(display.date(action.origin))}"
                  if action.origin else escape(labels.MINUTES_ORIGIN_HERE))
        what = escape(action.what) + (f' <font color="#5b6472">({escape(action.status)})</font>'
                                      if action.status else "")
        rows.append([Paragraph(what, STYLES["Cell"]), action.who, display.date(action.due),
                     Paragraph(origin, STYLES["Cell"])])
    widths = [width - 112 * mm, 36 * mm, 30 * mm, 46 * mm]
    body: list[Flowable] = [table([labels.MINUTES_COL_WHAT, labels.MINUTES_COL_WHO, labels.MINUTES_COL_DUE,
                                   labels.MINUTES_COL_ORIGIN], rows, widths)]
    if any(a.carried for a in minutes.actions):
        body += [Spacer(1, 2 * mm), Paragraph(escape(labels.MINUTES_CARRIED_NOTE), STYLES["Small"])]
    return _kept(labels.MINUTES_ACTIONS, body, len(rows))


def _signatures(minutes: Minutes, width: float) -> list[Flowable]:
    assert minutes.approved_on is not None
    half = (width - FRAME_PAD - 12 * mm) / 2

    def head(role: str, name: str) -> list[Flowable]:
        return [Paragraph(f"<b>{escape(role)}</b>", STYLES["Body"]),
                Paragraph(escape(labels.MINUTES_SIGN_NAME.format(name=name)), STYLES["Body"]),
                Spacer(1, 18 * mm)]

    sign = Paragraph(escape(labels.MINUTES_SIGN_LINE), STYLES["Small"])
    grid = Table([[head(labels.MINUTES_SIGN_CHAIR, minutes.chair), "", head(labels.MINUTES_SIGN_NOTULIST, minutes.notulist)],
                  [sign, "", sign]], colWidths=[half, 12 * mm, half])
    grid.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (0, 0), 0.6, INK),
        ("LINEBELOW", (2, 0), (2, 0), 0.6, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 1), (-1, 1), 2),
    ]))
    return [KeepTogether([
        Spacer(1, 8 * mm),
        Paragraph(f"<b>{escape(labels.MINUTES_APPROVED.format(date=display.date(minutes.approved_on)))}</b>",
                  STYLES["Body"]),
        Spacer(1, 6 * mm),
        grid,
    ])]


def meta_for(minutes: Minutes, generated_on: dt.date) -> ReportMeta:
    """The page frame: organisation, the title with body and date, the time and place."""
    subtitle = ", ".join(p for p in (display.date(minutes.date), minutes.times, minutes.location) if p)
    return ReportMeta(
        organisation=minutes.organisation,
        title=labels.MINUTES_TITLE_BODY.format(body=minutes.body),
        generated_on=generated_on,
        subtitle=subtitle,
    )


def build(minutes: Minutes, generated_on: dt.date, target: Path | None = None) -> bytes:
    """The notulen as PDF bytes (also written to ``target`` when given)."""
    meta = meta_for(minutes, generated_on)
    width = content_width(meta)
    story: list[Flowable] = []
    if minutes.is_draft:
        story.append(Paragraph(f'<font color="#9b1c1c"><b>{escape(labels.MINUTES_CONCEPT_NOTE)}</b></font>',
                               STYLES["Body"]))
        story.append(Spacer(1, 2 * mm))
    story += [_header(minutes, width), Spacer(1, 2.5 * mm), Paragraph(escape(minutes.quorum), STYLES["Body"])]
    story += [Paragraph(escape(line), STYLES["Body"]) for line in minutes.extra]
    story.append(Spacer(1, 3 * mm))
    for item in minutes.items:
        story += _item(item)
    story += _decisions(minutes, width)
    story += _actions(minutes, width)
    if not minutes.is_draft:
        story += _signatures(minutes, width)
    data = render(meta, story)
    if minutes.is_draft:
        data = watermark(data, labels.MINUTES_CONCEPT)
    if target is not None:
        write_bytes(Path(target), data, what="De notulen")
    return data



