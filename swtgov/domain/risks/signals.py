"""The risk register as of a date: current assessments, trends, heatmap, signals.

Every function that takes all assessments groups them by ``risk_id`` once, so the
work grows with the number of assessments, never with risks × assessments.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple, TypeVar

from dateutil.relativedelta import relativedelta

from swtgov.domain.risks.model import LEVELS, Assessment, Measure, Risk, Which
from swtgov.domain.risks.rules import Band, RiskRules
from swtgov.domain.signals import ItemRef, Severity, Signal, sort_signals
from swtgov.domain.values import message_date

AREA = "risicos"
TREND_UP = "↑"  # the score went up: worse
TREND_DOWN = "↓"  # the score went down: better
TREND_SAME = "="
TREND_NONE = ""  # no assessment in an earlier quarter to compare with

T = TypeVar("T", Assessment, Measure)


def group_by_risk(items: Iterable[T]) -> dict[int | None, list[T]]:
    """Assessments or measures by ``risk_id``, in one pass; the order within is kept."""
    groups: dict[int | None, list[T]] = defaultdict(list)
    for item in items:
        groups[item.risk_id].append(item)
    return dict(groups)


def _order(a: Assessment) -> tuple[dt.date, int]:
    # Two assessments on one day: the one saved later (higher id) counts.
    return (a.assessed_on, a.id if a.id is not None else -1)


def _quarter(day: dt.date) -> tuple[int, int]:
    return (day.year, (day.month - 1) // 3)


def latest_assessment(assessments: Iterable[Assessment], as_of: dt.date) -> Assessment | None:
    """The latest assessment (of one risk) dated on or before ``as_of``, or None.

    Assessments dated after ``as_of`` are ignored, so a report as of an earlier
    date shows the register as it was then. On one day the higher id wins.
    """
    best: Assessment | None = None
    for a in assessments:
        if a.assessed_on <= as_of and (best is None or _order(a) > _order(best)):
            best = a
    return best


def previous_assessment(assessments: Iterable[Assessment], as_of: dt.date) -> Assessment | None:
    """The assessment the current one is compared with, for the quarterly trend.

    The current one is :func:`latest_assessment`; the previous one is the latest
    assessment dated in an earlier calendar quarter than the current one's, so
    several re-assessments within one quarter count as one step.
    """
    items = [a for a in assessments if a.assessed_on <= as_of]
    current = latest_assessment(items, as_of)
    return None if current is None else _previous_of(items, current)


def _previous_of(history: Iterable[Assessment], current: Assessment) -> Assessment | None:
    """The latest assessment dated in a calendar quarter before ``current``'s."""
    quarter = _quarter(current.assessed_on)
    best: Assessment | None = None
    for a in history:
        if _quarter(a.assessed_on) < quarter and (best is None or _order(a) > _order(best)):
            best = a
    return best


def trend(current: Assessment, previous: Assessment | None, which: Which = "netto") -> str:
    """``"↑"`` when the score went up (worse), ``"↓"`` down, ``"="`` equal.

    Returns ``""`` (:data:`TREND_NONE`) when there is no previous assessment.
    """
    now = current.score_for(which)
    if previous is None:
        return TREND_NONE
    before = previous.score_for(which)
    return TREND_UP if now > before else TREND_DOWN if now < before else TREND_SAME


def latest_by_risk(assessments: Iterable[Assessment], as_of: dt.date) -> dict[int | None, Assessment]:
    """The current assessment of every risk, by ``risk_id``, in one pass."""
    latest: dict[int | None, Assessment] = {}
    for a in assessments:
        if a.assessed_on <= as_of:
            best = latest.get(a.risk_id)
            if best is None or _order(a) > _order(best):
                latest[a.risk_id] = a
    return latest


@lru_cache(maxsize=8192)
def code_sort_key(code: str) -> tuple[tuple[int, int, str], ...]:
    """Natural order for risk codes: ``R-2`` before ``R-10`` (cached: registers re-sort often)."""
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part.casefold())
        for part in re.split(r"(\d+)", code)
        if part
    )


@dataclass(frozen=True)
class RegisterEntry:
    """One row of the register as of a date: what the table and the report show.

    ``current``/``previous`` are None when there is no such assessment; then the
    scores, band and trend are None/``""`` too.
    """

    risk: Risk
    current: Assessment | None
    previous: Assessment | None
    band: Band | None
    above_appetite: bool
    trend: str

    @property
    def bruto(self) -> int | None:
        return self.current.bruto if self.current else None

    @property
    def netto(self) -> int | None:
        return self.current.netto if self.current else None

    @property
    def last_assessed(self) -> dt.date | None:
        return self.current.assessed_on if self.current else None


def register_entries(
    risks: Iterable[Risk], assessments: Iterable[Assessment], rules: RiskRules, as_of: dt.date
) -> list[RegisterEntry]:
    """Every risk, in the given order, with its current and previous assessment.

    ``band`` is the band of the netto score; ``trend`` compares netto scores.
    """
    by_risk = group_by_risk(assessments)
    entries = []
    for risk in risks:
        history = by_risk.get(risk.id, [])
        current = latest_assessment(history, as_of)
        previous = _previous_of(history, current) if current else None
        entries.append(
            RegisterEntry(
                risk=risk,
                current=current,
                previous=previous,
                band=rules.band_for(current.netto) if current else None,
                above_appetite=rules.is_above_appetite(risk, current),
                trend=trend(current, previous) if current else TREND_NONE,
            )
        )
    return entries


def heatmap_cells(
    risks_with_assessment: Iterable[tuple[Risk, Assessment | None]],
    which: Which = "netto",
) -> dict[tuple[int, int], list[str]]:
    """The 5×5 heatmap: ``(kans, impact)`` → codes of the risks in that cell.

    All 25 cells are present (an empty one holds ``[]``); codes are in natural
    order. A risk without an assessment has no cell and is left out; which risks
    to show (e.g. not the closed ones) is the caller's choice.
    """
    cells: dict[tuple[int, int], list[str]] = {(k, i): [] for k in LEVELS for i in LEVELS}
    for risk, assessment in risks_with_assessment:
        if assessment is not None:
            cells[assessment.cell(which)].append(risk.code)
    for codes in cells.values():
        codes.sort(key=code_sort_key)
    return cells


class Movement(NamedTuple):
    """One line of the quarter-on-quarter section; ``previous_score`` None = new."""

    risk: Risk
    previous_score: int | None
    current_score: int
    trend: str


def movements(
    risks: Iterable[Risk],
    assessments: Iterable[Assessment],
    as_of: dt.date,
    which: Which = "netto",
    include_closed: bool = False,
) -> list[Movement]:
    """Every assessed risk with its score now and in the previous quarter.

    Risks without an assessment on or before ``as_of`` are left out, closed ones
    too unless ``include_closed``. Highest current score first, then by code.
    """
    by_risk = group_by_risk(assessments)
    result: list[Movement] = []
    for risk in risks:
        if risk.is_closed and not include_closed:
            continue
        history = by_risk.get(risk.id, [])
        current = latest_assessment(history, as_of)
        if current is None:
            continue
        previous = previous_assessment(history, as_of)
        before = previous.score_for(which) if previous else None
        result.append(Movement(risk, before, current.score_for(which), trend(current, previous, which)))
    result.sort(key=lambda m: (-m.current_score, code_sort_key(m.risk.code)))
    return result


# --- signals ---------------------------------------------------------------

def _signal(risk: Risk, severity: Severity, code: str, message: str, date: dt.date | None) -> Signal:
    return Signal(AREA, severity, code, risk.label, message, date, ItemRef(AREA, "risk", risk.id))


def _above_appetite(risk: Risk, current: Assessment | None, rules: RiskRules) -> Signal | None:
    if current is None or not rules.is_above_appetite(risk, current):
        return None
    band = rules.band_for(current.netto)
    severity = Severity.CRITICAL if band == rules.bands[-1] else Severity.WARNING
    message = (
        f"Netto score {current.netto} ({band.label}) ligt boven de risicobereidheid "
        f"van {rules.appetite_for(risk.category)} voor {risk.category}"
        f" (beoordeeld op {message_date(current.assessed_on)})."
    )
    if risk.status == "geaccepteerd":
        message += " Het risico is geaccepteerd."
    return _signal(risk, severity, "above_appetite", message, current.assessed_on)


def _review_overdue(
    risk: Risk, current: Assessment | None, rules: RiskRules, as_of: dt.date
) -> Signal | None:
    if current is None:
        message = "Nog nooit beoordeeld: geef kans en impact op."
        return _signal(risk, Severity.WARNING, "review_overdue", message, None)
    due = review_due(current, rules)
    if due >= as_of:
        return None
    months = "maand" if rules.review_months == 1 else f"{rules.review_months} maanden"
    message = (
        f"Laatst beoordeeld op {message_date(current.assessed_on)}; een nieuwe beoordeling "
        f"was uiterlijk {message_date(due)} nodig (elke {months})."
    )
    return _signal(risk, Severity.WARNING, "review_overdue", message, due)


def _measure_overdue(risk: Risk, measure: Measure, as_of: dt.date) -> Signal | None:
    if not measure.is_overdue(as_of):
        return None
    assert measure.deadline is not None
    owner = f" (eigenaar: {measure.owner})" if measure.owner.strip() else ""
    message = (
        f'Maatregel "{measure.description}"{owner} had uiterlijk '
        f"{message_date(measure.deadline)} gereed moeten zijn; status: {measure.status}."
    )
    return _signal(risk, Severity.WARNING, "measure_overdue", message, measure.deadline)


def review_due(assessment: Assessment, rules: RiskRules) -> dt.date:
    """The date by which the next assessment is due: assessed_on + review months.

    Month ends clamp (30 november + 3 months = 28 februari); a review is overdue
    only after this date.
    """
    return assessment.assessed_on + relativedelta(months=rules.review_months)


def risk_signals(
    risks: Iterable[Risk],
    assessments: Iterable[Assessment],
    measures: Iterable[Measure],
    rules: RiskRules,
    as_of: dt.date,
) -> list[Signal]:
    """The signals of the risk register as of a date, most severe first.

    - ``above_appetite``: the current netto score exceeds the category's appetite;
      critical when it is in the highest band, else a warning. Dated on the assessment.
    - ``review_overdue`` (warning): ``review_due`` lies before ``as_of``, or the risk
      was never assessed (undated). Dated on the due date.
    - ``measure_overdue`` (warning): a measure not gereed whose deadline lies before
      ``as_of``. Dated on the deadline.

    Closed risks (``gesloten``) raise nothing; measures of unknown risks are ignored.
    """
    assessments_of = group_by_risk(assessments)
    measures_of = group_by_risk(measures)
    found: list[Signal | None] = []
    for risk in risks:
        if risk.is_closed:
            continue
        current = latest_assessment(assessments_of.get(risk.id, []), as_of)
        found.append(_above_appetite(risk, current, rules))
        found.append(_review_overdue(risk, current, rules, as_of))
        found.extend(_measure_overdue(risk, m, as_of) for m in measures_of.get(risk.id, []))
    return sort_signals([s for s in found if s is not None])


def risks_with_assessment(
    risks: Sequence[Risk], assessments: Iterable[Assessment], as_of: dt.date
) -> list[tuple[Risk, Assessment | None]]:
    """Pair each risk with its current assessment: the input of :func:`heatmap_cells`."""
    latest = latest_by_risk(assessments, as_of)
    return [(risk, latest.get(risk.id)) for risk in risks]
