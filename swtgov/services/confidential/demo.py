"""Demo data of the confidential registers (all fictional, no person in it).

Two calendar years of each register with figures like those an annual report
prints (ten with ``scale="large"``): last year 5 meldingen bij de
vertrouwenspersoon and 4 datalekken of which 1 was notified; this year more of
both. Around ``today`` the clocks run: a datalek discovered yesterday without a
decision (the 72-hour countdown), a klokkenluidersmelding not yet acknowledged
and one whose feedback is due within a month.
"""

from __future__ import annotations

import datetime as dt
import random

from dateutil.relativedelta import relativedelta
from sqlite_utils import Database

from swtgov.domain.confidential import clocks
from swtgov.domain.confidential.clocks import TIMEZONE
from swtgov.domain.confidential.model import (
    CATEGORIES,
    CHANNELS,
    OUTCOMES,
    CounsellorReport,
    DataBreach,
    WhistleblowerReport,
)
from swtgov.store.audit import Audit
from swtgov.store.confidential import repo

D = dt.date

# (month, day, categories, consultations, outcome); year 0 is this year, -1 last year
_COUNSELLOR: dict[int, tuple[tuple[int, int, tuple[str, ...], int, str | None], ...]] = {
    -1: (
        (2, 12, ("pesten",), 2, "alleen advies"),
        (4, 3, ("verstoorde arbeidsverhouding",), 3, "informele oplossing"),
        (6, 20, ("seksuele intimidatie",), 4, "formele klacht"),
        (9, 9, ("pesten", "discriminatie"), 2, "doorverwezen"),
        (11, 28, ("integriteit",), 1, "melding misstand"),
    ),
    0: (
        (1, 15, ("verstoorde arbeidsverhouding",), 2, "informele oplossing"),
        (2, 26, ("pesten",), 3, "opvang"),
        (3, 18, ("agressie en geweld",), 1, "alleen advies"),
        (5, 7, ("pesten",), 2, "informele oplossing"),
        (6, 11, ("verstoorde arbeidsverhouding", "pesten"), 4, "doorverwezen"),
        (8, 27, ("agressie en geweld",), 2, "opvang"),
        (10, 1, ("verstoorde arbeidsverhouding",), 3, "alleen advies"),
        (11, 12, ("overig",), 1, None),
    ),
}

# (month, day, channel, subject, ack after days, feedback after days from ack, extension months, reason, status)
_WHISTLEBLOWER: dict[int, tuple[tuple[int, int, str, str, int, int, int, str, str], ...]] = {
    -1: (
        (3, 6, "schriftelijk", "Vermoeden van onjuiste declaraties", 4, 80, 0, "", "afgerond"),
        (9, 14, "via vertrouwenspersoon", "Mogelijk niet-naleven aanbestedingsregels", 9, 150, 2,
         "Extern onderzoek door accountant loopt nog", "afgerond"),
    ),
    0: (
        (4, 22, "e-mail", "Vermoeden van belangenverstrengeling bij inkoop", 3, 70, 0, "", "afgerond"),
    ),
}

# (month, day, hour, description, cause, kinds, special, people, notify, notified after hours, informed)
_BREACHES: dict[int, tuple[tuple[int, int, int, str, str, str, bool, int | None, bool, float | None, bool], ...]] = {
    -1: (
        (1, 19, 10, "Rapportage met cliëntnummers naar een verkeerde wethouder-mailbox gestuurd",
         "e-mail aan verkeerde ontvanger", "cliëntnummers, namen", False, 38, False, None, False),
        (5, 3, 15, "Dienstlaptop gestolen uit auto; schijf versleuteld", "verloren of gestolen apparaat",
         "dossiers wijkteam", True, 412, False, None, False),
        (8, 21, 9, "Phishingmail geopend; inloggegevens van één account buitgemaakt", "phishing",
         "e-mailadressen, gespreksverslagen", True, 187, True, 30.0, True),
        (11, 6, 14, "Printer in gedeelde ruimte liet dossierstukken liggen", "fysiek verlies van papier",
         "naam, adres, hulpvraag", True, 3, False, None, True),
    ),
    0: (
        (2, 9, 11, "Bulkmail met zichtbare adressen in het aan-veld verstuurd", "e-mail aan verkeerde ontvanger",
         "e-mailadressen", False, 243, False, None, True),
        (4, 14, 8, "Indringer in het cliëntportaal via een lek in de leverancierssoftware", "hacking of malware",
         "BSN, gezondheidsgegevens", True, 1250, True, 51.5, True),
        (7, 2, 16, "USB-stick met onversleutelde gespreksverslagen kwijtgeraakt", "verloren of gestolen apparaat",
         "gezondheidsgegevens", True, 17, True, 96.0, True),
        (9, 24, 13, "Medewerker zag zonder noodzaak dossiers van een ander wijkteam in", "onbevoegde toegang",
         "dossiers wijkteam", True, 6, False, None, False),
    ),
}

_LATE_REASON = "Omvang pas na forensisch onderzoek van de leverancier duidelijk; voorlopige melding gedaan."
_NOT_NOTIFIED = "Geen risico voor de rechten en vrijheden van betrokkenen: beperkte gegevens, direct hersteld."


def _year_offsets(scale: str) -> list[int]:
    return list(range(-9, 1)) if scale == "large" else [-1, 0]


def _counsellor(audit: Audit, year: int, offset: int, today: D, rng: random.Random) -> None:
    rows = _COUNSELLOR.get(offset) or tuple(
        (rng.randint(1, 12), rng.randint(1, 28), (rng.choice(CATEGORIES),), rng.randint(1, 4), rng.choice(OUTCOMES))
        for _ in range(rng.randint(3, 8))
    )  # fmt: skip
    for month, day, categories, consultations, outcome in rows:
        date = D(year, month, day)
        if date <= today:
            repo.insert_counsellor(audit, CounsellorReport(None, date, categories, consultations, outcome))


def _whistleblower(audit: Audit, year: int, offset: int, today: D, rng: random.Random) -> None:
    rows = _WHISTLEBLOWER.get(offset) or tuple(
        (rng.randint(1, 9), rng.randint(1, 28), rng.choice(CHANNELS), "Vermoeden van een misstand", rng.randint(2, 7),
         rng.randint(40, 88), 0, "", "afgerond")
        for _ in range(rng.randint(0, 2))
    )  # fmt: skip
    for month, day, channel, subject, ack, feedback, extension, reason, status in rows:
        received = D(year, month, day)
        if received > today:
            continue
        acknowledged = received + dt.timedelta(days=ack)
        base = clocks.feedback_base(received, acknowledged)
        extended = base + relativedelta(months=extension) if extension else None
        repo.insert_whistleblower(audit, WhistleblowerReport(
            None, received, channel, subject, acknowledged, acknowledged + dt.timedelta(days=feedback),
            extended, reason, status))  # fmt: skip


def _breaches(audit: Audit, year: int, offset: int, today: D, rng: random.Random) -> None:
    rows = _BREACHES.get(offset) or tuple(
        (rng.randint(1, 12), rng.randint(1, 28), rng.randint(8, 17), "E-mail met bijlage aan verkeerde ontvanger",
         "e-mail aan verkeerde ontvanger", "naam, adres", False, rng.randint(1, 40), False, None, False)
        for _ in range(rng.randint(2, 6))
    )  # fmt: skip
    for month, day, hour, description, cause, kinds, special, people, notify, after, informed in rows:
        discovered = dt.datetime(year, month, day, hour, 0, tzinfo=TIMEZONE)
        if discovered.date() > today:
            continue
        notified = discovered + dt.timedelta(hours=after) if notify and after is not None else None
        repo.insert_breach(audit, DataBreach(
            None, discovered, description, cause, kinds, special, people,
            consequences="Mogelijk inzage door een onbevoegde; geen misbruik bekend.",
            measures="Ontvanger verzocht te verwijderen; werkinstructie aangescherpt.",
            notify_ap=notify, notified_at=notified,
            ap_reference=f"M{year}{month:02d}{day:02d}" if notify else "",
            reason_not_notified="" if notify else _NOT_NOTIFIED,
            reason_late=_LATE_REASON if notified and after and after > 72 else "",
            people_informed=informed,
            closed_on=closed if (closed := discovered.date() + dt.timedelta(days=21)) <= today else None,
        ))  # fmt: skip


def _running_clocks(audit: Audit, today: D) -> None:
    """What makes the signals and the countdown show around ``today``."""
    yesterday = dt.datetime.combine(today - dt.timedelta(days=1), dt.time(10, 30), tzinfo=TIMEZONE)
    repo.insert_breach(audit, DataBreach(
        None, yesterday, "Overzicht met cliëntgegevens in een openbare Teams-map gezet", "onjuiste deelrechten",
        "naam, adres, hulpvraag", False, 64, consequences="Inzage door collega's van andere teams mogelijk.",
        measures="Map afgeschermd; toegangslog opgevraagd.",
    ))  # fmt: skip
    repo.insert_whistleblower(audit, WhistleblowerReport(
        None, today - dt.timedelta(days=3), "mondeling", "Signaal over omgang met wachtlijstgegevens",
        status="ontvangen"))  # fmt: skip
    received = today - dt.timedelta(days=80)
    repo.insert_whistleblower(audit, WhistleblowerReport(
        None, received, "schriftelijk", "Vermoeden van onjuiste urenregistratie",
        acknowledged_on=received + dt.timedelta(days=5), status="in behandeling"))  # fmt: skip


def demo(audit: Audit, db: Database, scale: str, today: D) -> None:
    """Add the registers' demo data: two years (ten with ``large``) and running clocks."""
    rng = random.Random(13)
    for offset in _year_offsets(scale):
        year = today.year + offset
        _counsellor(audit, year, offset, today, rng)
        _whistleblower(audit, year, offset, today, rng)
        _breaches(audit, year, offset, today, rng)
    _running_clocks(audit, today)
