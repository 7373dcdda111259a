"""Rooster signals as of a date: each code, its edges, and the demo board of domain.md §1."""

from __future__ import annotations

from datetime import date as d
from fractions import Fraction

import pytest

from swtgov.domain.rooster.model import (
    Committee,
    CommitteeSeat,
    Member,
    RoleChange,
    RoosterRules,
    Term,
)
from swtgov.domain.rooster.signals import (
    Departure,
    find_clusters,
    planned_departures,
    rooster_signals,
    sitting_count,
)
from swtgov.domain.signals import ItemRef, Severity

RULES = RoosterRules()
NAMES = ["Anna", "Bram", "Carla", "Daan", "Eva", "Fatima", "Gijs", "Hanna"]


def board(*members_spans: tuple) -> tuple[list[Member], list[Term]]:
    """Members 1, 2, … named from NAMES; each entry is a tuple of (start, end[, left_on]) spans."""
    members, terms = [], []
    for mid, spans in enumerate(members_spans, start=1):
        members.append(Member(mid, NAMES[mid - 1]))
        for number, span in enumerate(spans, start=1):
            terms.append(Term(len(terms) + 1, mid, number, span[0], span[1], span[2] if len(span) > 2 else None))
    return members, terms


def signals(members, terms, as_of, rules=RULES, role_changes=(), committees=(), seats=()):
    return rooster_signals(members, terms, role_changes, committees, seats, rules, as_of)


def coded(found, code):
    return [s for s in found if s.code == code]


LONG = ((d(2024, 1, 1), d(2032, 1, 1)),)  # a filler member far from every edge (not sitting before 2024)
FAR = ((d(2025, 1, 1), d(2033, 6, 1)),)


# --- term_expiring / recruitment_needed / term_overdue -----------------------------------


@pytest.mark.parametrize("end, as_of, code", [
    (d(2027, 3, 1), d(2026, 9, 1), "term_expiring"),   # exactly the last day of the horizon
    (d(2027, 3, 2), d(2026, 9, 1), None),              # one day beyond it
    (d(2026, 9, 2), d(2026, 9, 1), "term_expiring"),   # tomorrow
    (d(2026, 9, 1), d(2026, 9, 1), "term_overdue"),    # the end date itself: left today, nothing recorded
    (d(2026, 8, 1), d(2026, 9, 1), "term_overdue"),
    (d(2028, 2, 29), d(2027, 8, 29), "term_expiring"), # leap day: horizon ends 29 February 2028
    (d(2028, 2, 29), d(2027, 8, 30), "term_expiring"), # 30 August + 6 months = 29 February 2028
    (d(2028, 2, 29), d(2027, 8, 28), None),            # horizon ends 28 February 2028
])
def test_term_end_signal_per_date(end, as_of, code):
    members, terms = board(((end - (d(2028, 1, 1) - d(2024, 1, 1)), end),), LONG, FAR)
    found = {s.code for s in signals(members, terms, as_of) if s.subject == "Anna"}
    assert found == ({code} if code else set())


def test_term_expiring_message():
    members, terms = board(((d(2023, 3, 1), d(2027, 3, 1)),), LONG, FAR)
    [signal] = coded(signals(members, terms, d(2026, 10, 1)), "term_expiring")
    assert (signal.severity, signal.subject, signal.date, signal.ref) == (
        Severity.WARNING, "Anna", d(2027, 3, 1), ItemRef("rooster", "member", 1))
    assert signal.message == ("De termijn van Anna eindigt op 1 maart 2027. Anna is herbenoembaar: "
                              "start herbenoemingsgesprek.")


def test_term_expiring_mentions_a_capped_reappointment():
    rules = RoosterRules(term_years=3, max_terms=3)
    members, terms = board(((d(2019, 3, 1), d(2022, 3, 1)), (d(2022, 3, 1), d(2025, 3, 1))), LONG, FAR)
    [signal] = coded(signals(members, terms, d(2025, 1, 1), rules), "term_expiring")
    assert signal.message == ("De termijn van Anna eindigt op 1 maart 2025. Anna is herbenoembaar "
                              "(tot uiterlijk 1 maart 2027): start herbenoemingsgesprek.")


def test_recruitment_needed_when_not_reappointable():
    members, terms = board(((d(2019, 3, 1), d(2023, 3, 1)), (d(2023, 3, 1), d(2027, 3, 1))), LONG, FAR)
    [signal] = coded(signals(members, terms, d(2026, 10, 1)), "recruitment_needed")
    assert (signal.severity, signal.subject, signal.date) == (Severity.WARNING, "Anna", d(2027, 3, 1))
    assert signal.message == ("De termijn van Anna eindigt op 1 maart 2027. Anna is niet herbenoembaar "
                              "(heeft al het maximum van 2 termijnen): start werving.")
    assert not coded(signals(members, terms, d(2026, 10, 1)), "term_expiring")


def test_recruitment_needed_after_a_recorded_early_departure():
    members, terms = board(((d(2024, 9, 1), d(2028, 9, 1), d(2026, 12, 1)),), LONG, FAR)
    found = signals(members, terms, d(2026, 10, 1))
    [signal] = coded(found, "recruitment_needed")
    assert (signal.message, signal.date) == ("Anna treedt af per 1 december 2026: start werving.", d(2026, 12, 1))
    assert not coded(found, "term_expiring")
    # once the day has passed, nothing is overdue: the departure is recorded
    assert [s for s in signals(members, terms, d(2026, 12, 1)) if s.subject == "Anna"] == []


def test_term_overdue_message_and_what_silences_it():
    spans = (d(2022, 9, 1), d(2026, 9, 1))
    members, terms = board((spans,), LONG, FAR)
    [signal] = coded(signals(members, terms, d(2026, 10, 1)), "term_overdue")
    assert (signal.severity, signal.subject, signal.date) == (Severity.CRITICAL, "Anna", d(2026, 9, 1))
    assert signal.message == ("De termijn van Anna is op 1 september 2026 verlopen, maar er is geen "
                              "herbenoeming of aftreden vastgelegd.")
    # departure recorded on the end date
    members, terms = board(((*spans, d(2026, 9, 1)),), LONG, FAR)
    assert not coded(signals(members, terms, d(2026, 10, 1)), "term_overdue")
    # reappointment recorded
    members, terms = board((spans, (d(2026, 9, 1), d(2030, 9, 1))), LONG, FAR)
    assert not coded(signals(members, terms, d(2026, 10, 1)), "term_overdue")


def test_a_recorded_reappointment_moves_the_signal_to_the_new_end():
    members, terms = board(((d(2023, 3, 1), d(2027, 3, 1)), (d(2027, 3, 1), d(2031, 3, 1))), LONG, FAR)
    assert [s for s in signals(members, terms, d(2026, 10, 1)) if s.subject == "Anna"] == []
    [signal] = coded(signals(members, terms, d(2030, 10, 1)), "recruitment_needed")
    assert signal.date == d(2031, 3, 1)


# --- below_minimum_members ---------------------------------------------------------------


def test_below_minimum_now_is_critical():
    members, terms = board(LONG, FAR, ((d(2019, 1, 1), d(2023, 1, 1), d(2021, 1, 1)),))
    [signal] = coded(signals(members, terms, d(2026, 10, 1)), "below_minimum_members")
    assert (signal.severity, signal.subject, signal.date, signal.ref) == (
        Severity.CRITICAL, "Raad van Toezicht", d(2026, 10, 1), ItemRef("rooster", "board"))
    assert signal.message == "De raad telt 2 zittende leden; het minimum is 3."


def test_below_minimum_after_a_departure_within_the_horizon_is_a_warning():
    members, terms = board(LONG, FAR, ((d(2023, 3, 1), d(2027, 3, 1)),))
    [signal] = coded(signals(members, terms, d(2026, 10, 1)), "below_minimum_members")
    assert (signal.severity, signal.date) == (Severity.WARNING, d(2027, 3, 1))
    assert signal.message == ("Na het aftreden van Carla per 1 maart 2027 telt de raad 2 zittende leden; "
                              "het minimum is 3.")


@pytest.mark.parametrize("extra, as_of, fires", [
    ((), d(2026, 8, 31), False),                                   # departure just past the horizon
    (((d(2027, 3, 1), d(2031, 3, 1)),), d(2026, 10, 1), False),    # a successor starts on the same day
    (((d(2027, 4, 1), d(2031, 4, 1)),), d(2026, 10, 1), True),     # the successor comes a month late
])
def test_below_minimum_edges(extra, as_of, fires):
    members, terms = board(LONG, FAR, ((d(2023, 3, 1), d(2027, 3, 1)),), *([extra] if extra else []))
    assert bool(coded(signals(members, terms, as_of), "below_minimum_members")) is fires


def test_minimum_is_a_setting():
    members, terms = board(LONG, FAR, ((d(2024, 3, 1), d(2028, 3, 1)),))
    assert not coded(signals(members, terms, d(2026, 10, 1)), "below_minimum_members")
    [signal] = coded(signals(members, terms, d(2026, 10, 1), RoosterRules(min_members=5)), "below_minimum_members")
    assert signal.message == "De raad telt 3 zittende leden; het minimum is 5."


# --- chair_term_ending -------------------------------------------------------------------


def chair_board(spans):
    members, terms = board(spans, LONG, FAR)
    members[0] = Member(1, "Anna", "voorzitter")
    return members, terms


def test_chair_term_ending_within_the_horizon():
    members, terms = chair_board(((d(2023, 3, 1), d(2027, 3, 1)),))
    [signal] = coded(signals(members, terms, d(2026, 10, 1)), "chair_term_ending")
    assert (signal.severity, signal.subject, signal.date) == (Severity.WARNING, "Anna", d(2027, 3, 1))
    assert signal.message == ("De termijn van voorzitter Anna eindigt op 1 maart 2027: "
                              "bereid de opvolging van het voorzitterschap voor.")
    assert not coded(signals(members, terms, d(2026, 8, 31)), "chair_term_ending")


def test_chair_term_lapsed_is_critical():
    members, terms = chair_board(((d(2023, 3, 1), d(2027, 3, 1)),))
    [signal] = coded(signals(members, terms, d(2027, 3, 1)), "chair_term_ending")
    assert (signal.severity, signal.date) == (Severity.CRITICAL, d(2027, 3, 1))
    assert signal.message == ("De termijn van voorzitter Anna is op 1 maart 2027 verlopen; "
                              "regel direct de herbenoeming of een nieuwe voorzitter.")


def test_the_chair_follows_the_dated_role_changes():
    members, terms = chair_board(((d(2023, 3, 1), d(2027, 3, 1)),))
    # Bram (filler, term to 2032) became chair on 1 January 2026; nobody demoted Anna explicitly.
    changes = [RoleChange(2, "voorzitter", d(2026, 1, 1))]
    assert not coded(signals(members, terms, d(2026, 10, 1), role_changes=changes), "chair_term_ending")
    later = [RoleChange(2, "voorzitter", d(2027, 1, 1))]
    assert [s.subject for s in coded(signals(members, terms, d(2026, 10, 1), role_changes=later),
                                     "chair_term_ending")] == ["Anna"]


def test_a_departed_chair_is_no_chair():
    members, terms = chair_board(((d(2023, 3, 1), d(2027, 3, 1), d(2026, 1, 1)),))
    assert not coded(signals(members, terms, d(2026, 10, 1)), "chair_term_ending")


# --- committee_understaffed --------------------------------------------------------------


@pytest.mark.parametrize("seats, count", [
    ([(1, d(2024, 1, 1), None), (2, d(2024, 1, 1), None)], None),
    ([(1, d(2024, 1, 1), None), (2, d(2024, 1, 1), d(2026, 10, 1))], 1),   # seat ended on the date
    ([(1, d(2024, 1, 1), None), (2, d(2026, 10, 2), None)], 1),           # seat starts tomorrow
    ([(1, d(2024, 1, 1), None), (3, d(2024, 1, 1), None)], 1),            # Carla left the board
    ([(1, d(2024, 1, 1), None), (1, d(2025, 1, 1), None)], 1),            # one member counts once
    ([], 0),
])
def test_committee_understaffed(seats, count):
    members, terms = board(LONG, FAR, ((d(2022, 1, 1), d(2026, 1, 1), d(2026, 1, 1)),), LONG)
    committees = [Committee(9, "Auditcommissie", "audit")]
    given = [CommitteeSeat(i, 9, m, s, e) for i, (m, s, e) in enumerate(seats)]
    found = coded(signals(members, terms, d(2026, 10, 1), committees=committees, seats=given),
                  "committee_understaffed")
    if count is None:
        assert found == []
    else:
        [signal] = found
        leden = "1 zittend lid" if count == 1 else f"{count} zittende leden"
        assert (signal.severity, signal.subject, signal.ref) == (
            Severity.WARNING, "Auditcommissie", ItemRef("rooster", "committee", 9))
        assert signal.message == f"Auditcommissie telt {leden}; het minimum is 2."


# --- departures_cluster ------------------------------------------------------------------


def deps(*dates):
    return [Departure(i, NAMES[i - 1], day) for i, day in enumerate(dates, start=1)]


@pytest.mark.parametrize("dates, board_size, found", [
    # five members: two departures within twelve months are more than a third
    ((d(2028, 1, 1), d(2028, 12, 31)), 5, [("window", d(2028, 1, 1), 2)]),
    ((d(2028, 1, 1), d(2029, 1, 1)), 5, []),                                 # exactly twelve months apart
    ((d(2028, 1, 1), d(2028, 3, 31)), 5, [("quarter", d(2028, 1, 1), 2)]),   # same quarter wins, window subset
    # seven members: two in a year are not more than a third, three are
    ((d(2028, 3, 31), d(2028, 4, 1)), 7, []),                                # different quarters
    ((d(2028, 1, 1), d(2028, 3, 31)), 7, [("quarter", d(2028, 1, 1), 2)]),
    ((d(2028, 1, 1), d(2028, 5, 1), d(2028, 9, 1)), 7, [("window", d(2028, 1, 1), 3)]),
    ((d(2028, 1, 1), d(2028, 5, 1), d(2028, 9, 1)), 9, []),                 # 3 of 9 is a third, not more
    ((d(2028, 1, 1),), 2, []),                                               # one departure is no cluster
    ((d(2028, 1, 1), d(2028, 5, 1)), 0, []),                                 # no board: only the quarter rule
])
def test_find_clusters(dates, board_size, found):
    clusters = find_clusters(deps(*dates), board_size, RULES)
    assert [(c.kind, c.start, len(c.departures)) for c in clusters] == found


def test_cluster_rules_are_settings():
    rules = RoosterRules(cluster_quarter_count=3, cluster_fraction=Fraction(1, 2), cluster_window_months=6)
    assert find_clusters(deps(d(2028, 1, 1), d(2028, 2, 1)), 5, rules) == []
    clusters = find_clusters(deps(d(2028, 1, 1), d(2028, 2, 1), d(2028, 3, 1)), 5, rules)
    assert [(c.kind, c.start, c.end) for c in clusters] == [("quarter", d(2028, 1, 1), d(2028, 4, 1))]
    clusters = find_clusters(deps(d(2028, 1, 1), d(2028, 4, 1), d(2028, 6, 30)), 5, rules)
    assert [(c.kind, c.start, c.end) for c in clusters] == [("window", d(2028, 1, 1), d(2028, 7, 1))]


def test_cluster_messages_name_members_and_dates():
    members, terms = board(*[((d(2024, 1, 1), d(2028, 1, 1) if i < 2 else d(2033 + i, 6, 1)),) for i in range(7)])
    found = coded(signals(members, terms, d(2026, 10, 1)), "departures_cluster")
    assert [(s.severity, s.subject, s.date, s.ref) for s in found] == [
        (Severity.WARNING, "Raad van Toezicht", d(2028, 1, 1), ItemRef("rooster", "board"))]
    assert found[0].message == (
        "In het eerste kwartaal van 2028 treden 2 leden af: Anna (1 januari 2028) en Bram (1 januari 2028). "
        "Spreid het aftreden om de continuïteit van de raad te bewaren.")


def test_window_cluster_message():
    fillers = [((d(2025, 1, 1), d(2034 + 2 * i, 6, 1)),) for i in range(4)]  # far apart
    members, terms = board(((d(2024, 1, 1), d(2028, 1, 1)),), ((d(2024, 5, 1), d(2028, 5, 1)),),
                           ((d(2024, 9, 1), d(2028, 9, 1)),), *fillers)
    [signal] = coded(signals(members, terms, d(2026, 10, 1)), "departures_cluster")
    assert signal.message == (
        "Binnen 12 maanden vanaf 1 januari 2028 treden 3 van de 7 zittende leden af, meer dan een derde van "
        "de raad: Anna (1 januari 2028), Bram (1 mei 2028) en Carla (1 september 2028). "
        "Spreid het aftreden om de continuïteit van de raad te bewaren.")


def test_planned_departures_and_sitting_count():
    members, terms = board(((d(2023, 3, 1), d(2027, 3, 1)), (d(2027, 3, 1), d(2031, 3, 1))),
                           ((d(2027, 1, 1), d(2031, 1, 1)),),                # appointed, starts later
                           ((d(2020, 1, 1), d(2024, 1, 1), d(2022, 1, 1)),))  # gone
    assert planned_departures(members, terms, d(2026, 10, 1)) == [
        Departure(2, "Bram", d(2031, 1, 1)), Departure(1, "Anna", d(2031, 3, 1))]
    assert sitting_count(members, terms, d(2026, 10, 1)) == 1


# --- the demo board of domain.md §1 --------------------------------------------------------

DEMO_AS_OF = d(2026, 10, 1)


def demo_board():
    members = [Member(1, "Anna de Vries", "voorzitter"), Member(2, "Bram Jansen"), Member(3, "Carla Bakker"),
               Member(4, "Daan Visser"), Member(5, "Eva Mulder")]
    terms = [
        Term(1, 1, 1, d(2019, 3, 1), d(2023, 3, 1)), Term(2, 1, 2, d(2023, 3, 1), d(2027, 3, 1)),
        Term(3, 2, 1, d(2021, 11, 1), d(2025, 11, 1)), Term(4, 2, 2, d(2025, 11, 1), d(2029, 11, 1)),
        Term(5, 3, 1, d(2024, 9, 1), d(2028, 9, 1)),
        Term(6, 4, 1, d(2024, 9, 1), d(2028, 9, 1)),
        Term(7, 5, 1, d(2024, 9, 1), d(2028, 9, 1)),
    ]
    committees = [Committee(1, "Auditcommissie", "audit"), Committee(2, "Werkgeverscommissie", "werkgevers"),
                  Committee(3, "Kwaliteitscommissie", "kwaliteit")]
    seats = [CommitteeSeat(1, 1, 2, d(2021, 11, 1), None, True), CommitteeSeat(2, 1, 3, d(2024, 9, 1)),
             CommitteeSeat(3, 2, 1, d(2019, 3, 1), None, True), CommitteeSeat(4, 2, 4, d(2024, 9, 1)),
             CommitteeSeat(5, 3, 5, d(2024, 9, 1))]
    return members, terms, committees, seats


def test_demo_board_signals():
    members, terms, committees, seats = demo_board()
    found = rooster_signals(members, terms, [], committees, seats, RULES, DEMO_AS_OF)
    # most severe first, then by date
    assert [(s.severity.value, s.code, s.subject, s.date) for s in found] == [
        ("warning", "committee_understaffed", "Kwaliteitscommissie", DEMO_AS_OF),
        ("warning", "chair_term_ending", "Anna de Vries", d(2027, 3, 1)),
        ("warning", "recruitment_needed", "Anna de Vries", d(2027, 3, 1)),
        ("warning", "departures_cluster", "Raad van Toezicht", d(2028, 9, 1)),
    ]
    cluster = coded(found, "departures_cluster")[0]
    assert cluster.message == (
        "In het derde kwartaal van 2028 treden 3 leden af: Carla Bakker (1 september 2028), "
        "Daan Visser (1 september 2028) en Eva Mulder (1 september 2028). "
        "Spreid het aftreden om de continuïteit van de raad te bewaren.")
    assert cluster.as_json() == {"area": "rooster", "severity": "warning", "code": "departures_cluster",
                                 "subject": "Raad van Toezicht", "message": cluster.message,
                                 "date": "2028-09-01"}


def test_demo_board_on_the_day_the_chair_leaves_without_a_record():
    members, terms, committees, seats = demo_board()
    found = rooster_signals(members, terms, [], committees, seats, RULES, d(2027, 3, 1))
    assert [(s.severity.value, s.code, s.subject) for s in found] == [
        ("critical", "chair_term_ending", "Anna de Vries"),
        ("critical", "term_overdue", "Anna de Vries"),
        ("warning", "committee_understaffed", "Kwaliteitscommissie"),   # Anna no longer sits on them
        ("warning", "committee_understaffed", "Werkgeverscommissie"),
        ("warning", "departures_cluster", "Raad van Toezicht"),
    ]


def test_demo_board_half_a_year_before_the_cluster():
    members, terms, committees, seats = demo_board()
    # Anna's departure recorded; a successor sits from 1 March 2027 on both her commissies' seats
    terms = [t if t.id != 2 else Term(2, 1, 2, d(2023, 3, 1), d(2027, 3, 1), d(2027, 3, 1)) for t in terms]
    members.append(Member(6, "Fatima El Amrani", "voorzitter"))
    terms.append(Term(8, 6, 1, d(2027, 3, 1), d(2031, 3, 1)))
    seats += [CommitteeSeat(6, 2, 6, d(2027, 3, 1)), CommitteeSeat(7, 3, 6, d(2027, 3, 1))]
    found = rooster_signals(members, terms, [], committees, seats, RULES, d(2028, 3, 1))
    assert [(s.code, s.subject, s.date) for s in found] == [
        ("term_expiring", "Carla Bakker", d(2028, 9, 1)),
        ("term_expiring", "Daan Visser", d(2028, 9, 1)),
        ("term_expiring", "Eva Mulder", d(2028, 9, 1)),
        ("below_minimum_members", "Raad van Toezicht", d(2028, 9, 1)),
        ("departures_cluster", "Raad van Toezicht", d(2028, 9, 1)),
    ]
    assert coded(found, "below_minimum_members")[0].message == (
        "Na het aftreden van Carla Bakker, Daan Visser en Eva Mulder per 1 september 2028 telt de raad "
        "2 zittende leden; het minimum is 3.")
