"""Risk rules: score bands, settings, scale labels and the risk appetite."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from swtgov.domain.risks.model import Assessment, Risk
from swtgov.domain.risks.rules import (
    SETTINGS,
    Band,
    RiskRules,
    band_for,
    bands_from_settings,
    check_appetite,
    check_bands,
    check_labels,
    is_above_appetite,
)
from swtgov.domain.settings import Settings, SettingValueError, all_specs

D = dt.date


def risk(category: str = "financieel", status: str = "open", code: str = "R-01") -> Risk:
    return Risk(1, code, "Tekort op de begroting", "", category, "controller", status)


def assessed(kans: int, impact: int, kans_rest: int | None = None, impact_rest: int | None = None) -> Assessment:
    return Assessment(1, 1, D(2026, 3, 1), kans, impact, kans_rest, impact_rest, "")




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
    keys = list(all_specs())
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
