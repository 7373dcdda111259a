"""Yearly figures of the confidential registers, as the RvT sees them."""

from __future__ import annotations

import datetime as dt

import pytest

from swtgov.domain.confidential.clocks import TIMEZONE
from swtgov.domain.confidential.figures import (
    breach_figures,
    breach_summary,
    comparison,
    counsellor_figures,
    masked,
    whistleblower_figures,
)
from swtgov.domain.confidential.model import CATEGORIES, CounsellorReport, DataBreach, WhistleblowerReport

D = dt.date


@pytest.mark.parametrize(
    ("count", "previous", "text"),
    [
        (6, 3, "6 meldingen, 3 meer dan in 2022"),
        (1, 3, "1 melding, 2 minder dan in 2022"),
        (4, 4, "4 meldingen, evenveel als in 2022"),
    ],
)
def test_comparison(count: int, previous: int, text: str) -> None:
    assert comparison(count, previous, 2022) == text


@pytest.mark.parametrize(("count", "threshold", "shown"), [(0, 5, "0"), (1, 5, "< 5"), (4, 5, "< 5"), (5, 5, "5"),
                                                          (2, 1, "2"), (2, 0, "2"), (2, 3, "< 3")])  # fmt: skip
def test_masked(count: int, threshold: int, shown: str) -> None:
    assert masked(count, threshold) == shown


def test_counsellor_figures_per_category_and_outcome() -> None:
    reports = [CounsellorReport(None, D(2022, 5, 1), ("pesten",), 1, "opvang")] * 3 + [
        CounsellorReport(None, D(2023, 1, 5), ("pesten", "discriminatie"), 2, "doorverwezen"),
        CounsellorReport(None, D(2023, 2, 5), ("pesten",), 1, "opvang"),
        CounsellorReport(None, D(2023, 3, 5), ("Integriteit",), 3, None),
        CounsellorReport(None, D(2023, 4, 5), ("overig",), 1, "alleen advies"),
        CounsellorReport(None, D(2023, 5, 5), ("overig",), 1, "alleen advies"),
        CounsellorReport(None, D(2023, 6, 5), ("overig",), 1, "alleen advies"),
    ]
    figures = counsellor_figures(reports, 2023, CATEGORIES)
    assert (figures.total, figures.previous_total, figures.consultations) == (6, 3, 9)
    assert figures.comparison == "6 meldingen, 3 meer dan in 2022"
    assert dict(figures.by_category) == {
        "seksuele intimidatie": 0, "agressie en geweld": 0, "pesten": 2, "discriminatie": 1,
        "integriteit": 1, "verstoorde arbeidsverhouding": 0, "overig": 3,
    }  # fmt: skip
    assert dict(figures.by_outcome)["alleen advies"] == 3
    assert dict(figures.by_outcome)["lopend"] == 1


def test_whistleblower_figures_and_deadlines_met() -> None:
    reports = [
        WhistleblowerReport(1, D(2025, 3, 6), "schriftelijk", "x", D(2025, 3, 10), D(2025, 5, 29), status="afgerond"),
        WhistleblowerReport(2, D(2025, 9, 14), "e-mail", "y", D(2025, 9, 23), None, status="in behandeling"),
        WhistleblowerReport(3, D(2024, 9, 14), "e-mail", "z", D(2024, 9, 15), D(2024, 10, 1), status="afgerond"),
    ]
    figures = whistleblower_figures(reports, 2025, D(2026, 1, 31))
    assert (figures.received, figures.previous_received) == (2, 1)
    assert (figures.ack_in_time, figures.ack_late) == (1, 1)  # 9 days for the second
    assert figures.rows[1].feedback_deadline == D(2025, 12, 23)
    assert (figures.feedback_in_time, figures.feedback_late) == (1, 1)  # 23 December has passed
    assert not figures.all_deadlines_met
    running = whistleblower_figures(reports, 2025, D(2025, 12, 1))
    assert (running.feedback_in_time, running.feedback_late, running.rows[1].feedback_met) == (1, 0, None)


def test_whistleblower_feedback_late_when_deadline_passed_without_feedback() -> None:
    reports = [WhistleblowerReport(2, D(2025, 9, 14), "e-mail", "y", D(2025, 9, 16), None)]
    figures = whistleblower_figures(reports, 2025, D(2026, 1, 31))
    assert figures.rows[0].feedback_met is False
    assert not figures.all_deadlines_met


def at(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=TIMEZONE)


def test_breach_summary_and_rows() -> None:
    breaches = [
        DataBreach(1, at(2022, 1, 19, 10), "a", "e-mail aan verkeerde ontvanger", people=38, notify_ap=False),
        DataBreach(2, at(2022, 5, 3, 15), "b", "verloren apparaat", people=412, notify_ap=False),
        DataBreach(3, at(2022, 8, 21, 9), "c", "phishing", people=187, notify_ap=True, notified_at=at(2022, 8, 24, 9)),
        DataBreach(4, at(2022, 11, 6, 14), "d", "papier", people=3, notify_ap=False),
        DataBreach(5, at(2023, 1, 2, 14), "e", "papier", people=3),
    ]
    figures = breach_figures(breaches, 2022, D(2023, 3, 1))
    assert figures.summary == (
        "In 2022 zijn 4 datalekken geregistreerd, waarvan 1 gemeld bij de Autoriteit Persoonsgegevens."
    )
    assert [(r.cause, r.people, r.notified, r.in_time) for r in figures.rows] == [
        ("e-mail aan verkeerde ontvanger", 38, False, None),
        ("verloren apparaat", 412, False, None),
        ("phishing", 187, True, True),  # exactly 72 hours
        ("papier", 3, False, None),
    ]
    assert breach_figures(breaches, 2023, D(2023, 3, 1)).undecided == 1


@pytest.mark.parametrize(
    ("total", "notified", "text"),
    [
        (0, 0, "In 2022 zijn geen datalekken geregistreerd."),
        (1, 0, "In 2022 is 1 datalek geregistreerd, dat niet gemeld is bij de Autoriteit Persoonsgegevens."),
        (1, 1, "In 2022 is 1 datalek geregistreerd, dat gemeld is bij de Autoriteit Persoonsgegevens."),
        (3, 0, "In 2022 zijn 3 datalekken geregistreerd, waarvan geen gemeld bij de Autoriteit Persoonsgegevens."),
    ],
)
def test_breach_summary_singular_and_none(total: int, notified: int, text: str) -> None:
    assert breach_summary(2022, total, notified) == text
