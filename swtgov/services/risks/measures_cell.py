"""The ``maatregelen`` cell of kind ``risicos``: one measure per line.

The ``maatregelen`` cell holds one measure per line, as
``beschrijving | eigenaar | status | deadline`` (trailing parts may be left
out; ``Back-ups testen | ICT | gereed | 1-3-2026``). A measure is matched on its
description; parts that a line leaves out keep their stored value. Measures
that are not in the cell stay as they are. A ``|`` inside a description or
owner is refused by the use cases; one saved before is reported by name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from swtgov import display
from swtgov.domain.risks.model import MEASURE_STATUSES, Measure, normalise_status
from swtgov.domain.values import ValueProblem, parse_date
from swtgov.services.risks.register import MEASURE_PART_SEPARATOR, fold

SEPARATOR = f" {MEASURE_PART_SEPARATOR} "


@dataclass
class MeasureLine:
    """One line of the cell: the parts it gives (None: left out, keeps the stored value)."""

    description: str
    owner: str | None = None
    status: str | None = None
    deadline: dt.date | None = None
    has_deadline: bool = False


def _split_measure(line: str, stored: Sequence[Measure]) -> Measure | None:
    """The stored measure whose description or owner holds a ``|`` that this line comes from, if any.

    Such a measure (saved before ``|`` was refused) cannot be read back: its line splits wrongly.
    """
    folded = fold(line)
    for measure in stored:
        if MEASURE_PART_SEPARATOR not in measure.description + measure.owner:
            continue
        if folded == fold(format_measures([measure]) or "") or (
            MEASURE_PART_SEPARATOR in measure.description and folded.startswith(fold(measure.description))
        ):
            return measure
    return None


def parse_measures(text: str | None, stored: Sequence[Measure] = ()) -> tuple[list[MeasureLine], list[str]]:
    """The measures of one cell, and the Dutch problems (``regel 2: …``).

    ``stored`` are the risk's measures: one whose description or owner holds a
    ``|`` is reported by name when its line comes back.
    """
    lines: list[MeasureLine] = []
    problems: list[str] = []
    for number, line in enumerate((text or "").splitlines(), start=1):
        split = _split_measure(line, stored)
        if split is not None:
            where = "beschrijving" if MEASURE_PART_SEPARATOR in split.description else "eigenaar"
            problems.append(
                f'regel {number}: de {where} van de maatregel "{split.description}" bevat het teken '
                f'"{MEASURE_PART_SEPARATOR}", dat in deze kolom de delen scheidt; haal het eerst uit de {where} '
                "(Risico's, maatregel wijzigen) en exporteer opnieuw"
            )
            continue
        parts = [p.strip() for p in line.split(MEASURE_PART_SEPARATOR)]
        if not parts[0]:
            if any(parts):
                problems.append(f"regel {number}: de beschrijving van de maatregel ontbreekt")
            continue
        if len(parts) > 4:  # the other parts would only be misread: this is the one problem
            problems.append(
                f"regel {number}: te veel delen ({len(parts)}); schrijf beschrijving | eigenaar | status | deadline. "
                f'Het teken "{MEASURE_PART_SEPARATOR}" scheidt die delen en kan niet in een beschrijving of '
                "eigenaar staan"
            )
            continue
        item = MeasureLine(parts[0])
        if len(parts) > 1:
            item.owner = parts[1]
        if len(parts) > 2:
            item.status = normalise_status(parts[2] or "gepland", MEASURE_STATUSES)
            if item.status is None:
                problems.append(
                    f'regel {number}: status "{parts[2]}" is onbekend; '
                    f"kies uit {', '.join(MEASURE_STATUSES)}"
                )
        if len(parts) > 3:
            item.has_deadline = True
            if parts[3]:
                try:
                    item.deadline = parse_date(parts[3])
                except ValueProblem as exc:
                    problems.append(f'regel {number}: deadline "{parts[3]}" {exc}')
        lines.append(item)
    return lines, problems


def format_measures(measures: list[Measure]) -> str | None:
    """The ``maatregelen`` cell as :func:`parse_measures` reads it back."""
    if not measures:
        return None
    return "\n".join(
        SEPARATOR.join([m.description, m.owner, m.status, display.numeric_date(m.deadline)]).rstrip(" |")
        for m in measures
    )
