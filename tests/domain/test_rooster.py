"""Rules of the rooster van aan- en aftreden: terms, status, reappointment, validation."""

from __future__ import annotations

from datetime import date as d
from fractions import Fraction

import pytest
from dateutil.relativedelta import relativedelta

from swtgov.domain.rooster.model import (
    SETTINGS,
    STATUS_APPOINTED,
    STATUS_LEFT,
    STATUS_NOT_REAPPOINTABLE,
    STATUS_REAPPOINTABLE,
    STATUS_SITTING,
    Committee,
    Member,
    RoleChange,
    RoosterRules,
    Term,
    duration_text,
    message_date,
    role_on,
    term_label,
    validate_member,
    validate_terms,
)
from swtgov.domain.rooster.terms import (
    check_reappointment,
    current_term,
    default_term_end,
    first_appointed,
    is_overdue,
    is_reappointable,
    latest_departure,
    member_status,
    next_term,
    proposed_reappointment_end,
    rooster_row,
    scheduled_departure,
    tenure,
    tenure_limit_date,
    tenure_years,
)
from swtgov.domain.settings import Settings, SettingValueError, all_specs
from swtgov.errors import ValidationError

RULES = RoosterRules()
THREE_BY_THREE = RoosterRules(term_years=3, max_terms=3)  # 3 terms of 3 years, tenure still 8


def terms(*spans: tuple, member_id: int = 1) -> list[Term]:
    """Terms numbered 1, 2, … from (start, end) or (start, end, left_on)."""
    return [Term(i, member_id, i, s[0], s[1], s[2] if len(s) > 2 else None) for i, s in enumerate(spans, start=1)]


FIRST = (d(2019, 3, 1), d(2023, 3, 1))
SECOND = (d(2023, 3, 1), d(2027, 3, 1))


# --- formatting helpers -----------------------------------------------------------------


@pytest.mark.parametrize("day, text", [
    (d(2027, 3, 1), "1 maart 2027"),
    (d(2026, 12, 31), "31 december 2026"),
    (d(2028, 2, 29), "29 februari 2028"),
])
def test_message_date_is_dutch(day, text):
    assert message_date(day) == text


@pytest.mark.parametrize("number, label", [(1, "Eerste termijn"), (2, "Tweede termijn"), (3, "Derde termijn"),
                                           (11, "11e termijn")])
def test_term_label(number, label):
    assert term_label(number) == label


@pytest.mark.parametrize("text, number", [
    ("2", 2), ("2e", 2), ("tweede", 2), ("Tweede termijn", 2), (" eerste termijn ", 1), ("derde", 3),
    ("0", None), ("twee", None), ("", None),
])
def test_parse_term_number(text, number):
    """Term numbers are read by the import's one parser, values.parse_ordinal."""
    from swtgov.domain.values import ValueProblem, parse_ordinal

    if number is None:
        with pytest.raises(ValueProblem):
            parse_ordinal(text)
    else:
        assert parse_ordinal(text) == number


@pytest.mark.parametrize("span, text", [
    (relativedelta(years=8), "8 jaar"),
    (relativedelta(years=8, months=6), "8 jaar en 6 maanden"),
    (relativedelta(years=8, days=1), "8 jaar en 1 dag"),
    (relativedelta(years=9, months=1, days=3), "9 jaar, 1 maand en 3 dagen"),
    (relativedelta(months=2), "2 maanden"),
    (relativedelta(), "0 jaar"),
])
def test_duration_text(span, text):
    assert duration_text(span) == text


# --- rules from settings ----------------------------------------------------------------


def test_rules_default_from_settings():
    rules = RoosterRules.from_settings(Settings())
    assert rules == RoosterRules(4, 2, 8, 6, 3, 2, 2, Fraction(1, 3), 12)


def test_rules_read_stored_values_and_denominator():
    rules = RoosterRules.from_settings(Settings({"rooster.term_years": 3, "rooster.cluster_fraction_denominator": 4}))
    assert (rules.term_years, rules.max_terms, rules.cluster_fraction) == (3, 2, Fraction(1, 4))


def test_rules_refuse_value_out_of_bounds():
    with pytest.raises(SettingValueError, match='instelling "rooster.max_terms": 0 is kleiner dan het minimum 1'):
        RoosterRules.from_settings({"rooster.max_terms": 0})


def test_settings_are_registered_with_dutch_labels():
    specs = all_specs()
    keys = [s.key for s in SETTINGS]
    assert keys == [
        "rooster.term_years", "rooster.max_terms", "rooster.max_tenure_years", "rooster.horizon_months",
        "rooster.min_members", "rooster.min_committee_members", "rooster.cluster_quarter_count",
        "rooster.cluster_fraction_denominator", "rooster.cluster_window_months",
    ]
    assert all(k in specs for k in keys)
    assert specs["rooster.term_years"].label == "Duur van een termijn (jaren)"
    assert all(s.help and s.label and s.area == "rooster" for s in SETTINGS)


@pytest.mark.parametrize("as_of, end", [
    (d(2026, 9, 1), d(2027, 3, 1)),
    (d(2026, 8, 31), d(2027, 2, 28)),  # no 31 February: the last day of the month
    (d(2027, 8, 29), d(2028, 2, 29)),
])
def test_horizon_end(as_of, end):
    assert RULES.horizon_end(as_of) == end


def test_committee_kind_label():
    assert Committee(1, "Auditcommissie", "audit").kind_label == "Auditcommissie / financiële commissie"


# --- terms and dates ---------------------------------------------------------------------


@pytest.mark.parametrize("start, years, end", [
    (d(2019, 3, 1), 4, d(2023, 3, 1)),
    (d(2024, 2, 29), 4, d(2028, 2, 29)),  # leap day to leap day
    (d(2024, 2, 29), 1, d(2025, 2, 28)),  # leap day to the last day of February
    (d(2024, 2, 29), 3, d(2027, 2, 28)),
    (d(2023, 8, 31), 3, d(2026, 8, 31)),
])
def test_default_term_end(start, years, end):
    assert default_term_end(start, RoosterRules(term_years=years)) == end


@pytest.mark.parametrize("spans, as_of, number", [
    ((FIRST,), d(2019, 2, 28), None),       # before the start
    ((FIRST,), d(2019, 3, 1), 1),           # on the start: sitting
    ((FIRST,), d(2023, 2, 28), 1),          # the last day before the end
    ((FIRST,), d(2023, 3, 1), None),        # the end is the departure date: left that day
    ((FIRST, SECOND), d(2023, 3, 1), 2),    # reappointed: the new term from the old end
    (((d(2019, 3, 1), d(2023, 3, 1), d(2021, 7, 1)),), d(2021, 6, 30), 1),
    (((d(2019, 3, 1), d(2023, 3, 1), d(2021, 7, 1)),), d(2021, 7, 1), None),  # left early
])
def test_current_term(spans, as_of, number):
    term = current_term(terms(*spans), as_of)
    assert (term.number if term else None) == number


@pytest.mark.parametrize("spans, as_of, departure", [
    ((FIRST,), d(2020, 1, 1), d(2023, 3, 1)),
    ((FIRST, SECOND), d(2020, 1, 1), d(2027, 3, 1)),          # the recorded reappointment moves it
    (((d(2019, 3, 1), d(2023, 3, 1), d(2021, 7, 1)),), d(2020, 1, 1), d(2021, 7, 1)),  # early departure
    ((FIRST,), d(2018, 1, 1), d(2023, 3, 1)),                 # appointed, not yet sitting
    ((FIRST,), d(2023, 3, 1), None),                          # gone
    ((), d(2020, 1, 1), None),
])
def test_scheduled_departure(spans, as_of, departure):
    assert scheduled_departure(terms(*spans), as_of) == departure


@pytest.mark.parametrize("spans, as_of, overdue", [
    ((FIRST,), d(2023, 2, 28), False),
    ((FIRST,), d(2023, 3, 1), True),                                  # end date today, nothing recorded
    (((d(2019, 3, 1), d(2023, 3, 1), d(2023, 3, 1)),), d(2023, 3, 1), False),  # departure recorded
    ((FIRST, SECOND), d(2023, 3, 1), False),                          # reappointment recorded
    ((FIRST, SECOND), d(2027, 3, 1), True),
    ((), d(2023, 3, 1), False),
])
def test_is_overdue(spans, as_of, overdue):
    assert is_overdue(terms(*spans), as_of) is overdue


def test_first_appointed_is_the_earliest_start_whatever_the_order():
    assert first_appointed(list(reversed(terms(FIRST, SECOND)))) == d(2019, 3, 1)
    assert first_appointed([]) is None


@pytest.mark.parametrize("spans, until, years, text", [
    ((FIRST, SECOND), None, 8.0, "8 jaar"),
    ((FIRST, SECOND), d(2021, 9, 1), 2.5, "2 jaar en 6 maanden"),
    # a gap of two years between the terms does not count
    (((d(2015, 1, 1), d(2019, 1, 1)), (d(2021, 1, 1), d(2025, 1, 1))), None, 8.0, "8 jaar"),
    (((d(2019, 3, 1), d(2023, 3, 1), d(2021, 9, 1)),), None, 2.5, "2 jaar en 6 maanden"),
])
def test_tenure(spans, until, years, text):
    assert tenure_years(terms(*spans), until) == years
    assert duration_text(tenure(terms(*spans), until)) == text


@pytest.mark.parametrize("spans, limit", [
    ((FIRST,), d(2027, 3, 1)),
    (((d(2015, 1, 1), d(2019, 1, 1)), (d(2021, 1, 1), d(2025, 1, 1))), d(2025, 1, 1)),  # gap pushes it later
])
def test_tenure_limit_date(spans, limit):
    assert tenure_limit_date(terms(*spans), RULES) == limit


# --- reappointment -----------------------------------------------------------------------


@pytest.mark.parametrize("spans, rules, new_end, reason", [
    ((FIRST,), RULES, None, None),
    ((FIRST,), RULES, d(2025, 3, 1), None),                                   # shorter is allowed
    ((FIRST, SECOND), RULES, None, "heeft al het maximum van 2 termijnen"),
    ((FIRST,), RULES, d(2027, 3, 2), "een termijn duurt ten hoogste 4 jaar (tot 1 maart 2027)"),
    ((FIRST,), RULES, d(2023, 3, 1), "de nieuwe termijn moet eindigen na 1 maart 2023"),
    (((d(2019, 3, 1), d(2023, 3, 1), d(2021, 7, 1)),), RULES, None, "is per 1 juli 2021 afgetreden"),
    ((), RULES, None, "heeft nog geen termijn om te verlengen"),
    # three terms of three years allowed, but 3 + 3 + 3 > 8
    (((d(2019, 3, 1), d(2022, 3, 1)), (d(2022, 3, 1), d(2025, 3, 1))), THREE_BY_THREE, None,
     "zou met deze termijn 9 jaar zitten; het maximum is 8 jaar"),
    (((d(2019, 3, 1), d(2022, 3, 1)), (d(2022, 3, 1), d(2025, 3, 1))), THREE_BY_THREE, d(2027, 3, 1), None),
    (((d(2019, 3, 1), d(2022, 3, 1)), (d(2022, 3, 1), d(2025, 3, 1))), THREE_BY_THREE, d(2027, 3, 2),
     "zou met deze termijn 8 jaar en 1 dag zitten; het maximum is 8 jaar"),
    ((FIRST, SECOND), RoosterRules(max_terms=3), None, "heeft de maximale zittingsduur van 8 jaar al bereikt"),
    (((d(2024, 2, 29), d(2028, 2, 29)),), RULES, None, None),                 # leap day: 8 years to 29 Feb 2032
])
def test_check_reappointment(spans, rules, new_end, reason):
    assert check_reappointment(terms(*spans), rules, new_end) == reason


@pytest.mark.parametrize("spans, rules, end", [
    ((FIRST,), RULES, d(2027, 3, 1)),
    (((d(2024, 2, 29), d(2028, 2, 29)),), RULES, d(2032, 2, 29)),
    # the full term would pass the maximum tenure: capped at eight years
    (((d(2019, 3, 1), d(2022, 3, 1)), (d(2022, 3, 1), d(2025, 3, 1))), THREE_BY_THREE, d(2027, 3, 1)),
])
def test_next_term_starts_at_previous_end(spans, rules, end):
    previous = terms(*spans, member_id=7)
    new = next_term(previous, rules)
    assert new == Term(None, 7, len(spans) + 1, previous[-1].end, end)
    assert proposed_reappointment_end(previous, rules) == end
    assert is_reappointable(previous, rules)


def test_next_term_with_a_shorter_end():
    assert next_term(terms(FIRST), RULES, d(2025, 3, 1)).end == d(2025, 3, 1)


def test_next_term_refused_with_the_reason():
    with pytest.raises(ValidationError) as caught:
        next_term(terms(FIRST, SECOND), RULES)
    assert caught.value.problems == ["herbenoeming: heeft al het maximum van 2 termijnen"]
    assert str(caught.value).startswith("De herbenoeming is geweigerd.")
    assert not is_reappointable(terms(FIRST, SECOND), RULES)


# --- status ------------------------------------------------------------------------------


@pytest.mark.parametrize("spans, as_of, rules, status", [
    ((FIRST,), d(2020, 1, 1), RULES, STATUS_REAPPOINTABLE),
    ((FIRST, SECOND), d(2024, 1, 1), RULES, STATUS_NOT_REAPPOINTABLE),
    ((FIRST, SECOND), d(2020, 1, 1), RULES, STATUS_SITTING),            # reappointment already recorded
    ((FIRST,), d(2023, 3, 1), RULES, STATUS_LEFT),                      # end date = departure, even unrecorded
    (((d(2019, 3, 1), d(2023, 3, 1), d(2021, 7, 1)),), d(2021, 7, 1), RULES, STATUS_LEFT),
    (((d(2019, 3, 1), d(2023, 3, 1), d(2021, 7, 1)),), d(2021, 1, 1), RULES, STATUS_NOT_REAPPOINTABLE),
    ((FIRST,), d(2019, 1, 1), RULES, STATUS_APPOINTED),                 # term starts later
    ((), d(2020, 1, 1), RULES, STATUS_LEFT),
    # three terms allowed, but two of four years already reach the eight years
    ((FIRST, SECOND), d(2024, 1, 1), RoosterRules(max_terms=3), STATUS_NOT_REAPPOINTABLE),
    # three terms of three years: after six years a two-year term still fits
    (((d(2019, 3, 1), d(2022, 3, 1)), (d(2022, 3, 1), d(2025, 3, 1))), d(2024, 1, 1), THREE_BY_THREE,
     STATUS_REAPPOINTABLE),
])
def test_member_status(spans, as_of, rules, status):
    assert member_status(terms(*spans), as_of, rules) == status


# --- validation --------------------------------------------------------------------------


@pytest.mark.parametrize("spans_numbers, problems", [
    ([(1, d(2019, 3, 1), d(2023, 3, 1), None), (2, d(2023, 3, 1), d(2027, 3, 1), None)], []),
    ([(1, d(2023, 3, 1), d(2019, 3, 1), None)],
     ["Jan de Boer, termijn 1: einde (1 maart 2019) ligt niet na aanvang (1 maart 2023)"]),
    ([(1, d(2019, 3, 1), d(2023, 3, 1), None), (2, d(2022, 3, 1), d(2026, 3, 1), None)],
     ["Jan de Boer, termijn 2: aanvang (1 maart 2022) valt binnen termijn 1 (1 maart 2019 – 1 maart 2023); "
      "termijnen mogen niet overlappen"]),
    ([(2, d(2019, 3, 1), d(2023, 3, 1), None)], ["Jan de Boer, termijn 2: termijn 2 zonder termijn 1"]),
    ([(1, d(2015, 3, 1), d(2019, 3, 1), None), (1, d(2019, 3, 1), d(2023, 3, 1), None)],
     ["Jan de Boer, termijn 1: dit termijnnummer komt 2 keer voor"]),
    ([(0, d(2019, 3, 1), d(2023, 3, 1), None)], ["Jan de Boer, termijn 0: het termijnnummer moet 1 of hoger zijn"]),
    ([(1, d(2019, 3, 1), d(2023, 3, 1), d(2019, 2, 1))],
     ["Jan de Boer, termijn 1: afgetreden (1 februari 2019) ligt vóór aanvang (1 maart 2019)"]),
    ([(1, d(2019, 3, 1), d(2023, 3, 1), d(2023, 4, 1))],
     ["Jan de Boer, termijn 1: afgetreden (1 april 2023) ligt na einde (1 maart 2023)"]),
    ([(1, d(2019, 3, 1), d(2023, 3, 1), d(2023, 3, 1))], []),   # regular departure on the end date
    ([(2, d(2015, 3, 1), d(2019, 3, 1), None), (1, d(2019, 3, 1), d(2023, 3, 1), None)],
     ["Jan de Boer, termijn 1: begint na termijn 2; de nummers volgen de data niet"]),
    # left early, rejoined after a gap: fine
    ([(1, d(2015, 3, 1), d(2019, 3, 1), d(2017, 1, 1)), (2, d(2020, 1, 1), d(2024, 1, 1), None)], []),
])
def test_validate_terms(spans_numbers, problems):
    given = [Term(i, 1, n, s, e, left) for i, (n, s, e, left) in enumerate(spans_numbers)]
    assert validate_terms("Jan de Boer", given) == problems


def test_validate_terms_reports_every_problem_at_once():
    given = [Term(1, 1, 2, d(2023, 3, 1), d(2019, 3, 1), d(2018, 1, 1))]
    assert validate_terms("Jan", given) == [
        "Jan, termijn 2: termijn 2 zonder termijn 1",
        "Jan, termijn 2: einde (1 maart 2019) ligt niet na aanvang (1 maart 2023)",
        "Jan, termijn 2: afgetreden (1 januari 2018) ligt vóór aanvang (1 maart 2023)",
    ]


@pytest.mark.parametrize("member, problems", [
    (Member(1, "Anna de Vries", "voorzitter"), []),
    (Member(1, "  ", "lid"), ["naam: de naam is leeg"]),
    (Member(1, "Anna", "penningmeester"),
     ['Anna, rol: "penningmeester" is geen rol (kies voorzitter, vicevoorzitter of lid)']),
])
def test_validate_member(member, problems):
    assert validate_member(member) == problems


# --- roles -------------------------------------------------------------------------------


@pytest.mark.parametrize("as_of, role", [
    (d(2020, 1, 1), "lid"),                 # before any change: Member.role
    (d(2021, 1, 1), "vicevoorzitter"),      # on the day of the change
    (d(2023, 6, 1), "voorzitter"),
])
def test_role_on(as_of, role):
    member = Member(1, "Anna", "lid")
    changes = [RoleChange(1, "voorzitter", d(2023, 3, 1)), RoleChange(1, "vicevoorzitter", d(2021, 1, 1)),
               RoleChange(2, "voorzitter", d(2019, 1, 1))]
    assert role_on(member, changes, as_of) == role


# --- rooster table -----------------------------------------------------------------------


def test_rooster_row_of_the_chair_in_a_second_term():
    row = rooster_row(Member(1, "Anna de Vries", "voorzitter"), terms(FIRST, SECOND), [], RULES, d(2026, 10, 1))
    assert (row.name, row.role_abbreviation, row.status, row.first_appointed, row.term_label, row.departure,
            row.reappointable, row.latest_departure) == (
        "Anna de Vries", "VZ", STATUS_NOT_REAPPOINTABLE, d(2019, 3, 1), "Tweede termijn", d(2027, 3, 1),
        False, d(2027, 3, 1))


def test_rooster_row_of_a_new_member_and_a_former_one():
    new = rooster_row(Member(3, "Carla", "lid"), terms((d(2024, 9, 1), d(2028, 9, 1)), member_id=3), [],
                      RULES, d(2026, 10, 1))
    assert (new.status, new.term_label, new.departure, new.reappointable, new.latest_departure) == (
        STATUS_REAPPOINTABLE, "Eerste termijn", d(2028, 9, 1), True, d(2032, 9, 1))
    former = rooster_row(Member(4, "Daan", "lid"), terms((d(2015, 1, 1), d(2019, 1, 1), d(2017, 7, 1))), [],
                         RULES, d(2026, 10, 1))
    assert (former.status, former.term_label, former.departure, former.reappointable) == (
        STATUS_LEFT, "Eerste termijn", d(2017, 7, 1), False)


def test_rooster_row_uses_the_role_on_the_date():
    row = rooster_row(Member(2, "Bram", "lid"), terms(FIRST), [RoleChange(2, "voorzitter", d(2020, 1, 1))],
                      RULES, d(2021, 1, 1))
    assert (row.role, row.role_abbreviation) == ("voorzitter", "VZ")


@pytest.mark.parametrize("spans, rules, last", [
    ((FIRST,), RULES, d(2027, 3, 1)),
    ((FIRST, SECOND), RULES, d(2027, 3, 1)),
    (((d(2019, 3, 1), d(2022, 3, 1)),), THREE_BY_THREE, d(2027, 3, 1)),  # 3 + 3 + 2 (capped)
    ((), RULES, None),
])
def test_latest_departure(spans, rules, last):
    assert latest_departure(terms(*spans), rules) == last
