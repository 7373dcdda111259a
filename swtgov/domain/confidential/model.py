"""The three confidential registers: their records, vocabularies and validation.

* **Vertrouwenspersoon** (:class:`CounsellorReport`): anonymous by design. A
  melding has a date, one or more categories, a number of consultations and an
  outcome. There is no field for a name and no free text at all.
* **Klokkenluidersmeldingen** (:class:`WhistleblowerReport`): Wet bescherming
  klokkenluiders; the subject is short and holds no identities.
* **Datalekken** (:class:`DataBreach`): AVG art. 33(5), every breach. Moments are
  timezone-aware datetimes in Europe/Amsterdam.

Validation returns the problems as data, ``(column, reason)`` pairs named after
the import columns, so the import, the services and the page show the same Dutch
reasons. Nothing here raises for bad input.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from swtgov.domain.confidential import clocks
from swtgov.domain.confidential.clocks import TIMEZONE, local_moment  # noqa: F401 (TIMEZONE re-exported)
from swtgov.domain.settings import SettingSpec
from swtgov.domain.values import message_date

AREA = "vertrouwelijk"

#: The vertrouwenspersoon's categories (domain.md §5); the list is a setting.
CATEGORIES: tuple[str, ...] = (
    "seksuele intimidatie",
    "agressie en geweld",
    "pesten",
    "discriminatie",
    "integriteit",
    "verstoorde arbeidsverhouding",
    "overig",
)
#: The categories that together are "ongewenste omgangsvormen".
UNDESIRABLE_BEHAVIOUR: tuple[str, ...] = CATEGORIES[:4]
OUTCOMES: tuple[str, ...] = (
    "alleen advies",
    "opvang",
    "doorverwezen",
    "informele oplossing",
    "formele klacht",
    "melding misstand",
)
CHANNELS: tuple[str, ...] = ("schriftelijk", "mondeling", "e-mail", "telefonisch", "via vertrouwenspersoon")
STATUSES: tuple[str, ...] = ("ontvangen", "in behandeling", "afgerond")
STATUS_CLOSED = "afgerond"

#: Accepted other spellings, folded (lower case, single spaces).
_ALIASES: dict[str, str] = {
    "agressie": "agressie en geweld",
    "geweld": "agressie en geweld",
    "agressie/geweld": "agressie en geweld",
    "seksuele intimidatie/grensoverschrijdend gedrag": "seksuele intimidatie",
    "verstoorde arbeidsrelatie": "verstoorde arbeidsverhouding",
    "arbeidsconflict": "verstoorde arbeidsverhouding",
    "advies": "alleen advies",
    "doorverwijzing": "doorverwezen",
    "informeel opgelost": "informele oplossing",
    "klacht": "formele klacht",
    "misstand": "melding misstand",
    "email": "e-mail",
    "mail": "e-mail",
    "telefoon": "telefonisch",
    "schriftelijk (brief)": "schriftelijk",
    "vertrouwenspersoon": "via vertrouwenspersoon",
    "in behandeling genomen": "in behandeling",
    "gesloten": "afgerond",
    "afgehandeld": "afgerond",
}

SUBJECT_MAX = 200
SHORT_TEXT_MAX = 300
FREE_TEXT_MAX = 10_000
PEOPLE_MAX = 100_000_000
CONSULTATIONS_MAX = 100

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

#: One problem: the import column it is about and a Dutch reason.
FieldProblem = tuple[str, str]


def _check_categories(value: Any) -> str | None:
    if not isinstance(value, list) or not value:
        return "geef een lijst met ten minste één categorie"
    folded = [fold(v) for v in value if isinstance(v, str)]
    if len(folded) != len(value) or not all(folded):
        return "elke categorie is een niet-lege tekst"
    if len(set(folded)) != len(folded):
        return "een categorie staat twee keer in de lijst"
    if any("," in v for v in value):
        return "een categorie mag geen komma bevatten (de komma scheidt categorieën in een import)"
    return None


SETTINGS: list[SettingSpec] = [
    SettingSpec(
        key="vertrouwelijk.categories",
        label="Categorieën vertrouwenspersoon",
        help=(
            "De categorieën waarin de vertrouwenspersoon meldingen registreert. Standaard de "
            "ongewenste omgangsvormen (seksuele intimidatie, agressie en geweld, pesten, "
            "discriminatie), integriteit, verstoorde arbeidsverhouding en overig."
        ),
        default=list(CATEGORIES),
        kind="json",
        check=_check_categories,
    ),
    SettingSpec(
        key="vertrouwelijk.mask_below",
        label="Kleine aantallen verbergen onder",
        help=(
            "In de cijfers voor de RvT staat een aantal per categorie of afloop dat kleiner is "
            "dan deze drempel als \u201c< 5\u201d, zodat niemand herkenbaar wordt. 0 of 1: alle "
            "aantallen zichtbaar."
        ),
        default=5,
        minimum=0,
        maximum=100,
    ),
]


def fold(text: str) -> str:
    """Lower case, trimmed, every run of whitespace one space: for matching names."""
    return " ".join(text.split()).casefold()


def canonical(text: str, known: Sequence[str]) -> str | None:
    """The known spelling of ``text`` (case and spacing ignored, a few aliases), or None."""
    wanted = fold(text)
    by_fold = {fold(k): k for k in known}
    if wanted in by_fold:
        return by_fold[wanted]
    alias = _ALIASES.get(wanted)
    return by_fold.get(fold(alias)) if alias else None


def text_problem(text: str, limit: int) -> str | None:
    """Why a text cannot be stored (control characters, too long), or None."""
    if _CONTROL.search(text):
        return "bevat een stuurteken; haal het weg"
    if len(text) > limit:
        return f"is {len(text)} tekens lang; het maximum is {limit}"
    return None


def dutch_date(day: dt.date) -> str:
    """``3 november 2026``: the domain's wording (display.py is a layer above)."""
    return message_date(day)


def dutch_moment(moment: dt.datetime) -> str:
    """``23 november 2026 om 14:30`` in Amsterdam time."""
    local = local_moment(moment)
    return f"{dutch_date(local.date())} om {local:%H:%M}"


# --- vertrouwenspersoon -------------------------------------------------------------


@dataclass(frozen=True)
class CounsellorReport:
    """One melding bij de vertrouwenspersoon; anonymous: no name, no free text.

    Attributes:
        id: row id, None before it is stored.
        reported_on: the date of the (first) consultation.
        categories: one or more categories, in the order of the setting.
        consultations: the number of consultations.
        outcome: how it ended, or None while it runs.
    """

    id: int | None
    reported_on: dt.date
    categories: tuple[str, ...]
    consultations: int = 1
    outcome: str | None = None


def validate_counsellor(report: CounsellorReport, categories: Sequence[str]) -> list[FieldProblem]:
    """The problems of a melding, given the categories the setting allows."""
    problems: list[FieldProblem] = []
    if not report.categories:
        problems.append(("categorie", "ontbreekt; kies ten minste één categorie"))
    for category in report.categories:
        if canonical(category, categories) is None:
            problems.append(("categorie", f'"{category}" bestaat niet; kies uit {", ".join(categories)}'))
    if not 0 <= report.consultations <= CONSULTATIONS_MAX:
        problems.append(("gesprekken", f"moet tussen 0 en {CONSULTATIONS_MAX} liggen"))
    if report.outcome is not None and report.outcome not in OUTCOMES:
        problems.append(("afloop", f'"{report.outcome}" bestaat niet; kies uit {", ".join(OUTCOMES)}'))
    return problems


# --- klokkenluidersmeldingen --------------------------------------------------------


@dataclass(frozen=True)
class WhistleblowerReport:
    """One melding under the Wet bescherming klokkenluiders.

    Attributes:
        id: row id, None before it is stored.
        received_on: the date the melding was received.
        channel: how it came in (see :data:`CHANNELS`), or None.
        subject: a short subject without identities.
        acknowledged_on: when the ontvangstbevestiging was sent.
        feedback_on: when the reporter got feedback on the assessment and follow-up.
        extended_to: the feedback deadline after its one extension, or None.
        extension_reason: why it was extended (required with ``extended_to``).
        status: ontvangen, in behandeling or afgerond.
    """

    id: int | None
    received_on: dt.date
    channel: str | None = None
    subject: str = ""
    acknowledged_on: dt.date | None = None
    feedback_on: dt.date | None = None
    extended_to: dt.date | None = None
    extension_reason: str = ""
    status: str = "ontvangen"

    @property
    def is_closed(self) -> bool:
        return self.status == STATUS_CLOSED


def validate_whistleblower(report: WhistleblowerReport) -> list[FieldProblem]:
    """The problems of a klokkenluidersmelding (dates in order, the one extension)."""
    problems: list[FieldProblem] = []
    received = dutch_date(report.received_on)
    if report.channel is not None and report.channel not in CHANNELS:
        problems.append(("kanaal", f'"{report.channel}" bestaat niet; kies uit {", ".join(CHANNELS)}'))
    if report.status not in STATUSES:
        problems.append(("status", f'"{report.status}" bestaat niet; kies uit {", ".join(STATUSES)}'))
    if reason := text_problem(report.subject, SUBJECT_MAX):
        problems.append(("onderwerp", reason))
    if reason := text_problem(report.extension_reason, FREE_TEXT_MAX):
        problems.append(("reden_verlenging", reason))
    if report.acknowledged_on is not None and report.acknowledged_on < report.received_on:
        problems.append((
            "ontvangst_bevestigd_op",
            f"{dutch_date(report.acknowledged_on)} ligt vóór de ontvangst van de melding ({received})",
        ))
    if report.feedback_on is not None:
        start = report.acknowledged_on or report.received_on
        if report.feedback_on < start:
            what = "de ontvangstbevestiging" if report.acknowledged_on else "de ontvangst van de melding"
            problems.append((
                "terugkoppeling_op",
                f"{dutch_date(report.feedback_on)} ligt vóór {what} ({dutch_date(start)})",
            ))
    if report.extended_to is not None:
        base = clocks.feedback_base(report.received_on, report.acknowledged_on)
        limit = clocks.extension_limit(base)
        if report.extended_to <= base:
            problems.append((
                "verlenging_tot",
                f"{dutch_date(report.extended_to)} ligt niet na de termijn voor terugkoppeling "
                f"({dutch_date(base)}); een verlenging schuift die termijn op",
            ))
        elif report.extended_to > limit:
            problems.append((
                "verlenging_tot",
                f"{dutch_date(report.extended_to)} is meer dan 3 maanden na de termijn voor "
                f"terugkoppeling ({dutch_date(base)}); verlengen mag één keer, met ten hoogste "
                f"3 maanden (uiterlijk {dutch_date(limit)})",
            ))
        if not report.extension_reason.strip():
            problems.append(("reden_verlenging", "ontbreekt; een verlenging van de termijn vraagt een reden"))
    elif report.extension_reason.strip():
        problems.append(("verlenging_tot", "ontbreekt; er is wel een reden voor verlenging ingevuld"))
    return problems


# --- datalekken ---------------------------------------------------------------------


@dataclass(frozen=True)
class DataBreach:
    """One datalek (AVG art. 33(5)); every breach is registered, notified or not.

    Attributes:
        id: row id, None before it is stored.
        discovered_at: when the organisation became aware of it (aware datetime).
        description: what happened.
        cause: e.g. e-mail aan verkeerde ontvanger, phishing, verloren apparaat.
        data_kinds: the kinds of personal data.
        special_data: special categories of personal data or BSN involved.
        people: the number of people concerned, if known.
        consequences: the (possible) consequences.
        measures: the measures taken.
        notify_ap: the decision: True notified, False decided not to notify,
            None no decision yet (the 72-hour clock runs).
        notified_at: when the Autoriteit Persoonsgegevens was notified.
        ap_reference: the AP's meldnummer.
        reason_not_notified: the reasoning of a decision not to notify.
        reason_late: why a notification came after 72 hours.
        people_informed: the people concerned were informed (art. 34).
        closed_on: when the breach was dealt with.
    """

    id: int | None
    discovered_at: dt.datetime
    description: str
    cause: str = ""
    data_kinds: str = ""
    special_data: bool = False
    people: int | None = None
    consequences: str = ""
    measures: str = ""
    notify_ap: bool | None = None
    notified_at: dt.datetime | None = None
    ap_reference: str = ""
    reason_not_notified: str = ""
    reason_late: str = ""
    people_informed: bool = False
    closed_on: dt.date | None = None

    @property
    def discovered_on(self) -> dt.date:
        """The date of discovery in Amsterdam."""
        return local_moment(self.discovered_at).date()


_BREACH_TEXTS: tuple[tuple[str, str, int], ...] = (
    ("description", "omschrijving", FREE_TEXT_MAX),
    ("cause", "oorzaak", SHORT_TEXT_MAX),
    ("data_kinds", "soorten_gegevens", FREE_TEXT_MAX),
    ("consequences", "gevolgen", FREE_TEXT_MAX),
    ("measures", "maatregelen", FREE_TEXT_MAX),
    ("ap_reference", "ap_meldnummer", SHORT_TEXT_MAX),
    ("reason_not_notified", "reden_niet_gemeld", FREE_TEXT_MAX),
    ("reason_late", "reden_te_laat", FREE_TEXT_MAX),
)


def validate_breach(breach: DataBreach) -> list[FieldProblem]:
    """The problems of a datalek: the notification against the discovery, texts, counts."""
    problems: list[FieldProblem] = []
    if not breach.description.strip():
        problems.append(("omschrijving", "ontbreekt; beschrijf wat er is gebeurd"))
    for attribute, column, limit in _BREACH_TEXTS:
        if reason := text_problem(getattr(breach, attribute), limit):
            problems.append((column, reason))
    if breach.people is not None and not 0 <= breach.people <= PEOPLE_MAX:
        problems.append(("aantal_betrokkenen", f"moet tussen 0 en {PEOPLE_MAX} liggen"))
    if breach.notify_ap is True and breach.notified_at is None:
        problems.append((
            "gemeld_ap_op",
            "ontbreekt: gemeld bij de AP is ja, vul dan ook het moment van de melding in",
        ))
    if breach.notify_ap is False and not breach.reason_not_notified.strip():
        problems.append((
            "reden_niet_gemeld",
            "ontbreekt: leg bij een besluit om niet te melden vast waarom (AVG art. 33 lid 5: het "
            "datalek wordt gedocumenteerd met de afweging)",
        ))
    if breach.notify_ap is False and breach.notified_at is not None:
        problems.append((
            "gemeld_ap",
            "is nee, maar er is een moment van melding bij de AP ingevuld; maak gemeld_ap ja "
            "of haal het moment weg",
        ))
    if breach.notified_at is not None and clocks.utc(breach.notified_at) < clocks.utc(breach.discovered_at):
        problems.append((
            "gemeld_ap_op",
            f"{dutch_moment(breach.notified_at)} ligt vóór de ontdekking van het datalek "
            f"({dutch_moment(breach.discovered_at)})",
        ))
    if breach.closed_on is not None and breach.closed_on < breach.discovered_on:
        problems.append((
            "afgehandeld_op",
            f"{dutch_date(breach.closed_on)} ligt vóór de ontdekking van het datalek "
            f"({dutch_date(breach.discovered_on)})",
        ))
    return problems
