"""Risk register values: scores, assessments, measures and input checks."""

from __future__ import annotations

import datetime as dt

import pytest

from swtgov.domain.risks.model import (
    CATEGORIES,
    MEASURE_STATUSES,
    RISK_STATUSES,
    Assessment,
    Measure,
    Risk,
    normalise_status,
    parse_level,
    score,
    validate_measure_input,
    validate_risk_input,
)

D = dt.date


def risk(category: str = "financieel", status: str = "open", code: str = "R-01") -> Risk:
    return Risk(1, code, "Tekort op de begroting", "", category, "controller", status)


def assessed(kans: int, impact: int, kans_rest: int | None = None, impact_rest: int | None = None) -> Assessment:
    return Assessment(1, 1, D(2026, 3, 1), kans, impact, kans_rest, impact_rest, "")


# --- constants -------------------------------------------------------------


def test_categories_are_the_seven_of_the_brief_in_order() -> None:
    assert CATEGORIES == (
        "strategisch",
        "financieel",
        "personeel / bedrijfsvoering",
        "compliance / juridisch",
        "informatiebeveiliging / privacy",
        "reputatie",
        "kwaliteit van dienstverlening",
    )
    assert RISK_STATUSES == ("open", "beheerst", "geaccepteerd", "gesloten")
    assert MEASURE_STATUSES == ("gepland", "in uitvoering", "gereed")


# --- score -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("kans", "impact", "expected"),
    [(1, 1, 1), (1, 3, 3), (2, 2, 4), (3, 3, 9), (2, 5, 10), (3, 5, 15), (4, 5, 20), (5, 5, 25)],
)
def test_score_is_kans_times_impact(kans: int, impact: int, expected: int) -> None:
    assert score(kans, impact) == expected


@pytest.mark.parametrize(
    ("kans", "impact", "message"),
    [
        (0, 3, "kans moet een geheel getal van 1 tot en met 5 zijn, niet 0"),
        (6, 3, "kans moet een geheel getal van 1 tot en met 5 zijn, niet 6"),
        (3, 0, "impact moet een geheel getal van 1 tot en met 5 zijn, niet 0"),
        (3, -1, "impact moet een geheel getal van 1 tot en met 5 zijn, niet -1"),
        (3, 2.5, "impact moet een geheel getal van 1 tot en met 5 zijn, niet 2.5"),
        (True, 3, "kans moet een geheel getal van 1 tot en met 5 zijn, niet True"),
        ("3", 3, "kans moet een geheel getal van 1 tot en met 5 zijn, niet '3'"),
    ],
)
def test_score_refuses_levels_outside_1_to_5(kans: object, impact: object, message: str) -> None:
    with pytest.raises(ValueError) as error:
        score(kans, impact)  # type: ignore[arg-type]
    assert str(error.value) == message


# --- assessments: bruto and netto --------------------------------------------


@pytest.mark.parametrize(
    ("kans", "impact", "kans_rest", "impact_rest", "bruto", "netto", "netto_cell"),
    [
        (4, 5, 2, 3, 20, 6, (2, 3)),
        (4, 5, None, None, 20, 20, (4, 5)),  # no measures yet: netto = bruto
        (4, 5, 2, None, 20, 10, (2, 5)),  # only kans reduced: bruto impact counts
        (4, 5, None, 3, 20, 12, (4, 3)),
        (2, 2, 3, 3, 4, 9, (3, 3)),  # netto above bruto is allowed
    ],
)
def test_assessment_bruto_and_netto(
    kans: int, impact: int, kans_rest: int | None, impact_rest: int | None,
    bruto: int, netto: int, netto_cell: tuple[int, int],
) -> None:  # fmt: skip
    a = assessed(kans, impact, kans_rest, impact_rest)
    assert (a.bruto, a.netto) == (bruto, netto)
    assert a.cell("bruto") == (kans, impact)
    assert a.cell("netto") == netto_cell
    assert (a.score_for("bruto"), a.score_for("netto")) == (bruto, netto)


def test_assessment_refuses_a_level_outside_1_to_5() -> None:
    with pytest.raises(ValueError, match="kans na maatregelen moet een geheel getal van 1 tot en met 5 zijn, niet 7"):
        assessed(3, 3, 7, 1)
    with pytest.raises(ValueError, match="impact moet een geheel getal"):
        assessed(3, 6)


def test_assessment_cell_takes_only_bruto_or_netto() -> None:
    with pytest.raises(ValueError, match="kies bruto of netto"):
        assessed(3, 3).cell("rest")  # type: ignore[arg-type]


def test_risk_label_and_closed() -> None:
    assert risk().label == "R-01 Tekort op de begroting"
    assert not risk(status="geaccepteerd").is_closed
    assert risk(status="gesloten").is_closed


@pytest.mark.parametrize(
    ("status", "deadline", "as_of", "overdue"),
    [
        ("gepland", D(2027, 3, 1), D(2027, 3, 2), True),
        ("in uitvoering", D(2027, 3, 1), D(2027, 3, 2), True),
        ("gepland", D(2027, 3, 1), D(2027, 3, 1), False),  # due today: not yet overdue
        ("gereed", D(2026, 1, 1), D(2027, 3, 2), False),  # done is never overdue
        ("gepland", None, D(2027, 3, 2), False),  # no deadline: never overdue
    ],
)
def test_measure_is_overdue(status: str, deadline: dt.date | None, as_of: dt.date, overdue: bool) -> None:
    assert Measure(1, 1, "Back-up testen", "ICT", status, deadline).is_overdue(as_of) is overdue


# --- input ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "level"),
    [(3, 3), ("3", 3), (" 4 ", 4), (5.0, 5), (None, None), ("", None), ("  ", None)],
)
def test_parse_level_reads(value: object, level: int | None) -> None:
    assert parse_level(value) == level


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("drie", '"drie" is geen geheel getal van 1 tot en met 5'),
        (2.5, '"2.5" is geen geheel getal van 1 tot en met 5'),
        (True, '"True" is geen geheel getal van 1 tot en met 5'),
        (6, "6 ligt niet tussen 1 en 5"),
        ("0", "0 ligt niet tussen 1 en 5"),
    ],
)
def test_parse_level_refuses(value: object, message: str) -> None:
    with pytest.raises(ValueError) as error:
        parse_level(value)
    assert str(error.value) == message


@pytest.mark.parametrize(
    ("text", "status"),
    [("open", "open"), (" Beheerst ", "beheerst"), ("GESLOTEN", "gesloten"), ("dicht", None), (3, None)],
)
def test_normalise_status(text: object, status: str | None) -> None:
    assert normalise_status(text) == status


def test_normalise_measure_status() -> None:
    assert normalise_status("In  uitvoering", MEASURE_STATUSES) == "in uitvoering"
    assert normalise_status("open", MEASURE_STATUSES) is None


@pytest.mark.parametrize(
    ("row", "problems", "warnings"),
    [
        (("Cyberaanval", "informatiebeveiliging / privacy", 4, 5, 2, 3, "open"), [], []),
        (("Cyberaanval", "informatiebeveiliging / privacy", "4", "5", "", "", ""), [], []),
        (("Cyberaanval", "financieel", 4, 5, None, None, None), [], []),
        (("", "financieel", 3, 3, None, None, "open"), ["titel: vul een titel in"], []),
        (("   ", "financieel", 3, 3, None, None, "open"), ["titel: vul een titel in"], []),
        (("Tekort", "financieel", 6, 3, None, None, "open"), ["kans: 6 ligt niet tussen 1 en 5"], []),
        (("Tekort", "financieel", 3, 0, None, None, "open"), ["impact: 0 ligt niet tussen 1 en 5"], []),
        (("Tekort", "financieel", "hoog", 3, None, None, "open"),
         ['kans: "hoog" is geen geheel getal van 1 tot en met 5'], []),
        (("Tekort", "financieel", None, 3, None, None, "open"), ["kans: vul een getal van 1 tot en met 5 in"], []),
        (("Tekort", "financieel", 3, 3, 9, 1, "open"), ["kans na maatregelen: 9 ligt niet tussen 1 en 5"], []),
        (("Tekort", "financieel", 3, 3, None, None, "afgerond"),
         ['status: "afgerond" is onbekend; kies uit open, beheerst, geaccepteerd, gesloten'], []),
        (("Tekort", "financieel", 3, 3, None, None, "Geaccepteerd"), [], []),
        (("Tekort", "", 3, 3, None, None, "open"), ["categorie: kies een categorie"], []),
        (("Tekort", "Huisvesting", 3, 3, None, None, "open"), [],
         ['categorie: "Huisvesting" is nieuw en wordt toegevoegd']),
        (("Tekort", "Financieel", 3, 3, None, None, "open"), [], []),
        # netto above bruto: allowed, but a warning
        (("Tekort", "financieel", 2, 2, 3, 3, "open"), [],
         ["netto score: 9 is hoger dan de bruto score 4; na maatregelen is een risico gewoonlijk kleiner"]),
        (("Tekort", "financieel", 2, 2, 2, 2, "open"), [], []),  # equal: fine
        (("Tekort", "financieel", 4, 4, 2, None, "open"), [],
         ["impact na maatregelen: niet ingevuld; voor de netto score telt de impact vóór maatregelen"]),
        (("Tekort", "financieel", 2, 2, None, 3, "open"), [],
         ["kans na maatregelen: niet ingevuld; voor de netto score telt de kans vóór maatregelen",
          "netto score: 6 is hoger dan de bruto score 4; na maatregelen is een risico gewoonlijk kleiner"]),
        # every problem at once, not the first only
        (("", "financieel", 0, 7, None, None, "weg"),
         ["titel: vul een titel in", "kans: 0 ligt niet tussen 1 en 5", "impact: 7 ligt niet tussen 1 en 5",
          'status: "weg" is onbekend; kies uit open, beheerst, geaccepteerd, gesloten'], []),
    ],
)  # fmt: skip
def test_validate_risk_input(row: tuple[object, ...], problems: list[str], warnings: list[str]) -> None:
    assert validate_risk_input(*row) == (problems, warnings)


@pytest.mark.parametrize(
    ("description", "status", "deadline", "problems"),
    [
        ("Back-up testen", "gepland", D(2027, 3, 1), []),
        ("Back-up testen", "", None, []),
        ("Back-up testen", "In uitvoering", "", []),
        ("", "gereed", None, ["maatregel: beschrijf de maatregel"]),
        ("Back-up testen", "bezig", None,
         ['status maatregel: "bezig" is onbekend; kies uit gepland, in uitvoering, gereed']),
        ("Back-up testen", "gepland", "31-02-2027", ['deadline: "31-02-2027" is geen leesbare datum']),
    ],
)  # fmt: skip
def test_validate_measure_input(description: str, status: str, deadline: object, problems: list[str]) -> None:
    assert validate_measure_input(description, status, deadline) == problems
