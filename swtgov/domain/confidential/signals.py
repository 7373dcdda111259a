"""Signals of the confidential registers: only the register, the date and the deadline.

Confidentiality is a product requirement: a signal shows up in the Overzicht, in
``swtgov signals --json`` and in the vergaderpakket, so its subject and message
name the register, the date of the melding or discovery and the deadline, never
a description, subject, cause or category.

========================================  =============================================
code                                      when
========================================  =============================================
``breach_notification_due``               within 72 hours of discovery, no decision yet
``breach_notification_overdue``           72 hours passed without a notification or a
                                          decision not to notify; or notified late
                                          without a reason (critical)
``whistleblower_ack_due``                 no acknowledgement yet, within the 7 days
``whistleblower_ack_overdue``             no acknowledgement, the 7 days have passed
``whistleblower_feedback_due``            no feedback yet, within a month of its deadline
``whistleblower_feedback_overdue``        no feedback, its deadline has passed
========================================  =============================================

A klokkenluidersmelding with status *afgerond* stops its clocks. As of a date
in the past, what was recorded later does not count yet: a breach discovered
after ``now`` has no signal, and a notification, acknowledgement or feedback
dated after it is treated as not yet done.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import replace

from swtgov.domain.confidential import clocks
from swtgov.domain.confidential.model import AREA, DataBreach, WhistleblowerReport, dutch_date, dutch_moment
from swtgov.domain.signals import ItemRef, Severity, Signal

BREACH = "datalek"
WHISTLEBLOWER = "klokkenluidersmelding"
AP = "de Autoriteit Persoonsgegevens"


def breach_subject(breach: DataBreach) -> str:
    """``Datalek van 20 november 2026``: the register and the date, nothing else."""
    return f"Datalek van {dutch_date(breach.discovered_on)}"


def whistleblower_subject(report: WhistleblowerReport) -> str:
    """``Klokkenluidersmelding van 3 november 2026``."""
    return f"Klokkenluidersmelding van {dutch_date(report.received_on)}"


def time_left(hours: float) -> str:
    """``nog 26 uur``, ``nog 45 minuten`` (rounded down, as a countdown shows it)."""
    if hours >= 1:
        whole = math.floor(hours)
        return f"nog {whole} uur"
    minutes = max(0, math.floor(hours * 60))
    return f"nog {minutes} {'minuut' if minutes == 1 else 'minuten'}"


def breach_signal(breach: DataBreach, now: dt.datetime) -> Signal | None:
    """The signal of one datalek at moment ``now``, if any."""
    if clocks.utc(breach.discovered_at) > clocks.utc(now):
        return None
    if breach.notified_at is not None and clocks.utc(breach.notified_at) > clocks.utc(now):
        breach = replace(breach, notify_ap=None, notified_at=None)
    deadline = clocks.breach_deadline(breach.discovered_at)
    ref = ItemRef(AREA, BREACH, breach.id)
    subject = breach_subject(breach)
    when = dutch_moment(deadline)
    if breach.notify_ap is None:
        if clocks.utc(now) <= clocks.utc(deadline):
            hours = clocks.hours_left(breach.discovered_at, now)
            return Signal(
                AREA, Severity.WARNING, "breach_notification_due", subject,
                f"De termijn van 72 uur voor melding bij {AP} loopt af op {when} "
                f"({time_left(hours)}); er is nog geen besluit over melden vastgelegd.",
                deadline.date(), ref,
            )  # fmt: skip
        return Signal(
            AREA, Severity.CRITICAL, "breach_notification_overdue", subject,
            f"De termijn van 72 uur voor melding bij {AP} is verstreken op {when}, zonder melding "
            "en zonder vastgelegd besluit om niet te melden.",
            deadline.date(), ref,
        )  # fmt: skip
    if (
        breach.notify_ap
        and breach.notified_at is not None
        and not clocks.notified_in_time(breach.discovered_at, breach.notified_at)
        and not breach.reason_late.strip()
    ):
        return Signal(
            AREA, Severity.CRITICAL, "breach_notification_overdue", subject,
            f"Gemeld bij {AP} op {dutch_moment(breach.notified_at)}, na de termijn van 72 uur "
            f"({when}); de reden voor de late melding ontbreekt.",
            deadline.date(), ref,
        )  # fmt: skip
    return None


def whistleblower_signals(report: WhistleblowerReport, as_of: dt.date) -> list[Signal]:
    """The signals of one klokkenluidersmelding as of a date."""
    if report.is_closed or report.received_on > as_of:
        return []
    if report.acknowledged_on is not None and report.acknowledged_on > as_of:
        report = replace(report, acknowledged_on=None)
    if report.feedback_on is not None and report.feedback_on > as_of:
        report = replace(report, feedback_on=None)
    found: list[Signal] = []
    ref = ItemRef(AREA, WHISTLEBLOWER, report.id)
    subject = whistleblower_subject(report)
    if report.acknowledged_on is None:
        deadline = clocks.ack_deadline(report.received_on)
        if as_of <= deadline:
            found.append(Signal(
                AREA, Severity.WARNING, "whistleblower_ack_due", subject,
                f"Ontvangstbevestiging uiterlijk {dutch_date(deadline)} (7 dagen na ontvangst).",
                deadline, ref,
            ))  # fmt: skip
        else:
            found.append(Signal(
                AREA, Severity.CRITICAL, "whistleblower_ack_overdue", subject,
                f"De ontvangstbevestiging had uiterlijk {dutch_date(deadline)} verstuurd moeten zijn "
                "(7 dagen na ontvangst).",
                deadline, ref,
            ))  # fmt: skip
    if report.feedback_on is None:
        deadline = clocks.feedback_deadline(report.received_on, report.acknowledged_on, report.extended_to)
        extended = " (verlengde termijn)" if report.extended_to is not None else ""
        if as_of > deadline:
            found.append(Signal(
                AREA, Severity.CRITICAL, "whistleblower_feedback_overdue", subject,
                f"De terugkoppeling aan de melder had uiterlijk {dutch_date(deadline)}{extended} "
                "gegeven moeten zijn.",
                deadline, ref,
            ))  # fmt: skip
        elif as_of >= clocks.feedback_warning_from(deadline):
            found.append(Signal(
                AREA, Severity.WARNING, "whistleblower_feedback_due", subject,
                f"Terugkoppeling aan de melder uiterlijk {dutch_date(deadline)}{extended}.",
                deadline, ref,
            ))  # fmt: skip
    return found


def register_signals(
    breaches: Iterable[DataBreach], reports: Iterable[WhistleblowerReport], now: dt.datetime
) -> list[Signal]:
    """Every signal of the registers at moment ``now`` (its Amsterdam date for the day clocks)."""
    as_of = clocks.local_moment(now).date()
    found = [s for b in breaches if (s := breach_signal(b, now)) is not None]
    for report in reports:
        found.extend(whistleblower_signals(report, as_of))
    return found
