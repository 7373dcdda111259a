"""The legal clocks of the confidential registers, decided once for every caller.

* **Datalek** (AVG art. 33): notify the Autoriteit Persoonsgegevens within
  72 hours of discovery. The hours are elapsed hours: across a change to or from
  summer time the wall-clock deadline moves by an hour (discovered Friday
  23 October 2026 10:00, deadline Monday 26 October 09:00). A notification at
  exactly 72 hours is in time.
* **Ontvangstbevestiging** (Wet bescherming klokkenluiders): within 7 days of
  receipt; on the seventh day after receipt it is still in time.
* **Terugkoppeling**: within 3 months of the acknowledgement or, when none was
  sent, of the 7-day deadline. Months are calendar months and a missing day
  falls back to the month's last day: acknowledged 30 November 2026, feedback
  due 28 February 2027. The term may be extended once, by at most 3 months
  from that deadline.

Moments are timezone-aware datetimes; a naive one is read as Europe/Amsterdam
local time. Python compares and subtracts two datetimes with the *same* tzinfo by
their wall clocks, so every comparison and difference here goes through UTC
(:func:`utc`).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta

TIMEZONE = ZoneInfo("Europe/Amsterdam")
BREACH_HOURS = 72
ACK_DAYS = 7
FEEDBACK_MONTHS = 3
EXTENSION_MONTHS = 3
#: how long before its deadline the feedback shows as due
FEEDBACK_WARNING_MONTHS = 1


def local_moment(moment: dt.datetime) -> dt.datetime:
    """A moment in Europe/Amsterdam time; a naive one is read as Amsterdam local time."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=TIMEZONE)
    return moment.astimezone(TIMEZONE)


def utc(moment: dt.datetime) -> dt.datetime:
    """A moment in UTC: the only safe way to compare or subtract moments across summer time."""
    return local_moment(moment).astimezone(dt.UTC)


def breach_deadline(discovered_at: dt.datetime) -> dt.datetime:
    """The moment, in Amsterdam time, by which the AP must be notified: 72 elapsed hours."""
    return (utc(discovered_at) + dt.timedelta(hours=BREACH_HOURS)).astimezone(TIMEZONE)


def notified_in_time(discovered_at: dt.datetime, notified_at: dt.datetime) -> bool:
    """Whether a notification came within the 72 hours (exactly 72 hours is in time)."""
    return utc(notified_at) <= utc(breach_deadline(discovered_at))


def hours_left(discovered_at: dt.datetime, now: dt.datetime) -> float:
    """Hours until the breach deadline; negative once it has passed."""
    return (utc(breach_deadline(discovered_at)) - utc(now)).total_seconds() / 3600


def ack_deadline(received_on: dt.date) -> dt.date:
    """The last day for the ontvangstbevestiging: 7 days after receipt."""
    return received_on + dt.timedelta(days=ACK_DAYS)


def feedback_base(received_on: dt.date, acknowledged_on: dt.date | None) -> dt.date:
    """The feedback deadline before any extension: 3 months from the acknowledgement,
    or from the 7-day deadline when no acknowledgement was sent."""
    start = acknowledged_on if acknowledged_on is not None else ack_deadline(received_on)
    return start + relativedelta(months=FEEDBACK_MONTHS)


def extension_limit(base: dt.date) -> dt.date:
    """The latest date the feedback term may be extended to: 3 months after ``base``."""
    return base + relativedelta(months=EXTENSION_MONTHS)


def feedback_deadline(received_on: dt.date, acknowledged_on: dt.date | None,
                      extended_to: dt.date | None = None) -> dt.date:  # fmt: skip
    """The feedback deadline that applies: the extension when there is one."""
    return extended_to if extended_to is not None else feedback_base(received_on, acknowledged_on)


def feedback_warning_from(deadline: dt.date) -> dt.date:
    """From this date an open feedback shows as due (one month before its deadline)."""
    return deadline - relativedelta(months=FEEDBACK_WARNING_MONTHS)


def end_of_day(day: dt.date) -> dt.datetime:
    """The last second of a day in Amsterdam: the moment a peildatum stands for."""
    return dt.datetime.combine(day, dt.time(23, 59, 59), tzinfo=TIMEZONE)
