"""Signals of the confidential registers: the table of the issue, at its edges, and
nothing but the register, the date and the deadline."""

from __future__ import annotations

import datetime as dt

import pytest

from swtgov.domain.confidential.clocks import TIMEZONE
from swtgov.domain.confidential.model import DataBreach, WhistleblowerReport
from swtgov.domain.confidential.signals import breach_signal, register_signals, whistleblower_signals
from swtgov.domain.signals import Severity

D = dt.date
SECRET = "Geheime beschrijving van het lek bij cliënt Jansen"


def at(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=TIMEZONE)


def breach(**changes: object) -> DataBreach:
    fields: dict[str, object] = {"id": 7, "discovered_at": at(2026, 11, 20, 14, 30), "description": SECRET,
                                 "cause": "phishing bij afdeling Noord", "data_kinds": "BSN"}  # fmt: skip
    fields.update(changes)
    return DataBreach(**fields)  # type: ignore[arg-type]


def test_due_within_72_hours_without_a_decision() -> None:
    signal = breach_signal(breach(), at(2026, 11, 22, 12, 0))
    assert signal is not None
    assert (signal.code, signal.severity, signal.date) == ("breach_notification_due", Severity.WARNING, D(2026, 11, 23))
    assert signal.subject == "Datalek van 20 november 2026"
    assert signal.message == (
        "De termijn van 72 uur voor melding bij de Autoriteit Persoonsgegevens loopt af op 23 november 2026 "
        "om 14:30 (nog 26 uur); er is nog geen besluit over melden vastgelegd."
    )


def test_at_exactly_72_hours_still_due_a_second_later_overdue() -> None:
    assert breach_signal(breach(), at(2026, 11, 23, 14, 30)).code == "breach_notification_due"  # type: ignore[union-attr]
    late = breach_signal(breach(), at(2026, 11, 23, 14, 30, 1))
    assert late is not None
    assert (late.code, late.severity) == ("breach_notification_overdue", Severity.CRITICAL)
    assert late.message == (
        "De termijn van 72 uur voor melding bij de Autoriteit Persoonsgegevens is verstreken op 23 november 2026 "
        "om 14:30, zonder melding en zonder vastgelegd besluit om niet te melden."
    )


def test_decision_not_to_notify_stops_the_clock() -> None:
    assert breach_signal(breach(notify_ap=False, reason_not_notified="Geen risico"), at(2026, 11, 30, 9, 0)) is None


def test_notified_in_time_no_signal_late_without_reason_critical_with_reason_none() -> None:
    in_time = breach(notify_ap=True, notified_at=at(2026, 11, 23, 14, 30))
    assert breach_signal(in_time, at(2026, 11, 30, 9, 0)) is None
    late = breach(notify_ap=True, notified_at=at(2026, 11, 24, 9, 0))
    signal = breach_signal(late, at(2026, 11, 30, 9, 0))
    assert signal is not None and signal.code == "breach_notification_overdue"
    assert signal.message == (
        "Gemeld bij de Autoriteit Persoonsgegevens op 24 november 2026 om 09:00, na de termijn van 72 uur "
        "(23 november 2026 om 14:30); de reden voor de late melding ontbreekt."
    )
    assert breach_signal(late.__class__(**{**late.__dict__, "reason_late": "Weekend"}), at(2026, 11, 30, 9, 0)) is None


def test_as_of_before_the_discovery_or_the_notification() -> None:
    assert breach_signal(breach(), at(2026, 11, 20, 14, 0)) is None
    notified_later = breach(notify_ap=True, notified_at=at(2026, 11, 23, 10, 0))
    assert breach_signal(notified_later, at(2026, 11, 21, 9, 0)).code == "breach_notification_due"  # type: ignore[union-attr]


def report(**changes: object) -> WhistleblowerReport:
    fields: dict[str, object] = {"id": 3, "received_on": D(2026, 11, 3), "channel": "mondeling",
                                 "subject": "Fraude door teamleider Pietersen"}  # fmt: skip
    fields.update(changes)
    return WhistleblowerReport(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("as_of", "code", "severity"),
    [
        (D(2026, 11, 3), "whistleblower_ack_due", Severity.WARNING),
        (D(2026, 11, 10), "whistleblower_ack_due", Severity.WARNING),  # exactly 7 days: still in time
        (D(2026, 11, 11), "whistleblower_ack_overdue", Severity.CRITICAL),
    ],
)
def test_acknowledgement_clock(as_of: dt.date, code: str, severity: Severity) -> None:
    found = whistleblower_signals(report(), as_of)
    assert [(s.code, s.severity, s.date) for s in found] == [(code, severity, D(2026, 11, 10))]


def test_acknowledgement_messages() -> None:
    due, = whistleblower_signals(report(), D(2026, 11, 5))
    assert due.subject == "Klokkenluidersmelding van 3 november 2026"
    assert due.message == "Ontvangstbevestiging uiterlijk 10 november 2026 (7 dagen na ontvangst)."
    overdue, = whistleblower_signals(report(), D(2026, 11, 12))
    assert overdue.message == (
        "De ontvangstbevestiging had uiterlijk 10 november 2026 verstuurd moeten zijn (7 dagen na ontvangst)."
    )


@pytest.mark.parametrize(
    ("as_of", "codes"),
    [
        (D(2027, 1, 27), []),  # more than a month before 28 February 2027
        (D(2027, 1, 28), ["whistleblower_feedback_due"]),
        (D(2027, 2, 28), ["whistleblower_feedback_due"]),
        (D(2027, 3, 1), ["whistleblower_feedback_overdue"]),
    ],
)
def test_feedback_clock_from_the_acknowledgement_at_month_end(as_of: dt.date, codes: list[str]) -> None:
    acknowledged = report(received_on=D(2026, 11, 25), acknowledged_on=D(2026, 11, 30))
    found = whistleblower_signals(acknowledged, as_of)
    assert [s.code for s in found] == codes
    assert all(s.date == D(2027, 2, 28) for s in found)


def test_feedback_clock_without_acknowledgement_runs_from_the_7_day_deadline() -> None:
    found = whistleblower_signals(report(received_on=D(2026, 3, 1)), D(2026, 6, 9))
    assert [(s.code, s.date) for s in found] == [
        ("whistleblower_ack_overdue", D(2026, 3, 8)),
        ("whistleblower_feedback_overdue", D(2026, 6, 8)),
    ]


def test_extension_moves_the_feedback_deadline() -> None:
    extended = report(acknowledged_on=D(2026, 11, 4), extended_to=D(2027, 4, 1), extension_reason="Onderzoek")
    assert whistleblower_signals(extended, D(2027, 2, 20)) == []
    due, = whistleblower_signals(extended, D(2027, 3, 15))
    assert due.message == "Terugkoppeling aan de melder uiterlijk 1 april 2027 (verlengde termijn)."


def test_feedback_given_or_closed_stops_the_clocks() -> None:
    assert whistleblower_signals(report(acknowledged_on=D(2026, 11, 4), feedback_on=D(2027, 1, 5)), D(2027, 6, 1)) == []
    assert whistleblower_signals(report(status="afgerond"), D(2027, 6, 1)) == []


def test_no_signal_names_a_description_subject_cause_or_category() -> None:
    found = register_signals([breach()], [report()], at(2026, 11, 22, 12, 0))
    assert len(found) == 2
    text = " ".join(f"{s.subject} {s.message}" for s in found)
    for secret in (SECRET, "Jansen", "phishing", "Noord", "BSN", "Fraude", "Pietersen", "mondeling"):
        assert secret not in text
