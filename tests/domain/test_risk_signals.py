"""The register as of a date: current/previous assessment, trend, heatmap, signals."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from swtgov.domain.risks.model import Assessment, Measure, Risk
from swtgov.domain.risks.rules import RiskRules
from swtgov.domain.risks.signals import (
    Movement,
    group_by_risk,
    heatmap_cells,
    latest_assessment,
    latest_by_risk,
    movements,
    previous_assessment,
    register_entries,
    review_due,
    risk_signals,
    risks_with_assessment,
    trend,
)
from swtgov.domain.signals import ItemRef, Severity
from swtgov.domain.values import message_date as _dutch_date

D = dt.date
RULES = RiskRules()


def risk(id: int = 1, code: str = "R-01", category: str = "financieel", status: str = "open",
         title: str = "Tekort op de begroting") -> Risk:  # fmt: skip
    return Risk(id, code, title, "", category, "controller", status)


def a(on: dt.date, kans: int, impact: int, kans_rest: int | None = None, impact_rest: int | None = None,
      risk_id: int = 1, id: int | None = None) -> Assessment:  # fmt: skip
    return Assessment(id, risk_id, on, kans, impact, kans_rest, impact_rest, "")


# --- current and previous assessment --------------------------------------------

HISTORY = [
    a(D(2025, 11, 20), 4, 4, 3, 3, id=1),  # Q4 2025, netto 9
    a(D(2026, 2, 10), 4, 4, 3, 4, id=2),  # Q1 2026, netto 12
    a(D(2026, 3, 25), 4, 4, 2, 4, id=3),  # Q1 2026, netto 8
    a(D(2026, 5, 15), 4, 4, 2, 2, id=4),  # Q2 2026, netto 4
]


@pytest.mark.parametrize(
    ("as_of", "current_id", "previous_id"),
    [
        (D(2025, 11, 19), None, None),  # before the first assessment
        (D(2025, 11, 20), 1, None),  # assessed on as_of counts; nothing earlier
        (D(2026, 2, 10), 2, 1),  # Q1 vs Q4
        (D(2026, 3, 31), 3, 1),  # two in Q1: the later counts, previous is still Q4
        (D(2026, 4, 1), 3, 1),  # new quarter, not yet re-assessed: trend of the last step
        (D(2026, 5, 15), 4, 3),  # Q2 vs the latest of Q1
        (D(2027, 1, 1), 4, 3),
    ],
)
def test_latest_and_previous_assessment(as_of: dt.date, current_id: int | None, previous_id: int | None) -> None:
    current = latest_assessment(HISTORY, as_of)
    previous = previous_assessment(HISTORY, as_of)
    assert (current.id if current else None) == current_id
    assert (previous.id if previous else None) == previous_id


def test_latest_assessment_on_one_day_takes_the_later_saved() -> None:
    same_day = [a(D(2026, 3, 1), 2, 2, id=8), a(D(2026, 3, 1), 5, 5, id=9), a(D(2026, 3, 1), 3, 3, id=7)]
    assert latest_assessment(same_day, D(2026, 3, 1)).id == 9  # type: ignore[union-attr]


def test_latest_assessment_ignores_the_order_of_the_input() -> None:
    assert latest_assessment(reversed(HISTORY), D(2026, 12, 31)).id == 4  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("earlier", "later", "earlier_quarter"),
    [
        (D(2026, 3, 31), D(2026, 4, 1), True),  # Q1 | Q2
        (D(2026, 6, 30), D(2026, 7, 1), True),  # Q2 | Q3
        (D(2026, 9, 30), D(2026, 10, 1), True),  # Q3 | Q4
        (D(2026, 1, 1), D(2026, 3, 31), False),  # both Q1
        (D(2026, 4, 1), D(2026, 6, 30), False),  # both Q2
        (D(2026, 7, 1), D(2026, 9, 30), False),  # both Q3
        (D(2026, 10, 1), D(2026, 12, 31), False),  # both Q4
        (D(2025, 12, 31), D(2026, 1, 1), True),  # Q4 | Q1 of the next year
        (D(2025, 2, 1), D(2026, 2, 1), True),  # same quarter, a year apart
    ],
)
def test_previous_assessment_needs_an_earlier_calendar_quarter(
    earlier: dt.date, later: dt.date, earlier_quarter: bool
) -> None:
    history = [a(earlier, 3, 3, id=1), a(later, 4, 4, id=2)]
    previous = previous_assessment(history, later)
    assert (previous is not None) is earlier_quarter


def test_previous_assessment_across_the_year_boundary() -> None:
    history = [a(D(2025, 12, 31), 3, 3), a(D(2026, 1, 1), 4, 4, id=2)]
    assert previous_assessment(history, D(2026, 1, 1)).assessed_on == D(2025, 12, 31)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("previous", "current", "which", "expected"),
    [
        (a(D(2025, 12, 1), 3, 3, 2, 2), a(D(2026, 3, 1), 3, 3, 3, 2), "netto", "↑"),  # 4 → 6: worse
        (a(D(2025, 12, 1), 3, 3, 3, 2), a(D(2026, 3, 1), 3, 3, 2, 2), "netto", "↓"),  # 6 → 4: better
        (a(D(2025, 12, 1), 3, 3, 3, 2), a(D(2026, 3, 1), 3, 3, 2, 3), "netto", "="),  # 6 → 6, other cell
        (a(D(2025, 12, 1), 3, 3, 2, 2), a(D(2026, 3, 1), 4, 3, 2, 2), "bruto", "↑"),  # 9 → 12
        (a(D(2025, 12, 1), 3, 3, 2, 2), a(D(2026, 3, 1), 4, 3, 2, 2), "netto", "="),  # netto stayed 4
        (None, a(D(2026, 3, 1), 3, 3), "netto", ""),  # nothing to compare with
    ],
)
def test_trend(previous: Assessment | None, current: Assessment, which: str, expected: str) -> None:
    assert trend(current, previous, which) == expected  # type: ignore[arg-type]


def test_trend_over_the_history() -> None:
    history = HISTORY
    for as_of, expected in [
        (D(2025, 12, 1), ""),
        (D(2026, 2, 10), "↑"),  # 9 → 12
        (D(2026, 3, 31), "↓"),  # 9 → 8
        (D(2026, 6, 1), "↓"),  # 8 → 4
    ]:
        current = latest_assessment(history, as_of)
        assert current is not None
        assert trend(current, previous_assessment(history, as_of)) == expected, as_of


def test_group_and_latest_by_risk() -> None:
    items = [a(D(2026, 1, 1), 2, 2, risk_id=1), a(D(2026, 2, 1), 3, 3, risk_id=2),
             a(D(2026, 3, 1), 4, 4, risk_id=1), a(D(2026, 9, 1), 5, 5, risk_id=2)]  # fmt: skip
    assert {k: len(v) for k, v in group_by_risk(items).items()} == {1: 2, 2: 2}
    latest = latest_by_risk(items, D(2026, 6, 30))
    assert {k: v.assessed_on for k, v in latest.items()} == {1: D(2026, 3, 1), 2: D(2026, 2, 1)}


# --- register, heatmap, movements ------------------------------------------------


def test_register_entries() -> None:
    risks = [risk(1, "R-01"), risk(2, "R-02", "compliance / juridisch"), risk(3, "R-03")]
    assessments = [
        a(D(2025, 12, 1), 5, 4, 3, 3, risk_id=1),
        a(D(2026, 3, 1), 5, 4, 2, 3, risk_id=1),
        a(D(2026, 3, 1), 4, 4, 3, 3, risk_id=2),
    ]
    entries = register_entries(risks, assessments, RULES, D(2026, 3, 31))
    assert [(e.risk.code, e.bruto, e.netto, e.band.label if e.band else None, e.above_appetite, e.trend,
             e.last_assessed) for e in entries] == [
        ("R-01", 20, 6, "gemiddeld", False, "↓", D(2026, 3, 1)),
        ("R-02", 16, 9, "gemiddeld", True, "", D(2026, 3, 1)),  # 9 > compliance appetite 6
        ("R-03", None, None, None, False, "", None),
    ]  # fmt: skip


CELL_RISKS = [
    (risk(1, "R-10"), a(D(2026, 3, 1), 4, 5, 2, 3)),
    (risk(2, "R-2"), a(D(2026, 3, 1), 4, 5, 2, 3)),
    (risk(3, "R-03"), a(D(2026, 3, 1), 4, 5)),
    (risk(4, "R-04"), a(D(2026, 3, 1), 1, 1)),
    (risk(5, "R-05"), None),
]


def test_heatmap_cells_netto() -> None:
    cells = heatmap_cells(CELL_RISKS, "netto")
    assert len(cells) == 25
    assert cells[(2, 3)] == ["R-2", "R-10"]  # natural order, not "R-10" < "R-2"
    assert cells[(4, 5)] == ["R-03"]  # no measures: netto in the bruto cell
    assert cells[(1, 1)] == ["R-04"]
    assert sum(len(codes) for codes in cells.values()) == 4  # R-05 has no assessment


def test_heatmap_cells_bruto() -> None:
    cells = heatmap_cells(CELL_RISKS, "bruto")
    assert cells[(4, 5)] == ["R-2", "R-03", "R-10"]
    assert cells[(2, 3)] == []
    assert cells[(1, 1)] == ["R-04"]


def test_heatmap_holds_fifteen_risks_in_one_cell() -> None:
    many = [(risk(n, f"R-{n:02d}"), a(D(2026, 3, 1), 3, 3, risk_id=n)) for n in range(15, 0, -1)]
    assert heatmap_cells(many)[(3, 3)] == [f"R-{n:02d}" for n in range(1, 16)]


def test_risks_with_assessment_pairs_the_current_one() -> None:
    risks = [risk(1, "R-01"), risk(2, "R-02")]
    assessments = [a(D(2026, 1, 5), 2, 2, risk_id=1), a(D(2026, 4, 5), 5, 5, risk_id=1)]
    pairs = risks_with_assessment(risks, assessments, D(2026, 3, 31))
    assert [(r.code, x.bruto if x else None) for r, x in pairs] == [("R-01", 4), ("R-02", None)]


def test_movements() -> None:
    risks = [
        risk(1, "R-01"),
        risk(2, "R-02"),
        risk(3, "R-03"),
        risk(4, "R-04", status="gesloten"),
        risk(5, "R-05"),  # never assessed
        risk(6, "R-06"),
    ]
    assessments = [
        a(D(2025, 12, 1), 4, 4, 2, 2, risk_id=1), a(D(2026, 2, 1), 4, 4, 3, 3, risk_id=1),  # 4 → 9
        a(D(2025, 11, 1), 5, 5, 4, 4, risk_id=2), a(D(2026, 3, 1), 5, 5, 3, 4, risk_id=2),  # 16 → 12
        a(D(2025, 10, 1), 3, 3, risk_id=3), a(D(2026, 1, 2), 3, 3, risk_id=3),  # 9 → 9
        a(D(2025, 10, 1), 5, 5, risk_id=4), a(D(2026, 1, 2), 1, 1, risk_id=4),  # closed
        a(D(2026, 3, 15), 2, 5, risk_id=6),  # new this quarter
    ]  # fmt: skip
    assert movements(risks, assessments, D(2026, 3, 31)) == [
        Movement(risks[1], 16, 12, "↓"),
        Movement(risks[5], None, 10, ""),
        Movement(risks[0], 4, 9, "↑"),
        Movement(risks[2], 9, 9, "="),
    ]
    assert [m.risk.code for m in movements(risks, assessments, D(2026, 3, 31), include_closed=True)] == [
        "R-02", "R-06", "R-01", "R-03", "R-04",
    ]  # fmt: skip
    bruto = movements(risks, assessments, D(2026, 3, 31), which="bruto")
    assert [(m.risk.code, m.previous_score, m.current_score, m.trend) for m in bruto] == [
        ("R-02", 25, 25, "="), ("R-01", 16, 16, "="), ("R-06", None, 10, ""), ("R-03", 9, 9, "="),
    ]  # fmt: skip


# --- signals ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "text"),
    [(D(2027, 3, 1), "1 maart 2027"), (D(2026, 1, 31), "31 januari 2026"), (D(2026, 12, 9), "9 december 2026")],
)
def test_dutch_date(day: dt.date, text: str) -> None:
    assert _dutch_date(day) == text


def codes(signals: list) -> list[tuple[str, str, str]]:  # type: ignore[type-arg]
    return [(s.code, s.severity.value, s.subject) for s in signals]


@pytest.mark.parametrize(
    ("category", "status", "assessment", "expected"),
    [
        ("financieel", "open", a(D(2026, 3, 1), 5, 5, 2, 5), [("above_appetite", "warning",
         "Netto score 10 (hoog) ligt boven de risicobereidheid van 9 voor financieel (beoordeeld op 1 maart 2026).")]),
        ("financieel", "open", a(D(2026, 3, 1), 5, 5, 3, 3), []),  # 9 = appetite
        ("compliance / juridisch", "beheerst", a(D(2026, 3, 1), 4, 4, 2, 4), [("above_appetite", "warning",
         "Netto score 8 (gemiddeld) ligt boven de risicobereidheid van 6 voor compliance / juridisch"
         " (beoordeeld op 1 maart 2026).")]),
        ("financieel", "open", a(D(2026, 3, 1), 5, 5, 3, 5), [("above_appetite", "critical",
         "Netto score 15 (zeer hoog) ligt boven de risicobereidheid van 9 voor financieel"
         " (beoordeeld op 1 maart 2026).")]),  # the highest band: critical
        ("financieel", "open", a(D(2026, 3, 1), 5, 5, 3, 4), [("above_appetite", "warning",
         "Netto score 12 (hoog) ligt boven de risicobereidheid van 9 voor financieel"
         " (beoordeeld op 1 maart 2026).")]),  # the highest score under 15: still a warning
        ("strategisch", "geaccepteerd", a(D(2026, 3, 1), 4, 4), [("above_appetite", "critical",
         "Netto score 16 (zeer hoog) ligt boven de risicobereidheid van 12 voor strategisch"
         " (beoordeeld op 1 maart 2026). Het risico is geaccepteerd.")]),
        ("strategisch", "gesloten", a(D(2026, 3, 1), 5, 5), []),  # closed: silent
    ],
)  # fmt: skip
def test_above_appetite_signal(
    category: str, status: str, assessment: Assessment, expected: list[tuple[str, str, str]]
) -> None:
    r = risk(1, "R-07", category, status, "Datalek bij leverancier")
    signals = risk_signals([r], [assessment], [], RULES, D(2026, 3, 31))
    assert [(s.code, s.severity.value, s.message) for s in signals] == expected
    for s in signals:
        assert (s.area, s.subject, s.date, s.ref) == (
            "risicos", "R-07 Datalek bij leverancier", D(2026, 3, 1), ItemRef("risicos", "risk", 1),
        )  # fmt: skip


def test_above_appetite_follows_the_current_assessment_only() -> None:
    history = [a(D(2025, 12, 1), 5, 5), a(D(2026, 3, 1), 5, 5, 1, 1)]
    assert risk_signals([risk()], history, [], RULES, D(2026, 3, 31)) == []
    # as of before the re-assessment the old, high score still counts
    assert codes(risk_signals([risk()], history, [], RULES, D(2026, 2, 1))) == [
        ("above_appetite", "critical", "R-01 Tekort op de begroting")
    ]


def test_above_appetite_with_changed_rules() -> None:
    rules = RiskRules.from_settings({"risicos.appetite": {"financieel": 20}})
    assert risk_signals([risk()], [a(D(2026, 3, 1), 5, 4)], [], rules, D(2026, 3, 1)) == []


@pytest.mark.parametrize(
    ("assessed_on", "as_of", "review_months", "due", "message"),
    [
        (D(2026, 12, 1), D(2027, 3, 1), 3, None, None),  # due exactly today: not yet overdue
        (D(2026, 12, 1), D(2027, 3, 2), 3, D(2027, 3, 1),
         "Laatst beoordeeld op 1 december 2026; een nieuwe beoordeling was uiterlijk 1 maart 2027 nodig"
         " (elke 3 maanden)."),
        (D(2026, 11, 30), D(2027, 3, 1), 3, D(2027, 2, 28),  # month end clamps
         "Laatst beoordeeld op 30 november 2026; een nieuwe beoordeling was uiterlijk 28 februari 2027 nodig"
         " (elke 3 maanden)."),
        (D(2026, 12, 1), D(2027, 3, 2), 6, None, None),  # a longer interval
        (D(2027, 1, 15), D(2027, 2, 16), 1, D(2027, 2, 15),
         "Laatst beoordeeld op 15 januari 2027; een nieuwe beoordeling was uiterlijk 15 februari 2027 nodig"
         " (elke maand)."),
    ],
)  # fmt: skip
def test_review_overdue_signal(
    assessed_on: dt.date, as_of: dt.date, review_months: int, due: dt.date | None, message: str | None
) -> None:
    rules = RiskRules(review_months=review_months)
    assessment = a(assessed_on, 2, 2)
    signals = risk_signals([risk()], [assessment], [], rules, as_of)
    if message is None:
        assert signals == []
        return
    assert review_due(assessment, rules) == due
    assert [(s.code, s.severity, s.date, s.message) for s in signals] == [
        ("review_overdue", Severity.WARNING, due, message)
    ]


def test_review_overdue_when_never_assessed() -> None:
    signals = risk_signals([risk(3, "R-03", title="Uitval ICT")], [], [], RULES, D(2026, 3, 1))
    assert [(s.code, s.severity, s.subject, s.date, s.message) for s in signals] == [
        ("review_overdue", Severity.WARNING, "R-03 Uitval ICT", None, "Nog nooit beoordeeld: geef kans en impact op.")
    ]


def test_an_assessment_after_as_of_does_not_count_for_the_review() -> None:
    signals = risk_signals([risk()], [a(D(2026, 6, 1), 2, 2)], [], RULES, D(2026, 3, 1))
    assert [s.message for s in signals] == ["Nog nooit beoordeeld: geef kans en impact op."]


@pytest.mark.parametrize(
    ("measure", "as_of", "message"),
    [
        (Measure(1, 1, "Back-up testen", "ICT", "gepland", D(2027, 3, 1)), D(2027, 3, 1), None),  # due today
        (Measure(1, 1, "Back-up testen", "ICT", "gepland", D(2027, 3, 1)), D(2027, 3, 2),
         'Maatregel "Back-up testen" (eigenaar: ICT) had uiterlijk 1 maart 2027 gereed moeten zijn; status: gepland.'),
        (Measure(1, 1, "Back-up testen", "", "in uitvoering", D(2027, 3, 1)), D(2027, 5, 1),
         'Maatregel "Back-up testen" had uiterlijk 1 maart 2027 gereed moeten zijn; status: in uitvoering.'),
        (Measure(1, 1, "Back-up testen", "ICT", "gereed", D(2026, 1, 1)), D(2027, 5, 1), None),  # done: never
        (Measure(1, 1, "Back-up testen", "ICT", "gepland", None), D(2027, 5, 1), None),  # no deadline
        (Measure(2, 99, "Maatregel zonder risico", "ICT", "gepland", D(2026, 1, 1)), D(2027, 5, 1), None),
    ],
)  # fmt: skip
def test_measure_overdue_signal(measure: Measure, as_of: dt.date, message: str | None) -> None:
    recent = a(as_of, 1, 1)  # assessed today: no review signal
    signals = risk_signals([risk()], [recent], [measure], RULES, as_of)
    expected = [] if message is None else [("measure_overdue", Severity.WARNING, measure.deadline, message)]
    assert [(s.code, s.severity, s.date, s.message) for s in signals] == expected


def test_closed_risk_raises_nothing() -> None:
    closed = risk(status="gesloten")
    signals = risk_signals(
        [closed],
        [a(D(2024, 1, 1), 5, 5)],  # far above appetite and long overdue for review
        [Measure(1, 1, "Back-up testen", "ICT", "gepland", D(2024, 6, 1))],
        RULES,
        D(2026, 3, 1),
    )
    assert signals == []
    assert risk_signals([closed], [], [], RULES, D(2026, 3, 1)) == []  # never assessed either


def test_signals_of_a_register_sorted_most_severe_first() -> None:
    risks = [
        risk(1, "R-01", "financieel", title="Tekort op de begroting"),
        risk(2, "R-02", "informatiebeveiliging / privacy", title="Datalek"),
        risk(3, "R-03", "reputatie", "beheerst", title="Negatieve berichtgeving"),
        risk(4, "R-04", "strategisch", "gesloten", title="Aanbesteding"),
    ]
    assessments = [
        a(D(2026, 1, 10), 4, 5, 3, 5, risk_id=1),  # 15 > 9: critical
        a(D(2025, 9, 1), 3, 4, 2, 4, risk_id=2),  # 8 > 6, due 1 december 2025
        a(D(2026, 2, 1), 2, 2, risk_id=3),  # fine
        a(D(2024, 1, 1), 5, 5, risk_id=4),
    ]
    measures = [
        Measure(1, 2, "Phishingtraining", "HR", "in uitvoering", D(2026, 2, 1)),
        Measure(2, 2, "Tweefactorauthenticatie", "ICT", "gereed", D(2026, 1, 1)),
        Measure(3, 3, "Woordvoeringsprotocol", "directie", "gepland", D(2026, 3, 1)),
        Measure(4, 4, "Oud", "directie", "gepland", D(2024, 3, 1)),
    ]
    signals = risk_signals(risks, assessments, measures, RULES, D(2026, 3, 1))
    assert [(s.severity.value, s.code, s.subject, s.date) for s in signals] == [
        ("critical", "above_appetite", "R-01 Tekort op de begroting", D(2026, 1, 10)),
        ("warning", "above_appetite", "R-02 Datalek", D(2025, 9, 1)),
        ("warning", "review_overdue", "R-02 Datalek", D(2025, 12, 1)),
        ("warning", "measure_overdue", "R-02 Datalek", D(2026, 2, 1)),
    ]
    assert all(s.ref == ItemRef("risicos", "risk", int(s.subject[2:4])) for s in signals)


def test_signals_stay_linear_with_a_long_history() -> None:
    """1,000 risks × 40 assessments: grouped once, never risks × assessments."""
    risks = [risk(n, f"R-{n:04d}") for n in range(1, 1001)]
    start = D(2016, 1, 1)
    assessments = [
        Assessment(n * 100 + q, n, start + dt.timedelta(days=91 * q), 1 + (n + q) % 5, 1 + q % 5, None, None, "")
        for n in range(1, 1001)
        for q in range(40)
    ]
    measures = [Measure(n, n, "Maatregel", "", "gepland", D(2025, 1, 1)) for n in range(1, 1001)]
    as_of = D(2026, 1, 1)
    began = time.perf_counter()
    signals = risk_signals(risks, assessments, measures, RULES, as_of)
    entries = register_entries(risks, assessments, RULES, as_of)
    moved = movements(risks, assessments, as_of)
    cells = heatmap_cells(risks_with_assessment(risks, assessments, as_of))
    elapsed = time.perf_counter() - began
    assert len(entries) == 1000 and len(moved) == 1000
    assert sum(len(c) for c in cells.values()) == 1000
    assert sum(s.code == "measure_overdue" for s in signals) == 1000
    assert elapsed < 3.0, f"{elapsed:.2f} s"
