"""Risk categories by their usual short names; the appetite as categorie=waarde pairs."""

from __future__ import annotations

import datetime as dt

import pytest

from swtgov.domain.risks.rules import DEFAULT_APPETITE, parse_appetite_pairs
from swtgov.domain.settings import SettingValueError
from swtgov.services.risks.register import RiskFields, canonical_category, create_risk, known_categories

KNOWN = known_categories([])


@pytest.mark.parametrize(("typed", "category"), [
    ("personeel", "personeel / bedrijfsvoering"),
    ("Bedrijfsvoering", "personeel / bedrijfsvoering"),
    ("informatiebeveiliging", "informatiebeveiliging / privacy"),
    (" privacy ", "informatiebeveiliging / privacy"),
    ("compliance", "compliance / juridisch"),
    ("juridisch", "compliance / juridisch"),
    ("kwaliteit", "kwaliteit van dienstverlening"),
    ("FINANCIEEL", "financieel"),
])
def test_short_names_are_the_standard_category(typed: str, category: str) -> None:
    assert canonical_category(typed, KNOWN) == (category, False)


def test_a_truly_new_category_is_new() -> None:
    assert canonical_category("  klimaat  en energie ", KNOWN) == ("klimaat en energie", True)


def test_a_risk_typed_with_a_short_name_lands_in_the_standard_category(governance_file) -> None:  # type: ignore[no-untyped-def]
    from swtgov.store.risks import repo

    with governance_file.change() as audit:
        risk_id = create_risk(audit, RiskFields("Verzuim", "personeel"), dt.date(2026, 10, 1), 3, 3)
    assert repo.load_risk(governance_file.db, risk_id).category == "personeel / bedrijfsvoering"


def test_appetite_pairs_change_one_category_and_remove_with_an_empty_value() -> None:
    value = parse_appetite_pairs("Financieel=12; reputatie=, klimaat = 4", DEFAULT_APPETITE)
    assert value["financieel"] == 12
    assert "reputatie" not in value
    assert value["klimaat"] == 4
    assert value["strategisch"] == 12


@pytest.mark.parametrize(("text", "reason"), [
    ("financieel", '"financieel": verwacht categorie=waarde, bijvoorbeeld financieel=9'),
    ("financieel=veel", 'categorie "financieel": "veel" is geen geheel getal'),
])
def test_appetite_pairs_refuse_in_dutch(text: str, reason: str) -> None:
    with pytest.raises(SettingValueError, match=reason):
        parse_appetite_pairs(text, DEFAULT_APPETITE)


def test_the_cli_reads_pairs_and_still_reads_json(governance_file, capsys) -> None:  # type: ignore[no-untyped-def]
    import json

    from swtgov.cli import main

    path = str(governance_file.path)
    governance_file.close()
    assert main(["settings", path, "risicos.appetite", "financieel=14, klimaat=5"]) == 0
    capsys.readouterr()
    assert main(["settings", path, "risicos.appetite"]) == 0
    value = json.loads(capsys.readouterr().out)
    assert value["financieel"] == 14 and value["klimaat"] == 5 and len(value) == 8
    assert main(["settings", path, "risicos.appetite", '{"financieel": 9}']) == 0
    capsys.readouterr()
    assert main(["settings", path, "risicos.appetite", "financieel=30"]) == 1
    assert "van 1 tot en met 25" in capsys.readouterr().err
