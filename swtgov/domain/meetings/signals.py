"""The signals of the meetings area, as of a date.

Codes (area ``"vergaderingen"``): ``action_overdue``, ``minutes_unapproved``,
``quorum_not_met``, ``pack_due``.

Decisions on the edges:

* ``action_overdue``: an open action item whose due date lies before ``as_of``
  (due today is not yet overdue).
* ``minutes_unapproved``: concept minutes of a meeting when the same body's next
  meeting lies before ``as_of`` (on the day of the next meeting itself they can
  still be vastgesteld there).
* ``quorum_not_met``: a past or today's meeting with recorded attendance whose
  members present fall short of the quorum (meetings without attendance are not
  judged).
* ``pack_due``: a meeting from ``as_of`` up to and including ``as_of + lead_days``
  whose pack was not sent.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from swtgov.domain.meetings.model import ActionItem, Meeting
from swtgov.domain.meetings.rules import AREA, Quorum, long_date
from swtgov.domain.signals import ItemRef, Severity, Signal


def _subject(meeting: Meeting) -> str:
    return f"{meeting.body.short} {long_date(meeting.date)}"


def action_overdue(actions: Iterable[ActionItem], meetings: Mapping[int, Meeting], as_of: dt.date) -> list[Signal]:
    """Open action items past their due date."""
    out = []
    for action in actions:
        if not action.is_open or action.due is None or action.due >= as_of:
            continue
        origin = meetings.get(action.meeting_id) if action.meeting_id is not None else None
        where = f" (afgesproken in {_subject(origin)})" if origin else ""
        out.append(Signal(
            AREA, Severity.WARNING, "action_overdue", action.who or "actiepunt",
            f"Actiepunt \"{action.what}\" van {action.who} had op {long_date(action.due)} gereed moeten zijn{where}.",
            action.due, ItemRef(AREA, "action", action.id),
        ))
    return out


def minutes_unapproved(meetings: Iterable[Meeting], as_of: dt.date) -> list[Signal]:
    """Concept minutes after the body's next meeting took place."""
    by_body: dict[str, list[Meeting]] = {}
    for meeting in meetings:
        by_body.setdefault(meeting.body.key, []).append(meeting)
    out = []
    for series in by_body.values():
        series.sort(key=lambda m: m.date)
        for meeting, following in zip(series, series[1:]):
            if meeting.is_approved or following.date >= as_of:
                continue
            out.append(Signal(
                AREA, Severity.WARNING, "minutes_unapproved", _subject(meeting),
                f"De notulen van {_subject(meeting)} zijn nog niet vastgesteld, terwijl de volgende "
                f"vergadering op {long_date(following.date)} al is geweest.",
                following.date, ItemRef(AREA, "meeting", meeting.id),
            ))
    return out


def quorum_not_met(quorums: Iterable[tuple[Meeting, Quorum]], as_of: dt.date) -> list[Signal]:
    """Meetings (up to ``as_of``) whose recorded attendance falls short of the quorum."""
    out = []
    for meeting, result in quorums:
        if meeting.date > as_of or result.met:
            continue
        out.append(Signal(
            AREA, Severity.CRITICAL, "quorum_not_met", _subject(meeting),
            f"Bij {_subject(meeting)} was het quorum niet gehaald: {result.present} van {result.sitting} "
            f"leden aanwezig, {result.needed} nodig. Besluiten van die vergadering zijn niet rechtsgeldig "
            "genomen.",
            meeting.date, ItemRef(AREA, "meeting", meeting.id),
        ))
    return out


def pack_due(meetings: Iterable[Meeting], as_of: dt.date, lead_days: int) -> list[Signal]:
    """Meetings within the lead time whose vergaderpakket has not been sent."""
    out = []
    horizon = as_of + dt.timedelta(days=lead_days)
    for meeting in meetings:
        if meeting.pack_sent_on is not None or not as_of <= meeting.date <= horizon:
            continue
        days = (meeting.date - as_of).days
        when = "vandaag" if days == 0 else ("morgen" if days == 1 else f"over {days} dagen")
        out.append(Signal(
            AREA, Severity.WARNING, "pack_due", _subject(meeting),
            f"De vergadering van {_subject(meeting)} is {when}; het vergaderpakket is nog niet verstuurd.",
            meeting.date, ItemRef(AREA, "meeting", meeting.id),
        ))
    return out
