"""The notulen and jaarplanning PDFs on plain models: what a reader finds on each page."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from swtgov.reports.meetings.minutes import Minutes, MinutesAction, MinutesItem, build
from swtgov.reports.meetings.planning import PlannedMeeting, Planning
from swtgov.reports.meetings.planning import build as build_planning

D = dt.date


def minutes(**extra: object) -> Minutes:
    values: dict[str, object] = {
        "organisation": "Stichting Wijkteams Noord", "body": "Raad van Toezicht", "date": D(2026, 3, 12),
        "times": "19:00–21:30 uur", "location": "Teamkantoor Noord",
        "present": ["Anna de Vries (voorzitter)", "Bert Bakker", "Carla Jansen"], "absent_notified": ["Dirk Smit"],
        "absent_unnotified": [], "guests": ["Petra Bos (directeur-bestuurder)"], "secretaries": ["Karin de Wit"],
        "quorum": "Het quorum is bereikt: 3 van de 4 zittende leden aanwezig (vereist: 3).",
        "items": [
            MinutesItem("1", "Opening en vaststellen agenda", "ter besluitvorming",
                        "De voorzitter opent de vergadering.\n\nDe agenda wordt ongewijzigd vastgesteld."),
            MinutesItem("3", "Jaarrekening 2025", "ter besluitvorming", "De accountant licht de controle toe.",
                        conflicts=["Tegenstrijdig belang: Carla Jansen heeft niet deelgenomen."],
                        decisions=[("2026-07", "De jaarrekening 2025 wordt goedgekeurd.")],
                        actions=["Actie: Managementletter bespreken (Bert Bakker, uiterlijk 1 mei 2026)"]),
        ] + [MinutesItem(str(n), f"Onderwerp {n}", notes="Besproken. " * 60) for n in range(4, 12)],
        "decisions": [("2026-07", "De jaarrekening 2025 wordt goedgekeurd.", "3")],
        "actions": [MinutesAction("Managementletter bespreken", "Bert Bakker", D(2026, 5, 1)),
                 MinutesAction("Klachtenregeling herzien", "Petra Bos", D(2026, 2, 1), D(2026, 1, 15))],
        "chair": "Anna de Vries", "notulist": "Karin de Wit",
    }
    values.update(extra)
    return Minutes(**values)  # type: ignore[arg-type]


def text_of(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def test_concept_minutes_say_concept_on_every_page() -> None:
    pages = text_of(build(minutes(), D(2026, 3, 20)))
    assert len(pages) >= 2
    assert all("CONCEPT" in page for page in pages)
    whole = "\n".join(pages)
    assert "Concept: deze notulen zijn nog niet vastgesteld." in whole
    assert "Vastgesteld in de vergadering" not in whole and "Handtekening" not in whole


def test_minutes_header_items_and_lists() -> None:
    whole = "\n".join(text_of(build(minutes(), D(2026, 3, 20))))
    assert "Notulen Raad van Toezicht" in whole
    assert "12 maart 2026, 19:00–21:30 uur, Teamkantoor Noord" in whole
    assert "Anna de Vries (voorzitter), Bert Bakker, Carla Jansen" in whole
    assert "Afwezig met kennisgeving\nDirk Smit" in whole
    assert "Afwezig zonder\nkennisgeving\nniemand" in whole or "Afwezig zonder kennisgeving\nniemand" in whole
    assert "Petra Bos (directeur-bestuurder)" in whole and "Karin de Wit" in whole
    assert "De agenda wordt ongewijzigd vastgesteld." in whole
    assert "Tegenstrijdig belang: Carla Jansen heeft niet deelgenomen." in whole
    assert "Besluit 2026-07: De jaarrekening 2025 wordt goedgekeurd." in whole
    assert whole.index("Besluitenlijst") < whole.index("Actielijst")
    assert "Bert Bakker\n1 mei 2026\ndeze vergadering" in whole
    assert "Petra Bos\n1 februari 2026\nvorige vergadering\n15 januari 2026" in whole
    assert "zijn overgenomen uit een eerdere vergadering" in whole


def test_approved_minutes_have_the_date_and_room_to_sign() -> None:
    pages = text_of(build(minutes(approved_on=D(2026, 5, 14)), D(2026, 5, 20)))
    whole = "\n".join(pages)
    assert not any("CONCEPT" in page for page in pages)
    assert "Vastgesteld in de vergadering van 14 mei 2026." in whole
    assert "De voorzitter" in whole and "Naam: Anna de Vries" in whole
    assert "De notulist" in whole and "Naam: Karin de Wit" in whole
    assert whole.count("Handtekening") == 2


def test_jaarplanning_by_month() -> None:
    planning = Planning("Stichting Wijkteams Noord", 2026, [
        PlannedMeeting(D(2026, 3, 12), "Raad van Toezicht", "19:00–21:30", "Teamkantoor Noord"),
        PlannedMeeting(D(2026, 3, 26), "Auditcommissie", "16:00–17:30", "Bestuursbureau"),
        PlannedMeeting(D(2026, 6, 11), "Raad van Toezicht", "", ""),
    ], [("Raad van Toezicht", 2), ("Auditcommissie", 1)])
    whole = "\n".join(text_of(build_planning(planning, D(2026, 1, 5))))
    assert "Jaarplanning 2026" in whole
    assert "Aantal vergaderingen: Raad van Toezicht 2, Auditcommissie 1." in whole
    assert whole.index("Maart 2026") < whole.index("donderdag 12 maart 2026") < whole.index("Juni 2026")
    assert "donderdag 26 maart 2026\nAuditcommissie\n16:00–17:30\nBestuursbureau" in whole
    assert "April 2026" not in whole


def test_empty_jaarplanning_says_so() -> None:
    whole = "\n".join(text_of(build_planning(Planning("Stichting", 2031, [], []), D(2026, 1, 5))))
    assert "Er zijn voor 2031 geen vergaderingen gepland." in whole
