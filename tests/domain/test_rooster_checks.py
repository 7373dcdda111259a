"""Checks of one member's terms, field by field; the Rooster aggregate; the timeline model."""

from __future__ import annotations

from datetime import date as d

import pytest

from swtgov.domain.rooster.checks import TermProblem, term_problems
from swtgov.domain.rooster.model import (
    Committee,
    CommitteeSeat,
    Member,
    RoleChange,
    Rooster,
    RoosterRules,
    Term,
)
from swtgov.domain.rooster.timeline import build_timeline

RULES = RoosterRules()


def terms(*spans: tuple, numbers: tuple[int, ...] | None = None) -> list[Term]:
    numbers = numbers or tuple(range(1, len(spans) + 1))
    return [Term(i, 1, n, s[0], s[1], s[2] if len(s) > 2 else None) for i, (n, s) in enumerate(zip(numbers, spans))]


@pytest.mark.parametrize("given, expected", [
    (terms((d(2019, 3, 1), d(2023, 3, 1)), (d(2023, 3, 1), d(2027, 3, 1))), []),
    (terms((d(2024, 3, 1), d(2024, 3, 1))),
     [("einde", "1 maart 2024 ligt niet na de aanvang (1 maart 2024)")]),
    (terms((d(2024, 3, 1), d(2028, 3, 1), d(2024, 2, 29))),
     [("afgetreden", "29 februari 2024 ligt vóór de aanvang van de termijn (1 maart 2024)")]),
    (terms((d(2024, 3, 1), d(2028, 3, 1), d(2028, 3, 2))),
     [("afgetreden", "2 maart 2028 ligt na het einde van de termijn (1 maart 2028)")]),
    (terms((d(2024, 3, 1), d(2028, 3, 1), d(2028, 3, 1))), []),   # regular departure on the end date
    (terms((d(2023, 1, 1), d(2027, 1, 1)), numbers=(2,)), [("termijn", "2 komt zonder termijn 1 ervoor")]),
    (terms((d(2019, 1, 1), d(2023, 1, 1)), (d(2022, 12, 31), d(2026, 12, 31))),
     [("aanvang", "31 december 2022 valt binnen termijn 1 (1 januari 2019 – 1 januari 2023); "
                  "termijnen van één lid mogen niet overlappen")]),
    (terms((d(2024, 2, 29), d(2028, 2, 29))), []),   # leap day + 4 years
    (terms((d(2024, 2, 29), d(2028, 3, 1))),
     [("einde", "1 maart 2028 maakt de termijn langer dan 4 jaar (uiterlijk 29 februari 2028)")]),
    (terms((d(2016, 1, 1), d(2020, 1, 1)), (d(2020, 1, 1), d(2024, 1, 1)), (d(2024, 1, 1), d(2025, 1, 1))),
     [("termijn", "3 is meer dan het maximum van 2 termijnen"),
      ("einde", "1 januari 2025 brengt de zittingsduur op 9 jaar; het maximum is 8 jaar (uiterlijk 1 januari 2024)")]),
])
def test_term_problems(given, expected):
    assert [(p.field, f"{p.value_text()} {p.reason}") for p in term_problems(given, RULES)] == expected


def test_a_gap_between_terms_moves_the_tenure_limit():
    given = terms((d(2016, 1, 1), d(2020, 1, 1)), (d(2021, 1, 1), d(2025, 1, 1)))
    assert term_problems(given, RULES) == []


def test_problem_text_names_the_field():
    problem = TermProblem(2, "einde", d(2019, 3, 1), "ligt niet na de aanvang (1 maart 2023)")
    assert problem.text() == "einde: 1 maart 2019 ligt niet na de aanvang (1 maart 2023)"
    assert problem.text("Anna, termijn 2") == "Anna, termijn 2, einde: 1 maart 2019 ligt niet na de aanvang (1 maart 2023)"


BOARD = Rooster(
    members=(Member(1, "Anna", "voorzitter"), Member(2, "Bert"), Member(3, "Carla"), Member(4, "Daan")),
    terms=(Term(1, 1, 1, d(2019, 3, 1), d(2023, 3, 1)), Term(2, 1, 2, d(2023, 3, 1), d(2027, 3, 1)),
           Term(3, 2, 1, d(2010, 1, 1), d(2014, 1, 1), d(2014, 1, 1)),
           Term(4, 3, 1, d(2024, 7, 1), d(2028, 7, 1)), Term(5, 4, 1, d(2024, 7, 1), d(2028, 7, 1))),
    role_changes=(RoleChange(1, "voorzitter", d(2021, 1, 1)), RoleChange(1, "lid", d(2019, 3, 1))),
    committees=(Committee(9, "Auditcommissie", "audit"),),
    seats=(CommitteeSeat(1, 9, 3, d(2024, 9, 1)), CommitteeSeat(2, 9, 2, d(2010, 3, 1), d(2014, 1, 1))),
)


def test_the_rooster_indexes_in_order():
    assert [c.role for c in BOARD.role_changes_of(1)] == ["lid", "voorzitter"]
    assert [t.number for t in BOARD.terms_of(1)] == [1, 2]
    assert [s.member_id for s in BOARD.seats_in(9)] == [2, 3]
    assert BOARD.member(3).name == "Carla"
    with pytest.raises(KeyError):
        BOARD.member(99)


def test_since_leaves_out_who_left_for_good():
    recent = BOARD.since(d(2020, 1, 1))
    assert [m.name for m in recent.members] == ["Anna", "Carla", "Daan"]
    assert {s.member_id for s in recent.seats} == {3}
    assert recent.committees == BOARD.committees


def test_the_timeline_model():
    timeline = build_timeline(BOARD, RULES, d(2026, 11, 22))
    assert [r.label for r in timeline.rows] == ["Anna (VZ)", "Carla", "Daan"]
    assert (timeline.start, timeline.end) == (d(2019, 1, 1), d(2033, 1, 1))
    anna, carla, daan = timeline.rows
    assert [b.number for b in anna.bars] == [1, 2]
    assert (anna.departure, anna.possible_until, anna.tenure_limit, anna.clustered) == (
        d(2027, 3, 1), None, d(2027, 3, 1), False)
    assert (carla.possible_until, carla.clustered, daan.clustered) == (d(2032, 7, 1), True, True)
    assert timeline.fraction(d(2019, 1, 1)) == 0.0 and timeline.fraction(d(2040, 1, 1)) == 1.0
    everyone = build_timeline(BOARD, RULES, d(2026, 11, 22), include_former=True)
    assert [r.name for r in everyone.rows][0] == "Bert" and everyone.start == d(2010, 1, 1)
