"""Checks of one member's terms against each other and against the rules.

Where :func:`swtgov.domain.rooster.model.validate_terms` returns sentences, these
checks return :class:`TermProblem` values that name the term and the field,
so an import can point at the spreadsheet cell ("rij 4, kolom \"einde\"")
and a dialog at the input ("einde: …").

The rules checked besides the dates themselves:

* a term number above ``max_terms`` (a reappointment beyond the maximum);
* a term longer than ``term_years`` (its end after start + term length);
* an end that brings the tenure past ``max_tenure_years``, gaps not counted
  (as :func:`~swtgov.domain.rooster.terms.tenure_limit_date`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from swtgov.domain.rooster.model import (
    RoosterRules,
    Term,
    duration_text,
    message_date,
    ordered,
)
from swtgov.domain.rooster.terms import default_term_end, tenure, tenure_limit_date

FIELD_NUMBER = "termijn"
FIELD_START = "aanvang"
FIELD_END = "einde"
FIELD_LEFT = "afgetreden"


@dataclass(frozen=True)
class TermProblem:
    """One thing wrong with one term.

    Attributes:
        number: the term number it is about.
        field: ``termijn``, ``aanvang``, ``einde`` or ``afgetreden``.
        value: the value of that field (a number or a date).
        reason: Dutch, reads after the value: "ligt niet na de aanvang (1 maart 2023)".
    """

    number: int
    field: str
    value: int | dt.date | None
    reason: str

    def value_text(self) -> str:
        """The value as the sentence shows it: "1 maart 2027" or "3"."""
        if isinstance(self.value, dt.date):
            return message_date(self.value)
        return "" if self.value is None else str(self.value)

    def text(self, context: str = "") -> str:
        """'einde: 1 maart 2019 ligt niet na de aanvang (1 maart 2023)', after ``context, `` when given."""
        where = f"{context}, {self.field}" if context else self.field
        return f"{where}: {self.value_text()} {self.reason}"


def _date_problems(term: Term) -> list[TermProblem]:
    problems = []
    if term.end <= term.start:
        problems.append(TermProblem(term.number, FIELD_END, term.end,
                                    f"ligt niet na de aanvang ({message_date(term.start)})"))
    if term.left_on is not None and term.left_on < term.start:
        problems.append(TermProblem(term.number, FIELD_LEFT, term.left_on,
                                    f"ligt vóór de aanvang van de termijn ({message_date(term.start)})"))
    if term.left_on is not None and term.left_on > term.end:
        problems.append(TermProblem(term.number, FIELD_LEFT, term.left_on,
                                    f"ligt na het einde van de termijn ({message_date(term.end)})"))
    return problems


def _number_problems(terms: Sequence[Term], rules: RoosterRules) -> list[TermProblem]:
    problems = []
    numbers = [t.number for t in terms]
    for term in sorted(terms, key=lambda t: (t.number, t.start)):
        if term.number < 1:
            problems.append(TermProblem(term.number, FIELD_NUMBER, term.number,
                                        "is geen termijnnummer; tel vanaf 1"))
            continue
        if term.number > 1 and term.number - 1 not in numbers:
            problems.append(TermProblem(term.number, FIELD_NUMBER, term.number,
                                        f"komt zonder termijn {term.number - 1} ervoor"))
        if term.number > rules.max_terms:
            problems.append(TermProblem(term.number, FIELD_NUMBER, term.number,
                                        f"is meer dan het maximum van {rules.max_terms} termijnen"))
    for number in sorted({n for n in numbers if numbers.count(n) > 1}):
        problems.append(TermProblem(number, FIELD_NUMBER, number, f"komt {numbers.count(number)} keer voor"))
    return problems


def _sequence_problems(terms: Sequence[Term], rules: RoosterRules) -> list[TermProblem]:
    problems = []
    in_order = [t for t in ordered(terms) if t.end > t.start]
    for i, earlier in enumerate(in_order):
        for later in in_order[i + 1:]:
            if later.start < earlier.effective_end and earlier.start < later.effective_end:
                problems.append(TermProblem(
                    later.number, FIELD_START, later.start,
                    f"valt binnen termijn {earlier.number} ({message_date(earlier.start)} – "
                    f"{message_date(earlier.effective_end)}); termijnen van één lid mogen niet overlappen"))
            elif later.number < earlier.number:
                problems.append(TermProblem(later.number, FIELD_NUMBER, later.number,
                                            f"begint na termijn {earlier.number}; de nummers volgen de data niet"))
    for index, term in enumerate(in_order):
        longest = default_term_end(term.start, rules)
        if term.end > longest:
            problems.append(TermProblem(term.number, FIELD_END, term.end,
                                        f"maakt de termijn langer dan {rules.term_years} jaar "
                                        f"(uiterlijk {message_date(longest)})"))
            continue
        served = in_order[: index + 1]
        limit = tenure_limit_date(served, rules)
        if limit is not None and term.end > limit:
            problems.append(TermProblem(term.number, FIELD_END, term.end,
                                        f"brengt de zittingsduur op {duration_text(tenure(served, term.end))}; "
                                        f"het maximum is {rules.max_tenure_years} jaar "
                                        f"(uiterlijk {message_date(limit)})"))
    return problems


def term_problems(terms: Sequence[Term], rules: RoosterRules) -> list[TermProblem]:
    """Every problem with one member's terms, by term number then field.

    Args:
        terms: all terms of one member (stored and new together).
        rules: the rooster rules (maximum terms, term length, tenure).
    """
    problems: list[TermProblem] = []
    for term in terms:
        problems += _date_problems(term)
    problems += _number_problems(terms, rules)
    problems += _sequence_problems(terms, rules)
    order = {FIELD_NUMBER: 0, FIELD_START: 1, FIELD_END: 2, FIELD_LEFT: 3}
    return sorted(problems, key=lambda p: (p.number, order[p.field]))
