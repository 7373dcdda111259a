"""Validation of the three registers' records: every reason in Dutch."""

from __future__ import annotations

import datetime as dt

from swtgov.domain.confidential.clocks import TIMEZONE
from swtgov.domain.confidential.model import (
    CATEGORIES,
    SETTINGS,
    CounsellorReport,
    DataBreach,
    WhistleblowerReport,
    canonical,
    text_problem,
    validate_breach,
    validate_counsellor,
    validate_whistleblower,
)

D = dt.date


def at(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=TIMEZONE)


def test_counsellor_record_has_no_field_for_a_person_or_free_text() -> None:
    fields = set(CounsellorReport.__dataclass_fields__)
    assert fields == {"id", "reported_on", "categories", "consultations", "outcome"}


def test_counsellor_unknown_category_and_outcome() -> None:
    report = CounsellorReport(None, D(2026, 3, 1), ("pesten", "roddel"), 2, "schikking")
    assert validate_counsellor(report, CATEGORIES) == [
        ("categorie", '"roddel" bestaat niet; kies uit ' + ", ".join(CATEGORIES)),
        ("afloop", '"schikking" bestaat niet; kies uit alleen advies, opvang, doorverwezen, informele oplossing, '
                   "formele klacht, melding misstand"),
    ]


def test_counsellor_needs_a_category() -> None:
    assert validate_counsellor(CounsellorReport(None, D(2026, 3, 1), ()), CATEGORIES) == [
        ("categorie", "ontbreekt; kies ten minste één categorie")
    ]


def test_canonical_ignores_case_spacing_and_knows_aliases() -> None:
    assert canonical("  Agressie  EN geweld ", CATEGORIES) == "agressie en geweld"
    assert canonical("agressie", CATEGORIES) == "agressie en geweld"
    assert canonical("roddel", CATEGORIES) is None


def test_acknowledgement_before_receipt_is_refused() -> None:
    report = WhistleblowerReport(None, D(2026, 11, 3), acknowledged_on=D(2026, 11, 2))
    assert validate_whistleblower(report) == [
        ("ontvangst_bevestigd_op", "2 november 2026 ligt vóór de ontvangst van de melding (3 november 2026)")
    ]


def test_extension_once_by_at_most_three_months_with_a_reason() -> None:
    base = WhistleblowerReport(None, D(2026, 11, 25), acknowledged_on=D(2026, 11, 30))
    ok = validate_whistleblower(base.__class__(**{**base.__dict__, "extended_to": D(2027, 5, 28),
                                                  "extension_reason": "Onderzoek loopt"}))  # fmt: skip
    assert ok == []
    too_long = WhistleblowerReport(None, D(2026, 11, 25), acknowledged_on=D(2026, 11, 30),
                                   extended_to=D(2027, 5, 29), extension_reason="Onderzoek loopt")  # fmt: skip
    assert validate_whistleblower(too_long) == [(
        "verlenging_tot",
        "29 mei 2027 is meer dan 3 maanden na de termijn voor terugkoppeling (28 februari 2027); verlengen mag "
        "één keer, met ten hoogste 3 maanden (uiterlijk 28 mei 2027)",
    )]
    no_reason = WhistleblowerReport(None, D(2026, 11, 25), acknowledged_on=D(2026, 11, 30), extended_to=D(2027, 4, 1))
    assert validate_whistleblower(no_reason) == [
        ("reden_verlenging", "ontbreekt; een verlenging van de termijn vraagt een reden")
    ]
    earlier = WhistleblowerReport(None, D(2026, 11, 25), acknowledged_on=D(2026, 11, 30), extended_to=D(2027, 2, 1),
                                  extension_reason="x")  # fmt: skip
    assert validate_whistleblower(earlier)[0][0] == "verlenging_tot"


def test_notification_before_discovery_is_refused() -> None:
    breach = DataBreach(None, at(2026, 11, 20, 14, 30), "Mail verkeerd verstuurd", notify_ap=True,
                        notified_at=at(2026, 11, 20, 9, 0))  # fmt: skip
    assert validate_breach(breach) == [(
        "gemeld_ap_op",
        "20 november 2026 om 09:00 ligt vóór de ontdekking van het datalek (20 november 2026 om 14:30)",
    )]


def test_notified_without_a_moment_is_refused() -> None:
    breach = DataBreach(None, at(2026, 11, 20, 14, 30), "Mail verkeerd verstuurd", notify_ap=True)
    assert validate_breach(breach) == [
        ("gemeld_ap_op", "ontbreekt: gemeld bij de AP is ja, vul dan ook het moment van de melding in")
    ]


def test_a_decision_not_to_notify_needs_its_reasoning() -> None:
    breach = DataBreach(None, at(2026, 11, 20, 14, 30), "Mail verkeerd verstuurd", notify_ap=False)
    assert [column for column, _ in validate_breach(breach)] == ["reden_niet_gemeld"]
    breach = DataBreach(None, at(2026, 11, 20, 14, 30), "Mail verkeerd verstuurd", notify_ap=False,
                        reason_not_notified="  ")  # fmt: skip
    assert [column for column, _ in validate_breach(breach)] == ["reden_niet_gemeld"]
    reasoned = DataBreach(None, at(2026, 11, 20, 14, 30), "Mail verkeerd verstuurd", notify_ap=False,
                          reason_not_notified="Alleen een interne collega; direct verwijderd.")  # fmt: skip
    assert validate_breach(reasoned) == []


def test_text_limits_and_control_characters() -> None:
    assert text_problem("a" * 201, 200) == "is 201 tekens lang; het maximum is 200"
    assert text_problem("regel\x07", 200) == "bevat een stuurteken; haal het weg"
    assert text_problem("regel 1\nregel 2\tmet tab", 200) is None


def test_category_setting_refuses_commas_and_duplicates() -> None:
    spec = {s.key: s for s in SETTINGS}["vertrouwelijk.categories"]
    assert spec.check is not None
    assert spec.check(["pesten", "Pesten"]) == "een categorie staat twee keer in de lijst"
    assert "komma" in (spec.check(["pesten, treiteren"]) or "")
    assert spec.check(list(CATEGORIES)) is None
