"""The PDFs of the confidential registers, drawn from plain figures.

Each function takes a :class:`~swtgov.reports.base.ReportMeta` and the year's
figures (:mod:`swtgov.domain.confidential.figures`) and returns PDF bytes. No
function here receives a description, a subject or a person: the models do not
carry them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from swtgov import display
from swtgov.domain.confidential.figures import (
    BreachFigures,
    CounsellorFigures,
    WhistleblowerFigures,
    masked,
)
from swtgov.domain.confidential.model import UNDESIRABLE_BEHAVIOUR
from swtgov.reports.base import INK, STYLES, ReportMeta, content_width, escape, render, table
from swtgov.reports.confidential import labels as L

_BOLD_RIGHT = ParagraphStyle("CellBoldRight", parent=STYLES["CellBold"], alignment=TA_RIGHT)


@dataclass(frozen=True)
class CounsellorModel:
    """The vertrouwenspersoon report: this year's and last year's figures."""

    figures: CounsellorFigures
    previous: CounsellorFigures
    threshold: int


def _p(text: str, style: str = "Body") -> Paragraph:
    return Paragraph(escape(text), STYLES[style])


def _category_label(category: str) -> str:
    return f"{L.UNDESIRABLE}: {category}" if category in UNDESIRABLE_BEHAVIOUR else category[:1].upper() + category[1:]


def _two_years(rows: Sequence[tuple[str, int]], previous: Sequence[tuple[str, int]], model: CounsellorModel,
               label: str, width: float, total: tuple[int, int] | None = None) -> Flowable:  # fmt: skip
    """A table of counts for the year before and the year, small counts masked."""
    before, n = dict(previous), model.threshold
    data: list[tuple[object, ...]] = [
        (label_of(key), masked(before.get(key, 0), n), masked(count, n)) for key, count in rows
    ]
    extra: list[tuple[object, ...]] = []
    if total is not None:
        data.append((Paragraph(escape(L.TOTAL_REPORTS), STYLES["CellBold"]),
                     *(Paragraph(str(t), _BOLD_RIGHT) for t in total)))  # fmt: skip
        extra = [("LINEABOVE", (0, len(data)), (-1, len(data)), 0.8, INK)]
    year = model.figures.year
    number = min(22 * mm, width / 5)
    return table([label, str(year - 1), str(year)], data, [width - 2 * number, number, number], right=(1, 2),
                 extra_style=extra)  # fmt: skip


def label_of(key: str) -> str:
    """How a category or outcome key reads in a report row."""
    if key == "lopend":
        return L.RUNNING
    return _category_label(key)


def counsellor_tables(model: CounsellorModel, width: float) -> tuple[Flowable, Flowable]:
    """The table per category (with the totals) and the table per outcome."""
    f, p = model.figures, model.previous
    return (
        _two_years(f.by_category, p.by_category, model, L.COL_CATEGORY, width, (p.total, f.total)),
        _two_years(f.by_outcome, p.by_outcome, model, L.COL_OUTCOME, width),
    )


def counsellor_intro(model: CounsellorModel) -> Paragraph:
    f = model.figures
    return _p(L.COUNSELLOR_INTRO.format(comparison=f.comparison,
                                        consultations=display.plural(f.consultations, "gesprek", "gesprekken")))


def counsellor_note(model: CounsellorModel) -> Paragraph:
    n = model.threshold
    return _p(L.COUNSELLOR_NOTE.format(mask=L.MASK_NOTE.format(n=n) if n > 1 else L.NO_MASK), "Small")


def counsellor_story(model: CounsellorModel, width: float) -> list[Flowable]:
    """The vertrouwenspersoon's figures as flowables, one table under the other."""
    by_category, by_outcome = counsellor_tables(model, width)
    return [
        counsellor_intro(model),
        Spacer(1, 3 * mm),
        _p(L.COUNSELLOR_BY_CATEGORY, "Heading2"),
        by_category,
        _p(L.COUNSELLOR_BY_OUTCOME, "Heading2"),
        by_outcome,
        Spacer(1, 3 * mm),
        counsellor_note(model),
    ]


def counsellor(meta: ReportMeta, model: CounsellorModel, target: Path | None = None) -> bytes:
    """The report ``vertrouwenspersoon``: figures only."""
    return render(meta, counsellor_story(model, content_width(meta)), target)


# --- klokkenluiders -----------------------------------------------------------------


def _met(value: bool | None) -> str:
    return L.PENDING if value is None else (L.IN_TIME if value else L.LATE)


def _done(day: dt.date | None, met: bool | None) -> Flowable:
    if day is None:
        text = "—" if met is None else L.LATE
    else:
        text = f"{escape(display.short_date(day))}<br/>{_met(met)}"
    return Paragraph(text, STYLES["Cell"])


def _plural(count: int, words: tuple[str, str]) -> str:
    return display.plural(count, *words)


def whistleblower_verdict(figures: WhistleblowerFigures) -> str:
    """``Alle termijnen zijn gehaald.`` or what was late, and how many still run."""
    if figures.all_deadlines_met:
        head = L.WB_ALL_MET
    else:
        details = []
        if figures.ack_late:
            details.append(L.WB_LATE.format(what=_plural(figures.ack_late, L.WB_ACK_LATE)))
        if figures.feedback_late:
            details.append(L.WB_LATE.format(what=_plural(figures.feedback_late, L.WB_FEEDBACK_LATE)))
        head = L.WB_NOT_MET.format(details=" en ".join(details))
    running = sum(1 for r in figures.rows if r.ack_met is None or (r.feedback_met is None and r.status != "afgerond"))
    return f"{head} {L.WB_RUNNING.format(what=_plural(running, L.WB_MELDING))}" if running else head


def whistleblower_counts(figures: WhistleblowerFigures, width: float, statuses: bool = True) -> Flowable:
    """The key counts: received, acknowledged in time, feedback in time, extended (and per status)."""
    f = figures
    rows = [
        (L.WB_RECEIVED, str(f.received)),
        (L.WB_ACK_IN_TIME, f"{f.ack_in_time} van {f.received}"),
        (L.WB_FEEDBACK_IN_TIME, f"{f.feedback_in_time} van {f.received}"),
        (L.WB_EXTENDED, str(f.extended)),
    ]
    if statuses:
        rows += [(f"Status: {status}", str(count)) for status, count in f.by_status]
    return table([L.WB_COUNTS, L.COL_COUNT], rows, [width - 40 * mm, 40 * mm], right=(1,))


def whistleblower(meta: ReportMeta, figures: WhistleblowerFigures, target: Path | None = None) -> bytes:
    """The report ``klokkenluiders``: counts and whether every deadline was met."""
    width = content_width(meta)
    rows = [
        (str(i), display.short_date(r.received_on), display.short_date(r.ack_deadline),
         _done(r.acknowledged_on, r.ack_met),
         display.short_date(r.feedback_deadline) + (L.EXTENDED if r.extended else ""),
         _done(r.feedback_on, r.feedback_met), r.status)
        for i, r in enumerate(figures.rows, start=1)
    ]  # fmt: skip
    story: list[Flowable] = [
        _p(L.WB_INTRO.format(comparison=figures.comparison) + " " + whistleblower_verdict(figures)),
        Spacer(1, 3 * mm),
        whistleblower_counts(figures, width),
        _p(L.WB_BY_CHANNEL, "Heading2"),
        table([L.COL_CHANNEL, L.COL_COUNT], [(c, str(n)) for c, n in figures.by_channel],
              [width - 40 * mm, 40 * mm], right=(1,)),
    ]  # fmt: skip
    if rows:
        story += [
            _p(L.WB_DEADLINES, "Heading2"),
            table([L.COL_NUMBER, L.COL_RECEIVED, L.COL_ACK_DUE, L.COL_ACK_ON, L.COL_FEEDBACK_DUE,
                   L.COL_FEEDBACK_ON, L.COL_STATUS], rows,
                  [10 * mm, 24 * mm, 24 * mm, 23 * mm, 31 * mm, 33 * mm, width - 145 * mm]),
        ]  # fmt: skip
    story += [Spacer(1, 3 * mm), _p(L.WB_DEADLINES_NOTE, "Small")]
    return render(meta, story, target)


# --- datalekken ---------------------------------------------------------------------


def _ap(notified: bool | None) -> str:
    return L.NO_DECISION if notified is None else (L.YES if notified else L.NO)


def breach_counts(figures: BreachFigures) -> str:
    f = figures
    return L.BREACHES_COUNTS.format(in_time=f.notified_in_time, notified=f.notified, undecided=f.undecided,
                                    special=f.special_data, informed=f.people_informed)  # fmt: skip


def breaches(meta: ReportMeta, figures: BreachFigures, target: Path | None = None) -> bytes:
    """The report ``datalekken`` (marked VERTROUWELIJK): the summary and one row per breach."""
    width = content_width(meta)
    story: list[Flowable] = [_p(figures.summary), Spacer(1, 2 * mm), _p(breach_counts(figures)), Spacer(1, 3 * mm)]
    if figures.rows:
        rows = []
        for r in figures.rows:
            in_time = L.NOT_APPLICABLE if r.in_time is None else (
                L.YES if r.in_time else (L.LATE_WITH_REASON if r.reason_late else L.NO))
            people = display.number(r.people) if r.people is not None else L.UNKNOWN
            when = f"{display.short_date(r.discovered_at.date())}, {r.discovered_at:%H:%M}"
            rows.append((when, r.cause or L.UNKNOWN, people, _ap(r.notified), in_time))
        story.append(table([L.COL_DISCOVERED, L.COL_CAUSE, L.COL_PEOPLE, L.COL_AP, L.COL_IN_TIME], rows,
                           [34 * mm, width - 123 * mm, 27 * mm, 30 * mm, 32 * mm], right=(2,)))  # fmt: skip
    else:
        story.append(_p(L.BREACHES_NONE))
    story += [Spacer(1, 3 * mm), _p(L.BREACHES_NOTE, "Small")]
    return render(meta, story, target)


# --- the pack's section -------------------------------------------------------------


@dataclass(frozen=True)
class PackModel:
    """The aggregate figures the vergaderpakket may show: no rows of any register."""

    counsellor: CounsellorModel
    whistleblower: WhistleblowerFigures
    breaches: BreachFigures


def pack(meta: ReportMeta, model: PackModel, target: Path | None = None) -> bytes:
    """The pack's section: the three registers in figures, nothing per melding."""
    width = content_width(meta)
    half = (width - 6 * mm) / 2
    by_category, by_outcome = counsellor_tables(model.counsellor, half)
    side_by_side = Table([[by_category, by_outcome]], colWidths=[half + 6 * mm, half])
    side_by_side.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (0, 0), 6 * mm), ("RIGHTPADDING", (1, 0), (1, 0), 0)])  # fmt: skip
    b, w = model.breaches, model.whistleblower
    statuses = ", ".join(f"{status} {count}" for status, count in w.by_status)
    story: list[Flowable] = [
        _p(L.PACK_INTRO, "Small"),
        _p(L.PACK_COUNSELLOR, "Heading1"),
        counsellor_intro(model.counsellor),
        Spacer(1, 2 * mm),
        side_by_side,
        Spacer(1, 2 * mm),
        counsellor_note(model.counsellor),
        _p(L.PACK_WHISTLEBLOWER, "Heading1"),
        _p(L.WB_INTRO.format(comparison=w.comparison) + " " + whistleblower_verdict(w)),
        Spacer(1, 2 * mm),
        whistleblower_counts(w, width, statuses=False),
        Spacer(1, 1 * mm),
        _p(L.PACK_STATUSES.format(statuses=statuses), "Small"),
        _p(L.PACK_BREACHES, "Heading1"),
        _p(b.summary),
        Spacer(1, 2 * mm),
        _p(breach_counts(b)),
    ]  # fmt: skip
    return render(meta, story, target)
