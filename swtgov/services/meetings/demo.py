"""The demo's year of meetings of Stichting Wijkteams Voorbeeldstad (all people fictional).

Relative to ``today``: about six RvT meetings and three or four of each commissie in the
past year, each with an agenda, documents (small generated PDFs), attendance with
guests and the notulist, minutes, decisions and action items; the minutes of each
meeting vastgesteld at the body's next meeting. One RvT meeting lies three to six days
ahead with its agenda and documents and no pack sent (``pack_due``); one action item
and more are overdue; one commissie's minutes were never
vastgesteld (``minutes_unapproved``). Scale ``large`` repeats the year three times
back (benchmarks).
"""

from __future__ import annotations

import datetime as dt
import random

from sqlite_utils import Database

from swtgov.domain.meetings.model import ABSENT_NOTIFIED, Body
from swtgov.services.meetings import minutes
from swtgov.services.meetings.attachments import CheckedPdf, attach_checked
from swtgov.services.meetings.demo_documents import document
from swtgov.store.audit import Audit
from swtgov.store.meetings import repo, write

D = dt.date
LOCATION = "Wijkteamkantoor Centrum, Stationsplein 12, Voorbeeldstad"
DIRECTOR = ("Jolanda Vermeer", "directeur-bestuurder")
CONTROLLER = ("Ruud Kooistra", "controller")
SECRETARY = "Sabine Hendriks"

#: per body (None = RvT, else the commissie kind): meeting days relative to today
SCHEDULE: dict[str | None, tuple[int, ...]] = {
    None: (-320, -255, -185, -115, -45, 5, 60),
    "audit": (-305, -215, -125, -35, 45),
    "werkgevers": (-240, -60, 120),
    "kwaliteit": (-280, -170, -80, 90),
}

#: topic title, kind, presenter, documents (name, pages), decision, action (what, due in days) or None
Topic = tuple[str, str, str, tuple[tuple[str, int], ...], str | None, tuple[str, int] | None]
TOPICS: dict[str | None, tuple[Topic, ...]] = {
    None: (
        ("Jaarrekening en bestuursverslag", "besluitvorming", "directeur-bestuurder",
         (("Jaarrekening.pdf", 8), ("Accountantsverslag.pdf", 4)),
         "De Raad van Toezicht keurt de jaarrekening goed en verleent decharge aan de bestuurder.", None),
        ("Kwartaalrapportage", "bespreking", "controller", (("Kwartaalrapportage.pdf", 6),), None,
         ("Analyse ziekteverzuim per team aanleveren", 60)),
        ("Risicomatrix en risicobereidheid", "bespreking", "directeur-bestuurder", (("Risicomatrix.pdf", 3),),
         None, None),
        ("Begroting volgend jaar", "besluitvorming", "controller", (("Begroting.pdf", 7),),
         "De Raad van Toezicht keurt de begroting goed.", ("Meerjarenraming actualiseren", 90)),
        ("Zelfevaluatie Raad van Toezicht", "bespreking", "voorzitter", (("Vragenlijst zelfevaluatie.pdf", 2),),
         None, ("Verslag zelfevaluatie opstellen", 30)),
        ("Klachten en meldingen", "informatie", "directeur-bestuurder", (("Jaaroverzicht klachten.pdf", 2),),
         None, None),
        ("Strategisch meerjarenplan", "bespreking", "directeur-bestuurder", (("Meerjarenplan.pdf", 10),), None,
         ("Reactie RvT op de concept-strategie", 45)),
        ("Herbenoeming voorzitter", "besluitvorming", "vicevoorzitter", (("Profielschets voorzitter.pdf", 2),),
         "De voorzitter wordt herbenoemd voor een tweede termijn.", None),
    ),
    "audit": (
        ("Managementletter accountant", "bespreking", "controller", (("Managementletter.pdf", 5),), None,
         ("Opvolging aanbevelingen managementletter", 90)),
        ("Kwartaalcijfers", "bespreking", "controller", (("Kwartaalcijfers.pdf", 4),), None, None),
        ("Treasurystatuut", "besluitvorming", "controller", (("Treasurystatuut.pdf", 3),),
         "De auditcommissie adviseert de RvT het treasurystatuut goed te keuren.", None),
        ("Controleplan accountant", "informatie", "controller", (("Controleplan.pdf", 3),), None, None),
    ),
    "werkgevers": (
        ("Jaargesprek bestuurder", "bespreking", "voorzitter", (("Gespreksverslag.pdf", 2),), None,
         ("Verslag jaargesprek vastleggen", 21)),
        ("Bezoldiging bestuurder (WNT)", "besluitvorming", "voorzitter", (("Notitie WNT.pdf", 2),),
         "De bezoldiging blijft binnen het WNT-maximum van klasse III.", None),
    ),
    "kwaliteit": (
        ("Clienttevredenheid", "bespreking", "directeur-bestuurder", (("Onderzoek clienttevredenheid.pdf", 6),),
         None, ("Verbeterplan wachttijden", 75)),
        ("Medewerkerstevredenheid", "bespreking", "directeur-bestuurder", (("Rapport MTO.pdf", 5),), None, None),
        ("Incidentmeldingen", "informatie", "directeur-bestuurder", (("Overzicht incidenten.pdf", 2),), None, None),
    ),
}

_NOTES = (
    "De stukken worden toegelicht. De leden stellen vragen over de ontwikkeling ten opzichte van vorig jaar; "
    "deze worden beantwoord.",
    "Na bespreking wordt vastgesteld dat de ontwikkeling binnen de afgesproken kaders blijft.",
    "De leden waarderen de heldere rapportage en vragen om een volgende keer de trend over drie jaar te tonen.",
)


def _weekday(day: D) -> D:
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return day


def _bodies(db: Database) -> dict[str | None, Body]:
    bodies: dict[str | None, Body] = {None: Body(None)}
    for cid, name, kind in db.execute("SELECT id, name, kind FROM committees ORDER BY id"):
        bodies.setdefault(kind, Body(cid, name))
    return bodies


class _Pdfs:
    """Generated documents, made once per name (the same document attached twice is stored once)."""

    def __init__(self, organisation: str) -> None:
        self.organisation = organisation
        self.made: dict[str, CheckedPdf] = {}

    def get(self, name: str, pages: int, year: int) -> CheckedPdf:
        label = f"{name[:-4]} {year}.pdf"
        if label not in self.made:
            content = document(label[:-4], self.organisation, pages, seed=len(self.made))
            self.made[label] = CheckedPdf(content, label, pages)
        return self.made[label]


def demo(audit: Audit, db: Database, scale: str, today: D) -> None:
    """Add a year of meetings (scale ``large``: three) around ``today``."""
    rng = random.Random(20261122)
    bodies = _bodies(db)
    pdfs = _Pdfs(repo.organisation_name(db))
    years = 3 if scale == "large" else 1
    dates: list[tuple[D, str | None, Body, int]] = []
    for kind, offsets in SCHEDULE.items():
        body = bodies.get(kind)
        if body is None:
            continue
        past = {_weekday(today + dt.timedelta(days=o - 364 * back)) for o in offsets if o <= 0
                for back in range(years)}
        days = sorted(past | {_weekday(today + dt.timedelta(days=o)) for o in offsets if o > 0})
        dates += [(day, kind, body, index) for index, day in enumerate(days)]
    planned: list[tuple[int, D, Body]] = []
    # In date order, so decisions are numbered through the year as they were taken.
    for day, kind, body, index in sorted(dates, key=lambda d: (d[0], d[2].key)):
        meeting_id = minutes.plan_meeting(audit, body, day, start=dt.time(19 if body.is_board else 16),
                                          end=dt.time(21, 30 if body.is_board else 0), location=LOCATION)
        planned.append((meeting_id, day, body))
        if day <= today + dt.timedelta(days=7):
            _agenda(audit, meeting_id, kind, index, day, pdfs, rng)
        if day < today:
            _minutes(audit, db, meeting_id, day, body, today, rng)
    _approve(audit, planned, today)


def _agenda(audit: Audit, meeting_id: int, kind: str | None, index: int, day: D, pdfs: _Pdfs,
            rng: random.Random) -> None:
    topics = TOPICS[kind]
    per_meeting = 3 if kind is None else 2
    chosen = [topics[(index * per_meeting + step) % len(topics)] for step in range(per_meeting)]
    for title, item_kind, presenter, docs, _decision, _action in chosen:
        item_id = minutes.add_item(audit, meeting_id, title, kind=item_kind, presenter=presenter,
                                   note="Zie de bijgevoegde stukken.")
        for name, pages in docs:
            attach_checked(audit, item_id, pdfs.get(name, pages, day.year))
    if kind is None and index % 2 == 0:
        item = repo.load_items(audit.db, meeting_id)[0]
        attach_checked(audit, item.id, pdfs.get("Reglement RvT.pdf", 3, 2024))  # type: ignore[arg-type]


def _minutes(audit: Audit, db: Database, meeting_id: int, day: D, body: Body, today: D,
             rng: random.Random) -> None:
    members = repo.sitting_members(db, body, day)
    absent = rng.choice(members[1:]).name if len(members) > 2 and rng.random() < 0.5 else None
    minutes.fill_attendance(audit, meeting_id)
    if absent:
        minutes.record_attendance(audit, meeting_id, absent, ABSENT_NOTIFIED)
    for name, role in (DIRECTOR, CONTROLLER) if not body.is_board or rng.random() < 0.5 else (DIRECTOR,):
        minutes.record_attendance(audit, meeting_id, name, "aanwezig", capacity="gast", role=role)
    minutes.record_attendance(audit, meeting_id, SECRETARY, "aanwezig", capacity="notulist",
                              role="bestuurssecretaris")
    by_title = {t[0]: t for t in TOPICS[None] + TOPICS["audit"] + TOPICS["werkgevers"] + TOPICS["kwaliteit"]}
    for item in repo.load_items(db, meeting_id):
        topic = by_title.get(item.title)
        if topic is None:
            text = {"Opening en vaststellen agenda": "De voorzitter opent de vergadering; de agenda wordt "
                    "ongewijzigd vastgesteld.", "Notulen vorige vergadering": "De notulen worden ongewijzigd "
                    "vastgesteld.", "Rondvraag": "Geen vragen.", "Sluiting": "De voorzitter sluit de vergadering."}
            write.update_item(audit, item.id, minutes=text.get(item.title, ""))  # type: ignore[arg-type]
            continue
        write.update_item(audit, item.id, minutes=rng.choice(_NOTES))  # type: ignore[arg-type]
        _title, _kind, _presenter, _docs, decision, action = topic
        if item.title == "Herbenoeming voorzitter" and members:
            minutes.set_conflicts(audit, item.id, [members[0].name], "betreft de eigen herbenoeming")  # type: ignore[arg-type]
        if decision:
            minutes.add_decision(audit, meeting_id, decision, item.id)
        if action:
            what, due_days = action
            who = members[rng.randrange(len(members))].name if members else DIRECTOR[0]
            due = day + dt.timedelta(days=due_days)
            action_id = minutes.add_action(audit, meeting_id, what, who, due, item.id)
            if due < today - dt.timedelta(days=30):
                write.set_action_done(audit, action_id, due - dt.timedelta(days=rng.randrange(10)))
    minutes.mark_pack_sent(audit, meeting_id, day - dt.timedelta(days=7))
    minutes.mark_minutes_sent(audit, meeting_id, day + dt.timedelta(days=6))


def _approve(audit: Audit, planned: list[tuple[int, D, Body]], today: D) -> None:
    """Minutes vastgesteld at the body's next meeting; the kwaliteitscommissie forgot one."""
    by_body: dict[str, list[tuple[int, D]]] = {}
    for meeting_id, day, body in planned:
        by_body.setdefault(body.key, []).append((meeting_id, day))
    forgotten = False
    for key, series in by_body.items():
        series.sort(key=lambda s: s[1])
        for (meeting_id, _day), (_next_id, next_day) in zip(series, series[1:]):
            if next_day >= today:
                break
            if not forgotten and key != "rvt" and len(series) >= 4 and _day >= today - dt.timedelta(days=200):
                forgotten = True  # concept minutes after the next meeting: the minutes_unapproved signal
                continue
            minutes.approve_minutes(audit, meeting_id, next_day)
