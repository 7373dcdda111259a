"""Demo risks of Stichting Wijkteams Voorbeeldstad (fictional, but true to the sector).

Fourteen risks of a neighbourhood-team foundation, assessed every quarter for
two years (ten years with ``scale="large"``), so the trends are history and not
made up on the spot. Some lie above the risk appetite, some measures are late,
one risk has not been re-assessed in time and one is closed. All dates are
relative to ``today``, so the signals look the same whenever the demo is built.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from sqlite_utils import Database

from swtgov.domain.risks.model import CATEGORIES, Assessment, Measure, Risk
from swtgov.store.audit import Audit
from swtgov.store.risks import repo as store

Levels = tuple[int, int]


@dataclass(frozen=True)
class _DemoRisk:
    title: str
    category: str
    owner: str
    description: str
    bruto: Levels
    netto_before: Levels
    netto_now: Levels
    changed_quarters_ago: int  # 0: the netto score moved this quarter
    measures: tuple[tuple[str, str, str, int | None], ...]  # description, owner, status, deadline in days
    status: str = "open"
    last_assessed_quarters_ago: int = 0


DIRECTOR = "directeur-bestuurder"
CONTROLLER = "controller"
HR = "manager HR"
FG = "functionaris gegevensbescherming"
ICT = "ICT-coördinator"
TEAMS = "manager wijkteams"
SECRETARY = "bestuurssecretaris"
QUALITY = "beleidsadviseur kwaliteit"

RISKS: tuple[_DemoRisk, ...] = (
    _DemoRisk(
        "Lagere gemeentelijke financiering", "financieel", DIRECTOR,
        "De gemeente Voorbeeldstad bezuinigt op het sociaal domein; de structurele vergoeding "
        "kan vanaf 2027 met 3 tot 5 % dalen terwijl de cao-lonen stijgen.",
        (4, 5), (3, 3), (4, 4), 0,
        (("Meerjarenbegroting met scenario's -3 % en -5 %", CONTROLLER, "gereed", -120),
         ("Bestuurlijk overleg met de wethouder over indexatie", DIRECTOR, "in uitvoering", -21),
         ("Flexibele schil van 10 % van de formatie", HR, "gepland", 150)),
    ),  # fmt: skip
    _DemoRisk(
        "Nieuwe aanbesteding wijkteams 2028", "strategisch", DIRECTOR,
        "De opdracht voor de wijkteams wordt in 2027 opnieuw aanbesteed; verlies van de "
        "opdracht betekent het einde van de stichting in haar huidige vorm.",
        (3, 5), (2, 4), (3, 4), 0,
        (("Positionering en resultaten zichtbaar maken bij de gemeente", DIRECTOR, "in uitvoering", 90),
         ("Verkenning samenwerking met partners voor een gezamenlijke inschrijving", DIRECTOR, "gepland", 200)),
    ),  # fmt: skip
    _DemoRisk(
        "Hoog personeelsverloop in de wijkteams", "personeel / bedrijfsvoering", HR,
        "Ervaren generalisten vertrekken naar gemeente en zorgaanbieders; inwerken kost "
        "maanden en de caseload van de blijvers stijgt.",
        (4, 4), (4, 3), (3, 3), 0,
        (("Exitgesprekken analyseren en terugkoppelen aan het MT", HR, "gereed", -200),
         ("Loopbaanpad senior generalist", HR, "gereed", -30)),
    ),  # fmt: skip
    _DemoRisk(
        "Ziekteverzuim boven 7 %", "personeel / bedrijfsvoering", HR,
        "Het verzuim ligt boven het sectorgemiddelde, vooral langdurig verzuim door werkdruk.",
        (4, 3), (3, 3), (3, 3), 5,
        (("Verzuimbegeleiding met de arbodienst aangescherpt", HR, "gereed", -300),
         ("Werkdrukmeting per team en afspraken over caseload", TEAMS, "in uitvoering", 60)),
    ),  # fmt: skip
    _DemoRisk(
        "Datalek met gegevens van cliënten", "informatiebeveiliging / privacy", FG,
        "Wijkteams werken met BSN, gezondheidsgegevens en gegevens over jeugdigen; een e-mail "
        "aan de verkeerde ontvanger is het meest voorkomende lek.",
        (4, 5), (3, 4), (3, 4), 6,
        (("Bewustwordingstraining phishing en verzenden voor alle medewerkers", FG, "gereed", -150),
         ("Beveiligd mailen verplicht bij bijzondere persoonsgegevens", ICT, "in uitvoering", -55),
         ("Jaarlijkse DPIA op het cliëntregistratiesysteem", FG, "gepland", 75)),
    ),  # fmt: skip
    _DemoRisk(
        "Cyberaanval of ransomware", "informatiebeveiliging / privacy", ICT,
        "Een aanval kan het cliëntregistratiesysteem en de mail dagenlang platleggen.",
        (3, 5), (3, 5), (2, 5), 3,
        (("Tweefactorauthenticatie voor alle accounts", ICT, "gereed", -400),
         ("Offline back-up en hersteltest per kwartaal", ICT, "in uitvoering", -10)),
    ),  # fmt: skip
    _DemoRisk(
        "Agressie en geweld tegen medewerkers", "personeel / bedrijfsvoering", TEAMS,
        "Bij huisbezoeken en in de wijkpunten krijgen medewerkers te maken met verbale en "
        "soms fysieke agressie.",
        (4, 4), (3, 4), (3, 3), 2,
        (("Training omgaan met agressie voor nieuwe medewerkers", HR, "gereed", -250),
         ("Alarmapp bij huisbezoeken", ICT, "gepland", 45)),
    ),  # fmt: skip
    _DemoRisk(
        "Wachtlijsten en te late hulp aan gezinnen", "kwaliteit van dienstverlening", TEAMS,
        "Door vacatures en drukte lopen de wachttijden op; signalen van zorg kunnen te laat "
        "worden opgepakt.",
        (4, 4), (3, 3), (4, 3), 0,
        (("Wekelijkse triage van de wachtlijst", TEAMS, "in uitvoering", 30),),
    ),  # fmt: skip
    _DemoRisk(
        "Calamiteit met ernstige afloop bij een cliënt", "kwaliteit van dienstverlening", DIRECTOR,
        "Een ernstig incident bij een gezin dat bekend is bij het wijkteam.",
        (2, 5), (2, 5), (2, 4), 4,
        (("Calamiteitenprotocol en meldcode geactualiseerd", QUALITY, "gereed", -180),),
    ),  # fmt: skip
    _DemoRisk(
        "Reputatieschade na een incident in de media", "reputatie", SECRETARY,
        "Na een incident kan negatieve berichtgeving het vertrouwen van inwoners en gemeente "
        "schaden.",
        (3, 4), (2, 4), (2, 4), 8,
        (("Crisiscommunicatieplan met woordvoeringslijn", SECRETARY, "gereed", -365),),
    ),  # fmt: skip
    _DemoRisk(
        "Wet- en regelgeving niet tijdig in de werkwijze", "compliance / juridisch", QUALITY,
        "Wijzigingen in Jeugdwet, Wmo en AVG worden niet tijdig vertaald naar werkinstructies.",
        (3, 3), (2, 3), (2, 3), 8,
        (("Halfjaarlijkse wetgevingsscan door de beleidsadviseur", QUALITY, "in uitvoering", -70),),
    ),  # fmt: skip
    _DemoRisk(
        "Uitval van het cliëntregistratiesysteem", "personeel / bedrijfsvoering", ICT,
        "ICT-continuïteit: bij uitval van de leverancier kan het wijkteam geen dossiers inzien.",
        (3, 4), (2, 3), (2, 3), 6,
        (("Exitstrategie en escrow-afspraak met de leverancier", CONTROLLER, "gepland", 120),),
        last_assessed_quarters_ago=2,
    ),  # fmt: skip
    _DemoRisk(
        "Krapte op de arbeidsmarkt: vacatures blijven open", "personeel / bedrijfsvoering", HR,
        "Vacatures voor jeugdprofessionals met SKJ-registratie staan gemiddeld vier maanden open.",
        (5, 3), (4, 3), (4, 3), 5,
        (("Eigen opleidingstraject voor zij-instromers", HR, "in uitvoering", 100),),
        status="geaccepteerd",
    ),  # fmt: skip
    _DemoRisk(
        "Verhuizing wijkpunt Noord", "strategisch", DIRECTOR,
        "De huur van het wijkpunt Noord liep af; de verhuizing is in 2025 afgerond.",
        (3, 2), (2, 2), (1, 2), 4,
        (("Nieuwe locatie ingericht en in gebruik", DIRECTOR, "gereed", -330),),
        status="gesloten",
    ),  # fmt: skip
)


def quarter_dates(today: dt.date, quarters: int) -> list[dt.date]:
    """The assessment dates: the 15th of the first month of each quarter, oldest first."""
    start = dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 15)
    if start > today:
        start -= relativedelta(months=3)
    return [start - relativedelta(months=3 * i) for i in reversed(range(quarters))]


def _history(spec: _DemoRisk, dates: list[dt.date], rnd: random.Random) -> list[Assessment]:
    result = []
    last = len(dates) - 1
    for index, day in enumerate(dates):
        ago = last - index
        if ago < spec.last_assessed_quarters_ago:
            continue
        netto = spec.netto_now if ago <= spec.changed_quarters_ago else spec.netto_before
        kans, impact = spec.bruto
        if ago > 8:  # the older history wanders a little
            kans = max(1, min(5, kans + rnd.choice((-1, 0, 0, 0))))
        result.append(Assessment(None, None, day, kans, impact, min(netto[0], kans), netto[1]))
    return result


def demo(audit: Audit, db: Database, scale: str, today: dt.date) -> None:
    """Add the demo risks; ``scale="large"`` adds ten years of quarterly history."""
    rnd = random.Random(2026)
    dates = quarter_dates(today, 40 if scale == "large" else 9)
    for number, spec in enumerate(RISKS, start=1):
        risk = Risk(None, f"R-{number:02d}", spec.title, spec.description, spec.category, spec.owner, spec.status)
        measures = [
            Measure(None, None, text, owner, status,
                    today + dt.timedelta(days=days) if days is not None else None)
            for text, owner, status, days in spec.measures
        ]  # fmt: skip
        store.insert_many(audit, [(risk, _history(spec, dates, rnd), measures)])


def synthetic_register(audit: Audit, count: int, quarters: int, today: dt.date, seed: int = 7) -> None:
    """``count`` generated risks with ``quarters`` quarterly assessments each (benchmarks)."""
    rnd = random.Random(seed)
    dates = quarter_dates(today, quarters)
    for number in range(1, count + 1):
        risk = Risk(None, f"R-{number:04d}", f"Gegenereerd risico {number}", "", CATEGORIES[number % 7],
                    f"eigenaar {number % 12}")  # fmt: skip
        history = []
        kans, impact = rnd.randint(1, 5), rnd.randint(1, 5)
        rest = (rnd.randint(1, kans), rnd.randint(1, impact))
        for day in dates:
            if rnd.random() < 0.15:  # like a real register: most quarters a risk stays where it is
                kans, impact = rnd.randint(1, 5), rnd.randint(1, 5)
                rest = (rnd.randint(1, kans), rnd.randint(1, impact))
            history.append(Assessment(None, None, day, kans, impact, *rest))
        measures = [Measure(None, None, f"Maatregel {number}.{i}", "controller", "gepland",
                            today + dt.timedelta(days=rnd.randint(-90, 180))) for i in (1, 2)]  # fmt: skip
        store.insert_many(audit, [(risk, history, measures)])
