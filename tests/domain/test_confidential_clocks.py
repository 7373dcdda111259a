"""The clocks of the confidential registers at their edges."""

from __future__ import annotations

import datetime as dt

import pytest

from swtgov.domain.confidential import clocks
from swtgov.domain.confidential.clocks import TIMEZONE

AMS = TIMEZONE


def at(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=AMS)


def test_breach_deadline_is_72_hours_later() -> None:
    assert clocks.breach_deadline(at(2026, 11, 20, 14, 30)) == at(2026, 11, 23, 14, 30)


def test_exactly_72_hours_is_in_time_one_minute_more_is_late() -> None:
    found = at(2026, 11, 20, 14, 30)
    assert clocks.notified_in_time(found, at(2026, 11, 23, 14, 30))
    assert not clocks.notified_in_time(found, at(2026, 11, 23, 14, 31))


@pytest.mark.parametrize(
    ("discovered", "deadline"),
    [
        # summer time ends on Sunday 25 October 2026: 72 elapsed hours end an hour earlier on the clock
        (at(2026, 10, 23, 10, 0), at(2026, 10, 26, 9, 0)),
        # summer time starts on Sunday 29 March 2026: an hour later on the clock
        (at(2026, 3, 27, 10, 0), at(2026, 3, 30, 11, 0)),
    ],
)
def test_72_hours_are_elapsed_hours_across_summer_time(discovered: dt.datetime, deadline: dt.datetime) -> None:
    result = clocks.breach_deadline(discovered)
    assert result == deadline
    assert (result.hour, result.minute) == (deadline.hour, deadline.minute)
    assert clocks.utc(result) - clocks.utc(discovered) == dt.timedelta(hours=72)
    # a day before the deadline, across the change, 24 real hours are left
    assert clocks.hours_left(discovered, clocks.breach_deadline(discovered) - dt.timedelta(hours=24)) == 24


def test_naive_moment_is_read_as_amsterdam_time() -> None:
    assert clocks.breach_deadline(dt.datetime(2026, 11, 20, 14, 30)) == at(2026, 11, 23, 14, 30)
    utc = dt.datetime(2026, 11, 20, 13, 30, tzinfo=dt.UTC)
    assert clocks.breach_deadline(utc) == at(2026, 11, 23, 14, 30)


def test_hours_left() -> None:
    assert clocks.hours_left(at(2026, 11, 20, 14, 30), at(2026, 11, 22, 12, 0)) == pytest.approx(26.5)
    assert clocks.hours_left(at(2026, 11, 20, 14, 30), at(2026, 11, 23, 15, 30)) == pytest.approx(-1)


def test_acknowledgement_within_exactly_7_days() -> None:
    assert clocks.ack_deadline(dt.date(2026, 11, 3)) == dt.date(2026, 11, 10)
    assert clocks.ack_deadline(dt.date(2026, 12, 28)) == dt.date(2027, 1, 4)


@pytest.mark.parametrize(
    ("received", "acknowledged", "deadline"),
    [
        (dt.date(2026, 11, 25), dt.date(2026, 11, 30), dt.date(2027, 2, 28)),  # month end
        (dt.date(2027, 11, 25), dt.date(2027, 11, 30), dt.date(2028, 2, 29)),  # leap year
        (dt.date(2026, 5, 1), dt.date(2026, 5, 31), dt.date(2026, 8, 31)),
        (dt.date(2026, 3, 2), dt.date(2026, 3, 3), dt.date(2026, 6, 3)),
        # no acknowledgement: three months from the 7-day deadline
        (dt.date(2026, 11, 23), None, dt.date(2027, 2, 28)),
        (dt.date(2026, 3, 1), None, dt.date(2026, 6, 8)),
    ],
)
def test_feedback_deadline(received: dt.date, acknowledged: dt.date | None, deadline: dt.date) -> None:
    assert clocks.feedback_base(received, acknowledged) == deadline
    assert clocks.feedback_deadline(received, acknowledged) == deadline


def test_extension_replaces_the_deadline_and_is_limited_to_three_months() -> None:
    base = clocks.feedback_base(dt.date(2026, 11, 25), dt.date(2026, 11, 30))
    assert clocks.extension_limit(base) == dt.date(2027, 5, 28)
    assert clocks.feedback_deadline(dt.date(2026, 11, 25), dt.date(2026, 11, 30), dt.date(2027, 4, 1)) == dt.date(2027, 4, 1)


def test_feedback_warning_starts_a_month_before() -> None:
    assert clocks.feedback_warning_from(dt.date(2027, 2, 28)) == dt.date(2027, 1, 28)
    assert clocks.feedback_warning_from(dt.date(2027, 3, 31)) == dt.date(2027, 2, 28)
