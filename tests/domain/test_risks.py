"""Risk register rules: scores, bands, settings, appetite, input checks."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from swtgov.domain import catalog
from swtgov.domain.risks import (
    CATEGORIES,
    MEASURE_STATUSES,
    RISK_STATUSES,
    SETTINGS,
    Assessment,
    Band,
    Measure,
    Risk,
    RiskRules,
    band_for,
    bands_from_settings,
    check_appetite,
    check_bands,
    check_labels,
    is_above_appetite,
    normalise_status,
    parse_level,
    score,
    validate_measure_input,
    validate_risk_input,
)
from swtgov.domain.settings import SettingValueError, Settings, all_specs

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


# --- bands -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "key", "label"),
    [
        (1, "laag", "laag"),
        (3, "laag", "laag"),
        (4, "gemiddeld", "gemiddeld"),
        (9, "gemiddeld", "gemiddeld"),
        (10, "hoog", "hoog"),
        (14, "hoog", "hoog"),
        (15, "zeer_hoog", "zeer hoog"),
        (25, "zeer_hoog", "zeer hoog"),
    ],
)
def test_default_band_edges(value: int, key: str, label: str) -> None:
    band = band_for(value)
    assert (band.key, band.label) == (key, label)


def test_default_bands() -> None:
    assert bands_from_settings() == (
        Band("laag", "laag", 1, 3),
        Band("gemiddeld", "gemiddeld", 4, 9),
        Band("hoog", "hoog", 10, 14),
        Band("zeer_hoog", "zeer hoog", 15, 25),
    )


@pytest.mark.parametrize("value", [0, 26])
def test_band_for_refuses_a_score_outside_1_to_25(value: int) -> None:
    with pytest.raises(ValueError, match=f"score {value} valt in geen enkele band"):
        band_for(value)


def test_bands_from_a_changed_setting() -> None:
    bands = bands_from_settings({"laag": [1, 4], "gemiddeld": [5, 11], "hoog": [12, 19], "zeer hoog": [20, 25]})
    assert [(b.label, b.low, b.high) for b in bands] == [
        ("laag", 1, 4), ("gemiddeld", 5, 11), ("hoog", 12, 19), ("zeer hoog", 20, 25),
    ]  # fmt: skip
    assert band_for(4, bands).label == "laag"
    assert band_for(12, bands).label == "hoog"
    assert band_for(19, bands).label == "hoog"


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ({"laag": [1, 3], "gemiddeld": [4, 9], "hoog": [10, 14], "zeer hoog": [15, 25]}, None),
        ({"laag": [1, 3], "gemiddeld": [4, 9], "hoog": [12, 14], "zeer hoog": [15, 25]},
         "de banden sluiten niet aan: score 10–11 valt in geen enkele band"),
        ({"laag": [1, 3], "gemiddeld": [4, 9], "hoog": [11, 14], "zeer hoog": [15, 25]},
         "de banden sluiten niet aan: score 10 valt in geen enkele band"),
        ({"laag": [2, 3], "gemiddeld": [4, 9], "hoog": [10, 14], "zeer hoog": [15, 25]},
         "de banden sluiten niet aan: score 1 valt in geen enkele band"),
        ({"laag": [1, 3], "gemiddeld": [4, 10], "hoog": [10, 14], "zeer hoog": [15, 25]},
         'de banden overlappen: band "hoog" begint bij 10, maar 10 valt al in een eerdere band'),
        ({"laag": [1, 3], "gemiddeld": [4, 9], "hoog": [10, 14], "zeer hoog": [15, 20]},
         "de banden moeten tot en met 25 lopen, niet tot en met 20"),
        ({"laag": [1, 3], "gemiddeld": [4, 9], "hoog": [10, 14]}, 'de band "zeer hoog" ontbreekt'),
        ({"laag": [1, 3], "gemiddeld": [4, 9], "hoog": [10, 14], "zeer hoog": [15, 25], "extreem": [26, 30]},
         'onbekende band "extreem"; de banden zijn laag, gemiddeld, hoog, zeer hoog'),
        ({"laag": [3, 1], "gemiddeld": [4, 9], "hoog": [10, 14], "zeer hoog": [15, 25]},
         'band "laag": 3 is groter dan 1'),
        ({"laag": [1, "3"], "gemiddeld": [4, 9], "hoog": [10, 14], "zeer hoog": [15, 25]},
         'band "laag": verwacht twee gehele getallen [van, tot en met]'),
        ([1, 4, 10, 15], 'verwacht een object zoals {"laag": [1, 3], "gemiddeld": [4, 9], ...}'),
    ],
)  # fmt: skip
def test_check_bands(value: object, reason: str | None) -> None:
    assert check_bands(value) == reason


def test_bands_from_settings_refuses_a_gap() -> None:
    with pytest.raises(ValueError, match="score 10–11 valt in geen enkele band"):
        bands_from_settings({"laag": [1, 3], "gemiddeld": [4, 9], "hoog": [12, 14], "zeer hoog": [15, 25]})


# --- settings and rules --------------------------------------------------------


def test_settings_are_registered_in_the_catalog() -> None:
    keys = [spec.key for spec in catalog.area_settings()]
    assert [spec.key for spec in SETTINGS] == [
        "risicos.kans_labels",
        "risicos.impact_labels",
        "risicos.bands",
        "risicos.appetite",
        "risicos.appetite_default",
        "risicos.review_months",
    ]
    assert all(spec.key in keys for spec in SETTINGS)
    assert all(spec.area == "risicos" for spec in SETTINGS)
    assert all(spec.validate(spec.default) == spec.default for spec in SETTINGS)


def test_default_rules() -> None:
    rules = RiskRules.from_settings({})
    assert rules == RiskRules()
    assert rules.kans_label(1) == "zeer onwaarschijnlijk / zeldzaam"
    assert rules.kans_label(5) == "vrijwel zeker"
    assert [rules.impact_label(n) for n in range(1, 6)] == [
        "verwaarloosbaar", "gering", "matig", "ernstig", "zeer ernstig",
    ]  # fmt: skip
    assert rules.review_months == 3
    assert rules.band_for(15).label == "zeer hoog"
    assert RiskRules.from_settings(Settings()) == rules


def test_rules_from_stored_settings() -> None:
    specs = all_specs()
    stored = {
        "risicos.bands": specs["risicos.bands"].parse(
            '{"laag": [1, 2], "gemiddeld": [3, 8], "hoog": [9, 15], "zeer hoog": [16, 25]}'
        ),
        "risicos.appetite": specs["risicos.appetite"].parse('{"financieel": 4}'),
        "risicos.appetite_default": 12,
        "risicos.review_months": 6,
        "risicos.kans_labels": ["zelden", "soms", "regelmatig", "vaak", "altijd"],
    }
    rules = RiskRules.from_settings(Settings(stored))
    assert rules.band_for(15).label == "hoog"
    assert rules.appetite_for("financieel") == 4
    assert rules.appetite_for("reputatie") == 12  # not in the changed map: the default
    assert rules.review_months == 6
    assert rules.kans_label(3) == "regelmatig"
    assert rules.impact_label(3) == "matig"


def test_rules_refuse_a_malformed_stored_value() -> None:
    with pytest.raises(SettingValueError, match='instelling "risicos.bands": de band "laag" ontbreekt'):
        RiskRules.from_settings({"risicos.bands": {"gemiddeld": [1, 9], "hoog": [10, 14], "zeer hoog": [15, 25]}})
    with pytest.raises(SettingValueError, match="groter dan het maximum 24"):
        RiskRules.from_settings({"risicos.review_months": 36})


@pytest.mark.parametrize(
    ("key", "text", "message"),
    [
        ("risicos.kans_labels", '["a", "b", "c", "d"]',
         'instelling "risicos.kans_labels": verwacht een lijst van vijf omschrijvingen, voor 1 tot en met 5'),
        ("risicos.impact_labels", '["a", "b", " ", "d", "e"]',
         'instelling "risicos.impact_labels": de omschrijving voor 3 is leeg'),
        ("risicos.appetite", '{"financieel": 30}',
         'instelling "risicos.appetite": categorie "financieel": de risicobereidheid moet een geheel getal '
         "van 1 tot en met 25 zijn, niet 30"),
        ("risicos.appetite", "[9]",
         'instelling "risicos.appetite": verwacht een object zoals {"financieel": 9, "reputatie": 12}'),
        ("risicos.review_months", "0", 'instelling "risicos.review_months": 0 is kleiner dan het minimum 1'),
    ],
)  # fmt: skip
def test_settings_refuse_malformed_text(key: str, text: str, message: str) -> None:
    with pytest.raises(SettingValueError) as error:
        all_specs()[key].parse(text)
    assert str(error.value) == message


def test_settings_show_and_parse_round_trip() -> None:
    for spec in SETTINGS:
        assert spec.parse(spec.show(spec.default)) == spec.default
    assert json.loads(all_specs()["risicos.bands"].show(all_specs()["risicos.bands"].default))["hoog"] == [10, 14]


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (["1", "2", "3", "4", "5"], None),
        ("1,2,3,4,5", "verwacht een lijst van vijf omschrijvingen, voor 1 tot en met 5"),
        ([1, "2", "3", "4", "5"], "de omschrijving voor 1 is leeg"),
    ],
)
def test_check_labels(value: object, reason: str | None) -> None:
    assert check_labels(value) == reason


def test_check_appetite_refuses_an_empty_category() -> None:
    assert check_appetite({" ": 9}) == "een categorie zonder naam"
    assert check_appetite({"reputatie": True}) is not None


# --- appetite ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("category", "appetite"),
    [
        ("strategisch", 12),
        ("financieel", 9),
        ("personeel / bedrijfsvoering", 9),
        ("compliance / juridisch", 6),
        ("informatiebeveiliging / privacy", 6),
        ("reputatie", 9),
        ("kwaliteit van dienstverlening", 9),
        ("Informatiebeveiliging /  Privacy", 6),  # case and spacing do not matter
        ("huisvesting", 9),  # a category an import added: risicos.appetite_default
    ],
)
def test_default_appetite_per_category(category: str, appetite: int) -> None:
    assert RiskRules().appetite_for(category) == appetite


@pytest.mark.parametrize(
    ("category", "kans", "impact", "kans_rest", "impact_rest", "above"),
    [
        ("financieel", 5, 5, 3, 3, False),  # netto 9 = appetite 9: acceptable
        ("financieel", 5, 5, 2, 5, True),  # netto 10 > 9
        ("compliance / juridisch", 4, 4, 2, 3, False),  # 6 = 6
        ("compliance / juridisch", 4, 4, 3, 3, True),  # 9 > 6
        ("strategisch", 4, 4, 3, 4, False),  # 12 = 12
        ("strategisch", 4, 4, None, None, True),  # no measures: netto = bruto 16 > 12
        ("informatiebeveiliging / privacy", 5, 5, 1, 5, False),  # 5 <= 6
        ("reputatie", 1, 5, 2, 5, True),  # netto above bruto: 10 > 9
    ],
)
def test_is_above_appetite(
    category: str, kans: int, impact: int, kans_rest: int | None, impact_rest: int | None, above: bool
) -> None:
    a = assessed(kans, impact, kans_rest, impact_rest)
    assert is_above_appetite(risk(category), a, RiskRules()) is above
    assert RiskRules().is_above_appetite(risk(category), a) is above


def test_no_assessment_is_never_above_appetite() -> None:
    assert is_above_appetite(risk(), None, RiskRules()) is False


def test_changed_appetite_moves_the_line() -> None:
    rules = RiskRules(appetite={"financieel": 4})
    assert is_above_appetite(risk("financieel"), assessed(5, 5, 1, 5), rules) is True
    assert is_above_appetite(risk("financieel"), assessed(5, 5, 2, 2), rules) is False


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
