"""Spreidingsvoorstel: suggestions that spread clustered departures within the rules."""

from __future__ import annotations

from datetime import date as d

from swtgov.domain.rooster.model import Member, RoosterRules, Term
from swtgov.domain.rooster.signals import (
    Departure,
    find_clusters,
    planned_departures,
    sitting_count,
)
from swtgov.domain.rooster.spreading import (
    LEAVE_EARLY,
    REAPPOINT,
    Proposal,
    spreading_proposal,
)

RULES = RoosterRules()
AS_OF = d(2026, 10, 1)


def board(*rows: tuple[str, tuple]) -> tuple[list[Member], list[Term]]:
    """(name, spans) per member; spans are (start, end) pairs numbered 1, 2, …"""
    members, terms = [], []
    for mid, (name, spans) in enumerate(rows, start=1):
        members.append(Member(mid, name))
        for number, (start, end) in enumerate(spans, start=1):
            terms.append(Term(len(terms) + 1, mid, number, start, end))
    return members, terms


def demo():
    return board(
        ("Anna de Vries", ((d(2019, 3, 1), d(2023, 3, 1)), (d(2023, 3, 1), d(2027, 3, 1)))),
        ("Bram Jansen", ((d(2021, 11, 1), d(2025, 11, 1)), (d(2025, 11, 1), d(2029, 11, 1)))),
        ("Carla Bakker", ((d(2024, 9, 1), d(2028, 9, 1)),)),
        ("Daan Visser", ((d(2024, 9, 1), d(2028, 9, 1)),)),
        ("Eva Mulder", ((d(2024, 9, 1), d(2028, 9, 1)),)),
    )


def after(members, terms, proposals, rules=RULES, as_of=AS_OF):
    """The clusters left once every proposal is taken."""
    moved = {p.member_id: p.suggested_date for p in proposals}
    departures = [Departure(x.member_id, x.name, moved.get(x.member_id, x.date))
                  for x in planned_departures(members, terms, as_of)]
    return find_clusters(departures, sitting_count(members, terms, as_of), rules)


def test_no_cluster_no_proposal():
    members, terms = board(
        ("Anna", ((d(2023, 3, 1), d(2027, 3, 1)),)),
        ("Bram", ((d(2024, 6, 1), d(2028, 6, 1)),)),
        ("Carla", ((d(2025, 9, 1), d(2029, 9, 1)),)),
    )
    assert spreading_proposal(members, terms, RULES, AS_OF) == []


def test_demo_board_spreads_the_three_who_joined_together():
    members, terms = demo()
    proposals = spreading_proposal(members, terms, RULES, AS_OF)
    assert proposals == [
        Proposal(3, "Carla Bakker", REAPPOINT,
                 "Herbenoem Carla Bakker per 1 september 2028 voor een volle termijn van 4 jaar: "
                 "aftreden per 1 september 2032 in plaats van 1 september 2028.",
                 d(2028, 9, 1), d(2032, 9, 1)),
        Proposal(4, "Daan Visser", REAPPOINT,
                 "Herbenoem Daan Visser per 1 september 2028 voor een kortere termijn van 3 jaar: "
                 "aftreden per 1 september 2031 in plaats van 1 september 2028.",
                 d(2028, 9, 1), d(2031, 9, 1)),
    ]
    assert after(members, terms, proposals) == []


def test_proposal_is_only_a_suggestion():
    members, terms = demo()
    before = list(terms)
    spreading_proposal(members, terms, RULES, AS_OF)
    assert terms == before
    assert len(find_clusters(planned_departures(members, terms, AS_OF), 5, RULES)) == 1


def test_not_reappointable_members_are_asked_to_leave_earlier():
    # two members in their second term leave on the same day; nobody can be reappointed
    members, terms = board(
        ("Anna", ((d(2022, 3, 1), d(2026, 3, 1)), (d(2026, 3, 1), d(2030, 3, 1)))),
        ("Bram", ((d(2022, 3, 1), d(2026, 3, 1)), (d(2026, 3, 1), d(2030, 3, 1)))),
        ("Carla", ((d(2025, 1, 1), d(2033, 6, 1)),)),
        ("Daan", ((d(2025, 1, 1), d(2035, 6, 1)),)),
        ("Eva", ((d(2025, 1, 1), d(2037, 6, 1)),)),
    )
    proposals = spreading_proposal(members, terms, RULES, AS_OF)
    # twelve months earlier: the window of twelve months from then ends on the day before Bram leaves
    assert proposals == [
        Proposal(1, "Anna", LEAVE_EARLY,
                 "Laat Anna vervroegd aftreden per 1 maart 2029 in plaats van 1 maart 2030, en haal de werving "
                 "van een opvolger naar voren.",
                 d(2030, 3, 1), d(2029, 3, 1)),
    ]
    assert after(members, terms, proposals) == []


def test_reappointable_member_moves_before_a_member_who_cannot():
    members, terms = board(
        ("Anna", ((d(2023, 3, 1), d(2027, 6, 1)), (d(2027, 6, 1), d(2031, 6, 1)))),  # second term
        ("Bram", ((d(2027, 5, 1), d(2031, 5, 1)),)),                                # appointed, first term
        ("Carla", ((d(2025, 1, 1), d(2037, 6, 1)),)),
        ("Daan", ((d(2025, 1, 1), d(2039, 6, 1)),)),
    )
    proposals = spreading_proposal(members, terms, RULES, AS_OF)
    assert [(p.member_name, p.action, p.current_date, p.suggested_date) for p in proposals] == [
        ("Bram", REAPPOINT, d(2031, 5, 1), d(2035, 5, 1))]
    assert after(members, terms, proposals) == []


def test_a_full_term_that_would_cluster_elsewhere_is_shortened():
    members, terms = board(
        ("Anna", ((d(2023, 3, 1), d(2027, 6, 1)), (d(2027, 6, 1), d(2031, 6, 1)))),
        ("Bram", ((d(2027, 5, 1), d(2031, 5, 1)),)),
        ("Carla", ((d(2025, 1, 1), d(2035, 6, 1)),)),   # a full term for Bram would end in her quarter
        ("Daan", ((d(2025, 1, 1), d(2039, 6, 1)),)),
        ("Eva", ((d(2025, 1, 1), d(2041, 6, 1)),)),
    )
    proposals = spreading_proposal(members, terms, RULES, AS_OF)
    assert [(p.member_name, p.action, p.suggested_date) for p in proposals] == [
        ("Bram", REAPPOINT, d(2034, 5, 1))]
    assert proposals[0].what == ("Herbenoem Bram per 1 mei 2031 voor een kortere termijn van 3 jaar: "
                                 "aftreden per 1 mei 2034 in plaats van 1 mei 2031.")
    assert after(members, terms, proposals) == []


def test_reappointment_capped_at_the_maximum_tenure():
    rules = RoosterRules(term_years=3, max_terms=3)
    members, terms = board(
        ("Anna", ((d(2022, 3, 1), d(2025, 3, 1)), (d(2025, 3, 1), d(2028, 1, 1)))),  # 5 years 10 months
        ("Bram", ((d(2024, 2, 1), d(2027, 2, 1)), (d(2027, 2, 1), d(2030, 2, 1)), (d(2030, 2, 1), d(2032, 2, 1)))),
        ("Carla", ((d(2025, 3, 15), d(2028, 3, 15)),)),
        ("Daan", ((d(2026, 1, 1), d(2034, 6, 1)),)),
        ("Eva", ((d(2026, 1, 1), d(2036, 6, 1)),)),
    )
    proposals = spreading_proposal(members, terms, rules, AS_OF)
    assert [(p.member_name, p.action, p.current_date, p.suggested_date, p.what) for p in proposals] == [
        ("Anna", REAPPOINT, d(2028, 1, 1), d(2030, 3, 1),
         "Herbenoem Anna per 1 januari 2028 voor een kortere termijn van 2 jaar en 2 maanden: "
         "aftreden per 1 maart 2030 in plaats van 1 januari 2028."),
    ]
    assert after(members, terms, proposals, rules) == []


def test_nothing_possible_within_the_horizon():
    # both leave within the horizon and cannot be reappointed: no time to move anything
    members, terms = board(
        ("Anna", ((d(2019, 3, 1), d(2023, 3, 1)), (d(2023, 3, 1), d(2027, 2, 1)))),
        ("Bram", ((d(2019, 3, 1), d(2023, 3, 1)), (d(2023, 3, 1), d(2027, 2, 1)))),
        ("Carla", ((d(2025, 1, 1), d(2033, 6, 1)),)),
    )
    assert spreading_proposal(members, terms, RULES, AS_OF) == []
    assert len(after(members, terms, [])) == 1
